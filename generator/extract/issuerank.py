"""Which candidate issues an article leads with: the headline and the lead sentences.

An issue named only by a verb ("Seizing land") is kept when the article leads with it; said in
passing later ("securing models", "proving a challenge") it names no issue.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Callable, Iterable

from spacy.tokens import Doc, Token

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
    return (
        bool(said & words)
        or any(w.startswith(s) for w in words for s in said if len(s) > 3)
        or bisect_right(starts, mention.i) - 1 < LEAD_SENTENCES
    )


_STEM = 5
"""Letters a label's adjective and a headline noun share when one is made from the other ("racis")."""
_HEADLINE_TOPIC = 3.5
"""Informativeness from which a headline noun names a topic by itself ("racism", not "politics")."""


def headline_topic(phrase: Iterable[Token], title: set[str], info: Callable[[str], float]) -> str | None:
    """The headline noun an adjective of the label is made from: "racism" for "Racist chanting" under
    "Spain coach faces racism inquiry". The matter the headline names keys the issue across
    articles, however each article words it ("racist remarks", "racist abuse")."""
    words = headline_words(title)
    for tok in phrase:
        if tok.pos_ != "ADJ" or len(tok.lower_) < _STEM:
            continue
        for word in sorted(words):
            if word != tok.lower_ and word[:_STEM] == tok.lower_[:_STEM] and info(word) >= _HEADLINE_TOPIC:
                return word
    return None


def returns_to(lemma: str, doc: Doc) -> bool:
    """Whether the article says a matter more than once, in any form ("apology", "apologise"):
    a topic acted on only in passing ("announcing the verdict") is no issue of its own."""
    stem = lemma[:_STEM]
    return sum(t.lower_.startswith(stem) for t in doc) > 1
