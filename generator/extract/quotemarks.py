"""Quotation structure: pairing quotation marks into quoted regions, paragraph by paragraph.

Typographic (“ ” « » „) and straight (") double marks, and two apostrophes typed as one ('', as some
newspapers' archives have them), are paired in one linear pass.
A mark that cannot be paired never makes the scan give up: an opening mark left open
runs to the end of its paragraph, a stray closing mark is ignored. A paragraph that ends
inside a quote and is followed by a paragraph opening with a quotation mark continues
the quote (the newspaper convention for multi-paragraph quotes): both regions share a chain.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..model import Offsets

_MARK = re.compile("''|[\"“”«»„]")
_OPENING = frozenset("“«„")
_CLOSING = frozenset("”»")
_BEFORE_OPEN = frozenset("([{—–-/:")
MARKS = frozenset(['"', "“", "”", "«", "»", "„", "''"])
"""Every mark the scanner treats as a double quotation mark."""
_APOSTROPHES = "''"
_TITLE_SMALL = frozenset({"a", "an", "the", "and", "or", "of", "in", "on", "with", "for", "to", "at", "by"})
_TITLE_WORDS = 8
"""Words a quoted title has at most ("Make Your Kid a Millionaire")."""


def title_case(quoted: str) -> int:
    """How many words ``quoted`` has when it is a title in title case (every word capitalised but the
    small ones: “The Quiet Hours”, “Contract with America.”), or 0; a question is asked ("Is the Pope a
    Catholic?"), an exclamation or words in capitals shouted ("NO COLLUSION")."""
    if quoted.rstrip(" ,'\"“”’").endswith(("?", "!")) or quoted.isupper():
        return 0
    words = quoted.strip(" ,.;:'\"“”‘’").split()
    if not words or len(words) > _TITLE_WORDS or not words[0][0].isupper():
        return 0
    return len(words) if all(w[0].isupper() or w.lower() in _TITLE_SMALL for w in words) else 0


@dataclass
class Region:
    """One quoted stretch of text, marks included."""

    start: int
    end: int
    closed: bool
    """False when the paragraph ended before a closing mark."""
    chain: int
    """Regions of one multi-paragraph quote share this number."""
    width: int = 1
    """Characters of each mark (2 for '')."""

    @property
    def inner(self) -> Offsets:
        """The quoted words without the marks."""
        start = self.start + self.width
        end = self.end - self.width if self.closed else self.end
        return start, max(start, end)


def _opens(text: str, i: int, end: int, para_start: int, is_open: bool) -> bool:
    """Whether the mark at ``[i, end)`` opens a quote (a straight one also with the space after a sentence
    end left out: 'on the red carpet."It's unlike ...')."""
    ch = text[i]
    if ch in _OPENING:
        return True
    if is_open:
        return False
    prev = text[i - 1] if i > para_start else " "
    if ch in _CLOSING:  # a closing mark typed where a quote opens: after a space, before a word
        return prev.isspace() and text[end : end + 1].isalnum()
    return prev.isspace() or prev in _BEFORE_OPEN or (prev in ".!?" and text[end : end + 1].isupper())


def _trim_end(text: str, start: int, end: int) -> int:
    while end > start and text[end - 1].isspace():
        end -= 1
    return end


def _restarts(text: str, i: int, open_at: int) -> bool:
    """Whether the mark at ``i``, met inside an open quote, starts a new quoted sentence whose
    predecessor lost its closing mark ("... immigration. "We are ..."): it stands after a sentence
    end and a space, before a word, as a run-on multi-paragraph quote has it."""
    j = i - 1
    while j > max(open_at, i - 8) and text[j].isspace():
        j -= 1
    return j < i - 1 and j > open_at and text[j] in ".?!" and text[i + 1 : i + 2].isalnum()


def scan(text: str, paragraphs: list[Offsets]) -> list[Region]:
    """All quoted regions of ``text`` within ``paragraphs``, in order; linear in the text."""
    regions: list[Region] = []
    chain = 0
    continues = False
    for para_start, para_end in paragraphs:
        open_at: int | None = None
        width = 1
        nested = False
        last_straight = text.rfind('"', para_start, para_end)
        first = True
        for m in _MARK.finditer(text, para_start, para_end):
            i = m.start()
            ch = text[i]
            if i > para_start and text[i - 1] == ch and ch != "'":
                continue  # a doubled mark (""...""), as escaped text often has, counts once
            if m.group() == _APOSTROPHES and open_at is not None and width == 1:
                continue  # '' inside a quote in double marks: a quote within it
            if (
                open_at is not None
                and text[open_at] == '"'
                and i < last_straight
                and (ch in _OPENING or (nested and ch in _CLOSING))
            ):
                nested = ch in _OPENING  # typographic marks inside a closed straight quote: a quote within it
                continue
            if open_at is not None and ch in "\"'" and _restarts(text, i, open_at):
                regions.append(Region(open_at, _trim_end(text, open_at, i), False, chain, width))
                open_at, width = i, len(m.group())
                continue
            if _opens(text, i, m.end(), para_start, open_at is not None):
                if open_at is not None:
                    regions.append(Region(open_at, _trim_end(text, open_at, i), False, chain, width))
                if not (first and continues and i == para_start):
                    chain += 1
                open_at, width = i, len(m.group())
            elif open_at is not None:
                regions.append(Region(open_at, m.end(), True, chain, width))
                open_at = None
            first = False
        continues = open_at is not None
        if open_at is not None:
            regions.append(Region(open_at, _trim_end(text, open_at, para_end), False, chain, width))
    return [r for r in regions if r.end - r.start > 2]
