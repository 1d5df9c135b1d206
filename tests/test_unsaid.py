"""Attributions a reader would be misled by, found reading BBC and Reuters briefings: words nobody said,
and speakers that are a place, a code or a name inside a clause. Each text is written for the test."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from spacy.language import Language
from test_quotes import only

from generator.extract.speakers import _own_words
from generator.model import Briefing

Make = Callable[[str], Briefing]

NOTHING_SAID = [
    pytest.param("The ministry has not said whether it will appeal against the ruling.", "appeal", id="negated"),
    pytest.param("A spokesman refused to say when the plant would reopen after the fire.", "reopen", id="refused"),
    pytest.param("The company was unable to say how many jobs would go at the plant.", "jobs", id="unable"),
    pytest.param("Ms Lund avoided suggesting that the minister had misled parliament.", "misled", id="avoided"),
    pytest.param(
        'The program finds users through links called "trackers" that point to other computers.',
        "trackers",
        id="participle-naming",
    ),
    pytest.param(
        'Readers with camera phones now report the news. It has been called "open source news" or even '
        '"moblog journalism".',
        "open source news",
        id="passive-naming",
    ),
]


@pytest.mark.parametrize(("text", "words"), NOTHING_SAID)
def test_nothing_said_is_no_quote(make_briefing: Make, text: str, words: str) -> None:
    briefing = make_briefing(text)
    assert not [q for q in briefing.quotes if words in q.text], [q.text for q in briefing.quotes]


SPEAKERS = [
    pytest.param(
        "Mr Tomas Berg and Mrs Anna Lind met at the hotel on Monday. Mr Berg left early. "
        '"He never told me his real name," she said.',
        "real name",
        "Anna Lind",
        id="she-is-not-the-man-named-last",
    ),
    pytest.param(
        "Mary Holt opened the meeting. Peter Olsen, the company's spokesman, spoke next about the budget. "
        '"The shortfall is not his fault," she said.',
        "shortfall",
        "Mary Holt",
        id="she-by-role-noun",
    ),
]


@pytest.mark.parametrize(("text", "words", "speaker"), SPEAKERS)
def test_speaker(make_briefing: Make, text: str, words: str, speaker: str) -> None:
    assert only(make_briefing(text), words).speaker == speaker


def test_apposed_name_leaves_out_its_relative_clause(nlp: Language) -> None:
    doc = nlp("Veteran player Tom Hanley, who announced his Davis Cup retirement in May, believes they can win.")
    appos = next(t for t in doc if t.text == "Hanley")
    assert "Davis" not in {t.text for t in _own_words(appos)} and "Tom" in {t.text for t in _own_words(appos)}


def test_place_before_a_person_noun_is_not_the_speaker(make_briefing: Make) -> None:
    text = "A streetwise Las Vegas escort told the Herald yesterday she came face to face with the accused man."
    q = only(make_briefing(text), "face to face")
    assert q.speaker is not None and q.speaker != "Las Vegas" and "escort" in q.speaker


def test_a_code_is_a_country_only_where_the_country_is_named(make_briefing: Make) -> None:
    text = (
        "British Airways is to halt its flights to Riyadh. BA said the routes were no longer profitable.\n\n"
        "Bosnian officials were not consulted. The UAE said it would add flights."
    )
    actors = {a.name: a.kind for a in make_briefing(text).actors}
    assert "Bosnia and Herzegovina" not in actors
    assert actors.get("United Arab Emirates") == "country"
