"""Stable sha256 digests: every key a cache or memo uses is built here.

A digest is the same in every process and on every run for the same value, so results
keyed by it can be reused across builds.
"""

from __future__ import annotations

import functools
import hashlib
import json
from collections.abc import Iterable
from pathlib import Path
from typing import Any


def text_digest(text: str) -> str:
    """sha256 of ``text`` (lone surrogates kept, as decoded input may hold them)."""
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()


def digest(*parts: object) -> str:
    """Stable key of ``parts``: strings, numbers, lists and dicts of them (others by ``stable_text``)."""
    return text_digest(json.dumps(parts, ensure_ascii=False, sort_keys=True, default=stable_text))


def stable_text(value: object) -> Any:
    """A JSON value for ``value`` that is the same in every process: sets sorted, functions and
    classes by qualified name (partial ones with their arguments), other objects by type name
    and ``repr`` without memory addresses."""
    if isinstance(value, (set, frozenset)):
        return sorted(map(repr, value))
    if isinstance(value, functools.partial):
        return [stable_text(value.func), list(value.args), value.keywords]
    if callable(value) and hasattr(value, "__qualname__"):
        return f"{getattr(value, '__module__', '?')}.{value.__qualname__}"
    text = repr(value)
    return type(value).__qualname__ if " at 0x" in text else f"{type(value).__qualname__}:{text}"


def file_digest(path: Path) -> str | None:
    """sha256 of the file at ``path``, or None when it cannot be read (or is absent)."""
    try:
        return hashlib.sha256(path.read_bytes()).hexdigest()
    except OSError:
        return None


def folder_digest(folder: str | Path | None) -> list[tuple[str, str | None]]:
    """``file_digest`` of every file below ``folder`` (none when it is not a folder), by relative path."""
    if not folder or not Path(folder).is_dir():
        return []
    root = Path(folder)
    return [(p.relative_to(root).as_posix(), file_digest(p)) for p in source_files(root)]


def source_files(folder: Path) -> list[Path]:
    """Every file below ``folder`` in path order, compiled-bytecode folders left out."""
    return sorted(p for p in folder.rglob("*") if p.is_file() and "__pycache__" not in p.parts)


def files_digest(files: Iterable[Path], root: Path) -> str:
    """One sha256 of the names (relative to ``root``) and contents of ``files``."""
    hashed = hashlib.sha256()
    for path in files:
        hashed.update(path.relative_to(root).as_posix().encode() + b"\0" + path.read_bytes() + b"\0")
    return hashed.hexdigest()
