"""Names the article uses only to say what kind of thing something is: an award ("Oscar nomination"), a
market index ("Dow Jones index"), a technology ("GPRS capability"), a piece of software or a work ("Lord
of the Rings trilogy", "Holby City actor"). They act in nothing, so they are no actors, though they still
anchor the issues they name ("Grammy awards")."""

from __future__ import annotations

from collections.abc import Iterable

from spacy.tokens import Doc

from ..model import Actor, Quote
from .actors import ActorTable
from .roles import INSTITUTION_NOUNS

# fmt: off
_KIND_NOUNS = frozenset({
    "award", "nomination", "nominee", "prize", "trophy", "medal",
    "index", "crude",
    "technology", "capability", "format", "protocol", "chip", "processor", "card",
    "software", "version", "edition", "virus", "worm",
    "trilogy", "sequel", "franchise", "actor", "actress",
})
"""Nouns a name modifies to say which award, index, technology, product or work is meant (a show's: "EastEnders
actress"; not "star", which a club's or band's name modifies too: "Chelsea star")."""
# fmt: on


def products(table: ActorTable, doc: Doc, quotes: Iterable[Quote]) -> list[Actor]:
    """The actors of ``table`` that say nothing and whose every mention only modifies one of ``_KIND_NOUNS``
    ("Oscar nominee", "Windows XP edition"); not a country, nor a name holding an institution noun, whose
    award it may be ("Screen Actors Guild award")."""
    speakers = {q.speaker for q in quotes}
    return [a for a in table.actors if a.name not in speakers and _only_a_kind(a, doc)]


def _only_a_kind(actor: Actor, doc: Doc) -> bool:
    if actor.kind == "country" or {w.lower() for w in actor.name.split()} & INSTITUTION_NOUNS:
        return False
    spans = [doc.char_span(s, e, alignment_mode="expand") for s, e in actor.mentions]
    return bool(spans) and all(
        span is not None
        and span.root.dep_ == "compound"
        and span.root.head.pos_ == "NOUN"
        and span.root.head.lemma_.lower() in _KIND_NOUNS
        for span in spans
    )
