"""Nouns of texts and findings that speak for themselves ("the report said"), never a person: counted on
the training corpus by ``python -m generator.learn --lexicon`` (``generator.learn.lexicon``)."""

from __future__ import annotations

import json
from functools import lru_cache
from pathlib import Path

LEXICON = Path(__file__).resolve().parent / "nouns.json"


@lru_cache(maxsize=1)
def speaking_things() -> frozenset[str]:
    """Lemmas of the nouns ("report", "survey", "panel"); none without the file."""
    try:
        data = json.loads(LEXICON.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return frozenset()
    return frozenset(map(str, data.get("speaking_things") or []))
