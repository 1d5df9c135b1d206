"""Pagefind search in a real Chromium: the header box, quotes as results, facets, and `mkdocs serve`."""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import urlparse

import pytest
from browserkit import CHROMIUM, TIMEOUT_MS, Traffic, open_tab, serve_directory
from playwright.sync_api import Browser, Page, expect
from siteproject import SEED_TITLE, build_site, copy_project, page_url, seed_page

if not CHROMIUM.exists():
    pytest.skip(f"{CHROMIUM} is absent (apt-get install chromium)", allow_module_level=True)

from test_serve import Server

expect.set_options(timeout=TIMEOUT_MS)
pytestmark = [pytest.mark.browser, pytest.mark.slow]
QUOTE = "Tokyo does want to have smoother ties"
OTHER_OUTLET = """---
title: Fishermen Count the Cost of the Fukushima Water Release
outlet: Harbour Gazette
section: Business
date: 2024-09-12
---

Fishermen in Hokkaido said on Thursday that sales of scallops had fallen since the release of
treated water from the Fukushima plant began, and that buyers in China had cancelled orders.

"We have never seen a season like this one," said Kenji Mori, head of a local cooperative.
The government promised new support for the fishing industry and for exporters.
"""


def _project(base: Path) -> Path:
    project = copy_project(base / "project")
    (project / "seeds" / "harbour.md").write_text(OTHER_OUTLET, encoding="utf-8")
    return project


