"""JSON and JSON Lines: one article per object (title, text, date, url, source, author)."""

from __future__ import annotations

import json
from typing import Any

from ...model import Article
from ..dates import iso_date
from ..encoding import normalise
from . import FormatError
from .text import layout_article

_TEXT_FIELDS = ("text", "body", "content")


def _field(item: dict[str, Any], *names: str) -> str | None:
    value = next((item[n] for n in names if isinstance(item.get(n), (str, int, float))), None)
    if value is None:
        return None
    return str(value).strip() or None


def _decode(chunk: str) -> object:
    try:
        return json.loads(chunk)
    except (ValueError, RecursionError) as err:
        reason = str(err).splitlines()[0][:80] if str(err) else type(err).__name__
        raise FormatError(f"invalid JSON ({reason})") from None


def _article(path: str, key: str, item: object) -> Article:
    if not isinstance(item, dict):
        raise FormatError("not a JSON object")
    text = _field(item, *_TEXT_FIELDS)
    if text is None:
        raise FormatError("no 'text' field")
    tags = item.get("tags")
    article = layout_article(
        path,
        normalise(text),
        header=False,
        fmt="json",
        title=_field(item, "title", "headline"),
        outlet=_field(item, "source", "outlet", "sitename"),
        author=_field(item, "author", "byline"),
        section=_field(item, "section"),
        url=_field(item, "url", "link"),
        date=iso_date(item.get("date")),
        tags=[str(t) for t in tags if isinstance(t, (str, int))] if isinstance(tags, list) else [],
    )
    article.key = key
    return article


def read_json(path: str, text: str, *, lines: bool) -> tuple[list[Article], list[FormatError]]:
    """Every article of a JSON (object or array) or JSON Lines file.

    Keys are ``path#N``: line N of JSON Lines, item N (from 1) of a JSON array; a lone object keeps ``path``.
    """
    items: list[tuple[str, int, object]] = []
    if lines:
        for n, line in enumerate(text.split("\n"), 1):
            if line.strip():
                try:
                    items.append(("line", n, _decode(line)))
                except FormatError as err:
                    items.append(("line", n, err))
    else:
        data = _decode(text)
        items = [("item", n, x) for n, x in enumerate(data, 1)] if isinstance(data, list) else [("", 0, data)]
    articles: list[Article] = []
    errors: list[FormatError] = []
    for unit, n, item in items:
        where = f"{unit} {n}" if unit else ""
        try:
            if isinstance(item, FormatError):
                raise item
            articles.append(_article(path, f"{path}#{n}" if unit else path, item))
        except FormatError as err:
            errors.append(type(err)(f"{where}: {err}" if where else str(err)))
    return articles, errors
