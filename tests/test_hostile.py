"""Untrusted input: a folder of hostile articles builds, bad files are named, nothing from the text becomes markup."""

from __future__ import annotations

import json
import os
import subprocess
from collections.abc import Callable
from dataclasses import dataclass, field
from html.parser import HTMLParser
from pathlib import Path

import pytest
from siteproject import ROOT, copy_project, run_mkdocs
from spacy.language import Language

from generator.extract.briefing import analysis_text, build_briefing
from generator.ingest.collect import IngestError, collect
from generator.model import Briefing

HOSTILE = Path(__file__).parent / "fixtures" / "hostile"
CLEAN = [Path(__file__).parent / "fixtures" / "ingest", ROOT / "seeds"]
MAX_BYTES = 200_000
GOOD_TITLES = [
    "../../../../etc/passwd",
    "/tmp/pwned/index.html and C:\\Windows\\pwned",
    "# Heading Title {: .pwned onclick=pwned() }",
    "<svg onload=pwned()>Feed Story</svg>",
    "Council Prints {{ 7*7 }} Budget Lines",
    "Fee Rise Hits Café Owners In Zürich (BOM)",
    "Fee Rise Hits Café Owners In Zürich (CRLF)",
    "Fee Rise Hits Café Owners In Zürich (Latin-1)",
    "Fee Rise Hits Café Owners In Zürich (UTF-16)",
    "Feed Story Two",
    "Ferry Operator Raises Prices",
    "Harbour Fees <script>pwned()</script> Double",
    "Longword" * 120 + " Headline",
    "Same Headline Twice",
    "Same Headline Twice",
    "Saved Page <script>pwned()</script> Title",
    "مجلس الميناء يضاعف الرسوم \u202eelif.exe\u202c שלום 🚢 Ünïcödé",
]
BAD = {
    "binary.png": "binary file, not text",
    "front_matter_broken.md": "line 4: malformed front matter",
    "oversize.txt": "article size limit",
    "leak.txt": "symlink points outside the articles folder",
}
"""Refused inputs: a WARNING each, so a strict build fails."""
SKIPPED = {
    "empty.txt": "empty article",
    "title_only.txt": "title only, no body text",
}
"""Inputs with nothing to brief: an INFO line each (``skipped: PATH: reason``)."""


@dataclass
class Markup(HTMLParser):
    """Tags, attributes and payload traces in one built site."""

    tags: set[str] = field(default_factory=set)
    attrs: set[tuple[str, str]] = field(default_factory=set)
    payloads: list[str] = field(default_factory=list)
    headings: list[str] = field(default_factory=list)
    _open: str = ""

    def __post_init__(self) -> None:
        super().__init__(convert_charrefs=True)

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.add(tag)
        self._open = tag
        if tag == "h1":
            self.headings.append("")
        for name, value in attrs:
            self.attrs.add((tag, name))
            tokens = (value or "").split()
            if "pwned(" in (value or "") or "javascript:" in (value or "").lower() or "pwned" in tokens:
                self.payloads.append(f"<{tag} {name}={value!r}>")

    def handle_endtag(self, tag: str) -> None:
        self._open = ""

    def handle_data(self, data: str) -> None:
        if self._open == "h1" and self.headings:
            self.headings[-1] += data
        if self._open in {"script", "style"} and "pwned" in data:
            self.payloads.append(f"<{self._open}> {data[:60]!r}")


def scan(site: Path) -> Markup:
    found = Markup()
    for page in sorted(site.rglob("*.html")):
        found.feed(page.read_text(encoding="utf-8"))
        found.close()
        found.reset()
    return found


def build(project: Path, articles: Path, site: Path) -> subprocess.CompletedProcess[str]:
    return run_mkdocs(
        project,
        "build",
        "-d",
        str(site),
        env={"BRIEFING_ARTICLES": str(articles), "BRIEFING_MAX_BYTES": str(MAX_BYTES)},
    )


