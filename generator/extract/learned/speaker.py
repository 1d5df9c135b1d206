"""Who said it: a learned choice among the rules' speaker and the actors named around the cue.

Candidates are the rules' speaker and every person, organisation or group mentioned outside
quotation marks in the cue's sentence or in the sentence before. A logistic model scores each; the
best replaces the rules' speaker only when it scores higher.
"""

from __future__ import annotations

import bisect
import math

from spacy.tokens import Token

from ...model import Actor, Offsets
from .. import quotes as q
from ..cuesyntax import as_saying
from ..speakers import Speaker
from .lexicon import people, speaking_things

_KINDS = ("person", "organization", "group")
_PRONOUNS = frozenset(["he", "she", "they", "it", "we", "i", "you", "him", "her", "them"])


def _bucket(n: int) -> str:
    for edge in (0, 2, 5, 10, 20, 40):
        if n <= edge:
            return f"<={edge}"
    return ">40"


def _rule_features(ex: q._Extractor, spk: Speaker | None, cue: Token | None) -> dict[str, float]:
    f = {"bias": 1.0, "origin:rule": 1.0}
    if spk is None:
        f["rule:none"] = 1.0
        return f
    tok = ex.token_at(spk.span[1] - 1)
    if cue is not None and tok.head.i == cue.i:
        f[f"rule-child:{tok.dep_}"] = 1.0  # the parse ties it to the cue: "X said", "X's claim"
    actor = ex.resolver.table.by_name(spk.name)
    f["rule:actor" if actor is not None else "rule:phrase"] = 1.0
    if actor is not None:
        f[f"rule-kind:{actor.kind}"] = 1.0
    elif spk.name[:1].islower():
        f["rule:lower"] = 1.0
        f[f"rule-head:{spk.name.split()[-1].lower()}"] = 1.0
        lemma = tok.lemma_.lower()  # a text that speaks ("the report"), people ("analysts") or neither
        f["rule:text" if lemma in speaking_things() else "rule:people" if lemma in people() else "rule:thing"] = 1.0
    if ex.text[spk.span[0] : spk.span[1]].lower() in _PRONOUNS:
        f["rule:pronoun"] = 1.0
    return f


def _mention_head(ex: q._Extractor, mention: Offsets) -> Token:
    """The token a mention's words hang from ("Mae" of "Fannie Mae")."""
    tok = ex.token_at(mention[1] - 1)
    while tok.dep_ in ("compound", "flat") and tok.head != tok:
        tok = tok.head
    return tok


def _mention_features(
    ex: q._Extractor, actor: Actor, mention: Offsets, cue: Token, rule: Speaker | None
) -> dict[str, float]:
    tok = _mention_head(ex, mention)
    dist = abs(tok.i - cue.i)
    f = {
        "bias": 1.0,
        "origin:mention": 1.0,
        f"dep:{tok.dep_}": 1.0,
        f"kind:{actor.kind}": 1.0,
        f"dist:{_bucket(dist)}": 1.0,
        "dist:log": math.log1p(dist),
        "side:before" if tok.i < cue.i else "side:after": 1.0,
        "same-sent": float(ex.sentence(tok).start == ex.sentence(cue).start),
    }
    if tok.head.i == cue.i:
        f[f"cue-child:{tok.dep_}"] = 1.0
    if rule is not None and ex.resolver.table.by_name(rule.name) is None:
        f["vs-phrase"] = 1.0
    if rule is None:
        f["vs-none"] = 1.0
    return f


def _names_a_post(ex: q._Extractor, mention: Offsets) -> bool:
    """Whether a mention only names the post of the person it stands before ("UK Independence Party leader
    Roger Knapman", "Commission for Racial Equality chief Trevor Phillips"): he speaks, not the body."""
    tok = ex.token_at(mention[1] - 1)
    while tok.dep_ in ("compound", "flat", "pobj", "prep") and tok.head != tok and tok.ent_type_ != "PERSON":
        tok = tok.head
    return tok.ent_type_ == "PERSON" and not mention[0] <= tok.idx < mention[1]


