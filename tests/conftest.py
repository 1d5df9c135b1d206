"""Shared fixtures: the spaCy model, loaded once per test session."""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest
from browserkit import TIMEOUT_MS, Traffic, chromium, open_tab
from playwright.sync_api import Browser, Page
from siteproject import text_article
from spacy.language import Language

from generator.extract import nlp as nlp_mod
from generator.extract.briefing import analysis_text, build_briefing
from generator.model import Briefing


@pytest.fixture(scope="session")
def nlp() -> Language:
    """The project's spaCy pipeline (``generator.nlp.load``), loaded once."""
    return nlp_mod.load()


@pytest.fixture(scope="session")
def make_briefing(nlp: Language) -> Callable[[str], Briefing]:
    """Builds the briefing of a test text taken whole as an article body (blank-line paragraphs)."""

    def make(text: str) -> Briefing:
        article = text_article(text)
        return build_briefing(article, nlp(analysis_text(article)))

    return make


@pytest.fixture(scope="module")
def browser() -> Iterator[Browser]:
    """Debian's Chromium, once per test module (browser tests)."""
    with chromium() as started:
        yield started


@pytest.fixture()
def traffic() -> Traffic:
    """The requests and console errors of a test's tabs."""
    return Traffic()


@pytest.fixture()
def page(browser: Browser, base_url: str, traffic: Traffic) -> Iterator[Page]:
    """A tab on the module's ``base_url`` (a fixture of the browser test module), recorded in ``traffic``."""
    tab = open_tab(browser, base_url, traffic, TIMEOUT_MS)
    try:
        yield tab
    finally:
        tab.context.close()
