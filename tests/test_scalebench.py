"""``bench speed --scale 2`` on a small slice: both sizes, every figure, search timed in Chromium."""

from __future__ import annotations

import re

import pytest
from browserkit import CHROMIUM
from scalecorpus import FIXTURES
from test_bench import run_speed_bench

pytestmark = pytest.mark.slow


def test_scale_benchmark_prints_both_sizes() -> None:
    articles = len([p for p in FIXTURES.iterdir() if p.is_file() and not p.name.upper().startswith("README")])
    result = run_speed_bench("--scale", "2", timeout=1200)
    assert result.returncode == 0, result.stderr
    out = result.stdout
    blocks = re.split(r"^(?=\dx: )", out, flags=re.MULTILINE)[1:]
    assert [b.splitlines()[0] for b in blocks] == [f"1x: {articles} articles", f"2x: {2 * articles} articles"]
    for block in blocks:
        for label in (
            "cold build (empty cache)",
            "warm rebuild, nothing changed",
            "rebuild after one article changed",
            "bare Material build",
        ):
            assert re.search(re.escape(label) + r".*?\s[\d.]+ s", block), (label, block)
        assert re.search(
            r"peak memory of the cold build\s+build process [1-9]\d* MiB.*counting shared pages once", block
        )
        assert re.search(r"site size\s+[\d.]+ MiB, [\d.]+ KiB per briefing", block)
        assert re.search(r"search index \(pagefind/\)\s+[\d.]+ MiB", block)
        load = re.search(r"first load of a briefing page\s+(\d+) KiB \(HTML \d+, CSS \d+, JS \d+", block)
        assert load and 0 < int(load.group(1)) <= 400
        if CHROMIUM.exists():
            for query in ("Blair", "broadband", "Yukos"):
                assert re.search(
                    rf"search '{query}', median of 3\s+[\d.]+ s to first results .*? \d+ KiB fetched", block
                ), query
