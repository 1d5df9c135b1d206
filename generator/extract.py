"""One parsed article in, one Briefing out: the extractors run in order over the same Doc."""
from __future__ import annotations

from spacy.tokens import Doc

from . import actors, issues, quotes
from .model import Article, Briefing


def analysis_text(article: Article) -> str:
    """The text handed to spaCy: ``article.text`` with everything outside the body blanked.

    Blanking keeps every character offset of the Doc equal to an offset into the input,
    while headline, outlet, byline and boilerplate stay out of the analysis.
    """
    start, end = article.body
    text = article.text

    def blank(part: str) -> str:
        return "".join(c if c == "\n" else " " for c in part)

    return blank(text[:start]) + text[start:end] + blank(text[end:])


def build_briefing(article: Article, doc: Doc) -> Briefing:
    """Run actors, quotes and issues over ``doc`` (parsed from ``analysis_text(article)``)."""
    table = actors.extract_actors(doc, article)
    found = quotes.extract_quotes(doc, article, table)
    ranked = actors.rank(table, found)
    return Briefing(article=article, actors=ranked, quotes=found,
                    issues=issues.extract_issues(doc, article, table, found))
