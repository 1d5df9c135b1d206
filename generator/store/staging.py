"""Putting a finished build in place in one step, so a killed build never leaves a half-written site."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

_REMOVE = "import shutil, sys; shutil.rmtree(sys.argv[1], ignore_errors=True)"


def staging_dir(target: Path) -> Path:
    """Where a build of ``target`` is written until it is complete (a sibling, so renames are atomic)."""
    return target.with_name(target.name + ".partial")


def _remove_later(folder: Path) -> None:
    """Delete ``folder`` in a detached process: tens of thousands of files (a big site with its search
    index) take seconds to delete, and the new site is already in place."""
    try:
        subprocess.Popen(
            [sys.executable, "-c", _REMOVE, str(folder)],
            start_new_session=True,
            stdin=subprocess.DEVNULL,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
    except OSError:
        shutil.rmtree(folder, ignore_errors=True)


def publish(staged: Path, target: Path, background: bool = True) -> None:
    """Replace ``target`` by the complete build in ``staged``; the old one is removed afterwards, in a
    detached process with ``background``."""
    previous = target.with_name(f".{target.name}.previous-{os.getpid()}")
    if previous.exists():
        shutil.rmtree(previous)
    if target.exists():
        os.replace(target, previous)
    os.replace(staged, target)
    if not previous.exists():
        return
    if background:
        _remove_later(previous)
    else:
        shutil.rmtree(previous, ignore_errors=True)
