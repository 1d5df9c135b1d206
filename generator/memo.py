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
    return [(p.relative_to(root).as_posix(), file_digest(p)) for p in sorted(root.rglob("*")) if p.is_file()]


class Memo:
    """JSON values by key, loaded from and saved to ``path``, or to ``shards`` files beside it
    (``NAME-0.json``, ``NAME-1.json``, ...) so that a build that changed a few entries rewrites
    a few files. Keys are hex digests (``digest``)."""

    def __init__(self, path: Path, shards: int = 1) -> None:
        self.paths = [path] if shards == 1 else [path.with_name(f"{path.stem}-{i:x}{path.suffix}")
                                                   for i in range(shards)]
        self._saved: list[dict[str, Any] | None] = [None] * shards
        self._used: list[dict[str, Any]] = [{} for _ in range(shards)]
        self._added = [False] * shards

    def _shard(self, key: str) -> int:
        return int(key[:8], 16) % len(self.paths) if len(self.paths) > 1 else 0

    def _load(self, shard: int) -> dict[str, Any]:
        saved = self._saved[shard]
        if saved is None:
            try:
                data = json.loads(self.paths[shard].read_text(encoding="utf-8"))
                ok = isinstance(data, dict) and data.get("format") == FORMAT and isinstance(data.get("entries"), dict)
                saved = data["entries"] if ok else {}
            except (OSError, ValueError):
                saved = {}
            self._saved[shard] = saved
        return saved

    def get(self, key: str) -> Any:
        """The value stored under ``key``, or None."""
        shard = self._shard(key)
        value = self._used[shard].get(key)
        if value is None:
            value = self._load(shard).get(key)
            if value is not None:
                self._used[shard][key] = value
        return value

    def saved(self) -> list[Any]:
        """The values the files held when this build started (do not modify them)."""
        return [value for shard in range(len(self.paths)) for value in self._load(shard).values()]

    def put(self, key: str, value: Any) -> None:
        """Store ``value`` (JSON-serializable, not None) under ``key``."""
        shard = self._shard(key)
        self._used[shard][key] = value
        self._added[shard] = True

    def save(self) -> None:
        """Write the entries used since the last save where they differ from the files; start afresh."""
        for shard, path in enumerate(self.paths):
            used = self._used[shard]
            if self._added[shard] or used.keys() != self._load(shard).keys():
                # One dumps call runs json's C encoder; dump() to a file would run its Python one.
                text = json.dumps({"format": FORMAT, "entries": used}, ensure_ascii=False, separators=(",", ":"))
                write_atomic(path, lambda out: out.write(text))
        self._saved = self._used
        self._used = [{} for _ in self.paths]
        self._added = [False] * len(self.paths)
