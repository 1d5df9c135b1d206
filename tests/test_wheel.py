"""The built wheel, installed into a fresh virtual environment, starts and builds a project."""

from __future__ import annotations

import os
import shlex
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest
from siteproject import ROOT

from generator import __version__

pytestmark = pytest.mark.slow

DIST_ENV = "BRIEFING_DIST"
"""A folder holding the wheel already built (by .ci/run); else the test builds one."""
SAMPLE_TITLE = "Harbour Town Council Approves New Footbridge After Long Debate"
PIP = ("-m", "pip", "install", "-q", "--disable-pip-version-check")


def _run(args: list[str], cwd: Path, env: dict[str, str], timeout: int = 600) -> subprocess.CompletedProcess[str]:
    return subprocess.run(args, check=False, cwd=cwd, env=env, capture_output=True, text=True, timeout=timeout)


def _wheel(tmp_path: Path) -> Path:
    dist = Path(os.environ[DIST_ENV]) if os.environ.get(DIST_ENV) else tmp_path / "dist"
    if not os.environ.get(DIST_ENV):
        built = _run(
            [sys.executable, "-m", "build", "--wheel", "--outdir", str(dist), str(ROOT)], ROOT, dict(os.environ)
        )
        assert built.returncode == 0, built.stdout[-3000:] + built.stderr[-3000:]
    wheels = sorted(dist.glob(f"briefing_generator-{__version__}-*.whl"))
    assert len(wheels) == 1, wheels
    return wheels[0]


def test_wheel_in_a_fresh_venv_runs_briefing_new_and_mkdocs_build(tmp_path: Path) -> None:
    wheel = _wheel(tmp_path)
    names = set(zipfile.ZipFile(wheel).namelist())
    for part in (
        "generator/site/templates/briefing.md.j2",
        "generator/assets/mermaid/mermaid.min.js",
        "generator/scaffold/files/mkdocs.yml",
        "generator/scaffold/files/dot-github/workflows/pages.yml",
        "generator/scaffold/files/seeds/harbour-bridge-vote.txt",
        "generator/extract/learned/weights.json",
        "generator/extract/learned/nouns.json",
    ):
        assert part in names, part

    venv = tmp_path / "venv"
    made = subprocess.run([sys.executable, "-m", "venv", str(venv)], check=False, capture_output=True, text=True)
    assert made.returncode == 0, made.stderr
    python = str(venv / "bin" / "python")
    # A fresh shell: nothing of this checkout or its .venv on the paths.
    env = {
        k: v
        for k, v in os.environ.items()
        if k not in ("PYTHONPATH", "VIRTUAL_ENV", "PYTHONHOME") and not k.startswith("BRIEFING_")
    }
    env["PATH"] = os.pathsep.join([str(venv / "bin"), env.get("PATH", "")])
    lock = str(ROOT / "requirements" / "lock.txt")
    for step in ([python, *PIP, "-c", lock, "pip"], [python, *PIP, "-c", lock, str(wheel)]):
        installed = _run(step, tmp_path, env)
        assert installed.returncode == 0, installed.stderr[-3000:]
    where = _run([python, "-c", "import generator; print(generator.__file__)"], tmp_path, env)
    assert Path(where.stdout.strip()).is_relative_to(venv), where.stdout

    new = _run(["briefing", "new", "site"], tmp_path, env)
    assert new.returncode == 0, new.stderr
    site = tmp_path / "site"

    # No model yet: the error says what to run; running exactly that installs it.
    missing = _run(["briefing", "extract", "seeds"], site, env)
    assert missing.returncode == 2
    commands = [line.strip() for line in missing.stderr.splitlines() if " -m pip install " in line]
    assert len(commands) == 1 and "--require-hashes" in commands[0], missing.stderr
    model = _run(shlex.split(commands[0]), tmp_path, env)
    assert model.returncode == 0, model.stderr[-3000:]

    built = _run(["mkdocs", "build", "--strict"], site, env)
    assert built.returncode == 0, built.stderr
    pages = list((site / "site" / "briefings").glob("*/index.html"))
    assert len(pages) == 1
    page = pages[0].read_text(encoding="utf-8")
    assert SAMPLE_TITLE in page and "Elena Marsh" in page and "Tom Fenwick" in page

    rendered = _run(["briefing", "render", "out", "--strict"], site, env)
    assert rendered.returncode == 0, rendered.stderr
    assert len(list((site / "out" / "docs" / "briefings").glob("harbour-town-*.md"))) == 1
