"""Folding concepts: nouns derived from one another are one concept ("relation" takes "relationship"),
and a concept whose every mention sits inside another's phrase folds into it."""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Token

from .issuelabels import names_no_issue
from .wordweights import word_informativeness

if TYPE_CHECKING:
    from .issueconcepts import Concept

COMPLEMENT_INFO = 3.3
"""Informativeness a prepositional object needs to stay in a label ("on imports", not "in areas")."""


_MIN_STEM = 7
"""Shortest noun that absorbs the longer nouns it starts ("relation" takes "relationship")."""


def merge_derived(concepts: dict[str, Concept]) -> None:
    """Merge a noun into the long stem it extends ("relationship" into "relation").

    The stem's own mentions name the issue; the longer nouns' sentences are its evidence.

    In sorted order the nouns a stem starts follow the stem directly, so one pass does it.
    """
    lemmas = sorted(concepts)
    for i, stem in enumerate(lemmas):
        if len(stem) < _MIN_STEM or not concepts[stem].mentions:
            continue
        for other in lemmas[i + 1 :]:
            if not other.startswith(stem):
                break
            concepts[stem].absorb(concepts[other], as_label=False)


def names_own_matter(head: Token, phrase: list[Token]) -> bool:
    """Whether a topical noun before the head names the phrase's own matter ("privacy worries")."""
    return any(
        t.i < head.i
        and t.dep_ == "compound"
        and t.pos_ == "NOUN"
        and word_informativeness(t.lemma_.lower()) >= COMPLEMENT_INFO
        for t in phrase
    )


def fold_attributes(concepts: list[Concept]) -> None:
    """Fold a once-mentioned noun into a stronger concept its phrase holds.

    "the likely tumultuousness of the relationship" is about the relationship; "privacy worries
    about the tags" are not, as a topical noun before the head names their own matter.
    """
    owner = {t.i: c for c in concepts for t in c.mentions}
    for concept in sorted(concepts, key=lambda c: c.score):
        if len(concept.mentions) != 1 or names_own_matter(concept.mentions[0], concept.phrases[0]):
            continue
        inner = [owner[t.i] for t in concept.phrases[0] if t.i in owner and owner[t.i] is not concept]
        stronger = [c for c in inner if c.mentions and c.score > concept.score and not names_no_issue(c.lemma)]
        if stronger:
            stronger[0].absorb(concept, as_label=False)


def _reach(head: Token) -> list[Token]:
    """The noun phrase ``head`` heads, clauses and conjuncts aside: where its label words could come from."""
    found = []
    for child in head.children:
        if child.dep_ not in {"conj", "cc", "relcl", "acl", "appos", "advcl", "punct"}:
            found.append(child)
            found.extend(_reach(child))
    return found


def fold_contained(concepts: list[Concept]) -> None:
    """Fold a concept into another when all its mentions sit inside the other's phrases.

    Inside a label phrase any concept folds ("seafood" into "ban on Japanese seafood imports");
    inside the rest of a noun phrase ("relations on a basic societal level") only a weaker one.
    """
    host_of: dict[int, Concept] = {}
    reach_of: dict[int, Concept] = {}
    for concept in sorted(concepts, key=lambda c: -c.score):
        if names_no_issue(concept.lemma):
            continue  # "at the centre of the doping row": the row stays an issue of its own
        for mention, phrase in zip(concept.mentions, concept.phrases):
            for tok in phrase:
                if tok is not mention:
                    host_of.setdefault(tok.i, concept)
            for tok in _reach(mention):
                reach_of.setdefault(tok.i, concept)
    for concept in concepts:
        if not concept.mentions:
            continue
        for hosting, stronger in ((host_of, False), (reach_of, True)):
            hosts = {id(hosting.get(t.i)) for t in concept.mentions}
            host = hosting.get(concept.mentions[0].i)
            if (
                host is not None
                and host is not concept
                and host.mentions
                and len(hosts) == 1
                and (not stronger or host.score > concept.score)
            ):
                host.absorb(concept, as_label=False)
                break
