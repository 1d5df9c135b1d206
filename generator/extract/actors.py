"""Actors: named people, organisations, countries, places and groups, with mentions merged.

Every entity mention of the parse is first cleaned (determiners, possessive endings and
forms of address dropped), then resolved to one real-world actor:

- countries by name, abbreviation ("U.S."), demonym ("Chinese") and, when the city is
  used as an actor (subject, possessor, partner: "Beijing said", "with Washington"),
  by capital-city metonymy, all from ``geo``;
- people by full name: a surname or given name alone ("Chong", "Mr. Obama") joins the
  person whose full name holds it (the one most often named in full when several do),
  whatever label the NER gave the mention, and is found even where the NER missed it;
  the kind of an actor is the one most of its mentions suggest, so a person the NER
  once labelled an organisation stays a person; a two-word name the NER gave no person
  label is a person's full name when a given name begins it and the article uses its
  surname alone ("Margo Wootan ... Wootan says");
- organisations by name, by acronym of a longer name ("EU") and by a shorter form
  that begins or ends the full one ("Rover" in "MG Rover");
- other places, and groups named by nationality-like words used as nouns ("Republicans").

Datelines, the article's outlet and byline, and text outside the body are never actors.
"""

from __future__ import annotations

import bisect
import math
import re
from collections import Counter
from collections.abc import Collection
from dataclasses import dataclass, field

from spacy.tokens import Doc, Span, Token
from wordfreq import zipf_frequency

from ..model import Actor, ActorKind, Article, Quote
from . import gender, geo
from .mentions import _KINDS, COMMON_WORD, NAME_PARTICLES, _Mention, _mentions
from .nlp import joining_hyphen, singular, text_of
from .roles import (
    INSTITUTION_NOUNS,
    NAME_LABELS,
    TITLE_NOUNS,
    given_name_before,
    is_honorific,
    organisation_role,
    role_detail,
    role_of,
)
from .speechverbs import SPEECH_VERBS
from .wordweights import is_person_noun

_KIND_ORDER: tuple[ActorKind, ...] = ("country", "person", "organization", "place", "group")
_ACTOR_DEPS = frozenset({"nsubj", "nsubjpass", "agent", "dobj", "dative"})
_PARTNER_PREPS = frozenset({"with", "against", "by", "between", "toward", "towards", "for", "on"})
_MODIFIER_DEPS = frozenset({"amod", "compound", "nmod"})
_ACRONYM_SKIP = frozenset({"of", "and", "the", "for", "&", "on", "in", "at"})
_RARE_WORD = 3.5
"""Zipf frequency below which a capitalised word the tagger took for a noun may be a known surname."""
_ACRONYM_LETTERS = 5
"""Letters up to which a word in capitals is an acronym ("BT", "NASA")."""


@dataclass
class _Cluster:
    """Mentions of one actor while the table is being built."""

    name: str | None = None
    """Fixed canonical name (countries); else chosen from the mentions."""
    mentions: list[_Mention] = field(default_factory=list)
    votes: Counter[str] = field(default_factory=Counter)
    """Kind suggested by each mention (NER label, form of address, full-name match)."""
    titled: bool = False
    """Whether a mention has an organisation's title in front ("film studio New Line"): not a place."""

    @property
    def kind(self) -> ActorKind:
        """The kind most mentions suggest; on a tie, the first in ``_KIND_ORDER``."""
        kind = max(_KIND_ORDER, key=lambda k: (self.votes[k], -_KIND_ORDER.index(k)))
        return "organization" if kind == "place" and self.titled else kind

    @property
    def final_kind(self) -> ActorKind:
        """``kind``, but an acronym the NER also tagged a firm ("BT", a place in half its mentions) is the
        firm, and a party's members ("the Tories") the party; decided once short forms are merged, so the
        acronym never joins a product ("BT Together"), and once groups that only modify are left out ("Tory
        leader")."""
        kind = self.kind
        if kind == "group" and any(is_party(m.words) for m in self.mentions):
            return "organization"
        return "organization" if kind == "place" and self.votes["organization"] > 0 and self._acronym() else kind

    def _acronym(self) -> bool:
        """Whether every mention is the same short word in capitals: a firm's or a body's acronym."""
        forms = {m.span.text for m in self.mentions}
        return len(forms) == 1 and all(f.isupper() and f.isalpha() and len(f) <= _ACRONYM_LETTERS for f in forms)


