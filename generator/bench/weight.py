"""Sizes of a built site: what a reader's first visit to a page loads, and what the site holds."""

from __future__ import annotations

import gzip
import re
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urljoin, urlsplit

_ASSET = re.compile(r'<(?:link[^>]*rel="stylesheet"[^>]*href|script[^>]*src)="([^"]+)"')


@dataclass(frozen=True)
class Load:
    """Bytes of a page and of the style sheets and scripts it loads, raw and gzipped."""

    html: int
    css: int
    js: int
    gzipped: int

    @property
    def total(self) -> int:
        """HTML, CSS and JS together, as stored."""
        return self.html + self.css + self.js

    def __str__(self) -> str:
        return (
            f"{self.total / 1024:.0f} KiB (HTML {self.html / 1024:.0f}, CSS {self.css / 1024:.0f}, "
            f"JS {self.js / 1024:.0f}; {self.gzipped / 1024:.0f} KiB gzipped)"
        )


def first_load(site: Path, page: Path) -> Load:
    """What opening ``page`` (a file of the built ``site``) fetches before any interaction."""
    text = page.read_bytes()
    sizes = {"html": len(text), "css": 0, "js": 0}
    zipped = len(gzip.compress(text))
    url = "/" + page.relative_to(site).as_posix()
    for ref in dict.fromkeys(_ASSET.findall(text.decode("utf-8", "replace"))):
        path = urlsplit(urljoin(url, ref)).path
        asset = site / path.lstrip("/")
        if urlsplit(ref).netloc or not asset.is_file():
            continue
        data = asset.read_bytes()
        sizes["css" if path.endswith(".css") else "js"] += len(data)
        zipped += len(gzip.compress(data))
    return Load(sizes["html"], sizes["css"], sizes["js"], zipped)


def folder_bytes(folder: Path) -> int:
    """Bytes of every file below ``folder`` (0 when it is absent)."""
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file()) if folder.is_dir() else 0


def largest_page(site: Path) -> tuple[int, str]:
    """The biggest HTML file of ``site``: its bytes and its path."""
    return max(((p.stat().st_size, p.relative_to(site).as_posix()) for p in site.rglob("*.html")), default=(0, ""))
