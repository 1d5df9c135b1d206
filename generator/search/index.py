"""Pagefind's index of a site: its pages, with each quote findable inside its briefing.

``SiteIndex`` takes each finished page as the build writes it; at the end of the build a
Pagefind service process (``service``) crawls the site folder for the pages (in parallel) and
hands back the bundle, which is written to ``pagefind/`` in the site. A quote is not a record of
its own: it is the ``<figure id="qN">`` anchor of its briefing, which Pagefind keeps with its word
position, and the site's script lists the quotes a query matches under their briefing, each linked
to its anchor. One record per page keeps the index's page list (``pf_meta``, fetched by every
query) at about a fifth of the size that quote records made it; ``pagelist`` shortens it further.
Pagefind's binary comes inside the ``pagefind-bin`` wheel: nothing is downloaded. The UI bundles
Pagefind ships are removed, since the site's own script
(``theme/assets/javascripts/briefing-search.js``) draws results.

Pagefind has no incremental mode, and its chunk names differ from run to run. So the bundle
is kept in a cache folder with the digest of every page it was made from: a build whose pages
are all unchanged puts the kept bundle in place without starting Pagefind at all.
"""

from __future__ import annotations

import base64
import hashlib
import json
import os
import shutil
import time
from dataclasses import dataclass
from importlib.metadata import PackageNotFoundError, version
from pathlib import Path, PurePosixPath
from typing import Any

from ..store.atomic import write_atomic
from .pagelist import shorten
from .service import PagefindService, ServiceError

OUTPUT = "pagefind"
"""The folder of the search bundle inside the site."""
UNUSED = (
    "pagefind-ui.js",
    "pagefind-ui.css",
    "pagefind-component-ui.js",
    "pagefind-component-ui.css",
    "pagefind-modular-ui.js",
    "pagefind-modular-ui.css",
    "pagefind-highlight.js",
)
"""Pagefind's ready-made interfaces, which the site does not load."""
BODY = "data-pagefind-body"
"""Pages without this mark (indexes, the tags page) are left out of the index."""
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


def _write_bundle(out: Path, files: list[dict[str, str]]) -> None:
    """Write the bundle Pagefind made in memory into ``out`` (but its unused interfaces), its page
    list shortened (``pagelist``).

    Pagefind's own ``WriteFiles`` answers once its writes are queued, not done: a build that
    ends right after it could leave empty files behind, which the browser cannot parse.
    """
    bundle: dict[str, bytes] = {}
    for entry in files:
        name = PurePosixPath(entry["path"])
        if name.is_absolute() or ".." in name.parts:
            raise ValueError(f"a bundle file outside the bundle: {name}")
        if str(name) not in UNUSED:
            bundle[str(name)] = base64.b64decode(entry["content"])
    for file, data in shorten(bundle).items():
        path = out.joinpath(*PurePosixPath(file).parts)
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data)


QUOTE_ANCHOR = '<figure class="quote" id="q'
"""How a quote that search finds starts on a built page (``_quote.md.j2``)."""


def page_url(site: Path, page: Path) -> str:
    """The site-relative URL of the built ``page`` (``/a/b/`` for ``a/b/index.html``)."""
    rel = page.relative_to(site).as_posix()
    return "/" + (rel.removesuffix("index.html"))


class SiteIndex:
    """The index of one build: ``add`` each finished page, then ``finish`` into the site folder.

    A rebuild whose pages are all unchanged puts the kept bundle in place and never starts
    Pagefind. Only the process that made this object counts pages (forked workers that render
    pages ahead of the build count nothing; the build hands their pages over again)."""

    def __init__(self, cache: Path | None = None) -> None:
        self.cache = cache
        self._pid = os.getpid()
        self._service: PagefindService | None = None
        self._index = 0
        self._quotes = 0
        self._seen: dict[str, str] = {}
        self._kept = self._manifest()
        self._started = time.perf_counter()

    def _manifest(self) -> dict[str, Any]:
        """What the kept bundle was made from (``key``, ``pages``: URL -> digest), or nothing."""
        try:
            kept = json.loads((self.cache / "stats.json").read_text(encoding="utf-8")) if self.cache else {}
            return kept if isinstance(kept, dict) and isinstance(kept.get("pages"), dict) else {}
        except (OSError, ValueError):
            return {}

    def _open(self) -> PagefindService:
        if self._service is None:
            self._service = PagefindService()
            answer = self._service.request({"type": "NewIndex", "config": {"exclude_selectors": list(EXCLUDE)}})
            self._index = int(answer["index_id"])
        return self._service

    def add(self, url: str, html: str) -> None:
        """Count the finished page ``html`` served at ``url`` (site-relative, ``/a/b/``), which
        Pagefind reads from the site folder at the end of the build."""
        if os.getpid() != self._pid or BODY not in html:
            return
        self._seen[url] = hashlib.sha256(html.encode("utf-8", "surrogatepass")).hexdigest()
        self._quotes += html.count(QUOTE_ANCHOR)

    def _key(self) -> str:
        settings = [_pagefind_version(), EXCLUDE]
        return hashlib.sha256(json.dumps([settings, sorted(self._seen.items())]).encode()).hexdigest()

    def finish(self, site: Path) -> IndexStats:
        """Write the bundle into ``site/pagefind`` (or put the kept one there); end the service."""
        out = site / OUTPUT
        shutil.rmtree(out, ignore_errors=True)  # `mkdocs serve` builds into the same folder again
        key = self._key()
        try:
            if self._kept.get("key") == key:
                kept = self._recall(out)
                if kept is not None:
                    return kept
            service = self._open()
            service.request({"type": "AddDir", "index_id": self._index, "path": str(site), "glob": None})
            _write_bundle(out, service.request({"type": "GetFiles", "index_id": self._index})["files"])
        except (ServiceError, OSError, KeyError, TypeError, ValueError) as err:
            raise SearchIndexError(f"Pagefind could not write the index into {out}: {err}") from err
        finally:
            self.close()
        stats = IndexStats(len(self._seen), self._quotes, folder_size(out), time.perf_counter() - self._started)
        self._keep(key, out, stats)
        return stats

    def close(self) -> None:
        """End the service process, if it runs (a build that failed, or the end of ``finish``)."""
        if self._service is not None:
            self._service.close()
            self._service = None

    def _recall(self, out: Path) -> IndexStats | None:
        """Put the kept bundle at ``out``; its stats, or None when it cannot be."""
        assert self.cache is not None
        try:
            _place(self.cache / OUTPUT, out)
            stats = {k: self._kept[k] for k in ("pages", "quotes", "bytes")}
            return IndexStats(
                len(stats["pages"]),
                int(stats["quotes"]),
                int(stats["bytes"]),
                time.perf_counter() - self._started,
                reused=True,
            )
        except (OSError, KeyError, TypeError, ValueError):
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
            text = json.dumps({"key": key, "pages": self._seen, "quotes": stats.quotes, "bytes": stats.bytes})
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
