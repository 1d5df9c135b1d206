"""``bench convert``: Python-Markdown's conversion of a site's generated pages, as MkDocs converts a
page against the product's page (raw HTML blocks stashed unparsed, ``mkdocs.rawhtml``).

Both convert the same pages in this one process with the project's Markdown extensions; the CPU
time of each is the median of ``rounds``, and every page's HTML and anchors must come out equal.
"""

from __future__ import annotations

import tempfile
from pathlib import Path

from .. import settings
from ..build.core import BuildOptions, SiteBuild
from ..mkdocs.conversion import time_conversions
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


def run_convert(corpus: Path, limit: int | None, project: Path, rounds: int = 3) -> int:
    """Print the conversion CPU time of the site's generated pages both ways, and their ratio."""
    with tempfile.TemporaryDirectory(prefix="briefing-convert-") as tmp:
        pages = _generated_pages(corpus_copy(corpus, Path(tmp) / "articles", limit), project)
        uris = sorted(pages)
        docs = Path(tmp) / "docs"
        for uri in uris:
            (docs / uri).parent.mkdir(parents=True, exist_ok=True)
            (docs / uri).write_text(pages[uri], encoding="utf-8")
        timed = time_conversions(project / "mkdocs.yml", docs, uris, rounds)
    print(f"{len(uris)} generated pages of {corpus}, one process, CPU seconds, median of {rounds}")
    print(f"   as MkDocs converts a page          {timed.plain:7.1f} s")
    print(f"   raw HTML blocks stashed unparsed   {timed.stashed:7.1f} s  ratio {timed.stashed / timed.plain:.2f}")
    print(f"   pages with the same HTML and anchors: {timed.same} of {len(uris)}")
    return 0 if timed.same == len(uris) else 1
