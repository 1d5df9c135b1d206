"""Rebuilds reuse the rendered site, page conversions and search entries, and the result is the
same site a cold build makes; parallel conversion ahead of the build changes nothing either."""

from __future__ import annotations

import logging
import re
import shutil
import subprocess
from pathlib import Path

import pytest
from mkdocs.config import load_config
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.structure.files import File, Files, get_files
from mkdocs.structure.nav import get_navigation
from scalecorpus import FIXTURES, variant_corpus
from siteproject import copy_project, run_mkdocs, site_files

from generator.mkdocs.outputmemo import frame_key
from generator.mkdocs.pagememo import MemoPage, conversion_context
from generator.store.forked import forked_map
from generator.store.memo import Memo

UNCHANGED = "pages unchanged"
CONVERTED = re.compile(r"converted \d+ changed pages in 2 processes")
RENDERED = re.compile(r"rendered \d+ changed pages in 2 processes")


def _build(
    project: Path, site: Path, cache: Path, jobs: int = 1, *args: str, seed: str = "0"
) -> subprocess.CompletedProcess[str]:
    env = {
        "BRIEFING_ARTICLES": "articles",
        "BRIEFING_CACHE_DIR": str(cache),
        "BRIEFING_JOBS": str(jobs),
        "NO_MKDOCS_2_WARNING": "1",
        "PYTHONHASHSEED": seed,
    }
    return run_mkdocs(project, "build", "-d", str(site), *args, env=env, timeout=300)


