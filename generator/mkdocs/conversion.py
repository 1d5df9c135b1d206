"""The generated pages' conversion timed both ways, MkDocs' own and the product's page
(raw HTML blocks stashed unparsed, ``rawhtml``), for ``bench convert``."""

from __future__ import annotations

import logging
import statistics
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from mkdocs.config import load_config
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.structure.files import File, Files
from mkdocs.structure.pages import Page

from ..store.memo import Memo
from .pagememo import MemoPage, conversion_context


@dataclass(frozen=True)
class Conversions:
    """Median CPU seconds of each way, and how many pages came out with the same HTML and anchors."""

    plain: float
    stashed: float
    same: int


def _converter(config: MkDocsConfig, files: Files, memo: Memo, stash: bool) -> Callable[[File], Page]:
    def convert(file: File) -> Page:
        if stash:
            page: Page = MemoPage(file, config, memo, conversion_context(config))
            page.read_source(config)
            page.convert(config, files)  # type: ignore[attr-defined]
        else:
            page = Page(None, file, config)
            page.read_source(config)
            page.render(config, files)
        return page

    return convert


def time_conversions(mkdocs_yml: Path, docs: Path, uris: list[str], rounds: int) -> Conversions:
    """Convert the pages under ``docs`` with the project's Markdown extensions, ``rounds`` times each way."""
    logging.getLogger("mkdocs").setLevel(logging.ERROR)  # links to the hand-written pages, not here
    config = load_config(str(mkdocs_yml))
    files = Files([File(uri, str(docs), str(docs / "site"), config.use_directory_urls) for uri in uris])
    memo = Memo(docs / "memo.sqlite")
    seconds: dict[bool, list[float]] = {False: [], True: []}
    results: dict[bool, list[tuple[str | None, set[str] | None]]] = {}
    for _ in range(rounds):
        for stash in (False, True):
            convert = _converter(config, files, memo, stash)
            started = time.process_time()
            done = [convert(f) for f in files]
            seconds[stash].append(time.process_time() - started)
            results[stash] = [(p.content, p.present_anchor_ids) for p in done]
    same = sum(a == b for a, b in zip(results[False], results[True]))
    return Conversions(statistics.median(seconds[False]), statistics.median(seconds[True]), same)
