"""The MkDocs plugin ``briefing``: MkDocs events mapped onto the core build (``build.core.SiteBuild``).

It adds the generated pages as files (never writing into docs_dir), watches the inputs under
``mkdocs serve``, and lets MkDocs reuse each unchanged page's conversion, search entries and
finished HTML (``rebuild``).
"""

from __future__ import annotations

import gc
import logging
from pathlib import Path
from typing import Any

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.livereload import LiveReloadServer
from mkdocs.plugins import BasePlugin, event_priority
from mkdocs.structure.files import File, Files, InclusionLevel
from mkdocs.structure.nav import Navigation
from mkdocs.structure.pages import Page

from .. import settings
from ..build.core import SiteBuild
from ..export import EXPORT_DIR
from ..export.page import PAGE as EXPORT_PAGE
from ..extract.nlp import ModelNotFound
from ..store import hooks
from ..store.heap import gc_paused
from ..store.staging import publish, staging_dir
from . import bridge
from .config import ASSETS, DASHBOARD_MARKER, MERMAID_URI, BriefingConfig, build_options, export_options, nav_paths
from .pagehooks import PageHooks
from .rebuild import Rebuild
from .search import SEARCH_PAGE, SearchStep, install_theme, search_page

log = logging.getLogger(f"mkdocs.plugins.{__name__}")


class BriefingPlugin(PageHooks, BasePlugin[BriefingConfig]):
    """Adds a briefing page per article, actor and issue pages, indexes and the dashboard."""

    def __init__(self) -> None:
        self.core = SiteBuild()
        self._rebuild: Rebuild | None = None
        self.search = SearchStep()
        self._nav: Navigation | None = None
        self._one_build = False
        self._staged = False
        self._site_dir = ""

    @property
    def rebuild(self) -> Rebuild:
        """The page memos of this build (set up in ``on_config``)."""
        if self._rebuild is None:
            raise PluginError("briefing: a page event came before on_config")
        return self._rebuild

    def on_startup(self, *, command: str, dirty: bool) -> None:
        """One core build for the command's lifetime: it remembers parsed articles across rebuilds.

        A full ``build`` or ``gh-deploy`` writes into a staging folder that replaces site_dir only
        once complete, so a killed build leaves the previous site usable."""
        self.core, self._rebuild = SiteBuild(), None
        self._staged = command in {"build", "gh-deploy"} and not dirty
        # One build per process. `serve` rebuilds: it must not fork beside its threads (its
        # rebuilds convert a page or two anyway) and must let collections see past builds' objects.
        self._one_build = command in {"build", "gh-deploy"}
        bridge.attach()

    def on_shutdown(self) -> None:
        """Give the core's log back."""
        bridge.detach()

    def on_config(self, config: MkDocsConfig) -> MkDocsConfig:
        """Add the theme override (search box; mermaid where a diagram is drawn), else serve the bundled
        mermaid script on every page; build into the staging folder."""
        bridge.attach()
        if not install_theme(config) and MERMAID_URI not in config.extra_javascript:
            config.extra_javascript.append(MERMAID_URI)
        if self._staged:
            self._site_dir = config.site_dir
            config.site_dir = str(staging_dir(Path(config.site_dir)))
        memo_root = build_options(self.config, config).cache_dir / "rebuild"
        if self._rebuild is None or self._rebuild.root != memo_root:
            self._rebuild = Rebuild(memo_root)
        return config

    def on_pre_build(self, *, config: MkDocsConfig) -> None:
        """Start reusing the last build's work; start the search index (pages are fed to it as written)."""
        self.rebuild.start(config)
        self.search.start(build_options(self.config, config).cache_dir / "search" if self.config.pagefind else None)

    @event_priority(-100)  # last, after every other plugin has written its files
    def on_post_build(self, *, config: MkDocsConfig) -> None:
        """Keep what the next build can reuse; put the complete build in place of site_dir."""
        self.core.exports.write(Path(config.site_dir) / EXPORT_DIR)
        self.search.finish(config.site_dir)  # into the staging folder, before it replaces site_dir
        for failure in (self.core.save(), self.rebuild.save()):
            if failure:
                log.warning("%s: the next build starts from scratch", failure)
        if not self._one_build:
            gc.unfreeze()
        if self._staged:
            publish(Path(config.site_dir), Path(self._site_dir))
            config.site_dir = self._site_dir
        hooks.announce("built")

    def on_files(self, files: Files, *, config: MkDocsConfig) -> Files:
        """Build the pages with the core; add each, and the mermaid script, as generated files."""
        with gc_paused():
            try:
                built = self.core.run(
                    build_options(self.config, config), jobs=settings.jobs() if self._one_build else 1
                )
            except ModelNotFound as err:
                raise PluginError(str(err)) from err
            in_nav = nav_paths(config.nav)
            for uri, content in built.pages.items():
                # Reached through the indexes, not the nav: no "not in nav" notice per page.
                file = File.generated(config, uri, content=content, inclusion=InclusionLevel.NOT_IN_NAV)
                files.append(file)
                if uri not in in_nav:
                    self.rebuild.page(file, config)
            # A one-off build makes the exports in the background while MkDocs writes the pages.
            export = self.core.export(
                export_options(self.config, config),
                settings.jobs() if self._one_build else 1,
                background=self._one_build,
            )
            files.append(File.generated(config, EXPORT_PAGE, content=export))
            if self.config.pagefind and files.get_file_from_path(SEARCH_PAGE) is None:
                files.append(search_page(config))
            files.append(File.generated(config, MERMAID_URI, abs_src_path=str(ASSETS / "mermaid" / "mermaid.min.js")))
        # What is alive now lives to the end of the build: later collections (and the one at
        # exit) need not walk it again. `gc.unfreeze` in on_post_build undoes this for `serve`.
        gc.freeze()
        return files

    def on_page_markdown(self, markdown: str, *, page: Page, config: MkDocsConfig, files: Files) -> str:
        """Put the dashboard where a hand-written page holds the marker."""
        if DASHBOARD_MARKER not in markdown:
            return markdown
        return markdown.replace(DASHBOARD_MARKER, self.core.dashboard(page.file.src_uri))

    def on_post_page(self, output: str, *, page: Page, config: MkDocsConfig) -> str:
        """Link the page's feeds in its head; compact the page; keep it for the next build; index it."""
        output = self.rebuild.finish(self.core.exports.head(output, page.file.src_uri, page.url), page)
        if page.file.src_uri == EXPORT_PAGE:
            output = self.core.exports.fill(output)
        self.search.page(page.url, output)
        return output

    def on_build_error(self, *, error: Exception) -> None:
        """Stop the search indexer of a failed build."""
        self.search.abort()

    def on_serve(self, server: LiveReloadServer, *, config: MkDocsConfig, builder: Any) -> LiveReloadServer:
        """Rebuild when an article, a sidecar, a template, the aliases or the issues file changes."""
        options = build_options(self.config, config)
        for path in (options.articles, options.templates, options.aliases, options.issues):
            if path.exists():
                server.watch(str(path))
        return server
