"""Quote records: each quote on a built briefing page as a search record of its own.

A briefing's template marks each quote ``<figure class="quote" id="qN">`` with hidden fields
``<span data-quote="speaker">`` and ``<span data-quote="role">`` in it, and files the page under
its facets (``_search.md.j2``). A record links to the quote's anchor and carries the speaker, role,
article, date and the page's facets.
"""

from __future__ import annotations

import html
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

_FIGURE = re.compile(r'<figure class="quote" id="(q\d+)"([^>]*)>(.*?)</figure>', re.DOTALL)
_QUOTE_FIELD = re.compile(r'<span data-quote="(\w+)" data-pagefind-ignore hidden>([^<]*)</span>')
_TEXT = re.compile(r"<blockquote>\s*<p>(.*?)</p>", re.DOTALL)
_FACET = re.compile(r'<span data-pagefind-(filter|meta)="(\w+)">([^<]*)</span>')
_TITLE = re.compile(r"<h1[^>]*>(.*?)</h1>", re.DOTALL)
_TAG = re.compile(r"<[^>]+>")
_HEADERLINK = re.compile(r'<a class="headerlink"[^>]*>.*?</a>', re.DOTALL)
PAGE_FACETS = ("outlet", "section", "year", "country")
"""Facets of a briefing that its quotes share (``kind`` and ``speaker`` are the quote's own)."""
TITLE_WORDS = 12


@dataclass(frozen=True)
class QuoteRecord:
    """One quote as Pagefind's ``add_custom_record`` takes it."""

    url: str
    content: str
    meta: dict[str, str]
    filters: dict[str, list[str]] = field(default_factory=dict)
    sort: dict[str, str] = field(default_factory=dict)


def _text(fragment: str) -> str:
    return " ".join(html.unescape(_TAG.sub(" ", _HEADERLINK.sub("", fragment))).split())


def _short(text: str) -> str:
    words = text.split()
    return " ".join(words[:TITLE_WORDS]) + (" …" if len(words) > TITLE_WORDS else "")


def page_url(site: Path, page: Path) -> str:
    """The site-relative URL of the built ``page`` (``/a/b/`` for ``a/b/index.html``)."""
    rel = page.relative_to(site).as_posix()
    return "/" + (rel.removesuffix("index.html"))


def quote_records(url: str, text: str) -> Iterator[QuoteRecord]:
    """The quotes of the built page ``text`` served at ``url``, as records (none on other pages)."""
    if '<figure class="quote" id="q' not in text:
        return
    filters: dict[str, list[str]] = {}
    meta: dict[str, str] = {}
    for kind, name, value in _FACET.findall(text):
        if kind == "meta":
            meta[name] = html.unescape(value)
        elif name in PAGE_FACETS:
            filters.setdefault(name, []).append(html.unescape(value))
    title = _TITLE.search(text)
    article = _text(title.group(1)) if title else ""
    for anchor, _, body in _FIGURE.findall(text):
        fields = {k: html.unescape(v) for k, v in _QUOTE_FIELD.findall(body)}
        found = _TEXT.search(body)
        said = _text(found.group(1)) if found else ""
        speaker, role = fields.get("speaker", ""), fields.get("role", "")
        by = ", ".join(x for x in (speaker, role) if x)
        record_meta = {
            "title": f"{speaker or 'Unattributed'}: “{_short(said)}”",
            "kind": "quote",
            "article": article,
            "speaker": speaker,
            "role": role,
        }
        if meta.get("date"):
            record_meta["date"] = meta["date"]
        yield QuoteRecord(
            url=f"{url}#{anchor}",
            content=f"{said} — {by}. {article}" if by else f"{said} — {article}",
            meta={k: v for k, v in record_meta.items() if v},
            filters={"kind": ["quote"], **({"speaker": [speaker]} if speaker else {}), **filters},
            sort={"date": meta["date"]} if meta.get("date") else {},
        )
