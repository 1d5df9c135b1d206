"""A real ``mkdocs build`` marks uncertain attributions; hiding them leaves corrected quotes alone."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

from siteproject import ROOT, run_mkdocs

from generator.corrections.confidence import hide_uncertain
from generator.model import Article, Briefing, Quote

MARKER = "attribution uncertain"
HARBOUR = """---
title: Harbour board splits over dredging plan
date: 2024-07-01
source: Example Wire
corrections:
  quotes:
    - {quote: dredging will save the harbour, speaker: Lena Ortiz}
---
The harbour board met on Tuesday to debate a dredging plan for the old port.

"The dredging will save the harbour and the jobs that depend on it," said Lena Ortiz, the chair of the harbour board.

"We have not seen a single study of the damage to the river," said Tom Haller, a fisherman who opposes the plan.
"""


def _build(tmp: Path, option: str) -> Path:
    config = (ROOT / "mkdocs.yml").read_text(encoding="utf-8")
    assert "      page_size: 100\n" in config
    (tmp / "mkdocs.yml").write_text(
        config.replace("      page_size: 100\n", f"      page_size: 100\n      {option}\n"), encoding="utf-8"
    )
    shutil.copytree(ROOT / "content", tmp / "content")
    (tmp / "articles").mkdir()
    (tmp / "articles" / "harbour.md").write_text(HARBOUR, encoding="utf-8")
    result = run_mkdocs(tmp, "build", "--strict", env={"BRIEFING_ARTICLES": "articles", "NO_MKDOCS_2_WARNING": "1"})
    assert result.returncode == 0, result.stderr
    pages = [
        p
        for p in (tmp / "site").rglob("index.html")
        if "<h1" in (t := p.read_text(encoding="utf-8")) and "Harbour board splits" in t.split("<h1", 1)[1][:200]
    ]
    assert len(pages) == 1
    return pages[0]


def _figures(page: Path) -> dict[str, str]:
    """Each quote figure of a page, by the speaker word it names."""
    parts = re.split(r'<figure class="quote"[^>]*>', page.read_text(encoding="utf-8"))[1:]
    return {("Ortiz" if "Ortiz" in p.split("</figure>")[0] else "Haller"): p.split("</figure>")[0] for p in parts}


def test_page_marks_uncertain_attribution_but_not_a_corrected_one(tmp_path: Path) -> None:
    figures = _figures(_build(tmp_path, "uncertain_below: 1.0"))
    assert set(figures) == {"Ortiz", "Haller"}
    assert MARKER in figures["Haller"]  # a model's confidence stays below 1
    # An element with the confidence as its title, not its markup shown as text.
    assert re.search(r'<span class="attribution-uncertain" title="confidence [^"<>]+">' + MARKER, figures["Haller"])
    assert MARKER not in figures["Ortiz"]  # the sidecar names the speaker: certain


def test_min_confidence_hides_all_but_corrected_quotes() -> None:
    art = Article(path="a.txt", text="x", body=(0, 1))
    quotes = [
        Quote("A", "one", "direct", (0, 1), confidence=0.3),
        Quote("B", "two", "direct", (0, 1), confidence=0.8),
        Quote("C", "three", "direct", (0, 1), confidence=1.0),
        Quote("D", "four", "direct", (0, 1)),
    ]
    [kept] = hide_uncertain([Briefing(art, quotes=quotes)], 0.5)
    assert [q.speaker for q in kept.quotes] == ["B", "C", "D"]
    [everything] = hide_uncertain([Briefing(art, quotes=quotes)], 0.0)
    assert len(everything.quotes) == 4
