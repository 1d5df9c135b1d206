"""Raw HTML blocks of a generated page handed to Python-Markdown's stash without being parsed.

The generated pages are mostly HTML written by the templates (tables, quotes, lists, the source
text). Python-Markdown parses every tag of it with ``html.parser`` to find where each block ends,
and MkDocs parses it all again for the ids it holds: half of a page's conversion time. A block
that plainly ends, a block-level tag at the start of a line after a blank line whose own closing
tag ends a later line before a blank line, is stored in the stash as it is, which is what
Python-Markdown's own parse would store, and its ids are read with a pattern. Anything less plain
(comments, scripts, ``markdown=`` attributes, ids the pattern cannot read, another HTML block
preprocessor such as ``md_in_html``) is left to Python-Markdown.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from contextlib import contextmanager

from markdown import Markdown
from markdown.extensions import Extension
from markdown.preprocessors import HtmlBlockPreprocessor, Preprocessor
from mkdocs.config.defaults import MkDocsConfig

PRIORITY = 22
"""After fenced code (25) and before MkDocs' anchor pass (21) and Python-Markdown's HTML blocks (20)."""
_OPENING = re.compile(r"<([a-zA-Z][a-zA-Z0-9]*)[\s>]")
_UNPLAIN = re.compile(r"markdown=|<!--|<!\[|<\?|<script|<style|<pre|<textarea|\sname=|\x02|\x03", re.IGNORECASE)
"""What the stash must not take unparsed: Markdown inside HTML, raw-text elements, anchor names."""
_ID = re.compile(r"\sid=")
_QUOTED_ID = re.compile(r"<[a-zA-Z][^<>]*?\sid=\"([^\"&<>]*)\"")


class _Stash(Preprocessor):
    """Stashes each plain raw HTML block; keeps the ids found in them in ``ids``."""

    def __init__(self, md: Markdown, ids: set[str]) -> None:
        super().__init__(md)
        self.ids = ids

    def run(self, lines: list[str]) -> list[str]:
        stock = "html_block" in self.md.preprocessors
        if not stock or type(self.md.preprocessors["html_block"]) is not HtmlBlockPreprocessor:
            return lines
        out: list[str] = []
        i = 0
        while i < len(lines):
            end = self._plain_block(lines, i) if not out or not out[-1].strip() else None
            if end is None:
                out.append(lines[i])
                i += 1
                continue
            block = "\n".join(lines[i : end + 1])
            self.ids.update(_QUOTED_ID.findall(block))
            out.append(self.md.htmlStash.store(block + "\n"))
            i = end + 1
        return out

    def _plain_block(self, lines: list[str], start: int) -> int | None:
        """The last line of the plain block opening at ``start``, or None."""
        opening = _OPENING.match(lines[start])
        if opening is None or not self.md.is_block_level(opening.group(1).lower()):
            return None
        end = block_end(lines, start, opening.group(1))
        if end is None:
            return None
        block = "\n".join(lines[start : end + 1])
        if _UNPLAIN.search(block) or len(_ID.findall(block)) != len(_QUOTED_ID.findall(block)):
            return None
        return end


def block_end(lines: list[str], start: int, tag: str) -> int | None:
    """The line at which the ``tag`` element opened at ``start`` closes, if a blank line (or the
    end) follows it and no blank line comes before it."""
    opens = re.compile(rf"<{tag}[\s>]")
    closing = f"</{tag}>"
    depth = 0
    for j in range(start, len(lines)):
        line = lines[j]
        if not line.strip():
            return None
        depth += len(opens.findall(line)) - line.count(closing)
        if depth <= 0:
            ends_block = line.endswith(closing) and (j + 1 == len(lines) or not lines[j + 1].strip())
            return j if ends_block else None
    return None


class StashExtension(Extension):
    """Adds the stash to each Markdown converter made while it is installed; ``ids`` are those of
    the blocks the last converter stashed."""

    def __init__(self) -> None:
        super().__init__()
        self.ids: set[str] = set()

    def extendMarkdown(self, md: Markdown) -> None:
        """Register the stash on ``md``."""
        self.ids = set()
        md.preprocessors.register(_Stash(md, self.ids), "briefing_raw_html", PRIORITY)


@contextmanager
def stashing(config: MkDocsConfig) -> Iterator[StashExtension]:
    """The stash installed among ``config``'s Markdown extensions for the time of one conversion."""
    extension = StashExtension()
    config.markdown_extensions.append(extension)
    try:
        yield extension
    finally:
        config.markdown_extensions.remove(extension)
