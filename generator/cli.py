"""Command line: ``python -m generator extract PATH...`` prints one JSON object per article."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from pathlib import Path

from . import docstree, scaffold, settings
from .build.batch import extract_all
from .build.core import BuildOptions, SiteBuild
from .corrections.apply import ALIASES_FILE, ISSUES_FILE, corrected
from .corrections.sidecar import draft_sidecar
from .export import ExportOptions
from .extract.nlp import ModelNotFound
from .ingest.collect import IngestError, IngestOptions, SkippedArticle, collect
from .ingest.sidecars import sidecar_path
from .site.render import eject_templates


def _report(errors: list[IngestError]) -> list[IngestError]:
    """Print one line per refused input; the refusals that fail the run (skipped articles only warn)."""
    for err in errors:
        print(f"{'warning' if isinstance(err, SkippedArticle) else 'error'}: {err}", file=sys.stderr)
    return [err for err in errors if not isinstance(err, SkippedArticle)]


def _cmd_extract(args: argparse.Namespace) -> int:
    articles, errors = collect(args.paths, IngestOptions.from_env(fetch=args.fetch or None))
    errors = _report(errors)
    briefings = extract_all(
        articles,
        args.model,
        jobs=args.jobs,
        use_cache=not args.no_cache,
        progress=None,
        dask_address=args.dask,
        on_summary=lambda line: print(line, file=sys.stderr),
    )
    for briefing in corrected(briefings, args.aliases, args.issues):
        print(json.dumps(briefing.to_json(), ensure_ascii=False))
    return 1 if errors or any(b.failed for b in briefings) else 0


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


def _cmd_new(args: argparse.Namespace) -> int:
    try:
        written = scaffold.new_project(args.dest, args.force)
    except scaffold.NotEmpty as err:
        print(f"error: {err}", file=sys.stderr)
        return 1
    print(f"wrote {len(written)} files into {args.dest}; next: cd {args.dest} && mkdocs serve")
    return 0


def _cmd_render(args: argparse.Namespace) -> int:
    with docstree.LogLines() as logged:  # the summary line, refused inputs and bad sidecars
        try:
            config = args.config or docstree.find_config(Path.cwd())
            done = docstree.render_tree(args.out, config, args.jobs)
        except docstree.ConfigError as err:
            print(f"error: {err}", file=sys.stderr)
            return 1
    print(f"{args.out}: {done}")
    return 1 if logged.warnings and args.strict else 0


def _cmd_export(args: argparse.Namespace) -> int:
    options = BuildOptions(
        articles=args.articles.resolve(),
        templates=Path("templates").resolve(),
        aliases=args.aliases.resolve(),
        issues=args.issues.resolve(),
        cache_dir=settings.cache_root().resolve(),
        model=args.model,
        directory_urls=args.directory_urls,
    )
    jobs = args.jobs or settings.jobs()
    with docstree.LogLines() as logged:  # the summary line and refused inputs
        core = SiteBuild()
        core.load(options)  # the exports need the index, not the pages
        core.export(ExportOptions(args.site_name, args.site_url, args.directory_urls, args.feed_size), jobs)
        written = core.exports.write(args.dest)
        core.save()
    print(f"wrote {written} files into {args.dest}", file=sys.stderr)
    return 1 if logged.warnings else 0


def _export_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("dest", type=Path, metavar="DIR", help="folder to write the files into")
    parser.add_argument(
        "--articles",
        type=Path,
        default=Path("seeds"),
        metavar="PATH",
        help="folder of articles, or one file (default: seeds)",
    )
    parser.add_argument(
        "--site-url",
        default="",
        metavar="URL",
        help="where the site is published, for absolute links (default: relative links)",
    )
    parser.add_argument("--site-name", default="Briefings", help="the feeds' title (default: Briefings)")
    parser.add_argument(
        "--feed-size",
        type=int,
        default=ExportOptions.feed_size,
        metavar="N",
        help=f"entries per feed (default: {ExportOptions.feed_size})",
    )
    parser.add_argument(
        "--no-directory-urls",
        dest="directory_urls",
        action="store_false",
        help="pages are served as NAME.html, as with use_directory_urls: false",
    )
    _site_file_arguments(parser)
    parser.add_argument("--model", help="spaCy model name (default: en_core_web_sm, else its re-upload)")
    parser.add_argument("--jobs", type=int, metavar="N", help="worker processes (default: all cores)")
    parser.set_defaults(func=_cmd_export)


def _site_file_arguments(parser: argparse.ArgumentParser) -> None:
    """``--aliases`` and ``--issues``: the editor's site-wide files."""
    for option, default, what in (
        ("--aliases", ALIASES_FILE, "actor aliases"),
        ("--issues", ISSUES_FILE, "issue labels to merge or hide"),
    ):
        parser.add_argument(
            option,
            type=Path,
            default=Path(default),
            metavar="FILE",
            help=f"site-wide {what} (default: {default}, when present)",
        )


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of the ``briefing`` console script and ``python -m generator``."""
    parser = argparse.ArgumentParser(prog="briefing", description=__doc__)
    sub = parser.add_subparsers(dest="command", required=True)
    ext = sub.add_parser("extract", help="print JSON Lines of actors, quotes and issues")
    ext.add_argument("paths", nargs="+", type=Path)
    ext.add_argument("--model", help="spaCy model name (default: en_core_web_sm, else its re-upload)")
    ext.add_argument("--jobs", type=int, metavar="N", help="worker processes (default: all cores)")
    ext.add_argument(
        "--no-cache",
        action="store_true",
        help="parse everything and leave the cache alone (cache folder: $BRIEFING_CACHE_DIR or .briefing-cache)",
    )
    ext.add_argument(
        "--fetch", action="store_true", help="download the pages of .urls lists not cached yet (also BRIEFING_FETCH=1)"
    )
    ext.add_argument("--dask", metavar="ADDRESS", help="run extraction on the Dask scheduler at ADDRESS")
    _site_file_arguments(ext)
    ext.set_defaults(func=_cmd_extract)
    init = sub.add_parser("init-corrections", help="write a sidecar NAME.yml of corrections next to each article")
    init.add_argument("paths", nargs="+", type=Path)
    init.add_argument("--force", action="store_true", help="overwrite existing sidecars")
    init.add_argument("--model", help="spaCy model name (default: en_core_web_sm, else its re-upload)")
    init.set_defaults(func=_cmd_init_corrections)
    tpl = sub.add_parser("templates", help="copy the built-in page templates into a folder to edit them")
    tpl.add_argument(
        "dest",
        nargs="?",
        type=Path,
        default=Path("templates"),
        help="the plugin's templates folder (default: templates)",
    )
    tpl.add_argument("--force", action="store_true", help="overwrite templates already there")
    tpl.set_defaults(func=_cmd_templates)
    new = sub.add_parser("new", help="start a new site project in a folder (config, pages, a sample article)")
    new.add_argument("dest", type=Path)
    new.add_argument("--force", action="store_true", help="write into a folder that is not empty")
    new.set_defaults(func=_cmd_new)
    ren = sub.add_parser(
        "render",
        help="write the whole site as plain Markdown with its own mkdocs.yml, for Zensical or any other site tool",
    )
    ren.add_argument("out", type=Path, help="the folder to write (docs/ and mkdocs.yml in it)")
    ren.add_argument(
        "-f",
        "--config-file",
        dest="config",
        type=Path,
        help="the site's config (default: properdocs.yml, else mkdocs.yml, here)",
    )
    ren.add_argument("--jobs", type=int, metavar="N", help="worker processes (default: all cores)")
    ren.add_argument("--strict", action="store_true", help="exit 1 when an input was refused")
    ren.set_defaults(func=_cmd_render)
    exp = sub.add_parser("export", help="write the site's feeds and exports (CSV, GraphML, GEXF, FtM) into DIR")
    _export_arguments(exp)
    args = parser.parse_args(argv)
    try:
        return int(args.func(args))
    except ModelNotFound as err:
        print(f"error: {err}", file=sys.stderr)
        return 2
