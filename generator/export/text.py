"""Text made safe for the export formats: XML that stays well-formed, CSV cells that never run.

Article text is untrusted. XML 1.0 has no way to write most control characters, lone
surrogates or U+FFFE/U+FFFF, so they are dropped; a spreadsheet runs a cell that starts
with ``=``, ``+``, ``-``, ``@``, a tab or a carriage return as a formula (OWASP "CSV
injection"), so such a cell gets a leading apostrophe.
"""

from __future__ import annotations

import re

_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x84\x86-\x9f\ud800-\udfff\ufffe\uffff]")
"""Characters XML 1.0 cannot hold (or that only confuse readers): C0/C1 controls but tab, newline,
carriage return and NEL; surrogates; the two non-characters."""
_SPACE = re.compile(r"\s+")
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
"""First characters that make a spreadsheet read a cell as a formula."""
SUMMARY_CHARS = 400
CELL_CHARS = 32_767
"""The most characters a spreadsheet cell holds (Excel's limit; longer text spills or is refused)."""


def xml_text(value: str | None) -> str:
    """``value`` without the characters XML cannot hold."""
    return _NOT_XML.sub("", value or "")


def one_line(value: str | None) -> str:
    """``value`` as one line of XML-safe text: whitespace runs become single spaces."""
    return _SPACE.sub(" ", xml_text(value)).strip()


def csv_cell(value: object) -> str:
    """A CSV cell for ``value``: one line of text that no spreadsheet runs as a formula, cut to what a
    spreadsheet cell holds."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, (int, float)):
        return str(value)
    text = _SPACE.sub(" ", _NOT_XML.sub("", str(value))).strip()
    text = "'" + text if text.startswith(FORMULA_START) else text
    return text if len(text) <= CELL_CHARS else shorten(text, CELL_CHARS)


def shorten(value: str, limit: int = SUMMARY_CHARS) -> str:
    """``value`` as one line cut at a word boundary to at most ``limit`` characters (with an ellipsis)."""
    text = one_line(value)
    if len(text) <= limit:
        return text
    cut = text[: limit - 1].rsplit(" ", 1)[0] or text[: limit - 1]
    return cut.rstrip(" ,;:") + "…"
