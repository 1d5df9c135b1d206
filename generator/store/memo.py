"""Results kept across builds in one JSON file, keyed by a digest of everything they depend on.

A build looks results up by key and stores the ones it had to compute; saving keeps only
the entries this build used, so the file never grows beyond one site's worth. The file is
written atomically; an unreadable one counts as empty.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from functools import partial
from pathlib import Path
from typing import Any, TextIO

from .atomic import write_atomic

FORMAT = 1
"""Layout version of the file; a file of another version is ignored."""


def _write(text: str, out: TextIO) -> None:
    out.write(text)


class Memo:
    """JSON values by key, loaded from and saved to ``path``, or to ``shards`` files beside it
    (``NAME-0.json``, ``NAME-1.json``, ...) so that a build that changed a few entries rewrites
    a few files. Keys are hex digests (``digest``)."""

    def __init__(self, path: Path, shards: int = 1) -> None:
        self.paths = (
            [path] if shards == 1 else [path.with_name(f"{path.stem}-{i:x}{path.suffix}") for i in range(shards)]
        )
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
                write_atomic(path, partial(_write, text))
        self._saved = [used for used in self._used]
        self._used = [{} for _ in self.paths]
        self._added = [False] * len(self.paths)


def save_memos(memos: Iterable[Memo]) -> str | None:
    """Save every memo; why they could not all be saved (a cache folder that cannot be written), or None."""
    try:
        for memo in memos:
            memo.save()
    except OSError as err:
        return f"cache folder {memo.paths[0].parent.parent} cannot be written ({err.strerror or err})"
    return None
