"""Annotated corpora for training and measuring: PolNeAR folders read, parsed once, cached as DocBin.

The parsed Docs live in a cache folder outside the repository (``$BRIEFING_LEARN_CACHE``, else
``/tmp/briefing-learn``), keyed by the corpus folder, its file list and the model, so a second
training run or report skips spaCy entirely.
"""

from __future__ import annotations

import hashlib
import os
from dataclasses import dataclass
from pathlib import Path

from spacy.tokens import Doc, DocBin

from ..extract import nlp as nlp_mod
from ..extract.briefing import analysis_text
from ..ingest.collect import read_article
from ..model import Article, Offsets

CACHE_ENV = "BRIEFING_LEARN_CACHE"
QUOTE_MARKS = frozenset('"“”«»')


@dataclass
class Attribution:
    """One gold attribution: content segments, source segments, cue segments."""

    content: list[Offsets]
    source: list[Offsets]
    cue: list[Offsets]


@dataclass
class Item:
    """One annotated article: the Article, its parse and its gold attributions."""

    article: Article
    doc: Doc
    gold: list[Attribution]


def parse_ann(text: str) -> list[Attribution]:
    """Attributions of a brat standoff file (same reading as ``score_quotes.py``)."""
    spans: dict[str, list[Offsets]] = {}
    events: list[dict[str, str]] = []
    for line in text.splitlines():
        parts = line.split("\t")
        if len(parts) < 2 or not parts[0]:
            continue
        if parts[0].startswith("T"):
            _, rest = parts[1].split(" ", 1)
            spans[parts[0]] = [(int(a), int(b)) for a, b in (s.split() for s in rest.split(";"))]
        elif parts[0].startswith("E"):
            events.append(dict(a.split(":", 1) for a in parts[1].split()))
    out = []
    for ev in events:
        content = spans.get(ev.get("Content", ""), [])
        if content:
            out.append(Attribution(content, spans.get(ev.get("Source", ""), []), spans.get(ev.get("Cue", ""), [])))
    return out


def cache_dir() -> Path:
    """Where parsed corpora are kept."""
    return Path(os.environ.get(CACHE_ENV) or "/tmp/briefing-learn")


def load(folder: Path, model: str | None = None) -> list[Item]:
    """Every annotated article of ``folder`` (``text/``, ``attributions/``), parsed (cached)."""
    texts = sorted((folder / "text").glob("*.txt"))
    articles = [read_article(p) for p in texts]
    nlp = nlp_mod.load(model)
    analysed = [analysis_text(a) for a in articles]
    key = hashlib.sha256("\0".join([nlp_mod.model_id(nlp), *analysed]).encode()).hexdigest()[:16]
    path = cache_dir() / f"{folder.name}-{key}.spacy"
    if path.is_file():
        docs = list(DocBin().from_disk(path).get_docs(nlp.vocab))
    else:
        docs = list(nlp.pipe(analysed, batch_size=8))
        path.parent.mkdir(parents=True, exist_ok=True)
        DocBin(store_user_data=False, docs=docs).to_disk(path)
    items = []
    for txt, article, doc in zip(texts, articles, docs):
        anns = sorted((folder / "attributions").glob(txt.stem + "_*.ann"))
        gold = parse_ann(anns[0].read_text(encoding="utf-8")) if anns else []
        items.append(Item(article, doc, gold))
    return items
