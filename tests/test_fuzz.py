"""Property tests (hypothesis, bounded budget): ingestion, extraction and rendering on arbitrary input."""

from __future__ import annotations

import tempfile
from html.parser import HTMLParser
from pathlib import Path

import markdown
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st
from mkdocs.utils.meta import get_data
from spacy.language import Language

from generator.extract.briefing import analysis_text, build_briefing
from generator.ingest.collect import IngestError, read_articles
from generator.ingest.textlayout import blocks
from generator.model import Actor, Article, Briefing, Issue, Quote
from generator.site.index import build_site
from generator.site.render import Renderer
from generator.site.urls import site_pages

BUDGET = settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
SUFFIXES = [".txt", ".md", ".json", ".jsonl", ".html", ".urls", ""]
EXTENSIONS = ["tables", "admonition", "attr_list", "pymdownx.details", "pymdownx.superfences", "toc"]
"""The Markdown extensions mkdocs.yml enables."""
SNIPPETS = [
    "<script>alert(1)</script>",
    "<img src=x onerror=alert(1)>",
    "<iframe src=//x>",
    "[x](javascript:alert(1))",
    "![i](javascript:x)",
    "{: .c onclick=alert(1) }",
    "{#id .cls}",
    "{{ 7*7 }}",
    "{% for x in y %}",
    '!!! note "t"',
    "??? x",
    "| a | b |\n|---|---|",
    "\n# H\n",
    "\n```\n",
    "<!--",
    "-->",
    "<div markdown>",
    "&#60;b&#62;",
    "&lt;",
    "\u202e",
    "\x00",
    "\n\n",
    "    ",
    "said",
    '"',
    "“",
    "”",
    "'",
    "(",
    ")",
    "*",
    "_",
    "`",
    "\\",
    "<",
    ">",
    "&",
    "Anna Berg",
    "the mayor",
    "https://x.org",
    "---\n",
    ":",
    "=",
    "|",
    "^",
    "~",
    "$",
    "#",
]
hostile_text = st.one_of(st.text(max_size=60), st.lists(st.sampled_from(SNIPPETS), max_size=12).map("".join))
words = st.lists(st.one_of(st.sampled_from(SNIPPETS), st.text(max_size=8)), max_size=40).map(" ".join)


@BUDGET
@given(data=st.binary(max_size=3000), suffix=st.sampled_from(SUFFIXES))
def test_arbitrary_bytes_never_crash_ingestion(data: bytes, suffix: str) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / f"input{suffix}"
        path.write_bytes(data)
        articles, errors = read_articles(path)
    assert all(isinstance(e, IngestError) and str(e).startswith(str(path)) for e in errors)
    for article in articles:
        assert 0 <= article.body[0] <= article.body[1] <= len(article.text)


@BUDGET
@given(
    text=st.one_of(st.text(max_size=2000), words),
    suffix=st.sampled_from(SUFFIXES),
    encoding=st.sampled_from(["utf-8", "utf-8-sig", "utf-16"]),
)
def test_arbitrary_unicode_never_crashes_ingestion(text: str, suffix: str, encoding: str) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / f"input{suffix}"
        path.write_bytes(text.encode(encoding, "surrogatepass"))
        articles, errors = read_articles(path)
    assert all(isinstance(e, IngestError) for e in errors)
    for article in articles:
        assert all(article.text[s:e].strip() for s, e in article.paragraphs)


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text=words)
def test_extraction_on_arbitrary_text_never_crashes(text: str, nlp: Language) -> None:
    """Any text with a paragraph in it (ingestion skips the rest), analysed as a whole body."""
    assume(blocks(text))
    article = Article(path="fuzz.txt", text=text, body=(0, len(text)), paragraphs=blocks(text))
    briefing = build_briefing(article, nlp(analysis_text(article)))
    for quote in briefing.quotes:
        assert 0 <= quote.span[0] <= quote.span[1] <= len(text)
    for actor in briefing.actors:
        assert all(0 <= s <= e <= len(text) for s, e in actor.mentions)


class _Markup(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.found: set[tuple[str, str]] = set()

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.found.add((tag, ""))
        self.found.update((tag, name) for name, _ in attrs)


def rendered_markup(parts: list[str]) -> set[tuple[str, str]]:
    """Every (tag, attribute) in the HTML of every page rendered for a briefing built from ``parts``."""
    title, name, role, said, label, extra = parts
    body = f"{said} {name} said. {extra}"
    text = f"{title}\n\n{body}"
    start = len(title) + 2
    at = start + len(said) + 1
    article = Article(
        path="fuzz.txt",
        text=text,
        body=(start, len(text)),
        paragraphs=[(start, len(text))],
        title=title,
        section=label,
        outlet=extra,
        author=name,
        date="2024-01-02",
        url=f"https://example.org/{extra}",
        tags=[label, extra],
    )
    briefing = Briefing(
        article,
        actors=[
            Actor(name, "person", role, [extra], [(at, at + len(name))]),
            Actor(extra, "organization", None, [], [(len(text) - len(extra), len(text))]),
        ],
        quotes=[Quote(name, said, "direct", (start, start + len(said)), "said", (at, at + len(name)), role)],
        issues=[Issue(label, [(start, len(text))], label.casefold())],
    )
    found = _Markup()
    for page in site_pages(build_site([briefing]), Renderer(), 10).values():
        content, meta = get_data(page)
        assert all("<" not in str(v) for v in meta.values())
        found.feed(markdown.markdown(content, extensions=EXTENSIONS))
    return found.found


BASELINE = rendered_markup(["Plain Title", "Anna Berg", "harbour master", "We are ready", "harbour fees", "Port"])


@BUDGET
@given(parts=st.lists(hostile_text.filter(lambda s: s.strip() != ""), min_size=6, max_size=6))
def test_rendered_html_has_no_markup_from_input(parts: list[str]) -> None:
    extra = rendered_markup(parts) - BASELINE
    assert extra == set(), extra