@dataclass
class ActorTable:
    """The actors of one article, searchable by offset and by name."""

    actors: list[Actor] = field(default_factory=list)
    works: list[str] = field(default_factory=list)
    """How the article describes the works it names, which are no actors ("her 2003 memoir")."""
    _starts: list[int] = field(default_factory=list, repr=False)
    _spans: list[tuple[int, int, Actor]] = field(default_factory=list, repr=False)
    _longest: int = field(default=0, repr=False)

    def reindex(self) -> None:
        """Rebuild the offset index after ``actors`` or their mentions changed."""
        self._spans = sorted(((s, e, a) for a in self.actors for s, e in a.mentions), key=lambda x: x[:2])
        self._starts = [s for s, _, _ in self._spans]
        self._longest = max((e - s for s, e, _ in self._spans), default=0)

    def at(self, start: int, end: int) -> Actor | None:
        """The actor with a mention overlapping ``[start, end)`` (the last such mention in text order)."""
        if len(self._spans) != sum(len(a.mentions) for a in self.actors):
            self.reindex()
        i = bisect.bisect_left(self._starts, end)
        while i > 0 and self._starts[i - 1] + self._longest > start:
            i -= 1
            s, e, actor = self._spans[i]
            if s < end and start < e:
                return actor
        return None

    def by_name(self, name: str, fold: bool = True) -> Actor | None:
        """The actor whose name or alias is ``name`` (case-insensitive unless ``fold`` is off)."""
        key = name.lower() if fold else name
        for actor in self.actors:
            if key in (n.lower() if fold else n for n in (actor.name, *actor.aliases)):
                return actor
        return None

    def by_surname(self, word: str, kinds: Collection[ActorKind]) -> Actor | None:
        """The one actor of ``kinds`` named in full whose last word ``word`` is ("Seyum" of "Asher Seyum"),
        if exactly one is."""
        found = [a for a in self.actors if a.kind in kinds and len(a.name.split()) > 1 and a.name.split()[-1] == word]
        return found[0] if len(found) == 1 else None


def _name_like(tok: Token) -> bool:
    """A proper noun, or a noun or adjective too rare in English to be one ("Hanks", "Moyes", "Cantona"; not "Law" or
    "Brown")."""
    return tok.pos_ == "PROPN" or (tok.pos_ in ("NOUN", "ADJ") and zipf_frequency(tok.lower_, "en") < _RARE_WORD)


def _actor_use(tok: Token) -> bool:
    """``tok`` names something that acts (subject, possessor, partner), not a location."""
    while tok.dep_ == "conj" and tok.head != tok:
        tok = tok.head
    if tok.dep_ in _ACTOR_DEPS:
        return True
    if tok.dep_ == "poss":
        return not tok.head.ent_type_
    return tok.dep_ == "pobj" and tok.head.lower_ in _PARTNER_PREPS


def _country(m: _Mention, named: frozenset[str] = frozenset()) -> str | None:
    """The country ``m`` names by name, abbreviation or demonym; by a code that does not spell its initials
    ("BA") only when it is among the countries the article ``named`` otherwise."""
    if m.label == "NORP":
        return geo.country_of_demonym(m.span.text) or geo.country_named(m.span.text)
    if _demonym_before_noun(m.span):
        return geo.country_of_demonym(m.span.text)  # "their Welsh striker", "Welsh patients", tagged a name
    if m.label == "PERSON":
        return None
    if _qualifies_place(m.span):
        return None
    coded = geo.country_coded(m.span.text)
    return geo.country_named(m.span.text) or (coded if coded in named else None)


def _demonym_before_noun(span: Span) -> bool:
    """Whether ``span`` is one demonym modifying the noun after it, whatever the NER called it."""
    tok = span.root
    return (
        len(span) == 1
        and tok.dep_ in ("amod", "compound")
        and tok.head.i > tok.i
        and geo.country_of_demonym(tok.text) is not None
    )


def _describes_someone(m: _Mention) -> bool:
    """A country said only of one person's nationality: "US playwright Eve Ensler", "the Spanish
    goalkeeper"; not of an office or a body it acts through ("US President Barack Obama", "Indian
    authorities"), of a people ("US officials", "UK workers") or of a matter ("UK immigration")."""
    tok = m.span.root
    while tok.dep_ in _MODIFIER_DEPS and tok.head != tok:
        tok = tok.head
        lemma = tok.lemma_.lower()
        if lemma in TITLE_NOUNS or lemma in INSTITUTION_NOUNS or tok.tag_ in {"NNS", "NNPS"}:
            return False
        named = any(c.dep_ in {"appos", "compound"} and c.ent_type_ == "PERSON" for c in tok.children)
        if tok.ent_type_ == "PERSON" or named or is_person_noun(lemma):
            return True
    return False


def _qualifies_place(span: Span) -> bool:
    """``span`` is a dotted abbreviation after "Place, " ("Rapid City, S.D."): a state, not a country code."""
    doc = span.doc
    return (
        "." in span.text
        and len(geo.key(span.text)) <= 3
        and span.start >= 2
        and doc[span.start - 1].text == ","
        and doc[span.start - 2].ent_type_ == "GPE"
    )


