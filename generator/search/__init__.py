"""The site's search: a Pagefind index of the built HTML, quotes as records of their own, and
the theme override that puts the search box in Material's header.

- ``theme``: the override folder, the search page and the plugin-side setup;
- ``records``: quote records read from the built briefing pages;
- ``index``: running Pagefind (the binary of the ``pagefind-bin`` wheel) over a built site.
"""
from __future__ import annotations

from .index import IndexStats, index_site
from .theme import SEARCH_PAGE, THEME_DIR, build_search, install_theme, search_page

__all__ = ["SEARCH_PAGE", "THEME_DIR", "IndexStats", "build_search", "index_site", "install_theme",
           "search_page"]
