"""Choosing an article's issues among the candidates: the strongest first, near-duplicates joined
with the evidence of both, the main issue (what the headline is about) first."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from spacy.tokens import Doc, Token

from ..model import Offsets
from .issueconcepts import (
    Concept,
)
from .issuefolding import names_own_matter
from .issuelabels import (
    FRAME_NOUNS,
)
from .issuerelations import (
    TAKEOVER_GROUP,
    rival_bids,
    same_matter,
)
from .wordweights import word_informativeness

MAX_ISSUES = 6


@dataclass
class Candidate:
    score: float
    concept: Concept
    mention: Token
    phrase: list[Token]
    key: str
    evidence: list[Offsets]
    label: str

    def merge(self, other: Candidate) -> None:
        """Take ``other``'s score and evidence: the same issue said again."""
        self.score += other.score
        self.evidence += [e for e in other.evidence if e not in self.evidence]


_THRESHOLD = 0.13
"""Share of the leading issue's score an issue needs to be listed: fewer issues, never padding."""


_NAMING_MODIFIER = 4.5
"""Informativeness from which a shared modifier ("RFID tags", "RFID technology") makes two heads one issue."""

_REDUNDANT = 0.5
"""Score factor for an issue raised only in sentences already given as another issue's evidence."""


def select_issues(candidates: list[Candidate]) -> list[tuple[float, Candidate]]:
    """The distinct issues, greedily by score, as many as stand out (at most ``MAX_ISSUES``).

    A candidate whose key or head was already named is the same issue again, and merges into
    it; one discussed only in sentences already given as evidence counts for ``_REDUNDANT`` of
    its score, since it is likely another name for an issue already listed (unless a topical
    noun names its own matter, see ``restates``). An issue weaker
    than ``_THRESHOLD`` of the leading one's score is left out.
    """
    chosen: list[tuple[float, Candidate]] = []
    covered: set[Offsets] = set()
    pool = sorted(candidates, key=lambda c: (-c.score, c.mention.i))
    while pool and len(chosen) < MAX_ISSUES:
        score, best = max(
            ((c.score * (_REDUNDANT if restates(c, covered) else 1.0), c) for c in pool),
            key=lambda sc: (sc[0], -sc[1].mention.i),
        )
        pool.remove(best)
        same = next((c for _, c in chosen if _joins(c, best)), None)
        if same is not None:
            same.merge(best)
            continue
        if chosen and best.score < _THRESHOLD * chosen[0][0]:
            continue
        chosen.append((score, best))
        covered.update(best.evidence)
    final: list[tuple[float, Candidate]] = []
    for score, c in chosen:  # a merge may have grown an issue's evidence: join what now joins
        same = next((k for _, k in final if _joins(k, c)), None)
        if same is None:
            final.append((score, c))
        else:
            same.merge(c)
    return final


def restates(c: Candidate, covered: set[Offsets]) -> bool:
    """Raised only in sentences already given as evidence, and not naming a matter of its own
    with a topical noun ("privacy worries about the tags" beside "RFID tags")."""
    return covered.issuperset(c.evidence) and not names_own_matter(c.mention, c.phrase)


