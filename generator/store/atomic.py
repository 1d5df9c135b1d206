"""Writing a file in one step: readers see the old content, the new one, or none, never a part."""

from __future__ import annotations

import os
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import IO


def write_atomic(path: Path, write: Callable[[IO[str]], object]) -> None:
    """Create ``path`` (and its folder) with what ``write`` puts into the open text file it gets.

    The text goes to a temp file beside ``path`` that replaces it once complete; a killed
    process leaves at most a stray ``.tmp`` file, never a half-written ``path``."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name[:8]}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as out:
            write(out)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
