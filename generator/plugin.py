"""The MkDocs plugin ``briefing``: a thin adapter from MkDocs events to the generator.

It reads the articles folder, extracts briefings (cached in memory across ``mkdocs
serve`` rebuilds, and on disk by ``pipeline.extract_all``), indexes them
(``site.build_site``) and adds the rendered pages as generated files. It never
writes into docs_dir.
"""
from __future__ import annotations

import hashlib
import logging
import os
from pathlib import Path
from typing import Any

from mkdocs.config import base
from mkdocs.config import config_options as c
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.livereload import LiveReloadServer
from mkdocs.plugins import BasePlugin, event_priority
from mkdocs.structure.files import File, Files, InclusionLevel
from mkdocs.structure.pages import Page

from .cache import CACHE_ENV, DEFAULT_DIR
from .compact import compact_html
from .corrections import ALIASES_FILE, corrected
from .ingest import SkippedArticle, collect
from .model import Article, Briefing
from .pages import dashboard, site_pages
from .nlp import ModelNotFound
from .pipeline import extract_all
from .render import Renderer
from .site import PageRule, Site, build_site
from .staging import publish, staging_dir

log = logging.getLogger(f"mkdocs.plugins.{__name__}")

DASHBOARD_MARKER = "<!-- briefing:dashboard -->"
"""Where a hand-written page (the home page) gets the generated dashboard."""
ASSETS = Path(__file__).resolve().parent / "assets"
MERMAID_URI = "assets/javascripts/mermaid.min.js"
"""Where the bundled mermaid is served; Material uses it instead of loading it from a CDN."""


class BriefingConfig(base.Config):
    """Options of the ``briefing`` plugin in mkdocs.yml; paths are relative to mkdocs.yml."""

    articles = c.Type(str, default="seeds")
    """Folder of articles (or one file); mkdocs.yml sets it from $BRIEFING_ARTICLES with !ENV."""
    templates = c.Type(str, default="templates")
    """Folder of user templates; one named like a built-in template replaces it."""
    model = c.Optional(c.Type(str))
    """spaCy model name (default: en_core_web_sm when installed, else its re-upload)."""
    page_size = c.Type(int, default=100)
    """Entries per page of the briefings, actors, issues and timeline indexes."""
    min_briefings = c.Type(int, default=PageRule.min_briefings)
    """Briefings that must name an actor or issue for it to get a page (see ``site.PageRule``)."""
    key_actors = c.Type(int, default=PageRule.key_actors)
    """A briefing's most salient actors that count as its key actors, with the ones it quotes."""
    key_issues = c.Type(int, default=PageRule.key_issues)
    """A briefing's most central issues that count as its key issues."""
    all_below = c.Type(int, default=PageRule.all_below)
    """A site of fewer briefings gives every actor and issue a page."""


def _skipped_note(skipped: list[SkippedArticle]) -> str:
    """``; N skipped (no body text): a.txt, b.txt`` for the summary line, or nothing."""
    if not skipped:
        return ""
    names = ", ".join(Path(str(err).split(": ", 1)[0]).name for err in skipped)
    return f"; {len(skipped)} skipped (no body text): {names}"


