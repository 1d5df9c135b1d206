"""The site's search: a Pagefind index of the built HTML, quotes as records of their own, and
the theme override that puts the search box in Material's header.

- ``theme``: the override folder, the search page and the plugin-side setup;
- ``records``: quote records read from the built briefing pages;
- ``index``: the index of a build, page by page, kept for rebuilds whose pages are unchanged;
- ``service``: the Pagefind process (the binary of the ``pagefind-bin`` wheel) behind it.
"""
from __future__ import annotations

from .index import IndexStats, SiteIndex, index_site
from .theme import SEARCH_PAGE, THEME_DIR, finish_search, install_theme, search_page

__all__ = ["SEARCH_PAGE", "THEME_DIR", "IndexStats", "SiteIndex", "finish_search", "index_site", "install_theme",
           "search_page"]
