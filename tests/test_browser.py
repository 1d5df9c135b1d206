"""The built site in a real Chromium: navigation, search, mermaid, no external requests, no console errors."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import urlparse

import pytest
from browserkit import CHROMIUM, TIMEOUT_MS, Traffic, serve_directory
from playwright.sync_api import Page, expect
from siteproject import SEED_TITLE, build_site, copy_project, page_url, seed_page

if not CHROMIUM.exists():
    pytest.skip(f"{CHROMIUM} is absent (apt-get install chromium)", allow_module_level=True)

expect.set_options(timeout=TIMEOUT_MS)  # generous on a busy 2-core CI machine
pytestmark = [pytest.mark.browser, pytest.mark.slow]


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    base = tmp_path_factory.mktemp("browser")
    return build_site(copy_project(base / "project"), base / "site")


@pytest.fixture(scope="module")
def base_url(site: Path) -> Iterator[str]:
    with serve_directory(site) as url:
        yield url


def _search(page: Page, query: str) -> None:
    box = page.locator("input.md-search__input")
    box.click()
    box.press_sequentially(query, delay=20)


def test_home_links_to_the_seed_briefing_with_actors_and_quotes(page: Page, site: Path) -> None:
    page.goto("/")
    expect(page.locator(".md-content h1").first).to_be_visible()
    page.locator(".md-content a", has_text=SEED_TITLE).first.click()
    expect(page).to_have_url(re.compile(re.escape(page_url(site, seed_page(site))) + "$"))
    actors = page.locator(".md-content table", has_text="Ian Chong").first
    for name in ("Ian Chong", "Takeshi Iwaya", "Wang Yi", "Li Qiang", "Stephen Nagy", "Shigeru Ishiba", "Donald Trump"):
        expect(actors).to_contain_text(name)
    quote = page.locator(".md-content blockquote", has_text="Tokyo does want to have smoother ties").first
    expect(quote).to_be_visible()
    expect(quote.locator("xpath=..")).to_contain_text("Ian Chong")  # the quote with its attribution


def test_search_finds_the_briefing_by_topic(page: Page, site: Path) -> None:
    page.goto("/")
    _search(page, "Fukushima")
    hit = page.locator("a.md-search-result__link", has_text=SEED_TITLE).first
    expect(hit).to_be_visible()
    assert urlparse(hit.get_attribute("href") or "").path.endswith(page_url(site, seed_page(site)))


def test_search_finds_an_actor_page_by_name(page: Page) -> None:
    page.goto("/")
    _search(page, "Ian Chong")
    hit = page.locator(
        "a.md-search-result__link", has=page.locator("h1", has_text=re.compile(r"^\s*Ian Chong\s*$"))
    ).first
    expect(hit).to_be_visible()
    hit.click()
    expect(page.locator(".md-content h1").first).to_have_text(re.compile(r"Ian Chong"))
    expect(page.locator(".md-content")).to_contain_text("Tokyo does want to have smoother ties")


def test_mermaid_picture_renders_as_svg(page: Page) -> None:
    page.goto("/")
    svg = page.locator(".md-content div.mermaid svg").first
    expect(svg).to_be_visible()
    expect(svg).to_contain_text("Ian Chong")
    expect(page.locator(".md-content pre.mermaid")).to_have_count(0)


def test_pages_stay_on_loopback_and_log_no_errors(page: Page, site: Path, traffic: Traffic) -> None:
    for path in ("/", page_url(site, seed_page(site))):
        page.goto(path)
        page.wait_for_load_state("networkidle")
    _search(page, "Fukushima")
    expect(page.locator("a.md-search-result__link").first).to_be_visible()
    page.keyboard.press("Escape")
    page.locator(".md-content a", has_text="Ian Chong").first.click()
    page.wait_for_load_state("networkidle")
    assert traffic.requests, "no requests were seen at all"
    assert traffic.external() == []
    assert traffic.errors == []
