"""Shared fixtures: the spaCy model, loaded once per test session."""

from __future__ import annotations

from collections.abc import Callable

import pytest
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
