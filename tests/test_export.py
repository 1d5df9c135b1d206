"""Feeds and exports: a real build of hostile fixture articles, and a site of hand-made briefings."""

from __future__ import annotations

import csv
import gzip
import io
import json
import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import feedparser
import networkx as nx
import pytest
from followthemoney import model
from siteproject import ROOT, copy_project, mkdocs_env, run_mkdocs

from generator.export import ExportOptions, export_names, export_site
from generator.export.feeds import site_feeds
from generator.export.text import CELL_CHARS, FORMULA_START, csv_cell, xml_text
from generator.model import Actor, Article, Briefing, Issue, Quote
from generator.site.index import build_site

FIXTURES = Path(__file__).parent / "fixtures" / "hostile_export"
SITE_URL = "https://example.org/briefings/"
ALTERNATE = re.compile(r'<link rel="alternate feed" type="(application/[a-z+]+)" title="[^"]*" href="([^"]+)">')
XML_FILES = (".xml", ".graphml.gz", ".gexf.gz")


@pytest.mark.parametrize("start", FORMULA_START)
def test_a_cell_that_would_start_a_formula_is_neutralised(start: str) -> None:
    cell = csv_cell(f'{start}HYPERLINK("http://evil.example")x')
    assert cell[0] not in FORMULA_START and "HYPERLINK" in cell


def test_xml_text_drops_what_xml_cannot_hold() -> None:
    assert xml_text("a\x00b\x1bc\ud800d\ufffee\tf\ng") == "abcde\tf\ng"


def _hostile_site() -> tuple[object, Briefing]:
    text = "Evil\x00 \x1b[31m title\n\nBody \x07 paragraph with \ud800 a <script>x</script> quote.\n"
    body = (text.index("Body"), len(text))
    art = Article(
        "a.txt",
        text,
        body,
        [body],
        title="=cmd|' /C calc'!A0 \x1b<b>",
        date="2024-01-02",
        outlet="@Outlet\x0c",
        url="https://news.example/a",
    )
    actors = [
        Actor("=Mal\x01lory", "person", role="-role\x02", mentions=[(body[0], body[0] + 4)], salience=1.0),
        Actor("Acme\ufffe Corp", "organization", mentions=[(body[0] + 5, body[0] + 9)], salience=0.5),
        Actor("France", "country", mentions=[(body[0] + 10, body[0] + 14)]),
    ]
    quotes = [Quote("=Mal\x01lory", "+SUM(A1)\x03 <script>", "direct", body, cue="@said")]
    briefing = Briefing(art, actors, quotes, [Issue("\x1bHack <x>", [body], key="hack", score=1.0)])
    return build_site([briefing]), briefing


def test_hostile_text_gives_well_formed_xml_and_inert_csv() -> None:
    site, _ = _hostile_site()
    options = ExportOptions(site_url=SITE_URL)
    made = export_site(site, options)  # type: ignore[arg-type]
    # The names the Export page is written with while the files are made in the background.
    assert export_names(site_feeds(site, options)) == list(made.files)  # type: ignore[arg-type]
    xml = [name for name in made.files if name.endswith(XML_FILES)]
    assert {"network.graphml.gz", "network.gexf.gz", "feeds/site.xml"} <= set(xml)
    for name in xml:
        data = made.files[name]
        ET.fromstring(gzip.decompress(data) if name.endswith(".gz") else data)  # raises on malformed XML
        assert feedparser.parse(made.files[name]).bozo == 0 if name.startswith("feeds/") else True
    for name in ("quotes.csv", "actors.csv", "issues.csv"):
        rows = list(csv.reader(io.StringIO(made.files[name].decode("utf-8-sig"))))
        assert len(rows) > 1
        for row in rows[1:]:
            assert all(not cell.startswith(FORMULA_START) for cell in row), (name, row)
            assert all(xml_text(cell) == cell for cell in row)
    quote = next(csv.DictReader(io.StringIO(made.files["quotes.csv"].decode("utf-8-sig"))))
    assert quote["quote"].startswith("'+SUM(A1)") and quote["cue"] == "'@said"
    for line in gzip.decompress(made.files["entities.ftm.json.gz"]).decode().splitlines():
        json.loads(line)


def test_text_of_control_characters_alone_still_gives_valid_feeds() -> None:
    _, briefing = _hostile_site()
    briefing.article.title = "\x01\x02"
    briefing.actors[0].name = briefing.quotes[0].speaker = "\x1b"
    made = export_site(build_site([briefing]), ExportOptions())
    assert feedparser.parse(made.files["feeds/site.xml"]).entries[0].title == "Untitled"


