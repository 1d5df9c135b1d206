"""Batch extraction: articles in, briefings out, in input order."""
from __future__ import annotations

from collections.abc import Sequence

from . import nlp as nlp_mod
from .extract import analysis_text, build_briefing
from .model import Article, Briefing


def extract_all(articles: Sequence[Article], model: str | None = None) -> list[Briefing]:
    """Parse and extract every article."""
    nlp = nlp_mod.load(model)
    docs = nlp.pipe(analysis_text(a) for a in articles)
    return [build_briefing(a, d) for a, d in zip(articles, docs)]
