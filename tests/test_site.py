"""The site core without MkDocs: escaping boundary, slugs, cross-article index, templates."""

from __future__ import annotations

import html
import re
from pathlib import Path

import markdown
import yaml
from hypothesis import given, settings
from hypothesis import strategies as st

from generator.mkdocs.compact import compact_html, without_search_config
from generator.model import Actor, Article, Briefing, Issue, Quote, kind_edit
from generator.site.entries import Site
from generator.site.index import PageRule, build_site
from generator.site.render import Renderer, escape_text, front_matter, meta_text, page_url
from generator.site.slugs import slug, unique_slugs
from generator.site.urls import dashboard, paginate, site_pages

ROOT = Path(__file__).resolve().parent.parent
CONFIG = yaml.load((ROOT / "mkdocs.yml").read_text(encoding="utf-8"), Loader=yaml.BaseLoader)
"""The project's mkdocs.yml, read for its Markdown extensions (BaseLoader: !ENV and
!!python tags stay unresolved, which the plain extension list below does not need)."""
EXTENSIONS = [e if isinstance(e, str) else next(iter(e)) for e in CONFIG["markdown_extensions"]]

HOSTILE = [
    "<script>alert(1)</script>",
    "<img src=x onerror=alert(1)>",
    '<iframe src="https://evil.example/"></iframe>',
    "<div>\nraw block\n</div>",
    "[x](javascript:alert(1))",
    "![x](https://evil.example/p.png)",
    "<https://evil.example>",
    "# Heading",
    "| a | b |\n|---|---|\n| c | d |",
    '!!! danger "Admonition"\n    body',
    '??? note "Details"',
    "Paragraph\n{: #id .cls onclick=alert(1) }",
    "text { #id onclick=alert(1) }",
    "1. ordered",
    "- bullet",
    "> quote",
    "    indented code",
    "```\nfence\n```",
    "**bold** _em_ ~~del~~ ==mark== ^^ins^^",
    "&lt;script&gt; &amp; &#60;",
    "{{ 7*7 }} {% for x in y %}{% endfor %}",
    "a\\\nb",
]


def _render(md: str) -> str:
    return markdown.markdown(md, extensions=EXTENSIONS)


def _text_of(rendered: str) -> str:
    inner = re.fullmatch(r"<p>(.*)</p>", rendered, re.S)
    assert inner, rendered
    assert "<" not in inner.group(1), rendered
    return html.unescape(inner.group(1))


def _collapsed(text: str) -> str:
    return re.sub(r"[\x00-\x1f\x7f-\x9f]", "", " ".join(text.split())).strip()


def test_hostile_strings_render_as_their_own_text() -> None:
    for text in HOSTILE:
        assert _text_of(_render(escape_text(text))) == _collapsed(text)


@settings(max_examples=300, deadline=None)
@given(st.text(min_size=1))
def test_any_text_renders_as_one_paragraph_of_itself(text: str) -> None:
    if not _collapsed(text):
        return
    assert _text_of(_render(escape_text(text))) == _collapsed(text)


@settings(max_examples=200, deadline=None)
@given(st.text())
def test_front_matter_is_valid_yaml_without_html_specials(text: str) -> None:
    block = front_matter({"title": text or "x", "tags": [text or "x", "Energy"]})
    data = yaml.safe_load(block.strip("-\n"))
    assert data["title"] == meta_text(text or "x")
    assert not set('<>&"') & set(data["title"] + "".join(data["tags"]))


@settings(max_examples=300, deadline=None)
@given(st.text())
def test_slugs_are_plain_names(text: str) -> None:
    s = slug(text)
    assert s and len(s) <= 60
    assert re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)*", s)


def test_slugs_for_hostile_names_and_duplicates() -> None:
    assert slug("../../etc/passwd") == "etc-passwd"
    assert slug("/abs/path\x00name") == "abs-path-name"
    assert slug("") == "item"
    assert slug("Index") != "index"
    items = [("b.txt", "Same title"), ("a.txt", "Same title"), ("c.txt", "Same title!")]
    first = unique_slugs(items)
    assert first == unique_slugs(list(reversed(items)))
    assert len(set(first.values())) == 3
    assert first["a.txt"] == "same-title"


