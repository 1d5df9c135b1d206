"""Pagefind's index of a site: its pages, plus one record per quote.

``SiteIndex`` takes each finished page as the build writes it and sends it to a Pagefind
service process (``service``), which indexes it on another core while the build goes on; at
the end of the build the bundle is written to ``pagefind/`` in the site. Pagefind's binary
comes inside the ``pagefind-bin`` wheel: nothing is downloaded. The UI bundles Pagefind ships
are removed, since the site's own script (``theme/assets/javascripts/briefing-search.js``)
draws results.

Pagefind has no incremental mode, and its chunk names differ from run to run. So the bundle
is kept in a cache folder under a digest of every indexed page and record: a build whose pages
are all unchanged puts the kept bundle in place instead of writing a new one.
"""
from __future__ import annotations

import hashlib
import json
import os
import shutil
import time
from dataclasses import asdict, dataclass
from importlib.metadata import PackageNotFoundError, version
from pathlib import Path

from ..atomic import write_atomic
from .records import page_url, quote_records
from .service import PagefindService, ServiceError

OUTPUT = "pagefind"
"""The folder of the search bundle inside the site."""
UNUSED = ("pagefind-ui.js", "pagefind-ui.css", "pagefind-component-ui.js", "pagefind-component-ui.css",
          "pagefind-modular-ui.js", "pagefind-modular-ui.css", "pagefind-highlight.js")
"""Pagefind's ready-made interfaces, which the site does not load."""
BODY = "data-pagefind-body"
"""Pages without this mark (indexes, the tags page) are left out of the index."""
LANGUAGE = "en"
EXCLUDE = ("a.headerlink", ".md-source-file", ".mermaid", "script", "style")
"""Parts of an indexed page that are not its text: permalinks, the date footer, diagram sources."""


class SearchIndexError(RuntimeError):
    """Pagefind could not index the site; the message says why in one sentence."""


@dataclass(frozen=True)
class IndexStats:
    """What one indexing run did."""

    pages: int
    quotes: int
    bytes: int
    seconds: float
    reused: bool = False
    """The bundle kept from an earlier build of the same pages was put in place."""


def folder_size(folder: Path) -> int:
    """Bytes of every file below ``folder``."""
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file())


def _pagefind_version() -> str:
    try:
        return version("pagefind-bin")
    except PackageNotFoundError:
        return "?"


def _place(src: Path, dest: Path) -> None:
    """``dest`` as a copy of the folder ``src``: hard links where the file system allows."""
    def link(a: str, b: str) -> None:
        try:
            os.link(a, b)
        except OSError:
            shutil.copy2(a, b)

    shutil.copytree(src, dest, copy_function=link)


class SiteIndex:
    """The index of one build: ``add`` each finished page, then ``finish`` into the site folder.

    Pages are only sent from the process that made this object (forked workers that render
    pages ahead of the build send nothing; the build hands their pages over again)."""

    def __init__(self, cache: Path | None = None) -> None:
        self.cache = cache
        self._pid = os.getpid()
        self._service: PagefindService | None = None
        self._index = 0
        self._pages = self._quotes = 0
        self._digest = hashlib.sha256(json.dumps([_pagefind_version(), EXCLUDE, LANGUAGE]).encode())
        self._started = time.perf_counter()

    def _open(self) -> PagefindService:
        if self._service is None:
            self._service = PagefindService()
            answer = self._service.request({"type": "NewIndex", "config": {"exclude_selectors": list(EXCLUDE)}})
            self._index = int(answer["index_id"])
        return self._service

    def add(self, url: str, html: str) -> None:
        """Index the finished page ``html`` served at ``url`` (site-relative, ``/a/b/``) and its quotes."""
        if os.getpid() != self._pid or BODY not in html:
            return
        try:
            service = self._open()
            service.send({"type": "AddFile", "index_id": self._index, "file_path": None, "url": url,
                          "file_contents": html})
            for record in quote_records(url, html):
                service.send({"type": "AddRecord", "index_id": self._index, "language": LANGUAGE, **asdict(record)})
                self._digest.update(json.dumps(asdict(record), sort_keys=True).encode("utf-8", "surrogatepass"))
                self._quotes += 1
        except ServiceError as err:
            raise SearchIndexError(f"Pagefind could not index {url}: {err}") from err
        self._digest.update(url.encode("utf-8", "surrogatepass") + b"\0")
        self._digest.update(hashlib.sha256(html.encode("utf-8", "surrogatepass")).digest())
        self._pages += 1

    def finish(self, site: Path) -> IndexStats:
        """Write the bundle into ``site/pagefind`` (or put the kept one there); end the service."""
        out = site / OUTPUT
        shutil.rmtree(out, ignore_errors=True)  # `mkdocs serve` builds into the same folder again
        try:
            key = self._digest.hexdigest()
            kept = self._recall(key, out)
            if kept is not None:
                return kept
            service = self._open()
            errors = service.drain()
            if errors:
                raise SearchIndexError(f"Pagefind refused {len(errors)} pages or records: {errors[0]}")
            service.request({"type": "WriteFiles", "index_id": self._index, "output_path": str(out)})
        except ServiceError as err:
            raise SearchIndexError(f"Pagefind could not write the index into {out}: {err}") from err
        finally:
            self.close()
        for name in UNUSED:
            (out / name).unlink(missing_ok=True)
        stats = IndexStats(self._pages, self._quotes, folder_size(out), time.perf_counter() - self._started)
        self._keep(key, out, stats)
        return stats

    def close(self) -> None:
        """End the service process, if it runs (a build that failed, or the end of ``finish``)."""
        if self._service is not None:
            self._service.close()
            self._service = None

    def _recall(self, key: str, out: Path) -> IndexStats | None:
        """Put the kept bundle of ``key`` at ``out``; its stats, or None when none is kept."""
        if self.cache is None:
            return None
        try:
            stats = json.loads((self.cache / "stats.json").read_text(encoding="utf-8"))
            if stats.pop("key") != key or not (self.cache / OUTPUT).is_dir():
                return None
            _place(self.cache / OUTPUT, out)
            return IndexStats(**{**stats, "seconds": time.perf_counter() - self._started, "reused": True})
        except (OSError, ValueError, KeyError, TypeError):
            shutil.rmtree(out, ignore_errors=True)
            return None

    def _keep(self, key: str, out: Path, stats: IndexStats) -> None:
        """Keep the bundle at ``out`` as the one of ``key`` (a cache that cannot be written is skipped)."""
        if self.cache is None:
            return
        try:
            shutil.rmtree(self.cache, ignore_errors=True)
            self.cache.mkdir(parents=True)
            _place(out, self.cache / OUTPUT)
            text = json.dumps({**asdict(stats), "key": key})
            write_atomic(self.cache / "stats.json", lambda f: f.write(text))
        except OSError:
            shutil.rmtree(self.cache, ignore_errors=True)


def index_site(site: Path, cache: Path | None = None) -> IndexStats:
    """Index the built site in ``site`` (its HTML files, in path order) into ``site/pagefind``."""
    index = SiteIndex(cache)
    try:
        for page in sorted(site.rglob("*.html")):
            if OUTPUT not in page.relative_to(site).parts:
                index.add(page_url(site, page), page.read_text(encoding="utf-8", errors="replace"))
        return index.finish(site)
    finally:
        index.close()
