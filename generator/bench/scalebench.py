"""``bench speed --scale N``: the product's builds and its search at the corpus's size and N times it.

For each size: a cold build (empty cache, timed once), a warm rebuild, a rebuild after one
article changed, a bare Material build of as many pages, the peak memory of the cold build
(proportional set sizes, so shared pages count once), the site's size per briefing, its
largest page and file count, the search index, the first load of a briefing page, and search
in a real Chromium (``searchtime``). The bigger corpus comes from ``scale.write_scale_corpus``.
"""

from __future__ import annotations

import os
import shutil
import tempfile
from collections.abc import Sequence
from pathlib import Path

from ..search.index import OUTPUT
from ..settings import CACHE_ENV, JOBS_ENV
from .scale import article_files, write_scale_corpus
from .searchtime import time_queries
from .speed import _bare_project, _html_pages, _mkdocs, _project_copy
from .timing import change_article, corpus_copy, run_measured
from .weight import first_load, folder_bytes, largest_page

QUERIES = ("Blair", "broadband", "Yukos")
"""A person, a topic and a rare word of the BBC corpus."""
LOAD_TARGET_KIB = 400
PER_BRIEFING_TARGET_KIB = 40


def _line(label: str, value: str) -> None:
    print(f"   {label:<44} {value}")


def _briefing_page(site: Path) -> Path | None:
    pages = sorted((site / "briefings").glob("*/index.html"))
    return next((p for p in pages if p.parent.name != "briefings"), None)


def _measure_size(
    label: str, articles_dir: Path, project: Path, tmp: Path, jobs: int, queries: Sequence[str], browser: bool
) -> None:
    """Build, rebuild and search the site of ``articles_dir``; print one block of figures."""
    count = len(article_files(articles_dir))
    print(f"{label}: {count} articles")
    site_project = _project_copy(project, tmp / f"project-{label}")
    site = tmp / f"site-{label}"
    env = {
        **os.environ,
        "BRIEFING_ARTICLES": str(articles_dir),
        CACHE_ENV: str(tmp / f"cache-{label}"),
        JOBS_ENV: str(jobs),
        "NO_MKDOCS_2_WARNING": "1",
    }
    cold, peak = run_measured(_mkdocs(site_project, site), cwd=site_project, env=env)
    pages = _html_pages(site)
    warm, _ = run_measured(_mkdocs(site_project, site), cwd=site_project, env=env)
    change_article(article_files(articles_dir)[0])
    one, _ = run_measured(_mkdocs(site_project, site), cwd=site_project, env=env)
    bare = _bare_project(tmp / f"bare-{label}", pages)
    run_measured(_mkdocs(bare, tmp / f"bare-site-{label}"), cwd=bare, env=os.environ)  # timed: the second
    material, _ = run_measured(_mkdocs(bare, tmp / f"bare-site-{label}"), cwd=bare, env=os.environ)
    _line("cold build (empty cache)", f"{cold:8.1f} s  {cold / count * 1000:.0f} ms per article")
    _line("warm rebuild, nothing changed", f"{warm:8.1f} s  ratio to bare Material {warm / material:.2f} (<= 1.1)")
    _line("rebuild after one article changed", f"{one:8.1f} s  ratio to bare Material {one / material:.2f} (<= 1.3)")
    _line(f"bare Material build, {pages} pages", f"{material:8.1f} s")
    _line("peak memory of the cold build", str(peak))
    size, biggest = folder_bytes(site), largest_page(site)
    files = sum(1 for p in site.rglob("*") if p.is_file())
    _line(
        "site size",
        f"{size / 2**20:.1f} MiB, {size / count / 1024:.1f} KiB per briefing "
        f"(<= {PER_BRIEFING_TARGET_KIB}), {files} files",
    )
    _line("largest page", f"{biggest[0] / 1024:.0f} KiB {biggest[1]} (<= 1024)")
    _line("search index (pagefind/)", f"{folder_bytes(site / OUTPUT) / 2**20:.1f} MiB")
    page = _briefing_page(site)
    if page is not None:
        _line("first load of a briefing page", f"{first_load(site, page)} (<= {LOAD_TARGET_KIB} KiB)")
    if browser:
        timings = time_queries(site, queries)
        if isinstance(timings, str):
            _line("search in Chromium", timings)
        for t in timings if not isinstance(timings, str) else []:
            _line(
                f"search {t.query!r}, median of 3",
                f"{t.seconds:.2f} s to first results (<= 1.5), "
                f"{t.fetched / 1024:.0f} KiB fetched (<= 300); {t.results}",
            )


def run_scale(
    corpus: Path,
    scale: int,
    limit: int | None,
    jobs: int,
    project: Path,
    queries: Sequence[str] = QUERIES,
    browser: bool = True,
) -> int:
    """Print the figures at the size of ``corpus`` (its first ``limit`` articles) and ``scale`` times it."""
    tmp = Path(tempfile.mkdtemp(prefix="briefing-scale-"))
    try:
        print(f"corpus: {corpus}, scale: {scale}, jobs: {jobs}, cores: {os.cpu_count()}")
        base = corpus_copy(corpus, tmp / "articles-1", limit)
        _measure_size("1x", base, project, tmp, jobs, queries, browser)
        if scale > 1:
            scaled = write_scale_corpus(corpus, tmp / f"articles-{scale}", scale, limit)
            _measure_size(f"{scale}x", scaled, project, tmp, jobs, queries, browser)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    return 0
