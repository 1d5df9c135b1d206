"""Smaller HTML output: whitespace that cannot change how a page renders is dropped.

Outside ``pre``, ``code``, ``script``, ``style`` and ``textarea``, HTML renders any run
of whitespace as one space, so a run that holds a line break (the theme's indentation)
becomes a single line break. Attribute quoting and markup are left exactly as they are.

Without Material's search plugin, the page config Material writes into every page (``__config``)
loses what only that search reads: its worker's address and its result messages (about 400 bytes
a page, 14 MB over a site of 35,000 pages).
"""

from __future__ import annotations

import json
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


_CONFIG = re.compile(r'(<script id="__config" type="application/json">)(.*?)(</script>)', re.S)
_SCRIPT_SAFE = str.maketrans({"<": "\\u003c", ">": "\\u003e", "&": "\\u0026", "'": "\\u0027"})
"""Escapes that keep JSON inside a script element inert, as Jinja's ``tojson`` writes them."""


def without_search_config(html: str) -> str:
    """``html`` with Material's page config stripped of the parts only its search plugin reads
    (for a site without that plugin); unchanged when the config is not there or not JSON."""
    m = _CONFIG.search(html)
    if m is None:
        return html
    try:
        app = json.loads(m.group(2))
    except ValueError:
        return html
    if not isinstance(app, dict):
        return html
    app.pop("search", None)
    messages = app.get("translations")
    if isinstance(messages, dict):
        app["translations"] = {k: v for k, v in messages.items() if not str(k).startswith("search.")}
    text = json.dumps(app, ensure_ascii=False, separators=(",", ":")).translate(_SCRIPT_SAFE)
    return html[: m.start(2)] + text + html[m.end(2) :]
