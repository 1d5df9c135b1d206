"""The lexicon of texts that speak: counted over a parsed corpus, shipped beside the weights."""

from __future__ import annotations

from generator.extract import nlp
from generator.extract.learned.lexicon import speaking_things
from generator.learn import lexicon


def test_a_text_that_speaks_is_neither_a_person_nor_a_mute_thing() -> None:
    n = lexicon.MIN_COUNT
    sentences = ["The report said prices rose."] * 3 + ["The report was long."] * (n - 3)
    sentences += ["The woman who runs the farm said prices rose."] * n  # a "who" clause: a person
    sentences += ["The move was sudden."] * n  # never the subject of a speech verb
    sentences += ["The trader said prices rose."] * n  # an agent noun is a person whatever the counts
    sentences += ["The bulletin said prices rose."] * (n - 1)  # too rare to say
    words = lexicon.speaking_things(nlp.load().pipe(sentences))
    assert "report" in words
    assert not {"woman", "move", "trader", "bulletin"} & set(words)


def test_the_shipped_lexicon_holds_texts_not_people() -> None:
    shipped = speaking_things()
    assert {"report", "survey", "statement"} <= shipped
    assert not {"woman", "man", "star", "official", "move", "decision"} & shipped
