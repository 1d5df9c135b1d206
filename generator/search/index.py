"""Running Pagefind over a built site: its pages, plus one record per quote.

Pagefind's binary comes inside the ``pagefind-bin`` wheel; the ``pagefind`` package drives it
as a service (``PagefindIndex``), which also takes the quote records. Nothing is downloaded.
The bundle is written to ``pagefind/`` in the site; the UI bundles Pagefind ships are removed,
since the site's own script (``theme/assets/javascripts/briefing-search.js``) draws results.
"""
from __future__ import annotations

import asyncio
import shutil
import time
from dataclasses import dataclass
from pathlib import Path

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


def index_site(site: Path) -> IndexStats:
    """Index the built site in ``site`` into ``site/pagefind``, replacing an earlier index."""
    started = time.perf_counter()
    out = site / OUTPUT
    shutil.rmtree(out, ignore_errors=True)  # `mkdocs serve` builds into the same folder again
    records = list(site_quote_records(site))
    try:
        pages = asyncio.run(_index(site, records))
    except OSError as err:
        raise SearchIndexError(f"Pagefind could not run ({err}); is pagefind[bin] installed?") from err
    except Exception as err:  # noqa: BLE001 - the service reports its failures as plain Exception
        raise SearchIndexError(f"Pagefind could not index {site}: {err}") from err
    for name in UNUSED:
        (out / name).unlink(missing_ok=True)
    return IndexStats(pages, len(records), folder_size(out), time.perf_counter() - started)
