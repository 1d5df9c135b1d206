"""Real ``mkdocs build`` runs of a temporary project through the ``briefing`` plugin."""

from __future__ import annotations

import re
import shutil
import subprocess
from html.parser import HTMLParser
from pathlib import Path

import pytest
from siteproject import ROOT, run_mkdocs

SEED = ROOT / "seeds" / "000_ea4352de70d833d8.txt"

STEEL_ONE = """---
title: Ministers clash over steel tariffs in Brussels
date: 2024-05-02
source: Example Wire
---
European trade ministers clashed on Thursday over proposed steel tariffs on imports from outside the bloc.

"These steel tariffs will protect thousands of jobs in our mills," said Maria Keller, the German economy minister, after the meeting in Brussels.

France warned that steel tariffs could raise costs for carmakers and builders across Europe.
"""
STEEL_TWO = """---
title: Carmakers warn steel tariffs will raise prices
date: 2024-05-09
source: Example Wire
---
Carmakers in Germany warned on Monday that new steel tariffs would raise the price of every car sold in Europe.

"Steel tariffs are a tax on our customers," said Paul Lambert, chief executive of the carmakers' association, in a statement.

Maria Keller said the government would consider exemptions for small suppliers affected by steel tariffs.
"""
HOSTILE = """---
title: "<script>alert('t')</script> Port strike {{ 7*7 }}"
date: 2024-06-01
source: "<img src=x onerror=alert(1)>"
url: "javascript:alert(1)"
tags: ["<b>bold</b>"]
---
<img src=x onerror=alert(2)> Dock workers in the port of Example walked out on Friday over pay and safety rules.

"The {{ 7*7 }} offer {% for x in y %} is [not enough](javascript:alert(3))," said Ana Ruiz, a union leader at the port.

# Not a heading but a line of text written by the hostile article author

!!! danger "Not an admonition either, just text that the reader should see"

<iframe src="https://evil.example/"></iframe> The port authority said talks would resume next week with both sides.

A line with an attribute list { #evil .evil onclick="alert(4)" } that must stay text.
"""
INJECTED = {"img", "iframe", "b"}
INJECTED_ATTRS = {"onerror", "onclick"}


class _Tags(HTMLParser):
    """Tag and attribute names of a page, and every script's src."""

    def __init__(self) -> None:
        super().__init__()
        self.tags: set[str] = set()
        self.attrs: set[str] = set()
        self.scripts: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.add(tag)
        self.attrs.update(k for k, _ in attrs)
        if tag == "script":
            self.scripts.append(dict(attrs).get("src") or "")


def _parse(page: Path) -> _Tags:
    parser = _Tags()
    parser.feed(page.read_text(encoding="utf-8"))
    return parser


def _project(tmp: Path, articles: dict[str, str]) -> Path:
    shutil.copy2(ROOT / "mkdocs.yml", tmp / "mkdocs.yml")
    shutil.copytree(ROOT / "content", tmp / "content")
    (tmp / "articles").mkdir()
    for name, text in articles.items():
        (tmp / "articles" / name).write_text(text, encoding="utf-8")
    return tmp


