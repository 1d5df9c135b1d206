"""Names the NER took for people that the article uses as things: parties, clubs, awards, products.

The small model tags "Lib Dem", "Oscar", "Manchester United" or "Yukos" as people. Nothing in such an
article makes them people (no form of address, no first name before a surname, no person's role, no
"his" or "her" in a clause they are the subject of), and the article describes them as an organisation
("oil and gas giant Yukos") or uses them the way one uses a thing's name: as the modifier of a noun
("Lib Dem leader", "Oscar nominations") or after an article ("the Lib Dems", "an Oscar"). A person's
name is seldom used so ("Blair aide" beside "Tony Blair" is a person's, and the full name decides).
So does a name that is one common English word and nobody's name in census records ("Labour", "Twitter").
Such a name becomes an organisation, a nationality a group; a country's name ("Wales beat England")
is the country however it is used.

A place that speaks a quote is no place either: a person when the article makes it one, else an
organisation. A speaker the NER tagged as nothing ("said Isabelle Kronawitter at Hypovereinsbank", "Group
Menatep ... says") is an actor all the same, so its words reach a page of their own.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache
from itertools import pairwise

from spacy.lang.en.stop_words import STOP_WORDS
from spacy.tokens import Doc, Span, Token
from wordfreq import zipf_frequency

from ..model import Actor, ActorKind, Quote
from . import geo
from .actors import ActorTable, given_name_first, occurrences
from .firms import works_at
from .gender import address_sex, is_first_name, pronoun_votes
from .learned.lexicon import people as people_nouns
from .mentions import CALENDAR, common_noun_no_name
from .nlp import text_of
from .places import PLACE_NOUNS
from .roles import (
    HEAD_WORDS,
    INSTITUTION_NOUNS,
    MEMBERS,
    TITLE_NOUNS,
    is_honorific,
    organisation_role,
    role_detail,
    role_of,
)

_THING_SHARE = 0.5
"""Share of a name's mentions used as a thing's name from which it is no person."""
_MODIFIER_DEPS = frozenset(["compound", "nmod", "amod"])
_ARTICLES = frozenset(["the", "a", "an", "The", "An"])
"""Articles before a name ("the Lib Dems"); a capital "A" is more often an initial ("A Lo Cicero")."""
_STREETS = frozenset(["street", "road", "square", "avenue", "lane"])
"""Last words of street names, which speak for who sits there ("Downing Street said")."""
_PEOPLES_NOUNS = frozenset(["maker", "producer", "operator", "publisher", "lender", "centre", "center", "team"])
"""Institution nouns that also name what a person does or is ("film producer", "England centre", "Sidoli's team")."""


def reclassify(table: ActorTable, doc: Doc) -> None:
    """Give the people the article uses as things the kind of thing they name."""
    people = [a for a in table.actors if a.kind == "person"]
    for actor in people:
        if _personal(doc, actor, people):
            continue
        country = geo.country_named(actor.name)
        if country is None and not (
            _organisation_described(actor) or _used_as_thing(doc, actor) or _common_noun_name(doc, actor)
        ):
            continue
        same = next((a for a in table.actors if a.kind == "country" and a.name == country), None)
        if same is not None:
            same.mentions = sorted({*same.mentions, *actor.mentions})
            table.actors.remove(actor)
            continue
        actor.kind = "country" if country else "group" if geo.country_of_demonym(actor.name) else "organization"
        if actor.kind != "organization" or not _organisation_described(actor):
            actor.role = None  # an organisation keeps what describes it as one: "oil and gas giant"
    table.reindex()


def named_people(table: ActorTable, doc: Doc) -> None:
    """Give the people the NER took for an organisation or a place their kind: a two-word name a given
    name begins, that the article gives a person's role ("the SNP's Holyrood leader, Nicola Sturgeon",
    "Kenteris's lawyer Gregory Ioannidis") or a personal pronoun in a clause it is the subject of ("Britney
    Spears picked up her first Grammy"). Not a firm's role ("Merrill Lynch, the investment bank"), a work's
    ("Vera Drake, a gritty abortion drama"), nor a name that begins with a country's ("France Telecom")."""
    others = sorted(s for a in table.actors if a.kind == "person" for s, _ in a.mentions)
    for actor in table.actors:
        words = actor.name.split()
        if (
            actor.kind not in ("organization", "place")
            or len(words) != 2
            or not given_name_first(*words)
            or geo.country_named(words[0])
        ):
            continue
        spans = [s for s in (doc.char_span(a, b, alignment_mode="expand") for a, b in actor.mentions) if s]
        roles = [r for r in map(role_of, spans) if r and not organisation_role(r) and _person_noun(r)]
        if roles or pronoun_votes(doc, actor, lambda offset: _reported(doc, offset), others):
            actor.kind = "person"
            actor.role = max(roles, key=role_detail, default=None)
    table.reindex()


_ROLE_END = re.compile(r"\s(?:of|for|at|with|in|to|from)\s.*")
_NOUN_ENDING = 5
"""Letters from which a noun of people ends a longer one of people ("supermodel"; not "season")."""


def _person_noun(role: str) -> bool:
    """Whether the noun that heads ``role`` names a person: a title or a noun of people, or ends with one
    ("chair of the judging panel", "Danish supermodel"; not "gritty abortion drama", "its former banker")."""
    head = _ROLE_END.sub("", role).split()[-1].lower()
    titles = _titles()
    return head in titles or any(head.endswith(n) for n in titles if len(n) >= _NOUN_ENDING)


@lru_cache(maxsize=1)
def _titles() -> frozenset[str]:
    """Titles and the learned nouns of people, read where articles are parsed, once."""
    return TITLE_NOUNS | people_nouns()


@lru_cache(maxsize=1)
def _title_words() -> frozenset[str]:
    """Words of a title before or after a name ("Salford MP", "boss"); not an institution's ("Group Menatep")."""
    return _titles() | (HEAD_WORDS - INSTITUTION_NOUNS)


def _reported(doc: Doc, offset: int) -> bool:
    """Whether the token at ``offset`` stands in a reported clause ("... told the BBC that Vera Drake was the
    highlight of her career"), where a pronoun may be the speaker's."""
    span = doc.char_span(offset, offset + 1, alignment_mode="expand")
    return span is not None and any(t.dep_ == "ccomp" for t in (span[0], *span[0].ancestors))


def speaking_places(table: ActorTable, doc: Doc, quotes: Iterable[Quote]) -> None:
    """Give a place that speaks a quote ("Orange said", "Jupiter analyst ..."; the NER's "Simon Champion")
    the kind of what speaks: a person when the article makes it one, else an organisation (a club, a
    firm, the government of a state or a street: "Downing Street said")."""
    speakers = {q.speaker for q in quotes}
    people = [a for a in table.actors if a.kind == "person"]
    for actor in table.actors:
        if actor.kind == "place" and actor.name in speakers:
            words = actor.name.lower().split()
            named = len(words) == 2 and is_first_name(words[0])  # "Mike Lake"
            place = words[-1] in PLACE_NOUNS | _STREETS  # "Downing Street", whatever "he" follows it
            actor.kind = "person" if named or (not place and _personal(doc, actor, people)) else "organization"


_TOKENS = re.compile(r"[\w']+|[^\w\s]")
_FIRST_PLURAL = re.compile(r"\b(?:[Ww]e|[Oo]ur|us|ourselves)\b")


def _says_i(text: str) -> bool:
    """Whether quoted words say "I", "me" or "my": not a numeral after a name ("World War I", "Phase I")."""
    words = [w.split("'")[0] or w for w in _TOKENS.findall(text.replace("’", "'"))]  # "I've": "I"
    for k, word in enumerate(words):
        if word.lower() in ("me", "my", "myself"):
            return True
        before = words[k - 1] if k else ""
        if word == "I" and not (before[:1].isupper() and before.lower() not in STOP_WORDS):
            return True
    return False


def first_person_speakers(table: ActorTable, quotes: Iterable[Quote]) -> None:
    """Give an organisation whose quoted words say "I" and never "we" the kind of a person ("Eriksson replied:
    "I could tell you yes."", a firm to the NER in every mention): not one the article describes as an
    organisation ("financial watchdog BaFin"), an acronym, nor a name that holds an institution noun ("Home
    Office"), whose quotes are a spokesman's."""
    said: dict[str, list[str]] = {}
    for q in quotes:
        if q.speaker is not None and q.kind == "direct":
            said.setdefault(q.speaker, []).append(q.text)
    for actor in table.actors:
        texts = said.get(actor.name, [])
        if (
            actor.kind == "organization"
            and actor.role is None
            and not actor.name.isupper()
            and not {w.lower() for w in actor.name.split()} & INSTITUTION_NOUNS
            and any(map(_says_i, texts))
            and not any(map(_FIRST_PLURAL.search, texts))
        ):
            actor.kind = "person"


def _personal(doc: Doc, actor: Actor, people: list[Actor]) -> bool:
    """Whether the article tells that ``actor`` is a person: a form of address, a first name before a
    surname, a person's role, or a personal pronoun in a clause it is the subject of."""
    forms = [actor.name, *actor.aliases]
    if (actor.role and not _organisation_described(actor)) or any(address_sex(f) for f in forms):
        return True
    if any(len(f.split()) > 1 and is_first_name(f.split()[0]) for f in forms):
        return True
    others = sorted(s for a in people if a is not actor for s, _ in a.mentions)
    return bool(pronoun_votes(doc, actor, lambda _: False, others))


def _organisation_described(actor: Actor) -> bool:
    """Whether the role is an organisation's, headed by an institution noun ("oil and gas giant", "Russian
    oil company"; not "head of the company", "economist with UFJ Bank" nor "film producer")."""
    role = organisation_role(actor.role)
    words = (role or "").lower().split()
    return bool(words) and words[-1] not in _PEOPLES_NOUNS and not {"of", "at", "for", "in", "with"} & set(words)


def _common_noun_name(doc: Doc, actor: Actor) -> bool:
    """Whether the one word that names ``actor`` is a common English noun nobody is named by: the NER's
    "Labour", "Twitter", "Sky" or "Episode" is no person (but "Brown" may be, and the lexicon's rarer names,
    "Vivaldi" or "Gaddafi", are)."""
    words = {w for form in (actor.name, *actor.aliases) for w in form.split()}
    return len(words) == 1 and all(common_noun_no_name(doc.vocab, w) for w in words)


def _used_as_thing(doc: Doc, actor: Actor) -> bool:
    """Whether at least ``_THING_SHARE`` of the mentions modify a noun or follow an article."""
    spans = [s for s in (doc.char_span(a, b, alignment_mode="expand") for a, b in actor.mentions) if s is not None]
    return bool(spans) and sum(map(_thing_use, spans)) >= _THING_SHARE * len(spans)


def _thing_use(span: Span) -> bool:
    root = span.root
    if works_at(root):
        return True  # "security expert at Energis": where someone works
    if root.dep_ in _MODIFIER_DEPS and root.head.pos_ == "NOUN":
        return True  # "Lib Dem leader", "Oscar nominations"
    before = span.doc[span.start - 1] if span.start > 0 else None
    return before is not None and before.dep_ == "det" and before.text in _ARTICLES and before.head.i == root.i


def speaking_names(table: ActorTable, doc: Doc, quotes: Iterable[Quote]) -> None:
    """Give a speaker that names no actor and is a name, every word a capitalised proper noun, an actor of
    its own, mentioned wherever the article writes it: a person when the article makes it one (see
    ``_personal``) or it says "I" in its own quotation marks, else an organisation ("Yangtze Electric
    Power", "Group Menatep"). Not a title ("Salford MP"), a date, a place, a common word capitalised at the
    start of a sentence ("Creditors said"), nor a name sharing a word with an actor already there (the same
    one, named another way). A surname alone of one actor named in full is that actor's ("Seyum")."""
    quotes = list(quotes)
    known = {w.lower() for a in table.actors for f in (a.name, *a.aliases) for w in f.split()}
    people = [a for a in table.actors if a.kind == "person"]
    added = False
    for quote in quotes:
        name = quote.speaker
        if name is None or quote.speaker_span is None or table.by_name(name) is not None:
            continue
        span = doc.char_span(*quote.speaker_span, alignment_mode="expand")
        words = [t for t in span or () if not t.is_punct]
        if span is None or span.text != name or not words or not all(map(_name_token, words)):
            continue
        if len(words) > 1 and name.isupper():
            continue  # a dateline run into the sentence ("NEW DELHI")
        owner = _surnamed(table, name) or _defined(table, doc, name) if len(words) == 1 else None
        if owner is not None:  # "said Seyum" of Asher Seyum, whom the NER tagged only in full; "the IADB said"
            quote.speaker, quote.role = owner.name, owner.role
            continue
        if len(words) > 1 and _takes_full_name(table, doc, quotes, words[-2].text, words[-1].text):
            added = True
            continue
        if (len(words) == 1 and _common(words[0])) or any(t.lower_ in known for t in words):
            continue
        actor = Actor(name, "organization", mentions=occurrences(text_of(doc), name))
        given = any(given_name_first(a.text.split("-")[0], b.text) for a, b in pairwise(words))
        mine = any(q.speaker == name and q.kind == "direct" and _FIRST_PERSON.search(q.text) for q in quotes)
        if words[0].text not in CALENDAR and (given or mine or _personal(doc, actor, people)):
            actor.kind = "person"  # not "Sunday Telegraph"
        table.actors.append(actor)
        known.update(w.lower() for w in name.split())
        added = True
    if added:
        table.reindex()


_RARE_GIVEN = 4.5
"""Word frequency (Zipf) under which a capitalised word before a surname reads as a given name the census
lacks ("Graeme" 3.3, "Rio" 4.4; not "Senior" 4.9)."""


def _takes_full_name(table: ActorTable, doc: Doc, quotes: list[Quote], given: str, surname: str) -> bool:
    """Whether a speaker named in full ("Graeme Souness believes ...") is the actor the NER found only by
    surname ("Souness"), which then takes the full name, every place the article writes either, and the
    quotes given to either name."""
    short = table.by_name(surname)
    if short is None or short.name != surname or short.kind not in ("person", "organization"):
        return False
    if not (is_first_name(given) or (len(given) > 1 and zipf_frequency(given.lower(), "en") < _RARE_GIVEN)):
        return False  # "Graeme", "Rio"; not "Senior Tories", "New Labour"
    full, text = f"{given} {surname}", text_of(doc)
    whole = occurrences(text, full)
    alone = [m for m in occurrences(text, surname) if not any(s <= m[0] < e for s, e in whole)]
    short.aliases = sorted({*short.aliases, surname})
    short.name, short.kind, short.mentions = full, "person", sorted({*whole, *alone})
    for quote in quotes:
        if quote.speaker is not None and (quote.speaker.endswith(full) or quote.speaker == surname):
            quote.speaker = full
    return True


_SURNAMED_KINDS: tuple[ActorKind, ...] = ("person", "organization", "place", "group")
"""Kinds a full name may have been given, a person's among them ("Jose Mourinho" a place); no country."""


def _surnamed(table: ActorTable, word: str) -> Actor | None:
    """The one actor named in full whose last word ``word`` is ("Seyum" of "Asher Seyum"), whatever kind
    the NER gave the full name ("Jose Mourinho" a place), but no country's, and never for a town's name."""
    if geo.key(word) in geo.place_names():
        return None  # "Leicester said": the club, not "BBC Radio Leicester"
    return table.by_surname(word, _SURNAMED_KINDS)


def _defined(table: ActorTable, doc: Doc, acronym: str) -> Actor | None:
    """The organisation whose name the text follows with ``acronym`` in brackets ("the Inter-American
    Development Bank (IADB)"), which then also goes by it and is mentioned wherever the acronym is; or None."""
    text = text_of(doc)
    owner = next(
        (
            a
            for a in table.actors
            if a.kind == "organization" and any(text.startswith(f" ({acronym})", e) for _, e in a.mentions)
        ),
        None,
    )
    if owner is not None:
        owner.aliases.append(acronym)
        owner.mentions = sorted(owner.mentions + occurrences(text, acronym))
        table.reindex()
    return owner


_FIRST_PERSON = re.compile(r"\b(?:I|I'm|I've|I'd|I'll|my|me|myself)\b")
"""Words of one person speaking for themself ("I", "my"), which an organisation's voice says as "we"."""
_NOT_NAMES = frozenset({"DATE", "TIME", "GPE", "LOC", "NORP", "CARDINAL", "ORDINAL", "MONEY", "PERCENT", "QUANTITY"})
_SENTENCE_WORD = 2.5
"""Zipf frequency from which a word opening a sentence is capitalised by its place ("Creditors said")."""
_ANY_ACRONYM_LETTERS = 3
"""Letters up to which a word in capitals is an acronym whatever it spells ("FT", "ILO")."""
_SPEAKING_WORD = 3.5
"""Zipf frequency from which one capitalised word is a common noun, not a name ("Citizens", "Hopes")."""


def _name_token(tok: Token) -> bool:
    """A capitalised proper noun that is no nationality, date, place, title or form of address."""
    return (
        tok.pos_ == "PROPN"
        and tok.text[:1].isupper()
        and tok.ent_type_ not in _NOT_NAMES
        and geo.country_of_demonym(tok.text) is None
        and not is_honorific(tok)
        and tok.lower_ not in _title_words()
        and tok.text not in MEMBERS  # "Salford MP"
        and not (len(tok.text) > 2 and tok.text.endswith("s") and tok.text[:-1].isupper())  # "MPs", "GPs"
    )


def _common(tok: Token) -> bool:
    """Whether one word is an English word capitalised by its place or shouted ("SHOW"), not an acronym
    ("IAAF", "FT") or a rare name ("WebSideStory", "Menatep")."""
    common = zipf_frequency(tok.lower_, "en")
    if tok.text.isupper():
        return len(tok.text) > _ANY_ACRONYM_LETTERS and common >= _SPEAKING_WORD
    if any(c.isupper() for c in tok.text[1:]):
        return False
    return common >= (_SENTENCE_WORD if tok.is_sent_start else _SPEAKING_WORD)
