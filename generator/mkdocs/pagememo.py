"""Reusing the costly per-page work of a MkDocs build across builds.

Two steps dominate a rebuild of a big site and give the same result for the same input:
Python-Markdown's conversion of a page, and the search plugin's parse of the page HTML into
index entries. Both are kept in a ``Memo`` keyed by everything they read, so an unchanged
page costs a lookup. A conversion is reused only when every link target it resolved still
resolves to the same URL, and one that warned about a link is never kept, so ``--strict``
and link rewriting behave as on a first build.
"""

from __future__ import annotations

import logging
from functools import cache
from importlib import metadata
from typing import Any, cast

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.structure.files import File, Files
from mkdocs.structure.pages import Page
from mkdocs.structure.toc import AnchorLink, get_toc

from ..store.digest import digest
from ..store.forked import forked_map
from ..store.memo import Memo
from .rawhtml import stashing

_PAGES_LOG = logging.getLogger("mkdocs.structure.pages")
"""MkDocs keeps links to anchors only when this logger is above DEBUG; so does a reused page."""


@cache
def versions(*packages: str) -> tuple[str, ...]:
    """``name==version`` of each installed package (``name: absent`` otherwise)."""
    out = []
    for name in packages:
        try:
            out.append(f"{name}=={metadata.version(name)}")
        except metadata.PackageNotFoundError:
            out.append(f"{name}: absent")
    return tuple(out)


FILE_READERS = frozenset({"pymdownx.snippets", "pymdownx.b64", "markdown_include.include", "mdx_include"})
"""Markdown extensions that read other files while converting: with one, no conversion is reused."""


def conversion_context(config: MkDocsConfig) -> str | None:
    """Digest of what a page conversion reads besides the page: extensions, their options, versions;
    None when an extension reads other files too."""
    if FILE_READERS.intersection(map(str, config.markdown_extensions)):
        return None
    return digest(
        config.markdown_extensions,
        config.mdx_configs,
        config.use_directory_urls,
        versions("mkdocs", "markdown", "pymdown-extensions"),
    )


class _RecordingFiles:
    """``files`` that remembers each lookup MkDocs makes while rewriting a page's links."""

    def __init__(self, files: Files) -> None:
        self._files = files
        self.lookups: list[tuple[str, str | None]] = []

    def get_file_from_path(self, path: str) -> File | None:
        found = self._files.get_file_from_path(path)
        self.lookups.append((path, found.url if found is not None else None))
        return found

    def __getattr__(self, name: str) -> Any:
        return getattr(self._files, name)


def toc_tokens(items: list[AnchorLink]) -> list[dict[str, Any]]:
    """A table of contents in the form ``mkdocs.structure.toc.get_toc`` reads."""
    return [{"level": a.level, "id": a.id, "name": a.title, "children": toc_tokens(a.children)} for a in items]


