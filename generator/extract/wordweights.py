"""How much a word says, from its frequency in general English (``wordfreq``): the measures that
issue extraction weighs words and adjectives by."""

from __future__ import annotations

import re
from functools import lru_cache

from wordfreq import zipf_frequency

from .learned.lexicon import people

_CEILING = 8.0
"""Zipf frequency at which a word carries no information (function words sit near 7-8)."""
_INFO_CAP = 5.0
"""Rare words count no more than this, so one odd word cannot make an issue."""
_GRADABLE_GAP = 0.8
"""An adjective whose manner adverb ("seriously") is nearly as common as itself grades a
quality ("serious concerns"); a classifying one ("military", "nuclear") rarely makes an adverb."""
_COMPARATIVE = 3.5
"""Zipf frequency from which a synthetic comparative ("smoother", "bigger") marks a gradable adjective."""
_DETERMINER_LIKE = 5.2
"""Zipf frequency above which an adjective with no adverb ("other", "same", "past") only picks out referents."""
_NO_ADVERB = 2.0
"""Zipf frequency below which a derived adverb is taken as unattested ("severally", "samely")."""
_AGENT_SUFFIXES = ("er", "or", "ist", "ee")
_QUANTIFIERS = frozenset({"several", "many", "few", "numerous", "various", "multiple", "countless", "certain"})
"""Adjectives that count or pick out referents, as determiners do ("several teenagers")."""
COMPARING = frozenset({"similar", "different", "comparable", "identical", "equivalent", "analogous", "existing"})
"""Adjectives that point to another referent ("a similar thing", "existing restaurants"): which, not what about."""
# fmt: off
PERSON_NOUNS = frozenset({
    "woman", "man", "child", "people", "citizen", "resident", "family", "victim", "fan", "official", "champion",
    "witness", "expert", "critic", "minister", "colleague", "friend", "rival", "ally", "communist", "villain",
    "prince", "princess", "king", "queen", "hero", "star", "guest", "partner", "dean", "chairman", "chairwoman",
    "president", "chief", "head", "spokesman", "spokeswoman", "member", "user", "youngster",
    "mother", "father", "son", "daughter", "wife", "husband", "patient", "suspect", "defendant", "athlete",
    "actress", "comedian", "captain", "coach", "doctor", "nurse", "umpire", "rookie", "debutant", "legend", "veteran",
    "assistant", "barrister", "cardinal", "entrepreneur", "administrator", "student", "soldier"
})
# fmt: on
"""Nouns for people by sex, age, role or relation rather than by what they do (agent nouns
such as "worker" are told by their suffix, see ``is_agent_noun``)."""
# fmt: off
_EVENT_ER = frozenset({
    "merger", "takeover", "waiver", "disclaimer", "reminder", "blunder", "offer", "order", "answer", "murder",
    "transfer", "encounter", "shower", "thriller"
})
# fmt: on
"""Nouns in -er that name an event or a thing, not whoever does it ("merger", "waiver")."""


@lru_cache(maxsize=1 << 16)
def word_informativeness(word: str) -> float:
    """How much a word says about a topic: 0 for the commonest words, up to 8 for rare ones."""
    return min(_INFO_CAP, max(0.0, _CEILING - zipf_frequency(word, "en")))


def _adverb(adjective: str) -> str:
    """The manner adverb English derives from an adjective: "serious" -> "seriously", "good" -> "well"."""
    if adjective == "good":
        return "well"
    if adjective.endswith("ic"):
        return adjective + "ally"
    if adjective.endswith("le"):
        return adjective[:-1] + "y"
    if adjective.endswith("y"):
        return adjective[:-1] + "ily"
    return adjective + ("y" if adjective.endswith("ll") else "ly")


def _comparative(adjective: str) -> str:
    """The synthetic comparative: "smooth" -> "smoother", "big" -> "bigger", "safe" -> "safer"."""
    if adjective.endswith("e"):
        return adjective + "r"
    if adjective.endswith("y"):
        return adjective[:-1] + "ier"
    if re.fullmatch(r".*[^aeiou][aeiou][bdgmnpt]", adjective):
        return adjective + adjective[-1] + "er"
    return adjective + "er"