class _Builder:
    """Resolves mentions to clusters in one pass over the article."""

    def __init__(self, doc: Doc, mentions: list[_Mention]) -> None:
        self.clusters: dict[tuple[str, str], _Cluster] = {}
        self.addressed = addressed = {m.words[-1] for m in mentions if m.honorific}
        alone = {  # a name alone, as surnames are used: not "the Mavericks"
            m.words[0]
            for m in mentions
            if len(m.span) == 1 and (m.span.start == 0 or doc[m.span.start - 1].lower_ != "the")
        }
        firms = {m.words for m in mentions if organisation_role(role_of(m.span))}  # "drugs group Eli Lilly"
        self.firms = {m.words for m in mentions if m.label == "ORG" and m.words in firms}  # "Ford, the car maker"
        full = [
            m.words
            for m in mentions
            if len(m.span) > 1
            and (
                m.label == "PERSON"
                or m.honorific
                or m.words[-1] in addressed
                or (_given_named(m, alone) and m.words not in firms)
            )
            and all(
                _name_word(t) or t.text in NAME_PARTICLES or (joining_hyphen(t) and len(m.form.split()) > 1)
                for t in m.span
            )
            and _name_word(m.span[-1])
        ]
        full += _untagged_full_names(doc, alone, addressed)
        # A full name that ends a longer one is that person ("De Blasio", "Bill de Blasio").
        distinct = list(dict.fromkeys(full))
        longer = {f: next((g for g in distinct if len(g) > len(f) and g[-len(f) :] == f), f) for f in distinct}
        full = [longer[f] for f in full]
        self.longer = longer
        self.counts = counts = Counter(full)
        first = {f: i for i, f in reversed(list(enumerate(full)))}
        own = {  # named in full for their own sake somewhere, maybe with more words ("Keith Lamont Scott")
            f for f in distinct for m in mentions if m.words[-len(f) :] == f and not _anchors(m.span.root)
        }
        # Most often named in full first, then one named for their own sake (not only to say whose brother or
        # doctor another is: "the brother of Simon Cowell" beside "Writer Tony Cowell"), then first
        # introduced: "Clinton" alone is the main Clinton.
        self.full_names = sorted(counts, key=lambda f: (-counts[f], f not in own, first[f]))
        self.by_last: dict[str, tuple[str, ...]] = {}
        self.by_first: dict[str, tuple[str, ...]] = {}
        for f in self.full_names:
            self.by_last.setdefault(f[-1], f)
            self.by_first.setdefault(f[0], f)
        self.mentions = sorted(mentions + self._missed_surnames(doc, mentions), key=lambda m: m.span.start)

    def _missed_surnames(self, doc: Doc, mentions: list[_Mention]) -> list[_Mention]:
        """Names of known people that the NER left untagged ("Brandt thanked ...", "DiCaprio faces ..."),
        given name included: surnames of full names, and one-word names it tagged a person elsewhere (also
        where the tagger took a rare one for a noun: "Hanks said")."""
        covered = {t.i for m in mentions for t in m.span}
        known = dict(self.by_last)
        for m in mentions:
            if m.label == "PERSON" and len(m.span) == 1 and m.span[0].pos_ == "PROPN":
                known.setdefault(m.words[0], m.words)
        out = []
        for t in doc:
            named = t.text[:1].isupper() and not t.is_upper
            if t.lower_ not in self.by_last and t.dep_ == "compound":
                continue  # a one-word name before a noun is another thing's: "the Gloucester Citizen"
            if _name_like(t) and named and t.lower_ in known and t.i not in covered and _untagged(t, self.addressed):
                full = known[t.lower_]
                start = t.i - len(full) + 1
                if start < 0 or tuple(x.lower_ for x in doc[start : t.i + 1]) != full:
                    start = t.i
                out.append(
                    _Mention(
                        doc[start : t.i + 1],
                        "PERSON",
                        doc[start : t.i + 1].text,
                        start > 0 and is_honorific(doc[start - 1]),
                    )
                )
        return out

    def add(self, key: tuple[str, str], kind: ActorKind, m: _Mention, name: str | None = None) -> None:
        cluster = self.clusters.setdefault(key, _Cluster(name=name))
        cluster.votes[kind] += 1
        cluster.mentions.append(m)

    def person_key(self, m: _Mention) -> tuple[str, ...] | None:
        """The full name ``m`` stands for: itself, a name ending with it, or one holding its word."""
        words = m.words
        if len(words) == 1 and words in self.firms and not m.honorific:
            return None  # "Ford, the US car company": the firm, though Bill Ford is named
        if words in self.longer:  # "Mr van der Vijver", with Walter van der Vijver named
            return self.longer[words]
        for i in range(len(words) - 1):
            if words[i:] in self.counts:
                return words[i:]
        if len(words) > 1 and len(m.span.text.split()) == 1:  # "Lewis-Francis", with Mark Lewis-Francis named
            return next((f for f in self.full_names if len(f) > len(words) and f[-len(words) :] == words), None)
        if len(words) == 1:
            return self.by_last.get(words[0]) or self.by_first.get(words[0]) or self._short_given(m)
        return None

    def _short_given(self, m: _Mention) -> tuple[str, ...] | None:
        """The full name whose given name a shorter one-word person's name begins like ("Sveta" for Svetlana
        Kuznetsova, "Rafa" for Rafael Benitez), when only one full name of the article does and no name of it
        begins with the word itself."""
        word = m.words[0]
        if (
            m.label != "PERSON"
            or len(word) < _SHORT_NAME
            or any(len(o.words) > 1 and o.words[0] == word for o in self.mentions)
        ):
            return None  # a given name in full elsewhere ("Mark Lewis-Francis") is no short form
        found = [
            f
            for f in self.full_names
            if len(f) > 1 and len(word) < len(f[0]) and f[0][:_SHORT_NAME] == word[:_SHORT_NAME]
        ]
        return found[0] if len(found) == 1 else None

    def _other_sex(self, m: _Mention, full: tuple[str, ...]) -> bool:
        """Whether ``m``'s form of address tells one sex and a form of address before another mention of the
        full name the other, or ``m`` is a Mrs, Ms or Miss and the full name's first name is a man's. A "Mr"
        is never parted by a first name: the census lists are American, and Andrea, Nicola or Yuri are men
        elsewhere. The full name itself is never parted from itself."""
        said = gender.address_sex(m.form) if m.honorific else None
        if said is None or m.words == full:
            return False
        cluster = self.clusters.get(("name", " ".join(full)))
        known = {gender.address_sex(o.form) for o in (cluster.mentions if cluster else []) if o.honorific}
        if said == gender.FEMALE and len(full) > 1:
            known.add(gender.name_sex(" ".join(full)))
        return bool(known - {None, said})

    def _surname(self, m: _Mention) -> bool:
        """Whether ``m`` is the surname alone of a person named in full, used as a name (not "Cuban cigars")."""
        root = m.span.root
        return (
            len(m.words) == 1
            and m.words[0] in self.by_last
            and root.pos_ == "PROPN"
            and root.dep_ != "amod"
            and m.words not in self.firms
        )

    def build(self) -> list[_Cluster]:
        capitals: dict[str, bool] = {}
        named = frozenset(c for c in map(_country, self.mentions) if c is not None) - {
            geo.country_coded(geo.initials(list(m.words), _ACRONYM_SKIP).upper())
            for m in self.mentions
            if m.label == "ORG"
        }  # "British Airways ... BA": the airline, though "Bosnian" is there too
        for m in self.mentions:
            text = m.span.text
            surname = self._surname(m)  # "Cuban said", with Mark Cuban named: the person, not Cuba
            country = None if surname else _country(m, named)
            full = self.person_key(m) if (m.label != "NORP" or surname) and not country else None
            parted = full is not None and self._other_sex(m, full)
            if parted:  # "Mrs Clinton" beside Bill Clinton: Hillary Clinton if named, else her own actor
                full = next((f for f in self.full_names if f[-1] == m.words[-1] and not self._other_sex(m, f)), None)
                parted = full is None
            if country:
                self.add(("country", country), "country", m, country)
            elif full is not None:
                self.add(("name", " ".join(full)), "person", m)
            elif m.label in {"GPE", "ORG"} and geo.country_of_capital(text):
                capitals[text] = capitals.get(text, False) or _actor_use(m.span.root)
                self.add(("capital", text), "place", m)
            elif m.label == "NORP":
                self.add(("name", " ".join(m.words).rstrip("s")), "group", m)
            else:
                self.add(("name", " ".join(m.words)), _KINDS[m.label], m, m.form if parted else None)
                if m.label in {"GPE", "LOC"} and organisation_role(role_of(m.span)):
                    self.clusters[("name", " ".join(m.words))].titled = True
        names = [key[1] for key in self.clusters]
        for key, cluster in self.clusters.items():  # "Federer admitted he was ...": a man, whatever the NER said
            if any(n != key[1] and key[1] in n.split() for n in names):
                continue  # not "Labour said he had ..." beside the Labour Party
            said = sum(_says_of_self(m.span.root) for m in cluster.mentions if len(m.span) == 1)
            cluster.votes["person"] += 2 * said
        self._merge_capitals(capitals)
        self._merge_short_forms()
        return [
            c
            for c in self.clusters.values()
            if not (c.kind == "group" and all(m.span.root.dep_ in _MODIFIER_DEPS for m in c.mentions))
            and not (c.kind == "country" and all(_describes_someone(m) for m in c.mentions))
        ]

    def _merge_capitals(self, capitals: dict[str, bool]) -> None:
        """A capital used as an actor anywhere in the article stands for its country."""
        for city, acts in capitals.items():
            if acts:
                country = geo.country_of_capital(city) or city
                cluster = self.clusters.pop(("capital", city))
                for m in cluster.mentions:
                    self.add(("country", country), "country", m, country)

    def _merge_short_forms(self) -> None:
        """Organisations and groups named by an acronym or a shorter form join the full name."""
        # an acronym defined in brackets after a body's name is that body's ("the Royal National Institute for Deaf
        # People (RNID)"), whatever the NER took it for when it spells the name's initials ("... Clearing Services
        # (Apacs)"; not a town in brackets, "Baring Brothers Bank (Boston)")
        found = [
            (key, d)
            for key, c in self.clusters.items()
            if c.kind == "organization"
            for d in filter(None, map(_defined_acronym, c.mentions))
        ]
        defined: dict[tuple[str, ...], tuple[str, str]] = {(acronym,): key for key, (acronym, _) in found}
        spelt = {(acronym,) for _, (acronym, spells) in found if spells}
        index = dict(defined)
        for acronyms in (True, False):  # an acronym ("eu") names its full form before any prefix does
            for key, cluster in self.clusters.items():
                if cluster.kind == "organization":
                    full = key[1].split()
                    for form in _short_forms(full):
                        acronym = len(form) == 1 and form[0] == geo.initials(full, _ACRONYM_SKIP)
                        if acronym == acronyms and not self._parent(form, full) and not _branch(form, full):
                            index.setdefault(form, key)
        bodies = [k for k, c in self.clusters.items() if c.kind in {"organization", "group"}]
        clipped: set[tuple[str, str]] = set()  # "Lib Dems" beside "Liberal Democrats", whatever the NER took it for
        for short in [k for k, c in self.clusters.items() if c.kind not in {"place", "country"}]:
            whole = next((k for k in bodies if _abbreviates(short[1].split(), k[1].split())), None)
            if whole is not None:
                index.setdefault(tuple(short[1].split()), whole)
                clipped.add(short)
        moved_to: dict[tuple[str, str], tuple[str, str]] = {}
        movable = {k for k, c in self.clusters.items() if c.kind in {"organization", "group"} or (k[1],) in spelt}
        for key in [k for k in self.clusters if k in movable or k in clipped]:
            if tuple(key[1].split()) in self.firms and (key[1],) not in defined:
                continue  # "Ford, the US car company": the firm itself, not short for "Ford Freestyle"
            first = self.clusters[key].mentions[0].span.text.split("-")[0]
            pair = (first.lower(),) if "-" in key[1] and first.isupper() else ()  # "EU-IMF": the EU
            forms = (key[1], " ".join(self.clusters[key].mentions[0].words), *pair)
            target = next((index[f] for f in (tuple(f.replace(".", "").split()) for f in forms) if f in index), None)
            while target in moved_to:
                target = moved_to[target]
            if target is not None and target != key:
                moved = self.clusters.pop(key)
                self.clusters[target].mentions.extend(moved.mentions)
                if (key[1],) in defined:
                    self.clusters[target].votes["organization"] += len(moved.mentions)
                elif key not in clipped:
                    self.clusters[target].votes.update(moved.votes)
                moved_to[key] = target

    def _parent(self, form: tuple[str, ...], full: list[str]) -> bool:
        """Whether ``form``, the first words of the body named ``full``, is another body: the article uses
        the acronyms of both ("General Motors ... GM" beside "General Motors Acceptance Corp ... GMAC")."""
        if len(form) < 2 or list(form) != full[: len(form)]:
            return False
        own, whole = geo.initials(list(form), _ACRONYM_SKIP), geo.initials(full, _ACRONYM_SKIP)
        return own != whole and all(("name", a) in self.clusters for a in (own, whole))


