"""Page slugs: short, ASCII, unique and stable, and never a path outside the site."""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterable

from slugify import slugify

MAX_LENGTH = 60
_RESERVED = re.compile(r"index(-\d+)?")
"""Names of the paginated index pages that sit next to the item pages."""


def slug(text: str, fallback: str = "item") -> str:
    """A lowercase ASCII slug of ``text`` (no dots or slashes), or ``fallback`` if empty;
    never the name of an index page."""
    out = slugify(text or "", max_length=MAX_LENGTH, word_boundary=True) or fallback
    return f"{out}-page" if _RESERVED.fullmatch(out) else out


def unique_slugs(items: Iterable[tuple[str, str]], fallback: str = "item") -> dict[str, str]:
    """Map each ``(key, text)`` to a distinct slug of ``text``.

    Items are taken in key order; the first of a clash keeps the plain slug and the
    others get a suffix derived from their key, so a slug does not depend on the
    order items were found in, and rarely moves when others are added.
    """
    out: dict[str, str] = {}
    taken: set[str] = set()
    for key, text in sorted(items):
        base = slug(text, fallback)
        candidate = base
        salt = 0
        while candidate in taken:
            digest = hashlib.sha1(f"{key}\0{salt}".encode()).hexdigest()[:8]
            candidate = f"{base}-{digest}"
            salt += 1
        taken.add(candidate)
        out[key] = candidate
    return out
