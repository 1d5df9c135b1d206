"""Every ``BRIEFING_*`` environment variable, and where the cache folder is, resolved in one place.

Paths that a project's files name (articles, templates, the cache) are relative to the folder of
its ``mkdocs.yml`` when built by MkDocs, and to the working directory on the command line. One
cache root holds both the extraction results and the pages fetched from ``.urls`` lists.
"""

from __future__ import annotations

import os
from pathlib import Path

ARTICLES_ENV = "BRIEFING_ARTICLES"
"""The articles folder; ``mkdocs.yml`` reads it with ``!ENV``."""
CACHE_ENV = "BRIEFING_CACHE_DIR"
"""The cache folder, instead of ``.briefing-cache`` beside ``mkdocs.yml`` (or in the working directory)."""
MODEL_ENV = "BRIEFING_MODEL"
"""The spaCy model to load, instead of the first installed default."""
JOBS_ENV = "BRIEFING_JOBS"
"""Worker processes, instead of every core."""
MAX_BYTES_ENV = "BRIEFING_MAX_BYTES"
"""The article size limit in bytes."""
FETCH_ENV = "BRIEFING_FETCH"
"""Download the pages of ``.urls`` lists that are not cached yet."""
FETCH_PRIVATE_ENV = "BRIEFING_FETCH_PRIVATE"
"""Let fetching reach loopback and private addresses."""

DEFAULT_CACHE_DIR = ".briefing-cache"
DEFAULT_MAX_BYTES = 5_000_000


def cache_root(base: str | os.PathLike[str] | None = None, explicit: str | os.PathLike[str] | None = None) -> Path:
    """``explicit``, else ``$BRIEFING_CACHE_DIR``, else ``.briefing-cache`` in ``base`` (default: here)."""
    if explicit:
        return Path(explicit)
    if os.environ.get(CACHE_ENV):
        return Path(os.environ[CACHE_ENV])
    return Path(base or ".") / DEFAULT_CACHE_DIR


def model_request(explicit: str | None = None) -> str | None:
    """The model asked for: ``explicit``, else ``$BRIEFING_MODEL``, else None (the default)."""
    return explicit or os.environ.get(MODEL_ENV) or None


def jobs() -> int:
    """``$BRIEFING_JOBS``, else every core this process may run on."""
    if os.environ.get(JOBS_ENV, "").strip().isdigit():
        return max(1, int(os.environ[JOBS_ENV]))
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:
        return os.cpu_count() or 1


def max_bytes() -> int:
    """``$BRIEFING_MAX_BYTES``, else the default article size limit."""
    size = os.environ.get(MAX_BYTES_ENV, "").strip()
    return int(size) if size.isdigit() else DEFAULT_MAX_BYTES


def flag(name: str) -> bool:
    """Whether the environment variable ``name`` is set to a yes (1, true, yes, on)."""
    return os.environ.get(name, "").strip().lower() in {"1", "true", "yes", "on"}
