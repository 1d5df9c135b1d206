"""The MkDocs side of search: the theme override, the search page and the index of each build.

The index itself is the core's (``generator.search``). The override (``theme/``) goes into the
theme's template folders right after a user's ``custom_dir`` (or first, without one), so a user's
own templates still win and Material's stay underneath. Its ``main.html`` extends Material's: the
Pagefind box in the header, the indexed part of each page, and mermaid only on pages that draw a
diagram. Its static files (script, style sheet) are copied into the site as theme files.
"""

from __future__ import annotations

import logging
from pathlib import Path

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.structure.files import File, InclusionLevel

from ..search.index import SearchIndexError, SiteIndex

log = logging.getLogger(f"mkdocs.plugins.{__name__}")

THEME_DIR = Path(__file__).resolve().parent / "theme"
"""Template folder of the override."""
SEARCH_PAGE = "search.md"
"""The search page with facets, relative to docs_dir (served at ``search/``)."""
_SEARCH_SOURCE = Path(__file__).resolve().parent / "search.md"


def install_theme(config: MkDocsConfig) -> bool:
    """Put the override into the Material theme of ``config``; False when it cannot apply (another
    theme, or a ``custom_dir`` with its own ``main.html``), and the theme is left as it was."""
    theme = config.theme
    custom = Path(theme.custom_dir) if theme.custom_dir else None
    if theme.name != "material" or (custom is not None and (custom / "main.html").is_file()):
        return False
    if str(THEME_DIR) not in theme.dirs:
        theme.dirs.insert(1 if custom is not None else 0, str(THEME_DIR))
    return True


def search_page(config: MkDocsConfig) -> File:
    """The generated search page (outside the nav; the header box links to it)."""
    return File.generated(config, SEARCH_PAGE, abs_src_path=str(_SEARCH_SOURCE), inclusion=InclusionLevel.NOT_IN_NAV)


def finish_search(index: SiteIndex, site_dir: str) -> None:
    """Write the index of the pages just built into ``site_dir`` (before it is put in place); log it."""
    try:
        stats = index.finish(Path(site_dir))
    except SearchIndexError as err:
        raise PluginError(str(err)) from err
    how = "index of the last build reused" if stats.reused else "indexed"
    log.info(
        "search: %d pages and %d quotes, %s in %.1f s (%.1f MiB)",
        stats.pages,
        stats.quotes,
        how,
        stats.seconds,
        stats.bytes / 2**20,
    )


class SearchStep:
    """The search index of one build after another: started before the pages are written, fed each
    page as it is written, finished into the site folder before it is put in place."""

    def __init__(self) -> None:
        self.index: SiteIndex | None = None

    def start(self, cache_dir: Path | None) -> None:
        """Start indexing into ``cache_dir`` (a folder of the cache), or not at all for None."""
        self.index = SiteIndex(cache_dir) if cache_dir is not None else None

    def page(self, url: str, output: str) -> None:
        """Index the finished HTML of the page served at ``url`` (relative to the site)."""
        if self.index is not None:
            self.index.add("/" + url, output)

    def finish(self, site_dir: str) -> None:
        """Write the index into ``site_dir``."""
        if self.index is not None:
            finish_search(self.index, site_dir)
            self.index = None

    def abort(self) -> None:
        """Stop the indexer of a failed build."""
        if self.index is not None:
            self.index.close()
            self.index = None