def _branch(form: tuple[str, ...], full: list[str]) -> bool:
    """Whether ``full`` is a town's branch of the party ``form`` ends it with ("Stevenage Labour Party"): the
    party alone ("Labour") is the national one."""
    if list(form) != full[len(full) - len(form) :] or len(form) == len(full):
        return False
    party = form[:-1] if len(form) > 1 and form[-1].lower() == "party" else form
    return is_party(party) and geo.key(" ".join(full[: len(full) - len(form)])) in geo.towns()


_PARTY_WORDS = frozenset(
    {"tory", "conservative", "labour", "labor", "liberal", "democrat", "republican", "socialist", "communist",
     "green", "nationalist", "unionist", "libertarian"}
)  # fmt: skip
"""Last words of a political party's members' name ("the Tories", "Liberal Democrats"), which is the party."""


def is_party(words: tuple[str, ...]) -> bool:
    """Whether a group's name ("Tories", "Liberal Democrats", "Greens") is a party's: its members stand for it."""
    last = words[-1].lower() if words else ""
    one = last[:-3] + "y" if last.endswith("ies") else last.removesuffix("s")
    return one in _PARTY_WORDS


_CLIPPED = 3
"""Letters a clipped word keeps at least ("Lib" of "Liberal", "Dem" of "Democrat")."""


