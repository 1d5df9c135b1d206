"""Deterministic output: extraction does not depend on the process (hash seed), and two cold site
builds are byte-identical except the dates the theme stamps into the sitemap (and the names of
Pagefind's chunks: ``siteproject.site_files`` compares its index by the records it holds)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from scalecorpus import FIXTURES
from siteproject import ROOT, copy_project, run_mkdocs, site_files


def _env(**extra: str) -> dict[str, str]:
    return {**os.environ, **extra}


def test_extraction_does_not_depend_on_the_hash_seed(tmp_path: Path) -> None:
    outputs = [
        subprocess.run(
            [sys.executable, "-m", "generator", "extract", str(FIXTURES), "--no-cache", "--jobs", "1"],
            cwd=ROOT,
            env=_env(PYTHONHASHSEED=seed),
            capture_output=True,
            check=True,
        ).stdout
        for seed in ("1", "2")
    ]
    assert outputs[0] and outputs[0] == outputs[1]


def test_two_cold_builds_are_byte_identical(tmp_path: Path) -> None:
    project = copy_project(tmp_path / "project")
    sites = []
    for run, seed in (("a", "1"), ("b", "2")):
        site = tmp_path / f"site-{run}"
        done = run_mkdocs(
            project,
            "build",
            "-q",
            "-d",
            str(site),
            timeout=300,
            env={
                "BRIEFING_ARTICLES": str(FIXTURES),
                "BRIEFING_CACHE_DIR": str(tmp_path / f"cache-{run}"),
                "PYTHONHASHSEED": seed,
            },
        )
        assert done.returncode == 0, done.stderr
        sites.append(site_files(site))
    first, second = sites
    assert sorted(first) == sorted(second)
    assert any(name.startswith("briefings/") for name in first)
    differing = [name for name in first if first[name] != second[name]]
    assert differing == []
