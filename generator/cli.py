"""Command line: ``python -m generator extract PATH...`` prints one JSON object per article."""
from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from pathlib import Path

from .corrections import ALIASES_FILE, ISSUES_FILE, corrected
from .ingest import IngestError, IngestOptions, SkippedArticle, collect
from .nlp import ModelNotFound
from .pipeline import extract_all
from .render import eject_templates
from .sidecar import draft_sidecar, sidecar_path


def _report(errors: list[IngestError]) -> list[IngestError]:
    """Print one line per refused input; the refusals that fail the run (skipped articles only warn)."""
    for err in errors:
        print(f"{'warning' if isinstance(err, SkippedArticle) else 'error'}: {err}", file=sys.stderr)
    return [err for err in errors if not isinstance(err, SkippedArticle)]


def _cmd_extract(args: argparse.Namespace) -> int:
    articles, errors = collect(args.paths, IngestOptions.from_env(fetch=args.fetch or None))
    errors = _report(errors)
    briefings = extract_all(articles, args.model, jobs=args.jobs, use_cache=not args.no_cache,
                            progress=None, dask_address=args.dask,
                            on_summary=lambda line: print(line, file=sys.stderr))
    for briefing in corrected(briefings, args.aliases, args.issues):
        print(json.dumps(briefing.to_json(), ensure_ascii=False))
    return 1 if errors else 0


def _cmd_init_corrections(args: argparse.Namespace) -> int:
    articles, errors = collect(args.paths)
    errors = _report(errors)
    kept = 0
    for briefing in extract_all(articles, args.model):
        path = sidecar_path(briefing.article)
        if path.exists() and not args.force:
            print(f"error: {path}: already exists (use --force to overwrite)", file=sys.stderr)
            kept += 1
            continue
        path.write_text(draft_sidecar(briefing), encoding="utf-8")
        print(f"wrote {path}")
    return 1 if errors or kept else 0


def _cmd_templates(args: argparse.Namespace) -> int:
    written, kept = eject_templates(args.dest, args.force)
    for path in written:
        print(f"wrote {path}")
    for path in kept:
        print(f"error: {path}: already exists (use --force to overwrite)", file=sys.stderr)
    return 1 if kept else 0


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
    ext.add_argument("--fetch", action="store_true",
                     help="download the pages of .urls lists not cached yet (also BRIEFING_FETCH=1)")
    ext.add_argument("--dask", metavar="ADDRESS", help="run extraction on the Dask scheduler at ADDRESS")
    ext.add_argument("--aliases", type=Path, default=Path(ALIASES_FILE), metavar="FILE",
                     help=f"site-wide actor aliases (default: {ALIASES_FILE}, when present)")
    ext.add_argument("--issues", type=Path, default=Path(ISSUES_FILE), metavar="FILE",
                     help=f"site-wide issue labels to merge or hide (default: {ISSUES_FILE}, when present)")
    ext.set_defaults(func=_cmd_extract)
    init = sub.add_parser("init-corrections", help="write a sidecar NAME.yml of corrections next to each article")
    init.add_argument("paths", nargs="+", type=Path)
    init.add_argument("--force", action="store_true", help="overwrite existing sidecars")
    init.add_argument("--model", help="spaCy model name (default: en_core_web_sm, else its re-upload)")
    init.set_defaults(func=_cmd_init_corrections)
    tpl = sub.add_parser("templates", help="copy the built-in page templates into a folder to edit them")
    tpl.add_argument("dest", nargs="?", type=Path, default=Path("templates"),
                     help="the plugin's templates folder (default: templates)")
    tpl.add_argument("--force", action="store_true", help="overwrite templates already there")
    tpl.set_defaults(func=_cmd_templates)
    args = parser.parse_args(argv)
    try:
        return args.func(args)
    except ModelNotFound as err:
        print(f"error: {err}", file=sys.stderr)
        return 2
