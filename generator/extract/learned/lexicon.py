"""Nouns of people ("analysts") and of texts and findings that speak for themselves ("the report said"),
counted on the training corpus by ``python -m generator.learn --lexicon`` (``generator.learn.lexicon``)."""

from __future__ import annotations

import json
from functools import lru_cache
from pathlib import Path

LEXICON = Path(__file__).resolve().parent / "nouns.json"


@lru_cache(maxsize=1)
def _lists() -> dict[str, frozenset[str]]:
    try:
        data = json.loads(LEXICON.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return {}
    return {str(k): frozenset(map(str, v)) for k, v in data.items()}


def speaking_things() -> frozenset[str]:
    """Lemmas of the nouns of texts that speak ("report", "survey", "panel"); none without the file."""
    return _lists().get("speaking_things", frozenset())


def people() -> frozenset[str]:
    """Lemmas of the nouns of people ("analyst", "voter", "fan"); none without the file."""
    return _lists().get("people", frozenset())