def _abbreviates(short: list[str], full: list[str]) -> bool:
    """Whether a name of two words or more clips each word of another ("Lib Dems", "Liberal Democrats")."""

    def clips(word: str, whole: str) -> bool:
        stem = word[:-1] if word.endswith("s") and not whole.startswith(word) else word
        return len(stem) >= _CLIPPED and whole.startswith(stem)

    return len(short) == len(full) > 1 and short != full and all(clips(w, f) for w, f in zip(short, full, strict=True))


_DEFINED_LETTERS = 6
"""Letters up to which a capitalised word in brackets after a name is its acronym ("Apacs", "Gavi")."""


def _defined_acronym(m: _Mention) -> tuple[str, bool] | None:
    """The acronym the text gives in brackets right after a mention, lower-cased, and whether half its letters
    or more are the initials of the name's words ("US Food and Drug Administration (FDA)"), else its first
    letter is the name's ("Netflix (NFLX)", "PricewaterhouseCoopers (PwC)"; not a dateline's "MIAMI (AP)");
    or None."""
    doc, end = m.span.doc, m.span.end
    if end + 2 >= len(doc) or doc[end].text != "(" or doc[end + 2].text != ")":
        return None
    word = doc[end + 1].text
    capitals = sum(c.isupper() for c in word)
    short = word.isupper() or (word[:1].isupper() and (capitals > 1 or len(word) <= _DEFINED_LETTERS))  # "PwC"
    initials = [t.lower_[0] for t in m.span if t.is_alpha]
    spelt = sum(c in initials for c in word.lower()) * 2 >= len(word)  # "GOCE" of "... Ocean Circulation Explorer"
    ticker = bool(initials) and word[0].lower() == initials[0]  # "Netflix (NFLX)"
    return (word.lower(), spelt) if word.isalpha() and len(word) > 1 and short and (spelt or ticker) else None


