"""Running Pagefind over a built site: its pages, plus one record per quote.

Pagefind's binary comes inside the ``pagefind-bin`` wheel; the ``pagefind`` package drives it
as a service (``PagefindIndex``), which also takes the quote records. Nothing is downloaded.
The bundle is written to ``pagefind/`` in the site; the UI bundles Pagefind ships are removed,
since the site's own script (``theme/assets/javascripts/briefing-search.js``) draws results.

Pagefind has no incremental mode, and its chunk names differ from run to run (its crawl is
parallel). So the bundle is kept in a cache folder under a digest of every indexed page and
record: a rebuild whose pages are unchanged puts the kept bundle in place instead of indexing.
"""
from __future__ import annotations

import asyncio
import hashlib
import json
import os
import shutil
import time
from dataclasses import asdict, dataclass
from importlib.metadata import PackageNotFoundError, version
from pathlib import Path

from ..atomic import write_atomic
from .records import QuoteRecord, site_quote_records

OUTPUT = "pagefind"
"""The folder of the search bundle inside the site."""
UNUSED = ("pagefind-ui.js", "pagefind-ui.css", "pagefind-component-ui.js", "pagefind-component-ui.css",
          "pagefind-modular-ui.js", "pagefind-modular-ui.css", "pagefind-highlight.js")
"""Pagefind's ready-made interfaces, which the site does not load."""
BATCH = 256
"""Quote records in flight to the Pagefind service at once."""
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


async def _index(site: Path, records: list[QuoteRecord]) -> int:
    from pagefind.index import IndexConfig, PagefindIndex  # a service process: only when indexing

    config = IndexConfig(output_path=str(site / OUTPUT), exclude_selectors=list(EXCLUDE))
    async with PagefindIndex(config=config) as index:
        found = await index.add_directory(str(site))
        for start in range(0, len(records), BATCH):
            await asyncio.gather(*(index.add_custom_record(url=r.url, content=r.content, language=LANGUAGE,
                                                           meta=r.meta, filters=r.filters, sort=r.sort)
                                   for r in records[start:start + BATCH]))
    return int(found.get("page_count", 0))


def _pagefind_version() -> str:
    try:
        return version("pagefind-bin")
    except PackageNotFoundError:
        return "?"


def site_digest(site: Path, records: list[QuoteRecord]) -> str:
    """Digest of what an index of ``site`` is made from: its HTML pages, the records, the settings."""
    h = hashlib.sha256(json.dumps([_pagefind_version(), EXCLUDE, LANGUAGE, [asdict(r) for r in records]],
                                  ensure_ascii=False, sort_keys=True).encode("utf-8", "surrogatepass"))
    for page in sorted(site.rglob("*.html")):
        if OUTPUT not in page.relative_to(site).parts:
            h.update(page.relative_to(site).as_posix().encode("utf-8", "surrogatepass") + b"\0")
            h.update(hashlib.sha256(page.read_bytes()).digest())
    return h.hexdigest()


def _place(src: Path, dest: Path) -> None:
    """``dest`` as a copy of the folder ``src``: hard links where the file system allows."""
    def link(a: str, b: str) -> None:
        try:
            os.link(a, b)
        except OSError:
            shutil.copy2(a, b)

    shutil.copytree(src, dest, copy_function=link)


def _recall(cache: Path, key: str, out: Path) -> IndexStats | None:
    """Put the kept bundle of ``key`` at ``out``; its stats, or None when none is kept."""
    try:
        stats = json.loads((cache / "stats.json").read_text(encoding="utf-8"))
        if stats.pop("key") != key or not (cache / OUTPUT).is_dir():
            return None
        _place(cache / OUTPUT, out)
        return IndexStats(**{**stats, "seconds": 0.0})
    except (OSError, ValueError, KeyError, TypeError):
        shutil.rmtree(out, ignore_errors=True)
        return None


def _keep(cache: Path, key: str, out: Path, stats: IndexStats) -> None:
    """Keep the bundle at ``out`` as the one of ``key`` (a cache that cannot be written is skipped)."""
    try:
        shutil.rmtree(cache, ignore_errors=True)
        cache.mkdir(parents=True)
        _place(out, cache / OUTPUT)
        text = json.dumps({**asdict(stats), "key": key})
        write_atomic(cache / "stats.json", lambda f: f.write(text))
    except OSError:
        shutil.rmtree(cache, ignore_errors=True)


def index_site(site: Path, cache: Path | None = None) -> IndexStats:
    """Index the built site in ``site`` into ``site/pagefind``, replacing an earlier index; with a
    ``cache`` folder, reuse the bundle kept there when the pages are unchanged, and keep this one."""
    started = time.perf_counter()
    out = site / OUTPUT
    shutil.rmtree(out, ignore_errors=True)  # `mkdocs serve` builds into the same folder again
    records = list(site_quote_records(site))
    key = site_digest(site, records) if cache is not None else ""
    if cache is not None:
        kept = _recall(cache, key, out)
        if kept is not None:
            return IndexStats(kept.pages, kept.quotes, kept.bytes, time.perf_counter() - started, reused=True)
    try:
        pages = asyncio.run(_index(site, records))
    except OSError as err:
        raise SearchIndexError(f"Pagefind could not run ({err}); is pagefind[bin] installed?") from err
    except Exception as err:
        raise SearchIndexError(f"Pagefind could not index {site}: {err}") from err
    for name in UNUSED:
        (out / name).unlink(missing_ok=True)
    stats = IndexStats(pages, len(records), folder_size(out), time.perf_counter() - started)
    if cache is not None:
        _keep(cache, key, out, stats)
    return stats