def _described(ex: q._Extractor, mention: Offsets, cue: Token) -> bool:
    """Whether a mention is the subject of a passive cue that does not report its words: what is
    described or criticised ("Hailstorm was criticised by privacy campaigners"), not who speaks."""
    tok = _mention_head(ex, mention)
    return tok.dep_ == "nsubjpass" and tok.head.i == cue.i and not as_saying(cue)


def speaker_candidates(
    ex: q._Extractor, span: Offsets, cue: Token | None, rule: Speaker | None
) -> list[tuple[Speaker | None, dict[str, float]]]:
    """The rules' speaker first, then each actor named near the cue, with their features."""
    out: list[tuple[Speaker | None, dict[str, float]]] = [(rule, _rule_features(ex, rule, cue))]
    if cue is None:
        return out
    sent = ex.sentence(cue)
    k = bisect.bisect_right(ex.sent_starts, cue.idx) - 1
    lo = ex.sents[max(0, k - 1)].start_char
    seen = {rule.name} if rule is not None else set()
    phrase = rule.span if rule is not None else (0, 0)  # "Nordic Council members": not the council
    for actor in ex.resolver.table.actors:
        if actor.kind not in _KINDS or actor.name in seen:
            continue
        near = [
            m
            for m in actor.mentions
            if lo <= m[0] < sent.end_char
            and not (span[0] <= m[0] < span[1] or phrase[0] <= m[0] < phrase[1])
            and ex.region_at(m[0]) is None
            and not _names_a_post(ex, m)
            and not _described(ex, m, cue)
        ]
        if near:
            m = min(near, key=lambda m: abs(m[0] - cue.idx))
            seen.add(actor.name)
            out.append((Speaker(actor.name, m, actor.role), _mention_features(ex, actor, m, cue, rule)))
    return out


def choose(cands: list[tuple[Speaker | None, dict[str, float]]], coef: dict[str, float]) -> Speaker | None:
    """The best-scoring candidate (the rules' speaker on a tie)."""

    def score(f: dict[str, float]) -> float:
        return sum(coef.get(k, 0.0) * v for k, v in f.items())

    best = max(range(len(cands)), key=lambda i: (score(cands[i][1]), -i))
    return cands[best][0]


def _conjuncts(tok: Token) -> list[Token]:
    """``tok`` and the names joined to it ("Carper, Feinstein, Leahy and Cardin")."""
    out = [tok]
    while True:
        nxt = next((c for c in out[-1].children if c.dep_ in ("conj", "appos") and c.pos_ == "PROPN"), None)
        if nxt is None or len(out) > 8:
            return out if any(t.dep_ == "conj" for t in out) else [tok]
        out.append(nxt)


def group_speaker(ex: q._Extractor, cue: Token | None, found: Speaker | None) -> Speaker | None:
    """A list of speakers kept as one group ("Senators Carper, Feinstein and Cardin said", "Both Labour and the
    Conservatives have said", "Britain and France said"), when the cue's subject is such a list of named actors;
    else ``found``."""
    subj = q._subject(cue) if cue is not None and cue.pos_ in ("VERB", "AUX") else None
    if subj is None or subj.pos_ != "PROPN":
        return found
    members = _conjuncts(subj)
    if len(members) < 2:
        return found
    actors = [ex.resolver.table.at(m.idx, m.idx + len(m)) for m in members]
    if any(a is None or a.kind not in ("person", "organization", "group", "country") for a in actors):
        return found  # "Carper, Senator" or an unnamed list: not a group of named speakers
    names = [a.name for a in actors if a is not None]
    if len(set(names)) < len(names):
        return found
    end = members[-1]
    return Speaker(", ".join(names[:-1]) + " and " + names[-1], (subj.idx, end.idx + len(end)), None)
