"""What a rebuild reuses from the last build, and the MkDocs page hooks that reuse it.

Kept in ``rebuild/`` of the cache folder, one ``Memo`` each:

- ``html.sqlite``, ``search.sqlite``: each page's conversion and search entries (``pagememo``);
- ``output.sqlite``: each generated page's finished HTML (``outputmemo``).

When many pages changed, their conversion and search entries (``pagememo.convert_ahead``)
and then their finished HTML (``Rebuild.render_ahead``) are made on every core before
MkDocs walks the pages one at a time and finds them stored.
"""

from __future__ import annotations

import logging
import time
from pathlib import Path
from typing import Any

from jinja2 import Environment
from mkdocs.commands.build import get_context
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.structure.files import File, Files
from mkdocs.structure.nav import Navigation
from mkdocs.structure.pages import Page

from ..store.forked import forked_map
from ..store.memo import Memo, save_memos
from .compact import compact_html, without_search_config
from .outputmemo import OUTPUT, TEMPLATE, frame_key, install_template, output_key
from .pagememo import MemoPage, conversion_context, convert_ahead, memoize_search, search_plugin

log = logging.getLogger(f"mkdocs.plugins.{__name__}")
AHEAD_MIN = 64
"""Changed pages below this many are converted by the build itself: forking would cost more."""


class Rebuild:
    """The memos under ``root`` and the per-page steps that use them during one build."""

    def __init__(self, root: Path) -> None:
        self.root = root
        self.html = Memo(root / "html.sqlite")
        self.search = Memo(root / "search.sqlite")
        self.output = Memo(root / "output.sqlite")
        self._pages: list[MemoPage] = []
        self._conversion: str | None = None
        self._frame: str | None = None
        self._tags_variable = "tags"
        self._framed: set[str] = set()
        self._reused: set[str] = set()
        self._pending: dict[str, str] = {}
        self._stored: dict[str, str] = {}
        self._searchless = False

    def start(self, config: MkDocsConfig) -> None:
        """Begin a build: let the search plugin reuse the entries of unchanged pages."""
        self._pages, self._frame, self._conversion = [], None, conversion_context(config)
        self._framed, self._reused, self._pending, self._stored = set(), set(), {}, {}
        self._searchless = not any(name in config.plugins for name in ("material/search", "search"))
        plugin = search_plugin(config)
        if plugin is not None:
            memoize_search(plugin, self.search)
        tags = config.plugins.get("material/tags") or config.plugins.get("tags")
        self._tags_variable = getattr(getattr(tags, "config", None), "tags_name_variable", "tags")

    def page(self, file: File, config: MkDocsConfig) -> MemoPage:
        """The page of the generated ``file``, one whose work can be reused."""
        page = MemoPage(file, config, self.html, self._conversion)
        self._pages.append(page)
        return page

    def convert_ahead(self, config: MkDocsConfig, files: Files, jobs: int, changed: set[str]) -> None:
        """Convert the ``changed`` generated pages in ``jobs`` processes before MkDocs goes through them
        (when there are enough of them to pay for starting the processes)."""
        pages = [p for p in self._pages if p.file.src_uri in changed]
        if len(pages) < AHEAD_MIN or self._conversion is None:
            return
        started = time.perf_counter()
        done = convert_ahead(pages, config, files, jobs, self.html, self.search)
        if done:
            log.info("converted %d changed pages in %d processes in %.1f s", done, jobs, time.perf_counter() - started)

    def prepare(self, env: Environment, config: MkDocsConfig, nav: Navigation) -> Environment:
        """Once every page is converted: render generated pages through ``outputmemo.TEMPLATE``."""
        self._frame = frame_key(config, nav)
        if self._frame is None:
            return env
        for page in self._pages:
            if "template" not in page.meta:
                page.meta["template"] = TEMPLATE
                self._framed.add(page.file.src_uri)
        return install_template(env)

    def before_context(self, page: Page) -> None:
        """Give plugins the page's metadata as written (without the reuse template)."""
        if page.file.src_uri in self._framed:
            del page.meta["template"]

    def after_context(self, context: dict[str, Any], page: Page) -> None:
        """Hand the template the stored HTML of ``page`` when its key is unchanged."""
        uri = page.file.src_uri
        if self._frame is None or uri not in self._framed:
            return
        key = output_key(self._frame, context, page, self._tags_variable)
        if key is None:
            return
        stored = self.output.get(key)
        if stored is None:
            self._pending[uri] = key
        else:
            context[OUTPUT] = stored
            self._reused.add(uri)

    def finish(self, output: str, page: Page) -> str:
        """``output`` without the whitespace that cannot change rendering (about a sixth of a
        typical page) and, on a site without Material's search, without the config only that
        search reads; stored for the next build when its key was new."""
        uri = page.file.src_uri
        if uri in self._reused:
            return output
        compact = compact_html(output)
        if self._searchless:
            compact = without_search_config(compact)
        key = self._pending.pop(uri, None)
        if key is not None:
            self.output.put(key, compact)
            self._stored[uri] = key
        return compact

    def render_ahead(
        self, env: Environment, config: MkDocsConfig, nav: Navigation, files: Files, jobs: int, changed: set[str]
    ) -> None:
        """After ``prepare``: render the finished HTML of the ``changed`` generated pages in ``jobs``
        processes, each the way MkDocs renders a page, so that its one-at-a-time page loop finds
        them stored. Whether it does is up to the keys: a page whose context turns out different
        there is simply rendered again."""
        pages = [p for p in self._pages if p.file.src_uri in changed and p.file.src_uri in self._framed]
        if jobs < 2 or len(pages) < AHEAD_MIN:
            return
        template = env.get_template(TEMPLATE)
        documents = files.documentation_pages()
        self.html.commit()  # the pages' HTML, which they read from it

        def render(index: int) -> tuple[str, str] | None:
            page = pages[index]
            page.active = True
            context = config.plugins.on_page_context(
                get_context(nav, documents, config, page), page=page, config=config, nav=nav
            )
            output = config.plugins.on_post_page(template.render(context), page=page, config=config)
            key = self._stored.get(page.file.src_uri)
            return None if key is None else (key, output)

        started = time.perf_counter()
        for result in forked_map(render, len(pages), jobs):
            if result is not None:
                self.output.put(*result)
        log.info("rendered %d changed pages in %d processes in %.1f s", len(pages), jobs, time.perf_counter() - started)

    def save(self) -> str | None:
        """Keep what this build used for the next one; why it could not be kept, or None."""
        return save_memos([self.html, self.search, self.output])
