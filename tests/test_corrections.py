"""Editors' corrections: sidecar schema and validation, applying them, aliases, init-corrections."""

from __future__ import annotations

import copy
import html
import json
import logging
import re
import shutil
from pathlib import Path

import pytest
import yaml
from siteproject import copy_project, run_mkdocs

from generator import cli
from generator.build.batch import extract_all
from generator.corrections.apply import apply, apply_aliases, apply_issue_map, corrected, locate
from generator.corrections.sidecar import (
    CorrectionError,
    IssueMap,
    draft_sidecar,
    load_aliases,
    load_issue_map,
    load_sidecar,
    parse_sidecar,
)
from generator.ingest.collect import read_article
from generator.model import Actor, Article, Briefing, Issue, Quote

FIXTURE = Path(__file__).parent / "fixtures" / "corrections" / "harbour.txt"
TEXT = (
    "Mayor Helen Carver said the port’s terminal would bring jobs. "
    "Carver spoke for the council. Okafor warned that the marsh would vanish."
)


def _briefing(path: str = "a.txt") -> Briefing:
    """A small hand-made extraction with the mistakes an editor fixes."""
    art = Article(path=path, text=TEXT, body=(0, len(TEXT)), paragraphs=[(0, len(TEXT))], title="Port plan")
    carver = Actor("Helen Carver", "person", role="Mayor", mentions=[(6, 18)])
    carver2 = Actor("Carver", "person", mentions=[(63, 69)])
    okafor = Actor("Okafor", "organization", mentions=[(93, 99)])
    quotes = [
        Quote("Helen Carver", "the port’s terminal would bring jobs", "indirect", (24, 61), role="Mayor"),
        Quote("Okafor", "the marsh would vanish", "indirect", (112, 134)),
    ]
    issues = [Issue("Jobs", [(0, 62)], key="job", score=2.0), Issue("Marsh", [(93, 135)], key="marsh", score=1.0)]
    return Briefing(art, [carver, carver2, okafor], quotes, issues)


def _side(text: str, source: str = "a.yml"):
    return parse_sidecar(yaml.safe_load(text), source)


def test_actor_rename_merge_role_kind() -> None:
    raw = _briefing()
    before = copy.deepcopy(raw)
    out = apply(
        raw,
        _side("""
actors:
  Helen Carver: {merge: [Carver], role: Mayor of Marlow Bay}
  Okafor: {name: Daniel Okafor, kind: person, role: marine biologist}
"""),
    )
    assert raw == before, "apply must not change its input (the cache holds it)"
    names = {a.name: a for a in out.actors}
    assert set(names) == {"Helen Carver", "Daniel Okafor"}
    assert names["Helen Carver"].mentions == [(6, 18), (63, 69)]
    assert "Carver" in names["Helen Carver"].aliases
    assert names["Daniel Okafor"].kind == "person" and "Okafor" in names["Daniel Okafor"].aliases
    assert [(q.speaker, q.role) for q in out.quotes] == [
        ("Helen Carver", "Mayor of Marlow Bay"),
        ("Daniel Okafor", "marine biologist"),
    ]
    assert out.edits == [
        "Actor “Carver” merged into “Helen Carver”",
        "Role of “Helen Carver” set to “Mayor of Marlow Bay”",
        "Actor “Okafor” renamed “Daniel Okafor”",
        "Role of “Daniel Okafor” set to “marine biologist”",
        "“Daniel Okafor” is a person",
    ]


def test_rename_onto_existing_name_merges_and_hide_unassigns_quotes() -> None:
    out = apply(_briefing(), _side("actors:\n  Carver: {name: Helen Carver}\n  Okafor: {hide: true}\n"))
    assert [a.name for a in out.actors] == ["Helen Carver"]
    assert out.quotes[1].speaker is None and out.quotes[1].role is None
    assert out.edits == ["Actor “Carver” merged into “Helen Carver”", "Actor “Okafor” hidden"]