@pytest.fixture(scope="module")
def project(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return _project(tmp_path_factory.mktemp("search"))


@pytest.fixture(scope="module")
def site(project: Path) -> Path:
    return build_site(project, project.parent / "site")


@pytest.fixture(scope="module")
def base_url(site: Path) -> Iterator[str]:
    with serve_directory(site) as url:
        yield url


def test_pages_carry_none_of_the_config_only_materials_search_reads(site: Path) -> None:
    html = seed_page(site).read_text(encoding="utf-8")
    found = re.search(r'<script id="__config" type="application/json">(.*?)</script>', html)
    assert found is not None
    config = json.loads(found.group(1))
    assert "search" not in config and not any(k.startswith("search.") for k in config["translations"])
    assert config["base"] and "clipboard.copy" in config["translations"]  # what Material's other parts read


def _type(page: Page, query: str, key: str = "/") -> None:
    """Open the header box with a keyboard shortcut, as a reader would, and type ``query``."""
    page.locator("body").press(key)
    box = page.locator("input.md-search__input")
    expect(box).to_be_focused()
    box.press_sequentially(query, delay=20)


def _hit(page: Page, title: str | re.Pattern[str]) -> object:
    return page.locator("a.md-search-result__link", has=page.locator("h1", has_text=title)).first


def test_typing_a_topic_lists_the_briefing(page: Page, site: Path, traffic: Traffic) -> None:
    page.goto("/")
    _type(page, "Fukushima")
    hit = page.locator("a.md-search-result__link", has=page.locator("h1", has_text=SEED_TITLE)).first
    expect(hit).to_be_visible()
    expect(hit.locator("mark").first).to_have_text(re.compile("fukushima", re.IGNORECASE))
    expect(hit.locator(".briefing-search__kind")).to_have_text(re.compile("^Briefing"))
    assert urlparse(hit.get_attribute("href") or "").path == page_url(site, seed_page(site))
    assert traffic.external() == [] and traffic.errors == []


def test_an_actor_name_lists_the_actor_page(page: Page, traffic: Traffic) -> None:
    page.goto("/about/")
    _type(page, "Ian Chong", key="s")
    hit = page.locator("a.md-search-result__link", has=page.locator("h1", has_text=re.compile(r"^\s*Ian Chong\s*$")))
    expect(hit.first).to_be_visible()
    expect(hit.first.locator(".briefing-search__kind")).to_have_text("Actor")
    hit.first.click()
    expect(page.locator(".md-content h1").first).to_have_text(re.compile("Ian Chong"))
    assert traffic.external() == [] and traffic.errors == []


def test_a_quote_search_lands_on_the_quote(page: Page, traffic: Traffic) -> None:
    page.goto("/")
    _type(page, "smoother ties")
    hit = page.locator("a.md-search-result__link", has=page.locator(".briefing-search__kind", has_text="Quote")).first
    expect(hit).to_be_visible()
    expect(hit.locator("h1")).to_contain_text("Ian Chong")
    hit.click()
    anchor = urlparse(page.url).fragment
    assert re.fullmatch(r"q\d+", anchor), page.url
    target = page.locator(f"figure#{anchor}")
    expect(target).to_contain_text(QUOTE)
    expect(target).to_be_in_viewport()
    assert traffic.external() == [] and traffic.errors == []


def test_an_outlet_filter_narrows_the_results(page: Page, traffic: Traffic) -> None:
    page.goto("/search/?q=Fukushima")
    results = page.locator(".briefing-search-page__results > li")
    meta = page.locator(".briefing-search-page__meta")
    outlet = page.locator("fieldset[data-facet=outlet] input[value='Harbour Gazette']")
    expect(outlet).to_be_visible()
    expect(page.locator("fieldset[data-facet=kind] input[value=quote]")).to_be_visible()
    expect(results.first).to_be_visible()
    before = int(re.match(r"\d+", meta.inner_text()).group())  # type: ignore[union-attr]
    assert before >= 2
    outlet.check()
    expect(meta).to_have_text(re.compile(r"^(1 matching document|[0-9]+ matching documents)$"))
    expect(meta).not_to_have_text(f"{before} matching documents")
    expect(results.first.locator("h1")).to_contain_text("Fishermen")
    for text in results.locator("h1").all_inner_texts():
        assert "Japan and China" not in text
    assert "outlet=Harbour+Gazette" in page.url
    assert traffic.external() == [] and traffic.errors == []


def test_the_quote_filter_lists_the_matching_quotes_alone(page: Page, traffic: Traffic) -> None:
    page.goto("/search/?q=smoother+ties&kind=quote")
    results = page.locator(".briefing-search-page__results > li")
    expect(results.first).to_be_visible()
    expect(page.locator("fieldset[data-facet=kind] input[value=quote]")).to_be_checked()
    kinds = results.locator(".briefing-search__kind").all_inner_texts()
    assert kinds and all(k.lower().startswith("quote") for k in kinds), kinds
    links = [urlparse(h or "") for h in results.locator("a").evaluate_all("(a) => a.map((x) => x.href)")]
    assert all(re.fullmatch(r"q\d+", u.fragment) for u in links), links
    expect(results.first.locator("mark").first).to_have_text(re.compile("smoother|ties", re.IGNORECASE))
    assert traffic.external() == [] and traffic.errors == []


def test_mermaid_loads_only_where_a_diagram_is_drawn(page: Page, site: Path, traffic: Traffic) -> None:
    page.goto(page_url(site, seed_page(site)))
    page.wait_for_load_state("networkidle")
    assert not [url for url in traffic.requests if url.endswith("mermaid.min.js")]
    page.goto("/")
    expect(page.locator(".md-content div.mermaid svg").first).to_be_visible()
    assert [url for url in traffic.requests if url.endswith("mermaid.min.js")]
    assert traffic.external() == [] and traffic.errors == []


def test_search_works_under_mkdocs_serve(browser: Browser, tmp_path: Path) -> None:
    project = _project(tmp_path)
    server = Server(project, tmp_path)
    traffic = Traffic()
    try:
        server.next_build(180)  # the index is written at the end of the build
        server.wait_until_serving()
        assert '"languages"' in server.get("/pagefind/pagefind-entry.json")
        tab = open_tab(browser, server.base + "/", traffic, TIMEOUT_MS)
        tab.goto(server.base + "/")
        _type(tab, "Fukushima")
        expect(
            tab.locator("a.md-search-result__link", has=tab.locator("h1", has_text=SEED_TITLE)).first
        ).to_be_visible()
        tab.context.close()
    finally:
        server.stop()
    assert traffic.external() == [] and traffic.errors == []
