"""``bench convert``: Python-Markdown's conversion of a site's generated pages, as MkDocs converts a
page against the product's page (raw HTML blocks stashed unparsed, ``mkdocs.rawhtml``).

Both convert the same pages in this one process with the project's Markdown extensions; the CPU
time of each is the median of ``rounds``, and every page's HTML and anchors must come out equal.
"""

from __future__ import annotations

import logging
import statistics
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from mkdocs.config import load_config
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.structure.files import File, Files
from mkdocs.structure.pages import Page

from .. import settings
from ..build.core import BuildOptions, SiteBuild
from ..mkdocs.pagememo import MemoPage, conversion_context
from ..store.memo import Memo
from .timing import corpus_copy


def _generated_pages(corpus: Path, project: Path) -> dict[str, str]:
    """The generated pages' Markdown by path (extraction from the project's cache folder)."""
    options = BuildOptions(
        articles=corpus.resolve(),
        templates=project / "templates",
        aliases=project / "aliases.yml",
        issues=project / "issues.yml",
        cache_dir=settings.cache_root(project),
    )
    return SiteBuild().run(options, jobs=settings.jobs()).pages


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


def run_convert(corpus: Path, limit: int | None, project: Path, rounds: int = 3) -> int:
    """Print the conversion CPU time of the site's generated pages both ways, and their ratio."""
    logging.getLogger("mkdocs").setLevel(logging.ERROR)  # links to the hand-written pages, not here
    config = load_config(str(project / "mkdocs.yml"))
    with tempfile.TemporaryDirectory(prefix="briefing-convert-") as tmp:
        pages = _generated_pages(corpus_copy(corpus, Path(tmp) / "articles", limit), project)
        uris = sorted(pages)
        docs = Path(tmp) / "docs"
        for uri in uris:
            (docs / uri).parent.mkdir(parents=True, exist_ok=True)
            (docs / uri).write_text(pages[uri], encoding="utf-8")
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
    plain, stashed = statistics.median(seconds[False]), statistics.median(seconds[True])
    print(f"{len(uris)} generated pages of {corpus}, one process, CPU seconds, median of {rounds}")
    print(f"   as MkDocs converts a page          {plain:7.1f} s")
    print(f"   raw HTML blocks stashed unparsed   {stashed:7.1f} s  ratio {stashed / plain:.2f}")
    print(f"   pages with the same HTML and anchors: {same} of {len(uris)}")
    return 0 if same == len(uris) else 1
