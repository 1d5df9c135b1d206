"""Parts played: a name the article gives only as a role in a film, a show or on stage ("Johnny Depp plays
vampire Barnabas Collins", "starring Liam Neeson as Alfred Kinsey", "the role of Billy"). The part is no
actor of the news, though the one who plays it is; a part that speaks or acts in the article's own
sentences ("Charles, who died in 2004") stays."""

from __future__ import annotations

from collections.abc import Iterable

from spacy.tokens import Doc, Span, Token

from ..model import Actor, Quote
from .actors import ActorTable

_PLAY_VERBS = frozenset({"play", "portray"})
"""Verbs whose object is the part played ("plays musician Neil McCormick")."""
_CAST_VERBS = frozenset({"play", "portray", "star", "cast", "appear", "return", "reprise"})
"""Verbs an "as" after which names the part ("starring Liam Neeson as ...", "cast as ...")."""
_PART_NOUNS = frozenset({"role", "part", "character"})
"""Nouns of a part, whose "of" names it ("the role of Billy")."""
# fmt: off
_STAGE_WORDS = _PART_NOUNS | frozenset({
    "film", "movie", "biopic", "sitcom", "musical", "opera", "drama", "comedy", "thriller", "soap", "cartoon",
    "blockbuster", "episode", "actor", "actress", "stage", "screen", "cast",
})
# fmt: on
"""Words of a sentence about acting, which a sentence about a match lacks ("Henman played Federer", "the
Milan star", "the second game")."""
_ACTING = frozenset({"nsubj", "nsubjpass"})


def portrayed(table: ActorTable, doc: Doc, quotes: Iterable[Quote]) -> list[Actor]:
    """The people of ``table`` who say nothing, never act as a subject, and are named once as a part played."""
    speakers = {q.speaker for q in quotes}
    out = []
    for actor in table.actors:
        if actor.kind != "person" or actor.name in speakers:
            continue
        spans = [s for s in (doc.char_span(a, b, alignment_mode="expand") for a, b in actor.mentions) if s is not None]
        if any(_a_part(s) for s in spans) and not any(s.root.dep_ in _ACTING for s in spans):
            out.append(actor)
    return out


def _a_part(span: Span) -> bool:
    """Whether the mention ``span`` names a part: the object of "play" in a sentence about acting, the name
    after an "as" of a casting verb or of the actor's own name, or the one "the role of" names."""
    root = span.root
    head = root.head
    if root.dep_ == "dobj" and head.lemma_.lower() in _PLAY_VERBS:
        return _about_acting(root)
    if root.dep_ == "pobj" and head.lower_ == "as":
        owner = head.head
        return (owner.pos_ == "VERB" and owner.lemma_.lower() in _CAST_VERBS) or (
            owner.ent_type_ == "PERSON" and _about_acting(root)
        )
    return root.dep_ == "pobj" and head.lower_ == "of" and head.head.lemma_.lower() in _PART_NOUNS


def _about_acting(tok: Token) -> bool:
    """Whether ``tok``'s sentence speaks of a film, show, part or actor."""
    return any(t.lemma_.lower() in _STAGE_WORDS for t in tok.sent)