class BriefingPlugin(BasePlugin[BriefingConfig]):
    """Adds a briefing page per article, actor and issue pages, indexes and the dashboard."""

    def __init__(self) -> None:
        self._parsed: dict[tuple[str, str], Briefing] = {}
        self._site: Site | None = None
        self._renderer: Renderer | None = None
        self._staged = False
        self._site_dir = ""

    def on_startup(self, *, command: str, dirty: bool) -> None:
        """Start every ``mkdocs`` command with an empty in-memory cache; it then lives across rebuilds.

        A full ``build`` or ``gh-deploy`` writes into a staging folder that replaces site_dir only
        once complete, so a killed build leaves the previous site usable."""
        self._parsed = {}
        self._staged = command in {"build", "gh-deploy"} and not dirty

    def _path(self, config: MkDocsConfig, value: str) -> Path:
        return (Path(config.config_file_path).parent / value).resolve()

    def on_config(self, config: MkDocsConfig) -> MkDocsConfig:
        """Serve the bundled mermaid script on every page; build into the staging folder."""
        if MERMAID_URI not in config.extra_javascript:
            config.extra_javascript.append(MERMAID_URI)
        if self._staged:
            self._site_dir = config.site_dir
            config.site_dir = str(staging_dir(Path(config.site_dir)))
        return config

    @event_priority(-100)  # last, after every other plugin has written its files
    def on_post_build(self, *, config: MkDocsConfig) -> None:
        """Put the complete build in place of site_dir."""
        if self._staged:
            publish(Path(config.site_dir), Path(self._site_dir))
            config.site_dir = self._site_dir

    def _briefings(self, articles: list[Article], config: MkDocsConfig,
                   skipped: list[SkippedArticle]) -> list[Briefing]:
        """Briefings for ``articles``: unchanged ones from memory, the rest extracted.

        The summary line names the ``skipped`` inputs (nothing to brief)."""
        keys = [(a.key, hashlib.sha256(a.text.encode("utf-8", "surrogatepass")).hexdigest())
                for a in articles]
        todo = [(a, k) for a, k in zip(articles, keys) if k not in self._parsed]
        if todo:
            cache_dir = os.environ.get(CACHE_ENV) or self._path(config, DEFAULT_DIR)
            try:
                fresh = extract_all([a for a, _ in todo], model=self.config.model, cache_dir=cache_dir,
                                    progress=None,
                                    on_summary=lambda s: log.info("%s%s", s, _skipped_note(skipped)))
            except ModelNotFound as err:
                raise PluginError(str(err)) from err
            self._parsed.update((k, b) for (_, k), b in zip(todo, fresh))
        self._parsed = {k: self._parsed[k] for k in keys}
        return [self._parsed[k] for k in keys]

    def on_files(self, files: Files, *, config: MkDocsConfig) -> Files:
        """Extract, index and render; add every page and the mermaid script as generated files."""
        root = self._path(config, self.config.articles)
        articles, errors = collect([root])
        skipped = [err for err in errors if isinstance(err, SkippedArticle)]
        for err in errors:
            # Nothing to brief is no fault (INFO); a refused input is (WARNING: --strict fails).
            if isinstance(err, SkippedArticle):
                log.info("skipped: %s", err)
            else:
                log.warning("%s", err)
        briefings = corrected(self._briefings(articles, config, skipped), self._path(config, ALIASES_FILE))
        self._site = build_site(briefings, root=str(root if root.is_dir() else root.parent),
                                rule=PageRule(self.config.min_briefings, self.config.key_actors,
                                              self.config.key_issues, self.config.all_below))
        self._renderer = Renderer(self._path(config, self.config.templates), config.use_directory_urls)
        for uri, content in site_pages(self._site, self._renderer, self.config.page_size).items():
            # Reached through the indexes, not the nav: no "not in nav" notice per page.
            files.append(File.generated(config, uri, content=content, inclusion=InclusionLevel.NOT_IN_NAV))
        files.append(File.generated(config, MERMAID_URI, abs_src_path=str(ASSETS / "mermaid" / "mermaid.min.js")))
        return files

    def on_page_markdown(self, markdown: str, *, page: Page, config: MkDocsConfig,
                         files: Files) -> str:
        """Put the dashboard where a hand-written page holds the marker."""
        if DASHBOARD_MARKER not in markdown or self._site is None or self._renderer is None:
            return markdown
        board = dashboard(self._site, self._renderer, page.file.src_uri)
        return markdown.replace(DASHBOARD_MARKER, board)

    def on_post_page(self, output: str, *, page: Page, config: MkDocsConfig) -> str:
        """Drop the whitespace that cannot change rendering (about a sixth of a typical page)."""
        return compact_html(output)

    def on_serve(self, server: LiveReloadServer, *, config: MkDocsConfig, builder: Any) -> LiveReloadServer:
        """Rebuild when an article, a sidecar, a template or the aliases file changes."""
        for value in (self.config.articles, self.config.templates):
            path = self._path(config, value)
            if path.exists():
                server.watch(str(path))
        aliases = self._path(config, ALIASES_FILE)
        if aliases.exists():
            server.watch(str(aliases))
        return server