def _article(path: str, title: str, paragraphs: list[str], date: str | None = None) -> Article:
    text = title + "\n\n" + "\n\n".join(paragraphs) + "\n"
    spans, pos = [], len(title) + 2
    for p in paragraphs:
        spans.append((pos, pos + len(p)))
        pos += len(p) + 2
    return Article(path=path, text=text, body=(spans[0][0], spans[-1][1]), paragraphs=spans, title=title, date=date)


def _span(article: Article, words: str) -> tuple[int, int]:
    start = article.text.index(words)
    return start, start + len(words)


def _briefing(path: str, title: str, speaker: str, said: str, date: str | None) -> Briefing:
    para = f'"{said}," said {speaker}, the trade minister, about steel tariffs.'
    art = _article(path, title, [para, "Steel tariffs were debated by the Example Union again."], date)
    actors = [
        Actor(speaker, "person", role="trade minister", mentions=[_span(art, speaker)]),
        Actor("Example Union", "organization", mentions=[_span(art, "Example Union")]),
    ]
    quotes = [Quote(speaker, said, "direct", _span(art, said), cue="said")]
    issues = [
        Issue(
            "Steel tariffs", [_span(art, "Steel tariffs were debated by the Example Union again.")], key="steel+tariff"
        )
    ]
    return Briefing(art, actors, quotes, issues)


BRIEFINGS = [
    _briefing("a/one.txt", "Tariff row", "Maria Keller", "Tariffs protect jobs", "2024-05-02"),
    _briefing("a/two.txt", "Tariff row", "Maria Keller", "We will consider exemptions", None),
]


def test_site_links_actors_and_issues_across_briefings() -> None:
    site = build_site(BRIEFINGS, root="a")
    assert site.briefings[0].path == "briefings/tariff-row.md"
    assert re.fullmatch(r"briefings/tariff-row-[0-9a-f]{8}\.md", site.briefings[1].path)
    [keller] = [a for a in site.actors if a.name == "Maria Keller"]
    assert keller.roles == ["trade minister"]
    assert [q.quote.text for _, q in keller.quotes] == ["Tariffs protect jobs", "We will consider exemptions"]
    assert [(co.name, n) for co, n in keller.co_actors] == [("Example Union", 2)]
    [issue] = site.issues
    assert [b.title for b, _ in issue.rows] == ["Tariff row", "Tariff row"]
    assert [(a.name, n) for a, n in issue.actors] == [("Example Union", 2)]
    assert [b.ident for b in site.latest()] == ["one.txt", "two.txt"]


def test_pages_link_back_and_render_text_literally(tmp_path: Path) -> None:
    hostile = _briefing(
        "a/three.txt", "{{ 7*7 }} <script>x</script>", "Maria Keller", "<img src=x onerror=alert(1)>", "2024-06-01"
    )
    site = build_site([*BRIEFINGS, hostile], root="a")
    pages = site_pages(site, Renderer(tmp_path), page_size=2)
    actor = pages["actors/maria-keller.md"]
    for b in site.briefings:  # raw HTML lists: links to the served URL
        assert f'href="../../{page_url(b.path)}#p1"' in actor
    issue = pages["issues/steel-tariffs.md"]
    assert sum(f'href="../../{page_url(b.path)}"' in issue for b in site.briefings) == 3
    page = pages[next(b.path for b in site.briefings if b.ident == "three.txt")]
    meta, text = page.split("---", 2)[1:]
    assert "<" not in meta
    assert "{{" not in text and "<script>" not in text and "<img" not in text
    body = _render(text)
    assert "<script>" not in body and "<img" not in body
    assert "{{ 7*7 }}" in html.unescape(body)
    assert {"briefings/index.md", "briefings/index-2.md", "timeline/index.md", "timeline/undated.md"} <= set(pages)
    assert "[Tariff row](briefings/" in dashboard(site, Renderer(tmp_path))


def test_user_template_overrides_builtin(tmp_path: Path) -> None:
    (tmp_path / "issue.md.j2").write_text("# Custom {{ issue.label }}\n", encoding="utf-8")
    pages = site_pages(build_site(BRIEFINGS, root="a"), Renderer(tmp_path), page_size=100)
    assert pages["issues/steel-tariffs.md"] == "# Custom Steel tariffs\n"
    assert pages["actors/maria-keller.md"].startswith("---\ntitle:")