def test_issues_and_quotes_and_meta() -> None:
    out = apply(
        _briefing(),
        _side("""
meta: {date: 2024-05-02, url: "https://example.org/port", tags: [ports, wetlands], outlet: Coastal Courier}
issues:
  jobs: {label: Jobs at the new terminal}
  Marsh: {hide: true}
add_issues:
  - label: Salt marsh protection
    evidence: ["the  MARSH would vanish", "PORT'S TERMINAL"]
quotes:
  - {quote: marsh would, speaker: helen carver}
  - {quote: "port’s   terminal", hide: true}
"""),
    )
    art = out.article
    assert (art.date, art.url, art.tags, art.outlet) == (
        "2024-05-02",
        "https://example.org/port",
        ["ports", "wetlands"],
        "Coastal Courier",
    )
    assert [(i.label, i.key) for i in out.issues] == [
        ("Jobs at the new terminal", "jobs-at-the-new-terminal"),
        ("Salt marsh protection", "salt-marsh-protection"),
    ]
    added = out.issues[1]
    assert [TEXT[s:e] for s, e in added.evidence] == ["the marsh would vanish", "port’s terminal"]
    assert [(q.text, q.speaker, q.role) for q in out.quotes] == [("the marsh would vanish", "Helen Carver", "Mayor")]
    assert "Issue “Salt marsh protection” added" in out.edits and "Issue “Marsh” hidden" in out.edits


def test_editor_label_joins_an_issue_of_another_article(tmp_path: Path) -> None:
    other = _briefing(str(tmp_path / "b.txt"))
    other.issues[0] = Issue("Harbour jobs", [(0, 62)], key="harbour+job")
    (tmp_path / "a.yml").write_text("issues:\n  Jobs: {label: harbour jobs}\n", encoding="utf-8")
    out = corrected([_briefing(str(tmp_path / "a.txt")), other])
    assert out[0].issues[0].key == "harbour+job"


def test_stale_corrections_warn_naming_the_sidecar(caplog: pytest.LogCaptureFixture) -> None:
    side = _side(
        """
actors: {Nobody: {hide: true}, Helen Carver: {merge: [Ghost]}, Listed Only:}
issues: {Gone: {hide: true}}
quotes: [{quote: never said, hide: true}]
add_issues: [{label: Extra, evidence: [not in the text]}]
""",
        "seeds/a.yml",
    )
    with caplog.at_level(logging.WARNING):
        out = apply(_briefing(), side)
    lines = [r.getMessage() for r in caplog.records]
    assert len(lines) == 5 and all(line.startswith("seeds/a.yml: ") for line in lines)
    assert "actors.Nobody" in lines[0] and "Ghost" in lines[1] and "Listed Only" not in " ".join(lines)
    assert out.issues[-1].label == "Extra" and out.issues[-1].evidence == []


@pytest.mark.parametrize(
    ("text", "key"),
    [
        ("actor: {}", "actor: unknown key"),
        ("actors: {X: {role: [a]}}", "actors.X.role: expected text"),
        ("actors: {X: {kind: animal}}", "actors.X.kind: expected one of"),
        ("actors: {X: {hide: yes please}}", "actors.X.hide: expected true or false"),
        ("meta: {date: 5 May}", "meta.date: expected a date"),
        ("meta: {url: 'javascript:alert(1)'}", "meta.url: expected an http"),
        ("add_issues: [{evidence: [x]}]", "add_issues[0].label:"),
        ("quotes: [{speaker: X}]", "quotes[0].quote:"),
        ("- just a list", ": expected a mapping"),
    ],
)
def test_bad_sidecar_is_one_line_naming_file_and_key(tmp_path: Path, text: str, key: str) -> None:
    (tmp_path / "a.yml").write_text(text, encoding="utf-8")
    with pytest.raises(CorrectionError) as err:
        load_sidecar(_briefing(str(tmp_path / "a.txt")).article)
    message = str(err.value)
    assert message.startswith(f"{tmp_path / 'a.yml'}: ") and key in message and "\n" not in message


def test_invalid_yaml_names_the_line(tmp_path: Path) -> None:
    (tmp_path / "a.yml").write_text("actors:\n  X: {role: [unclosed\n", encoding="utf-8")
    with pytest.raises(CorrectionError, match=r"a\.yml: invalid YAML \(line 3\)"):
        load_sidecar(_briefing(str(tmp_path / "a.txt")).article)


