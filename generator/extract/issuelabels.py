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
from .wordweights import PERSON_NOUNS, is_agent_noun, is_common_quality

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
    "people", "period", "person", "place", "plan", "point", "poll", "position", "possibility", "pressure",
    "priority", "problem", "process", "question", "reason", "report", "resort", "result", "role", "sense",
    "side", "situation", "sort", "start", "statement", "step", "study", "stuff", "survey", "target", "team",
    "term", "thing", "time", "trend", "type", "view", "way", "week", "word", "world", "worry", "year"
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
# fmt: off
_STANDING_FRAMES = frozenset({
    "policy", "system", "law", "rule", "scheme", "programme", "program", "strategy", "regime", "legislation",
    "sector", "industry", "market"
})
# fmt: on
"""Frames of what stands rather than what happens: whose ("US policy", "Venezuelan law") is not which;
a reform, a row or a crisis of a country's is a matter ("Palestinian reforms")."""

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
_TIMES = frozenset({"time", "moment", "day", "week", "month", "year", "period", "era", "decade", "season"})
# fmt: off
_SETTINGS = frozenset({
    "plant", "factory", "farm", "ranch", "site", "office", "headquarters", "building", "city", "town", "village",
    "region", "area", "port", "airport", "facility", "premises", "venue", "stadium", "ground", "centre", "center",
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
RELATIONAL_ENDINGS = ("al", "ic", "ary", "ory", "ian", "ese", "ish", "ive", "ar", "ine")
"""Endings of adjectives made from nouns ("legal", "nuclear", "bilateral"): they classify, not grade."""
_LIGHT_VERBS = frozenset({"make", "take", "give", "have", "do", "get", "say", "put", "see", "use"})
_CONTENT_VERB = 5.0
"""Zipf frequency below which a verb says what is done ("shift", "block"), not that something is
("include", "need", "want")."""
"""Verbs whose nouns ("maker", "say") name no event of their own."""
_TOPICAL_INFO = 2.5
"""Informativeness (see ``wordweights.word_informativeness``) a modifier needs to make a general noun specific."""
_NAMING_INFO = 3.5
"""Informativeness from which a head noun names a matter whatever adjective grades it ("common decency")."""
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


def actor_of(tok: Token, table: ActorTable) -> Actor | None:
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
        or lemma in PERSON_NOUNS
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
    if _where_done(head):
        return False
    if any(head.text in role.split() for role in (*(a.role or "" for a in table.actors), *table.works)):
        return False  # part of someone's role, a body's or a work's description ("media watchdog", "horror film")
    others = [
        t
        for t in phrase
        if t is not head
        and _WORD.fullmatch(t.text)
        and t.lower_ not in _STOP
        and t.pos_ not in {"DET", "PRON", "ADP", "CCONJ", "PART", "NUM"}
        and (t.lemma_.lower() not in GENERAL_NOUNS or actor_of(t, table) is not None)
    ]
    if lemma in _STANDING_FRAMES and all(_whose(t, table) for t in others):
        return False  # a frame narrowed only by whose it is: "Venezuelan law", "US policy"
    if lemma not in GENERAL_NOUNS:
        return bool(others) and (info(lemma) >= _NAMING_INFO or any(not _common_quality(t) for t in others))
    return any(
        t.i < head.i
        and actor_of(t, table) is None
        and not t.ent_type_
        and t.dep_ != "poss"
        and info(t.lower_) >= _TOPICAL_INFO
        and _classifies(t)
        for t in others
    )


_WHOSE = frozenset({"NORP", "GPE", "LOC"})


def _whose(tok: Token, table: ActorTable) -> bool:
    """A word saying only whose or where: a nationality, a place, an actor ("US", "Venezuelan")."""
    return tok.ent_type_ in _WHOSE or actor_of(tok, table) is not None


def _where_done(noun: Token) -> bool:
    """The setting of an act, "at" a noun said of a verb ("tested positive at an exhibition event",
    "spoke at a conference"): where it happened, not what about."""
    prep = noun.head
    return noun.dep_ == "pobj" and prep.lower_ == "at" and prep.head.pos_ in {"VERB", "AUX"}


def _common_quality(tok: Token) -> bool:
    """A common adjective of quality, not part of a hyphenated word ("anti-government") nor a name."""
    doc = tok.doc
    joined = (tok.i + 1 < len(doc) and doc[tok.i + 1].text == "-") or (tok.i > 0 and doc[tok.i - 1].text == "-")
    return (
        tok.pos_ == "ADJ"
        and not tok.ent_type_
        and not joined
        and not _classifies(tok)
        and is_common_quality(tok.lower_)
    )


def _classifies(tok: Token) -> bool:
    """A modifier that says which kind of thing a general noun is: a noun, or a relational
    adjective ("legal action", "military activity"), not a quality ("key role", "calm way")."""
    return tok.pos_ not in {"ADJ", "VERB"} or "-" in tok.text or tok.lower_.endswith(RELATIONAL_ENDINGS)


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
    lemma = event.lemma_.lower()
    return event if event.pos_ == "NOUN" and is_event_noun(lemma) and not names_no_issue(lemma) else None


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
            label = f"{_modifier_form(tok)} {nominals[found[0]]}"
            return label[:1].upper() + label[1:], "+".join(sorted({tok.lemma_.lower(), found[0]}))
    return None


def _modifier_form(noun: Token) -> str:
    """A noun as it reads before another: singular when English makes it so by dropping an ending
    ("patents" -> "patent infringement"), else as written ("data storage", not "datum storage")."""
    lemma = noun.lemma_.lower()
    return lemma if noun.lower_.startswith(lemma) else noun.lower_


_AMOUNTS = frozenset({"MONEY", "QUANTITY", "PERCENT", "CARDINAL", "DATE", "TIME"})


def gerund(verb: str) -> str:
    """The -ing form of a verb lemma: "shift" -> "shifting", "cut" -> "cutting", "raise" -> "raising",
    "admit" -> "admitting": of the spellings English could use, the commonest (``wordfreq``)."""
    forms = [verb + "ing", verb + verb[-1] + "ing"]
    if verb.endswith("e") and not verb.endswith(("ee", "ye", "oe")):
        forms = [verb[:-1] + "ing"]
    return max(forms, key=lambda form: zipf_frequency(form, "en"))


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
        first = tok.i
        while first > 0 and _kind_word(tok.doc[first - 1]):
            first -= 1
        kinds = [t.lower_ for t in tok.doc[first : tok.i]]  # "Raising stamp duty threshold"
        label = " ".join((gerund(lemma), *kinds, tok.lower_, *_named_complement(tok)))
        return tok, label[:1].upper() + label[1:], "+".join(sorted({tok.lemma_.lower(), lemma}))
    return None


_RESULTS = frozenset({"positive", "negative"})
_FOUND_INFO = 3.9
"""Informativeness from which what a test found is named ("ephedrine", "cannabis"), not "a substance"."""


def tested_for(mentions: Iterable[Token], info: Callable[[str], float]) -> tuple[Token, str, str] | None:
    """A test's finding as the issue of what was found: "tested positive for ephedrine" gives
    "Positive test for ephedrine", as a doping row or an outbreak is told. ``info`` gives a
    lower-cased word's informativeness."""
    for tok in mentions:
        result = tok.head.head
        if (
            tok.dep_ == "pobj"
            and tok.head.lower_ == "for"
            and result.lower_ in _RESULTS
            and result.head.lemma_.lower() == "test"
            and (tok.is_upper or info(tok.lemma_.lower()) >= _FOUND_INFO)
        ):
            label = f"{result.lower_.capitalize()} test for {tok.text}"
            return tok, label, "+".join(sorted({tok.lemma_.lower(), "test"}))
    return None


def _kind_word(tok: Token) -> bool:
    """A noun that says which kind the acted-on noun right after it is ("stamp duty" of "raise the stamp
    duty threshold"), written as a word of its own (not "minute" of "78th-minute penalty kick")."""
    return tok.dep_ == "compound" and tok.pos_ == "NOUN" and not hyphenated(tok)


def hyphenated(tok: Token) -> bool:
    """Part of a hyphenated word ("large-scale", "long-term"), which stays whole."""
    doc = tok.doc
    if tok.text == "-":
        return not tok.whitespace_ and tok.i > 0 and not doc[tok.i - 1].whitespace_
    after = tok.i + 1 < len(doc) and not tok.whitespace_ and doc[tok.i + 1].text == "-"
    return after or (tok.i > 0 and doc[tok.i - 1].text == "-" and not doc[tok.i - 1].whitespace_)


_ACTED_PREPS = frozenset({"to", "of", "on", "about", "against"})


def _named_complement(noun: Token) -> list[str]:
    """The complement that says which one an acted-on noun is, when it is a name: "to God" in
    "removing references to God", "of the Rover 25"; a common noun there ("references to it", "of
    the year") is left out."""
    for prep in noun.rights:
        if prep.dep_ == "prep" and prep.lower_ in _ACTED_PREPS:
            obj = next((c for c in prep.children if c.dep_ == "pobj"), None)
            if obj is not None and obj.pos_ == "PROPN" and obj.ent_type_ not in _AMOUNTS:
                name = [t for t in obj.subtree if t.dep_ in {"compound", "nummod"} or t is obj]
                return [prep.lower_, *(t.text for t in name)]
        return []
    return []
