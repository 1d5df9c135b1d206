"""CSV tables of the site for spreadsheets: quotes, actors and issues, one row each.

Every cell passes through ``text.csv_cell``: one line, and never a formula. Column
meanings live in ``COLUMNS``, which the Export page lists.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable, Sequence
from itertools import accumulate

from ..site.entries import Site
from .options import ExportOptions
from .text import CELL_CHARS, csv_cell

MORE = "(+{} more)"
"""Ends a list cut to fit a spreadsheet cell: how many items were left out."""

COLUMNS: dict[str, dict[str, str]] = {
    "quotes.csv": {
        "quote": "the words quoted, as in the article",
        "speaker": "who said it (empty when the extractor found no speaker)",
        "speaker_role": "the speaker's role in that article",
        "cue": "the verb that introduced the quote (said, told, ...)",
        "kind": "direct, indirect or mixed",
        "confidence": "the extractor's confidence, when it gives one",
        "article_title": "title of the article",
        "date": "the article's date (YYYY-MM-DD), empty when it has none",
        "outlet": "who published the article",
        "url": "the article's own address, when known",
        "page": "the briefing page, at the paragraph of the quote",
    },
    "actors.csv": {
        "name": "the actor's name (the most common spelling)",
        "kind": "person, organization or country",
        "page": "the actor's page on this site (empty when it has none)",
        "briefings": "how many briefings name the actor",
        "mentions": "mentions over all briefings",
        "quotes": "quotes attributed to the actor",
        "roles": "roles given to the actor, most frequent first, separated by ' | '",
        "briefing_pages": "the briefing pages that name the actor, separated by spaces (a list longer than a "
        "spreadsheet cell holds ends with '(+N more)')",
    },
    "issues.csv": {
        "label": "the issue's label",
        "page": "the issue's page on this site",
        "briefings": "how many briefings raise the issue",
        "quotes": "quotes in the paragraphs that raise it",
        "actors": "actors named in its evidence, most often first, separated by ' | '",
        "briefing_pages": "the briefing pages that raise the issue, separated by spaces (cut as in actors.csv)",
    },
}


def _csv(name: str, rows: Iterable[Sequence[object]]) -> bytes:
    """A CSV file with the header of ``COLUMNS[name]``; UTF-8 with a byte order mark, which
    spreadsheets need to read UTF-8."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(COLUMNS[name])
    writer.writerows([csv_cell(v) for v in row] for row in rows)
    return out.getvalue().encode("utf-8-sig")


def listed(items: Sequence[str], sep: str) -> str:
    """``items`` joined by ``sep``: as many whole ones as a spreadsheet cell holds, then ``MORE``."""
    joined = sep.join(items)
    if len(joined) <= CELL_CHARS:
        return joined
    room = CELL_CHARS - len(sep) - len(MORE.format(len(items)))
    ends = accumulate(len(item) + len(sep) for item in items)  # each item's end, a separator after it
    kept = sum(1 for end in ends if end - len(sep) <= room)
    return sep.join([*items[:kept], MORE.format(len(items) - kept)])


def _anchor(link: str, para: int) -> str:
    return f"{link}#p{para}" if para else link


def quotes_csv(site: Site, options: ExportOptions) -> bytes:
    """Every quote of every briefing, in briefing order."""
    rows = []
    for b in site.briefings:
        art, link = b.article, options.link(b.path)
        for q in b.quotes:
            quote = q.quote
            rows.append(
                (
                    quote.text,
                    quote.speaker,
                    quote.role,
                    quote.cue,
                    quote.kind,
                    getattr(quote, "confidence", None),
                    b.title,
                    art.date,
                    art.outlet,
                    art.url,
                    _anchor(link, q.para),
                )
            )
    return _csv("quotes.csv", rows)


def actors_csv(site: Site, options: ExportOptions) -> bytes:
    """Every person, organisation and country, with a page or not, by name."""
    rows = []
    for a in site.cast:
        briefings = list(dict.fromkeys(ap.briefing.path for ap in a.appearances))
        rows.append(
            (
                a.name,
                a.kind,
                options.link(a.path) if a.path else "",
                len(briefings),
                a.mentions,
                len(a.quotes),
                listed(a.roles, " | "),
                listed([options.link(p) for p in briefings], " "),
            )
        )
    return _csv("actors.csv", rows)


def issues_csv(site: Site, options: ExportOptions) -> bytes:
    """Every issue with a page, by label."""
    rows = []
    for i in site.issues:
        briefings = list(dict.fromkeys(b.path for b, _ in i.rows))
        rows.append(
            (
                i.label,
                options.link(i.path),
                len(briefings),
                len(i.quotes),
                listed([a.name for a, _ in i.actors], " | "),
                listed([options.link(p) for p in briefings], " "),
            )
        )
    return _csv("issues.csv", rows)