def test_bad_sidecar_leaves_its_article_raw_and_the_rest_corrected(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    (tmp_path / "a.yml").write_text("actors: {Okafor: {hide: maybe}}", encoding="utf-8")
    (tmp_path / "b.yml").write_text("actors: {Okafor: {hide: true}}", encoding="utf-8")
    raw = [_briefing(str(tmp_path / "a.txt")), _briefing(str(tmp_path / "b.txt"))]
    with caplog.at_level(logging.WARNING):
        out = corrected(raw)
    assert out[0] == raw[0] and out[1].edits == ["Actor “Okafor” hidden"]
    assert [r.getMessage() for r in caplog.records] == [
        f"{tmp_path / 'a.yml'}: actors.Okafor.hide: expected true or false"
    ]


def test_front_matter_block_is_a_sidecar(tmp_path: Path) -> None:
    md = tmp_path / "a.md"
    md.write_text(
        "---\ntitle: Port plan\ncorrections:\n  meta: {section: Local}\n"
        "  actors: {Okafor: {name: Daniel Okafor}}\n---\n" + TEXT + "\n",
        encoding="utf-8",
    )
    b = _briefing(str(md))
    b.article.corrections = read_article(md).corrections
    side = load_sidecar(b.article)
    assert side is not None and side.source == f"{md} (front matter: corrections)"
    out = apply(b, side)
    assert out.actors[2].name == "Daniel Okafor" and out.article.section == "Local"


def test_site_wide_aliases(tmp_path: Path) -> None:
    (tmp_path / "aliases.yml").write_text("Helen Carver: [Carver, 卡弗]\nDaniel Okafor: Okafor\n", encoding="utf-8")
    aliases = load_aliases(tmp_path / "aliases.yml")
    assert aliases == {"Helen Carver": ["Carver", "卡弗"], "Daniel Okafor": ["Okafor"]}
    second = _briefing("b.txt")
    second.actors = [Actor("卡弗", "person", mentions=[(0, 2)])]
    second.quotes = [Quote("卡弗", "x", "direct", (3, 4))]
    first, other = apply_aliases([_briefing(), second], aliases)
    assert [a.name for a in first.actors] == ["Helen Carver", "Daniel Okafor"]
    assert [a.name for a in other.actors] == ["Helen Carver"] and other.quotes[0].speaker == "Helen Carver"
    assert other.edits == ["Actor “卡弗” renamed “Helen Carver” (site-wide alias)"]


def test_site_wide_issue_map_merges_relabels_and_hides(tmp_path: Path) -> None:
    (tmp_path / "issues.yml").write_text("Port jobs: [Jobs, Harbour jobs]\nhide: [Marsh]\n", encoding="utf-8")
    issue_map = load_issue_map(tmp_path / "issues.yml")
    assert issue_map == IssueMap({"Port jobs": ["Jobs", "Harbour jobs"]}, ["Marsh"])
    second = _briefing("b.txt")
    second.issues = [
        Issue("Harbour jobs", [(0, 5)], key="harbour+job", score=3.0),
        Issue("Port jobs", [(6, 9)], key="job+port", score=1.0),
    ]
    first, other = apply_issue_map([_briefing(), second], issue_map)
    assert [(i.label, i.key) for i in first.issues] == [("Port jobs", "job+port")]  # Marsh hidden
    # two issues of one briefing that the map makes one are merged, with the evidence of both
    assert [(i.label, i.key, i.evidence) for i in other.issues] == [("Port jobs", "job+port", [(0, 5), (6, 9)])]
    assert first.edits == [
        "Issue “Jobs” relabelled “Port jobs” (site-wide issues.yml)",
        "Issue “Marsh” hidden (site-wide issues.yml)",
    ]


def test_bad_issue_map_names_the_file(tmp_path: Path) -> None:
    (tmp_path / "issues.yml").write_text("hide: {a: 1}\n", encoding="utf-8")
    with pytest.raises(CorrectionError, match=r"issues\.yml: hide: expected a list"):
        load_issue_map(tmp_path / "issues.yml")


def test_locate_ignores_case_spacing_and_quote_style() -> None:
    art = _briefing().article
    assert locate(art, "PORT'S\nterminal") == (28, 43)
    assert locate(art, "no such words") is None


def test_draft_is_a_no_op_until_a_line_is_uncommented() -> None:
    raw = _briefing()
    raw.actors[0].name = 'He said: "x" # not a comment'
    raw.quotes[0].speaker = raw.actors[0].name
    draft = draft_sidecar(raw)
    assert apply(raw, parse_sidecar(yaml.safe_load(draft), "d.yml")).edits == []
    assert '  "He said: \\"x\\" # not a comment":' in draft
    edited = draft.replace('    # role: "Mayor"', '    role: "Mayor of Marlow Bay"', 1)
    edited = edited.replace('    # name: "Okafor"', '    name: "Daniel Okafor"', 1)
    out = apply(raw, parse_sidecar(yaml.safe_load(edited), "d.yml"))
    assert out.edits == [
        'Role of “He said: "x" # not a comment” set to “Mayor of Marlow Bay”',
        "Actor “Okafor” renamed “Daniel Okafor”",
    ]


def test_init_corrections_and_extract(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], nlp: object
) -> None:
    monkeypatch.setenv("BRIEFING_CACHE_DIR", str(tmp_path / "cache"))
    folder = tmp_path / "articles"
    folder.mkdir()
    article = folder / "harbour.txt"
    article.write_text(FIXTURE.read_text(encoding="utf-8"), encoding="utf-8")
    assert cli.main(["init-corrections", str(article)]) == 0
    sidecar = folder / "harbour.yml"
    draft = sidecar.read_text(encoding="utf-8")
    assert '  # title: "Port Expansion Plan Divides Coastal Town Over Jobs and Wetlands"' in draft
    side = parse_sidecar(yaml.safe_load(draft), str(sidecar))
    assert side.actors and side.issues and side.quotes
    sidecar.write_text("meta: {outlet: The Coastal Courier}\n", encoding="utf-8")
    assert cli.main(["init-corrections", str(article)]) == 1
    assert "already exists" in capsys.readouterr().err
    assert cli.main(["extract", str(folder), "--jobs", "1"]) == 0
    [out] = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert out["outlet"] == "The Coastal Courier" and out["edits"] == ["Outlet set to “The Coastal Courier”"]
    assert cli.main(["init-corrections", "--force", str(article)]) == 0
    assert sidecar.read_text(encoding="utf-8") == draft


