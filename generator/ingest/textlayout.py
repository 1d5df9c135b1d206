"""Where things are in a plain-text article: headline, section, outlet, byline, dateline, body, boilerplate.

News text arrives as blank-line separated blocks (or one paragraph per line). A header of
short heading-like lines comes first (section label, headline, outlet, byline, date), then
body paragraphs, then a tail of bylines, credits and site boilerplate. A dateline
("ALEXANDRIA, Va. - ") opens the body and a credit ("(Reporting by ...)") may close it.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass

from ..model import Offsets
from .dates import find_date

_BLOCK = re.compile(r"[^\n]+(?:\n[^\n]+)*")
_LINE = re.compile(r"[^\n]+")
_TERMINAL = ".!?…"
_CLOSERS = "\"”’'»)] \t"
_WRAP_WIDTH = 100
_MAX_HEADING_WORDS = 30
_PROSE_WORDS = 24
_TITLE_WORDS = 3
_BOILERPLATE = re.compile(
    r"^\W*(?:(?:advertisement|sponsored|comments?|share|print|e-?mail|facebook|twitter|whatsapp|linkedin|"
    r"telegram|related|tags|menu|home)\W*$|"
    r"leave a (?:reply|comment)|share (?:this|on)\b|subscribe\b|follow (?:us|me)\b|sign up\b|newsletter|"
    r"related (?:articles|posts|stories|news)|read more\b|click here|tags?:|filed under|posted in|"
    r"all rights reserved|copyright\b|©|you may also like|recommended for you|more from\b|"
    r"(?:we use|accept(?: all)?) cookies|skip to)",
    re.I,
)
_CREDIT = re.compile(r"\(\s*(?:(?:additional )?reporting|writing|editing|compiled) by\b(?P<names>[^()]*)\)\s*$", re.I)
_MAX_BOILERPLATE_WORDS = 15
_DOMAIN = re.compile(r"\w\.[a-z]{2,}\b")
_BY = re.compile(r"^(?:by|written by|words by|reporting by)\s+(?P<name>.+?)\s*$", re.I)
_NAME_TOKEN = re.compile(r"^(?:[A-Z][\w'’-]*\.?|[A-Z]\.(?:[A-Z]\.)*|(?:de|da|del|van|von|der|bin|al|la|le|di)\b)$")
# fmt: off
_OUTLET_WORDS = frozenset([
    "news", "times", "post", "press", "daily", "herald", "journal", "tribune", "gazette", "telegraph",
    "guardian", "chronicle", "agency", "media", "online", "tv", "radio", "network", "magazine", "review",
    "observer", "standard", "express", "mail", "today", "weekly", "wire", "report", "insider", "digital",
    "broadcasting", "service"
])
# fmt: on
_DATELINE = re.compile(
    r"(?P<place>[A-Z][A-Z.'’-]+(?: [A-Z][A-Z.'’-]+){0,3}(?:,\s*[A-Z][A-Za-z.]+(?: [A-Z][A-Za-z.]+){0,2})?)"
    r"(?:,\s*(?P<when>[A-Z][a-z]{2,8}\.?\s+\d{1,2}(?:,\s*\d{4})?))?"
    r"\s*(?:\((?P<agency>[A-Za-z][\w .&-]{0,30})\))?\s*(?:--|-|–|—)\s+"
)
_REPORTER_PLACE = re.compile(r"\s+in\s+.*$")


@dataclass
class Layout:
    """What the text holds and where: the body span, its paragraphs and the header/tail metadata."""

    body: Offsets
    paragraphs: list[Offsets]
    title: str | None = None
    section: str | None = None
    outlet: str | None = None
    author: str | None = None
    date: str | None = None


class NoBody(ValueError):
    """The text has no body paragraph: it is empty or holds a title only."""


def _trim(text: str, start: int, end: int) -> Offsets | None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return (start, end) if start < end else None


def blocks(text: str, start: int = 0, end: int | None = None) -> list[Offsets]:
    """Spans of blank-line separated blocks of ``text[start:end]``, whitespace trimmed."""
    found = (_trim(text, m.start(), m.end()) for m in _BLOCK.finditer(text, start, len(text) if end is None else end))
    return [span for span in found if span]


def _hard_wrapped(lines: list[Offsets]) -> bool:
    widths = [e - s for s, e in lines]
    widest = max(widths)
    return widest <= _WRAP_WIDTH and all(w >= 0.6 * widest for w in widths[:-1])


def units(text: str, start: int = 0, end: int | None = None) -> list[Offsets]:
    """Paragraph-sized units: blocks, split into lines unless the block is hard-wrapped prose; a line
    that carries on the sentence of the line before stays joined to it (a ragged wrap)."""
    out: list[Offsets] = []
    for s, e in blocks(text, start, end):
        lines = [span for m in _LINE.finditer(text, s, e) if (span := _trim(text, m.start(), m.end()))]
        if len(lines) < 2 or _hard_wrapped(lines):
            out.append((s, e))
            continue
        joined = lines[:1]
        for line in lines[1:]:
            last = joined[-1]
            if _carries_on(text[last[0] : last[1]], text[line[0] : line[1]]):
                joined[-1] = (last[0], line[1])
            else:
                joined.append(line)
        out.extend(joined)
    return out


def _carries_on(line: str, nxt: str) -> bool:
    """Whether ``nxt`` continues the sentence ``line`` leaves open: no stop or colon ends ``line`` and ``nxt``
    opens in lower case ("Donald Trump regularly" / "incites" / "political violence ...")."""
    return not _ends_sentence(line) and not line.rstrip().endswith(":") and nxt[:1].islower()


def _ends_sentence(line: str) -> bool:
    return line.rstrip(_CLOSERS)[-1:] in tuple(_TERMINAL)


def _heading_like(line: str) -> bool:
    return len(line.lstrip("#").split()) <= _MAX_HEADING_WORDS and not _ends_sentence(line)


def _is_prose(line: str) -> bool:
    words = line.split()
    return len(words) >= _PROSE_WORDS or (len(words) >= 3 and _ends_sentence(line))


def _header_size(lines: list[str]) -> int:
    """How many leading units are header: the first line of a longer text is its headline
    (unless it opens with a dateline), then every heading-like line after it."""
    first = int(len(lines) > 1 and len(lines[0].split()) <= _MAX_HEADING_WORDS and not _DATELINE.match(lines[0]))
    while first < len(lines) and _heading_like(lines[first]):
        first += 1
    return first


def _name_like(line: str) -> bool:
    tokens = line.split()
    return 2 <= len(tokens) <= 5 and len(line) <= 50 and all(_NAME_TOKEN.match(t) for t in tokens)


def _outlet_like(line: str) -> bool:
    words = line.split()
    return len(words) == 1 or any(w.lower().strip(".,") in _OUTLET_WORDS for w in words) or bool(_DOMAIN.search(line))


def _boilerplate(line: str) -> bool:
    return len(line.split()) < _MAX_BOILERPLATE_WORDS and bool(_BOILERPLATE.match(line))


def _credit(line: str) -> str | None:
    """The reporters named by a unit that is only a credit line."""
    m = _CREDIT.search(line)
    return _reporters(m["names"]) if m and m.start() == 0 else None


def _person(name: str) -> str:
    """A name as signed, without a sentence-final full stop (an initial keeps its own)."""
    last = name.split()[-1]
    return name[:-1] if last.endswith(".") and len(last) > 2 else name


def _byline(line: str) -> str | None:
    m = _BY.match(line)
    if m and len(m["name"].split()) <= 8:
        return _person(m["name"])
    return _person(line) if _name_like(line) and not _outlet_like(line) else None


def _date_line(line: str) -> str | None:
    hit = find_date(line)
    if hit is None:
        return None
    rest = line[: hit[1][0]] + line[hit[1][1] :]
    return hit[0] if len(rest.split()) <= 3 else None


def _reporters(credit: str) -> str:
    names = re.split(r";|,|\band\b", credit.split(";")[0])
    return ", ".join(n for n in (_REPORTER_PLACE.sub("", n).strip() for n in names) if n)


def clean_title(line: str) -> str:
    """A headline as shown: heading marks dropped, HTML entities of scraped text decoded."""
    return html.unescape(line.lstrip("#").strip())


def _read_header(lines: list[str], layout: Layout) -> None:
    candidates: list[int] = []
    for i, line in enumerate(lines):
        if (date := _date_line(line)) is not None:
            layout.date = layout.date or date
        elif _BY.match(line) and (name := _byline(line)):
            layout.author = layout.author or name
        elif not _boilerplate(line):
            candidates.append(i)
    if not candidates:
        return
    title_i = next(
        (i for i in candidates if len(lines[i].split()) >= _TITLE_WORDS),
        max(candidates, key=lambda i: (len(lines[i].split()), -i)),
    )
    layout.title = clean_title(lines[title_i])
    before = [i for i in candidates if i < title_i]
    after = [i for i in candidates if i > title_i]
    if before and len(lines[before[-1]].split()) <= 4:
        layout.section = clean_title(lines[before[-1]])
    for i in after[:2]:
        line = lines[i]
        if layout.author is None and (name := _byline(line)):
            layout.author = name
        elif layout.outlet is None and len(line.split()) <= 6:
            layout.outlet = clean_title(line)


def _tail_start(text: str, spans: list[Offsets], first: int, layout: Layout) -> int:
    """Index of the first tail unit; reads bylines and dates found there into ``layout``."""
    end = len(spans)
    while end - 1 > first:
        line = text[slice(*spans[end - 1])]
        credit = _credit(line)
        if _is_prose(line) and credit is None and not _boilerplate(line):
            break
        if (date := _date_line(line)) is not None:
            layout.date = layout.date or date
        elif credit is not None:
            layout.author = layout.author or credit
        elif not _boilerplate(line) and (name := _byline(line)):
            layout.author = name
        end -= 1
    return end


def _cut_credit(text: str, span: Offsets, layout: Layout) -> Offsets:
    credit = _CREDIT.search(text, *span)
    if credit is None or credit.start() == span[0]:
        return span
    layout.author = layout.author or _reporters(credit["names"])
    return _trim(text, span[0], credit.start()) or span


def _cut_dateline(text: str, span: Offsets, layout: Layout) -> Offsets:
    m = _DATELINE.match(text, *span)
    if m is None or len(m["place"]) < 3:
        return span
    if m["agency"] and layout.outlet is None:
        layout.outlet = m["agency"].strip()
    if m["when"] and layout.date is None and (hit := find_date(m["when"])):
        layout.date = hit[0]
    return _trim(text, m.end(), span[1]) or span


def read_layout(
    text: str, start: int = 0, end: int | None = None, *, header: bool = True, title: str | None = None
) -> Layout:
    """The layout of ``text[start:end]``.

    ``header=False`` when the metadata is known from elsewhere: then only a first line that
    repeats ``title`` is taken out of the body.

    Raises NoBody when no paragraph of body text is found.
    """
    spans = units(text, start, end)
    if not spans:
        raise NoBody("empty article")
    lines = [text[s:e] for s, e in spans]
    if header:
        first = _header_size(lines)
    else:
        first = int(bool(title) and len(lines) > 1 and clean_title(lines[0]).casefold() == (title or "").casefold())
    if first == len(spans):
        raise NoBody("title only, no body text")
    layout = Layout(body=(0, 0), paragraphs=[])
    _read_header(lines[:first], layout)
    stop = _tail_start(text, spans, first, layout)
    paragraphs = spans[first:stop]
    paragraphs[-1] = _cut_credit(text, paragraphs[-1], layout)
    paragraphs[0] = _cut_dateline(text, paragraphs[0], layout)
    layout.paragraphs = paragraphs
    layout.body = (paragraphs[0][0], paragraphs[-1][1])
    return layout
