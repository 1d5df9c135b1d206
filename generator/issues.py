"""Issues: the topics, disputes and policy questions an article raises."""
from __future__ import annotations

from collections import Counter

from spacy.tokens import Doc

from .actors import ActorTable
from .model import Article, Issue


def extract_issues(doc: Doc, article: Article, table: ActorTable) -> list[Issue]:
    """Up to 8 issues, most central first, each with evidence sentences."""
    counts = Counter(c.root.lemma_.lower() for c in doc.noun_chunks if c.root.pos_ == "NOUN")
    out: list[Issue] = []
    for lemma, _ in counts.most_common(5):
        sent = next(c.sent for c in doc.noun_chunks if c.root.lemma_.lower() == lemma)
        out.append(Issue(label=lemma.capitalize(), evidence=[(sent.start_char, sent.end_char)], key=lemma))
    return out
