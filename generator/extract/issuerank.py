"""Which candidate issues an article leads with: the headline and the lead sentences.

An issue named only by a verb ("Seizing land") is kept when the article leads with it; said in
passing later ("securing models", "proving a challenge") it names no issue.
"""
from __future__ import annotations

from bisect import bisect_right

from spacy.tokens import Token

LEAD_SENTENCES = 2
"""Sentences of the lead: an issue named by a verb must be said there or in the headline."""


def headline_words(title: set[str]) -> set[str]:
    """The headline's lower-cased words, with quotes and plural endings stripped too."""
    words = {w.strip("'-") for w in title}
    return words | {w[:-1] for w in words if w.endswith("s")}


def leads(mention: Token, title: set[str], starts: list[int]) -> bool:
    """Whether an act on a concept ("seize land") is what the article leads with: the verb or its
    object is in the headline (a headline word may extend it: "bank" in "banking"), or it is said
    in the first ``LEAD_SENTENCES`` sentences."""
    words = headline_words(title)
    said = {mention.lemma_.lower(), mention.head.lemma_.lower()}
    return bool(said & words) or any(w.startswith(s) for w in words for s in said if len(s) > 3) \
        or bisect_right(starts, mention.i) - 1 < LEAD_SENTENCES
