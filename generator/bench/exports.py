"""``bench speed`` figure 8: what feeds and exports add to a build, measured as the step alone."""
from __future__ import annotations

import time
from pathlib import Path

from ..export import ExportOptions, export_site
from ..export.store import ExportSet, ExportStore
from ..pipeline import extract_all
from ..site import PageRule, build_site
from .timing import load_articles


def export_cost(articles_dir: Path, cache_dir: Path, work: Path) -> tuple[float, float, int]:
    """Seconds of the export step on a cold build (made from the indexed site, its libraries imported
    on first use) and on a warm one (recalled and linked into a new site), and the files written.

    The articles' extraction comes from ``cache_dir`` and is not timed: the build already did it."""
    articles = load_articles(articles_dir)
    site = build_site(extract_all(articles, cache_dir=cache_dir, jobs=1), root=str(articles_dir), rule=PageRule())
    options = ExportOptions(site_url="https://example.org/")
    store = ExportStore(work / "store")
    started = time.perf_counter()
    made = store.make("bench", lambda: export_site(site, options), lambda _: "")
    made.write(work / "cold" / "export")
    cold = time.perf_counter() - started
    started = time.perf_counter()
    recalled: ExportSet = store.make("bench", lambda: export_site(site, options), lambda _: "")
    recalled.write(work / "warm" / "export")
    return cold, time.perf_counter() - started, len(made.sizes)
