"""Reading article files into Articles: body paragraphs apart from headline, outlet and boilerplate."""
from __future__ import annotations

import re
from pathlib import Path

from .model import Article, Span
from .sidecar import is_sidecar

_BLOCK = re.compile(r"[^\n]+(?:\n[^\n]+)*")


class IngestError(ValueError):
    """An input that cannot become an article; the message names the file and the reason."""


def blocks(text: str, start: int = 0, end: int | None = None) -> list[Span]:
    """Spans of blank-line separated blocks of ``text[start:end]``, whitespace trimmed."""
    out: list[Span] = []
    for m in _BLOCK.finditer(text, start, len(text) if end is None else end):
        s, e = m.start(), m.end()
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        if s < e:
            out.append((s, e))
    return out


def _is_sentence(line: str) -> bool:
    return len(line.split()) >= 8 and line.rstrip()[-1:] in ".!?\"”’'"


def read_text_article(path: str, text: str) -> Article:
    """A plain-text article: optional section label, headline, outlet, body, byline, boilerplate."""
    spans = blocks(text)
    if not spans:
        raise IngestError(f"{path}: empty article")
    first_body = next((i for i, (s, e) in enumerate(spans) if _is_sentence(text[s:e])), None)
    if first_body is None:
        raise IngestError(f"{path}: no body text (title only?)")
    head = [text[s:e] for s, e in spans[:first_body]]
    last_body = max(i for i, (s, e) in enumerate(spans) if _is_sentence(text[s:e]))
    tail = [text[s:e] for s, e in spans[last_body + 1:]]
    article = Article(path=path, text=text, body=(spans[first_body][0], spans[last_body][1]),
                      paragraphs=spans[first_body:last_body + 1])
    if head:
        title_i = max(range(len(head)), key=lambda i: len(head[i].split()))
        article.title = head[title_i]
        article.section = head[title_i - 1] if title_i > 0 else None
        article.outlet = head[title_i + 1] if title_i + 1 < len(head) else None
    if tail:
        article.author = tail[0]
    return article


def read_article(path: str | Path) -> Article:
    """Read one article file; raises IngestError with a one-line reason."""
    p = Path(path)
    try:
        text = p.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as err:
        raise IngestError(f"{p}: cannot read: {err}") from err
    return read_text_article(str(path), text)


def collect(paths: list[Path]) -> tuple[list[Article], list[IngestError]]:
    """Every article under ``paths`` (files or folders, sorted), and the inputs refused."""
    articles: list[Article] = []
    errors: list[IngestError] = []
    for root in paths:
        files = sorted(p for p in Path(root).rglob("*") if p.is_file() and not is_sidecar(p)) \
            if Path(root).is_dir() else [Path(root)]
        for f in files:
            try:
                articles.append(read_article(f))
            except IngestError as err:
                errors.append(err)
    return articles, errors
