"""Feeds of the latest briefings: the whole site's, and one per actor and issue page.

Atom 1.0 is written with ``feedgen``; JSON Feed 1.1, which feedgen does not write, with
``json`` from the ``JsonFeed`` shape below. Dates come from the articles only: a briefing
without a date is in no feed, and a feed's ``updated`` is its newest entry's date, so the
same site gives the same bytes. A feed holds its ``feed_size`` newest briefings.
"""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace
from datetime import date, datetime, timezone
from functools import lru_cache
from pathlib import Path
from typing import Any

from jinja2 import Environment, FileSystemLoader, select_autoescape

from ..site.entries import PAGE_KINDS, BriefingEntry, QuoteRow, Site
from .options import EXPORT_DIR, ExportOptions
from .text import one_line, shorten, xml_text

KEY_ACTORS = 5
MAIN_ISSUES = 3
JSON_FEED_VERSION = "https://jsonfeed.org/version/1.1"
FEED_EXTENSIONS = ("xml", "json")
"""Each feed's files: Atom, then JSON Feed."""


@dataclass(frozen=True)
class FeedItem:
    """One briefing in a feed."""

    id: str
    page: str
    """The briefing page, relative to docs_dir."""
    title: str
    day: date
    summary: str
    actors: tuple[str, ...]
    issues: tuple[str, ...]
    outlet: str = ""
    author: str = ""
    quotes: tuple[str, ...] = ()
    """What the followed actor said in this briefing."""


@dataclass(frozen=True)
class Feed:
    """A feed: ``name`` is its path under export/ without the extension (``feeds/actors/x``)."""

    name: str
    title: str
    page: str
    """The page the feed follows, relative to docs_dir."""
    items: tuple[FeedItem, ...]
    description: str = "The newest briefings"

    @property
    def updated(self) -> date:
        """The newest entry's date."""
        return max(item.day for item in self.items)


@dataclass
class JsonFeedItem:
    """An item of JSON Feed 1.1 (https://www.jsonfeed.org/version/1.1/)."""

    id: str
    url: str
    title: str
    summary: str
    content_html: str
    date_published: str
    tags: list[str]
    authors: list[dict[str, str]] = field(default_factory=list)
    _briefing: dict[str, Any] = field(default_factory=dict)


@dataclass
class JsonFeed:
    """A JSON Feed 1.1 document."""

    version: str
    title: str
    home_page_url: str
    description: str
    items: list[JsonFeedItem]
    feed_url: str | None = None


def _day(value: str | None) -> date | None:
    try:
        return date.fromisoformat(value) if value else None
    except ValueError:
        return None


def _item(b: BriefingEntry, options: ExportOptions) -> FeedItem | None:
    day = _day(b.article.date)
    if day is None:
        return None
    ranked = sorted((r.actor for r in b.actors if r.actor.kind in PAGE_KINDS), key=lambda a: -a.salience)
    issues = sorted(b.briefing.issues, key=lambda i: -i.score)
    art = b.article
    # feedgen refuses empty titles and category terms: text of control characters alone is empty here.
    return FeedItem(
        options.urn("briefing", b.ident),
        b.path,
        one_line(b.title) or "Untitled",
        day,
        shorten(b.lead),
        _lines(a.name for a in ranked[:KEY_ACTORS]),
        _lines(i.label for i in issues[:MAIN_ISSUES]),
        one_line(art.outlet),
        one_line(art.author),
    )


def _lines(texts: Iterable[str]) -> tuple[str, ...]:
    return tuple(line for line in map(one_line, texts) if line)


def _with_quotes(item: FeedItem | None, quotes: Sequence[QuoteRow]) -> FeedItem | None:
    return None if item is None else replace(item, quotes=tuple(shorten(q.quote.text) for q in quotes))


def _newest(items: Iterable[FeedItem | None], size: int) -> tuple[FeedItem, ...]:
    dated = sorted((i for i in items if i is not None), key=lambda i: (i.day, i.title, i.id), reverse=True)
    return tuple(dated[:size])


def site_feeds(site: Site, options: ExportOptions) -> list[Feed]:
    """The site's feed, then one per actor page and per issue page that has a dated briefing."""
    size = options.feed_size
    base = {b.ident: _item(b, options) for b in site.briefings}
    feeds = [Feed("feeds/site", options.site_name, "index.md", _newest(base.values(), size))]
    for a in site.actors:
        said: dict[str, list[QuoteRow]] = defaultdict(list)
        for b, q in a.quotes:
            said[b.ident].append(q)
        seen = dict.fromkeys(ap.briefing.ident for ap in a.appearances)
        items = (_with_quotes(base[i], said[i]) if i in said else base[i] for i in seen)
        name = one_line(a.name)
        feeds.append(
            Feed(
                f"feeds/{a.path[:-3]}",
                f"{options.site_name}: {name}",
                a.path,
                _newest(items, size),
                f"The newest briefings that name {name}, and their quotes",
            )
        )
    for i in site.issues:
        idents = dict.fromkeys(b.ident for b, _ in i.rows)
        label = one_line(i.label)
        feeds.append(
            Feed(
                f"feeds/{i.path[:-3]}",
                f"{options.site_name}: {label}",
                i.path,
                _newest((base[k] for k in idents), size),
                f"The newest briefings that raise {label}",
            )
        )
    return [f for f in feeds if f.items]