@lru_cache(maxsize=1 << 14)
def is_evaluative(adjective: str) -> bool:
    """Whether an adjective grades or picks out rather than classifies ("serious", "other" vs "military").

    Gradable adjectives form manner adverbs about as common as themselves or synthetic
    comparatives; very common adjectives with no adverb at all are determiner-like.
    """
    word = adjective.lower()
    if word in _QUANTIFIERS or word in COMPARING:
        return True
    if "-" in word or not word.isalpha():
        return False
    if any(
        _comparative(stem) == word and zipf_frequency(stem, "en") >= _COMPARATIVE
        for stem in (word[:-2], word[:-1], word[:-3], word[:-3] + "y")
    ):
        return True  # a comparative tagged as a plain adjective: "smoother ties"
    own = zipf_frequency(word, "en")
    adverb = zipf_frequency(_adverb(word), "en")
    if adverb >= own - _GRADABLE_GAP or zipf_frequency(_comparative(word), "en") >= _COMPARATIVE:
        return True
    return own >= _DETERMINER_LIKE and adverb < _NO_ADVERB


def adverb_gap(adjective: str) -> float:
    """How much rarer (in Zipf units) an adjective's manner adverb is than itself: near 0 for a
    quality ("basic", "basically"), more for a classifier used as a domain adverb ("sexual", "sexually")."""
    word = adjective.lower()
    return zipf_frequency(word, "en") - zipf_frequency(_adverb(word), "en")


_QUALITY_GAP = 1.5
"""A common adjective whose manner adverb is at most this much rarer grades a quality ("bad", "badly");
one that seldom makes an adverb ("free", "freely") classifies ("free speech")."""
_QUALITY_INFO = 3.0
"""Informativeness below which an adjective is too common to name a matter by grading it."""


@lru_cache(maxsize=1 << 14)
def is_common_quality(adjective: str) -> bool:
    """A common adjective of quality ("bad job", "important work", "positive news"): it grades the
    noun and does not say which matter; rarer ones ("exorbitant salaries") say something."""
    word = adjective.lower()
    if not word.isalpha() or word_informativeness(word) >= _QUALITY_INFO:
        return False
    return zipf_frequency(_adverb(word), "en") >= zipf_frequency(word, "en") - _QUALITY_GAP


_COMPOUND_PART = 3.5
"""Zipf frequency each part of a closed compound needs ("share" + "holder")."""


def is_person_noun(lemma: str) -> bool:
    """A common noun for a person: listed (``PERSON_NOUNS``), learned from the training corpus, or an agent noun."""
    return lemma in PERSON_NOUNS or lemma in people() or is_agent_noun(lemma)


@lru_cache(maxsize=1 << 14)
def is_agent_noun(lemma: str) -> bool:
    """A noun naming whoever does or undergoes a verb: "worker", "programmer", "nominee", or a
    closed compound ending in one: "shareholder", "policymaker"."""
    if lemma in _EVENT_ER:
        return False
    if _is_simple_agent(lemma):
        return True
    return any(
        zipf_frequency(lemma[:n], "en") >= _COMPOUND_PART
        and zipf_frequency(lemma[n:], "en") >= _COMPOUND_PART
        and _is_simple_agent(lemma[n:])
        for n in range(3, len(lemma) - 4)
    )


def _is_simple_agent(lemma: str) -> bool:
    for suffix in _AGENT_SUFFIXES:
        if lemma.endswith(suffix) and len(lemma) > len(suffix) + 2:
            stem = lemma[: -len(suffix)]
            stems = {stem, stem + "e", stem + "ate", stem[:-1] if stem[-1:] == stem[-2:-1] else stem}
            if max(zipf_frequency(w, "en") for w in stems) >= 3.5:
                return True
    return False