def test_pagination_groups_and_pager() -> None:
    pages = paginate(["apple", "avocado", "banana", "cherry", "date"], "x", "index", 2, lambda s: s[0].upper())
    assert [p.path for p in pages] == ["x/index.md", "x/index-2.md", "x/index-3.md"]
    assert pages[1].groups == [("B", ["banana"]), ("C", ["cherry"])]
    assert [(link.label, link.current) for link in pages[1].pager] == [("A", False), ("B – C", True), ("D", False)]


def test_page_rule_pages_recurring_key_actors_lead_voices_and_key_issues() -> None:
    lone = _briefing("a/three.txt", "Other row", "Ana Ruiz", "No comment", None)
    mention = [_span(lone.article, "Example Union")]
    lone.actors = [
        Actor("Ana Ruiz", "person", mentions=[_span(lone.article, "Ana Ruiz")], salience=0.8),
        Actor("Port Authority", "organization", mentions=mention, salience=0.9),
        Actor("Paul Minor", "person", mentions=mention, salience=0.1),
        Actor("Example Union", "organization", mentions=mention, salience=0.05),
    ]
    lone.issues = [
        Issue("Dock pay", [_span(lone.article, "Steel tariffs")], key="dock+pay", score=2.0),
        Issue("Steel tariffs", [_span(lone.article, "Steel tariffs")], key="steel+tariff", score=1.0),
    ]
    site = build_site(
        [*BRIEFINGS, lone], root="a", rule=PageRule(min_briefings=2, key_actors=2, key_issues=1, all_below=0)
    )
    # Ana Ruiz: quoted and salient (a lead voice); Maria Keller and Example Union: key actors named
    # twice or more; Port Authority: salient once only; Paul Minor: neither.
    assert [a.name for a in site.actors] == ["Ana Ruiz", "Example Union", "Maria Keller"]
    assert [i.label for i in site.issues] == ["Steel tariffs"]
    [row] = [r for r in site.briefings if r.ident == "three.txt"]
    assert row.tags == ["Steel tariffs"]
    page = site_pages(site, Renderer(None), page_size=100)[row.path]
    assert "Paul Minor" in page and "actors/paul-minor" not in page and "actors/port-authority" not in page
    assert "Dock pay" in page and "issues/dock-pay" not in page
    assert "(../actors/ana-ruiz.md)" in page
    none = build_site(
        [*BRIEFINGS, lone], root="a", rule=PageRule(min_briefings=2, key_actors=0, key_issues=0, all_below=0)
    )
    assert [a.name for a in none.actors] == ["Maria Keller"] and none.issues == []
    small = build_site([*BRIEFINGS, lone], root="a", rule=PageRule(all_below=4))
    assert {"Paul Minor", "Port Authority"} <= {a.name for a in small.actors}
    assert {"Dock pay", "Steel tariffs"} <= {i.label for i in small.issues}


def test_templates_command_copies_builtins(tmp_path: Path) -> None:
    from generator.cli import main

    dest = tmp_path / "templates"
    assert main(["templates", str(dest)]) == 0
    assert (dest / "briefing.md.j2").read_text(encoding="utf-8") == (
        ROOT / "generator" / "site" / "templates" / "briefing.md.j2"
    ).read_text(encoding="utf-8")
    assert main(["templates", str(dest)]) == 1
    assert main(["templates", str(dest), "--force"]) == 0


def test_compact_html_keeps_content_whitespace() -> None:
    page = (
        '<div>\n    <p>a\u00a0\n\n   b</p>\n  <pre class="x"><code>line 1\n    line 2\n</code></pre>\n'
        '  <script>var s = "a\n   b";</script>\n  <code>x\n  y</code>\n</div>\n'
    )
    assert compact_html(page) == (
        '<div>\n<p>a\u00a0\nb</p>\n<pre class="x"><code>line 1\n    line 2\n</code></pre>\n'
        '<script>var s = "a\n   b";</script>\n<code>x\n  y</code>\n</div>\n'
    )


def test_a_site_without_materials_search_drops_the_config_only_it_reads() -> None:
    page = (
        '<head><script id="__config" type="application/json">{"base": "..", "search": "w.js", '
        '"translations": {"search.result.none": "None", "clipboard.copy": "Copy <it>"}}</script></head>'
    )
    assert without_search_config(page) == (
        '<head><script id="__config" type="application/json">'
        '{"base":"..","translations":{"clipboard.copy":"Copy \\u003cit\\u003e"}}</script></head>'
    )
    odd = '<script id="__config" type="application/json">{not json</script>'
    assert without_search_config(odd) == odd


