"""Pagefind over a small built site: quote anchors, facets, the kept index, the theme override, the scale corpus."""

from __future__ import annotations

import json
import re
import shutil
from pathlib import Path

import pytest
from mkdocs.config import load_config
from siteproject import pagefind_records

from generator.bench.scale import FIRST_NAMES, edition_text, write_scale_corpus
from generator.mkdocs.search import THEME_DIR, install_theme
from generator.search.index import index_site
from generator.search.pagelist import shorten

BRIEFING = """<html lang="en"><head><title>Port strike</title></head><body><main><div data-pagefind-body>
<h1 id="port-strike">Port strike<a class="headerlink" href="#port-strike">¶</a></h1>
<div class="briefing-facets" hidden data-pagefind-ignore>
<span data-pagefind-filter="kind">briefing</span><span data-pagefind-meta="kind">briefing</span>
<span data-pagefind-filter="kind">quote</span>
<span data-pagefind-filter="year">2024</span><span data-pagefind-meta="date">2024-06-01</span>
<span data-pagefind-sort="date">2024-06-01</span><span data-pagefind-filter="outlet">Harbour &amp; Co</span>
<span data-pagefind-filter="speaker">Ana O&#39;Neill</span>
</div>
<p>Dockers walked out over pay on Monday.</p>
<figure class="quote" id="q1">
<blockquote>
<p>We will not go back for less &amp; nobody should.</p>
</blockquote>
<figcaption>— Ana O'Neill, union leader (said, direct)</figcaption>
</figure>
</div></main></body></html>
"""


def _site(root: Path, body: str = BRIEFING) -> Path:
    page = root / "briefings" / "port-strike" / "index.html"
    page.parent.mkdir(parents=True, exist_ok=True)
    page.write_text(body, encoding="utf-8")
    return root


def test_index_holds_one_record_per_page_with_its_quotes_as_anchors_and_is_reused_while_unchanged(
    tmp_path: Path,
) -> None:
    site, cache = _site(tmp_path / "site"), tmp_path / "cache"
    first = index_site(site, cache)
    assert (first.pages, first.quotes, first.reused) == (1, 1, False)
    before = pagefind_records(site)
    (page,) = before  # the quote is not a record of its own
    assert page["url"] == "/briefings/port-strike/"
    assert page["meta"]["title"] == "Port strike"  # the permalink sign is not part of it
    assert page["filters"] == {
        "kind": ["briefing", "quote"],
        "year": ["2024"],
        "outlet": ["Harbour & Co"],
        "speaker": ["Ana O'Neill"],
    }
    assert "Dockers walked out" in page["content"] and "briefing 2024" not in page["content"]
    words = str(page["content"]).split()
    (anchor,) = [a for a in page["anchors"] if a["id"] == "q1"]  # type: ignore[attr-defined]
    assert anchor["element"] == "figure"
    assert words[anchor["location"] : anchor["location"] + 3] == ["We", "will", "not"]  # where the script finds it
    assert not (site / "pagefind" / "pagefind-ui.js").exists()
    bundle = [p for p in (site / "pagefind").rglob("*") if p.is_file()]
    assert len(bundle) > 5 and all(p.stat().st_size for p in bundle)  # complete once the index is done
    assert json.loads((site / "pagefind" / "pagefind-entry.json").read_text(encoding="utf-8"))["languages"]

    again = index_site(site, cache)
    assert again.reused and pagefind_records(site) == before

    _site(site, BRIEFING.replace("Dockers walked out", "Crane drivers walked out"))
    changed = index_site(site, cache)
    assert not changed.reused
    assert "Crane drivers" in {r["url"]: r for r in pagefind_records(site)}["/briefings/port-strike/"]["content"]


