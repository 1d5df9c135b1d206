"""What the exports need to know about the site they belong to, and where their files go."""

from __future__ import annotations

import posixpath
import uuid
from dataclasses import dataclass

from ..site.render import page_url

EXPORT_DIR = "export"
"""The folder of the site that holds the exports and feeds (``briefing export DIR`` writes its content)."""
FEED_SIZE = 50


@dataclass(frozen=True)
class ExportOptions:
    """How the site is served, and how long a feed may grow."""

    site_name: str = "Briefings"
    site_url: str = ""
    """The published address (mkdocs.yml ``site_url``); links are relative when it is empty."""
    directory_urls: bool = True
    feed_size: int = FEED_SIZE
    """Entries per feed: the newest ones."""

    def link(self, page: str, here: str = "") -> str:
        """URL of the page ``page`` (relative to docs_dir): absolute when ``site_url`` is set; else
        relative to the export file ``here`` (relative to the site root), or to the site root."""
        url = page_url(page, self.directory_urls)
        return self.file_link(url, here)

    def file_link(self, url: str, here: str = "") -> str:
        """``url`` (relative to the site root) from the export file ``here``, as ``link`` does."""
        if self.site_url:
            return self.site_url.rstrip("/") + "/" + url
        if not here:
            return url or "./"
        rel = posixpath.relpath(url or ".", posixpath.dirname(here) or ".")
        return rel + "/" if url.endswith("/") or not url else rel

    def urn(self, *parts: str) -> str:
        """A stable ``urn:uuid:`` naming ``parts`` on this site (Atom and JSON Feed ids)."""
        name = "\x1f".join((self.site_url, *parts))
        return uuid.uuid5(uuid.NAMESPACE_URL, name).urn
