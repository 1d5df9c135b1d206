"""The Reuters corpus (500 real items, from ../shared) builds a strict site with cross-article pages."""

from __future__ import annotations

import csv
import gzip
import json
import re
import shutil
import xml.etree.ElementTree as ET
from datetime import date, timedelta
from html import unescape
from pathlib import Path

import feedparser
import networkx as nx
import pytest
from followthemoney import model
from siteproject import ROOT, copy_project, pagefind_records, run_mkdocs

from generator.build.batch import extract_all
from generator.corrections.apply import ALIASES_FILE, corrected
from generator.extract.issuelabels import content_words
from generator.ingest.collect import collect
from generator.site.entries import Site
from generator.site.index import PageRule, build_site

REUTERS = ROOT.parent / "shared" / "corpus" / "reuters"
HREF = re.compile(r'href="([^"#]+)(?:#[^"]*)?"')
H1 = re.compile(r"<h1[^>]*>([^<]+)")


def _dated_copy(dest: Path) -> Path:
    """The Reuters items (which carry no dates) in ``dest``, every second one dated by a sidecar, as
    an editor would date them: feeds list dated briefings only."""
    shutil.copytree(REUTERS, dest)
    for n, item in enumerate(sorted(dest.glob("*.txt"))[::2]):
        day = date(2011, 1, 1) + timedelta(days=n)
        item.with_suffix(".yml").write_text(f"meta:\n  date: {day.isoformat()}\n", encoding="utf-8")
    return dest


@pytest.fixture(scope="module")
def reuters_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    if not REUTERS.is_dir():
        pytest.skip("../shared/corpus/reuters is not here")
    tmp = tmp_path_factory.mktemp("reuters")
    project = copy_project(tmp / "project")
    site = tmp / "site"
    done = run_mkdocs(
        project,
        "build",
        "--strict",
        "-d",
        str(site),
        env={"BRIEFING_ARTICLES": str(_dated_copy(tmp / "articles"))},
        timeout=900,
    )
    assert done.returncode == 0, done.stderr[-3000:]
    assert "skipped" in done.stderr  # title-only items are named, not fatal
    return site


def _links(page: Path) -> set[Path]:
    """The site pages ``page`` links to, as files."""
    return {
        (page.parent / h).resolve() / "index.html"
        for h in HREF.findall(page.read_text(encoding="utf-8"))
        if not h.startswith(("http", "/")) and not h.endswith((".js", ".css", ".png", ".svg", ".xml"))
    }


def test_strict_build_has_dashboard_timeline_actor_and_issue_pages(reuters_site: Path) -> None:
    home = (reuters_site / "index.html").read_text(encoding="utf-8")
    assert "Latest briefings" in home and 'class="mermaid"' in home
    assert (reuters_site / "timeline" / "index.html").is_file()
    briefings = [p for p in (reuters_site / "briefings").iterdir() if p.is_dir()]
    assert len(briefings) > 400
    assert len([p for p in (reuters_site / "actors").iterdir() if p.is_dir()]) > 50
    assert len([p for p in (reuters_site / "issues").iterdir() if p.is_dir()]) > 10


def test_actor_quotes_link_back_to_their_briefings(reuters_site: Path) -> None:
    quoted = [
        p
        for p in sorted((reuters_site / "actors").glob("*/index.html"))
        if 'class="quote"' in p.read_text(encoding="utf-8")
    ]
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


SITE_URL = "https://example.org/briefings/"
"""The seed project's site_url: export links are absolute."""
FEED_LINK = re.compile(r'<link rel="alternate feed" type="application/atom\+xml" title="[^"]*" href="([^"]+)">')


@pytest.fixture(scope="module")
def reuters_index(reuters_site: Path) -> Site:
    """The ``Site`` the build indexed: the same briefings, from the build's extraction cache."""
    project, articles_dir = reuters_site.parent / "project", reuters_site.parent / "articles"
    articles, _ = collect([articles_dir])
    briefings = extract_all(articles, cache_dir=project / ".briefing-cache", jobs=1)
    return build_site(corrected(briefings, project / ALIASES_FILE), root=str(articles_dir), rule=PageRule())


def _served(site: Path, url: str) -> Path:
    """The file that serves the absolute ``url`` of the built site."""
    assert url.startswith(SITE_URL), url
    rel = url[len(SITE_URL) :].split("#")[0]
    return site / rel / "index.html" if rel.endswith("/") or not rel else site / rel


def _feed_of(page: Path) -> Path:
    """The Atom feed a page links in its head (its own, not the site's)."""
    found = FEED_LINK.findall(page.read_text(encoding="utf-8"))
    hrefs = [h for h in found if not h.endswith("feeds/site.xml")]
    assert len(hrefs) == 1, hrefs
    return (page.parent / hrefs[0]).resolve()


