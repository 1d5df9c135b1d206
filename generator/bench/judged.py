"""``bench judged``: how many of the quotes a reader sees are right, on BBC and Reuters articles.

A judged file holds, per article (path relative to the corpus folder), quotes the extractor emitted
there once, each judged by hand against the article::

    articles:
      bbc/business-012.txt:
        set: held-out
        quotes:
          - {span: [120, 180], speaker: Tony Blair, verdict: OK}
          - {span: [300, 340], speaker: null, verdict: NOTQUOTE, why: "the writer's own aside"}

Verdicts: ``OK`` (said, by that speaker), ``SPEAKER`` (said, by someone else), ``SPAN`` (boundary badly
off) and ``NOTQUOTE`` (nobody said it). The articles are extracted again (through the cache), or an
``extract`` output of another version is read (``--pred``), and each quote is looked up by its span and
speaker; per set the command prints how many were judged and how many of those are right (a quote not
judged before is counted apart, not guessed at).
"""

from __future__ import annotations

import json
import sys
from collections import Counter
from pathlib import Path
from typing import Any

import yaml

from ..build.batch import extract_all
from ..ingest.collect import collect

VERDICTS = ("OK", "SPEAKER", "SPAN", "NOTQUOTE")
Key = tuple[str, int, int, str | None]


def load_judged(path: Path) -> tuple[dict[Key, str], dict[str, str]]:
    """(article, start, end, speaker) -> verdict, and article -> its set; a malformed entry stops with a
    message naming it."""
    data: Any = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    verdicts: dict[Key, str] = {}
    sets: dict[str, str] = {}
    for name, entry in (data.get("articles") or {}).items():
        if not isinstance(entry, dict):
            raise SystemExit(f"{path}: {name}: expected set: and quotes:")
        sets[str(name)] = str(entry.get("set") or "")
        for n, q in enumerate(entry.get("quotes") or []):
            span = q.get("span") if isinstance(q, dict) else None
            if not (
                isinstance(span, list)
                and len(span) == 2
                and all(isinstance(x, int) for x in span)
                and q.get("verdict") in VERDICTS
            ):
                raise SystemExit(f"{path}: {name}: quotes[{n}]: expected span: [start, end] and verdict: {VERDICTS}")
            verdicts[(str(name), span[0], span[1], q.get("speaker"))] = q["verdict"]
    return verdicts, sets


def _emitted(names: list[str], corpus: Path, jobs: int | None, pred: Path | None) -> list[tuple[str, Key]]:
    """(article, quote key) of every quote emitted on ``names``: extracted now, or read from ``pred`` (the
    JSON Lines ``extract`` printed, by any version of the code)."""
    out: list[tuple[str, Key]] = []
    if pred is not None:
        for line in pred.read_text(encoding="utf-8").splitlines():
            item = json.loads(line)
            path = Path(item["path"]).resolve()
            if not path.is_relative_to(corpus.resolve()):
                continue  # an article outside the corpus was judged nowhere
            name = path.relative_to(corpus.resolve()).as_posix()
            out += [(name, (name, *q["span"], q.get("speaker"))) for q in item.get("quotes") or []]
        return out
    articles, errors = collect([corpus / name for name in names])
    for err in errors:
        print(f"refused: {err}", file=sys.stderr)
    for briefing in extract_all(articles, jobs=jobs):
        name = Path(briefing.article.path).resolve().relative_to(corpus.resolve()).as_posix()
        out += [(name, (name, q.span[0], q.span[1], q.speaker)) for q in briefing.quotes]
    return out


def run_judged(judged_file: Path, corpus: Path, jobs: int | None = None, pred: Path | None = None) -> int:
    """Extract the judged articles (or read ``pred``), look up every quote's verdict, print the figures per set."""
    verdicts, sets = load_judged(judged_file)
    if not sets:
        print(f"{judged_file}: no articles", file=sys.stderr)
        return 1
    counts: dict[str, Counter[str]] = {s: Counter() for s in sorted(set(sets.values()))}
    for name, key in _emitted(sorted(sets), corpus, jobs, pred):
        if name in sets:
            counts[sets[name]][verdicts.get(key, "unjudged")] += 1
    for name, tally in counts.items():
        judged = sum(tally[v] for v in VERDICTS)
        right = tally["OK"] / judged if judged else 0.0
        found = " ".join(f"{v.lower()}={tally[v]}" for v in VERDICTS)
        total = sum(tally.values())
        print(f"{name}: quotes={total} judged={judged} {found} unjudged={tally['unjudged']} right={right:.3f}")
    return 0
