"""Markdown articles with optional YAML front matter (title, date, source/outlet, url, tags, author, section)."""

from __future__ import annotations

import re
from typing import Any

import yaml

from ...model import Article
from ..dates import iso_date
from . import FormatError
from .text import layout_article

_OPEN = re.compile(r"---[ \t]*\n")
_CLOSE = re.compile(r"^(?:---|\.\.\.)[ \t]*$", re.M)
_FIELDS = ("title", "section", "author", "url")


def _front_matter(text: str) -> tuple[dict[str, Any], int]:
    """The parsed front matter and where the Markdown after it starts (0 when there is none)."""
    opening = _OPEN.match(text)
    if opening is None:
        return {}, 0
    closing = _CLOSE.search(text, opening.end())
    if closing is None:
        raise FormatError("line 1: front matter opened with '---' is never closed")
    try:
        data = yaml.safe_load(text[opening.end() : closing.start()])
    except yaml.MarkedYAMLError as err:
        mark = err.problem_mark or err.context_mark
        line = mark.line + 2 if mark else 1
        raise FormatError(f"line {line}: malformed front matter: {err.problem or err.context}") from None
    except (yaml.YAMLError, RecursionError) as err:
        raise FormatError(f"line 1: malformed front matter: {type(err).__name__}") from None
    if data is None:
        data = {}
    if not isinstance(data, dict):
        raise FormatError("line 2: front matter is not a mapping of fields")
    return data, closing.end()


def _text_field(data: dict[str, Any], *names: str) -> str | None:
    value = next((data[n] for n in names if data.get(n) is not None), None)
    if value is None:
        return None
    if isinstance(value, (dict, list)):
        raise FormatError(f"front matter field {names[0]!r} must be text")
    return str(value).strip() or None


def _tags(value: object) -> list[str]:
    if value is None:
        return []
    items = value if isinstance(value, list) else str(value).split(",")
    return [str(t).strip() for t in items if not isinstance(t, (dict, list)) and str(t).strip()]


def read_markdown(path: str, text: str) -> Article:
    """A Markdown article; front-matter fields override what the text layout suggests."""
    data, start = _front_matter(text)
    meta: dict[str, Any] = {name: _text_field(data, name) for name in _FIELDS}
    meta["outlet"] = _text_field(data, "outlet", "source")
    corrections = data.get("corrections")
    if corrections is not None and not isinstance(corrections, dict):
        raise FormatError("front matter field 'corrections' must be a mapping")
    return layout_article(
        path,
        text,
        start,
        fmt="markdown",
        date=iso_date(data.get("date")),
        tags=_tags(data.get("tags")),
        corrections=corrections,
        **meta,
    )