def _anchors(name: Token) -> bool:
    """Whether a name only tells whose something is: "Gary Johnson's doctor", "the brother of Simon Cowell"."""
    return name.dep_ == "poss" or (name.dep_ == "pobj" and name.head.lower_ == "of" and name.head.head.pos_ == "NOUN")


def _says_of_self(name: Token) -> bool:
    """Whether ``name`` reports a clause about "he" or "she" ("Federer admitted he was under extra pressure")."""
    verb = name.head
    return (
        name.dep_ == "nsubj"
        and verb.lemma_.lower() in SPEECH_VERBS
        and any(
            c.dep_ == "ccomp"
            and any(g.dep_ in ("nsubj", "nsubjpass") and g.lower_ in ("he", "she") for g in c.children)
            for c in verb.children
        )
    )


def _untagged(tok: Token, addressed: set[str]) -> bool:
    """Whether the NER tagged ``tok`` as no name, or, for a surname the article gives a form of address
    ("Mr Katwala"), as a kind no actor comes from ("Sundar Katwala" a facility)."""
    return not tok.ent_type_ or (tok.lower_ in addressed and tok.ent_type_ not in NAME_LABELS)


def _untagged_full_names(doc: Doc, alone: set[str], addressed: set[str]) -> list[tuple[str, ...]]:
    """Full names the NER tagged nowhere (see ``_untagged``) whose surname it tagged alone, whatever the label
    ("Graeme Souness believes ..." untagged, "Souness" an organisation): a given name right before the surname."""
    return [
        (doc[t.i - 1].lower_, t.lower_)
        for t in doc
        if t.lower_ in alone
        and _untagged(t, addressed)
        and _name_word(t)
        and t.text[:1].isupper()
        and zipf_frequency(t.lower_, "en") < COMMON_WORD  # not "Hylands Park"
        and given_name_before(doc, t.i, t.i + 1, tagged=t.lower_ in addressed)
    ]


_SHORT_NAME = 4
"""Letters a short form shares with the given name it shortens ("Svet" of "Sveta"; not "Al" of "Alan")."""


def _given_named(m: _Mention, alone: set[str]) -> bool:
    """A two-word name the NER took for a place or an organisation that a given name begins and whose
    surname the article also uses alone ("Margo Wootan ... Wootan says", "Milan Baros ... Baros denied"):
    a person, as news style names people. Not a team or a party ("Irish Lions", "Dallas Mavericks",
    "Tory Party"): a plural or common word after it, or a nationality before it."""
    return (
        len(m.words) == 2
        and m.words[-1] in alone
        and m.span[-1].tag_ != "NNPS"
        and given_name_first(m.span[0].text, m.span[-1].text)
    )


def given_name_first(first: str, last: str) -> bool:
    """Whether two words read as a person's name: a census given name, not a nationality, then a word that
    is no common English word ("Margo Wootan"; not "Irish Lions", "Tory Party")."""
    return (
        gender.is_first_name(first)
        and geo.country_of_demonym(first) is None
        and zipf_frequency(last.lower(), "en") < COMMON_WORD
    )


_ELIDED_NAME = re.compile(r"[A-Z][a-z]?['’][A-Z][a-z]+")
"""A name with an elided particle ("O’Neill", "D'Angelo"), which the tagger may not call a proper noun."""


def _name_word(tok: Token) -> bool:
    """A proper noun, a name with an elided particle, or a rare word in a person's name that the tagger took
    for a noun ("Clara Furse")."""
    return (
        tok.pos_ == "PROPN"
        or _ELIDED_NAME.fullmatch(tok.text) is not None
        or (tok.ent_type_ == "PERSON" and tok.text[:1].isupper() and _name_like(tok))
    )


def _short_forms(full: list[str]) -> list[tuple[str, ...]]:
    """The shorter names of an organisation: its acronym, and the words it begins or ends with."""
    out = [tuple(full[:i]) for i in range(1, len(full))] + [tuple(full[i:]) for i in range(1, len(full))]
    initials = geo.initials(full, _ACRONYM_SKIP)
    if len(full) > 1 and len(initials) > 1:
        out.append((initials,))
    return out


