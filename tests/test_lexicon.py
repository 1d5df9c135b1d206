"""The noun lexicon: people and texts that speak, counted over a parsed corpus, shipped beside the weights."""

from __future__ import annotations

from generator.extract import nlp
from generator.extract.learned.lexicon import people, speaking_things
from generator.learn import lexicon


def test_people_and_texts_that_speak_are_told_apart() -> None:
    n = lexicon.MIN_COUNT
    sentences = ["The report said prices rose."] * 3 + ["The report was long."] * (n - 3)
    sentences += ["The woman who runs the farm said prices rose."] * n  # a "who" clause: a person
    sentences += ["The move was sudden."] * n  # never the subject of a speech verb
    sentences += ["The trader said prices rose."] * n  # an agent noun is never a text
    sentences += ["The bulletin said prices rose."] * (n - 1)  # too rare to say
    nouns = lexicon.count(nlp.load().pipe(sentences))
    assert nouns["speaking_things"] == ["report"]
    assert nouns["people"] == ["woman"]


def test_the_shipped_lexicon() -> None:
    assert {"report", "survey", "statement", "poll"} <= speaking_things()
    assert not {"woman", "man", "star", "official", "move", "decision"} & speaking_things()
    assert {"analyst", "voter", "woman", "official"} <= people()
    assert not {"report", "price", "company", "country", "cut", "campaign", "movie"} & people()
