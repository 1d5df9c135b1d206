"""The speed benchmark's machinery, run on a small slice (the full BBC run is for the README)."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

from scalecorpus import FIXTURES
from siteproject import ROOT

FIGURE = r"\s+([\d.]+) s"


def run_speed_bench(*extra: str, timeout: float = 600) -> subprocess.CompletedProcess[str]:
    """``python -m generator.bench speed`` on the fixture articles with 2 jobs, plus ``extra`` options."""
    command = [sys.executable, "-m", "generator.bench", "speed", "--corpus", str(FIXTURES), *extra]
    return subprocess.run(
        [*command, "--jobs", "2", "--project", str(ROOT)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=timeout,
        check=False,
    )


def test_speed_benchmark_prints_every_figure() -> None:
    result = run_speed_bench()
    assert result.returncode == 0, result.stderr
    out = result.stdout
    assert f"({len(list(FIXTURES.glob('*.txt')))} articles), jobs: 2" in out
    for step in (
        "1. bare spaCy nlp.pipe",
        "2. extraction, no cache",
        "3. cold full build",
        "4. warm rebuild, nothing changed",
        "5. rebuild after one article changed",
    ):
        match = re.search(re.escape(step) + r".*?" + FIGURE, out)
        assert match and float(match.group(1)) > 0, step
    assert re.search(r"ratio 4/6 = [\d.]+ \(target <= 1.1\)", out)
    pages = re.search(r"6\. bare Material build, (\d+) trivial pages", out)
    assert pages and int(pages.group(1)) > len(list(FIXTURES.glob("*.txt")))
    for label in ("cold:", "warm:", "one change:"):
        assert re.search(re.escape(label) + r"\s+peak memory: build process [1-9]\d* MiB", out), label
    assert re.search(r"site size: [\d.]+ MiB, [\d.]+ KiB per briefing", out)


def test_convert_benchmark_compares_both_conversions_page_for_page(tmp_path: Path) -> None:
    command = [sys.executable, "-m", "generator.bench", "convert", "--corpus", str(FIXTURES), "--project", str(ROOT)]
    result = subprocess.run(
        command,
        cwd=ROOT,
        env={**os.environ, "BRIEFING_CACHE_DIR": str(tmp_path / "cache")},
        capture_output=True,
        text=True,
        timeout=600,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    out = result.stdout
    pages = re.search(r"^(\d+) generated pages of", out, re.M)
    assert pages and int(pages.group(1)) > len(list(FIXTURES.glob("*.txt")))
    assert re.search(r"as MkDocs converts a page" + FIGURE, out)
    assert re.search(r"raw HTML blocks stashed unparsed" + FIGURE + r"  ratio [\d.]+", out)
    assert f"pages with the same HTML and anchors: {pages.group(1)} of {pages.group(1)}" in out
