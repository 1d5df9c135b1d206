"""``python -m generator.learn``: train the quote scorer; ``--report`` measures it on dev; ``--lexicon``
counts which nouns name people and which speak for themselves, on the training corpus (the rules read
them, so it runs before training)."""

from __future__ import annotations

import argparse
import logging
from pathlib import Path

from ..extract.learned.runtime import WEIGHTS

EVAL = Path(__file__).resolve().parents[2] / ".." / "shared" / "eval"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m generator.learn", description=__doc__)
    ap.add_argument("--train", type=Path, default=EVAL / "polnear-train")
    ap.add_argument("--dev", type=Path, default=EVAL / "polnear-dev")
    ap.add_argument("--out", type=Path, default=WEIGHTS)
    what = ap.add_mutually_exclusive_group()
    what.add_argument("--report", action="store_true", help="measure the shipped weights on dev instead")
    what.add_argument(
        "--lexicon", action="store_true", help="count the nouns of --train into the package's nouns.json instead"
    )
    args = ap.parse_args(argv)
    logging.basicConfig(level=logging.INFO, format="%(message)s")
    if args.report:
        from .report import report

        print(report(args.dev, args.out))
        return 0
    if args.lexicon:
        from ..extract.learned.lexicon import LEXICON
        from . import corpus, lexicon

        nouns = lexicon.write((item.doc for item in corpus.load(args.train)), LEXICON)
        print(f"{LEXICON}: " + ", ".join(f"{len(v)} {k}" for k, v in nouns.items()))
        return 0
    from .train import train

    train(args.train, args.dev, args.out)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
