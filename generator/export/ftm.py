"""FollowTheMoney entities, so that an Aleph user can import the site's actors.

People, organisations and countries become ``Person``, ``Organization`` and ``PublicBody``
(the state a country names) entities; each briefing's article becomes an ``Article`` (a
FtM ``Document``) that lists the names it mentions, and one ``Documentation`` per actor links
the article to the entity it mentions. The file holds one entity per line, as Aleph's
``ftm`` tools read it; every entity is checked with the library's own schema validation.
"""
from __future__ import annotations

import json
from collections.abc import Iterator
from functools import lru_cache
from typing import TYPE_CHECKING, Any, cast

from ..site import PAGE_KINDS, ActorEntry, BriefingEntry, Site, actor_key
from .options import ExportOptions
from .text import one_line, shorten

if TYPE_CHECKING:
    from followthemoney.proxy import EntityProxy
    from followthemoney.schema import ValidationData

SCHEMATA = {"person": "Person", "organization": "Organization", "country": "PublicBody"}
"""FtM schema of each actor kind that has entities."""
MENTIONS = {"person": "peopleMentioned", "organization": "companiesMentioned"}
"""The article property that lists an actor kind's names."""


def _entity(schema: str, *key: str) -> EntityProxy:
    from followthemoney import model  # lazy: loading the FtM model takes most of a second

    entity = model.make_entity(schema)
    entity.id = entity.make_id("briefing", *key)
    return entity


@lru_cache(maxsize=4096)
def country_code(name: str) -> str | None:
    """The ISO code FtM gives a country name, or None."""
    from followthemoney.types import registry

    code = registry.country.clean(name)
    return str(code) if code else None


def _actor(a: ActorEntry, options: ExportOptions) -> EntityProxy:
    entity = _entity(SCHEMATA[a.kind], "actor", a.key)
    entity.add("name", one_line(a.name), cleaned=True)
    if a.kind == "country":
        entity.add("country", country_code(a.name), cleaned=True)
    if a.roles:
        entity.add("description", " | ".join(one_line(r) for r in a.roles[:5]), cleaned=True)
    if a.path:
        entity.add("sourceUrl", options.link(a.path), quiet=True)
    return entity


def _article(b: BriefingEntry, actors: list[ActorEntry]) -> EntityProxy:
    art = b.article
    doc = _entity("Article", "briefing", b.ident)
    doc.add("title", one_line(b.title), cleaned=True)
    doc.add("name", one_line(b.title), cleaned=True)
    doc.add("publishedAt", art.date, quiet=True)
    doc.add("publisher", one_line(art.outlet) or None, cleaned=True)
    doc.add("author", one_line(art.author) or None, cleaned=True)
    doc.add("sourceUrl", art.url, quiet=True)
    doc.add("summary", shorten(b.lead) or None, cleaned=True)
    for a in actors:
        if a.kind in MENTIONS:
            doc.add(MENTIONS[a.kind], one_line(a.name), cleaned=True)
        elif a.kind == "country":
            doc.add("country", country_code(a.name), cleaned=True)
    return doc


def entities(site: Site, options: ExportOptions) -> Iterator[EntityProxy]:
    """Every actor entity, then each article with its links to the actors it mentions."""
    cast = {a.key: a for a in site.cast}
    ids: dict[str, str] = {}
    for a in site.cast:
        entity = _actor(a, options)
        ids[a.key] = str(entity.id)
        yield entity
    for b in site.briefings:
        named = dict.fromkeys(actor_key(r.actor.name) for r in b.actors if r.actor.kind in PAGE_KINDS)
        keyed = {k: cast[k] for k in named if k in cast}
        quoted = {actor_key(q.quote.speaker) for q in b.quotes if q.quote.speaker}
        doc = _article(b, list(keyed.values()))
        yield doc
        for key in keyed:
            link = _entity("Documentation", "mention", b.ident, key)
            link.add("document", doc.id, cleaned=True)
            link.add("entity", ids[key], cleaned=True)
            link.add("role", "quoted" if key in quoted else "mentioned", cleaned=True)
            yield link


def validated(entity: EntityProxy) -> dict[str, Any]:
    """``entity`` as a dict, checked by its schema (raises ``followthemoney.exc.InvalidData``)."""
    data = entity.to_dict()
    entity.schema.validate(cast("ValidationData", data))
    return data


def ftm_json(site: Site, options: ExportOptions) -> bytes:
    """Every entity of ``site``, validated, one JSON object a line."""
    lines = (json.dumps(validated(e), ensure_ascii=False, sort_keys=True) for e in entities(site, options))
    return "".join(line + "\n" for line in lines).encode("utf-8")