class MemoPage(Page):
    """A page whose conversion is looked up in ``memo`` before Python-Markdown runs.

    Its HTML, once stored, is read from the memo whenever it is asked for rather than held: MkDocs
    keeps every page of a build alive from the first conversion to the last page written."""

    _html: str | None = None
    _stored: str | None = None
    """Key of the memo entry whose HTML is this page's content, while it is."""
    _stored_size = -1

    @property
    def content(self) -> str | None:
        """The page's HTML."""
        return self._html if self._stored is None else self._stored_html()

    @content.setter
    def content(self, value: str | None) -> None:
        # Handed back unchanged (``on_page_content``): still read from the memo.
        if value is not None and len(value) == self._stored_size and value == self._stored_html():
            return
        self._html, self._stored, self._stored_size = value, None, -1

    def _stored_html(self) -> str:
        entry = self.memo.get(self._stored) if self._stored is not None else None
        if entry is None:
            raise RuntimeError(f"{self.file.src_uri}: its conversion left the memo")
        html: str = entry["html"]
        return html

    def _lend(self, key: str, html: str) -> None:
        """Read the content from now on from the memo entry ``key``, whose HTML is ``html`` (unless
        the memo lives in memory, where the processes forked to render pages could not read it)."""
        if self.memo.failure is None:
            self._html, self._stored, self._stored_size = None, key, len(html)

    def __init__(self, file: File, config: MkDocsConfig, memo: Memo, context: str | None) -> None:
        super().__init__(None, file, config)
        self.memo = memo
        """Where conversions are looked up and stored."""
        self._context = context

    def memo_key(self) -> str:
        """Key of this page's conversion: the Markdown, where the page lives, the converter setup."""
        return digest(self._context, self.file.src_uri, self.markdown)

    def render(self, config: MkDocsConfig, files: Files) -> None:
        """Reuse the stored conversion of this Markdown, or convert and store it."""
        if self._context is None:
            super().render(config, files)
            return
        key = self.memo_key()
        entry = self.memo.get(key)
        if entry is not None and all(
            (f.url if (f := files.get_file_from_path(path)) is not None else None) == url
            for path, url in entry["lookups"]
        ):
            self._restore(entry, files)
            self._lend(key, entry["html"])
            return
        entry = self.convert(config, files)
        if entry is not None:
            self.memo.put(key, entry)
            self._lend(key, entry["html"])

    def convert(self, config: MkDocsConfig, files: Files) -> dict[str, Any] | None:
        """Convert with Python-Markdown, plain raw HTML blocks stashed unparsed (``rawhtml``); the
        stored form of the result, or None when it must not be reused (a link target was missing,
        so MkDocs warned)."""
        recorder = _RecordingFiles(files)
        with stashing(config) as stash:
            super().render(config, cast(Files, recorder))
        self.present_anchor_ids = (self.present_anchor_ids or set()) | stash.ids
        return self._snapshot(recorder.lookups) if all(url is not None for _, url in recorder.lookups) else None

    def _snapshot(self, lookups: list[tuple[str, str | None]]) -> dict[str, Any]:
        links = self.links_to_anchors
        return {
            "html": self.content,
            "toc": toc_tokens(list(self.toc)),
            "title": self._title_from_render,
            "anchors": sorted(self.present_anchor_ids or ()),
            "links": None if links is None else {f.src_uri: anchors for f, anchors in links.items()},
            "lookups": lookups,
        }

    def _restore(self, entry: dict[str, Any], files: Files) -> None:
        self.content = entry["html"]
        self.toc = get_toc(entry["toc"])
        self._title_from_render = entry["title"]
        self.present_anchor_ids = set(entry["anchors"])
        if entry["links"] is not None and _PAGES_LOG.getEffectiveLevel() > logging.DEBUG:
            self.links_to_anchors = {
                cast(File, files.get_file_from_path(uri)): anchors for uri, anchors in entry["links"].items()
            }


def search_plugin(config: MkDocsConfig) -> Any:
    """The configured search plugin, if it keeps entries the way Material's does."""
    for name in ("material/search", "search"):
        plugin = config.plugins.get(name)
        index = getattr(plugin, "search_index", None)
        if callable(getattr(index, "add_entry_from_context", None)) and isinstance(
            getattr(index, "entries", None), list
        ):
            return plugin
    return None


def _search_settings(plugin: Any) -> str:
    return digest(dict(plugin.config), versions("mkdocs-material"))


def _search_key(settings: str, page: Page) -> str:
    """What the search entries of ``page`` depend on: the plugin's settings, the page's URL,
    title, metadata, table of contents and HTML."""
    return digest(settings, page.url, page.title, page.meta, toc_tokens(list(page.toc)), page.content)


def memoize_search(plugin: Any, memo: Memo) -> None:
    """Make ``plugin`` reuse the index entries of a page it indexed before with the same input."""
    index = plugin.search_index
    index_page = index.add_entry_from_context
    settings = _search_settings(plugin)

    def add_entry_from_context(page: Page) -> None:
        key = _search_key(settings, page)
        entries = memo.get(key)
        if entries is None:
            start = len(index.entries)
            index_page(page)
            memo.put(key, index.entries[start:])
        else:
            index.entries.extend(entries)

    index.add_entry_from_context = add_entry_from_context


_Result = tuple[str, dict[str, Any] | None, str | None, list[Any] | None]


def convert_ahead(
    pages: list[MemoPage], config: MkDocsConfig, files: Files, jobs: int, memo: Memo, search_memo: Memo
) -> int:
    """Convert the ``pages`` whose conversion is not in ``memo`` in ``jobs`` forked processes, and
    store the results (and the pages' search entries in ``search_memo``), so the build, which
    converts one page at a time, finds them done. Returns how many pages were converted."""
    if jobs < 2:
        return 0
    search = search_plugin(config)
    settings = _search_settings(search) if search is not None else ""

    def convert(index: int) -> _Result | None:
        page = pages[index]
        page.read_source(config)
        key = page.memo_key()
        if page.memo.get(key) is not None:
            return None
        entry = page.convert(config, files)
        if entry is None or search is None:
            return key, entry, None, None
        search_index = type(search.search_index)(**search.config)
        search_index.add_entry_from_context(page)
        return key, entry, _search_key(settings, page), search_index.entries

    memo.commit()  # the workers read the file as last committed, laid out by this process
    done = 0
    for result in forked_map(convert, len(pages), jobs):
        if result is not None:
            key, entry, search_key, entries = result
            done += 1
            if entry is not None:
                memo.put(key, entry)
            if search_key is not None and entries is not None:
                search_memo.put(search_key, entries)
    return done
