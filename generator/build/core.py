"""The core build: a folder of articles in, the site's generated Markdown pages out.

``SiteBuild`` runs collect -> extract -> correct -> index -> render. It knows nothing of the
site generator that turns the pages into HTML: the MkDocs plugin, the command line and the
benchmarks all call it. One object lives across the rebuilds of ``mkdocs serve``: it keeps
the parsed briefings in memory (unchanged articles are not even read from the disk cache),
and the whole site's pages in memos on disk (each page's text once, by its digest), reused
while the site's inputs are unchanged.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..corrections.apply import corrected
from ..corrections.confidence import hide_uncertain
from ..export import ExportOptions
from ..export.step import ExportStep
from ..ingest.collect import IngestOptions, SkippedArticle, collect
from ..model import Article, Briefing
from ..site.entries import Site
from ..site.index import PageRule, build_site
from ..site.render import Renderer
from ..site.urls import dashboard, site_pages
from ..store.digest import text_digest
from ..store.memo import Memo, save_memos
from .batch import extract_all
from .progress import Summary
from .sitekey import site_key

log = logging.getLogger(__name__)
CORE_LOG = "generator"
"""The logger every core module logs below; a warning there makes a build's pages unkept."""


@dataclass(frozen=True)
class BuildOptions:
    """What a site is built from, besides the articles' contents. Paths are absolute."""

    articles: Path
    """The articles folder (or one file)."""
    templates: Path
    """The user's template folder; a template there replaces the built-in one of its name."""
    aliases: Path
    """The site-wide actor aliases file (it may not exist)."""
    issues: Path
    """The site-wide issues file, which merges and hides issue labels (it may not exist)."""
    cache_dir: Path
    """Extraction results, fetched pages and the rebuild memos live here."""
    model: str | None = None
    page_size: int = 100
    rule: PageRule = field(default_factory=PageRule)
    directory_urls: bool = True
    """Whether pages are served as ``x/`` (else ``x.html``): links are written for it."""
    min_confidence: float = 0.0
    """Quotes whose attribution confidence is below this are left out (corrected ones never are)."""
    uncertain_below: float = 0.6
    """Quotes whose attribution confidence is below this are marked "attribution uncertain"."""
    source_links: bool = False
    """Raw-HTML links relative to each page's source file, for a plain docs tree (``site.render.source_href``)."""

    def key_options(self) -> dict[str, Any]:
        """The options the generated pages depend on, for the site key."""
        return {
            "model": self.model,
            "page_size": self.page_size,
            "min_briefings": self.rule.min_briefings,
            "key_actors": self.rule.key_actors,
            "key_issues": self.rule.key_issues,
            "all_below": self.rule.all_below,
            "root": str(self.articles),
            "urls": self.directory_urls,
            "source_links": self.source_links,
            "min_confidence": self.min_confidence,
            "uncertain_below": self.uncertain_below,
        }


@dataclass
class GeneratedPages:
    """A build's generated Markdown (path below docs_dir -> text), its counts and its dashboards."""

    pages: dict[str, str]
    counts: list[int]
    """Articles, actors, quotes and issues, for the summary line."""
    dashboards: dict[str, str] = field(default_factory=dict)
    """Dashboards made so far, by the path of the hand-written page that holds the marker."""

    def to_json(self, digests: dict[str, str]) -> dict[str, Any]:
        """The site memo entry, the pages given by the ``digests`` of their texts."""
        return {"pages": digests, "counts": self.counts, "dashboards": self.dashboards}

    @classmethod
    def from_json(cls, data: dict[str, Any], texts: Memo) -> GeneratedPages | None:
        """Back from a site memo entry and the page texts it names; None if one is missing."""
        pages = {uri: texts.get(key) for uri, key in data["pages"].items()}
        if any(text is None for text in pages.values()):
            return None
        return cls(pages, data["counts"], data["dashboards"])


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


def _skipped_note(skipped: list[SkippedArticle]) -> str:
    """``; N skipped (no body text): a.txt, b.txt`` for the summary line, or nothing."""
    if not skipped:
        return ""
    names = ", ".join(Path(str(err).split(": ", 1)[0]).name for err in skipped)
    return f"; {len(skipped)} skipped (no body text): {names}"


