"""The MkDocs plugin ``briefing``: a thin adapter from MkDocs events to the generator.

It reads the articles folder, extracts briefings (cached in memory across ``mkdocs
serve`` rebuilds, and on disk by ``pipeline.extract_all``), indexes them
(``site.build_site``) and adds the rendered pages as generated files. It never
writes into docs_dir.

Rebuilds reuse earlier work (``rebuild``): the whole site's Markdown while its inputs are
unchanged, and each unchanged page's conversion, search entries and finished HTML.
"""
from __future__ import annotations

import gc
import hashlib
import logging
import os
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from jinja2 import Environment
from mkdocs.config import base
from mkdocs.config import config_options as c
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.livereload import LiveReloadServer
from mkdocs.plugins import BasePlugin, CombinedEvent, event_priority
from mkdocs.structure.files import File, Files, InclusionLevel
from mkdocs.structure.nav import Navigation
from mkdocs.structure.pages import Page
from mkdocs.utils.templates import TemplateContext

from .cache import CACHE_ENV, DEFAULT_DIR
from .corrections import ALIASES_FILE, corrected
from .heap import gc_paused
from .ingest import SkippedArticle, collect
from .model import Article, Briefing
from .pages import dashboard, site_pages
from .nlp import ModelNotFound
from .pipeline import default_jobs, extract_all
from .progress import Summary
from .rebuild import Rebuild
from .render import Renderer
from .search import SEARCH_PAGE, SiteIndex, finish_search, install_theme, search_page
from .site import PageRule, Site, build_site
from .sitekey import site_key
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
    pagefind = c.Type(bool, default=True)
    """Search with Pagefind (indexed after each build, box in the header, a search page); off, only
    Material's own ``search`` plugin searches, when it is on."""


def _skipped_note(skipped: list[SkippedArticle]) -> str:
    """``; N skipped (no body text): a.txt, b.txt`` for the summary line, or nothing."""
    if not skipped:
        return ""
    names = ", ".join(Path(str(err).split(": ", 1)[0]).name for err in skipped)
    return f"; {len(skipped)} skipped (no body text): {names}"


class _WarningCount(logging.Handler):
    """Counts the warnings logged below a logger while it is attached (``with``)."""

    def __init__(self, logger: logging.Logger) -> None:
        super().__init__(logging.WARNING)
        self.logger, self.count = logger, 0

    def emit(self, record: logging.LogRecord) -> None:
        self.count += 1

    def __enter__(self) -> _WarningCount:
        self.logger.addHandler(self)
        return self

    def __exit__(self, *exc: object) -> None:
        self.logger.removeHandler(self)


def _nav_paths(items: Any) -> set[str]:
    """Every page path the ``nav`` setting names."""
    if isinstance(items, str):
        return {items}
    if isinstance(items, dict):
        items = list(items.values())
    return set().union(*map(_nav_paths, items)) if isinstance(items, list) else set()