def tree(root: Path, skip: set[Path]) -> dict[str, int]:
    """Every path under ``root`` outside ``skip``, with its file's modification time (0 for folders)."""
    return {
        str(p): 0 if p.is_dir() and not p.is_symlink() else p.lstat().st_mtime_ns
        for p in root.rglob("*")
        if not any(p.is_relative_to(s) for s in skip)
    }


@dataclass
class Builds:
    hostile: Markup
    clean: Markup
    log: str
    before: dict[str, int]
    after: dict[str, int]
    site: Path
    articles: Path


@pytest.fixture(scope="module")
def builds(tmp_path_factory: pytest.TempPathFactory) -> Builds:
    root = tmp_path_factory.mktemp("hostile")
    project = copy_project(root / "project")
    articles = root / "articles"
    articles.mkdir()
    for f in HOSTILE.iterdir():
        (articles / f.name).write_bytes(f.read_bytes())
    (articles / "oversize.txt").write_text("Oversize Story\n\n" + "word " * (MAX_BYTES // 5 + 10))
    (root / "outside").mkdir()
    (root / "outside" / "secret.txt").write_text(
        "Secret Leaked Headline\n\nA body that lives outside the folder, which the build must never read.\n"
    )
    (articles / "leak.txt").symlink_to(root / "outside" / "secret.txt")
    clean_articles = root / "clean"
    clean_articles.mkdir()
    for folder in CLEAN:
        for f in folder.iterdir():
            (clean_articles / f.name).write_bytes(f.read_bytes())
    site, cache = root / "site", project / ".briefing-cache"
    before = tree(root, {site, cache})
    result = build(project, articles, site)
    assert result.returncode == 0, result.stderr
    after = tree(root, {site, cache})
    clean_site = root / "clean-site"
    assert build(project, clean_articles, clean_site).returncode == 0
    return Builds(scan(site), scan(clean_site), result.stderr, before, after, site, articles)


def test_every_good_article_has_its_page(builds: Builds) -> None:
    headings = sorted(h.rstrip("¶").strip() for h in builds.hostile.headings)
    for title in GOOD_TITLES:
        assert headings.count(title) >= GOOD_TITLES.count(title), title
    assert not any("Secret Leaked" in h for h in headings)


def test_every_bad_input_is_named_with_its_reason(builds: Builds) -> None:
    warnings = [line for line in builds.log.splitlines() if line.startswith("WARNING")]
    for name, reason in BAD.items():
        assert any(f"{builds.articles / name}: " in w and reason in w for w in warnings), name
    infos = [line for line in builds.log.splitlines() if line.startswith("INFO")]
    for name, reason in SKIPPED.items():
        assert any(f"skipped: {builds.articles / name}: {reason}" in i for i in infos), name
        assert not any(name in w for w in warnings), name
    assert "Traceback" not in builds.log


def test_no_markup_from_article_text(builds: Builds) -> None:
    hostile, clean = builds.hostile, builds.clean
    assert hostile.payloads == []
    assert hostile.tags - clean.tags == set()
    # the "attribution uncertain" marker (_quote.md.j2: a span titled with the confidence) shows wherever a
    # quote is unsure; whether the clean articles have such a quote depends on the shipped weights
    assert hostile.attrs - clean.attrs - {("span", "title")} == set()
    assert not any(name.startswith("on") for _, name in hostile.attrs)


def test_nothing_written_outside_the_site(builds: Builds) -> None:
    assert builds.after == builds.before
    assert not [p for p in builds.site.rglob("*") if p.is_symlink()]


def test_template_code_shows_literally(builds: Builds) -> None:
    page = next(p for p in builds.site.glob("briefings/*/index.html") if "council-prints" in p.parent.name)
    text = Markup()
    text.feed(page.read_text(encoding="utf-8"))
    assert "Council Prints {{ 7*7 }} Budget Lines" in text.headings[0]
    html = page.read_text(encoding="utf-8")
    assert "{% for x in range(3) %}" in html.replace("&#37;", "%").replace("&#123;", "{").replace("&#125;", "}")
    assert "Council Prints 49" not in html


def pathological(tmp: Path) -> dict[str, Path]:
    """Texts that make naive parsers slow or recursive."""
    sentence = "The board said the fee would rise again next year, and residents said they would object. "
    files = {
        "long_line.txt": "One Very Long Line\n\n" + sentence * (200_000 // len(sentence)),
        "quotes.txt": "Ten Thousand Quote Marks\n\n" + 'He said "' * 2500 + "“ ” ‘ ’ " * 1250 + ".",
        "nesting.txt": "Deep Nesting\n\n" + "(" * 5000 + "the council said it was fine" + ")" * 5000 + ".",
        "quotes_nested.md": "# Nested Quotes\n\n" + "> " * 3000 + "the mayor said it was fine.\n",
        "nested.json": "[" * 100_000 + "]" * 100_000,
        "nested.html": "<html><body>"
        + "<div>" * 5000
        + "<p>The council said the fee was fine.</p>"
        + "</div>" * 5000
        + "</body></html>",
    }
    paths = {}
    for name, text in files.items():
        paths[name] = tmp / name
        paths[name].write_text(text, encoding="utf-8")
    return paths


def test_pathological_text_completes_with_sane_output(tmp_path: Path, nlp: Language) -> None:
    paths = pathological(tmp_path)
    articles, errors = collect([tmp_path])
    assert all(isinstance(e, IngestError) and str(e).startswith(str(tmp_path)) for e in errors)
    assert "invalid JSON" in " ".join(str(e) for e in errors if "nested.json" in str(e))
    names = {Path(a.path).name for a in articles}
    assert {"long_line.txt", "quotes.txt", "nesting.txt", "quotes_nested.md"} <= names
    for article in articles:
        doc = nlp(analysis_text(article))
        briefing = build_briefing(article, doc)
        assert json.loads(json.dumps(briefing.to_json()))["path"] == str(article.path)
        for quote in briefing.quotes:
            assert 0 <= quote.span[0] <= quote.span[1] <= len(article.text)
        for actor in briefing.actors:
            assert all(0 <= s < e <= len(article.text) for s, e in actor.mentions)
    assert os.path.getsize(paths["long_line.txt"]) > 190_000


def test_markup_left_in_plain_text_is_not_prose(make_briefing: Callable[[str], Briefing]) -> None:
    text = (
        "Jobless figures\n\n"
        "Senator Jane Halloway spoke on Monday.\n\n"
        '<tweet tweet-author=" youth have worse prospects, so we rate it Mostly True" tweet-date="x.">'
        "Halloway said that for young people \u201cthe real unemployment rate is 51 percent.\u201d<tweet/>\n"
    )
    briefing = make_briefing(text)
    speakers = {q.speaker for q in briefing.quotes}
    assert "Jane Halloway" in speakers
    assert not any("<" in a.name or '"' in a.name or ">" in a.name for a in briefing.actors)
    assert all("rate it Mostly True" not in text[q.span[0] : q.span[1]] for q in briefing.quotes)


def test_character_references_of_plain_text_are_decoded(make_briefing: Callable[[str], Briefing]) -> None:
    """Scraped plain text writes "&quot;" and "&#039;": the quotation reads as the article meant it, as the
    headline does, while its offsets still point into the input; every writer escapes it again (the hostile
    fixture holds "&lt;script&gt;" in a quotation, and the built site has no markup from it)."""
    text = "Port officer Jan Ek said the club&#039;s levy was &quot;a fair price&quot; for ships."
    b = make_briefing(text)
    q = next(q for q in b.quotes if "fair price" in q.text)
    assert '"a fair price"' in q.text and "club's" in q.text and "&" not in q.text
    assert "&quot;" in b.article.text[q.span[0] : q.span[1]]
