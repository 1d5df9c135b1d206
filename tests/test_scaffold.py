"""`briefing new DIR` writes a project that builds as it is."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
import yaml
from siteproject import ROOT, run_mkdocs

from generator import __version__
from generator.scaffold import project_files

SAMPLE_TITLE = "Harbour Town Council Approves New Footbridge After Long Debate"


def _briefing(*args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "generator", *args], check=False, cwd=cwd, capture_output=True, text=True, timeout=120
    )


def test_new_writes_a_complete_project(tmp_path: Path) -> None:
    result = _briefing("new", "site", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    site = tmp_path / "site"
    written = sorted(p.relative_to(site).as_posix() for p in site.rglob("*") if p.is_file())
    assert written == sorted(project_files())
    for part in (
        ".gitignore",
        ".github/workflows/pages.yml",
        "README.md",
        "mkdocs.yml",
        "content/index.md",
        "content/about.md",
        "templates/README.md",
        "requirements.txt",
        "requirements-model.txt",
    ):
        assert (site / part).is_file(), part
    assert "<!-- briefing:dashboard -->" in (site / "content/index.md").read_text(encoding="utf-8")
    config = (site / "mkdocs.yml").read_text(encoding="utf-8")
    assert "  - briefing:" in config and "docs_dir: content" in config
    ignored = (site / ".gitignore").read_text(encoding="utf-8").split()
    assert {"site/", ".briefing-cache/", ".venv/"} <= set(ignored)
    workflow = yaml.safe_load((site / ".github/workflows/pages.yml").read_text(encoding="utf-8"))
    steps = [step.get("run", "") for step in workflow["jobs"]["deploy"]["steps"]]
    assert any("--require-hashes -r requirements-model.txt" in run for run in steps)
    assert any("mkdocs gh-deploy --force" in run for run in steps)
    assert f"briefing-generator=={__version__}" in (site / "requirements.txt").read_text(encoding="utf-8")
    articles = list((site / "seeds").iterdir())
    assert len(articles) == 1 and SAMPLE_TITLE in articles[0].read_text(encoding="utf-8")


def test_new_keeps_the_project_guides_in_step() -> None:
    files = project_files()
    assert files["templates/README.md"] == (ROOT / "templates/README.md").read_text(encoding="utf-8")
    assert files["requirements-model.txt"] == (ROOT / "requirements/model.txt").read_text(encoding="utf-8")


def test_new_refuses_a_folder_that_is_not_empty_unless_forced(tmp_path: Path) -> None:
    mine = tmp_path / "site" / "notes.txt"
    mine.parent.mkdir()
    mine.write_text("mine", encoding="utf-8")
    refused = _briefing("new", "site", cwd=tmp_path)
    assert refused.returncode == 1
    assert "not empty" in refused.stderr and "--force" in refused.stderr
    assert [p.name for p in mine.parent.iterdir()] == ["notes.txt"]
    forced = _briefing("new", "site", "--force", cwd=tmp_path)
    assert forced.returncode == 0, forced.stderr
    assert (mine.parent / "mkdocs.yml").is_file() and mine.read_text(encoding="utf-8") == "mine"


@pytest.mark.slow
def test_new_project_builds_strict_with_its_sample_briefing(tmp_path: Path) -> None:
    assert _briefing("new", "site", cwd=tmp_path).returncode == 0
    site = tmp_path / "site"
    result = run_mkdocs(site, "build", "--strict", timeout=300)
    assert result.returncode == 0, result.stderr
    pages = list((site / "site" / "briefings").glob("*/index.html"))
    assert len(pages) == 1
    page = pages[0].read_text(encoding="utf-8")
    assert SAMPLE_TITLE in page and "Elena Marsh" in page and "Ruth Calloway" in page
    assert "This bridge will bring the two halves of our town together" in page
    home = (site / "site" / "index.html").read_text(encoding="utf-8")
    assert "briefing:dashboard" not in home and SAMPLE_TITLE in home


@pytest.mark.slow
def test_new_project_serves(tmp_path: Path) -> None:
    from test_serve import STARTUP_BOUND, Server  # the live-reload test's server wrapper

    assert _briefing("new", "site", cwd=tmp_path).returncode == 0
    server = Server(tmp_path / "site", tmp_path)
    try:
        server.next_build(STARTUP_BOUND)
        server.wait_until_serving()
        assert "Elena Marsh" in server.get("/search/search_index.json")
        home = server.get("/")
        assert SAMPLE_TITLE in home and "briefing:dashboard" not in home
    finally:
        server.stop()
