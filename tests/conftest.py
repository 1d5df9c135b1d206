"""Shared fixtures: the spaCy model, loaded once per test session."""
from __future__ import annotations

import pytest
from spacy.language import Language

from generator import nlp as nlp_mod


@pytest.fixture(scope="session")
def nlp() -> Language:
    """The project's spaCy pipeline (``generator.nlp.load``), loaded once."""
    return nlp_mod.load()