def test_site_actor_and_issue_feeds_parse_and_link_to_pages(reuters_site: Path, reuters_index: Site) -> None:
    home = reuters_site / "index.html"
    site_feed = reuters_site / "export" / "feeds" / "site.xml"
    assert (home.parent / FEED_LINK.findall(home.read_text(encoding="utf-8"))[0]).resolve() == site_feed
    newest = sorted((b.article.date or "" for b in reuters_index.briefings), reverse=True)[:50]
    assert [e.published[:10] for e in feedparser.parse(site_feed.read_bytes()).entries] == newest
    feeds = [site_feed]
    for kind in ("actors", "issues"):
        pages = sorted(
            p
            for p in (reuters_site / kind).glob("*/index.html")
            if (reuters_site / "export" / "feeds" / kind / f"{p.parent.name}.xml").is_file()
        )
        assert pages, f"no {kind} feed"
        feeds.append(_feed_of(pages[0]))
    for feed in feeds:
        parsed = feedparser.parse(feed.read_bytes())
        assert parsed.bozo == 0, (feed, parsed.get("bozo_exception"))
        assert 0 < len(parsed.entries) <= 50
        dates = [e.published for e in parsed.entries]
        assert dates == sorted(dates, reverse=True)
        for entry in parsed.entries:
            assert _served(reuters_site, entry.link).is_file()
            assert entry.summary and entry.tags


def test_quotes_csv_loads_and_every_row_links_an_existing_page(reuters_site: Path, reuters_index: Site) -> None:
    with (reuters_site / "export" / "quotes.csv").open(encoding="utf-8-sig", newline="") as f:
        rows = list(csv.DictReader(f))
    assert len(rows) == reuters_index.quote_count > 100
    assert {"quote", "speaker", "speaker_role", "cue", "kind", "page"} <= set(rows[0])
    for row in rows:
        assert _served(reuters_site, row["page"]).is_file()


def test_network_files_have_the_seen_with_counts(reuters_site: Path, reuters_index: Site) -> None:
    export = reuters_site / "export"
    for graph in (nx.read_graphml(export / "network.graphml.gz"), nx.read_gexf(export / "network.gexf.gz")):
        assert graph.number_of_nodes() == len(reuters_index.cast)
        assert graph.number_of_edges() == len(reuters_index.pairs)
    root = ET.fromstring(gzip.decompress((export / "network.gexf.gz").read_bytes()))
    ns = "{http://www.gexf.net/1.2draft}"
    assert root.tag == f"{ns}gexf" and root.get("version") == "1.2"
    graph_el = root.find(f"{ns}graph")
    assert graph_el is not None and graph_el.find(f"{ns}nodes") is not None
    assert graph_el.find(f"{ns}edges") is not None


def test_ftm_entities_validate_and_every_person_is_in_a_document(reuters_site: Path) -> None:
    lines = gzip.decompress((reuters_site / "export" / "entities.ftm.json.gz").read_bytes()).decode().splitlines()
    entities = [json.loads(line) for line in lines]
    for data in entities:
        schema = model.get(data["schema"])
        assert schema is not None
        schema.validate(data)
        assert model.get_proxy(data).id == data["id"]
    documents = {e["id"]: e for e in entities if e["schema"] == "Article"}
    mentioned = {
        (link["properties"]["entity"][0], link["properties"]["document"][0])
        for link in entities
        if link["schema"] == "Documentation"
    }
    people = [e for e in entities if e["schema"] == "Person"]
    assert people and documents
    in_documents = {entity: doc for entity, doc in mentioned if doc in documents}
    for person in people:
        name = person["properties"]["name"][0]
        assert name
        doc = documents[in_documents[person["id"]]]
        assert name in doc["properties"]["peopleMentioned"]


def test_every_issue_page_has_a_specific_label_raised_by_two_briefings(reuters_site: Path) -> None:
    pages = [
        p
        for p in sorted((reuters_site / "issues").glob("*/index.html"))
        if not re.fullmatch(r"index-\d+", p.parent.name)
    ]  # later pages of the issues index
    assert pages
    for page in pages:
        html = page.read_text(encoding="utf-8")
        label = unescape(H1.search(html).group(1).strip())
        words = content_words(label)
        named = any((w.isupper() and len(w) > 1) or (n and w[:1].isupper()) for n, w in enumerate(words))
        assert len(words) >= 2 or named, label
        briefings = {t for t in _links(page) if "briefings" in t.parts and t.parent.name != "briefings"}
        assert len(briefings) >= 2, (label, briefings)


def test_search_index_holds_briefings_and_quotes_that_land_on_their_anchor(reuters_site: Path) -> None:
    records = pagefind_records(reuters_site)
    kinds = [r["filters"].get("kind", ["page"]) for r in records]  # type: ignore[union-attr]
    briefings = len(
        [p for p in (reuters_site / "briefings").glob("*/index.html") if not re.fullmatch(r"index-\d+", p.parent.name)]
    )  # not the index's pages
    assert [k[0] for k in kinds].count("briefing") == briefings
    assert all("#" not in str(r["url"]) for r in records)  # one record per page: quotes are anchors in it
    quoted = [r for r, k in zip(records, kinds, strict=True) if "quote" in k]
    assert briefings / 2 < len(quoted) <= briefings
    for record in quoted[:50]:
        anchors = [a["id"] for a in record["anchors"] if a["element"] == "figure"]  # type: ignore[attr-defined]
        page = (reuters_site / str(record["url"]).lstrip("/") / "index.html").read_text(encoding="utf-8")
        assert anchors and all(f'<figure class="quote" id="{a}"' in page for a in anchors)