def _joins(kept: Candidate, other: Candidate) -> bool:
    """The merge rule: two candidates are one issue when they share a key (but rival bids for one
    target, "rival bid" and "Xstrata offer", stay apart), when the other's head
    is named in the kept label, when the other is raised only in the kept one's sentences and
    shares a common content word with it (a shared name, "EU code of conduct" beside "EU embargo",
    is not enough), or when both narrow their heads with the same word and share
    a sentence ("league games" and "league title" in one sentence), or with the same rare word
    anywhere ("RFID tags" and "RFID technology")."""
    named = {t.lemma_.lower() for t in kept.phrase} | {kept.concept.lemma}
    rivals = kept.key.startswith(TAKEOVER_GROUP + "+") and rival_bids(
        kept.mention, kept.phrase, other.mention, other.phrase
    )
    if (other.key == kept.key and not rivals) or other.concept.lemma in named:
        return True
    if any(same_matter(other.concept.lemma, n) and other.concept.lemma != n for n in named):
        return True  # "lifting the ban" beside "EU embargo on arms exports"
    if spells_out(kept.phrase, other.phrase) or spells_out(other.phrase, kept.phrase):
        return True  # "RFID tags" and "use of radio frequency ID"
    words = {t.lemma_.lower() for t in other.phrase if t.is_alpha and not t.is_stop and t.pos_ != "PROPN"}
    shell = other.mention.lemma_.lower() in FRAME_NOUNS and not any(  # "the scheme" of a kept "asylum scheme",
        t.i < other.mention.i and t.pos_ == "NOUN" and t.lemma_.lower() not in named for t in other.phrase
    )  # not "privacy worries"
    if (
        set(other.evidence) <= set(kept.evidence)
        and words & named
        and (shell or kept.mention.lemma_.lower() not in words - {other.mention.lemma_.lower()})
    ):
        return True
    acting = _acting_names(kept.mention.doc)
    shared = _modifiers(kept, acting) & _modifiers(other, acting)
    if not set(other.evidence) & set(kept.evidence):  # apart, only a rare word names one thing: "RFID"
        return any(word_informativeness(w) >= _NAMING_MODIFIER for w in shared)
    return bool(shared)


def spells_out(short: list[Token], long: list[Token]) -> bool:
    """Whether an acronym of ``short`` ("RFID", or "CDOs" in the plural) is spelled out by consecutive
    words of ``long`` ("radio frequency ID", "collateralized debt obligation"): their initials, or the
    whole of a word in capitals, make the acronym."""
    stems = (t.text.removesuffix("s") for t in short if t.is_alpha)
    acronyms = {w.lower() for w in stems if len(w) > 1 and w.isupper()}
    parts = [t.lower_ if t.is_upper else t.lower_[0] for t in long if t.is_alpha]
    return any("".join(parts[i:j]) in acronyms for i in range(len(parts)) for j in range(i + 2, len(parts) + 1))


@lru_cache(maxsize=4)
def _acting_names(doc: Doc) -> frozenset[str]:
    """Lemmas of the names that are the subject of a verb somewhere in ``doc``: parties that act."""
    return frozenset(t.lemma_.lower() for t in doc if t.dep_ == "nsubj" and (t.pos_ == "PROPN" or t.ent_type_))


def _modifiers(c: Candidate, acting: frozenset[str]) -> set[str]:
    """Content words narrowing a candidate's head: "league" in "league games", "RFID" in "RFID chips"
    and "RFID tags"; not the name of a party that acts in the article: its act ("EU embargo") is
    not its other matters ("EU code of conduct"); nor a possessor, which says whose ("China's crackdown"),
    not which kind."""
    return {
        t.lemma_.lower()
        for t in c.phrase
        if t is not c.mention
        and t.is_alpha
        and not t.is_stop
        and t.pos_ in {"NOUN", "PROPN", "ADJ"}
        and t.dep_ != "poss"
        and t.lemma_.lower() not in acting
    } - {c.mention.lemma_.lower()}


def main_first(chosen: list[tuple[float, Candidate]], title: set[str]) -> list[tuple[float, Candidate]]:
    """The issue the headline is about first, the rest by score.

    The main issue has the highest score (which already favours the lead) times one plus the
    number of its words that the headline uses.
    """
    title = {w.strip("'-") for w in title}
    title |= {w[:-1] for w in title if w.endswith("s")}

    def main(sc: tuple[float, Candidate]) -> float:
        c = sc[1]
        words = {t.lemma_.lower() for t in (*c.phrase, *c.concept.mentions) if t.is_alpha and not t.is_stop}
        words |= {t.lower_ for t in (*c.phrase, *c.concept.mentions)}
        return sc[0] * (1 + len(words & title) + (c.key in title))

    if not chosen:
        return chosen
    top = max(chosen, key=main)
    return [top, *(sc for sc in chosen if sc is not top)]
