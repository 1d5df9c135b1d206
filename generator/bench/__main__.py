"""``python -m generator.bench quality|speed|profile|issues|judged|convert``: accuracy and speed figures, printed."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path

from .. import settings


def main(argv: Sequence[str] | None = None) -> int:
    """Parse the command line and run one benchmark."""
    parser = argparse.ArgumentParser(prog="python -m generator.bench", description=__doc__)
    sub = parser.add_subparsers(dest="command", required=True)
    quality = sub.add_parser("quality", help="scorers' figures on PolNeAR dev, the seed and bench/gold.yaml")
    quality.add_argument("--shared", type=Path, default=Path("../shared"), help="the shared data folder")
    quality.add_argument("--gold", type=Path, default=Path("bench/gold.yaml"), help="own gold file, if present")
    speed = sub.add_parser("speed", help="bare spaCy vs extraction, cold/warm/one-change builds vs bare Material")
    profile = sub.add_parser("profile", help="where extraction spends its time, by module and function")
    convert = sub.add_parser("convert", help="Markdown conversion of the generated pages, MkDocs' way and stashed")
    for cmd in (speed, profile, convert):
        cmd.add_argument("--corpus", type=Path, required=True, help="folder of articles")
        cmd.add_argument("--limit", type=int, help="only the first N files (sorted)")
    convert.add_argument("--project", type=Path, default=Path("."), help="project with mkdocs.yml (default: .)")
    speed.add_argument("--jobs", type=int, default=settings.jobs(), help="processes (default: all cores)")
    speed.add_argument("--project", type=Path, default=Path("."), help="project with mkdocs.yml (default: .)")
    speed.add_argument(
        "--scale",
        type=int,
        help="builds and search at the corpus's size and SCALE times it "
        "(bench/scale.py editions), instead of figures 1-7",
    )
    speed.add_argument("--no-browser", action="store_true", help="with --scale: leave out search in Chromium")
    issues = sub.add_parser("issues", help="cross-article issue grouping on labelled article pairs")
    issues.add_argument("--pairs", type=Path, default=Path("bench/issue_pairs.yaml"), help="labelled pairs")
    issues.add_argument(
        "--corpus", type=Path, default=Path("../shared/corpus"), help="folder the pairs' paths are relative to"
    )
    issues.add_argument("--jobs", type=int, default=settings.jobs(), help="processes (default: all cores)")
    judged = sub.add_parser("judged", help="share of right quotes on BBC/Reuters articles judged by hand")
    judged.add_argument(
        "--file",
        type=Path,
        help="judged file (default bench/judged_quotes.yaml, with --issues bench/judged_issues.yaml)",
    )
    judged.add_argument(
        "--corpus", type=Path, default=Path("../shared/corpus"), help="folder the articles' paths are relative to"
    )
    judged.add_argument("--jobs", type=int, default=settings.jobs(), help="processes (default: all cores)")
    judged.add_argument("--pred", type=Path, help="score this `extract` output (JSON Lines) instead of extracting")
    judged.add_argument(
        "--issues", action="store_true", help="judge issue labels (default file bench/judged_issues.yaml) instead"
    )
    args = parser.parse_args(argv)
    if args.command == "judged" and args.issues:
        from .judged import run_judged_issues

        return run_judged_issues(args.file or Path("bench/judged_issues.yaml"), args.corpus, args.jobs, args.pred)
    if args.command == "judged":
        from .judged import run_judged

        return run_judged(args.file or Path("bench/judged_quotes.yaml"), args.corpus, args.jobs, args.pred)
    if args.command == "issues":
        from .issuepairs import run_issue_pairs

        return run_issue_pairs(args.pairs, args.corpus, args.jobs)
    if args.command == "quality":
        from .quality import run_quality

        return run_quality(args.shared, args.gold)
    if args.command == "convert":
        from .convert import run_convert

        return run_convert(args.corpus, args.limit, args.project.resolve())
    if args.command == "profile":
        from .profile import run_profile

        return run_profile(args.corpus, args.limit)
    if args.scale:
        from .scalebench import run_scale

        return run_scale(args.corpus, args.scale, args.limit, args.jobs, args.project, browser=not args.no_browser)
    from .speed import run_speed

    return run_speed(args.corpus, args.limit, args.jobs, args.project)


if __name__ == "__main__":
    sys.exit(main())
