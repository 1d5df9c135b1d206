"""``bench speed`` figure 8: what feeds and exports add to a build, measured as the step alone."""
from __future__ import annotations

from pathlib import Path

from ..export import ExportOptions, export_site
from ..export.store import ExportStore
from ..pipeline import extract_all
from ..site import PageRule, build_site
from .timing import Timing, load_articles, timed


def export_cost(articles_dir: Path, cache_dir: Path, work: Path, jobs: int) -> tuple[Timing, Timing, int]:
    """The export step on a cold build (made from the indexed site in ``jobs`` processes, its libraries
    imported on first use) and on a warm one (recalled and linked into a new site), and the files
    written. The articles' extraction comes from ``cache_dir`` and is not timed: the build did it."""
    articles = load_articles(articles_dir)
    briefings = extract_all(articles, cache_dir=cache_dir, jobs=1)
    site = build_site(briefings, root=str(articles_dir), rule=PageRule())
    options = ExportOptions(site_url="https://example.org/")
    store = ExportStore(work / "store")
    files: list[int] = []

    def run(dest: str) -> None:
        made = store.make("bench", lambda: export_site(site, options, jobs), lambda _: "")
        made.write(work / dest / "export")
        files.append(len(made.sizes))

    return timed(lambda: run("cold")), timed(lambda: run("warm")), files[0]
