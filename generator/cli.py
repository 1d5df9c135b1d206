"""Command line: ``python -m generator extract PATH...`` prints one JSON object per article."""
from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from pathlib import Path

from .ingest import collect
from .pipeline import extract_all


def _cmd_extract(args: argparse.Namespace) -> int:
    articles, errors = collect(args.paths)
    for err in errors:
        print(f"error: {err}", file=sys.stderr)
    briefings = extract_all(articles, args.model, jobs=args.jobs, use_cache=not args.no_cache,
                            progress=None, dask_address=args.dask,
                            on_summary=lambda line: print(line, file=sys.stderr))
    for briefing in briefings:
        print(json.dumps(briefing.to_json(), ensure_ascii=False))
    return 1 if errors else 0


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of the ``briefing`` console script and ``python -m generator``."""
    parser = argparse.ArgumentParser(prog="briefing", description=__doc__)
    sub = parser.add_subparsers(dest="command", required=True)
    ext = sub.add_parser("extract", help="print JSON Lines of actors, quotes and issues")
    ext.add_argument("paths", nargs="+", type=Path)
    ext.add_argument("--model", help="spaCy model name (default: en_core_web_sm, else its re-upload)")
    ext.add_argument("--jobs", type=int, metavar="N", help="worker processes (default: all cores)")
    ext.add_argument("--no-cache", action="store_true",
                     help="parse everything and leave the cache alone (cache folder: $BRIEFING_CACHE_DIR "
                          "or .briefing-cache)")
    ext.add_argument("--dask", metavar="ADDRESS", help="run extraction on the Dask scheduler at ADDRESS")
    ext.set_defaults(func=_cmd_extract)
    args = parser.parse_args(argv)
    return args.func(args)
