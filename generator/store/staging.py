"""Putting a finished build in place in one step, so a killed build never leaves a half-written site."""
from __future__ import annotations

import os
import shutil
from pathlib import Path


def staging_dir(target: Path) -> Path:
    """Where a build of ``target`` is written until it is complete (a sibling, so renames are atomic)."""
    return target.with_name(target.name + ".partial")


def publish(staged: Path, target: Path) -> None:
    """Replace ``target`` by the complete build in ``staged``; the old one is removed afterwards."""
    previous = target.with_name(target.name + ".previous")
    if previous.exists():
        shutil.rmtree(previous)
    if target.exists():
        os.replace(target, previous)
    os.replace(staged, target)
    shutil.rmtree(previous, ignore_errors=True)