def test_an_undated_briefing_is_in_no_feed() -> None:
    _, briefing = _hostile_site()
    briefing.article.date = None
    made = export_site(build_site([briefing]), ExportOptions())
    assert not [name for name in made.files if name.startswith("feeds/")]
    assert made.feeds == {}


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A real strict build of the fixture articles; returns the project (site in ``project/site``)."""
    tmp = tmp_path_factory.mktemp("export")
    project = copy_project(tmp / "project")
    shutil.rmtree(project / "seeds")
    shutil.copytree(FIXTURES, project / "seeds")
    done = run_mkdocs(project, "build", "--strict", "-d", str(project / "site"))
    assert done.returncode == 0, done.stderr[-3000:]
    return project


def _file_of(site: Path, url: str) -> Path:
    """The file serving the page at absolute ``url`` of the site."""
    assert url.startswith(SITE_URL), url
    rel = url[len(SITE_URL) :].split("#")[0]
    return site / rel / "index.html" if rel.endswith("/") or not rel else site / rel


def test_feeds_parse_and_link_to_pages_and_pages_link_their_feeds(built: Path) -> None:
    site = built / "site"
    feeds = site / "export" / "feeds"
    parsed = feedparser.parse((feeds / "site.xml").read_bytes())
    assert parsed.bozo == 0 and parsed.version == "atom10"
    assert [e.published[:10] for e in parsed.entries] == ["2024-03-07", "2024-03-05"]  # undated: left out
    assert parsed.feed.updated.startswith("2024-03-07")
    entry = parsed.entries[1]
    assert entry.title == "Spreadsheet attack <script>alert(1)</script> worries banks"  # text, not markup
    assert b"<script" not in (feeds / "site.xml").read_bytes()
    assert {t.term for t in entry.tags} >= {"John Smith", "Bank of England"}
    assert "John Smith" in entry.content[0].value and entry.summary
    for e in parsed.entries:
        assert _file_of(site, e.link).is_file()
    actor_pages = sorted((site / "actors").glob("*/index.html"))
    smith = next(p for p in actor_pages if p.parent.name == "john-smith")
    tags = ALTERNATE.findall(smith.read_text(encoding="utf-8"))
    links = {mime: href for mime, href in tags if "actors" in href}
    atom = (smith.parent / links["application/atom+xml"]).resolve()
    actor_feed = feedparser.parse(atom.read_bytes())
    assert actor_feed.bozo == 0 and len(actor_feed.entries) == 2
    assert any("HYPERLINK" in e.content[0].value for e in actor_feed.entries)  # his quotes
    jfeed = json.loads((smith.parent / links["application/feed+json"]).resolve().read_text(encoding="utf-8"))
    assert jfeed["version"] == "https://jsonfeed.org/version/1.1" and len(jfeed["items"]) == 2
    home = (site / "index.html").read_text(encoding="utf-8")
    assert ("application/atom+xml", "export/feeds/site.xml") in ALTERNATE.findall(home)


def test_quotes_csv_neutralises_the_hostile_quote_and_links_pages(built: Path) -> None:
    site = built / "site"
    with (site / "export" / "quotes.csv").open(encoding="utf-8-sig", newline="") as f:
        rows = list(csv.DictReader(f))
    hostile = [r for r in rows if "HYPERLINK" in r["quote"]]
    assert hostile and all(r["quote"].startswith("'=HYPERLINK(") for r in hostile)
    assert any(r["quote"].startswith("'@SUM") for r in rows)
    for row in rows:
        assert _file_of(site, row["page"]).is_file()
        assert not any(v.startswith(FORMULA_START) for v in row.values())
    page = (site / "export" / "index.html").read_text(encoding="utf-8")
    assert re.search(r'href="quotes.csv" download>quotes.csv</a> · [\d.]+ (KiB|B)', page)
    assert "<td>speaker&#95;role</td>" in page  # the columns are explained


def test_the_cli_writes_the_same_files_and_a_rebuild_reuses_them(built: Path) -> None:
    site, out = built / "site", built / "cli-export"
    done = subprocess.run(
        [sys.executable, "-m", "generator", "export", str(out), "--articles", "seeds", "--site-url", SITE_URL],
        cwd=built,
        env=mkdocs_env(built),
        capture_output=True,
        text=True,
        timeout=600,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    exported = {
        p.relative_to(site / "export").as_posix(): p.read_bytes()
        for p in sorted((site / "export").rglob("*"))
        if p.is_file() and p.name != "index.html"
    }
    written = {p.relative_to(out).as_posix(): p.read_bytes() for p in sorted(out.rglob("*")) if p.is_file()}
    assert exported == written
    again = run_mkdocs(built, "build", "--strict", "-d", str(built / "site2"))
    assert again.returncode == 0, again.stderr[-3000:]
    assert {
        p.relative_to(built / "site2" / "export").as_posix(): p.read_bytes()
        for p in sorted((built / "site2" / "export").rglob("*"))
        if p.is_file() and p.name != "index.html"
    } == exported
    # The first build made the files in the background and wrote the Export page with a mark for each
    # size, filled in once they were made; the rebuild recalled them. The two pages are the same.
    page = (site / "export" / "index.html").read_text(encoding="utf-8")
    assert "briefingexportsize" not in page
    assert (built / "site2" / "export" / "index.html").read_text(encoding="utf-8") == page
    # Not made again: both sites hold links to the files the first build kept in the cache.
    assert (built / "site2" / "export" / "quotes.csv").samefile(site / "export" / "quotes.csv")


def test_network_and_ftm_load_in_their_libraries(built: Path) -> None:
    export = built / "site" / "export"
    graph = nx.read_graphml(export / "network.graphml.gz")
    gexf = nx.read_gexf(export / "network.gexf.gz")
    assert graph.number_of_nodes() == gexf.number_of_nodes() >= 3
    assert graph.number_of_edges() == gexf.number_of_edges() >= 2
    assert graph["john smith"]["bank of england"]["weight"] == 3
    assert graph.nodes["john smith"]["url"] == SITE_URL + "actors/john-smith/"
    entities = [
        json.loads(line)
        for line in gzip.decompress((export / "entities.ftm.json.gz").read_bytes()).decode().splitlines()
    ]
    for data in entities:
        model.get(data["schema"]).validate(data)
    assert {e["schema"] for e in entities} >= {"Person", "Organization", "Article", "Documentation"}
    assert ROOT.is_dir()


def _dated(title: str, day: str, speaker: str) -> Briefing:
    text = f"{title}\n\n{speaker} met Acme Corp in Paris, {speaker} said.\n"
    body = (len(title) + 2, len(text))
    start = body[0]
    art = Article(f"{title}.txt", text, body, [body], title=title, date=day)
    acme = text.index("Acme")
    actors = [
        Actor(speaker, "person", mentions=[(start, start + len(speaker))], salience=1.0),
        Actor("Acme Corp", "organization", mentions=[(acme, acme + 9)]),
    ]
    return Briefing(
        art,
        actors,
        [Quote(speaker, "we met", "indirect", body, cue="said")],
        [Issue("Steel trade tariffs", [body], key="steel-trade-tariffs", score=1.0)],
    )


def test_feeds_are_capped_newest_first_and_the_same_every_time() -> None:
    site = build_site([_dated("Old news", "2024-01-01", "Ann Lee"), _dated("New news", "2024-02-01", "Ann Lee")])
    options = ExportOptions(site_url=SITE_URL, feed_size=1)
    made = export_site(site, options)
    for name in ("feeds/site.xml", "feeds/actors/ann-lee.xml", "feeds/issues/steel-trade-tariffs.xml"):
        parsed = feedparser.parse(made.files[name])
        assert parsed.bozo == 0 and [e.title for e in parsed.entries] == ["New news"], name
        assert parsed.feed.updated.startswith("2024-02-01")
    assert export_site(site, options).files == made.files


def test_without_site_url_feed_links_are_relative_to_the_feed() -> None:
    site = build_site([_dated("New news", "2024-02-01", "Ann Lee")])
    made = export_site(site, ExportOptions(directory_urls=False))
    entry = feedparser.parse(made.files["feeds/actors/ann-lee.xml"]).entries[0]
    assert entry.link == "../../../briefings/new-news.html"  # from export/feeds/actors/
    item = json.loads(made.files["feeds/actors/ann-lee.json"])["items"][0]
    assert item["url"] == entry.link and item["_briefing"]["quotes"] == ["we met"]
    row = next(csv.DictReader(io.StringIO(made.files["quotes.csv"].decode("utf-8-sig"))))
    assert row["page"] == "briefings/new-news.html#p1"  # from the site root


def test_a_cell_never_outgrows_a_spreadsheet_cell_and_says_what_it_left_out() -> None:
    briefings = []
    for n in range(700):
        text = f"Budget talks {n}\n\nTony Blair said the budget talks number {n} would go on.\n"
        body = (text.index("Tony"), len(text))
        art = Article(f"talks-{n:03d}.txt", text, body, [body], title=f"Budget talks {n}", date="2024-01-02")
        blair = Actor("Tony Blair", "person", mentions=[(body[0], body[0] + 10)], salience=1.0)
        briefings.append(Briefing(art, [blair], [], [Issue("Budget talks", [body], key="budget+talk", score=1.0)]))
    site = build_site(briefings)
    made = export_site(site, ExportOptions(site_url=SITE_URL))
    for name in ("actors.csv", "issues.csv"):
        rows = list(csv.DictReader(io.StringIO(made.files[name].decode("utf-8-sig"))))
        row = next(r for r in rows if r.get("name", r.get("label")) in {"Tony Blair", "Budget talks"})
        pages = row["briefing_pages"]
        assert 32_000 < len(pages) <= CELL_CHARS, name
        links, more = pages.rsplit(" ", 2)[0].split(" "), pages.rsplit(" ", 2)[1:]
        assert row["briefings"] == "700" and more == [f"(+{700 - len(links)}", "more)"]
        assert all(link.startswith(SITE_URL + "briefings/") for link in links)
    assert len(csv_cell("word " * 10_000)) <= CELL_CHARS
