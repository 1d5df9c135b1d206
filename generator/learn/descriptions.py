"""Roles the rules miss, from what follows a person's name: party and state labels ("Jane Doe
(D-Mass.)", "Bob Roe, R-Tenn.,") and "who heads ..." clauses ("Luis Rubio, who heads the Center")."""
from __future__ import annotations

import re

from ..actors import ActorTable

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
