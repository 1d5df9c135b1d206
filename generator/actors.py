"""Actors: named people, organisations, countries, places and groups, with mentions merged."""
from __future__ import annotations

from dataclasses import dataclass, field

from spacy.tokens import Doc

from .model import Actor, Article, Quote

_KINDS = {"PERSON": "person", "ORG": "organization", "GPE": "country", "NORP": "group", "LOC": "place"}


@dataclass
class ActorTable:
    """The actors of one article, searchable by offset and by name."""

    actors: list[Actor] = field(default_factory=list)

    def at(self, start: int, end: int) -> Actor | None:
        """The actor with a mention overlapping ``[start, end)``."""
        for actor in self.actors:
            if any(s < end and start < e for s, e in actor.mentions):
                return actor
        return None

    def by_name(self, name: str) -> Actor | None:
        """The actor whose name or alias is ``name`` (case-insensitive)."""
        low = name.lower()
        for actor in self.actors:
            if actor.name.lower() == low or low in (a.lower() for a in actor.aliases):
                return actor
        return None


def extract_actors(doc: Doc, article: Article) -> ActorTable:
    """All actors of ``doc``, one per real-world entity."""
    table = ActorTable()
    for ent in doc.ents:
        kind = _KINDS.get(ent.label_)
        if kind is None:
            continue
        actor = table.by_name(ent.text)
        if actor is None:
            actor = Actor(name=ent.text, kind=kind)  # type: ignore[arg-type]
            table.actors.append(actor)
        actor.mentions.append((ent.start_char, ent.end_char))
    return table


def rank(table: ActorTable, quotes: list[Quote]) -> list[Actor]:
    """Actors by salience, key actors first."""
    return sorted(table.actors, key=lambda a: -len(a.mentions))
