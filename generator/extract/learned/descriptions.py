"""Roles the rules miss, from what follows a person's name: party and state labels ("Jane Doe
(D-Mass.)", "Bob Roe, R-Tenn.,") and "who heads ..." clauses ("Luis Rubio, who heads the Center")."""

from __future__ import annotations

import re

from spacy.tokens import Doc, Token

from ...model import Actor
from .. import quotes as q
from ..actors import ActorTable
from ..nlp import text_of
from ..roles import TITLE_NOUNS
from ..speakers import Speaker

PARTIES = {"D": "Democrat", "R": "Republican", "I": "Independent"}
_LABEL = re.compile(r"\s*(?:\(|,\s*)([DRI])-([A-Z][A-Za-z.]*(?:\s[A-Z][A-Za-z.]*)?)(?:\)|,)")
_HEADS = {
    "heads": "head",
    "leads": "leader",
    "chairs": "chair",
    "runs": "head",
    "directs": "director",
    "founded": "founder",
    "led": "former leader",
    "headed": "former head",
}
_WHO = re.compile(
    r",\s*who\s+(" + "|".join(_HEADS) + r")\s+((?:the\s+)?[A-Z][^,.;:()]{2,80}?)(?=[,.;:()]|\s+(?:and|but)\s)"
)


def add_roles(table: ActorTable, text: str) -> None:
    """Add the first party label after a person's mention to its role ("Senator (Democrat, Mass.)"), and
    give a person without a role the first "who heads" clause after a mention."""
    for actor in table.actors:
        if actor.kind != "person":
            continue
        for _, end in actor.mentions:
            label = _LABEL.match(text, end)
            if label:
                party = f"{PARTIES[label.group(1)]}, {label.group(2)}"
                actor.role = f"{actor.role} ({party})" if actor.role else party
                break
            who = None if actor.role else _WHO.match(text, end)
            if who:
                actor.role = f"{_HEADS[who.group(1)]} of {who.group(2).strip()}"
                break


def role_from_description(ex: q._Extractor, cue: Token | None, speaker: Speaker | None) -> Speaker | None:
    """When the cue's subject is a definite title ("the prime minister") resolved to a person who has no
    role yet, that title becomes the person's role ("Mr Blair ... the prime minister said")."""
    subj = q._subject(cue) if cue is not None and cue.pos_ in ("VERB", "AUX") else None
    if (
        speaker is None
        or subj is None
        or subj.pos_ not in ("NOUN", "PROPN")
        or subj.lower_ not in TITLE_NOUNS
        or not any(c.dep_ == "det" and c.lower_ == "the" for c in subj.lefts)
    ):
        return speaker
    actor = ex.resolver.table.by_name(speaker.name)
    if actor is None and subj.pos_ == "PROPN" and not _a_body(subj):  # "The Prime Minister said"
        actor = ex.resolver._recent(subj.idx, ("person",))
    if actor is None or actor.kind != "person":
        return speaker
    if actor.role:
        return Speaker(actor.name, speaker.span, actor.role)
    start = min((c.idx for c in subj.lefts if c.dep_ in ("compound", "amod")), default=subj.idx)
    actor.role = ex.text[start : subj.idx + len(subj)]
    return Speaker(actor.name, speaker.span, actor.role)


def _a_body(title: Token) -> bool:
    """Whether a capitalised "Executive" names a government ("the Scottish Executive"), not a chief executive."""
    return title.lower_ == "executive" and not any(c.lower_ == "chief" for c in title.lefts)


_REACH = 2000
"""Characters before a description within which the person it stands for must be named."""
_AHEAD = 400
"""Characters after a description that opens an article within which the person may be named."""


def _title_text(tok: Token) -> str:
    start = min((c.left_edge.idx for c in tok.lefts if c.dep_ in ("compound", "amod")), default=tok.idx)
    return text_of(tok.doc)[start : tok.idx + len(tok)]


def add_description_roles(table: ActorTable, doc: Doc) -> None:
    """A definite title standing as a subject ("the prime minister has become ...", "the Belgian sports
    minister says ...") is the role of the person it refers to, when that person has none: the person
    last named as a subject before it, or, with nobody named before, the first person named after it. Not when a
    person is the subject of a clause that holds it: "Vince Cable said the chancellor had failed" is another."""
    persons = sorted((m[0], m[1], a) for a in table.actors if a.kind == "person" for m in a.mentions)
    if not persons:
        return
    for tok in doc:
        if (
            tok.lower_ not in TITLE_NOUNS
            or tok.dep_ not in ("nsubj", "nsubjpass")
            or tok.tag_ != "NN"
            or not any(c.dep_ == "det" and c.lower_ == "the" for c in tok.lefts)
        ):
            continue
        inside = {t.idx for t in tok.subtree}
        saying = [c.idx for v in tok.ancestors for c in v.children if c.dep_ in ("nsubj", "nsubjpass")]
        if any(s <= i < e for s, e, _ in persons for i in saying):
            continue  # "Vince Cable said the chancellor had failed": someone else, not told who
        before = [(s, a) for s, e, a in persons if tok.idx - _REACH <= s < tok.idx and s not in inside]
        actor: Actor | None = None
        if before:
            subjects = [(s, a) for s, a in before if _is_subject(doc, s)]
            named, actor = (subjects or before)[-1]
            if _introduced(tok, named):
                continue
        elif not any(s < tok.idx for s, _, _ in persons):
            actor = next((a for s, e, a in persons if tok.idx < s <= tok.idx + _AHEAD and s not in inside), None)
        if actor is not None and not actor.role:
            actor.role = _title_text(tok)
    _name_the_organisation(table)


_THE_ORG = re.compile(r"\b(of|at|for) the (organisation|organization|group|company|firm|body|charity|campaign)\b")


def _name_the_organisation(table: ActorTable) -> None:
    """ "chairman of the organisation" names the organisation last mentioned before the person:
    "chairman of Migration Watch"."""
    orgs = sorted((m[0], a.name) for a in table.actors if a.kind == "organization" for m in a.mentions)
    for actor in table.actors:
        match = _THE_ORG.search(actor.role or "") if actor.kind == "person" and actor.mentions else None
        if match is None or actor.role is None:
            continue
        first = actor.mentions[0][0]
        before = [name for s, name in orgs if s < first]
        if before:
            actor.role = actor.role[: match.start()] + f"{match.group(1)} {before[-1]}" + actor.role[match.end() :]


def _introduced(title: Token, since: int) -> bool:
    """Whether the article brought in someone unnamed with ``title``'s noun after ``since`` ("Laura Brownlees
    said ... A spokesman for the Home Office said ... said the spokesman"): the title is that person's."""
    lemma = title.lemma_.lower()
    return any(
        t.lemma_.lower() == lemma and any(c.dep_ == "det" and c.lower_ in ("a", "an", "another") for c in t.children)
        for t in title.doc[: title.i]
        if t.idx > since
    )


def _is_subject(doc: Doc, start: int) -> bool:
    span = doc.char_span(start, start + 1, alignment_mode="expand")
    if span is None or not len(span):
        return False
    tok = span[0]
    while tok.dep_ in ("compound", "flat") and tok.head != tok:
        tok = tok.head
    return tok.dep_ in ("nsubj", "nsubjpass")
