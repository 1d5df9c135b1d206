"""Which common nouns name people, and which name a text or finding that speaks: counted over a parsed
corpus (PolNeAR train).

A noun names people when the corpus uses it often (``MIN_COUNT``) and a good share of its uses as a
person (``MIN_PERSON_SHARE``: a "who" clause on it, "the analysts who ...", or a person's name apposed,
"analyst Jo Roe"): "they say" after "analysts have raised concerns" are the analysts. A noun speaks for
itself when it is used often, hardly ever as a person (under ``MAX_PERSON_SHARE``) and often as the
subject of a speech or belief verb (``MIN_SPEAKER_SHARE``: "the survey found"): "the report said" is no
person named before, while "the striker said" is; "the move" as the subject of "saying" is a parse error,
whose speaker is better guessed as the person just named. Agent nouns and titles are never such texts.
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Iterable
from pathlib import Path

from spacy.tokens import Doc, Token

from ..extract.cuesyntax import BELIEF_VERBS, SPEECH_VERBS
from ..extract.roles import TITLE_NOUNS
from ..extract.wordweights import is_agent_noun

MIN_COUNT = 20
"""Uses a noun needs in the corpus before its counts say anything."""
MIN_PERSON_SHARE = 0.05
"""Share of a people noun's uses that read as a person ("voter" 0.06, "company" 0.03)."""
MAX_PERSON_SHARE = 0.01
"""Share of a text noun's uses that may read as a person (parse and NER errors)."""
MIN_SPEAKER_SHARE = 0.04
"""Share of a text noun's uses as the subject of a speech or belief verb ("report" 0.14, "move" 0.01)."""
MIN_SPEAKER_USES = 3
"""Uses as such a subject a text noun needs at least (one or two may be parse errors)."""
_WHO = frozenset({"who", "whom", "whose"})
_CUES = SPEECH_VERBS | BELIEF_VERBS


def _as_person(tok: Token) -> bool:
    """Whether this use of a noun reads as a person: a "who" clause on it, or a person's name apposed."""
    for child in tok.children:
        if child.dep_ == "relcl" and any(g.lower_ in _WHO for g in child.children):
            return True
        if child.dep_ in ("appos", "compound") and child.ent_type_ == "PERSON":
            return True
    return tok.dep_ in ("appos", "compound") and tok.head.ent_type_ == "PERSON"


def count(docs: Iterable[Doc]) -> dict[str, list[str]]:
    """The lemmas of common nouns that name people and of those that name texts that speak, sorted."""
    uses: Counter[str] = Counter()
    people: Counter[str] = Counter()
    speakers: Counter[str] = Counter()
    for doc in docs:
        for tok in doc:
            if tok.pos_ == "NOUN" and tok.is_lower and tok.is_alpha:  # not a name the tagger took for a noun
                lemma = tok.lemma_.lower()
                uses[lemma] += 1
                people[lemma] += _as_person(tok)
                speakers[lemma] += tok.dep_ == "nsubj" and tok.head.lemma_.lower() in _CUES
    often = [w for w, n in sorted(uses.items()) if n >= MIN_COUNT]
    return {
        "people": [w for w in often if people[w] >= MIN_PERSON_SHARE * uses[w]],
        "speaking_things": [
            w
            for w in often
            if people[w] < MAX_PERSON_SHARE * uses[w]
            and speakers[w] >= max(MIN_SPEAKER_USES, MIN_SPEAKER_SHARE * uses[w])
            and not is_agent_noun(w)
            and w not in TITLE_NOUNS
        ],
    }


def write(docs: Iterable[Doc], path: Path) -> dict[str, list[str]]:
    """Count over ``docs`` and write both lists to ``path`` (the file ``extract.learned.lexicon`` reads)."""
    nouns = count(docs)
    path.write_text(json.dumps(nouns, indent=0) + "\n", encoding="utf-8")
    return nouns