def _mkdocs(project: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return run_mkdocs(
        project, "build", *args, env={"BRIEFING_ARTICLES": "articles", "BRIEFING_CACHE_DIR": str(project / ".cache")}
    )


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A strict build of the seed, two related articles and a hostile one, with one user template."""
    project = _project(
        tmp_path_factory.mktemp("project"),
        {
            "seed.txt": SEED.read_text(encoding="utf-8"),
            "steel-one.md": STEEL_ONE,
            "steel-two.md": STEEL_TWO,
            "port.md": HOSTILE,
        },
    )
    (project / "templates").mkdir()
    (project / "templates" / "issues_index.md.j2").write_text(
        "---\ntitle: Issues\n---\n# User issues index\n\n{% for h, rows in page.groups %}{% for i in rows %}"
        "- [{{ i.label }}]({{ i.path | rel }})\n{% endfor %}{% endfor %}",
        encoding="utf-8",
    )
    result = _mkdocs(project, "--strict")
    assert result.returncode == 0, result.stderr
    return project / "site"


def _page_linking(site: Path, folder: str, text: str) -> Path:
    pages = [
        p
        for p in sorted((site / folder).rglob("index.html"))
        if text in p.read_text(encoding="utf-8") and p.parent != site / folder
    ]
    assert pages, f"no page under {folder} contains {text!r}"
    return pages[0]


def test_seed_briefing_shows_actors_roles_and_quote(built: Path) -> None:
    page = built / "briefings" / "japan-and-china-seek-to-improve-ties-amid-us-china-tensions" / "index.html"
    html = page.read_text(encoding="utf-8")
    table = re.search(r'<h2 id="key-actors">.*?</table>', html, re.S).group()
    for name in ("Ian Chong", "Takeshi Iwaya", "Wang Yi", "Li Qiang", "Stephen Nagy", "Shigeru Ishiba", "Donald Trump"):
        link = f'href="../../actors/{name.lower().replace(" ", "-")}/">{name}</a>'
        # A lead voice gets a page (site.PageRule); every actor shows in the table.
        assert link in table if name == "Ian Chong" else (link in table or f"<td>{name}</td>" in table)
    assert "political scientist at the National University of Singapore" in html
    quote = re.search(r"<blockquote>\s*<p>Tokyo does want to have smoother ties.*?</figcaption>", html, re.S)
    assert quote and 'href="../../actors/ian-chong/">Ian Chong</a>' in quote.group()
    assert re.search(r'<details class="abstract">.*id="p1".*id="p9"', html, re.S)
    assert 'href="#p3"' in html


def test_actor_page_lists_quotes_linking_back(built: Path) -> None:
    html = (built / "actors" / "maria-keller" / "index.html").read_text(encoding="utf-8")
    quotes = re.findall(r"<blockquote>.*?</figcaption>", html, re.S)
    assert any(
        "These steel tariffs will protect" in q
        and re.search(r'href="../../briefings/ministers-clash-over-steel-tariffs-in-brussels/#p\d+"', q)
        for q in quotes
    )
    assert "../../briefings/carmakers-warn-steel-tariffs-will-raise-prices/" in html
    assert 'class="mermaid"' in html


def test_issue_shared_by_two_articles_has_one_page(built: Path) -> None:
    pages = [
        p
        for p in (built / "issues").glob("*/index.html")
        if "<h1" in (t := p.read_text(encoding="utf-8")) and ">Steel tariffs<" in t
    ]
    assert len(pages) == 1
    html = pages[0].read_text(encoding="utf-8")
    assert "../../briefings/ministers-clash-over-steel-tariffs-in-brussels/" in html
    assert "../../briefings/carmakers-warn-steel-tariffs-will-raise-prices/" in html


def test_hostile_article_renders_as_text(built: Path) -> None:
    page = _page_linking(built, "briefings", "union leader at the port")
    parsed = _parse(page)
    assert not INJECTED & parsed.tags and not INJECTED_ATTRS & parsed.attrs
    assert all(src.endswith((".js",)) and "//" not in src for src in parsed.scripts if src)
    html = page.read_text(encoding="utf-8")
    assert "javascript:" not in html.split("<article", 1)[1].replace("javascript:alert(3)", "")
    assert "&#123;&#123; 7&#42;7 &#125;&#125;" in html
    assert 'id="evil"' not in html
    for page in built.rglob("*.html"):
        assert "onerror=" not in page.read_text(encoding="utf-8")


def test_site_structure_nav_and_bundled_mermaid(built: Path) -> None:
    home = (built / "index.html").read_text(encoding="utf-8")
    assert '<pre class="mermaid">' in home and "Most-mentioned actors" in home
    assert "assets/javascripts/mermaid.min.js" in _parse(built / "index.html").scripts
    assert (built / "assets" / "javascripts" / "mermaid.min.js").stat().st_size > 1_000_000
    nav = re.search(r'<nav class="md-nav md-nav--primary".*?</nav>', home, re.S).group()
    assert "briefings/japan-and-china" not in nav and "actors/ian-chong" not in nav
    for index in ("briefings", "actors", "issues", "timeline"):
        assert (built / index / "index.html").is_file()
    assert "User issues index" in (built / "issues" / "index.html").read_text(encoding="utf-8")
    assert "Japan and China Seek" in (built / "timeline" / "undated" / "index.html").read_text(encoding="utf-8")
    assert "unpkg.com" not in home and "fonts.googleapis" not in home


def test_skipped_input_is_info_refused_input_warns(tmp_path: Path) -> None:
    """Title-only input is skipped at INFO (a strict build passes); a refused one warns (strict fails)."""
    project = _project(tmp_path, {"steel-one.md": STEEL_ONE, "title-only.txt": "Just a headline\n"})
    (project / "articles" / "photo.png").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(64))
    plain = _mkdocs(project)
    assert plain.returncode == 0, plain.stderr
    assert re.search(r"WARNING.*photo\.png: binary file", plain.stderr)
    assert re.search(r"INFO.*skipped: \S*title-only\.txt: title only, no body text", plain.stderr)
    assert not re.search(r"WARNING.*title-only", plain.stderr)
    assert re.search(r"INFO.*1 articles, .*; 1 skipped \(no body text\): title-only\.txt", plain.stderr)
    assert (project / "site" / "briefings" / "ministers-clash-over-steel-tariffs-in-brussels" / "index.html").is_file()
    assert not (project / "content" / "briefings").exists()
    assert _mkdocs(project, "--strict").returncode != 0
    (project / "articles" / "photo.png").unlink()
    strict = _mkdocs(project, "--strict")
    assert strict.returncode == 0, strict.stderr
