"""Headline attributions, read from the headline's words since the headline stays out of the parse."""

from __future__ import annotations

from pathlib import Path

import pytest

from generator.extract import nlp
from generator.extract.briefing import analysis_text, build_briefing
from generator.ingest.collect import read_article
from generator.model import Briefing

BODY = (
    "Finance Minister Olga Brandt presented the budget to parliament on Monday. The Finance Ministry "
    "published the figures. "
    "The opposition leader, Henrik Vosberg, said the plan would not survive the winter.\n"
)


def _brief(tmp_path: Path, headline: str) -> tuple[str, Briefing]:
    path = tmp_path / "article.txt"
    text = f"{headline}\n\n{BODY}"
    path.write_text(text, encoding="utf-8")
    article = read_article(path)
    return text, build_briefing(article, nlp.load()(analysis_text(article)))


@pytest.mark.parametrize(
    ("headline", "cue", "content"),
    [
        ("Budget Will Cut Waiting Lists, Olga Brandt Says.", "Says", "Budget Will Cut Waiting Lists"),
        ("Brandt Warns Budget Will Be Tight", "Warns", "Budget Will Be Tight"),
        ("Waiting lists will fall by half: Olga Brandt", ":", "Waiting lists will fall by half"),
        ("Brandt says budget will be tight", "says", "budget will be tight"),  # sentence case
        ("The Latest: Brandt urges parliament to pass the budget", "urges", "parliament to pass the budget"),
        ("Facing revolt, Olga Brandt vows to cut waiting lists", "vows", "to cut waiting lists"),
        ("Brandt calls for a spending freeze", "calls", "a spending freeze"),
        ("Brandt warns of a tight budget", "warns", "a tight budget"),
        ("Brandt calls on parliament to back the budget", "calls", "to back the budget"),
        ("Brandt says budget will be tight;\nOpposition doubts the figures", "says", "budget will be tight"),
    ],
)
def test_headline_attribution(tmp_path: Path, headline: str, cue: str, content: str) -> None:
    text, briefing = _brief(tmp_path, headline)
    quote = next(q for q in briefing.quotes if q.span[0] < len(headline))
    assert (quote.speaker, quote.cue, quote.text) == ("Olga Brandt", cue, content)
    assert text[slice(*quote.span)] == content
    assert quote.speaker_span is not None and "Brandt" in text[slice(*quote.speaker_span)]
    assert quote.confidence is not None


@pytest.mark.parametrize(
    "headline",
    [
        "Olga Brandt: finance minister or future leader?",  # a question put, not a claim
        "Nurses Say Pay Is Too Low",  # nobody the article names
        "Budget day in the capital",
        "Finance Ministry: The budget in figures",  # a section's label, not a person's claim
        "Olga Brandt: The iron chancellor",  # a profile's label
        "Brandt continues budget talks",  # a speech verb that in lower case reports other news
        "Brandt tweet angers opposition",  # a noun
        "Olga Brandt promise lifts markets",  # a bare form after one name: a noun
        "Brandt claims budget victory",  # in lower case a claim is mostly a win
    ],
)
def test_no_headline_attribution(tmp_path: Path, headline: str) -> None:
    _, briefing = _brief(tmp_path, headline)
    assert not [q for q in briefing.quotes if q.span[0] < len(headline)]