def test_the_page_list_names_each_page_in_a_few_bytes_and_every_fragment_is_there(tmp_path: Path) -> None:
    site = tmp_path / "site"
    for i in range(300):
        page = site / "briefings" / f"strike-{i}" / "index.html"
        page.parent.mkdir(parents=True)
        page.write_text(BRIEFING.replace("Dockers walked out", f"Dockers walked out {i} times"), encoding="utf-8")
    index_site(site)
    bundle = site / "pagefind"
    language = json.loads((bundle / "pagefind-entry.json").read_text(encoding="utf-8"))["languages"]["en"]
    meta = bundle / f"pagefind.{language['hash']}.pf_meta"
    assert 0 < meta.stat().st_size < 5 * 300  # Pagefind's own names (content hashes) take about 7.7 bytes a page
    names = [p.stem for p in (bundle / "fragment").glob("*.pf_fragment")]
    assert len(names) == 300 and all(re.fullmatch(r"[0-9a-f]{6}_[0-9a-f]+", n) for n in names)
    assert len(pagefind_records(site)) == 300


def test_a_bundle_the_page_list_step_does_not_know_is_left_as_it_is() -> None:
    odd = {"pagefind-entry.json": b'{"languages": {"en": {"hash": "en_1"}}}', "pagefind.en_1.pf_meta": b"not gzip"}
    assert shorten(odd) is odd


def test_a_page_removed_leaves_the_unchanged_pages_indexed_from_disk(tmp_path: Path) -> None:
    site, cache = _site(tmp_path / "site"), tmp_path / "cache"
    other = site / "briefings" / "other" / "index.html"
    other.parent.mkdir(parents=True)
    other.write_text(BRIEFING.replace("Port strike", "Harbour closure"), encoding="utf-8")
    assert index_site(site, cache).pages == 2
    shutil.rmtree(other.parent)
    again = index_site(site, cache)  # the page left matches the kept bundle, which holds one more
    assert (again.pages, again.reused) == (1, False)
    assert [r["url"] for r in pagefind_records(site)] == ["/briefings/port-strike/"]


@pytest.mark.parametrize("own_main", [False, True])
def test_the_override_goes_after_a_custom_dir_unless_it_has_its_own_main(tmp_path: Path, own_main: bool) -> None:
    custom = tmp_path / "overrides"
    custom.mkdir()
    if own_main:
        (custom / "main.html").write_text('{% extends "base.html" %}\n', encoding="utf-8")
    (tmp_path / "docs").mkdir()
    (tmp_path / "mkdocs.yml").write_text(
        "site_name: S\ntheme:\n  name: material\n  custom_dir: overrides\n", encoding="utf-8"
    )
    config = load_config(config_file=str(tmp_path / "mkdocs.yml"))
    assert install_theme(config) is not own_main
    dirs = config.theme.dirs
    assert (str(THEME_DIR) in dirs) is not own_main
    if not own_main:
        assert dirs.index(str(custom.resolve())) < dirs.index(str(THEME_DIR)) < len(dirs) - 1


def test_editions_number_the_headline_and_rotate_first_names(tmp_path: Path) -> None:
    text = "Minister quits\n\nTony Blair said Gordon Brown would stay. Mr Blair and Tony agreed.\n"
    editions = [edition_text(text, k) for k in range(10)]
    assert editions[0].startswith("Minister quits (edition 1)\n") and "Tony Blair" in editions[0]
    assert editions[9].startswith("Minister quits (edition 10)\n")
    firsts = {e.split("\n", 2)[2].split()[0] for e in editions}
    assert len(firsts) == 10 and firsts <= set(FIRST_NAMES)
    assert all("Mr Blair and Tony agreed" in e for e in editions)  # a lone first name is no person
    (tmp_path / "src").mkdir()
    (tmp_path / "src" / "a.txt").write_text(text, encoding="utf-8")
    (tmp_path / "src" / "README.TXT").write_text("not an article", encoding="utf-8")
    out = write_scale_corpus(tmp_path / "src", tmp_path / "out", 3)
    assert sorted(p.name for p in out.iterdir()) == ["a-e01.txt", "a-e02.txt", "a-e03.txt"]
