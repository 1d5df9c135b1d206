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
        "Budget Day Says It All",  # nobody the article names or describes
        "Budget day in the capital",
        "Finance Ministry: The budget in figures",  # a section's label, not a person's claim
        "Olga Brandt: The iron chancellor",  # a profile's label
        "Brandt continues budget talks",  # a speech verb that in lower case reports other news
        "Brandt tweet angers opposition",  # a noun
        "Olga Brandt promise lifts markets",  # a bare form after one name: a noun
        "Brandt claims budget victory",  # in lower case a claim is mostly a win
        "Nurses union pledge lifts hospitals",  # a bare form after a singular noun: a noun
        "Man pleads guilty to budget fraud",  # a plea in court, not a statement
        "Bank Announces Thousands of Job Cuts",  # an unnamed speaker's act, not words
        "Union calls strike over pay cuts",
        "Team Claims Third Straight Title",
    ],
)
def test_no_headline_attribution(tmp_path: Path, headline: str) -> None:
    _, briefing = _brief(tmp_path, headline)
    assert not [q for q in briefing.quotes if q.span[0] < len(headline)]


@pytest.mark.parametrize(
    ("headline", "speaker", "content"),
    [
        ("Workers Say Pay Is Too Low", "Workers", "Pay Is Too Low"),
        ("Former minister warns of a tight budget", "Former minister", "a tight budget"),
        ("Budget will fail, report says", "report", "Budget will fail"),
        (
            "Hospital budget will fall short, former finance ministers warn",
            "former finance ministers",
            "Hospital budget will fall short",
        ),
    ],
)
def test_headline_speaker_described_not_named(tmp_path: Path, headline: str, speaker: str, content: str) -> None:
    """A headline's speaker the body does not name is kept as the headline describes it, when its last word is
    a noun of people or of what speaks, in the number the verb agrees with."""
    text, briefing = _brief(tmp_path, headline)
    quote = next(q for q in briefing.quotes if q.span[0] < len(headline))
    assert (quote.speaker, text[slice(*quote.span)], quote.role) == (speaker, content, None)
    assert quote.speaker_span is not None and text[slice(*quote.speaker_span)] == speaker


def test_headline_description_of_a_role_holder_is_that_person(tmp_path: Path) -> None:
    """A description made of one person's role words is that person ("Finance Minister": Olga Brandt)."""
    text, briefing = _brief(tmp_path, "Finance Minister warns budget will be tight")
    quote = next(q for q in briefing.quotes if q.span[0] < 45)
    assert (quote.speaker, quote.role, quote.text) == ("Olga Brandt", "Finance Minister", "budget will be tight")
    assert quote.speaker_span is not None and text[slice(*quote.speaker_span)] == "Finance Minister"
