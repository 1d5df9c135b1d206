"""Names the article uses only to say what kind of thing something is: an award ("Oscar nomination"), a
market index ("Dow Jones index"), a technology ("GPRS capability"), a piece of software or a work ("Lord
of the Rings trilogy", "Holby City actor", "comedy Sideways"), or a time zone ("2100 GMT"). They act in
nothing, so they are no actors, though they still anchor the issues they name ("Grammy awards")."""

from __future__ import annotations

import re
from collections.abc import Iterable

from spacy.tokens import Doc, Span

from ..model import Actor, Quote
from .actors import WORK_NOUNS, ActorTable
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
    """The actors of ``table`` that say nothing and either only modify one of ``_KIND_NOUNS`` in every
    mention ("Oscar nominee", "Windows XP edition") or are called a work once ("comedy Sideways"); not a
    country, nor a name holding an institution noun, whose award it may be ("Screen Actors Guild award")."""
    speakers = {q.speaker for q in quotes}
    return [a for a in table.actors if a.name not in speakers and _a_product(a, doc)]


def _a_product(actor: Actor, doc: Doc) -> bool:
    if actor.kind == "country" or {w.lower() for w in actor.name.split()} & INSTITUTION_NOUNS:
        return False
    spans = [doc.char_span(s, e, alignment_mode="expand") for s, e in actor.mentions]
    found = [span for span in spans if span is not None]
    return bool(spans) and (
        (len(found) == len(spans) and all(_names_a_kind(f) or _clock_zone(f) or _in_programme_title(f) for f in found))
        or any(map(_called_a_work, found))
    )


_ZONE = re.compile(r"[A-Z]{2,3}T|UTC")
"""A time zone's abbreviation: "GMT", "BST", "EST", "CEST", "UTC"."""
_CLOCK = re.compile(r"([01]\d|2[0-3])[0-5]\d|\d{1,2}([.:]\d\d)?[ap]m")
"""A clock time as written before a time zone: "0619", "2100", "10pm", "6.30am"."""


def _names_a_kind(span: Span) -> bool:
    """ "Oscar nominee": the name modifies one of ``_KIND_NOUNS``."""
    root = span.root
    return root.dep_ == "compound" and root.head.pos_ == "NOUN" and root.head.lemma_.lower() in _KIND_NOUNS


def _clock_zone(span: Span) -> bool:
    """ "At 2100 GMT": a time zone's abbreviation after a clock time (not "a 2004 ICM survey")."""
    before = span.doc[span.start - 1] if span.start > 0 else None
    return (
        _ZONE.fullmatch(span.text) is not None
        and before is not None
        and (before.ent_type_ == "TIME" or _CLOCK.fullmatch(before.text) is not None)
    )


def _called_a_work(span: Span) -> bool:
    """ "Wine comedy Sideways", "the drama Glass Orchard": a noun for a work stands right before the name,
    modifying it, in apposition with it, or parsed as a second subject beside it ("The comedy Breakwater
    took ...")."""
    before = span.doc[span.start - 1] if span.start > 0 else None
    root = span.root
    return (
        before is not None
        and before.pos_ == "NOUN"
        and before.lemma_.lower() in WORK_NOUNS
        and (
            before.head.i == root.i
            or (root.dep_ == "appos" and root.head.i == before.i)
            or (root.dep_ == before.dep_ and root.head.i == before.head.i)
        )
    )


_BROADCAST_WORDS = frozenset({"BBC", "ITV", "ITV1", "Channel", "Radio", "Sky", "GMTV", "CNN", "Television", "TV"})
"""Words of a broadcaster's name, whose possessive a programme's title follows ("BBC One's ...")."""
_TITLE_LINKS = frozenset({"with", "of", "for"})
"""Small words inside a programme's title ("Breakfast with Frost", "Focus on Africa" aside), never inside a
correspondent's name ("the BBC's Jonathan Beale")."""
_SHOW_NOUNS = frozenset({"programme", "program", "show", "series"})


def _in_programme_title(span: Span) -> bool:
    """ "told BBC One's Breakfast with Frost", "BBC Radio 4's Westminster Hour programme": the name stands in a
    programme's title after a broadcaster's possessive, a title that holds a small word or that "programme"
    follows; not "the BBC's Jonathan Beale", its correspondent."""
    doc = span.doc
    start, end = span.start, span.end
    while start > 0 and (doc[start - 1].is_title or doc[start - 1].lower_ in _TITLE_LINKS):
        start -= 1
    if start < 2 or doc[start - 1].lower_ not in ("'s", "’s"):
        return False
    if not any(t.text in _BROADCAST_WORDS for t in doc[max(0, start - 5) : start - 1]):
        return False
    while end < len(doc) and (doc[end].is_title or doc[end].lower_ in _TITLE_LINKS):
        end += 1
    return any(t.lower_ in _TITLE_LINKS for t in doc[start:end]) or (end < len(doc) and doc[end].lower_ in _SHOW_NOUNS)
