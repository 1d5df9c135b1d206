"""``briefing export DIR``: the files the site has under export/, written into DIR without MkDocs."""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

from ..corrections import ALIASES_FILE, corrected
from ..ingest import SkippedArticle, collect
from ..pipeline import default_jobs, extract_all
from ..site import PageRule, build_site
from . import ExportOptions, export_site
from .store import ExportSet


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """The options of ``briefing export``."""
    parser.add_argument("dest", type=Path, metavar="DIR", help="folder to write the files into")
    parser.add_argument("--articles", type=Path, default=Path("seeds"), metavar="PATH",
                        help="folder of articles, or one file (default: seeds)")
    parser.add_argument("--site-url", default="", metavar="URL",
                        help="where the site is published, for absolute links (default: relative links)")
    parser.add_argument("--site-name", default="Briefings", help="the feeds' title (default: Briefings)")
    parser.add_argument("--feed-size", type=int, default=ExportOptions.feed_size, metavar="N",
                        help=f"entries per feed (default: {ExportOptions.feed_size})")
    parser.add_argument("--no-directory-urls", dest="directory_urls", action="store_false",
                        help="pages are served as NAME.html, as with use_directory_urls: false")
    parser.add_argument("--aliases", type=Path, default=Path(ALIASES_FILE), metavar="FILE",
                        help=f"site-wide actor aliases (default: {ALIASES_FILE}, when present)")
    parser.add_argument("--model", help="spaCy model name (default: en_core_web_sm, else its re-upload)")
    parser.add_argument("--jobs", type=int, metavar="N", help="worker processes (default: all cores)")


def export_command(args: argparse.Namespace) -> int:
    """Extract (or recall from the cache) the articles, index them as the plugin does, write the files."""
    root: Path = args.articles.resolve()
    articles, errors = collect([root])
    for err in errors:
        print(f"{'warning' if isinstance(err, SkippedArticle) else 'error'}: {err}", file=sys.stderr)
    briefings = extract_all(articles, args.model, jobs=args.jobs, progress=None,
                            on_summary=lambda line: print(line, file=sys.stderr))
    site = build_site(corrected(briefings, args.aliases), root=str(root if root.is_dir() else root.parent),
                      rule=PageRule())
    options = ExportOptions(args.site_name, args.site_url, args.directory_urls, args.feed_size)
    made = export_site(site, options, args.jobs or default_jobs())
    ExportSet.of(made).write(args.dest)
    print(f"wrote {len(made.files)} files into {args.dest}", file=sys.stderr)
    return 1 if any(not isinstance(err, SkippedArticle) for err in errors) else 0