def _canonical(cluster: _Cluster) -> str:
    """The cluster's name: the fixed one, else its most frequent longest form, not all capitals, with the
    apostrophe the article mostly writes it with ("James O’Neill" named once, "O'Neill" thrice)."""
    if cluster.name:
        return cluster.name
    forms = Counter(m.span.text for m in cluster.mentions)
    first: dict[str, int] = {}
    for m in cluster.mentions:
        first.setdefault(m.span.text, m.span.start)
    name = max(forms, key=lambda f: (len(f.split()), not f.isupper(), forms[f], -first[f]))
    marks: Counter[str] = Counter()
    for form, n in forms.items():
        marks.update({c: n for c in set(form) & {"'", "’"}})
    for mark, other in (("'", "’"), ("’", "'")):
        if marks[mark] > marks[other]:
            name = name.replace(other, mark)
    return name


# fmt: off
_FIRM_NOUNS = frozenset({
    "company", "firm", "bank", "group", "retailer", "insurer", "manufacturer", "carmaker", "automaker", "airline",
    "corporation", "conglomerate", "studio", "magazine", "newspaper", "band", "website", "site", "network", "label",
    "app", "portal", "service",
})
"""Nouns that say what a business is and never what a person does ("maker", "producer", "operator",
"lender" and "giant" may: "film maker", "camera operator", "money lender")."""
WORK_NOUNS = frozenset({
    "book", "novel", "memoir", "film", "movie", "biopic", "sequel", "documentary", "album", "song", "single",
    "show", "series", "sitcom", "play", "musical", "opera", "game", "programme", "program",
    "comedy", "drama", "thriller", "soap", "cartoon", "blockbuster",
    "drug", "medicine", "vaccine", "browser", "software", "system", "console", "handset", "gadget", "device",
    "virus", "worm", "codename",
})
"""Nouns of a work or a product, a role no one holds: "Living History, her 2003 book", "the anti-depressant drug
Prozac", "Linux, the open source operating system" are no people; before a name, they call it one ("wine comedy
Sideways", ``products``)."""
# fmt: on
_POST_PREPS = frozenset({"of", "at", "with", "for", "in", "on", "to", "behind", "from", "about", "by"})


def _role_head(role: str) -> str | None:
    """The last word of a role that says what its holder is, not a post it holds ("analyst with research firm
    NPD Group", "head of the company", "the man behind the show") nor a name ("Game") or a membership ("The
    band's Mickey Hart"); else None."""
    words = role.split()
    if _POST_PREPS.intersection(w.lower() for w in words) or (
        len(words) == 1 and (role[:1].isupper() or role == "band")
    ):
        return None
    return words[-1]


def _an_institution(role: str) -> bool:
    """Whether a role says what a business is ("Scott's company", "Swedish wireless equipment firm")."""
    head = _role_head(role)
    return head is not None and head.lower() in _FIRM_NOUNS


def _a_work(actor: Actor) -> bool:
    """Whether the NER's person is a work the article names ("Living History, her 2003 memoir"; a capitalised
    word is a title's: "Jamie Graham of Total Film")."""
    head = _role_head(actor.role) if actor.kind == "person" and actor.role else None
    return head in WORK_NOUNS


def _actor(cluster: _Cluster) -> Actor:
    name = _canonical(cluster)
    aliases: list[str] = []
    seen = {name.lower()}
    for m in cluster.mentions:
        for form in (m.span.text, m.form):
            if form.lower() not in seen:
                seen.add(form.lower())
                aliases.append(form)
    role = None
    kind = cluster.final_kind
    if kind in ("person", "organization"):  # "consultancy group Capgemini", "the media watchdog, X"
        roles = (role_of(m.span) for m in cluster.mentions)
        if kind == "organization":
            roles = (organisation_role(r) for r in roles)
        named = set(name.lower().split())
        role = max((r for r in roles if r and not set(r.lower().split()) <= named), key=role_detail, default=None)
        if kind == "person" and role is not None and _an_institution(role):
            kind, role = "organization", organisation_role(role)  # "Scott's company Scott Free"
    mentions = sorted({(m.span.start_char, m.span.end_char) for m in cluster.mentions})
    return Actor(name=name, kind=kind, role=role, aliases=aliases, mentions=mentions)


_SPELLING = re.compile(r"[\s.\-'’]")
_NICKNAMES = {"tory": "conservative", "gop": "republican"}
"""Parties' nicknames, which no spelling rule finds ("the Tories" are the Conservatives)."""


def _spelling(actor: Actor) -> str:
    """The name as ``_one_per_spelling`` compares it: without spaces and punctuation, in the singular, without
    "Party", a party's nickname spelled out ("Tories", "Conservative Party")."""
    words = [w for w in (_SPELLING.sub("", w) for w in actor.name.lower().split()) if w]
    if len(words) > 1 and words[-1] == "party":
        words.pop()
    if words:
        words[-1] = singular(words[-1])
    return "".join(_NICKNAMES.get(w, w) for w in words)


