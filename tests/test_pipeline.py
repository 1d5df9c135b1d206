"""Batch extraction: cache reuse, partial re-parse, job-count independence, and surviving SIGKILL."""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
from pathlib import Path

from scalecorpus import FIXTURES, jsonl, variant_corpus
from siteproject import EventPipe

from generator.build.batch import CHUNK, extract_all
from generator.build.progress import Summary
from generator.ingest.collect import collect
from generator.store.hooks import HOLD_ENV

REPO = Path(__file__).resolve().parents[1]


def _run(folder: Path, cache: Path, **kwargs) -> tuple[str, Summary]:
    articles, errors = collect([folder])
    assert not errors
    seen: list[Summary] = []
    briefings = extract_all(articles, cache_dir=cache, jobs=1, on_summary=seen.append, **kwargs)
    assert [b.article.path for b in briefings] == [a.path for a in articles]
    return jsonl(briefings), seen[0]


def test_warm_run_hits_everything_and_a_changed_article_reparses_alone(tmp_path: Path) -> None:
    folder = tmp_path / "articles"
    shutil.copytree(FIXTURES, folder)
    cache = tmp_path / "cache"
    cold, first = _run(folder, cache)
    assert (first.articles, first.hits) == (8, 0)
    warm, second = _run(folder, cache)
    assert (warm, second.hits) == (cold, 8)

    changed = folder / "03_rail.txt"
    changed.write_text(changed.read_text(encoding="utf-8").replace("Anna Weber", "Greta Vogel"), encoding="utf-8")
    after, third = _run(folder, cache)
    assert third.hits == 7
    assert "Greta Vogel" in after and "Anna Weber" not in after
    assert after.splitlines()[:2] == cold.splitlines()[:2]


def test_warm_run_does_not_load_the_model(tmp_path: Path) -> None:
    cache = tmp_path / "cache"
    _run(FIXTURES, cache)
    script = (
        "import sys; from pathlib import Path\n"
        "from generator.extract import nlp; from generator.ingest.collect import collect; from generator.build.batch import extract_all\n"
        "arts, _ = collect([Path(sys.argv[1])])\n"
        "extract_all(arts, cache_dir=sys.argv[2], jobs=1)\n"
        "assert nlp.load.cache_info().currsize == 0, 'model loaded on a warm run'\n"
    )
    subprocess.run([sys.executable, "-c", script, str(FIXTURES), str(cache)], check=True, cwd=REPO)


def test_two_jobs_give_byte_identical_output(tmp_path: Path) -> None:
    articles, _ = collect([variant_corpus(tmp_path / "a", copies=2)])
    assert len(articles) > CHUNK, "needs several chunks so that both workers get work"
    one = jsonl(extract_all(articles, jobs=1, use_cache=False))
    two = jsonl(extract_all(articles, jobs=2, use_cache=False))
    assert one == two


def test_cli_survives_sigkill_mid_extraction(tmp_path: Path) -> None:
    folder = variant_corpus(tmp_path / "articles", copies=3)
    total = len(list(folder.iterdir()))
    cache = tmp_path / "cache"
    env = {**os.environ, "BRIEFING_CACHE_DIR": str(cache)}
    cmd = [sys.executable, "-m", "generator", "extract", str(folder), "--jobs", "1"]
    hold = EventPipe(tmp_path / "hold")
    proc = subprocess.Popen(
        cmd, cwd=REPO, env=env | {HOLD_ENV: str(hold.path)}, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
    )
    # Extraction stops once its first results are stored, and says so.
    assert hold.next(120, alive=lambda: proc.poll() is None) == "held", "extraction did not start"
    proc.send_signal(signal.SIGKILL)
    hold.close()
    proc.wait()
    assert proc.returncode == -signal.SIGKILL, "the run finished before it could be killed"
    assert 0 < len(list(cache.rglob("*.json"))) < total

    done = subprocess.run(cmd, cwd=REPO, env=env, capture_output=True, text=True, check=True)
    assert f"{total} articles" in done.stderr and "cache hits" in done.stderr
    articles, _ = collect([folder])
    assert done.stdout == jsonl(extract_all(articles, jobs=1, use_cache=False))
    assert len(done.stdout.splitlines()) == total
    assert len(list(cache.rglob("*.json"))) == total
