"""Small corpora for the pipeline tests, built from the hand-written articles in fixtures/scale."""

from __future__ import annotations

import json
from collections.abc import Sequence
from pathlib import Path

from generator.ingest.collect import collect
from generator.model import Article, Briefing

FIXTURES = Path(__file__).parent / "fixtures" / "scale"


def fixture_articles() -> list[Article]:
    """The hand-written fixture articles, sorted by file name."""
    articles, errors = collect([FIXTURES])
    assert not errors and articles
    return articles


def variant_corpus(dest: Path, copies: int) -> Path:
    """``dest`` filled with ``copies`` distinct editions of every fixture article."""
    dest.mkdir(parents=True, exist_ok=True)
    for k in range(copies):
        for src in sorted(FIXTURES.glob("*.txt")):
            text = src.read_text(encoding="utf-8").rstrip("\n")
            extra = f"This is edition number {k + 1} of the report, filed later the same day."
            (dest / f"{src.stem}_{k:02d}.txt").write_text(f"{text}\n\n{extra}\n", encoding="utf-8")
    return dest


def jsonl(briefings: Sequence[Briefing]) -> str:
    """What ``extract`` prints for ``briefings``."""
    return "".join(json.dumps(b.to_json(), ensure_ascii=False) + "\n" for b in briefings)
