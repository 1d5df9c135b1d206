"""A scale corpus: ``editions`` copies of every article of a corpus, each a distinct article.

Edition ``k`` of an article numbers its headline (``… (edition k)``) and rotates the first
names of the people it names: a known first name followed by a capitalised word (a surname)
becomes another first name, a different one in each edition. Each edition thus brings new
people, while countries, organisations and issues stay shared, as in a real archive where
the same places and institutions recur and the people change. Plain text in, plain text out
(headline, blank line, body), so the product reads every edition like the original.
"""

from __future__ import annotations

import argparse
import re
import sys
from collections.abc import Sequence
from pathlib import Path

# fmt: off
FIRST_NAMES = [
    "Adam", "Alan", "Alex", "Alice", "Andrew", "Angela", "Ann", "Anna", "Anthony", "Barbara", "Ben", "Bill",
    "Bob", "Brian", "Carl", "Caroline", "Catherine", "Charles", "Chris", "Christine", "Claire", "Colin",
    "Daniel", "David", "Derek", "Diana", "Donald", "Edward", "Elizabeth", "Emma", "Eric", "Frank", "Gary",
    "Geoff", "George", "Gordon", "Graham", "Harry", "Helen", "Henry", "Ian", "Jack", "James", "Jane", "Janet",
    "Jason", "Jean", "Jeff", "Jennifer", "Jim", "John", "Jonathan", "Joseph", "Julia", "Karen", "Kate", "Keith",
    "Kevin", "Laura", "Lisa", "Margaret", "Maria", "Mark", "Martin", "Mary", "Matthew", "Michael", "Nick",
    "Nigel", "Norman", "Patricia", "Patrick", "Paul", "Peter", "Philip", "Rachel", "Richard", "Robert", "Robin",
    "Roger", "Ruth", "Sam", "Sarah", "Simon", "Stephen", "Steve", "Susan", "Thomas", "Tim", "Tom", "Tony",
    "Victoria", "William"
]
# fmt: on
"""Given names common in English-language news; the ones an edition rotates."""
_INDEX = {name: i for i, name in enumerate(FIRST_NAMES)}
_PERSON = re.compile(r"\b(" + "|".join(FIRST_NAMES) + r")(?= [A-Z][a-z])")
STEP = 37
"""Rotation step per edition: coprime with the number of names, so ten editions give ten names."""


def rotate(name: str, edition: int) -> str:
    """The first name that replaces ``name`` in ``edition`` (edition 0 keeps it)."""
    return FIRST_NAMES[(_INDEX[name] + edition * STEP) % len(FIRST_NAMES)]


def edition_text(text: str, edition: int) -> str:
    """Edition ``edition`` (0-based) of the article ``text``: headline numbered, first names rotated."""
    headline, _, body = text.strip("\n").partition("\n")
    body = _PERSON.sub(lambda m: rotate(m.group(1), edition), body)
    return f"{headline.strip()} (edition {edition + 1})\n{body}\n"


def article_files(corpus: Path) -> list[Path]:
    """The article files of ``corpus`` (its README left out), sorted."""
    return sorted(p for p in corpus.iterdir() if p.is_file() and not p.name.upper().startswith("README"))


def write_scale_corpus(corpus: Path, dest: Path, editions: int, limit: int | None = None) -> Path:
    """Fill ``dest`` with ``editions`` editions of the first ``limit`` articles of ``corpus``."""
    dest.mkdir(parents=True, exist_ok=True)
    for src in article_files(corpus)[:limit]:
        text = src.read_text(encoding="utf-8", errors="replace")
        for k in range(editions):
            (dest / f"{src.stem}-e{k + 1:02d}{src.suffix}").write_text(edition_text(text, k), encoding="utf-8")
    return dest


def main(argv: Sequence[str] | None = None) -> int:
    """``python -m generator.bench.scale SOURCE DEST [--editions N] [--limit N]``."""
    parser = argparse.ArgumentParser(prog="python -m generator.bench.scale", description=__doc__)
    parser.add_argument("source", type=Path, help="folder of articles (e.g. ../shared/corpus/bbc)")
    parser.add_argument("dest", type=Path, help="folder to write the editions into")
    parser.add_argument("--editions", type=int, default=10, help="editions per article (default: 10)")
    parser.add_argument("--limit", type=int, help="only the first N articles of the source")
    args = parser.parse_args(argv)
    out = write_scale_corpus(args.source, args.dest, args.editions, args.limit)
    print(f"{sum(1 for _ in out.iterdir())} articles in {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