def _one_per_spelling(actors: list[Actor]) -> list[Actor]:
    """One actor per name however the article spaces or punctuates it ("TimeWarner" and "Time Warner",
    "Warner Bros." and "Warner Bros"), a group's in the singular or the plural ("Tory", "Tories",
    "Conservatives", "Conservative Party"), and whatever kind the NER gave one mention ("Austria" tagged a
    person once): the most mentioned keeps its name and kind and takes the other's mentions, aliases and role."""
    kept: dict[str, Actor] = {}
    for actor in sorted(actors, key=lambda a: (-len(a.mentions), a.mentions[0])):
        main = kept.setdefault(_spelling(actor), actor)
        if main is not actor:
            if main.kind == "group" and actor.kind == "organization":
                main.kind = "organization"  # "Tories" of the "Conservative Party": a party, not a people
            main.mentions = sorted({*main.mentions, *actor.mentions})
            main.aliases += [f for f in (actor.name, *actor.aliases) if f != main.name and f not in main.aliases]
            main.role = main.role or actor.role
    return sorted(kept.values(), key=lambda a: a.mentions[0])


def occurrences(text: str, name: str) -> list[tuple[int, int]]:
    """Where ``text`` writes ``name`` as a whole word."""
    return [(m.start(), m.end()) for m in re.finditer(rf"(?<!\w){re.escape(name)}(?!\w)", text)]


def _in_longer_names(actors: list[Actor], text: str) -> list[Actor]:
    """A mention inside a longer name of another actor, where the article writes it, is that actor's: "American"
    in "American Apparel" is no mention of the United States. An actor left with no mention goes."""
    names = [(s, e, a) for a in actors for n in {a.name, *a.aliases} if " " in n for s, e in occurrences(text, n)]
    for actor in actors:
        for m in list(actor.mentions):
            owner = next(
                ((s, e, a) for s, e, a in names if a is not actor and s <= m[0] and m[1] <= e and e - s > m[1] - m[0]),
                None,
            )
            if owner is not None:
                actor.mentions.remove(m)
                owner[2].mentions = sorted({*owner[2].mentions, (owner[0], owner[1])})
    return [a for a in actors if a.mentions]


_KNOWN_AS = re.compile(
    r"\s*[,(]?\s*(?:(?:also|better|popularly) )?(?:known as|aka|a\.k\.a\.|(?:whose )?real name(?: is)?)\s*"
)
"""What stands between a person's name and another name of theirs ("Mahmoud Abbas, also known as Abu Mazen",
"Bruno Mars (real name Peter Hernandez")."""


def _known_as(actors: list[Actor], text: str) -> list[Actor]:
    """Two actors the article says are one person ("Mahmoud Abbas, also known as Abu Mazen") made one: the
    name written first, the other its alias; not two people's names for two ("Anthony McPartlin and Declan
    Donnelly, known as Ant and Dec")."""

    def alone(s: int, e: int) -> bool:
        return not text[max(0, s - 5) : s].endswith(("and ", "& ")) and not text.startswith((" and ", " &"), e)

    starting = {s: (e, a) for a in actors for s, e in a.mentions}
    for first in [a for a in actors if a.kind == "person"]:
        for b, e in list(first.mentions):
            said = _KNOWN_AS.match(text, e)
            at = said.end() if said is not None and alone(b, e) else -1
            other = starting.get(at)
            if other is None or other[1] is first or not other[1].mentions or not alone(at, other[0]):
                continue
            first.aliases = [*first.aliases, other[1].name, *other[1].aliases]
            first.mentions = sorted({*first.mentions, *other[1].mentions})
            other[1].mentions = []
    return [a for a in actors if a.mentions]


def extract_actors(doc: Doc, article: Article) -> ActorTable:
    """All actors of ``doc``, one per real-world entity, in order of first mention."""
    clusters = _Builder(doc, _mentions(doc, article)).build()
    text = text_of(doc)
    actors = _known_as(_in_longer_names(_one_per_spelling([_actor(c) for c in clusters]), text), text)
    works = [a for a in actors if _a_work(a)]
    table = ActorTable([a for a in actors if a not in works], [a.role for a in works if a.role])
    table.reindex()
    return table


def rank(table: ActorTable, quotes: list[Quote]) -> list[Actor]:
    """Actors by salience, key actors first; fills ``Actor.salience`` in [0, 1].

    Salience adds up how often an actor is mentioned (log-scaled), how early it first
    appears, and how many of the quotes it speaks.
    """
    if not table.actors:
        return []
    speaks = Counter(q.speaker for q in quotes if q.speaker)
    last = max(e for a in table.actors for _, e in a.mentions) or 1
    top_mentions = max(len(a.mentions) for a in table.actors)
    top_quotes = max(speaks.values(), default=0) or 1
    for actor in table.actors:
        frequency = math.log1p(len(actor.mentions)) / math.log1p(top_mentions)
        position = 1 - actor.mentions[0][0] / last
        speech = speaks.get(actor.name, 0) / top_quotes
        actor.salience = round(0.5 * frequency + 0.2 * position + 0.3 * speech, 4)
    return sorted(table.actors, key=lambda a: -a.salience)