def _text(html_part: str) -> str:
    return " ".join(html.unescape(re.sub(r"<[^>]+>", " ", html_part)).split())


def _section(page: str, anchor: str) -> str:
    """The visible text of the page section under the h2 with id ``anchor``."""
    start = page.index(f'id="{anchor}"')
    end = page.find("<h2", start)
    return _text(page[start : end if end >= 0 else None])


def _pages_titled(site: Path, title: str) -> list[Path]:
    heading = re.compile(r"<h1[^>]*>\s*" + re.escape(title) + r"\s*<")
    return [p for p in sorted(site.rglob("*.html")) if heading.search(p.read_text(encoding="utf-8"))]


@pytest.mark.slow
def test_corrections_survive_real_builds_and_article_edits(tmp_path: Path, nlp: object) -> None:
    project = copy_project(tmp_path / "project")
    articles = project / "seeds"
    shutil.rmtree(articles)
    articles.mkdir()
    harbour = articles / "harbour.txt"
    shutil.copy2(FIXTURE, harbour)
    shutil.copy2(FIXTURE.with_name("marsh.txt"), articles / "marsh.txt")
    [raw] = extract_all([read_article(harbour)], cache_dir=str(tmp_path / "raw-cache"))
    # The sidecar is written against what the extractor finds today, whatever that is.
    people = [a for a in raw.actors if a.kind == "person" and "Okafor" not in a.name]
    others = [a for a in raw.actors if a.kind != "person"]
    assert len(people) >= 2 and len(others) >= 2 and raw.issues, "fixture too thin for the extractor"
    renamed, role_fixed, (kept, merged), hidden = people[0], people[1], others[:2], raw.issues[0]
    new_name, new_role, added = f"{renamed.name} Senior", "chief negotiator of the port talks", "Salt marsh protection"
    side = {
        "actors": {
            renamed.name: {"name": new_name},
            role_fixed.name: {"role": new_role},
            kept.name: {"merge": [merged.name]},
        },
        "issues": {hidden.label: {"hide": True}},
        "add_issues": [{"label": added, "evidence": ["destroy the salt marshes north of the town"]}],
    }
    harbour.with_suffix(".yml").write_text(yaml.safe_dump(side, allow_unicode=True), encoding="utf-8")
    (project / "aliases.yml").write_text("Daniel Okafor: [Dan Okafor]\n", encoding="utf-8")

    def build() -> tuple[Path, str]:
        site = tmp_path / "site"
        shutil.rmtree(site, ignore_errors=True)
        done = run_mkdocs(project, "build", "-d", str(site), env={"BRIEFING_ARTICLES": str(articles)}, timeout=300)
        assert done.returncode == 0, done.stderr
        assert "correction skipped" not in done.stderr and "aliases.yml" not in done.stderr, done.stderr
        [page] = _pages_titled(site, raw.article.title or "")
        return site, page.read_text(encoding="utf-8")

    for edit_article in (False, True):
        if edit_article:
            text = harbour.read_text(encoding="utf-8").replace(
                "\nReporting by", "\nThe harbour board will meet again next month to review the costs.\n\nReporting by"
            )
            harbour.write_text(text, encoding="utf-8")
        site, page = build()
        table = page[page.index('id="key-actors"') : page.index('id="issues"')]
        actor_names = [_text(row.split("</td>")[0]) for row in table.split("<tr>")[2:]]
        assert new_name in actor_names and renamed.name not in actor_names
        assert kept.name in actor_names and merged.name not in actor_names
        assert new_role in _section(page, "key-actors")
        issues = _section(page, "issues")
        assert added in issues and "destroy the salt marshes" in issues and hidden.label not in issues
        assert "Edited by hand" in _text(page) and f"Actor “{merged.name}” merged into “{kept.name}”" in _text(page)
        assert ("The harbour board will meet again" in page) is edit_article

    [okafor] = _pages_titled(site, "Daniel Okafor")
    assert not _pages_titled(site, "Dan Okafor")
    okafor_text = _text(okafor.read_text(encoding="utf-8"))
    assert raw.article.title in okafor_text and "Bird Survey Finds Record Numbers" in okafor_text


