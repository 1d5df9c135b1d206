"""``bench issues``: does the site give two articles one issue page exactly when they share an issue?

A pairs file lists labelled article pairs (paths relative to the corpus folder)::

    pairs:
      - {a: bbc/business-001.txt, b: bbc/business-104.txt, shared: true, note: Yukos sale}
      - {a: bbc/tech-003.txt, b: reuters/sports-1.txt, shared: false}

Both articles are extracted (through the cache), corrected as a site would be, and indexed as
a site of their own under the large-site page rule (``PageRule`` with no small-site exception).
The pair is predicted to share an issue when that site has an issue page: a specific label,
raised by both, the main issue of at least one. Pairwise precision, recall and F1 are printed.
"""

from __future__ import annotations

import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from ..build.batch import extract_all
from ..corrections.apply import corrected
from ..ingest.collect import collect
from ..model import Briefing
from ..site.index import PageRule, build_site


@dataclass(frozen=True)
class Pair:
    """Two articles and whether a person labelled them as sharing an issue."""

    a: str
    b: str
    shared: bool


def load_pairs(path: Path) -> list[Pair]:
    """The labelled pairs of ``path``; a malformed entry stops with a message naming it."""
    data: Any = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    out = []
    for n, item in enumerate(data.get("pairs") or []):
        if (
            not isinstance(item, dict)
            or not {"a", "b", "shared"} <= item.keys()
            or not isinstance(item["shared"], bool)
        ):
            raise SystemExit(f"{path}: pairs[{n}]: expected a, b and shared: true|false")
        out.append(Pair(str(item["a"]), str(item["b"]), item["shared"]))
    return out


LARGE_SITE = PageRule(all_below=0)
"""The site's page rule without the small-site exception (which gives every issue a page)."""


def shared_pages(a: Briefing, b: Briefing, rule: PageRule = LARGE_SITE) -> list[str]:
    """Labels of the issue pages a site of just ``a`` and ``b`` has: the issues they share."""
    site = build_site([a, b], rule=rule)
    return [issue.label for issue in site.issues if issue.path]


def score(pairs: list[Pair], predicted: list[bool]) -> tuple[float, float, float]:
    """Pairwise precision, recall and F1 of ``predicted`` against the labels."""
    tp = sum(p.shared and q for p, q in zip(pairs, predicted))
    fp = sum(not p.shared and q for p, q in zip(pairs, predicted))
    fn = sum(p.shared and not q for p, q in zip(pairs, predicted))
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return precision, recall, f1


def run_issue_pairs(pairs_file: Path, corpus: Path, jobs: int | None = None, verbose: bool = True) -> int:
    """Extract every article of the pairs, decide each pair as the site would, print the figures."""
    pairs = load_pairs(pairs_file)
    if not pairs:
        print(f"{pairs_file}: no pairs", file=sys.stderr)
        return 1
    names = sorted({p.a for p in pairs} | {p.b for p in pairs})
    articles, errors = collect([corpus / n for n in names])
    for err in errors:
        print(f"refused: {err}", file=sys.stderr)
    briefings = corrected(extract_all(articles, jobs=jobs))
    by_name = {Path(b.article.path).resolve(): b for b in briefings}
    predicted = []
    for pair in pairs:
        a, b = by_name.get((corpus / pair.a).resolve()), by_name.get((corpus / pair.b).resolve())
        labels = shared_pages(a, b) if a is not None and b is not None else []
        predicted.append(bool(labels))
        if verbose and bool(labels) != pair.shared:
            kind = "false positive" if labels else "missed"
            print(f"  {kind}: {pair.a} / {pair.b}" + (f" ({'; '.join(labels)})" if labels else ""))
    precision, recall, f1 = score(pairs, predicted)
    print(
        f"pairs={len(pairs)} shared={sum(p.shared for p in pairs)} predicted={sum(predicted)} "
        f"precision={precision:.3f} recall={recall:.3f} f1={f1:.3f}"
    )
    return 0
