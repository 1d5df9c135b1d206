"""Measuring on an annotated corpus with the project's own scorer (``score_quotes.py`` beside it)."""

from __future__ import annotations

import importlib.util
from dataclasses import dataclass
from pathlib import Path
from types import ModuleType
from typing import Any

from ..extract import actors
from ..extract import quotes as q
from ..extract.learned.candidates import Candidate, candidates
from ..extract.learned.features import features
from .corpus import Attribution, Item


def scorer(folder: Path) -> ModuleType:
    """``score_quotes.py`` from the folder that holds the corpus ``folder``."""
    path = folder.resolve().parent / "score_quotes.py"
    spec = importlib.util.spec_from_file_location("score_quotes", path)
    if spec is None or spec.loader is None:
        raise FileNotFoundError(path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@dataclass
class Prepared:
    """One article ready for scoring: its extractor, the rules' quotes and candidates with features."""

    item: Item
    ex: q._Extractor
    found: list[q._Found]
    cands: list[Candidate]
    feats: list[dict[str, float]]
    alone: list[Candidate]
    alone_feats: list[dict[str, float]]


def prepare(item: Item) -> Prepared:
    """Run the rules over ``item`` and build both candidate sets (with and without the rules')."""
    table = actors.extract_actors(item.doc, item.article)
    ex = q._Extractor(item.doc, item.article, table)
    found = ex.rule_quotes() if len(item.doc) else []
    cands = candidates(ex, found)
    alone = candidates(ex, [])
    return Prepared(item, ex, found, cands, [features(ex, c) for c in cands], alone, [features(ex, c) for c in alone])


def quality(gold: list[Attribution], span: tuple[int, int]) -> float:
    """How well ``span`` fits its best gold content: the smaller of the two overlap fractions."""
    best = 0.0
    for att in gold:
        ov = sum(max(0, min(e, span[1]) - max(s, span[0])) for s, e in att.content)
        best = max(best, min(ov / max(1, sum(e - s for s, e in att.content)), ov / max(1, span[1] - span[0])))
    return best


def matches(gold: list[Attribution], span: tuple[int, int]) -> bool:
    """Whether ``span`` matches the content of any gold attribution (the scorer's 50/50 rule)."""
    return quality(gold, span) >= 0.5


def quote_dicts(ex: q._Extractor, found: list[q._Found]) -> list[dict[str, Any]]:
    """Quotes as ``extract`` prints them (the fields the scorer reads, and the confidence)."""
    return [
        {"span": list(x.span), "speaker": x.speaker, "confidence": x.confidence, "kind": x.kind}
        for x in ex._emit(found)
    ]


def correct(sq: ModuleType, text: str, gold: list[Attribution], quote: dict[str, Any]) -> bool:
    """Whether a quote is a right attribution: its content matches a gold attribution, and its speaker
    shares a name word with that attribution's source when the source names someone."""
    span = tuple(quote["span"])
    best, best_ov = None, 0
    for att in gold:
        if sq.matches(att.content, span):
            ov = sq.overlap(att.content, span)
            if ov > best_ov:
                best, best_ov = att, ov
    if best is None:
        return False
    src = sq.seg_text(text, best.source)
    return not sq.names_someone(src) or bool(sq.name_words(src) & sq.name_words(quote.get("speaker")))
