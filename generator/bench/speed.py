"""``bench speed``: extraction against bare spaCy, and site builds against a bare Material build."""

from __future__ import annotations

import os
import shutil
import sys
import tempfile
from pathlib import Path

from ..build.batch import extract_all
from ..settings import ARTICLES_ENV, CACHE_ENV, JOBS_ENV
from .exports import export_cost
from .memory import mib, sampled
from .timing import Timing, bare_parse, change_article, corpus_copy, load_articles, run_measured, timed

PROJECT_PARTS = ("mkdocs.yml", "content", "templates", "aliases.yml", "issues.yml")
"""What a temp copy of the project needs in order to build."""
BARE_CONFIG = """site_name: Bare
theme:
  name: material
  font: false
plugins:
  - search
nav:
  - Home: index.md
"""


def _mkdocs(project: Path, site: Path) -> list[str]:
    return [sys.executable, "-m", "mkdocs", "build", "-q", "-f", str(project / "mkdocs.yml"), "-d", str(site)]


def _project_copy(project: Path, dest: Path) -> Path:
    """``dest`` holding the parts of ``project`` a build reads (not its articles, site or cache)."""
    top = str(project)

    def skip(folder: str, names: list[str]) -> list[str]:
        return [n for n in names if n not in PROJECT_PARTS] if folder == top else []

    return Path(shutil.copytree(top, dest, ignore=skip))


def _bare_project(dest: Path, pages: int) -> Path:
    """A Material project with ``pages`` trivial pages, only the home page in the nav."""
    docs = dest / "docs"
    docs.mkdir(parents=True)
    (dest / "mkdocs.yml").write_text(BARE_CONFIG, encoding="utf-8")
    (docs / "index.md").write_text("# Home\n\nA bare site.\n", encoding="utf-8")
    for i in range(1, pages):
        (docs / f"page-{i:05d}.md").write_text(f"# Page {i}\n\nSome trivial text on page {i}.\n", encoding="utf-8")
    return dest


def _html_pages(site: Path) -> int:
    return sum(1 for p in site.rglob("*.html") if p.name != "404.html")


def _size(site: Path) -> int:
    return sum(p.stat().st_size for p in site.rglob("*") if p.is_file())


def _line(label: str, seconds: float, extra: str = "") -> None:
    print(f"{label:<46} {seconds:8.1f} s  {extra}".rstrip())


def run_speed(corpus: Path, limit: int | None, jobs: int, project: Path) -> int:
    """Measure and print figures 1-7 of the speed benchmark over ``corpus``."""
    if not (project / "mkdocs.yml").is_file():
        print(f"no mkdocs.yml in {project}: run from the project folder or pass --project", file=sys.stderr)
        return 2
    tmp = Path(tempfile.mkdtemp(prefix="briefing-bench-"))
    try:
        articles_dir = corpus_copy(corpus, tmp / "articles", limit)
        articles = load_articles(articles_dir)
        print(f"corpus: {corpus} ({len(articles)} articles), jobs: {jobs}, cores: {os.cpu_count()}")

        with sampled(os.getpid()) as parse_peak:
            parsed = bare_parse(articles)
        # The floor is one process's parse split over the jobs: spaCy's own n_process pickles every
        # Doc back to the parent, which inflates the floor and flatters every ratio against it.
        per_job = Timing(parsed.wall / jobs, parsed.cpu)
        bare = per_job.wall
        _line(
            "1. bare spaCy nlp.pipe, one process",
            parsed.wall,
            f"({len(articles) / parsed.wall:.1f} articles/s, {parsed.cpu:.1f} s CPU); / {jobs} jobs = {bare:.1f} s",
        )
        with sampled(os.getpid()) as extract_peak:
            extraction = timed(lambda: extract_all(articles, jobs=jobs, use_cache=False))
        _line(
            f"2. extraction, no cache (jobs={jobs})",
            extraction.wall,
            f"ratio to (1 / jobs) = {extraction.ratio(per_job)} (target <= 1.25)",
        )

        site_project = _project_copy(project, tmp / "project")
        site = tmp / "site"
        env = {**os.environ, ARTICLES_ENV: str(articles_dir), CACHE_ENV: str(tmp / "cache"), JOBS_ENV: str(jobs)}
        cold, peak = run_measured(_mkdocs(site_project, site), cwd=site_project, env=env)
        pages, size = _html_pages(site), _size(site)
        warm, warm_peak = run_measured(_mkdocs(site_project, site), cwd=site_project, env=env)
        change_article(sorted(articles_dir.iterdir())[0])
        one, one_peak = run_measured(_mkdocs(site_project, site), cwd=site_project, env=env)

        bare_site = _bare_project(tmp / "bare", pages)
        # Run twice, timing the second: the product's warm builds also follow a build.
        run_measured(_mkdocs(bare_site, tmp / "bare-site"), cwd=bare_site, env=os.environ)
        material, _ = run_measured(_mkdocs(bare_site, tmp / "bare-site"), cwd=bare_site, env=os.environ)
        floor = bare + material
        _line(
            "3. cold full build (extract + mkdocs build)",
            cold,
            f"ratio to (1 / jobs + 6) = {cold / floor:.2f} (target <= 1.15)",
        )
        _line("4. warm rebuild, nothing changed", warm, f"ratio 4/6 = {warm / material:.2f} (target <= 1.1)")
        _line("5. rebuild after one article changed", one, f"ratio 5/6 = {one / material:.2f} (target <= 1.3)")
        _line(f"6. bare Material build, {pages} trivial pages", material, f"({pages} pages in the site)")
        print("7. peak memory of the product's builds (target <= 2048 MiB each):")
        for label, build in (("cold", peak), ("warm", warm_peak), ("one change", one_peak)):
            print(f"   {label + ':':<12} peak memory: {build}")
        print(
            "   benchmark-only steps, not the product (benchmark process and its workers):\n   "
            f"1. bare spaCy process tree {mib(parse_peak.tree)} MiB (largest worker "
            f"{mib(parse_peak.worker)} MiB); 2. extraction process tree {mib(extract_peak.tree)} MiB "
            f"(largest worker {mib(extract_peak.worker)} MiB)"
        )
        exported, rewritten, count = export_cost(articles_dir, tmp / "cache", tmp / "export", jobs)
        _line(
            "8. feeds and exports, the step alone (cold)",
            exported.wall,
            f"{100 * exported.wall / cold:.1f}% of 3 (target <= 10%), {exported.cpu:.1f} s CPU, "
            f"{count} files; warm: {rewritten.wall:.2f} s",
        )
        search_size = _size(site / "pagefind") if (site / "pagefind").is_dir() else 0
        print(
            f"   site size: {size / 2**20:.1f} MiB, {size / len(articles) / 1024:.1f} KiB per briefing "
            f"(target <= 60), search index (pagefind/) {search_size / 2**20:.1f} MiB"
        )
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    return 0