class BriefingPlugin(BasePlugin[BriefingConfig]):
    """Adds a briefing page per article, actor and issue pages, indexes and the dashboard."""

    def __init__(self) -> None:
        self._parsed: dict[tuple[str, str], Briefing] = {}
        self._rebuild: Rebuild | None = None
        self._built: dict[str, Any] = {}
        self._site_key = ""
        self._storable = False
        self._changed: set[str] = set()
        """Generated pages whose Markdown differs from the last build's."""
        self._site: Site | None = None
        self._renderer: Renderer | None = None
        self._inputs: tuple[list[Article], list[SkippedArticle], Path] | None = None
        self._nav: Navigation | None = None
        self._one_build = False
        self._staged = False
        self._site_dir = ""
        self._search: SiteIndex | None = None

    def on_startup(self, *, command: str, dirty: bool) -> None:
        """Start every ``mkdocs`` command with an empty in-memory cache; it then lives across rebuilds.

        A full ``build`` or ``gh-deploy`` writes into a staging folder that replaces site_dir only
        once complete, so a killed build leaves the previous site usable."""
        self._parsed = {}
        self._rebuild = None
        self._staged = command in {"build", "gh-deploy"} and not dirty
        # One build per process. `serve` rebuilds: it must not fork beside its threads (its
        # rebuilds convert a page or two anyway) and must let collections see past builds' objects.
        self._one_build = command in {"build", "gh-deploy"}

    def _path(self, config: MkDocsConfig, value: str) -> Path:
        return (Path(config.config_file_path).parent / value).resolve()

    def _cache_dir(self, config: MkDocsConfig) -> Path:
        return Path(os.environ.get(CACHE_ENV) or self._path(config, DEFAULT_DIR))

    def on_config(self, config: MkDocsConfig) -> MkDocsConfig:
        """Add the theme override (search box; mermaid where a diagram is drawn), else serve the bundled
        mermaid script on every page; build into the staging folder."""
        if not install_theme(config) and MERMAID_URI not in config.extra_javascript:
            config.extra_javascript.append(MERMAID_URI)
        if self._staged:
            self._site_dir = config.site_dir
            config.site_dir = str(staging_dir(Path(config.site_dir)))
        memo_root = self._cache_dir(config) / "rebuild"
        if self._rebuild is None or self._rebuild.root != memo_root:
            self._rebuild = Rebuild(memo_root)
        return config

    def on_pre_build(self, *, config: MkDocsConfig) -> None:
        """Start reusing the last build's work."""
        assert self._rebuild is not None
        self._rebuild.start(config)
        # Quotes go to Pagefind as pages are written (on_post_page), indexed on another core.
        self._search = SiteIndex(self._cache_dir(config) / "search") if self.config.pagefind else None

    @event_priority(-100)  # last, after every other plugin has written its files
    def on_post_build(self, *, config: MkDocsConfig) -> None:
        """Keep what the next build can reuse; put the complete build in place of site_dir."""
        if self._rebuild is not None:
            self._rebuild.save()
        if not self._one_build:
            gc.unfreeze()
        if self._search is not None:  # into the staging folder, before it replaces site_dir
            finish_search(self._search, config.site_dir)
            self._search = None
        if self._staged:
            publish(Path(config.site_dir), Path(self._site_dir))
            config.site_dir = self._site_dir

    def _briefings(self, articles: list[Article], config: MkDocsConfig,
                   on_summary: Callable[[Summary], Any]) -> list[Briefing]:
        """Briefings for ``articles``: unchanged ones from memory, the rest extracted."""
        keys = [(a.key, hashlib.sha256(a.text.encode("utf-8", "surrogatepass")).hexdigest())
                for a in articles]
        todo = [(a, k) for a, k in zip(articles, keys) if k not in self._parsed]
        if todo:
            fresh = extract_all([a for a, _ in todo], model=self.config.model, cache_dir=self._cache_dir(config),
                                progress=None, on_summary=on_summary)
            self._parsed.update((k, b) for (_, k), b in zip(todo, fresh))
        self._parsed = {k: self._parsed[k] for k in keys}
        return [self._parsed[k] for k in keys]

    def _index(self, config: MkDocsConfig) -> tuple[Site, Renderer]:
        """Extract (or recall) the briefings, apply corrections and index them; log the summary."""
        if self._site is None or self._renderer is None:
            assert self._inputs is not None
            articles, skipped, root = self._inputs
            started = time.perf_counter()

            def summary(run: Summary) -> None:
                self._built["counts"] = [run.articles, run.actors, run.quotes, run.issues]
                log.info("%s%s", run, _skipped_note(skipped))

            try:
                briefings = self._briefings(articles, config, summary)
            except ModelNotFound as err:
                raise PluginError(str(err)) from err
            if "counts" not in self._built:  # everything was in memory: no extraction run
                summary(Summary.of(briefings, time.perf_counter() - started, len(briefings)))
            self._site = build_site(corrected(briefings, self._path(config, ALIASES_FILE)),
                                    root=str(root if root.is_dir() else root.parent),
                                    rule=PageRule(self.config.min_briefings, self.config.key_actors,
                                                  self.config.key_issues, self.config.all_below))
            self._renderer = Renderer(self._path(config, self.config.templates), config.use_directory_urls)
        return self._site, self._renderer

    def _pages(self, articles: list[Article], skipped: list[SkippedArticle], root: Path,
               config: MkDocsConfig) -> dict[str, str]:
        """The generated pages: the last build's while the site's inputs are unchanged, else rendered."""
        assert self._rebuild is not None
        started = time.perf_counter()
        self._inputs, self._site, self._renderer = (articles, skipped, root), None, None
        options = {name: self.config[name] for name in ("model", "page_size", "min_briefings", "key_actors",
                                                         "key_issues", "all_below")}
        try:
            self._site_key = site_key(articles, model=self.config.model,
                                      templates=self._path(config, self.config.templates),
                                      aliases=self._path(config, ALIASES_FILE),
                                      options={**options, "root": str(root), "urls": config.use_directory_urls})
        except ModelNotFound as err:
            raise PluginError(str(err)) from err
        built = self._rebuild.site.get(self._site_key)
        if built is not None:
            self._changed, self._built, self._storable = set(), built, True
            run = Summary(*built["counts"], time.perf_counter() - started, len(articles))
            log.info("%s, pages unchanged%s", run, _skipped_note(skipped))
            return built["pages"]
        self._built = {"dashboards": {}}
        # A warning must come back on the next build too, so a site that had one is not kept.
        with _WarningCount(logging.getLogger("mkdocs.plugins.generator")) as warnings:
            site, renderer = self._index(config)
            jobs = default_jobs() if self._one_build else 1
            self._built["pages"] = site_pages(site, renderer, self.config.page_size, jobs)
        self._storable = not warnings.count
        last = [entry["pages"] for entry in self._rebuild.site.saved()]
        pages: dict[str, str] = self._built["pages"]
        self._changed = {uri for uri, text in pages.items() if not last or last[0].get(uri) != text}
        self._keep()
        return pages

    def _keep(self) -> None:
        if self._storable and self._rebuild is not None:
            self._rebuild.site.put(self._site_key, self._built)

    def on_files(self, files: Files, *, config: MkDocsConfig) -> Files:
        """Extract, index and render; add every page and the mermaid script as generated files."""
        with gc_paused():
            files = self._add_pages(files, config)
        # What is alive now lives to the end of the build: later collections (and the one at
        # exit) need not walk it again. `gc.unfreeze` in on_post_build undoes this for `serve`.
        gc.freeze()
        return files

    def _add_pages(self, files: Files, config: MkDocsConfig) -> Files:
        root = self._path(config, self.config.articles)
        articles, errors = collect([root])
        skipped = [err for err in errors if isinstance(err, SkippedArticle)]
        for err in errors:
            # Nothing to brief is no fault (INFO); a refused input is (WARNING: --strict fails).
            if isinstance(err, SkippedArticle):
                log.info("skipped: %s", err)
            else:
                log.warning("%s", err)
        assert self._rebuild is not None
        in_nav = _nav_paths(config.nav)
        for uri, content in self._pages(articles, skipped, root, config).items():
            # Reached through the indexes, not the nav: no "not in nav" notice per page.
            file = File.generated(config, uri, content=content, inclusion=InclusionLevel.NOT_IN_NAV)
            files.append(file)
            if uri not in in_nav:
                self._rebuild.page(file, config)
        files.append(File.generated(config, MERMAID_URI, abs_src_path=str(ASSETS / "mermaid" / "mermaid.min.js")))
        if files.get_file_from_path(SEARCH_PAGE) is None:
            files.append(search_page(config))
        return files

    @event_priority(-100)  # once every plugin has added its files
    def on_nav(self, nav: Navigation, *, config: MkDocsConfig, files: Files) -> Navigation:
        """After the site's pages changed, convert the changed ones on every core ahead of the build."""
        self._nav = nav
        if self._one_build and self._rebuild is not None:
            self._rebuild.convert_ahead(config, files, default_jobs(), self._changed)
        return nav

    def on_env(self, env: Environment, *, config: MkDocsConfig, files: Files) -> Environment:
        """Every page is converted now: let unchanged generated pages reuse their finished HTML."""
        assert self._rebuild is not None and self._nav is not None
        env = self._rebuild.prepare(env, config, self._nav)
        if self._one_build:
            self._rebuild.render_ahead(env, config, self._nav, files, default_jobs(), self._changed)
        return env

    @event_priority(100)  # before the other plugins see the page
    def _before_context(self, context: TemplateContext, *, page: Page, config: MkDocsConfig,
                        nav: Navigation) -> TemplateContext:
        assert self._rebuild is not None
        self._rebuild.before_context(page)
        return context

    @event_priority(-100)  # once the other plugins have added to the context
    def _after_context(self, context: TemplateContext, *, page: Page, config: MkDocsConfig,
                       nav: Navigation) -> TemplateContext:
        assert self._rebuild is not None
        self._rebuild.after_context(context, page)
        return context

    on_page_context = CombinedEvent(_before_context, _after_context)

    def on_page_markdown(self, markdown: str, *, page: Page, config: MkDocsConfig,
                         files: Files) -> str:
        """Put the dashboard where a hand-written page holds the marker."""
        if DASHBOARD_MARKER not in markdown or "pages" not in self._built:
            return markdown
        boards = self._built["dashboards"]
        path = page.file.src_uri
        if path not in boards:
            boards[path] = dashboard(*self._index(config), path)
            self._keep()
        return markdown.replace(DASHBOARD_MARKER, boards[path])

    def on_post_page(self, output: str, *, page: Page, config: MkDocsConfig) -> str:
        """Compact the page; keep it for the next build (``rebuild.Rebuild.finish``); index it."""
        assert self._rebuild is not None
        output = self._rebuild.finish(output, page)
        if self._search is not None:
            self._search.add("/" + page.url, output)
        return output

    def on_build_error(self, *, error: Exception) -> None:
        """Stop the search indexer of a failed build."""
        if self._search is not None:
            self._search.close()
            self._search = None

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
