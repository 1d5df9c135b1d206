"""The ``briefing`` plugin's options in mkdocs.yml, and what it adds to every site."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from mkdocs.config import base
from mkdocs.config import config_options as c
from mkdocs.config.defaults import MkDocsConfig

from .. import settings
from ..build.core import BuildOptions
from ..corrections.apply import ALIASES_FILE, ISSUES_FILE
from ..export import ExportOptions
from ..site.index import PageRule

DASHBOARD_MARKER = "<!-- briefing:dashboard -->"
"""Where a hand-written page (the home page) gets the generated dashboard."""
ASSETS = Path(__file__).resolve().parents[1] / "assets"
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
    """Briefings that must name an actor or issue for it to get a page (see ``site.index.PageRule``)."""
    key_actors = c.Type(int, default=PageRule.key_actors)
    """A briefing's most salient actors that count as its key actors, with the ones it quotes."""
    key_issues = c.Type(int, default=PageRule.key_issues)
    """A briefing's most central issues that count as its key issues."""
    all_below = c.Type(int, default=PageRule.all_below)
    """A site of fewer briefings gives every actor and issue a page."""
    min_confidence = c.Type((int, float), default=0.0)
    """Quotes whose attribution confidence is below this are left out of the site (corrected ones never are)."""
    uncertain_below = c.Type((int, float), default=0.6)
    """Quotes whose attribution confidence is below this are marked "attribution uncertain" on pages."""
    pagefind = c.Type(bool, default=True)
    """Search with Pagefind (indexed after each build, box in the header, a search page); off, only
    Material's own ``search`` plugin searches, when it is on."""
    feed_size = c.Type(int, default=ExportOptions.feed_size)
    """Entries per feed (the site's, and each actor's and issue's): the newest briefings."""


def build_options(options: BriefingConfig, config: MkDocsConfig) -> BuildOptions:
    """The core build's options for this site: paths resolved against the folder of mkdocs.yml."""
    here = Path(config.config_file_path).parent
    return BuildOptions(
        articles=(here / options.articles).resolve(),
        templates=(here / options.templates).resolve(),
        aliases=(here / ALIASES_FILE).resolve(),
        issues=(here / ISSUES_FILE).resolve(),
        cache_dir=settings.cache_root(here).resolve(),
        model=options.model,
        page_size=options.page_size,
        directory_urls=config.use_directory_urls,
        rule=PageRule(options.min_briefings, options.key_actors, options.key_issues, options.all_below),
        min_confidence=float(options.min_confidence),
        uncertain_below=float(options.uncertain_below),
    )


def export_options(options: BriefingConfig, config: MkDocsConfig) -> ExportOptions:
    """The feeds' and exports' options for this site."""
    return ExportOptions(config.site_name, config.site_url or "", config.use_directory_urls, options.feed_size)


def nav_paths(items: Any) -> set[str]:
    """Every page path the ``nav`` setting names."""
    if isinstance(items, str):
        return {items}
    if isinstance(items, dict):
        items = list(items.values())
    return set().union(*map(nav_paths, items)) if isinstance(items, list) else set()
