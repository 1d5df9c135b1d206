"""Results kept across builds in one JSON file, keyed by a digest of everything they depend on.

A build looks results up by key and stores the ones it had to compute; saving keeps only
the entries this build used, so the file never grows beyond one site's worth. The file is
written atomically; an unreadable one counts as empty.
"""
from __future__ import annotations

import functools
import hashlib
import json
from pathlib import Path
from typing import Any

from .atomic import write_atomic

FORMAT = 1
"""Layout version of the file; a file of another version is ignored."""


def digest(*parts: object) -> str:
    """Stable key of ``parts``: strings, numbers, lists and dicts of them (others by ``stable_text``)."""
    text = json.dumps(parts, ensure_ascii=False, sort_keys=True, default=stable_text)
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()


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


class Memo:
    """JSON values by key, loaded from and saved to ``path``."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._saved: dict[str, Any] | None = None
        self._used: dict[str, Any] = {}
        self._added = False

    def _load(self) -> dict[str, Any]:
        if self._saved is None:
            try:
                data = json.loads(self.path.read_text(encoding="utf-8"))
                ok = isinstance(data, dict) and data.get("format") == FORMAT and isinstance(data.get("entries"), dict)
                self._saved = data["entries"] if ok else {}
            except (OSError, ValueError):
                self._saved = {}
        return self._saved

    def get(self, key: str) -> Any:
        """The value stored under ``key``, or None."""
        value = self._used.get(key)
        if value is None:
            value = self._load().get(key)
            if value is not None:
                self._used[key] = value
        return value

    def saved(self) -> dict[str, Any]:
        """The entries the file held when this build started (do not modify)."""
        return self._load()

    def put(self, key: str, value: Any) -> None:
        """Store ``value`` (JSON-serializable, not None) under ``key``."""
        self._used[key] = value
        self._added = True

    def save(self) -> None:
        """Write the entries used since the last save, if they differ from the file; start afresh."""
        saved = self._load()
        if self._added or self._used.keys() != saved.keys():
            # One dumps call runs json's C encoder; dump() to a file would run its Python one.
            text = json.dumps({"format": FORMAT, "entries": self._used}, ensure_ascii=False, separators=(",", ":"))
            write_atomic(self.path, lambda out: out.write(text))
        self._saved, self._used, self._added = self._used, {}, False
