"""What makes an issue label specific, and the label of a relation between named parties.

A label is specific when it names a concrete matter: at least two content words, and when
its head is a *general noun* ("concerns", "time", "way", "changes": nouns that only point to
content given elsewhere), a topical word beside it ("military activity", "legal action").
An actor's name does not make a general noun specific: "Japan's concerns" says whose
concerns, not about what.

Nouns of a relation between parties ("ties", "relations", "tensions", "alliance") name the
parties: "ties with Beijing" and "bilateral relations" between Japan and China are one
issue, "Japan-China relations", apart from "US-China relations".
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence
from functools import lru_cache
from typing import TYPE_CHECKING

from wordfreq import zipf_frequency

from ..model import Actor
from .wordweights import is_agent_noun

if TYPE_CHECKING:  # the site imports ``is_specific_label`` and should not load spaCy for it
    from spacy.tokens import Token

    from .actors import ActorTable

# fmt: off
GENERAL_NOUNS = frozenset({
    "ability", "act", "action", "activity", "amount", "approach", "area", "argument", "aspect", "aspiration",
    "assumption", "attempt", "basis", "beginning", "belief", "body", "business", "case", "chance", "change",
    "choice", "circumstance", "comment", "company", "concern", "condition", "day", "decision", "detail",
    "development", "effort", "element", "end", "event", "extreme", "fact", "factor", "fear", "feature",
    "figure", "firm", "focus", "form", "future", "goal", "group", "hope", "idea", "importance", "information",
    "interest", "issue", "item", "kind", "level", "lot", "matter", "measure", "member", "month", "move",
    "nature", "need", "news", "notion", "number", "official", "opportunity", "option", "page", "part", "past",
    "people", "period", "person", "place", "plan", "point", "position", "possibility", "priority", "problem",
    "process", "question", "reason", "report", "resort", "result", "role", "sense", "side", "situation", "sort",
    "start", "statement", "step", "stuff", "target", "team", "term", "thing", "time", "trend", "type", "view",
    "way", "week", "word", "world", "worry", "year"
})
# fmt: on
"""General ("shell") nouns: they point to content said elsewhere, so alone they name no issue."""

FRAME_NOUNS = GENERAL_NOUNS | {
    "policy",
    "system",
    "reform",
    "law",
    "rule",
    "scheme",
    "programme",
    "program",
    "strategy",
    "regime",
    "legislation",
    "bill",
    "proposal",
    "debate",
    "row",
    "crisis",
    "sector",
    "industry",
    "market",
}
"""Heads that frame a topic named beside them ("asylum policy", "hunting law"): the topic is the issue."""

RELATION_NOUNS = {
    "relation": "relations",
    "relationship": "relations",
    "tie": "relations",
    "tension": "tensions",
    "friction": "tensions",
    "alliance": "alliance",
    "partnership": "partnership",
    "friendship": "relations",
    "rivalry": "rivalry",
}
"""Nouns of a relation between parties, with the word a label uses for each."""
FORMAL_RELATIONS = frozenset({"alliance", "partnership", "rivalry"})
"""Relations with a name of their own, which a label keeps when the article says it."""
_RELATION_GROUP = "relations"
"""The key word every relation noun shares: the relation of the same parties is one issue."""
_PARTY_KINDS = frozenset({"country", "organization"})
_COUNTRY = frozenset({"country"})
"""Actors a relation named in its own phrase can be between; beyond the phrase, countries only."""
_TIMES = frozenset({"time", "moment", "day", "week", "month", "year", "period", "era", "decade", "season"})
# fmt: off
_SETTINGS = frozenset({
    "plant", "factory", "site", "office", "headquarters", "building", "city", "town", "village", "region",
    "area", "port", "airport", "facility", "premises", "venue", "stadium", "ground", "centre", "center",
    "mosque", "hospital", "prison", "street", "square", "suburb", "district", "province", "capital", "north",
    "south", "east", "west", "northeast", "northwest", "southeast", "southwest", "coast", "island"
})
# fmt: on
"""Places where things happen: like place names, settings of an issue rather than issues."""
# fmt: off
_COLLECTIVES = frozenset({
    "movement", "community", "lobby", "camp", "crowd", "public", "electorate", "workforce", "diaspora",
    "establishment", "fraternity"
})
# fmt: on
"""Nouns for people and groups of them ("the open source movement", "Lockerbie victims"): actors, not issues."""
# fmt: off
_INSTITUTIONS = frozenset({
    "authority", "government", "ministry", "department", "agency", "court", "tribunal", "council", "committee",
    "subcommittee", "commission", "parliament", "force", "troop", "police", "army", "coalition", "company",
    "firm", "bank", "subsidiary", "studio", "university", "faculty", "school", "newspaper", "paper", "channel",
    "broadcaster", "website", "organisation", "organization", "club", "country", "nation"
})
# fmt: on
"""Nouns for bodies that act ("Russian authorities", "security forces", "a shell company"):
named by the actors list, they are who raises an issue, not the issue."""
# fmt: off
_PERSONS = frozenset({
    "woman", "man", "child", "people", "citizen", "resident", "family", "victim", "fan", "official", "champion",
    "witness", "expert", "critic", "minister", "colleague", "friend", "rival", "ally", "communist", "villain",
    "prince", "princess", "king", "queen", "hero", "star", "guest", "partner", "dean", "chairman", "chairwoman",
    "president", "chief", "head", "spokesman", "spokeswoman"
})
# fmt: on
"""Nouns for people by sex, age, role or relation rather than by what they do (agent nouns
such as "worker" are told by their suffix, see ``wordweights.is_agent_noun``)."""
# fmt: off
PARTITIVES = frozenset({
    "wave", "range", "series", "package", "number", "host", "variety", "set", "spate", "string", "raft",
    "flurry", "batch", "bunch", "handful", "lot", "array", "round", "spree", "bout", "sort", "kind", "type"
})
# fmt: on
"""Nouns that count or gather what their "of" complement names ("a wave of protests", "a package
of measures"): the complement is the issue, the partitive names neither an issue nor an event."""
_VERB_SUFFIXES = ("ment", "tion", "ion", "al", "ance", "ence", "age", "ure")
_VERB_USE = 3.0
"""Zipf frequency of a past form ("banned", "discharged") from which a noun is taken to name an event."""
_RELATIONAL = ("al", "ic", "ary", "ory", "ian", "ese", "ish", "ive", "ar", "ine")
"""Endings of adjectives made from nouns ("legal", "nuclear", "bilateral"): they classify, not grade."""
_LIGHT_VERBS = frozenset({"make", "take", "give", "have", "do", "get", "say", "put", "see", "use"})
_CONTENT_VERB = 5.0
"""Zipf frequency below which a verb says what is done ("shift", "block"), not that something is
("include", "need", "want")."""
"""Verbs whose nouns ("maker", "say") name no event of their own."""
_PAIR_CUES = {"bilateral", "both", "two", "mutual", "each"}
"""Words that say a relation is between the article's main parties without naming them."""
_TOPICAL_INFO = 2.5
"""Informativeness (see ``wordweights.word_informativeness``) a modifier needs to make a general noun specific."""
# fmt: off
_STOP = frozenset({
    "a", "an", "the", "of", "on", "in", "at", "to", "for", "from", "with", "by", "over", "about", "between",
    "against", "and", "or", "'s"
})
# fmt: on
_WORD = re.compile(r"[^\W\d_][\w'’\-–]*")


def content_words(label: str) -> list[str]:
    """The words of a label that carry content: not articles, prepositions or possessive endings."""
    return [w for w in _WORD.findall(label) if w.lower() not in _STOP]


def is_specific_label(label: str) -> bool:
    """Whether a label may head an issue page: two content words or more, or a named entity.

    A named entity shows as a capitalised word after the first, or an acronym ("EU", "NHS").
    """
    words = content_words(label)
    if len(words) >= 2:
        return True
    return any((w.isupper() and len(w) > 1) or (n and w[:1].isupper()) for n, w in enumerate(words))


def _actor_of(tok: Token, table: ActorTable) -> Actor | None:
    return table.at(tok.idx, tok.idx + len(tok.text))


_WORDING = frozenset({"word", "phrase", "wording", "expression", "sentence", "paragraph", "headline"})
"""Nouns for pieces of language: a "biological word" is how something was said, not what about."""


def _circumstance(lemma: str) -> bool:
    """A time, a setting, a partitive or a piece of wording: what no act on it makes an issue
    ("sweeping the provinces"), unlike people or bodies ("splitting banks", "arresting protesters")."""
    return lemma in _TIMES or lemma in _SETTINGS or lemma in PARTITIVES or lemma in _WORDING


def names_no_issue(lemma: str) -> bool:
    """A noun that never heads an issue: a time, a setting, a partitive ("wave of"), a piece of
    wording, or who acts rather than what about ("Russian authorities", "WMC shareholders")."""
    return (
        _circumstance(lemma)
        or lemma in _COLLECTIVES
        or lemma in _INSTITUTIONS
        or lemma in _PERSONS
        or is_agent_noun(lemma)
    )


def is_specific(head: Token, phrase: Sequence[Token], table: ActorTable, info: Callable[[str], float]) -> bool:
    """Whether the phrase built around ``head`` names a concrete matter (see the module docstring).

    Besides the head it needs a word that is not a general noun ("point gap" does not name one);
    a general head needs a topical modifier before it, not an actor nor a possessor ("Prince's
    actions"), nor a word only in its complement ("details on the sum"). Times ("crucial time") never name an issue.
    ``info`` gives a lower-cased word's informativeness.
    """
    lemma = head.lemma_.lower()
    if names_no_issue(lemma):
        return False
    if head.dep_ in {"compound", "nmod", "appos"} and head.head.ent_type_ == "PERSON":
        return False  # a title: "general secretary Tony Woodley"
    if any(head.text in (a.role or "").split() for a in table.actors):
        return False  # part of someone's role or a body's description ("media watchdog")
    others = [
        t
        for t in phrase
        if t is not head
        and _WORD.fullmatch(t.text)
        and t.lower_ not in _STOP
        and t.pos_ not in {"DET", "PRON", "ADP", "CCONJ", "PART", "NUM"}
        and (t.lemma_.lower() not in GENERAL_NOUNS or _actor_of(t, table) is not None)
    ]
    if lemma not in GENERAL_NOUNS:
        return bool(others)
    return any(
        t.i < head.i
        and _actor_of(t, table) is None
        and not t.ent_type_
        and t.dep_ != "poss"
        and info(t.lower_) >= _TOPICAL_INFO
        and _classifies(t)
        for t in others
    )


def _classifies(tok: Token) -> bool:
    """A modifier that says which kind of thing a general noun is: a noun, or a relational
    adjective ("legal action", "military activity"), not a quality ("key role", "calm way")."""
    return tok.pos_ not in {"ADJ", "VERB"} or "-" in tok.text or tok.lower_.endswith(_RELATIONAL)


@lru_cache(maxsize=1 << 14)
def is_event_noun(lemma: str) -> bool:
    """A noun naming an action: a verb used as a noun ("ban", "discharge") or derived from one
    ("infringement", "approval"), told by how common the verb's past form is."""
    if lemma in GENERAL_NOUNS or lemma in PARTITIVES or len(lemma) < 3:
        return False
    stems = [lemma] + [lemma[: -len(s)] for s in _VERB_SUFFIXES if lemma.endswith(s) and len(lemma) > len(s) + 3]
    for stem in stems:
        forms = (stem + "ed", stem + "d", stem + stem[-1] + "ed", stem + "e" + "d")
        if max(zipf_frequency(f, "en") for f in forms) >= _VERB_USE:
            return True
    return False


def event_of(mention: Token) -> Token | None:
    """The event noun whose object ``mention`` is: "discharge" for "discharge of ... wastewater"."""
    prep = mention.head
    if mention.dep_ != "pobj" or prep.lower_ not in {"of", "on"}:
        return None
    event = prep.head
    return event if event.pos_ == "NOUN" and is_event_noun(event.lemma_.lower()) else None


def verbal_event(mentions: Iterable[Token], nominals: dict[str, str]) -> tuple[str, str] | None:
    """A label and key naming what a verb does to a concept, in the article's own noun for it.

    "accusing ZTE of infringing its patents" beside "infringement" elsewhere gives
    "Patent infringement"; ``nominals`` maps the article's event nouns (lemmas) to their text.
    """
    for tok in mentions:
        verb = tok.head
        if tok.dep_ not in {"dobj", "nsubjpass"} or verb.pos_ != "VERB" or verb.lemma_.lower() in _LIGHT_VERBS:
            continue
        lemma = verb.lemma_.lower()
        stem = lemma[:-1] if lemma.endswith("e") and len(lemma) > 4 else lemma
        found = sorted(n for n in nominals if n.startswith(stem) and len(n) - len(stem) <= 5)
        if found:
            label = f"{tok.lemma_.lower()} {nominals[found[0]]}"
            return label[:1].upper() + label[1:], "+".join(sorted({tok.lemma_.lower(), found[0]}))
    return None


_AMOUNTS = frozenset({"MONEY", "QUANTITY", "PERCENT", "CARDINAL", "DATE", "TIME"})


def _gerund(verb: str) -> str:
    """The -ing form of a verb lemma: "shift" -> "shifting", "cut" -> "cutting", "raise" -> "raising"."""
    if verb.endswith("e") and not verb.endswith(("ee", "ye", "oe")):
        return verb[:-1] + "ing"
    if re.fullmatch(r"[^aeiou]*[aeiou][bdgmnprt]", verb):
        return verb + verb[-1] + "ing"
    return verb + "ing"


def acted_phrase(mentions: Iterable[Token]) -> tuple[Token, str, str] | None:
    """A label and key for a concept no phrase names specifically, by what a verb does to it:
    "shift production of the Rover 25" gives "Shifting production". The verb must say what is done
    (not a light or common verb: "make money", "need time", "prove a challenge"), and the noun must
    be neither general, nor a circumstance ("sweeping the provinces"), nor a relation ("improving
    relations" is the parties' relation, named by them)."""
    for tok in mentions:
        verb = tok.head
        lemma = verb.lemma_.lower()
        if (
            tok.dep_ != "dobj"
            or verb.pos_ != "VERB"
            or lemma in _LIGHT_VERBS
            or not lemma.isalpha()
            or zipf_frequency(lemma, "en") >= _CONTENT_VERB
            or tok.lemma_.lower() in GENERAL_NOUNS
            or tok.lemma_.lower() in RELATION_NOUNS
            or _circumstance(tok.lemma_.lower())
            or tok.ent_type_ in _AMOUNTS
            or any(c.dep_ == "nummod" for c in tok.children)
        ):
            continue  # nor an amount: "criticised his 3000 euros punishment"
        label = f"{_gerund(lemma)} {tok.lower_}"
        return tok, label[:1].upper() + label[1:], "+".join(sorted({tok.lemma_.lower(), lemma}))
    return None


def _short_name(actor: Actor) -> str:
    """How a label names a party: its name, or a short capitalised form of a long one ("US")."""
    if len(actor.name.split()) == 1:
        return actor.name
    short = [a for a in actor.aliases if a.isupper() and a.isalpha() and 1 < len(a) <= 4]
    return min(short, key=len) if short else actor.name


def parties(head: Token, phrase: Sequence[Token], table: ActorTable) -> list[Actor]:
    """The countries or organisations a relation noun is between, at most two.

    They come in the phrase's order when it names both ("US-Japan alliance"), else the more salient
    first ("Japan-China relations" in an article mostly about Japan). First those in the phrase
    ("US-Japan alliance", "ties with Beijing"), then those named in its sentence; when the relation
    is said to be between unnamed parties ("bilateral relations", "tensions between the two
    nations"), the article's two most salient countries.
    """
    found: list[Actor] = []

    def add(candidates: Iterable[Token], kinds: frozenset[str] = _COUNTRY) -> None:
        for tok in candidates:
            actor = _actor_of(tok, table)
            if actor is not None and actor.kind in kinds and actor not in found:
                found.append(actor)

    add(phrase, _PARTY_KINDS)
    named = len(found) >= 2  # the phrase names both ("US-Japan alliance"): keep its order
    add(t for t in head.subtree if t not in phrase)
    if len(found) < 2:
        add(head.sent)
    cued = any(t.lower_ in _PAIR_CUES for t in (*head.subtree, *head.head.children))
    if len(found) < 2 and cued:
        ranked = sorted((a for a in table.actors if a.kind == "country"), key=lambda a: -a.salience)
        found.extend(a for a in ranked[:2] if a not in found)
    return found[:2] if named else sorted(found[:2], key=lambda a: -a.salience)


_SYNONYMS = (
    frozenset({"ban", "embargo", "prohibition", "boycott"}),
    frozenset({"fine", "penalty", "punishment", "sanction"}),
    frozenset({"lawsuit", "suit", "litigation"}),
    frozenset({"doping", "drug"}),
    frozenset({"protest", "demonstration", "uprising", "unrest"}),
    frozenset({"seizure", "expropriation", "confiscation", "nationalisation", "nationalization"}),
)
"""Event nouns that name one matter in different words ("arms ban" and "arms embargo")."""


def same_matter(a: str, b: str) -> bool:
    """Whether two noun lemmas are one matter said in two words ("ban", "embargo")."""
    return a == b or any(a in group and b in group for group in _SYNONYMS)


TAKEOVER_NOUNS = frozenset({"bid", "offer", "takeover", "acquisition", "buyout"})
"""Nouns of an attempt to buy a company: across articles, the attempts on one target are one story."""
TAKEOVER_GROUP = "takeover"


def takeover_key(head: Token, table: ActorTable) -> str | None:
    """The key of a bid by its target ("takeover+wmc" for "Xstrata's offer for WMC", "a rival bid",
    "takeover attempt"): the organisation after the noun ("for WMC", "of the LSE"), else the one
    the article's bids are most often for, else its most salient organisation (not one merely
    named nearby, such as the outlet); never the bidder ("Xstrata's", "from Deutsche Boerse"). A
    name of several words is keyed by its leading acronym ("WMC Resources"), else by its initials,
    as its acronym is ("London Stock Exchange", "LSE")."""
    phrase = head  # "takeover battle for MCI": the target follows the phrase's head
    if head.lemma_.lower() not in TAKEOVER_NOUNS:
        head = next((c for c in head.lefts if c.dep_ == "compound" and c.lemma_.lower() in TAKEOVER_NOUNS), head)
        if head.lemma_.lower() not in TAKEOVER_NOUNS:  # nor "takeover attempt"
            return None
    by = [t for p in phrase.rights if p.dep_ == "prep" and p.lower_ in {"from", "by"} for t in p.subtree]
    bidders = [a for t in (*head.lefts, *by) for a in [_named(t, table)] if a is not None]
    orgs = [
        a
        for t in phrase.subtree
        if t.i > head.i and t not in by
        for a in [_named(t, table)]
        if a is not None and a.kind == "organization" and all(a is not b for b in bidders)
    ]
    bid_for = [
        a
        for t in head.doc
        if t.lemma_.lower() in TAKEOVER_NOUNS
        for p in t.rights
        if p.dep_ == "prep" and p.lower_ in {"for", "of"}
        for o in p.subtree
        for a in [_named(o, table)]
        if a is not None and a.kind == "organization"
    ]
    ranked = sorted(
        (a for a in table.actors if a.kind == "organization" and all(a is not b for b in bidders)),
        key=lambda a: (-sum(a is b for b in bid_for), -a.salience),
    )
    target = orgs[0] if orgs else ranked[0] if ranked else None
    if target is None:
        return None
    words = _short_name(target).split()
    if len(words) > 1:  # "WMC Resources" as "WMC", "London Stock Exchange" as "LSE"
        words = [words[0] if words[0].isupper() and len(words[0]) > 1 else "".join(w[0] for w in words)]
    return f"{TAKEOVER_GROUP}+{words[0].lower()}"


_RIVAL = frozenset({"rival", "counter", "competing", "alternative", "second"})


def rival_bids(head_a: Token, phrase_a: Sequence[Token], head_b: Token, phrase_b: Sequence[Token]) -> bool:
    """Two bids for one target that are not one bid: called a rival ("rival bid"), or made by
    different named bidders ("Xstrata's offer", "a bid from Euronext")."""
    if any(t.lemma_.lower() in _RIVAL for t in (*phrase_a, *phrase_b)):
        return True
    by_a, by_b = _bidder_words(head_a, phrase_a), _bidder_words(head_b, phrase_b)
    return bool(by_a and by_b and by_a != by_b)


def _bidder_words(head: Token, phrase: Sequence[Token]) -> set[str]:
    by = [t for p in head.rights if p.dep_ == "prep" and p.lower_ in {"from", "by"} for t in p.subtree]
    return {t.text for t in (*(t for t in phrase if t.i < head.i), *by) if t.pos_ == "PROPN"}


def _named(tok: Token, table: ActorTable) -> Actor | None:
    """The actor a token is a mention of, or whose name or alias it spells ("LSE")."""
    found = _actor_of(tok, table)
    if found is None and tok.pos_ == "PROPN":
        found = next((a for a in table.actors if tok.text == a.name or tok.text in a.aliases), None)
    return found


def relation_label(noun: str, between: Sequence[Actor]) -> str:
    """The label of a relation between two parties: "Japan-China relations"."""
    return f"{'-'.join(_short_name(a) for a in between)} {noun}"


def relation_noun(nouns: Iterable[tuple[str, float]]) -> str:
    """The word for a relation said with several nouns (each with its weight).

    A named form of relation ("alliance", "partnership") is the most specific and wins;
    otherwise the noun said with most weight ("relations" over "tensions").
    """
    weights: dict[str, float] = {}
    for noun, weight in nouns:
        weights[noun] = weights.get(noun, 0.0) + weight
    formal = [n for n in weights if n in FORMAL_RELATIONS]
    return max(formal or weights, key=lambda n: (weights[n], n))


def relation_key(between: Sequence[Actor]) -> str:
    """The key shared by every relation noun between the same parties, in any order."""
    return "+".join(sorted({_RELATION_GROUP, *(a.name.lower() for a in between)}))
