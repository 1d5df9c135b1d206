"""The export step of a site build, as the MkDocs plugin runs it (but free of MkDocs).

``prepare`` makes the exports of the site once per key (the site's inputs and the export
options) or recalls them from the cache; ``head`` gives each page its feed links;
``write`` puts the files into the finished site.

A build that may fork makes them in a background process while the site generator turns the
pages into HTML: the feed links are known at once, and the Export page is written with a
placeholder for each file's size, which ``fill`` replaces in its HTML once the files exist.
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
from ..store.forked import in_background
from . import EXPORT_DIR, Exported, ExportOptions, export_names, export_site, feed_links
from .feeds import site_feeds
from .page import export_page, human_size
from .store import ExportSet, ExportStore, head_links, with_head_links

log = logging.getLogger(f"mkdocs.plugins.{__name__}")
SIZE_MARK = "briefingexportsize{:04d}x"
"""What the Export page shows for the size of file number N while the files are being made."""


class ExportStep:
    """Feeds and exports for one build after another."""

    def __init__(self) -> None:
        self.exports: ExportSet | None = None
        self.seconds = 0.0
        """Time the last ``prepare`` took (in the background: until the files were there)."""
        self._feeds: dict[str, tuple[str, str]] = {}
        self._names: list[str] = []
        self._pending: Callable[[], ExportSet] | None = None

    def prepare(
        self,
        cache: Path,
        site_key: str,
        options: ExportOptions,
        index: Callable[[], tuple[Site, Renderer]],
        jobs: int = 1,
        *,
        background: bool = False,
    ) -> str:
        """Make (or recall from ``cache``) the exports of the site ``index()`` gives, in ``jobs``
        processes (in a background process as well, when ``background``); return the Export page."""
        started = time.perf_counter()
        self.exports, self._pending = None, None

        def build() -> Exported:
            return export_site(index()[0], options, jobs)

        def page(made: ExportSet) -> str:
            size = made.sizes.__getitem__
            return export_page(index()[1], list(made.sizes), lambda name: human_size(size(name)), options.feed_size)

        def made(exports: ExportSet) -> ExportSet:
            self.exports, self._pending, self.seconds = exports, None, time.perf_counter() - started
            log.info("feeds and exports: %d files in %.2f s", len(exports.sizes), self.seconds)
            return exports

        store, key = ExportStore(cache), digest(site_key, asdict(options))
        found = store.get(key)
        wait = None if found is not None or not background else in_background(lambda: store.make(key, build, page))
        if wait is None:
            exports = made(found or store.make(key, build, page))
            self._feeds, self._names = exports.feeds, list(exports.sizes)
            return exports.page
        site, renderer = index()
        feeds = site_feeds(site, options)
        self._feeds, self._names = feed_links(feeds, options), export_names(feeds)
        # The files made in the background are in the cache, unless it could not be written.
        self._pending = lambda: made((store.get(key) if wait() else None) or store.make(key, build, page))
        marks = {name: SIZE_MARK.format(n) for n, name in enumerate(self._names)}
        return export_page(renderer, self._names, marks.__getitem__, options.feed_size)

    def _done(self) -> ExportSet | None:
        """The exports, once made (waiting for the background process)."""
        return self._pending() if self._pending is not None else self.exports

    def fill(self, output: str) -> str:
        """``output``, the HTML of the Export page, with each file's size in place of its mark."""
        if SIZE_MARK.format(0) not in output:
            return output
        exports = self._done()
        assert exports is not None
        for n, name in enumerate(self._names):
            output = output.replace(SIZE_MARK.format(n), human_size(exports.sizes[name]))
        return output

    def head(self, output: str, page: str, url: str) -> str:
        """``output``, the HTML of the page ``page`` (relative to docs_dir) served at ``url``, with
        ``<link rel="alternate">`` tags to its feeds."""
        return with_head_links(output, head_links(self._feeds, page, url, EXPORT_DIR))

    def contents(self) -> dict[str, bytes]:
        """Every export file's bytes, by its path under export/ (none before ``prepare``)."""
        exports = self._done()
        return exports.contents() if exports is not None else {}

    def write(self, folder: Path) -> int:
        """Put the export files into ``folder`` (a site's ``export/``); how many there are."""
        exports = self._done()
        if exports is None:
            return 0
        exports.write(folder)
        return len(exports.sizes)