@pytest.mark.slow
def test_issue_map_merges_two_labels_into_one_page_and_hides_one_site_wide(tmp_path: Path) -> None:
    project = copy_project(tmp_path / "project")
    articles = project / "seeds"
    shutil.rmtree(articles)
    articles.mkdir()
    for name in ("harbour.txt", "marsh.txt"):
        shutil.copy2(FIXTURE.with_name(name), articles / name)
    harbour, marsh = extract_all(
        [read_article(articles / n) for n in ("harbour.txt", "marsh.txt")], cache_dir=str(tmp_path / "raw-cache")
    )
    assert len(harbour.issues) >= 2 and marsh.issues, "fixtures too thin for the extractor"
    first, second, hidden = harbour.issues[0].label, marsh.issues[0].label, harbour.issues[1].label
    canonical = "Coastal wetland protection"
    (project / "issues.yml").write_text(
        yaml.safe_dump({canonical: [first, second], "hide": [hidden]}), encoding="utf-8"
    )
    site = tmp_path / "site"
    done = run_mkdocs(project, "build", "-d", str(site), env={"BRIEFING_ARTICLES": str(articles)}, timeout=300)
    assert done.returncode == 0, done.stderr
    [page] = _pages_titled(site, canonical)
    assert page.parent.parent.name == "issues"
    text = _text(page.read_text(encoding="utf-8"))
    assert harbour.article.title in text and marsh.article.title in text
    for label in (first, second, hidden):
        assert not _pages_titled(site, label), label
    [briefing] = _pages_titled(site, harbour.article.title or "")
    issues = _section(briefing.read_text(encoding="utf-8"), "issues")
    assert canonical in issues and hidden not in issues
