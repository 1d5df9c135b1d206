"""`briefing render OUT`: the site as a plain docs tree that rewrites only what changed."""

from __future__ import annotations

import logging
import os
import subprocess
import sys
from pathlib import Path

import pytest
import yaml
from siteproject import ROOT, copy_project, mkdocs_env, run_mkdocs

from generator.docstree import render_tree
from generator.docstree.config import _Loader
from generator.settings import CACHE_ENV

SEED_PAGE = "docs/briefings/japan-and-china-seek-to-improve-ties-amid-us-china-tensions.md"
OLD_SENTENCE = "analysts believe that longstanding tensions between the two nations will be difficult to overcome."
NEW_SENTENCE = "analysts believe that the quarrel will outlast the winter thaw."
EXTRA = """---
title: Ministers clash over steel tariffs in Brussels
date: 2024-05-02
---
European trade ministers clashed on Thursday over proposed steel tariffs on imports.

"These steel tariffs will protect thousands of jobs in our mills," said Maria Keller, the German economy minister.
"""


def _stats(out: Path) -> dict[str, tuple[int, int]]:
    return {
        p.relative_to(out).as_posix(): (p.stat().st_mtime_ns, p.stat().st_ino) for p in out.rglob("*") if p.is_file()
    }


def _render(project: Path, out: Path, *flags: str) -> subprocess.CompletedProcess[str]:
    """``briefing render OUT --strict`` (or with ``flags`` instead) in ``project``."""
    return subprocess.run(
        [sys.executable, "-m", "generator", "render", str(out), *(flags or ("--strict",))],
        check=False,
        cwd=project,
        env=mkdocs_env(project),
        capture_output=True,
        text=True,
        timeout=300,
    )


@pytest.fixture()
def project(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.delenv(CACHE_ENV, raising=False)
    monkeypatch.delenv("BRIEFING_ARTICLES", raising=False)
    return copy_project(tmp_path / "project")


@pytest.mark.slow
def test_render_writes_pages_assets_and_a_config_that_builds_without_the_plugin(project: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    result = _render(project, out)
    assert result.returncode == 0, result.stderr
    assert (out / SEED_PAGE).is_file()
    umask = os.umask(0o022)
    os.umask(umask)
    assert (out / SEED_PAGE).stat().st_mode & 0o777 == 0o666 & ~umask, "modes as open() makes them"
    assert any((out / "docs/actors").glob("ian-chong.md")) and (out / "docs/issues/index.md").is_file()
    assert (out / "docs/assets/javascripts/mermaid.min.js").stat().st_size > 100_000
    assert (out / "docs/about.md").read_bytes() == (project / "content/about.md").read_bytes()
    home = (out / "docs/index.md").read_text(encoding="utf-8")
    assert "<!-- briefing:dashboard -->" not in home and "Japan and China Seek" in home
    text = (out / "mkdocs.yml").read_text(encoding="utf-8")
    assert "!!python/name:pymdownx.superfences.fence_code_format" in text
    config = yaml.load(text, Loader=_Loader)
    original = yaml.load((project / "mkdocs.yml").read_text(encoding="utf-8"), Loader=_Loader)
    assert config["docs_dir"] == "docs" and config["nav"] == original["nav"]
    # Every plugin but the briefing one, with its settings.
    assert config["plugins"] == [p for p in original["plugins"] if "briefing" not in p] == [{"tags": {"export": False}}]
    assert config["markdown_extensions"] == original["markdown_extensions"]
    built = run_mkdocs(out, "build", "--strict", timeout=300)
    assert built.returncode == 0, built.stderr
    page = next((out / "site/briefings").glob("japan-and-china*/index.html")).read_text(encoding="utf-8")
    assert "Ian Chong" in page and "political scientist" in page


def test_second_render_rewrites_nothing_and_a_change_rewrites_little(
    project: Path, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    out = tmp_path / "out"
    (project / "seeds" / "steel.md").write_text(EXTRA, encoding="utf-8")
    config = project / "mkdocs.yml"
    first = render_tree(out, config, jobs=1)
    assert not [r for r in caplog.records if r.levelno >= logging.WARNING]
    assert not first.removed and len(first.written) > 30
    steel = [p for p in first.written if "steel" in p or "maria-keller" in p]
    assert steel, first.written
    before = _stats(out)

    again = render_tree(out, config, jobs=1)
    assert again.written == [] and again.removed == []
    assert _stats(out) == before

    seed = project / "seeds" / "000_ea4352de70d833d8.txt"
    seed.write_text(seed.read_text(encoding="utf-8").replace(OLD_SENTENCE, NEW_SENTENCE), encoding="utf-8")
    edited = render_tree(out, config, jobs=1)
    assert SEED_PAGE.removeprefix("docs/") in edited.written
    assert not any((out / "docs" / path).exists() for path in edited.removed)
    assert NEW_SENTENCE in (out / SEED_PAGE).read_text(encoding="utf-8")
    after = _stats(out)
    kept = [path for path in before if path.removeprefix("docs/") not in edited.written + edited.removed]
    assert "docs/about.md" in kept and "docs/assets/javascripts/mermaid.min.js" in kept
    assert all(after[path] == before[path] for path in kept)

    (project / "seeds" / "steel.md").unlink()
    dropped = render_tree(out, config, jobs=1)
    assert set(steel) <= set(dropped.removed)
    assert not any((out / "docs" / path).exists() for path in steel)


def test_render_refuses_the_project_folder_and_a_foreign_config(project: Path, tmp_path: Path) -> None:
    into_project = _render(project, project)
    assert into_project.returncode == 1 and "own files" in into_project.stderr
    foreign = tmp_path / "other"
    foreign.mkdir()
    (foreign / "mkdocs.yml").write_text("site_name: Mine\n", encoding="utf-8")
    refused = _render(project, foreign)
    assert refused.returncode == 1 and "not written by `briefing render`" in refused.stderr
    assert (foreign / "mkdocs.yml").read_text(encoding="utf-8") == "site_name: Mine\n"
    assert not (foreign / "docs").exists() and ROOT.is_dir()


def test_render_reports_a_bad_sidecar_and_strict_fails_on_it(project: Path, tmp_path: Path) -> None:
    sidecar = project / "seeds" / "000_ea4352de70d833d8.yml"
    sidecar.write_text("actors:\n  Iwaya:\n    kind: robot\n", encoding="utf-8")
    strict = _render(project, tmp_path / "out")
    assert strict.returncode == 1
    assert f"warning: {sidecar}: actors.Iwaya.kind: expected one of" in strict.stderr
    assert "info: 1 articles" in strict.stderr
    plain = _render(project, tmp_path / "out", "--jobs", "1")
    assert plain.returncode == 0 and "actors.Iwaya.kind" in plain.stderr
    assert (tmp_path / "out" / SEED_PAGE).is_file()
