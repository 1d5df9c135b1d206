"""Bringing a folder in line with a tree of files, touching only what changed.

A file whose bytes are already right is left alone (its modification time too), a changed
one is replaced in one step (temp file, then rename), and a file the tree no longer has is
removed, with the folders it leaves empty. A watcher on the folder sees real changes only.
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path


@dataclass
class Sync:
    """What one ``sync`` did, as paths relative to its folder."""

    written: list[str] = field(default_factory=list)
    removed: list[str] = field(default_factory=list)
    unchanged: int = 0

    def __str__(self) -> str:
        return f"{len(self.written)} written, {len(self.removed)} removed, {self.unchanged} unchanged"


def _umask() -> int:
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


def _write(path: Path, data: bytes) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name[:8]}.", suffix=".tmp", dir=path.parent)
    try:
        os.fchmod(fd, 0o666 & ~_umask())  # as a plain open() would make it, not mkstemp's 0600
        with os.fdopen(fd, "wb") as out:
            out.write(data)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def _same(path: Path, data: bytes) -> bool:
    try:
        return path.stat().st_size == len(data) and path.read_bytes() == data
    except OSError:
        return False


def put(path: Path, data: bytes) -> bool:
    """Give the file ``path`` the content ``data`` unless it has it; True when it was written."""
    if _same(path, data):
        return False
    _write(path, data)
    return True


def sync(folder: Path, tree: Mapping[str, bytes]) -> Sync:
    """Make ``folder`` hold exactly ``tree`` (path relative to ``folder`` -> content)."""
    done = Sync()
    for rel, data in sorted(tree.items()):
        target = folder / rel
        if put(target, data):
            done.written.append(rel)
        else:
            done.unchanged += 1
    if folder.is_dir():
        for path in sorted(folder.rglob("*"), reverse=True):  # files before the folders holding them
            rel = path.relative_to(folder).as_posix()
            if path.is_dir() and not path.is_symlink():
                if not any(path.iterdir()):
                    path.rmdir()
            elif rel not in tree:
                path.unlink()
                done.removed.append(rel)
    done.removed.sort()
    return done
