"""The Reuters corpus (500 real items, from ../shared) builds a strict site with cross-article pages."""
from __future__ import annotations

import re
import subprocess
from pathlib import Path

import pytest
from siteproject import ROOT, copy_project, mkdocs_command, mkdocs_env, pagefind_records

REUTERS = ROOT.parent / "shared" / "corpus" / "reuters"
HREF = re.compile(r'href="([^"#]+)(?:#[^"]*)?"')


@pytest.fixture(scope="module")
def reuters_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    if not REUTERS.is_dir():
        pytest.skip("../shared/corpus/reuters is not here")
    tmp = tmp_path_factory.mktemp("reuters")
    project = copy_project(tmp / "project")
    env = {**mkdocs_env(project), "BRIEFING_ARTICLES": str(REUTERS)}
    site = tmp / "site"
    done = subprocess.run(mkdocs_command("build", "--strict", "-d", str(site)), cwd=project, env=env,
                          capture_output=True, text=True, timeout=900)
    assert done.returncode == 0, done.stderr[-3000:]
    assert "skipped" in done.stderr  # title-only items are named, not fatal
    return site


def _links(page: Path) -> set[Path]:
    """The site pages ``page`` links to, as files."""
    return {(page.parent / h).resolve() / "index.html" for h in HREF.findall(page.read_text(encoding="utf-8"))
            if not h.startswith(("http", "/")) and not h.endswith((".js", ".css", ".png", ".svg", ".xml"))}


def test_strict_build_has_dashboard_timeline_actor_and_issue_pages(reuters_site: Path) -> None:
    home = (reuters_site / "index.html").read_text(encoding="utf-8")
    assert "Latest briefings" in home and 'class="mermaid"' in home
    assert (reuters_site / "timeline" / "index.html").is_file()
    briefings = [p for p in (reuters_site / "briefings").iterdir() if p.is_dir()]
    assert len(briefings) > 400
    assert len([p for p in (reuters_site / "actors").iterdir() if p.is_dir()]) > 50
    assert len([p for p in (reuters_site / "issues").iterdir() if p.is_dir()]) > 10


def test_actor_quotes_link_back_to_their_briefings(reuters_site: Path) -> None:
    quoted = [p for p in sorted((reuters_site / "actors").glob("*/index.html"))
              if 'class="quote"' in p.read_text(encoding="utf-8")]
    assert quoted, "no actor page lists a quote"
    page = quoted[0]
    targets = {t for t in _links(page) if "briefings" in t.parts}
    assert targets and all(t.is_file() for t in targets)
    name = re.search(r"<h1[^>]*>([^<]+)", page.read_text(encoding="utf-8")).group(1).strip()
    assert any(name in t.read_text(encoding="utf-8") for t in targets)


def test_a_shared_issue_has_one_page_linking_every_briefing(reuters_site: Path) -> None:
    for page in sorted((reuters_site / "issues").glob("*/index.html")):
        targets = {t for t in _links(page) if "briefings" in t.parts and t.parent.name != "briefings"}
        if len(targets) >= 2:
            assert all(t.is_file() for t in targets)
            issue_url = page.parent.name
            assert all(f"issues/{issue_url}/" in t.read_text(encoding="utf-8") for t in targets)
            return
    pytest.fail("no issue page links two briefings")


def test_search_index_holds_briefings_and_quotes_that_land_on_their_anchor(reuters_site: Path) -> None:
    records = pagefind_records(reuters_site)
    kinds = [r["filters"].get("kind", ["page"])[0] for r in records]  # type: ignore[union-attr]
    briefings = len([p for p in (reuters_site / "briefings").glob("*/index.html")
                     if not re.fullmatch(r"index-\d+", p.parent.name)])  # not the index's pages
    assert kinds.count("briefing") == briefings
    assert kinds.count("actor") and kinds.count("issue") and kinds.count("quote") > briefings
    for record in [r for r in records if "#q" in str(r["url"])][:50]:
        path, anchor = str(record["url"]).split("#")
        page = (reuters_site / path.lstrip("/") / "index.html").read_text(encoding="utf-8")
        assert f'<figure class="quote" id="{anchor}"' in page
