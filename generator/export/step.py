"""The export step of a site build, as the MkDocs plugin runs it (but free of MkDocs).

``prepare`` makes the exports of the site once per key (the site's inputs and the export
options) or recalls them from the cache; ``head`` gives each page its feed links;
``write`` puts the files into the finished site.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from dataclasses import asdict
from pathlib import Path

from ..site.entries import Site
from ..site.render import Renderer
from ..store.digest import digest
from . import EXPORT_DIR, Exported, ExportOptions, export_site
from .page import export_page
from .store import ExportSet, ExportStore, with_head_links

log = logging.getLogger(f"mkdocs.plugins.{__name__}")


class ExportStep:
    """Feeds and exports for one build after another."""

    def __init__(self) -> None:
        self.exports: ExportSet | None = None
        self.seconds = 0.0
        """Time the last ``prepare`` took."""

    def prepare(
        self,
        cache: Path,
        site_key: str,
        options: ExportOptions,
        index: Callable[[], tuple[Site, Renderer]],
        jobs: int = 1,
    ) -> str:
        """Make (or recall from ``cache``) the exports of the site ``index()`` gives, in ``jobs``
        processes; return the Export page."""
        started = time.perf_counter()

        def build() -> Exported:
            return export_site(index()[0], options, jobs)

        def page(made: ExportSet) -> str:
            return export_page(index()[1], made, options.feed_size)

        store = ExportStore(cache)
        self.exports = store.make(digest(site_key, asdict(options)), build, page)
        self.seconds = time.perf_counter() - started
        log.info("feeds and exports: %d files in %.2f s", len(self.exports.sizes), self.seconds)
        return self.exports.page

    def head(self, output: str, page: str, url: str) -> str:
        """``output``, the HTML of the page ``page`` (relative to docs_dir) served at ``url``, with
        ``<link rel="alternate">`` tags to its feeds."""
        if self.exports is None:
            return output
        return with_head_links(output, self.exports.head_links(page, url, EXPORT_DIR))

    def contents(self) -> dict[str, bytes]:
        """Every export file's bytes, by its path under export/ (none before ``prepare``)."""
        return self.exports.contents() if self.exports is not None else {}

    def write(self, folder: Path) -> int:
        """Put the export files into ``folder`` (a site's ``export/``); how many there are."""
        if self.exports is None:
            return 0
        self.exports.write(folder)
        return len(self.exports.sizes)
