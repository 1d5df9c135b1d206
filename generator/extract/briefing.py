"""One parsed article in, one Briefing out: the extractors run in order over the same Doc."""

from __future__ import annotations

import html
import re

from spacy.tokens import Doc

from ..model import Article, Briefing
from . import actors, characters, issues, places, products, quotes, things
from .furniture import blank_furniture
from .learned import descriptions
from .nlp import text_of

_MAX_RUN = 100
_LONG_RUN = re.compile(rf"\S{{{_MAX_RUN + 1},}}")
_MARKUP = re.compile(r"</?[A-Za-z][\w:-]*(?:\s[^<>]*)?/?>")
"""A markup tag left in plain text by a scraper ("<tweet author=...>", "</a>", "<tweet/>")."""
_DOUBLED = re.compile(r'(?<!")""(?!")')
"""A quotation mark doubled, as text escaped for a spreadsheet has them ('""We are not going bankrupt,""')."""


def _blank_markup(text: str) -> str:
    """``text`` with every markup tag replaced by spaces: its attributes are no prose to parse
    (a tag's quoted attribute had made '">Sanders' a speaker); what it encloses stays."""
    return _MARKUP.sub(lambda m: " " * len(m.group()), text)


def _single_marks(text: str) -> str:
    """``text`` with each doubled quotation mark made one by a space on its outer side (' "We', 'bankrupt," '):
    the parser and the quotation scanner read the quote as typeset, every offset kept."""
    return _DOUBLED.sub(lambda m: ' "' if text[m.end() : m.end() + 1].isalnum() else '" ', text)


def _break_long_runs(text: str) -> str:
    """Every ``_MAX_RUN``-th character of an over-long run without spaces becomes a space.

    spaCy's tokenizer is quadratic in the length of one whitespace-free chunk
    ("((((...", a 10 KB URL); same-length substitution keeps every offset.
    """

    def cut(m: re.Match[str]) -> str:
        run = m.group()
        return " ".join(run[i : i + _MAX_RUN - 1] for i in range(0, len(run), _MAX_RUN))[: len(run)]

    return _LONG_RUN.sub(cut, text)


def analysis_text(article: Article) -> str:
    """The text handed to spaCy: ``article.text`` with everything outside the body blanked.

    Blanking keeps every character offset of the Doc equal to an offset into the input,
    while headline, outlet, byline and boilerplate stay out of the analysis. Over-long
    whitespace-free runs are broken up the same way (see ``_break_long_runs``), and doubled quotation
    marks made single (``_single_marks``).
    """
    start, end = article.body
    text = article.text

    def blank(part: str) -> str:
        return "".join(c if c == "\n" else " " for c in part)

    return blank_furniture(
        blank(text[:start]) + _break_long_runs(_single_marks(_blank_markup(text[start:end]))) + blank(text[end:]),
        article.paragraphs or [article.body],
    )


def build_briefing(article: Article, doc: Doc) -> Briefing:
    """Run actors, quotes and issues over ``doc`` (parsed from ``analysis_text(article)``)."""
    table = actors.extract_actors(doc, article)
    places.reclassify(table, doc)
    things.reclassify(table, doc)
    things.named_people(table, doc)
    descriptions.add_roles(table, text_of(doc))
    descriptions.add_description_roles(table, doc)
    found = quotes.extract_quotes(doc, article, table)
    known = len(table.actors)
    things.speaking_names(table, doc, found)
    if any(a.kind == "person" for a in table.actors[known:]):  # "Hugo Lueders ... said ... He said": the NER
        found = quotes.extract_quotes(doc, article, table)  # missed him; now "He" can find him
        things.speaking_names(table, doc, found)
    things.speaking_places(table, doc, found)
    things.first_person_speakers(table, found)
    named = products.products(table, doc, found)  # still anchor the issues they name: "Grammy awards"
    named += characters.portrayed(table, doc, found)  # "plays vampire Barnabas Collins": a part, not an actor
    ranked = [a for a in actors.rank(table, found) if a not in named]
    briefing = Briefing(
        article=article, actors=ranked, quotes=found, issues=issues.extract_issues(doc, article, table, found)
    )
    _decode_entities(briefing)
    return briefing


def _decode_entities(briefing: Briefing) -> None:
    """Names, roles, quotations and labels as a reader sees them: the HTML character references of scraped plain
    text decoded ("Pap&#233;" -> "Papé"), as headlines are (``ingest.textlayout.clean_title``), their offsets
    still into the input; every writer escapes what it writes."""
    for a in briefing.actors:
        a.name, a.aliases = html.unescape(a.name), [html.unescape(x) for x in a.aliases]
        a.role = html.unescape(a.role) if a.role else a.role
    for q in briefing.quotes:
        q.text = html.unescape(q.text)
        q.speaker = html.unescape(q.speaker) if q.speaker else q.speaker
        q.role = html.unescape(q.role) if q.role else q.role
    for i in briefing.issues:
        i.label = html.unescape(i.label)
