"""The pages of a docs tree, made by the core build with the caches the plugin uses."""

from __future__ import annotations

import logging
from collections.abc import Mapping

from .. import settings
from ..build.core import BuildOptions, SiteBuild
from ..corrections.apply import ALIASES_FILE, ISSUES_FILE
from ..export import EXPORT_DIR, ExportOptions
from ..export.page import PAGE as EXPORT_PAGE
from .config import SiteConfig

log = logging.getLogger(__name__)

DASHBOARD_MARKER = "<!-- briefing:dashboard -->"
"""Where a hand-written page gets the dashboard (as in the MkDocs plugin)."""
SEARCH_PAGE = "search.md"
SEARCH_STUB = "# Search\n\nUse the search box at the top of every page: it searches every briefing, actor and issue.\n"
"""The search page of a docs tree: the plugin's page of filters needs its Pagefind index, which
another site tool does not build; its own search box takes the reader's query instead."""


def generated_pages(config: SiteConfig, marked: Mapping[str, str], jobs: int | None = None) -> dict[str, str | bytes]:
    """Every generated page (path relative to docs_dir -> Markdown), each page of ``marked``
    (hand-written pages holding the dashboard marker, path -> text) with its dashboard in place,
    and the Export page with the feeds and export files (bytes).

    Raw-HTML links are written relative to each source file, as Zensical resolves them."""
    options = BuildOptions(
        articles=config.articles,
        templates=config.templates,
        aliases=config.root / ALIASES_FILE,
        issues=config.root / ISSUES_FILE,
        cache_dir=settings.cache_root(config.root).resolve(),
        model=config.model,
        page_size=config.page_size,
        rule=config.rule,
        directory_urls=config.directory_urls,
        source_links=True,
        min_confidence=config.min_confidence,
        uncertain_below=config.uncertain_below,
    )
    core = SiteBuild()
    jobs = jobs or settings.jobs()
    pages: dict[str, str | bytes] = dict(core.run(options, jobs=jobs).pages)
    for path, text in marked.items():
        pages[path] = text.replace(DASHBOARD_MARKER, core.dashboard(path))
    pages[EXPORT_PAGE] = core.export(
        ExportOptions(config.site_name, config.site_url, config.directory_urls, config.feed_size), jobs
    )
    pages.update((f"{EXPORT_DIR}/{name}", data) for name, data in core.exports.contents().items())
    failure = core.save()
    if failure:
        log.warning("%s: the next render starts from scratch", failure)
    return pages
