"""Acting on quote confidence at site-building time: hide the least certain attributions."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace

from ..model import Briefing


def hide_uncertain(briefings: Iterable[Briefing], min_confidence: float) -> list[Briefing]:
    """Copies of ``briefings`` without the quotes whose confidence is below ``min_confidence``.

    A quote without a confidence (from an older cache) is kept; a corrected one has 1.0."""
    if min_confidence <= 0:
        return list(briefings)
    return [
        replace(b, quotes=[q for q in b.quotes if q.confidence is None or q.confidence >= min_confidence])
        for b in briefings
    ]