class SiteBuild:
    """Builds the generated pages, again and again, reusing whatever did not change."""

    def __init__(self) -> None:
        self._parsed: dict[tuple[str, str], Briefing] = {}
        self._memo: Memo | None = None
        self._texts: Memo | None = None
        self._digests: dict[str, str] = {}
        self._options: BuildOptions | None = None
        self._inputs: tuple[list[Article], list[SkippedArticle]] = ([], [])
        self._indexed: tuple[Site, Renderer] | None = None
        self._counts: list[int] = []
        self._built: GeneratedPages | None = None
        self._key = ""
        self._storable = False
        self.exports = ExportStep()
        """The feeds and exports of the last ``export``."""
        self.changed: set[str] = set()
        """Pages whose Markdown differs from the last build's (all of them on a first build)."""

    @property
    def built(self) -> GeneratedPages:
        """The pages of the last ``run``."""
        if self._built is None:
            raise RuntimeError("SiteBuild.built is read before SiteBuild.run")
        return self._built

    @property
    def texts(self) -> Memo:
        """The memo of page texts by digest (set up by ``load``)."""
        if self._texts is None:
            raise RuntimeError("SiteBuild.texts is read before SiteBuild.load")
        return self._texts

    @property
    def options(self) -> BuildOptions:
        """The options of the last ``run``."""
        if self._options is None:
            raise RuntimeError("SiteBuild.options is read before SiteBuild.run")
        return self._options

    def load(self, options: BuildOptions) -> Memo:
        """Collect the articles and key the site's inputs; nothing is extracted or rendered yet (the
        index is made on first need, by ``run``, ``dashboard`` or ``export``). The site memo."""
        memo_root = options.cache_dir / "rebuild"
        if self._memo is None or self._memo.path.parent != memo_root:
            self._memo, self._texts = Memo(memo_root / "site.sqlite"), Memo(memo_root / "pages.sqlite")
        self._options, self._indexed = options, None
        articles, skipped = self._collect(options)
        self._inputs = (articles, skipped)
        self._key = site_key(
            articles,
            model=options.model,
            templates=options.templates,
            aliases=options.aliases,
            issues=options.issues,
            options=options.key_options(),
        )
        return self._memo

    def run(self, options: BuildOptions, *, jobs: int = 1) -> GeneratedPages:
        """Collect the articles and make the generated pages: the last build's while the site's
        inputs are unchanged, else extracted (or recalled), corrected, indexed and rendered."""
        started = time.perf_counter()
        memo = self.load(options)
        articles, skipped = self._inputs
        stored = memo.get(self._key)
        recalled = None if stored is None else GeneratedPages.from_json(stored, self.texts)
        if stored is not None and recalled is not None:
            self._built, self.changed, self._storable = recalled, set(), True
            self._digests = stored["pages"]
            articles_n, actors, quotes, issues = self._built.counts
            run = Summary(articles_n, actors, quotes, issues, time.perf_counter() - started, len(articles))
            log.info("%s, pages unchanged%s", run, _skipped_note(skipped))
            return self._built
        # A warning must come back on the next build too, so a site that had one is not kept.
        with _WarningCount(logging.getLogger(CORE_LOG)) as warnings:
            site, renderer = self._index(started)
            self._built = GeneratedPages(site_pages(site, renderer, options.page_size, jobs), self._counts)
        self._storable = not warnings.count
        last: dict[str, str] = next((entry["pages"] for entry in memo.saved()), {})
        self._digests = {uri: text_digest(text) for uri, text in self._built.pages.items()}
        self.changed = {uri for uri, key in self._digests.items() if last.get(uri) != key}
        self._keep()
        return self._built

    def dashboard(self, page_path: str) -> str:
        """The dashboard for the hand-written page at ``page_path`` (kept with the pages)."""
        boards = self.built.dashboards
        if page_path not in boards:
            boards[page_path] = dashboard(*self._index(time.perf_counter()), page_path)
            self._keep()
        return boards[page_path]

    def export(self, options: ExportOptions, jobs: int = 1, *, background: bool = False) -> str:
        """Make (or recall from the cache) the site's feeds and exports (``exports``), in a background
        process when ``background``; the Export page."""
        return self.exports.prepare(
            self.options.cache_dir / "export",
            self._key,
            options,
            lambda: self._index(time.perf_counter()),
            jobs,
            background=background,
        )

    def save(self) -> str | None:
        """Keep the pages for the next build; why they could not be kept, or None."""
        return save_memos([self._memo, self.texts] if self._memo is not None else [])

    def extracted(self, articles: list[Article], on_summary: Callable[[Summary], Any] | None = None) -> list[Briefing]:
        """Briefings for ``articles`` as extracted: unchanged ones from memory, the rest parsed (or read
        from the extraction cache)."""
        options = self.options
        keys = [(a.key, text_digest(a.text)) for a in articles]
        todo = [(a, k) for a, k in zip(articles, keys) if k not in self._parsed]
        if todo:
            fresh = extract_all(
                [a for a, _ in todo],
                model=options.model,
                cache_dir=options.cache_dir,
                progress=None,
                on_summary=on_summary,
            )
            self._parsed.update((k, b) for (_, k), b in zip(todo, fresh))
        self._parsed = {k: self._parsed[k] for k in keys}
        return [self._parsed[k] for k in keys]

    @staticmethod
    def _collect(options: BuildOptions) -> tuple[list[Article], list[SkippedArticle]]:
        articles, errors = collect([options.articles], IngestOptions.from_env(cache_dir=options.cache_dir))
        for err in errors:
            # Nothing to brief is no fault (INFO); a refused input is (WARNING: --strict fails).
            if isinstance(err, SkippedArticle):
                log.info("skipped: %s", err)
            else:
                log.warning("%s", err)
        return articles, [err for err in errors if isinstance(err, SkippedArticle)]

    def _index(self, started: float) -> tuple[Site, Renderer]:
        """Extract (or recall) the briefings, correct and index them; log the summary."""
        if self._indexed is None:
            options = self.options
            articles, skipped = self._inputs
            counted: list[Summary] = []
            briefings = self.extracted(articles, counted.append)
            run = counted[0] if counted else Summary.of(briefings, time.perf_counter() - started, len(briefings))
            log.info("%s%s", run, _skipped_note(skipped))
            self._counts = [run.articles, run.actors, run.quotes, run.issues]
            root = options.articles if options.articles.is_dir() else options.articles.parent
            kept = hide_uncertain(corrected(briefings, options.aliases, options.issues), options.min_confidence)
            site = build_site(kept, root=str(root), rule=options.rule)
            renderer = Renderer(
                options.templates, options.directory_urls, options.source_links, options.uncertain_below
            )
            self._indexed = (site, renderer)
        return self._indexed

    def _keep(self) -> None:
        if self._storable and self._memo is not None and self._built is not None:
            texts = self.texts
            for uri, key in self._digests.items():
                if uri in self.changed:
                    texts.put(key, self._built.pages[uri])
                else:
                    texts.keep(key)
            self._memo.put(self._key, self._built.to_json(self._digests))
