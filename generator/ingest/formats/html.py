"""Saved web pages: main text and metadata through trafilatura, offline; navigation and comments left out."""

from __future__ import annotations

from ...model import Article
from ..encoding import normalise
from . import Skipped
from .text import layout_article

_DATE_PARAMS = {"extensive_search": False, "original_date": True}
"""Dates from the page's metadata only: extensive search guesses from footers such as 'Copyright 2024'."""


def read_html(path: str, page: str, *, url: str | None = None, key: str | None = None) -> Article:
    """The article in a saved HTML page; its text is the extracted main text, one paragraph per block."""
    import trafilatura  # a tenth of a second: loaded only when a folder holds web pages

    try:
        doc = trafilatura.bare_extraction(
            page, url=url, with_metadata=True, include_comments=False, date_extraction_params=_DATE_PARAMS
        )
    except (ValueError, RecursionError) as err:
        raise Skipped(f"no article text found in the page ({type(err).__name__})") from None
    if doc is None or isinstance(doc, dict) or not (doc.text or "").strip():
        raise Skipped("no article text found in the page")
    text = "\n\n".join(line.strip() for line in normalise(doc.text or "").split("\n") if line.strip())
    article = layout_article(
        path,
        text,
        fmt="html",
        title=doc.title,
        author=doc.author,
        date=doc.date,
        outlet=doc.sitename,
        url=url or doc.url,
        tags=list(doc.tags or []),
    )
    if key:
        article.key = key
    return article
