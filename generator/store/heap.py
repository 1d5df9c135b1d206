"""Keeping Python's cyclic garbage collector off the big, long-lived object graphs a build makes.

Indexing a site allocates hundreds of thousands of objects that all stay alive until the
build ends; each full collection they trigger walks the whole heap again, and on a large
corpus that took more time than the work itself.
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def gc_paused() -> Iterator[None]:
    """Cyclic garbage collection off meanwhile (then back as it was)."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()
