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

from ..site.entries import PAGE_KINDS, ActorEntry, BriefingEntry, Site
from ..site.index import actor_key
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


def _put(entity: EntityProxy, prop: str, value: str | None) -> None:
    """Add ``value`` as one clean line, cut to the length the property's type allows."""
    text = one_line(value)
    if text:
        limit = entity.schema.properties[prop].type.max_length
        entity.add(prop, shorten(text, limit), cleaned=True)


@lru_cache(maxsize=4096)
def country_code(name: str) -> str | None:
    """The ISO code FtM gives a country name, or None."""
    from followthemoney.types import registry

    code = registry.country.clean(name)
    return str(code) if code else None


def _actor(a: ActorEntry, options: ExportOptions) -> EntityProxy:
    entity = _entity(SCHEMATA[a.kind], "actor", a.key)
    _put(entity, "name", a.name)
    if a.kind == "country":
        entity.add("country", country_code(a.name), cleaned=True)
    if a.roles:
        _put(entity, "description", " | ".join(a.roles[:5]))
    if a.path:
        entity.add("sourceUrl", options.link(a.path), quiet=True)
    return entity


def _article(b: BriefingEntry, actors: list[ActorEntry]) -> EntityProxy:
    art = b.article
    doc = _entity("Article", "briefing", b.ident)
    _put(doc, "title", b.title)
    _put(doc, "name", b.title)
    doc.add("publishedAt", art.date, quiet=True)
    _put(doc, "publisher", art.outlet)
    _put(doc, "author", art.author)
    doc.add("sourceUrl", art.url, quiet=True)
    _put(doc, "summary", shorten(b.lead))
    for a in actors:
        if a.kind in MENTIONS:
            _put(doc, MENTIONS[a.kind], a.name)
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
    """``entity`` as a dict, checked by its schema; a property the schema finds invalid is left out
    (article text can hold anything), and an entity that is still invalid raises ``InvalidData``."""
    from followthemoney.exc import InvalidData

    data = entity.to_dict()
    try:
        entity.schema.validate(cast("ValidationData", data))
    except InvalidData as err:
        bad = set(err.errors.get("properties", {}))
        data["properties"] = {k: v for k, v in data["properties"].items() if k not in bad}
        entity.schema.validate(cast("ValidationData", data))
    return data


def ftm_json(site: Site, options: ExportOptions) -> bytes:
    """Every entity of ``site``, validated, one JSON object a line."""
    lines = (json.dumps(validated(e), ensure_ascii=False, sort_keys=True) for e in entities(site, options))
    return "".join(line + "\n" for line in lines).encode("utf-8")
