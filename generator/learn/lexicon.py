"""Which common nouns name people, and which name something that speaks for itself and is never a person:
counted over a parsed corpus (PolNeAR train).

A noun names people when the corpus uses it often (``MIN_COUNT``) and a good share of those uses, at least
``MIN_PERSON_USES`` of them, as a person (``MIN_PERSON_SHARE``): a "who" clause on it ("the analysts who
..."), a person's name apposed to it ("Jo Roe, the analyst") or it before a person's name ("analyst Jo Roe").
"They say" after "analysts have raised concerns" are the analysts. A noun speaks for itself when it is used
often, hardly ever as a person (under ``MAX_PERSON_SHARE``) and often as the subject of a speech or belief
verb (``MIN_SPEAKER_SHARE``): a text, a finding or a share of people ("the survey found", "a third said").
"The report said" is no person named before, while "the striker said" is; "the move" as the subject of
"saying" is a parse error, whose speaker is better guessed as the person just named. Institution nouns
have rules of their own and are on neither list; agent nouns and titles are never things that speak.
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Iterable
from pathlib import Path
from typing import IO

from spacy.tokens import Doc, Token

from ..extract.cuesyntax import BELIEF_VERBS, SPEECH_VERBS
from ..extract.learned.lexicon import lists
from ..extract.roles import INSTITUTION_NOUNS, TITLE_NOUNS
from ..extract.wordweights import is_agent_noun
from ..store.atomic import write_atomic

MIN_COUNT = 20
"""Uses a noun needs in the corpus before its counts say anything."""
MIN_PERSON_SHARE = 0.05
"""Share of a people noun's uses that read as a person ("voter" 0.06, "company" 0.03)."""
MIN_PERSON_USES = 2
"""Uses as a person a people noun needs at least (one or two may be parse or NER errors)."""
MAX_PERSON_SHARE = 0.01
"""Share of a noun that speaks for itself whose uses may read as a person (parse and NER errors)."""
MIN_SPEAKER_SHARE = 0.04
"""Share of such a noun's uses as the subject of a speech or belief verb ("report" 0.14, "move" 0.01)."""
MIN_SPEAKER_USES = 3
"""Uses as such a subject a noun that speaks for itself needs at least."""
_WHO = frozenset({"who", "whom", "whose"})
_CUES = SPEECH_VERBS | BELIEF_VERBS


def _as_person(tok: Token) -> bool:
    """Whether this use of a noun reads as a person: a "who" clause on it, a person's name apposed to it, or
    it before a person's name ("analyst Jo Roe"; not "the Clinton campaign", where the name narrows it)."""
    for child in tok.children:
        if child.dep_ == "relcl" and any(g.lower_ in _WHO for g in child.children):
            return True
        if child.dep_ == "appos" and child.ent_type_ == "PERSON":
            return True
    return tok.dep_ in ("appos", "compound") and tok.head.ent_type_ == "PERSON"


def _word(tok: Token) -> bool:
    """A common noun written as a word of its own: not a name the tagger took for a noun, a stop word ("one"),
    nor part of a hyphenated word ("co" of "co-pilot", "up" of "runner-up")."""
    doc = tok.doc
    hyphen = (tok.i > 0 and doc[tok.i - 1].text == "-") or (tok.i + 1 < len(doc) and doc[tok.i + 1].text == "-")
    stop = doc.vocab[tok.lemma_.lower()].is_stop  # "ones" too
    return tok.pos_ == "NOUN" and tok.is_lower and tok.is_alpha and not stop and not hyphen


def count(docs: Iterable[Doc]) -> dict[str, list[str]]:
    """The lemmas of common nouns that name people and of those that speak for themselves, sorted."""
    uses: Counter[str] = Counter()
    people: Counter[str] = Counter()
    speakers: Counter[str] = Counter()
    for doc in docs:
        for tok in filter(_word, doc):
            lemma = tok.lemma_.lower()
            uses[lemma] += 1
            people[lemma] += _as_person(tok)
            speakers[lemma] += tok.dep_ == "nsubj" and tok.head.lemma_.lower() in _CUES
    often = [w for w, n in sorted(uses.items()) if n >= MIN_COUNT and w not in INSTITUTION_NOUNS]
    return {
        "people": [w for w in often if people[w] >= max(MIN_PERSON_USES, MIN_PERSON_SHARE * uses[w])],
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

    def dump(out: IO[str]) -> None:
        out.write(json.dumps(nouns, indent=0) + "\n")

    write_atomic(path, dump)
    lists.cache_clear()
    return nouns
