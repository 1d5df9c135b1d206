"""``bench judged``: how many of the quotes (or, with ``--issues``, the issue labels) a reader sees are
right, on BBC and Reuters articles.

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
``extract`` output of another version is read (``--pred``), and each quote is looked up by its span (give or
take the quotation marks at its ends) and speaker; per set the command prints how many were judged and how
many of those are right (a quote not judged before is counted apart, not guessed at).

A judged issue file holds, per article, the candidate labels the extractor proposed there, sorted by
verdict: ``ISSUE`` (names a matter the article raises), ``VAGUE`` (on topic, too vague to name it) and
``NOT`` (no issue of the article); the figure is the share of listed labels judged ``ISSUE``.
"""

from __future__ import annotations

import json
import sys
from collections import Counter
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import yaml

from ..build.batch import extract_all
from ..ingest.collect import collect

VERDICTS = ("OK", "SPEAKER", "SPAN", "NOTQUOTE")
LABEL_VERDICTS = ("ISSUE", "VAGUE", "NOT")
Key = tuple[str, int, int, str | None]
Emitted = tuple[list[tuple[int, int, str | None]], list[str]]


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


def _emitted(names: list[str], corpus: Path, jobs: int | None, pred: Path | None) -> Iterator[tuple[str, Emitted]]:
    """(article, its quotes as (start, end, speaker), its issue labels in order) of every article of ``names``:
    extracted now, or read from ``pred`` (the JSON Lines ``extract`` printed, by any version of the code)."""
    if pred is not None:
        for line in pred.read_text(encoding="utf-8").splitlines():
            item = json.loads(line)
            path = Path(item["path"]).resolve()
            if not path.is_relative_to(corpus.resolve()):
                continue  # an article outside the corpus was judged nowhere
            quotes = [(*q["span"], q.get("speaker")) for q in item.get("quotes") or []]
            labels = [i["label"] for i in item.get("issues") or []]
            yield path.relative_to(corpus.resolve()).as_posix(), (quotes, labels)
        return
    articles, errors = collect([corpus / name for name in names])
    for err in errors:
        print(f"refused: {err}", file=sys.stderr)
    for briefing in extract_all(articles, jobs=jobs):
        name = Path(briefing.article.path).resolve().relative_to(corpus.resolve()).as_posix()
        yield name, ([(q.span[0], q.span[1], q.speaker) for q in briefing.quotes], [i.label for i in briefing.issues])


def _verdict(judged: dict[Key, str], text: str, key: Key) -> str:
    """The verdict of the quote ``key`` among one article's ``judged`` quotes: judged at that span, or at one
    differing only by the quotation marks at its ends (a doubled mark taken whole), by the same speaker."""
    if key in judged:
        return judged[key]
    _, start, end, speaker = key

    def marks(a: int, b: int) -> bool:
        return not text[min(a, b) : max(a, b)].strip('"')

    return next(
        (v for (_, s, e, who), v in judged.items() if who == speaker and marks(s, start) and marks(e, end)),
        "unjudged",
    )


def run_judged(judged_file: Path, corpus: Path, jobs: int | None = None, pred: Path | None = None) -> int:
    """Extract the judged articles (or read ``pred``), look up every quote's verdict, print the figures per set."""
    verdicts, sets = load_judged(judged_file)
    if not sets:
        print(f"{judged_file}: no articles", file=sys.stderr)
        return 1
    counts: dict[str, Counter[str]] = {s: Counter() for s in sorted(set(sets.values()))}
    for name, (quotes, _) in _emitted(sorted(sets), corpus, jobs, pred):
        if name in sets:
            text = (corpus / name).read_text(encoding="utf-8", errors="replace")
            mine = {k: v for k, v in verdicts.items() if k[0] == name}
            for start, end, speaker in quotes:
                counts[sets[name]][_verdict(mine, text, (name, start, end, speaker))] += 1
    for name, tally in counts.items():
        judged = sum(tally[v] for v in VERDICTS)
        right = tally["OK"] / judged if judged else 0.0
        found = " ".join(f"{v.lower()}={tally[v]}" for v in VERDICTS)
        total = sum(tally.values())
        print(f"{name}: quotes={total} judged={judged} {found} unjudged={tally['unjudged']} right={right:.3f}")
    return 0


def load_labels(path: Path) -> dict[tuple[str, str], str]:
    """(article, issue label) -> verdict; a malformed entry stops with a message naming it."""
    data: Any = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    out: dict[tuple[str, str], str] = {}
    for name, entry in (data.get("articles") or {}).items():
        if not isinstance(entry, dict) or set(entry) - set(LABEL_VERDICTS):
            raise SystemExit(f"{path}: {name}: expected lists of labels under {', '.join(LABEL_VERDICTS)}")
        out |= {(str(name), str(label)): v for v in LABEL_VERDICTS for label in entry.get(v) or []}
    return out


def run_judged_issues(judged_file: Path, corpus: Path, jobs: int | None = None, pred: Path | None = None) -> int:
    """Extract the articles whose issue labels were judged (or read ``pred``), look up each listed label's
    verdict, print the share that name a real issue: of all listed labels, and of the main (first) one."""
    verdicts = load_labels(judged_file)
    names = sorted({name for name, _ in verdicts})
    if not names:
        print(f"{judged_file}: no articles", file=sys.stderr)
        return 1
    tallies: dict[str, Counter[str]] = {"all issues": Counter(), "main issue": Counter()}
    for name, (_, labels) in _emitted(names, corpus, jobs, pred):
        if name not in names:
            continue  # an article of the --pred file whose labels were never judged
        for rank, label in enumerate(labels):
            verdict = verdicts.get((name, label), "unjudged")
            tallies["all issues"][verdict] += 1
            tallies["main issue"][verdict] += rank == 0
    for what, tally in tallies.items():
        judged = sum(tally[v] for v in LABEL_VERDICTS)
        found = " ".join(f"{v.lower()}={tally[v]}" for v in LABEL_VERDICTS)
        share = tally["ISSUE"] / judged if judged else 0.0
        total = sum(tally.values())
        print(f"{what}: labels={total} judged={judged} {found} unjudged={tally['unjudged']} named={share:.3f}")
    return 0
