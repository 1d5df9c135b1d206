"""Quotes: direct, indirect and mixed speech, each with its speaker and cue verb."""
from __future__ import annotations

from spacy.tokens import Doc

from .actors import ActorTable
from .model import Article, Quote


def extract_quotes(doc: Doc, article: Article, table: ActorTable) -> list[Quote]:
    """Every attributed statement in ``doc``, in text order."""
    out: list[Quote] = []
    for tok in doc:
        if tok.lemma_ in {"say", "tell"} and tok.pos_ == "VERB":
            subj = next((c for c in tok.children if c.dep_ == "nsubj"), None)
            comp = next((c for c in tok.children if c.dep_ in {"ccomp", "xcomp"}), None)
            if subj is None or comp is None:
                continue
            sub = list(comp.subtree)
            start, end = sub[0].idx, sub[-1].idx + len(sub[-1])
            actor = table.at(subj.idx, subj.idx + len(subj))
            out.append(Quote(speaker=actor.name if actor else subj.text, text=doc.text[start:end],
                             kind="indirect", span=(start, end), cue=tok.text))
    return out
