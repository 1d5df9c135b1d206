"""The export files of one site, made once and put into every build of it.

A site whose inputs and export options are unchanged (the same key) has the same files: they
are kept in a folder of the cache with a manifest, and a rebuild links (or copies) them into
the new site instead of making them again. Pages get ``<link rel="alternate">`` tags to
their feeds in ``<head>``.
"""

from __future__ import annotations

import html
import json
import logging
import os
import posixpath
import shutil
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from . import Exported

log = logging.getLogger(f"mkdocs.plugins.{__name__}")
MANIFEST = "manifest.json"
FEED_TYPES = (("xml", "application/atom+xml"), ("json", "application/feed+json"))


@dataclass
class ExportSet:
    """The files of one export, in memory (``data``) or in a folder of the cache, and its feeds."""

    sizes: dict[str, int]
    feeds: dict[str, tuple[str, str]]
    folder: Path | None = None
    data: dict[str, bytes] = field(default_factory=dict)
    page: str = ""
    """The Markdown of the Export page."""

    @classmethod
    def of(cls, made: Exported) -> ExportSet:
        """The export set of the files ``made``, in memory."""
        return cls({name: len(data) for name, data in made.files.items()}, made.feeds, None, made.files)

    def contents(self) -> dict[str, bytes]:
        """Every file's bytes, by its path under export/."""
        if self.folder is None:
            return dict(self.data)
        return {name: (self.folder / name).read_bytes() for name in self.sizes}

    def write(self, dest: Path) -> None:
        """Put every file into ``dest`` (a site's export/ folder): hard links to the cache when it
        can, else copies."""
        for name in self.sizes:
            target = dest / name
            target.parent.mkdir(parents=True, exist_ok=True)
            if target.exists() or target.is_symlink():
                target.unlink()
            if self.folder is None:
                target.write_bytes(self.data[name])
                continue
            try:
                os.link(self.folder / name, target)
            except OSError:
                shutil.copyfile(self.folder / name, target)


def head_links(feeds: dict[str, tuple[str, str]], page: str, url: str, prefix: str) -> str:
    """The ``<link rel="alternate feed">`` tags of ``feeds`` (``ExportSet.feeds``) for the page ``page``
    (relative to docs_dir) served at ``url`` (relative to the site root); feeds are under ``prefix``
    (the site's export/ folder).

    Feed readers find them by the ``alternate`` token and the feed type. The extra ``feed`` token keeps
    them from Material's language switcher, which fetches ``sitemap.xml`` beside every link whose
    ``rel`` is exactly ``alternate``."""
    base = url if url.endswith("/") or not url else posixpath.dirname(url)
    tags = []
    for key in dict.fromkeys(("*", page)):
        if key not in feeds:
            continue
        name, title = feeds[key]
        for ext, mime in FEED_TYPES:
            href = posixpath.relpath(f"{prefix}/{name}.{ext}", base.rstrip("/") or ".")
            tags.append(
                f'<link rel="alternate feed" type="{mime}" title="{html.escape(title)}" href="{html.escape(href)}">'
            )
    return "".join(tags)


def with_head_links(output: str, links: str) -> str:
    """``output`` (a page's HTML) with ``links`` before ``</head>``, unless it has them already (a page
    reused from an earlier build does)."""
    if not links or links in output:
        return output
    at = output.find("</head>")
    return output if at < 0 else output[:at] + links + output[at:]


class ExportStore:
    """Export sets by key under ``root`` (one kept: the last one made)."""

    def __init__(self, root: Path) -> None:
        self.root = root

    def get(self, key: str) -> ExportSet | None:
        """The export set stored under ``key``, if any."""
        folder = self.root / key[:32]
        try:
            manifest = json.loads((folder / MANIFEST).read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return None
        if manifest.get("key") != key:
            return None
        feeds = {page: (name, title) for page, (name, title) in manifest["feeds"].items()}
        return ExportSet(manifest["sizes"], feeds, folder, page=manifest["page"])

    def make(self, key: str, build: Callable[[], Exported], page: Callable[[ExportSet], str]) -> ExportSet:
        """The export set of ``key``: the stored one, else ``build()`` stored with its ``page`` (kept in
        memory when the cache cannot be written)."""
        found = self.get(key)
        if found is not None:
            return found
        made = build()
        made_set = ExportSet.of(made)
        made_set.page = page(made_set)
        try:
            return self._put(key, made_set)
        except OSError as err:
            log.warning(
                "cache folder %s cannot be written (%s): exports are made again next build",
                self.root,
                err.strerror or err,
            )
            return made_set

    def _put(self, key: str, made: ExportSet) -> ExportSet:
        folder, partial = self.root / key[:32], self.root / (key[:32] + ".partial")
        shutil.rmtree(partial, ignore_errors=True)
        partial.mkdir(parents=True)
        made.write(partial)
        manifest = {"key": key, "sizes": made.sizes, "feeds": made.feeds, "page": made.page}
        (partial / MANIFEST).write_text(json.dumps(manifest, ensure_ascii=False), encoding="utf-8")
        for old in self.root.iterdir():
            if old != partial:
                shutil.rmtree(old, ignore_errors=True)
        os.replace(partial, folder)
        return ExportSet(made.sizes, made.feeds, folder, page=made.page)
