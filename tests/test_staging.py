"""A killed ``mkdocs build`` leaves the previous site whole, and the next build completes."""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
from pathlib import Path

from scalecorpus import variant_corpus
from siteproject import EventPipe, copy_project, mkdocs_command, mkdocs_env, run_mkdocs

from generator.store.hooks import HOLD_ENV
from generator.store.staging import publish, staging_dir


def test_publish_replaces_target_in_one_step(tmp_path: Path) -> None:
    target, staged = tmp_path / "site", staging_dir(tmp_path / "site")
    target.mkdir()
    (target / "old.html").write_text("old")
    staged.mkdir()
    (staged / "new.html").write_text("new")
    publish(staged, target, background=False)
    assert [p.name for p in target.iterdir()] == ["new.html"]
    assert sorted(p.name for p in tmp_path.iterdir()) == ["site"]
    # By default the old site is deleted by a detached process; the new one is in place at once.
    staged.mkdir()
    (staged / "newer.html").write_text("newer")
    publish(staged, target)
    assert [p.name for p in target.iterdir()] == ["newer.html"]
    assert not staged.exists()


def test_build_killed_mid_extraction_keeps_previous_site(tmp_path: Path) -> None:
    project = copy_project(tmp_path / "project")
    site = tmp_path / "site"
    build = mkdocs_command("build", "-q", "-d", str(site))
    env = mkdocs_env(project)
    assert run_mkdocs(project, "build", "-q", "-d", str(site), timeout=300).returncode == 0
    before = {p.relative_to(site): p.read_bytes() for p in site.rglob("*.html")}

    shutil.rmtree(project / "seeds")
    variant_corpus(project / "seeds", copies=3)
    cache = Path(env["BRIEFING_CACHE_DIR"])
    shutil.rmtree(cache, ignore_errors=True)
    hold = EventPipe(tmp_path / "hold")
    proc = subprocess.Popen(
        build,
        cwd=project,
        env=env | {HOLD_ENV: str(hold.path)},
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        start_new_session=True,
    )
    # Extraction stops once its first results are stored, and says so.
    assert hold.next(300, alive=lambda: proc.poll() is None) == "held", "the build did not reach extraction"
    os.killpg(proc.pid, signal.SIGKILL)  # the build and its extraction workers, as an OOM kill or power cut would
    hold.close()
    proc.wait()
    assert proc.returncode == -signal.SIGKILL, "the build finished before it could be killed"
    assert {p.relative_to(site): p.read_bytes() for p in site.rglob("*.html")} == before
    assert 0 < len(list(cache.rglob("*.json"))) < len(list((project / "seeds").iterdir()))

    assert run_mkdocs(project, "build", "-q", "-d", str(site), timeout=300).returncode == 0
    briefings = [p for p in (site / "briefings").iterdir() if p.is_dir()]
    assert len(briefings) == len(list((project / "seeds").iterdir()))
    assert not staging_dir(site).exists()
