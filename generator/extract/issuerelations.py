"""Relations between parties, and one matter said two ways: relation nouns named by their parties
("Japan-China relations"), bids keyed by their target, rival bids kept apart."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING

from ..model import Actor
from .issuelabels import FORMAL_RELATIONS, actor_of

if TYPE_CHECKING:
    from spacy.tokens import Token

    from .actors import ActorTable


_RELATION_GROUP = "relations"
"""The key word every relation noun shares: the relation of the same parties is one issue."""


_PARTY_KINDS = frozenset({"country", "organization"})


_COUNTRY = frozenset({"country"})
"""Actors a relation named in its own phrase can be between; beyond the phrase, countries only."""


_PAIR_CUES = {"bilateral", "both", "two", "mutual", "each"}
"""Words that say a relation is between the article's main parties without naming them."""


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
            actor = actor_of(tok, table)
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
    frozenset({"fine", "penalty", "punishment", "sanction", "suspension"}),
    frozenset({"lawsuit", "suit", "litigation"}),
    frozenset({"doping", "drug"}),
    frozenset({"protest", "demonstration", "uprising", "unrest"}),
    frozenset({"seizure", "expropriation", "confiscation", "nationalisation", "nationalization"}),
    frozenset({"detention", "custody", "imprisonment", "internment", "incarceration"}),
    frozenset({"deal", "agreement", "venture", "pact", "accord"}),
)
"""Event nouns that name one matter in different words ("arms ban" and "arms embargo")."""


def same_matter(a: str, b: str) -> bool:
    """Whether two noun lemmas are one matter said in two words ("ban", "embargo")."""
    return a == b or any(a in group and b in group for group in _SYNONYMS)


def canonical(lemma: str) -> str:
    """The one word a matter said in several words is keyed by across articles ("ban" for "embargo")."""
    return next((min(group) for group in _SYNONYMS if lemma in group), lemma)


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
    found = actor_of(tok, table)
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
