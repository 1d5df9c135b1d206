"""Plain-text articles, and the shared step that turns a text plus known metadata into an Article."""

from __future__ import annotations

from ...model import Article
from ..textlayout import NoBody, read_layout
from . import Skipped


def layout_article(
    path: str, text: str, start: int = 0, *, header: bool = True, fmt: str = "text", **meta: object
) -> Article:
    """An Article over ``text[start:]``; ``meta`` values that are set win over what the layout finds.

    A ``url`` is kept only when it is a web address (http or https).
    """
    try:
        layout = read_layout(text, start, header=header, title=str(meta.get("title") or "") or None)
    except NoBody as err:
        raise Skipped(str(err)) from None
    article = Article(
        path=path,
        text=text,
        body=layout.body,
        paragraphs=layout.paragraphs,
        format=fmt,
        title=layout.title,
        section=layout.section,
        outlet=layout.outlet,
        author=layout.author,
        date=layout.date,
    )
    if not str(meta.get("url") or "").lower().startswith(("http://", "https://")):
        meta.pop("url", None)
    for name, value in meta.items():
        if value:
            setattr(article, name, value)
    return article


def read_text(path: str, text: str) -> Article:
    """A plain-text article: optional section label, headline, outlet, body, byline, boilerplate."""
    return layout_article(path, text)
