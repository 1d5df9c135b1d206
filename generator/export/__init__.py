"""Feeds and exports of a built ``Site``, for analysts' readers and tools; independent of MkDocs.

- ``feeds``: Atom 1.0 and JSON Feed 1.1 of the latest briefings, for the site and each actor
  and issue page;
- ``tables``: quotes.csv, actors.csv and issues.csv;
- ``network``: network.graphml.gz and network.gexf.gz (who appears with whom);
- ``ftm``: entities.ftm.json.gz, FollowTheMoney entities for Aleph;
- ``store``: the files of one site kept in the cache, and written into each build's site.

All the files go into the site's ``export/`` folder (``options.EXPORT_DIR``); ``briefing export
DIR`` writes the same files into DIR.
"""

from __future__ import annotations

import gzip
from collections.abc import Callable
from dataclasses import dataclass
from functools import partial

from ..site.entries import Site
from ..store.forked import forked_map
from .feeds import FEED_EXTENSIONS, Feed, feed_files, site_feeds
from .options import EXPORT_DIR, ExportOptions
from .tables import actors_csv, issues_csv, quotes_csv

__all__ = ["EXPORT_DIR", "ExportOptions", "Exported", "export_names", "export_site", "feed_links"]


@dataclass
class Exported:
    """The export files of a site by path under export/, and the feeds each page links."""

    files: dict[str, bytes]
    feeds: dict[str, tuple[str, str]]
    """Page path (relative to docs_dir) -> (feed name, link title); ``*`` is the site's feed."""


FILES = (
    "entities.ftm.json.gz",
    "network.gexf.gz",
    "network.graphml.gz",
    "quotes.csv",
    "actors.csv",
    "issues.csv",
)
"""The export files every site has, besides its feeds."""
FEEDS_PER_TASK = 400
"""Feeds written by one task of ``export_site``."""


def gzipped(data: bytes) -> bytes:
    """``data`` as a gzip file with no time stamp (same input, same bytes). The graph and FtM
    files are for tools, not spreadsheets, and shrink about sixfold: at 20,000 articles they
    would otherwise take a third of what GitHub Pages allows a site."""
    return gzip.compress(data, compresslevel=9, mtime=0)


def export_site(site: Site, options: ExportOptions, jobs: int = 1) -> Exported:
    """Every feed and export file of ``site``, made in ``jobs`` forked processes (the same files)."""
    from .ftm import ftm_json
    from .network import co_graph, gexf, graphml

    graph = co_graph(site, options)
    feeds = site_feeds(site, options)
    newest = max((b.article.date or "" for b in site.briefings), default="") or "1970-01-01"
    # The slowest first, so that the workers finish together.
    tasks: list[Callable[[], dict[str, bytes]]] = [
        lambda: {FILES[0]: gzipped(ftm_json(site, options))},
        lambda: {FILES[1]: gzipped(gexf(graph, newest[:10]))},
        lambda: {FILES[2]: gzipped(graphml(graph))},
        lambda: dict(zip(FILES[3:], (quotes_csv(site, options), actors_csv(site, options), issues_csv(site, options)))),
    ]
    tasks += [partial(feed_files, feeds[n : n + FEEDS_PER_TASK], options) for n in range(0, len(feeds), FEEDS_PER_TASK)]
    files: dict[str, bytes] = {}
    for part in forked_map(lambda n: tasks[n](), len(tasks), jobs, chunksize=1):
        files.update(part)
    return Exported(files, feed_links(feeds, options))


def export_names(feeds: list[Feed]) -> list[str]:
    """The paths under export/ of every file ``export_site`` makes, the ``feeds`` given."""
    return [*FILES, *(f"{feed.name}.{ext}" for feed in feeds for ext in FEED_EXTENSIONS)]


def feed_links(feeds: list[Feed], options: ExportOptions) -> dict[str, tuple[str, str]]:
    """Page path -> (feed name, link title) of ``feeds``; ``*`` is the site's feed."""
    # The link titles name no actor or issue: article text stays out of HTML attributes.
    return {("*" if f.name == "feeds/site" else f.page): (f.name, _link_title(f.page, options)) for f in feeds}


def _link_title(page: str, options: ExportOptions) -> str:
    if page.startswith("actors/"):
        return f"{options.site_name}: this actor's briefings"
    return f"{options.site_name}: this issue's briefings" if page.startswith("issues/") else options.site_name
