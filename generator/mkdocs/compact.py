"""Smaller HTML output: whitespace that cannot change how a page renders is dropped.

Outside ``pre``, ``code``, ``script``, ``style`` and ``textarea``, HTML renders any run
of whitespace as one space, so a run that holds a line break (the theme's indentation)
becomes a single line break. Attribute quoting and markup are left exactly as they are.
"""

from __future__ import annotations

import re

_KEEP = re.compile(r"<(pre|code|script|style|textarea)\b.*?</\1\s*>", re.S | re.I)
"""Elements whose whitespace is content."""
_BREAK = re.compile(r"[ \t\r\n\f]*\n[ \t\r\n\f]*")
"""A whitespace run holding a line break (ASCII whitespace only: a no-break space is content)."""


def compact_html(html: str) -> str:
    """``html`` with each whitespace run that holds a line break reduced to one line break,
    except inside the elements whose whitespace is content."""
    out: list[str] = []
    pos = 0
    for m in _KEEP.finditer(html):
        out.append(_BREAK.sub("\n", html[pos : m.start()]))
        out.append(m.group())
        pos = m.end()
    out.append(_BREAK.sub("\n", html[pos:]))
    return "".join(out)
