"""The generated pages of a site, made by the core (no MkDocs), with the plugin's caches."""
from __future__ import annotations

import logging
import os
import posixpath
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import Any

from jinja2 import pass_context
from markupsafe import Markup

from ..cache import CACHE_ENV, DEFAULT_DIR
from ..corrections import ALIASES_FILE, corrected
from ..ingest import IngestError, SkippedArticle, collect
from ..pages import dashboard, site_pages
from ..pipeline import default_jobs, extract_all
from ..progress import Summary
from ..render import Renderer, escape_html, page_url
from ..site import build_site
from .config import SiteConfig

log = logging.getLogger(f"mkdocs.plugins.{__name__}")

DASHBOARD_MARKER = "<!-- briefing:dashboard -->"
"""Where a hand-written page gets the dashboard (as in the MkDocs plugin)."""


@pass_context
def source_href(context: Any, target: str) -> Markup:
    """``href`` for a docs tree: the target page's URL relative to the *folder of the source file*.

    Zensical resolves relative links in raw HTML against the Markdown file, as it does Markdown
    links, and rebases them onto the page's URL; MkDocs leaves raw HTML alone, so the plugin's
    ``href`` gives URLs relative to the page's own URL instead."""
    there = page_url(target, context["directory_urls"])
    here = posixpath.dirname(context["page_path"]) or "."
    link = posixpath.relpath(there or ".", here)
    return escape_html(link + "/" if there.endswith("/") or not there else link)


def generated_pages(config: SiteConfig, marked: Mapping[str, str],
                    report: Callable[[IngestError], None], jobs: int | None = None) -> dict[str, str]:
    """Every generated page (path relative to docs_dir -> Markdown), and each page of ``marked``
    (hand-written pages holding the dashboard marker, path -> text) with its dashboard in place.

    Collect, extract (through the extraction cache the plugin uses), correct, index, render.
    ``report`` receives each refused or skipped input. This is the one place the docs tree
    asks the core for pages: a core site build can replace its body."""
    root = config.articles
    articles, errors = collect([root])
    for err in errors:
        report(err)
    cache = Path(os.environ.get(CACHE_ENV) or config.root / DEFAULT_DIR)
    skipped = sum(isinstance(err, SkippedArticle) for err in errors)

    def summary(run: Summary) -> None:
        log.info("%s%s", run, f"; {skipped} skipped (no body text)" if skipped else "")

    briefings = extract_all(articles, config.model, jobs=jobs, cache_dir=cache, progress=None,
                            on_summary=summary)
    site = build_site(corrected(briefings, config.root / ALIASES_FILE),
                      root=str(root if root.is_dir() else root.parent), rule=config.rule)
    renderer = Renderer(config.templates, config.directory_urls)
    renderer.env.filters["href"] = source_href
    pages = site_pages(site, renderer, config.page_size, jobs or default_jobs())
    for path, text in marked.items():
        pages[path] = text.replace(DASHBOARD_MARKER, dashboard(site, renderer, path))
    return pages
