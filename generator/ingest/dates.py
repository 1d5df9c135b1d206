"""Publication dates as ISO ``YYYY-MM-DD``: from front-matter values or a date written in the text."""

from __future__ import annotations

import datetime as dt
import re

_MONTHS = {
    m.lower(): i
    for i, m in enumerate(
        [
            "January",
            "February",
            "March",
            "April",
            "May",
            "June",
            "July",
            "August",
            "September",
            "October",
            "November",
            "December",
        ],
        1,
    )
}
_MONTH = r"(?P<month>(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)[a-z]*)\.?"
_PATTERNS = (
    re.compile(r"\b(?P<year>\d{4})-(?P<num>\d{2})-(?P<day>\d{2})\b"),
    re.compile(rf"\b{_MONTH}\s+(?P<day>\d{{1,2}})(?:st|nd|rd|th)?,?\s+(?P<year>\d{{4}})\b", re.I),
    re.compile(rf"\b(?P<day>\d{{1,2}})(?:st|nd|rd|th)?\s+{_MONTH},?\s+(?P<year>\d{{4}})\b", re.I),
)


def _month(name: str) -> int | None:
    key = name.lower()[:3]
    return next((n for m, n in _MONTHS.items() if m.startswith(key)), None)


def find_date(text: str) -> tuple[str, tuple[int, int]] | None:
    """The first valid date written in ``text`` (ISO or with a month name), and where it is."""
    found: list[tuple[int, int, str]] = []
    for pattern in _PATTERNS:
        for m in pattern.finditer(text):
            parts = m.groupdict()
            month = int(parts["num"]) if parts.get("num") else _month(parts["month"])
            try:
                day = dt.date(int(parts["year"]), month or 0, int(parts["day"]))
            except ValueError:
                continue
            found.append((m.start(), m.end(), day.isoformat()))
            break
    if not found:
        return None
    start, end, iso = min(found)
    return iso, (start, end)


def iso_date(value: object) -> str | None:
    """A front-matter or JSON date value (date, datetime or string) as ``YYYY-MM-DD``, or None."""
    if isinstance(value, dt.datetime):
        return value.date().isoformat()
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, str):
        hit = find_date(value)
        return hit[0] if hit else None
    return None
