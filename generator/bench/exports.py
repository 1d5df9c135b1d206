"""``bench speed`` figure 8: what feeds and exports add to a build, measured as the step alone."""

from __future__ import annotations

import shutil
from pathlib import Path

from ..build.core import BuildOptions, SiteBuild
from ..export import ExportOptions
from .timing import Timing, timed


def export_cost(articles_dir: Path, cache_dir: Path, work: Path, jobs: int) -> tuple[Timing, Timing, int]:
    """The export step of the core build on a cold build (made from the indexed site in ``jobs``
    processes, its libraries imported on first use) and on a warm one (recalled and linked into a new
    site), and the files written. The build's pages come first and are not timed: the articles'
    extraction comes from ``cache_dir``, where the measured builds left it."""
    core = SiteBuild()
    core.run(
        BuildOptions(
            articles=articles_dir.resolve(),
            templates=work / "templates",
            aliases=work / "aliases.yml",
            issues=work / "issues.yml",
            cache_dir=cache_dir,
        ),
        jobs=jobs,
    )
    shutil.rmtree(cache_dir / "export", ignore_errors=True)
    options = ExportOptions(site_url="https://example.org/")

    def run(dest: str) -> None:
        core.export(options, jobs)
        core.exports.write(work / dest / "export")

    cold, warm = timed(lambda: run("cold")), timed(lambda: run("warm"))
    return cold, warm, core.exports.write(work / "count" / "export")
