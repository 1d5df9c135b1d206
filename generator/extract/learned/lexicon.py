"""Nouns of people ("analysts") and of what speaks for itself and is never a person ("the report said",
"a third said"), counted on the training corpus by ``python -m generator.learn --lexicon``
(``generator.learn.lexicon``)."""

from __future__ import annotations

import json
from functools import lru_cache
from pathlib import Path

LEXICON = Path(__file__).resolve().parent / "nouns.json"


@lru_cache(maxsize=1)
def lists() -> dict[str, frozenset[str]]:
    """Both lists by name, read once; none without the file (the rules then treat every noun alike)."""
    try:
        data = json.loads(LEXICON.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return {}
    return {str(k): frozenset(map(str, v)) for k, v in data.items()}


def speaking_things() -> frozenset[str]:
    """Lemmas of the nouns that speak for themselves ("report", "survey", "third")."""
    return lists().get("speaking_things", frozenset())


def people() -> frozenset[str]:
    """Lemmas of the nouns of people ("analyst", "voter", "fan")."""
    return lists().get("people", frozenset())
