"""Roles the rules miss, from what follows a person's name: party and state labels ("Jane Doe
(D-Mass.)", "Bob Roe, R-Tenn.,") and "who heads ..." clauses ("Luis Rubio, who heads the Center")."""
from __future__ import annotations

import re

from spacy.tokens import Token

from .. import quotes as q
from ..actors import ActorTable
from ..speakers import Speaker

PARTIES = {"D": "Democrat", "R": "Republican", "I": "Independent"}
_LABEL = re.compile(r"\s*(?:\(|,\s*)([DRI])-([A-Z][A-Za-z.]*(?:\s[A-Z][A-Za-z.]*)?)(?:\)|,)")
_HEADS = {"heads": "head", "leads": "leader", "chairs": "chair", "runs": "head", "directs": "director",
          "founded": "founder", "led": "former leader", "headed": "former head"}
_WHO = re.compile(r",\s*who\s+(" + "|".join(_HEADS) + r")\s+((?:the\s+)?[A-Z][^,.;:()]{2,80}?)(?=[,.;:()]|\s+(?:and|but)\s)")


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


TITLE_NOUNS = frozenset((
    "ambassador", "candidate", "chairman", "chairwoman", "chair", "chancellor", "commissioner", "director",
    "executive", "general", "governor", "leader", "manager", "mayor", "minister", "nominee", "premier",
    "president", "secretary", "senator", "spokesman", "spokeswoman", "spokesperson", "treasurer",
))
"""Head nouns of a description that is a person's role ("the prime minister said")."""


def role_from_description(ex: q._Extractor, cue: Token | None, speaker: Speaker | None) -> Speaker | None:
    """When the cue's subject is a definite title ("the prime minister") resolved to a person who has no
    role yet, that title becomes the person's role ("Mr Blair ... the prime minister said")."""
    subj = q._subject(cue) if cue is not None and cue.pos_ in ("VERB", "AUX") else None
    if speaker is None or subj is None or subj.pos_ not in ("NOUN", "PROPN") or \
            subj.lower_ not in TITLE_NOUNS or not any(c.dep_ == "det" and c.lower_ == "the" for c in subj.lefts):
        return speaker
    actor = ex.resolver.table.by_name(speaker.name)
    if actor is None and subj.pos_ == "PROPN":  # "The Prime Minister said": the person last named
        actor = ex.resolver._recent(subj.idx, ("person",))
    if actor is None or actor.kind != "person":
        return speaker
    if actor.role:
        return Speaker(actor.name, speaker.span, actor.role)
    start = min((c.idx for c in subj.lefts if c.dep_ in ("compound", "amod")), default=subj.idx)
    actor.role = ex.text[start:subj.idx + len(subj)]
    return Speaker(actor.name, speaker.span, actor.role)
