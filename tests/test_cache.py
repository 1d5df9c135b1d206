"""The extraction cache: keys, atomic entries, and recovery from corrupt or half-written files."""

from __future__ import annotations

import dataclasses
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from scalecorpus import fixture_articles, jsonl
from siteproject import ROOT

from generator.build.batch import extract_all
from generator.build.cache import Cache, article_key, code_fingerprint, installed_model_id
from generator.build.progress import Summary
from generator.settings import cache_root


def test_key_follows_content_model_and_metadata_not_location() -> None:
    article = fixture_articles()[0]
    key = article_key(article, "en_core_web_sm-3.8.0")
    moved = dataclasses.replace(article, path="elsewhere/x.txt", key="elsewhere/x.txt")
    assert article_key(moved, "en_core_web_sm-3.8.0") == key
    assert article_key(dataclasses.replace(article, text=article.text + " "), "en_core_web_sm-3.8.0") != key
    assert article_key(dataclasses.replace(article, title="Other"), "en_core_web_sm-3.8.0") != key
    assert article_key(article, "en_core_web_sm-3.9.0") != key


def test_installed_model_id_matches_loaded_model(nlp) -> None:
    from generator.extract.nlp import model_id

    assert installed_model_id() == model_id(nlp)
    assert len(code_fingerprint()) == 64


def test_cache_root_precedence(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.delenv("BRIEFING_CACHE_DIR", raising=False)
    assert cache_root() == Path(".briefing-cache")
    assert cache_root(tmp_path) == tmp_path / ".briefing-cache"
    monkeypatch.setenv("BRIEFING_CACHE_DIR", str(tmp_path / "env"))
    assert cache_root(tmp_path) == tmp_path / "env"
    assert cache_root(tmp_path, tmp_path / "arg") == tmp_path / "arg"


def _fingerprint(package_parent: Path) -> str:
    """``code_fingerprint()`` of the copy of the package below ``package_parent``, in a new process."""
    code = "from generator.build.cache import code_fingerprint; print(code_fingerprint())"
    result = subprocess.run(
        [sys.executable, "-c", code],
        cwd=package_parent,
        env={**os.environ, "PYTHONPATH": str(package_parent)},
        capture_output=True,
        text=True,
        check=True,
    )
    return result.stdout.strip()


def test_extraction_key_follows_extraction_code_only(tmp_path: Path) -> None:
    shutil.copytree(ROOT / "generator", tmp_path / "generator", ignore=shutil.ignore_patterns("__pycache__"))
    package = tmp_path / "generator"
    before = _fingerprint(tmp_path)
    for unrelated in ("bench/speed.py", "site/templates/briefing.md.j2", "assets/mermaid/LICENSE", "cli.py"):
        with (package / unrelated).open("a", encoding="utf-8") as out:
            out.write("\n")
    assert _fingerprint(tmp_path) == before
    with (package / "extract" / "quotes.py").open("a", encoding="utf-8") as out:
        out.write("\n# a changed extractor\n")
    changed = _fingerprint(tmp_path)
    assert changed != before
    with (package / "model.py").open("a", encoding="utf-8") as out:
        out.write("\n# a changed data model\n")
    assert _fingerprint(tmp_path) not in {before, changed}


def test_entries_round_trip_and_leave_no_temp_files(tmp_path: Path) -> None:
    articles = fixture_articles()
    fresh = extract_all(articles, cache_dir=tmp_path, jobs=1)
    entries = sorted(tmp_path.rglob("*"))
    files = [p for p in entries if p.is_file()]
    assert len(files) == len(articles) and all(p.suffix == ".json" for p in files)
    assert all(json.loads(p.read_text(encoding="utf-8"))["text"] for p in files)
    assert jsonl(extract_all(articles, cache_dir=tmp_path, jobs=1)) == jsonl(fresh)


def test_corrupt_and_foreign_entries_are_misses_and_get_rewritten(tmp_path: Path) -> None:
    articles = fixture_articles()
    fresh = jsonl(extract_all(articles, cache_dir=tmp_path, jobs=1))
    mid = installed_model_id()
    cache = Cache(tmp_path)
    truncated = cache._path(article_key(articles[0], mid))
    truncated.write_text(truncated.read_text(encoding="utf-8")[:100], encoding="utf-8")
    wrong_text = cache._path(article_key(articles[1], mid))
    data = json.loads(wrong_text.read_text(encoding="utf-8"))
    wrong_text.write_text(json.dumps({**data, "text": "another article"}), encoding="utf-8")
    (truncated.parent / ".leftover.tmp").write_text("{", encoding="utf-8")

    seen: list[Summary] = []
    assert jsonl(extract_all(articles, cache_dir=tmp_path, jobs=1, on_summary=seen.append)) == fresh
    assert seen[0].hits == len(articles) - 2
    assert cache.get(article_key(articles[0], mid), articles[0]) is not None
    assert cache.get(article_key(articles[1], mid), articles[1]) is not None


def test_no_cache_writes_nothing(tmp_path: Path) -> None:
    extract_all(fixture_articles()[:2], cache_dir=tmp_path / "c", use_cache=False, jobs=1)
    assert not (tmp_path / "c").exists()


def test_an_unwritable_cache_folder_is_reported_not_fatal(tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file where the cache folder should be", encoding="utf-8")
    articles = fixture_articles()[:2]
    briefings = extract_all(articles, cache_dir=blocker, jobs=1)
    assert [b.article.key for b in briefings] == [a.key for a in articles]
    assert all(b.actors for b in briefings)
    warnings = [r.getMessage() for r in caplog.records if r.levelname == "WARNING"]
    assert len(warnings) == 1 and str(blocker) in warnings[0] and "not cached" in warnings[0]


def test_a_fault_on_one_article_leaves_the_others_and_is_not_cached(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    """An extractor fault on one article's text is one error line naming the file; the other articles
    are extracted, and the failed one is parsed again next run rather than read back empty."""
    import generator.extract.briefing as briefing_mod

    articles = fixture_articles()[:2]
    build = briefing_mod.build_briefing

    def faulty(article, doc):  # fault injection: no real input is known to break the extractor
        if article.path == articles[0].path:
            raise ValueError("injected fault")
        return build(article, doc)

    monkeypatch.setattr(briefing_mod, "build_briefing", faulty)
    first = extract_all(articles, cache_dir=tmp_path, jobs=1)
    assert first[0].failed == "ValueError: injected fault" and not first[0].actors
    assert first[1].failed is None and first[1].actors
    [record] = [r for r in caplog.records if r.levelname == "ERROR"]
    assert record.getMessage().startswith(f"error: {articles[0].path}: extraction failed") and not record.exc_info
    monkeypatch.setattr(briefing_mod, "build_briefing", build)
    seen: list[Summary] = []
    again = extract_all(articles, cache_dir=tmp_path, jobs=1, on_summary=seen.append)
    assert again[0].failed is None and again[0].actors and seen[0].hits == 1
