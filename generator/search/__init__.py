"""The site's search: a Pagefind index of the built HTML, each quote findable at its anchor, and
the theme override that puts the search box in Material's header.

- the theme override, the search page and the MkDocs side live in ``generator.mkdocs.search``;
- ``index``: the index of a build, page by page, kept for rebuilds whose pages are unchanged;
- ``service``: the Pagefind process (the binary of the ``pagefind-bin`` wheel) behind it.
"""

from __future__ import annotations