def test_counts_agree_with_their_nouns() -> None:
    from generator.site.render import plural

    assert [plural(n, "mention") for n in (0, 1, 2)] == ["0 mentions", "1 mention", "2 mentions"]


def test_an_actors_roles_that_differ_in_case_only_are_listed_once() -> None:
    recased = _briefing("a/three.txt", "Tariff talks", "Maria Keller", "Talks resume", None)
    recased.actors[0].role = "Trade minister"
    other = _briefing("a/four.txt", "Tariff deal", "Maria Keller", "A deal is near", None)
    other.actors[0].role = "envoy"
    site = build_site([*BRIEFINGS, recased, other], root="a")
    [keller] = [a for a in site.actors if a.name == "Maria Keller"]
    assert keller.roles == ["trade minister", "envoy"]


def _story(n: int, label: str, key: str, names: tuple[str, ...]) -> Briefing:
    """A one-issue briefing numbered ``n`` that names ``names`` (organisations)."""
    art = _article(f"s/{n:02d}.txt", f"Story {n}", [f"{label} was discussed by {', '.join(names) or 'nobody'}."])
    whole = art.paragraphs[0]
    actors = [Actor(name, "organization", mentions=[_span(art, name)]) for name in names]
    return Briefing(art, actors, [], [Issue(label, [whole], key=key, score=1.0)])


def test_issues_under_one_head_share_a_page_only_when_they_are_one_story() -> None:
    stories = [
        _story(1, "Earnings from tourism", "earning", ("Tourism Board",)),
        _story(2, "Earnings from tourism", "earning", ()),  # the same label: the same issue
        _story(3, "Restating earnings", "earning", ("Acme Corp",)),
        _story(4, "Profit figures restated", "earning", ("Acme Corp",)),  # a rare name shared
        _story(5, "Unemployment rate", "unemployment", ()),
        _story(6, "Country's unemployment rates", "unemployment", ()),  # holds the other label
        _story(7, "Economic growth", "economic+growth", ()),
        _story(8, "Growth of the economy", "economic+growth", ()),  # a pair key is never split
        *(_story(n, f"Manifesto draft {n}", "manifesto", ("Labour",)) for n in (9, 10, 11)),  # a common name
    ]
    site = build_site(stories, root="s", rule=PageRule(all_below=0, key_issues=1))
    pages = {i.label: sorted(b.ident for b, _ in i.rows) for i in site.issues}
    assert pages == {
        "Earnings from tourism": ["01.txt", "02.txt"],
        "Restating earnings": ["03.txt", "04.txt"],  # the shorter of two labels raised once each
        "Unemployment rate": ["05.txt", "06.txt"],
        "Economic growth": ["07.txt", "08.txt"],
    }, pages


def odd_path(site: Site) -> str:
    return next(b.path for b in site.briefings if b.ident == "three.txt")


def test_a_briefing_lists_a_name_with_the_kind_the_site_gives_it(tmp_path: Path) -> None:
    """The Example Union, taken for a person in one article and an organisation in two, is an organisation
    on every briefing page, as on its own, unless a correction made it a person in that article."""
    odd = _briefing("a/three.txt", "Union talks", "Maria Keller", "Talks resume", None)
    odd.actors[1].kind = "person"
    site = build_site([*BRIEFINGS, odd], root="a")
    pages = site_pages(site, Renderer(tmp_path), page_size=10)
    page = pages[odd_path(site)]
    row = re.search(r"<td>(?:<a [^>]*>)?Example Union(?:</a>)?</td>\s*<td>([a-z]+)</td>", page)
    assert row is not None and row.group(1) == "organization", page
    odd.edits.append(kind_edit("Example Union", "person"))  # a correction made it a person: it stays one here
    page = site_pages(build_site([*BRIEFINGS, odd], root="a"), Renderer(tmp_path), page_size=10)[odd_path(site)]
    row = re.search(r"<td>(?:<a [^>]*>)?Example Union(?:</a>)?</td>\s*<td>([a-z]+)</td>", page)
    assert row is not None and row.group(1) == "person", page
