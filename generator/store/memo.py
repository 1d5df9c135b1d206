"""Results kept across builds in one SQLite file, keyed by a digest of everything they depend on.

A build looks results up by key and stores the ones it had to compute; saving keeps only
the entries this build used, so the file never grows beyond one site's worth. Entries live
on disk, not in memory: a build of tens of thousands of pages holds one page's entry at a
time. Stored entries become visible to the next build only when ``save`` commits them, so a
killed build leaves the last build's memo as it was (or adds entries to it, once ``commit``
has run: the entries of a key never differ); an unreadable file counts as empty.
"""

from __future__ import annotations

import json
import os
import sqlite3
from collections.abc import Iterable
from pathlib import Path
from typing import Any

_SCHEMA = "CREATE TABLE IF NOT EXISTS entries (key TEXT PRIMARY KEY, value BLOB NOT NULL, build INTEGER NOT NULL)"
FORMAT = 2
"""Layout version of the file (SQLite's ``user_version``); a file of another version is emptied."""


def _encode(value: Any) -> bytes:
    # Lone surrogates (kept from decoded input) survive the round trip.
    return json.dumps(value, ensure_ascii=False, separators=(",", ":")).encode("utf-8", "surrogatepass")


def _decode(blob: bytes) -> Any:
    return json.loads(blob.decode("utf-8", "surrogatepass"))


class Memo:
    """JSON values by key in the SQLite file ``path``. Keys are hex digests (``digest``).

    A process forked from the one that made the memo reads it through its own connection, sees
    what the last ``save`` committed and stores nothing: its results go back to its parent."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._db: sqlite3.Connection | None = None
        self._pid = 0
        self._owner = os.getpid()
        self._build = 0
        self._used: set[str] = set()
        self.failure: str | None = None
        """Why the file could not be opened (the memo then lives in memory for this process), or None."""

    def _connect(self) -> sqlite3.Connection:
        if self._db is not None and self._pid == os.getpid():
            return self._db
        self._pid = os.getpid()
        if self._pid != self._owner:
            self._db = self._reader()
            return self._db
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            self._db = self._open(str(self.path))
            self.failure = None
        except (OSError, sqlite3.Error) as err:
            self.failure = str(getattr(err, "strerror", None) or err)
            self._db = self._open(":memory:")
        return self._db

    def _reader(self) -> sqlite3.Connection:
        """A forked process's view: the file as its owner last committed it, or an empty memo when
        the owner has not laid the file out yet. Only the owner creates or changes the layout."""
        try:
            uri = f"{self.path.absolute().as_uri()}?mode=rw"  # never creates the file
            db = sqlite3.connect(uri, uri=True, timeout=60, check_same_thread=False)
            if db.execute("PRAGMA user_version").fetchone()[0] == FORMAT:
                return db
            db.close()
        except sqlite3.Error:
            pass
        return self._open(":memory:")

    def _open(self, where: str) -> sqlite3.Connection:
        # Write-ahead logging: forked readers and the writing build never wait for each other.
        # ``serve`` rebuilds on another thread than its first build, never two at once.
        db = sqlite3.connect(where, timeout=60, check_same_thread=False)
        try:
            db.execute("PRAGMA journal_mode = WAL")
            if db.execute("PRAGMA user_version").fetchone()[0] != FORMAT:
                # Another build on the same cache may be laying it out too: one at a time, and
                # whoever comes second finds the layout done.
                db.execute("BEGIN IMMEDIATE")
                if db.execute("PRAGMA user_version").fetchone()[0] != FORMAT:
                    db.execute("DROP TABLE IF EXISTS entries")
                    db.execute(_SCHEMA)
                    db.execute(f"PRAGMA user_version = {FORMAT}")
                db.commit()
            self._build = 1 + (db.execute("SELECT MAX(build) FROM entries").fetchone()[0] or 0)
        except sqlite3.DatabaseError:
            db.close()
            if where == ":memory:":
                raise
            for stale in (where, f"{where}-wal", f"{where}-shm"):  # not a database, or a damaged one
                Path(stale).unlink(missing_ok=True)
            return self._open(where)
        return db

    def get(self, key: str) -> Any:
        """The value stored under ``key``, or None."""
        row = self._connect().execute("SELECT value FROM entries WHERE key = ?", (key,)).fetchone()
        if row is None:
            return None
        self._used.add(key)
        return _decode(row[0])

    def saved(self) -> list[Any]:
        """The values stored before this build started."""
        rows = self._connect().execute("SELECT value FROM entries WHERE build < ? ORDER BY key", (self._build,))
        return [_decode(blob) for (blob,) in rows]

    def put(self, key: str, value: Any) -> None:
        """Store ``value`` (JSON-serializable, not None) under ``key``."""
        if os.getpid() != self._owner:
            return
        self._connect().execute(
            "INSERT OR REPLACE INTO entries (key, value, build) VALUES (?, ?, ?)", (key, _encode(value), self._build)
        )
        self._used.add(key)

    def commit(self) -> None:
        """Let processes forked from now on read what this build stored so far."""
        self._connect().commit()

    def keep(self, key: str) -> None:
        """Keep the entry stored under ``key`` by an earlier build for the next one, unread."""
        self._used.add(key)

    def save(self) -> None:
        """Drop the entries this build did not use and commit; start the next build.

        Raises ``OSError`` when the file could not be opened or written."""
        if self._db is None and not self._used and not self.path.exists():
            return  # never used, nothing to keep: no file
        db = self._connect()
        try:
            db.execute("CREATE TEMP TABLE IF NOT EXISTS used (key TEXT PRIMARY KEY)")
            db.execute("DELETE FROM used")
            db.executemany("INSERT INTO used VALUES (?)", ((key,) for key in self._used))
            db.execute("DELETE FROM entries WHERE key NOT IN (SELECT key FROM used)")
            db.commit()
        except sqlite3.Error as err:
            db.rollback()
            raise OSError(f"{self.path}: {err}") from err
        finally:
            db.close()  # the last connection out folds the log into the file
            self._db = None
        self._used = set()
        if self.failure is not None:
            raise OSError(f"{self.path}: {self.failure}")
        # This memo as earlier versions kept it: JSON, whole or in shards.
        folder, stem = self.path.parent, self.path.stem
        for old in (*folder.glob(f"{stem}.json"), *folder.glob(f"{stem}-*.json")):
            old.unlink(missing_ok=True)


def save_memos(memos: Iterable[Memo]) -> str | None:
    """Save every memo; why they could not all be saved (a cache folder that cannot be written), or None."""
    try:
        for memo in memos:
            memo.save()
    except OSError as err:
        return f"cache folder {memo.path.parent.parent} cannot be written ({err.strerror or err})"
    return None
