"""``briefing new DIR``: a ready project (config, pages, templates guide, a sample article, workflow).

The project's files ship as package data under ``files/``. A path part named ``dot-NAME`` is
written as ``.NAME`` (hidden files do not travel well through package-data globs), and
``@VERSION@`` in a file becomes the generator's version.
"""

from __future__ import annotations

from collections.abc import Iterator
from importlib.resources import files
from pathlib import Path, PurePosixPath
from typing import TYPE_CHECKING

from .. import __version__

if TYPE_CHECKING:
    from importlib.abc import Traversable

FILES = files(__name__) / "files"
"""The project template, as package data."""
VERSION_MARK = "@VERSION@"


class NotEmpty(Exception):
    """The target folder already holds files and ``force`` was not given."""


def _walk(folder: Traversable, prefix: PurePosixPath) -> Iterator[tuple[PurePosixPath, Traversable]]:
    for entry in sorted(folder.iterdir(), key=lambda e: e.name):
        name = "." + entry.name[len("dot-") :] if entry.name.startswith("dot-") else entry.name
        if entry.name == "__pycache__":
            continue
        if entry.is_dir():
            yield from _walk(entry, prefix / name)
        else:
            yield prefix / name, entry


def project_files() -> dict[str, str]:
    """Every file of a new project: path relative to the project folder -> text."""
    return {
        str(path): entry.read_text(encoding="utf-8").replace(VERSION_MARK, __version__)
        for path, entry in _walk(FILES, PurePosixPath())
    }


def new_project(dest: Path, force: bool = False) -> list[Path]:
    """Write a new project into ``dest``; returns the files written.

    Raises ``NotEmpty`` when ``dest`` holds anything and ``force`` is not set; with ``force``,
    the project's files replace files of the same name and other files stay."""
    if dest.exists() and not dest.is_dir():
        raise NotEmpty(f"{dest}: exists and is not a folder")
    if dest.is_dir() and any(dest.iterdir()) and not force:
        raise NotEmpty(f"{dest}: folder is not empty (use --force to write into it anyway)")
    written = []
    for rel, text in project_files().items():
        target = dest / rel
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(text, encoding="utf-8")
        written.append(target)
    return written