@lru_cache(maxsize=1)
def _entry_template() -> Any:
    env = Environment(
        loader=FileSystemLoader(str(Path(__file__).parent)),
        autoescape=select_autoescape(["j2"]),
        trim_blocks=True,
        lstrip_blocks=True,
    )
    return env.get_template("entry.html.j2")


@lru_cache(maxsize=4096)
def _content(item: FeedItem, link: str) -> str:
    """The HTML content of ``item``: the same in the Atom and JSON feeds and in every feed it is in."""
    return str(_entry_template().render(item=item, link=link)).strip()


def _stamp(day: date) -> datetime:
    return datetime(day.year, day.month, day.day, tzinfo=timezone.utc)


def atom(feed: Feed, options: ExportOptions) -> bytes:
    """The Atom 1.0 document of ``feed`` (written by feedgen)."""
    from feedgen.feed import FeedGenerator  # type: ignore[import-untyped]  # lazy: only feeds need it

    here = f"{EXPORT_DIR}/{feed.name}.xml"
    fg = FeedGenerator()
    fg.id(options.urn("feed", feed.name))
    fg.title(xml_text(feed.title))
    fg.subtitle(feed.description)
    fg.updated(_stamp(feed.updated))
    fg.link(href=options.link(feed.page, here), rel="alternate", type="text/html")
    fg.link(href=options.file_link(here, here), rel="self", type="application/atom+xml")
    fg.author(name=xml_text(options.site_name))
    fg.generator("briefing-generator")
    actors_scheme = options.link("actors/index.md", here)
    issues_scheme = options.link("issues/index.md", here)
    for item in feed.items:
        link = options.link(item.page, here)
        entry = fg.add_entry(order="append")
        entry.id(item.id)
        entry.title(item.title)
        entry.updated(_stamp(item.day))
        entry.published(_stamp(item.day))
        entry.link(href=link, rel="alternate", type="text/html")
        entry.summary(item.summary or item.title)
        entry.content(_content(item, link), type="html")
        if item.author:
            entry.author(name=item.author)
        for name in item.actors:
            entry.category(term=name, scheme=actors_scheme, label=name)
        for label in item.issues:
            entry.category(term=label, scheme=issues_scheme, label=label)
    return bytes(fg.atom_str(pretty=False))


def json_feed(feed: Feed, options: ExportOptions) -> bytes:
    """The JSON Feed 1.1 document of ``feed``."""
    here = f"{EXPORT_DIR}/{feed.name}.json"
    items = []
    for item in feed.items:
        link = options.link(item.page, here)
        items.append(
            JsonFeedItem(
                item.id,
                link,
                item.title,
                item.summary,
                _content(item, link),
                _stamp(item.day).isoformat(),
                [*item.issues],
                [{"name": item.author}] if item.author else [],
                {
                    "about": "key actors, main issues and quotes of the briefing",
                    "key_actors": [*item.actors],
                    "issues": [*item.issues],
                    "quotes": [*item.quotes],
                    "outlet": item.outlet,
                },
            )
        )
    doc = JsonFeed(
        JSON_FEED_VERSION,
        xml_text(feed.title),
        options.link(feed.page, here),
        feed.description,
        items,
        options.file_link(here, here) if options.site_url else None,
    )
    # ``vars``, not ``asdict``: the fields hold plain values already, and a deep copy is slow.
    data = {k: v for k, v in vars(doc).items() if v is not None}
    data["items"] = [vars(item) for item in doc.items]
    return json.dumps(data, ensure_ascii=False, separators=(",", ":")).encode("utf-8") + b"\n"


def feed_files(feeds: Sequence[Feed], options: ExportOptions) -> dict[str, bytes]:
    """Each feed as ``NAME.xml`` (Atom) and ``NAME.json`` (JSON Feed), by path under export/."""
    out: dict[str, bytes] = {}
    for feed in feeds:
        out[f"{feed.name}.{FEED_EXTENSIONS[0]}"] = atom(feed, options)
        out[f"{feed.name}.{FEED_EXTENSIONS[1]}"] = json_feed(feed, options)
    return out