@pytest.fixture(scope="module")
def project(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The product's site over the hand-written fixture articles."""
    root = copy_project(tmp_path_factory.mktemp("memo") / "project")
    shutil.copytree(FIXTURES, root / "articles")
    return root


def test_rebuilds_reuse_work_and_equal_cold_builds(project: Path, tmp_path: Path) -> None:
    cache = tmp_path / "cache"
    (cache / "rebuild").mkdir(parents=True)
    (cache / "rebuild" / "output-0.json").write_text("{}", encoding="utf-8")  # an earlier version's memo
    cold = _build(project, tmp_path / "cold", cache)
    assert cold.returncode == 0, cold.stderr
    assert UNCHANGED not in cold.stderr
    stored = {p.name: p.read_bytes() for p in (cache / "rebuild").iterdir()}
    # No "search" memo: Material's search plugin is off (Pagefind indexes the built site instead).
    assert set(stored) == {"site.sqlite", "pages.sqlite", "html.sqlite", "output.sqlite"}

    # Another process (another hash seed) finds every page's work stored: it adds nothing.
    warm = _build(project, tmp_path / "warm", cache, seed="1")
    assert warm.returncode == 0, warm.stderr
    assert UNCHANGED in warm.stderr
    assert site_files(tmp_path / "warm") == site_files(tmp_path / "cold")
    assert {p.name: p.read_bytes() for p in (cache / "rebuild").iterdir()} == stored

    # Enough changed pages for both cores to convert and render them ahead of MkDocs' page loop.
    big = copy_project(tmp_path / "big")
    variant_corpus(big / "articles", copies=3)
    parallel = _build(big, tmp_path / "parallel", tmp_path / "cache-2", jobs=2)
    assert parallel.returncode == 0, parallel.stderr
    assert CONVERTED.search(parallel.stderr) and RENDERED.search(parallel.stderr)
    assert _build(big, tmp_path / "serial", tmp_path / "cache-3").returncode == 0
    assert site_files(tmp_path / "parallel") == site_files(tmp_path / "serial")


def test_a_changed_article_is_rebuilt_like_a_cold_build(project: Path, tmp_path: Path) -> None:
    cache, edited = tmp_path / "cache", tmp_path / "edited"
    shutil.copytree(project, edited)
    assert _build(edited, tmp_path / "before", cache).returncode == 0
    article = edited / "articles" / "03_rail.txt"
    article.write_text(article.read_text(encoding="utf-8").replace("station", "depot"), encoding="utf-8")

    rebuilt = _build(edited, tmp_path / "after", cache)
    assert rebuilt.returncode == 0, rebuilt.stderr
    assert UNCHANGED not in rebuilt.stderr
    after = site_files(tmp_path / "after")
    changed = {name for name, data in site_files(tmp_path / "before").items() if after.get(name) != data}
    assert any(name.startswith("briefings/") for name in changed)
    assert any(b"outside the depot" in data for name, data in after.items() if name.startswith("briefings/"))
    assert _build(edited, tmp_path / "cold", tmp_path / "cache-cold").returncode == 0
    assert after == site_files(tmp_path / "cold")


def test_a_warning_comes_back_on_every_strict_build(project: Path, tmp_path: Path) -> None:
    broken = tmp_path / "broken"
    shutil.copytree(project, broken)
    (broken / "articles" / "01_harbour.yml").write_text("actors: [unclosed\n", encoding="utf-8")
    for run in ("first", "second"):
        result = _build(broken, tmp_path / run, tmp_path / "cache", 1, "--strict")
        assert result.returncode != 0, run
        assert "01_harbour.yml" in result.stderr, run
        assert UNCHANGED not in result.stderr, run


def _config(tmp_path: Path) -> MkDocsConfig:
    """A site with the default Markdown extensions, its pages in ``tmp_path/docs``."""
    (tmp_path / "docs").mkdir()
    (tmp_path / "mkdocs.yml").write_text("site_name: Memo\n", encoding="utf-8")
    return load_config(config_file=str(tmp_path / "mkdocs.yml"))


def _page(config: MkDocsConfig, files: Files, memo: Memo) -> MemoPage:
    page = MemoPage(files.get_file_from_path("a.md"), config, memo, conversion_context(config))  # type: ignore[arg-type]
    page.read_source(config)
    page.render(config, files)
    return page


def test_a_stored_conversion_is_used_only_while_its_links_resolve(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    config = _config(tmp_path)
    docs = tmp_path / "docs"
    (docs / "a.md").write_text("# A\n\nSee [the other page](b.md).\n", encoding="utf-8")
    (docs / "b.md").write_text("# B\n", encoding="utf-8")
    a, b = (File(name, str(docs), str(tmp_path / "site"), use_directory_urls=True) for name in ("a.md", "b.md"))
    memo = Memo(tmp_path / "html.sqlite")
    first = _page(config, Files([a, b]), memo)
    assert 'href="../b/"' in first.content and first.toc.items[0].title == "A"

    memo.save()
    memo = Memo(tmp_path / "html.sqlite")
    (entry,) = memo.saved()
    key = first.memo_key()
    entry["html"] = "<p>stored</p>"
    memo.put(key, entry)
    assert _page(config, Files([a, b]), memo).content == "<p>stored</p>"

    with caplog.at_level(logging.WARNING):
        alone = _page(config, Files([a]), memo)
    assert 'href="b.md"' in alone.content
    assert any("b.md" in r.getMessage() for r in caplog.records)


def test_memo_keeps_what_a_build_used(tmp_path: Path) -> None:
    path = tmp_path / "memo.sqlite"
    memo = Memo(path)
    memo.put("a", {"x": 1})
    memo.put("b", [1, 2])
    memo.put("c", "kept unread \ud800")
    memo.save()
    memo = Memo(path)
    assert memo.get("a") == {"x": 1} and memo.get("missing") is None
    memo.keep("c")
    memo.save()
    assert sorted(map(str, Memo(path).saved())) == ["kept unread \ud800", "{'x': 1}"]
    del memo
    path.write_bytes(b"{not a database")
    assert Memo(path).get("a") is None


def test_what_a_build_stores_is_seen_by_the_next_only_once_saved(tmp_path: Path) -> None:
    path = tmp_path / "memo.sqlite"
    first = Memo(path)
    first.put("a", "first")
    first.save()
    killed = Memo(path)
    killed.put("b", "unsaved")
    assert killed.get("b") == "unsaved" and killed.saved() == ["first"]
    killed.put("a", "second")
    del killed  # a build that dies before saving
    assert Memo(path).get("a") == "first" and Memo(path).get("b") is None


def test_forked_readers_see_what_the_owner_committed_and_never_lay_out_the_file(tmp_path: Path) -> None:
    # Readers that laid out a file nobody had opened yet raced each other: one dropped the
    # table another was reading ("no such table: entries").
    fresh, stored = Memo(tmp_path / "fresh.sqlite"), Memo(tmp_path / "stored.sqlite")
    stored.put("a", "committed")
    stored.commit()
    seen = list(forked_map(lambda _: (fresh.get("a"), stored.get("a")), 4, 2, chunksize=1))
    assert seen == [(None, "committed")] * 4
    assert not fresh.path.exists()
    fresh.put("a", "owner")
    assert fresh.get("a") == "owner"


def test_a_memo_in_an_unwritable_folder_works_in_memory_and_says_why(tmp_path: Path) -> None:
    (tmp_path / "cache").write_text("a file where the folder should be", encoding="utf-8")
    memo = Memo(tmp_path / "cache" / "memo.sqlite")
    memo.put("a", 1)
    assert memo.get("a") == 1
    with pytest.raises(OSError, match=r"memo\.sqlite"):
        memo.save()


def test_a_page_that_includes_other_files_is_converted_every_time(tmp_path: Path) -> None:
    docs = tmp_path / "docs"
    docs.mkdir()
    (tmp_path / "mkdocs.yml").write_text(
        f"site_name: Memo\nmarkdown_extensions:\n  - pymdownx.snippets:\n      base_path: ['{docs}']\n",
        encoding="utf-8",
    )
    config = load_config(config_file=str(tmp_path / "mkdocs.yml"))
    (docs / "a.md").write_text('# A\n\n--8<-- "part.txt"\n', encoding="utf-8")
    files = Files([File("a.md", str(docs), str(tmp_path / "site"), use_directory_urls=True)])
    memo = Memo(tmp_path / "html.sqlite")
    for text in ("first version", "second version"):
        (docs / "part.txt").write_text(text + "\n", encoding="utf-8")
        assert text in _page(config, files, memo).content


def test_a_build_with_an_unwritable_cache_folder_completes(project: Path, tmp_path: Path) -> None:
    blocker = tmp_path / "cache"
    blocker.write_text("a file where the cache folder should be", encoding="utf-8")
    result = _build(project, tmp_path / "site", blocker)
    assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stderr
    assert f"cache folder {blocker} cannot be written" in result.stderr
    assert any(name.startswith("briefings/") for name in site_files(tmp_path / "site"))


def test_finished_pages_are_reused_only_beside_plugins_of_known_effect(tmp_path: Path) -> None:
    (tmp_path / "docs").mkdir()
    (tmp_path / "docs" / "index.md").write_text("# Home\n", encoding="utf-8")
    frames = []
    for plugins in ("[search, tags]", "[search, tags, offline]"):
        (tmp_path / "mkdocs.yml").write_text(
            f"site_name: Memo\ntheme: material\nplugins: {plugins}\n", encoding="utf-8"
        )
        config = load_config(config_file=str(tmp_path / "mkdocs.yml"))
        config.plugins.on_startup(command="build", dirty=False)
        config = config.plugins.on_config(config)
        files = get_files(config)
        frames.append(frame_key(config, get_navigation(files, config)))
    assert frames[0] is not None and frames[1] is None
