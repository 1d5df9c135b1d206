"""Quotes on sentences written for these tests, parsed by the real model."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from spacy.language import Language

from generator.extract.actors import ActorTable
from generator.extract.quotemarks import scan
from generator.extract.quotes import _subject, extract_quotes
from generator.model import Article, Briefing, Quote

Make = Callable[[str], Briefing]


def only(briefing: Briefing, words: str) -> Quote:
    """The one quote whose text holds ``words``."""
    hits = [q for q in briefing.quotes if words in q.text]
    assert len(hits) == 1, [(q.speaker, q.text) for q in briefing.quotes]
    return hits[0]


def test_say_before_indirect(make_briefing: Make) -> None:
    text = "Finance Minister Olga Brandt said that the budget deficit would shrink next year."
    q = only(make_briefing(text), "budget deficit would shrink")
    assert (q.speaker, q.kind, q.cue) == ("Olga Brandt", "indirect", "said")
    assert text[q.span[0] : q.span[1]].startswith("the budget")
    assert q.role == "Finance Minister"


def test_say_after_direct(make_briefing: Make) -> None:
    text = "“We will not raise taxes this year,” Olga Brandt said on Monday."
    q = only(make_briefing(text), "We will not raise taxes")
    assert (q.speaker, q.kind, q.cue) == ("Olga Brandt", "direct", "said")
    assert text[q.span[0]] == "“" and text[q.span[1] - 1] == "”"


def test_inverted_say_after(make_briefing: Make) -> None:
    text = "“The talks collapsed overnight,” said Henrik Vosberg, a union negotiator."
    q = only(make_briefing(text), "talks collapsed")
    assert q.speaker == "Henrik Vosberg"
    assert q.kind == "direct"


def test_cue_set_inside_what_was_said(make_briefing: Make) -> None:
    """ "X, he said, Y": both sides of the aside are what was said, not the longer one alone."""
    text = "The new bridge, Ines Kowal said, would open to traffic before the winter."
    q = only(make_briefing(text), "open to traffic")
    assert q.speaker == "Ines Kowal"
    assert text[q.span[0] : q.span[1]].startswith("The new bridge")


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [  # the parse hangs the aside on the subject, or on a clause before the main verb
        (
            "Peter Harlow runs the port. The difference now, he told me on Friday, is that the cranes are new.",
            "The difference now",
            "cranes are new",
        ),
        (
            "Peter Harlow noted that he supported a decision.\n\nThough that merger was relatively seamless, he said, "
            "replacing the chairman would be much more acrimonious and could lead to intense lobbying by his loyalists.",
            "Though that merger",
            "his loyalists",
        ),
    ],
)
def test_aside_in_the_subject_or_after_a_clause(make_briefing: Make, text: str, start: str, end: str) -> None:
    q = only(make_briefing(text), end)
    assert q.speaker == "Peter Harlow"
    assert text[q.span[0] : q.span[1]].startswith(start)


def test_according_to(make_briefing: Make) -> None:
    text = (
        "According to Priya Raman, an economist at the Westfield Institute, exports fell sharply in the third quarter."
    )
    q = only(make_briefing(text), "exports fell sharply")
    assert (q.speaker, q.kind, q.cue) == ("Priya Raman", "indirect", "according to")
    assert "Raman" not in q.text


def test_according_to_with_no_other_verb(make_briefing: Make) -> None:
    """The parse hangs the clause on the source as a plural apposition ("reeks"): it is still what was said."""
    text = "According to talk show host Dana Whitfield, the plan reeks of “panic” and spite."
    q = only(make_briefing(text), "reeks")
    assert (q.speaker, q.cue) == ("Dana Whitfield", "according to")
    assert q.text.startswith("the plan reeks of “panic” and spite")


def test_according_to_a_description_alone_is_no_quote(make_briefing: Make) -> None:
    assert make_briefing("According to Dana Whitfield, a spokeswoman for the council.").quotes == []


def test_mixed_quote(make_briefing: Make) -> None:
    text = "Olga Brandt said the new rules were “a historic mistake” that would hurt farmers."
    q = only(make_briefing(text), "historic mistake")
    assert (q.speaker, q.kind) == ("Olga Brandt", "mixed")


def test_pronoun_speaker(make_briefing: Make) -> None:
    text = "Olga Brandt visited the port of Kestrel on Tuesday.\n\nShe said the harbour would be dredged before winter."
    q = only(make_briefing(text), "harbour would be dredged")
    assert q.speaker == "Olga Brandt"
    assert text[q.speaker_span[0] : q.speaker_span[1]] == "She"


def test_an_age_description_is_the_person_named_before(make_briefing: Make) -> None:
    """ "said the 23-year-old": the last person named as a subject, whatever the sex (BBC sport's habit), when no
    other person was named since."""
    text = (
        "Top seed Lena Marsh lost in the final. Rina Okafor, ranked 40th, won in 56 minutes.\n\n"
        "“I played pretty well and it was nice to get through,” said the 23-year-old."
    )
    q = only(make_briefing(text), "played pretty well")
    assert q.speaker == "Rina Okafor"
    assert text[q.speaker_span[0] : q.speaker_span[1]].endswith("old")
    other = (  # another person named since: the age may be hers, so nobody is guessed
        "Tom Ardley set a meeting record. It was Anna Kowalski's first title since 2003.\n\n"
        "“I am so happy with the way the whole season went,” said the 22-year-old."
    )
    assert only(make_briefing(other), "so happy").speaker == "22-year-old"


def test_description_speaker(make_briefing: Make) -> None:
    text = (
        "Northwind Energy announced record profits on Thursday.\n\n"
        "The company said it would build three new wind farms."
    )
    q = only(make_briefing(text), "three new wind farms")
    assert q.speaker == "Northwind Energy"


def test_group_speaker_kept(make_briefing: Make) -> None:
    b = make_briefing(
        "Analysts warned that the currency could weaken further. Officials said the reserves were sufficient."
    )
    assert only(b, "currency could weaken").speaker == "analysts"
    assert only(b, "reserves were sufficient").speaker == "officials"


def test_he_added_colon(make_briefing: Make) -> None:
    text = (
        "Henrik Vosberg spoke to reporters outside the ministry. "
        "He added: “Nobody wants a strike, but we are ready for one.”"
    )
    q = only(make_briefing(text), "Nobody wants a strike")
    assert (q.speaker, q.kind) == ("Henrik Vosberg", "direct")
    assert q.cue == "added"


def test_multi_sentence_quote(make_briefing: Make) -> None:
    text = "“The river is rising. The bridge must close. We have no choice,” the mayor, Sarah Mitchell, said."
    q = only(make_briefing(text), "The river is rising")
    assert "We have no choice" in q.text
    assert q.speaker == "Sarah Mitchell"


def test_multi_paragraph_quote(make_briefing: Make) -> None:
    text = (
        "“The river is rising faster than any model predicted, and the old levees will not hold,” "
        "said Sarah Mitchell, the mayor of Lindau. “We are moving families out of the lowest streets tonight.\n\n"
        "“Tomorrow we will decide whether the bridge stays open for traffic.”\n\n"
        "The regional government has not commented."
    )
    b = make_briefing(text)
    parts = [only(b, words) for words in ("river is rising", "moving families", "bridge stays open")]
    assert [q.speaker for q in parts] == ["Sarah Mitchell"] * 3
    assert [q.kind for q in parts] == ["direct"] * 3


def test_split_quote_joined(make_briefing: Make) -> None:
    text = "“Prices will fall,” Olga Brandt said, “but not before the spring.”"
    q = only(make_briefing(text), "Prices will fall")
    assert "not before the spring" in q.text
    assert q.speaker == "Olga Brandt"


def test_unbalanced_marks_do_not_stop_extraction(make_briefing: Make) -> None:
    text = (
        "“The deal is dead, Olga Brandt said in Berlin.\n\n"
        "Henrik Vosberg said the unions would strike in March.\n\n"
        "Sarah Mitchell said ” the river was rising."
    )
    b = make_briefing(text)
    assert only(b, "unions would strike").speaker == "Henrik Vosberg"
    assert only(b, "river was rising").speaker == "Sarah Mitchell"


def test_attribution_dash(make_briefing: Make) -> None:
    text = "“I have never seen the market this quiet.” ― Tomas Lindgren\n\nThe market closed early."
    q = only(make_briefing(text), "market this quiet")
    assert q.speaker == "Tomas Lindgren"


def test_scan_pairs_typographic_and_straight_marks() -> None:
    text = 'He said "yes" and “no” and «peut-être».'
    regions = scan(text, [(0, len(text))])
    assert [text[r.start : r.end] for r in regions] == ['"yes"', "“no”", "«peut-être»"]


def test_scan_chains_continued_paragraphs() -> None:
    text = "“First part of it.\n\n“Second part,” she said.\n\n“Another quote.”"
    paras = [(0, 18), (20, 44), (46, 62)]
    regions = scan(text, paras)
    assert [r.closed for r in regions] == [False, True, True]
    assert regions[0].chain == regions[1].chain != regions[2].chain


@pytest.mark.parametrize("text", ['"' * 10_000, "“" * 5_000 + "”" * 5_000, "a “b " * 40_000, '"' + "x" * 200_000])
def test_scan_survives_pathological_marks(text: str) -> None:
    regions = scan(text, [(0, len(text))])
    assert all(0 <= r.start < r.end <= len(text) for r in regions)


def test_extraction_survives_quote_mark_storm(make_briefing: Make) -> None:
    text = "Olga Brandt said “the talks ” failed ” and " * 300 + "Henrik Vosberg said the plan was sound."
    b = make_briefing(text)
    assert any(q.speaker == "Henrik Vosberg" and q.text == "the plan was sound" for q in b.quotes)
    assert all(0 <= q.span[0] < q.span[1] <= len(text) for q in b.quotes)
    assert sum(len(q.text) for q in b.quotes) < 50 * len(text)  # nested contents are capped, not quadratic


def test_transcript_label(make_briefing: Make) -> None:
    text = "MODERATOR: Will you cut the tax?\n\nBRANDT: We will cut it for small firms next year."
    q = only(make_briefing(text), "small firms next year")
    assert q.speaker == "BRANDT" and q.cue == ":"


def test_transcript_turn_in_quotation_marks_starts_after_its_label(make_briefing: Make) -> None:
    """A transcript quoted turn by turn ('"BRANDT: We will ...') gives each turn's words, not its label."""
    text = (
        "The radio station published part of the interview. Partial transcript as follows:\n\n"
        '"HOST: Will you cut the tax for small firms?\n\n'
        '"BRANDT: Well, look, we will cut it next year. The harbour towns need it most.'
    )
    b = make_briefing(text)
    q = only(b, "harbour towns")
    assert (q.speaker, q.kind) == ("BRANDT", "direct")
    assert q.text == "Well, look, we will cut it next year. The harbour towns need it most."
    assert text[q.span[0] : q.span[1]] == q.text
    assert only(b, "cut the tax").text == "Will you cut the tax for small firms?"


@pytest.mark.parametrize(
    "text",
    [
        'Olga Brandt wrote on Twitter: "BREAKING: The harbour deal is done."',
        '"OK: we will do it next week," Olga Brandt said.',
    ],
    ids=["breaking", "ok"],
)
def test_a_capitalised_word_and_colon_said_under_another_cue_stays_quoted(make_briefing: Make, text: str) -> None:
    """Guard: only a transcript turn's own label goes; a word and colon someone said or wrote stay."""
    q = only(make_briefing(text), ":")
    assert q.speaker == "Olga Brandt" and q.text.startswith(("BREAKING: The harbour", "OK: we will"))


def test_doubled_marks_and_quoted_as_saying(make_briefing: Make) -> None:
    text = (
        '""We have the best squad in the league. I would not swap them,"" '
        "the Evening Courier quoted Marco Bellini as saying."
    )
    q = only(make_briefing(text), "best squad in the league")
    assert (q.speaker, q.kind) == ("Marco Bellini", "direct")
    assert "would not swap" in q.text


def test_empty_doc_has_no_quotes(nlp):
    article = Article(path="empty.txt", text="", body=(0, 0))
    assert extract_quotes(nlp(""), article, ActorTable()) == []


def test_quote_resumed_after_its_frame(make_briefing: Make) -> None:
    text = "“The port is open again,” Olga Brandt said on Monday. “Ships are already arriving.”"
    q = only(make_briefing(text), "port is open")
    assert (q.speaker, q.kind) == ("Olga Brandt", "direct")
    assert "Ships are already arriving" in q.text and q.span == (0, len(text))


def test_a_word_quoted_in_the_next_sentence_does_not_resume_the_quote(make_briefing: Make) -> None:
    """The writer's own sentence with a scare quote after the frame is not the speaker's: the quote ends at its
    closing mark, in the wire copy's doubled marks too."""
    for mark in ('"', '""'):
        text = (
            f"The Yankees say they will stop flashing signals. {mark}We are not going to do it until they resolve "
            f"what they want,{mark} Brian Cashman said. Regardless, the manager was surprised by all the "
            f"{mark}blogosphere{mark} buzz on Friday."
        )
        q = only(make_briefing(text), "resolve what they want")
        assert q.speaker == "Brian Cashman" and "blogosphere" not in q.text, q.text
        assert "Cashman" not in text[q.span[0] : q.span[1]]
    text = '"We won," Voss said after the game in St. Louis on Saturday night, "and we deserved every point of it."'
    assert (
        only(make_briefing(text), "We won").text == "We won, and we deserved every point of it."
    )  # "St." ends nothing


def test_scan_restarts_quote_that_lost_its_closing_mark() -> None:
    text = 'He said: "Prices will rise. "Wages will not keep up." Then he left.'
    regions = scan(text, [(0, len(text))])
    assert [text[r.start : r.end] for r in regions] == ['"Prices will rise.', '"Wages will not keep up."']
    assert regions[0].chain == regions[1].chain


def test_scan_opens_a_quote_run_into_the_sentence_before() -> None:
    text = 'He arrived on the red carpet."It is very loud," he told the BBC. "Yes."'
    regions = scan(text, [(0, len(text))])
    assert [text[r.start : r.end] for r in regions] == ['"It is very loud,"', '"Yes."']


def test_scan_typographic_quote_nested_in_straight_quote() -> None:
    text = 'She read: "The form asks: “Do you agree?” Most said yes." Then she left.'
    regions = scan(text, [(0, len(text))])
    assert [text[r.start : r.end] for r in regions] == ['"The form asks: “Do you agree?” Most said yes."']


def test_as_clause_cue(make_briefing: Make) -> None:
    text = "As the union leader Henrik Vosberg noted yesterday, the strike has cost the mines millions."
    q = only(make_briefing(text), "strike has cost")
    assert (q.speaker, q.kind, q.cue) == ("Henrik Vosberg", "indirect", "noted")
    assert "yesterday" not in q.speaker


def test_reported_as_saying(make_briefing: Make) -> None:
    text = "“We will not sell the plant,” Olga Brandt is reported as saying."
    q = only(make_briefing(text), "will not sell")
    assert (q.speaker, q.kind) == ("Olga Brandt", "direct")


def test_went_on_with_colon(make_briefing: Make) -> None:
    text = (
        'Olga Brandt spoke to farmers in Kestrel on Friday. She went on: "What we need is a fair price. '
        '"Nothing more than that."'
    )
    q = only(make_briefing(text), "fair price")
    assert (q.speaker, q.kind) == ("Olga Brandt", "direct")


def test_stance_adjective_with_clause(make_briefing: Make) -> None:
    text = "Some fishermen are worried that the new quota will force the harbour to close."
    q = only(make_briefing(text), "new quota")
    assert q.speaker == "fishermen" and q.kind == "indirect"


def test_colon_cue_after_indirect_clause_keeps_only_the_quote(make_briefing: Make) -> None:
    text = (
        "The minister will probably announce new cuts next week, Henrik Vosberg said: “I expect a very tough budget.”"
    )
    q = only(make_briefing(text), "very tough budget")
    assert (q.speaker, q.kind) == ("Henrik Vosberg", "direct")
    assert text[q.span[0]] == "“"


def test_doubled_marks_stay_out_of_quote_text(make_briefing: Make) -> None:
    text = 'Escaped wire copy doubles marks. ""We are just so pleased,"" Olga Brandt said on Monday.'
    q = only(make_briefing(text), "so pleased")
    assert q.text == "We are just so pleased," and q.speaker == "Olga Brandt"


def test_particle_speech_verb_needs_its_particle(nlp) -> None:
    from generator.extract.quotes import _is_speech_verb

    went = [t for t in nlp("She went on to praise the plan.") if t.lemma_ == "go"]
    going = [t for t in nlp("We are going to fix the harbour.") if t.lemma_ == "go"]
    assert _is_speech_verb(went[0]) and not _is_speech_verb(going[0])


def test_text_reads_its_quotation(make_briefing: Make) -> None:
    text = (
        "Olga Brandt wrote to the mayor on Friday.\n\n"
        "“We cannot accept a closure of the harbour, and we will not stay silent,” the letter reads. "
        "“Our members depend on it.”"
    )
    q = only(make_briefing(text), "closure of the harbour")
    assert (q.speaker, q.kind, q.cue) == ("letter", "direct", "reads")
    assert "Our members depend on it" in q.text


def test_reading_a_document_is_no_cue(make_briefing: Make) -> None:
    text = "Henrik Vosberg read the report aloud, “Nothing will change in this port.”"
    assert not [q for q in make_briefing(text).quotes if q.cue == "read"]


def test_characterized_as_quotation(make_briefing: Make) -> None:
    text = "However, Olga Brandt characterized the plan as, “a reckless gamble with other people’s money.”"
    q = only(make_briefing(text), "reckless gamble")
    assert (q.speaker, q.cue) == ("Olga Brandt", "characterized")
    assert text[q.span[0] : q.span[1]].startswith("the plan as")


def test_scan_pairs_doubled_apostrophes() -> None:
    text = "''Prices will rise,'' she said. ''Wages will not.'' He said \"it is ''fine'' now\"."
    regions = scan(text, [(0, len(text))])
    assert [text[r.start : r.end] for r in regions] == [
        "''Prices will rise,''",
        "''Wages will not.''",
        "\"it is ''fine'' now\"",
    ]
    assert text[slice(*regions[0].inner)] == "Prices will rise,"


@pytest.mark.parametrize("mark", ['"', '""'])
def test_a_speaker_brought_in_with_with_ends_the_statement_before(make_briefing: Make, mark: str) -> None:
    """Two statements in "X said that ..., with Y saying: ...", in wire copy's doubled marks too."""
    text = (
        "The Treasury Select Committee said on Monday that banks lacked price transparency, with its chairman "
        f"Andrew Tyrie saying: {mark}Customers need to know what they are buying.{mark} He added: {mark}The chief "
        f"executives told us banking was competitive.{mark} The report also said more."
    )
    got = [(q.speaker, q.text) for q in make_briefing(text).quotes]
    assert got[:3] == [
        ("Treasury Select Committee", "banks lacked price transparency"),
        ("Andrew Tyrie", "Customers need to know what they are buying."),
        ("Andrew Tyrie", "The chief executives told us banking was competitive."),
    ], got


def test_doubled_apostrophes_make_a_direct_quote(make_briefing: Make) -> None:
    text = "''We will not raise taxes this year,'' Olga Brandt said on Monday."
    q = only(make_briefing(text), "We will not raise taxes")
    assert (q.speaker, q.kind) == ("Olga Brandt", "direct")


def test_any_verb_right_after_a_quotation_frames_it(make_briefing: Make) -> None:
    text = "The minister left the hall early.\n\n“Go back to your newsroom,” Vosberg barked at the reporter."
    q = only(make_briefing(text), "Go back to your newsroom")
    assert (q.speaker, q.kind) == ("Vosberg", "direct")


def test_attribution_dash_glued_to_the_closing_mark(make_briefing: Make) -> None:
    text = (
        "“The harbour has never looked so empty.”― Ines Valtonen\n"
        "“We sold the last boat in March.”― Oskar Brandt\n\n"
        "The harbour closed in May."
    )
    briefing = make_briefing(text)
    assert only(briefing, "never looked so empty").speaker == "Ines Valtonen"
    assert only(briefing, "last boat in March").speaker == "Oskar Brandt"


def test_name_opening_the_frame_after_a_quotation(make_briefing: Make) -> None:
    text = (
        "The vote was delayed again.\n\n"
        "“There is a deep rift between the council and the mayor,” Tarek Osei, a senior planner, "
        "said on Monday."
    )
    q = only(make_briefing(text), "deep rift")
    assert q.speaker == "Tarek Osei"


def test_quotation_resumes_after_a_long_frame(make_briefing: Make) -> None:
    text = (
        "“The reservoir is lower than it has been in forty years and the pumps are already failing,” said "
        "Mira Castell, an engineer who has studied the valley's water supply and its ageing pumping stations "
        "since the drought began. "
        "“We will need rationing before the summer is out, whatever the council decides next week.”"
    )
    quotes = [q for q in make_briefing(text).quotes if q.speaker == "Mira Castell"]
    assert len(quotes) == 1 and "pumps" in quotes[0].text and "rationing" in quotes[0].text


def test_a_frame_that_says_nothing_was_said_joins_the_quotation(make_briefing: Make) -> None:
    briefing = make_briefing(
        '"We have had problems with cyber intrusions from Russia in the past," Obama said after meeting Putin. '
        'He did not suggest retaliation. "Our goal is not to start a cycle of escalation."'
    )
    assert "escalation" in only(briefing, "cyber intrusions").text


def test_a_cue_after_a_closed_sentence_introduces_the_next_quotation(make_briefing: Make) -> None:
    briefing = make_briefing(
        'I had to change my answer: "Of course I believe in ghosts. I was just kidding." '
        'To which she said, "Thank God at least you still believe in ghosts."'
    )
    assert only(briefing, "Thank God").text == "Thank God at least you still believe in ghosts."
    assert all("Thank God" not in q.text for q in briefing.quotes if "kidding" in q.text)


def test_quoted_fragments_listed_with_and_are_one_content(make_briefing: Make) -> None:
    briefing = make_briefing(
        "Kevin was drifting off again, and as Trump went on about “how the system is rigged,” and “wounded "
        "American families” and “our own struggling citizens,” she fell asleep."
    )
    quote = only(briefing, "system is rigged")
    assert quote.speaker == "Trump" and "struggling citizens" in quote.text
    assert [q.text for q in briefing.quotes] == [quote.text]


VOTERS = (
    "Governor Jane Doe spoke on Tuesday. On Tuesday’s episode of “The Morning Show,” the former governor and "
    "current Democratic nominee said she wanted to speak “directly to young voters” and let them know that "
    "“this is not who we are.”"
)


def test_a_quoting_verb_joined_to_the_cue_goes_on_with_the_content(make_briefing: Make) -> None:
    assert only(make_briefing(VOTERS), "young voters").text.endswith("let them know that “this is not who we are.”")


@pytest.mark.parametrize(
    ("text", "words", "not_in"),
    [  # a passive's words are its agent's; a message another person sends is their statement
        (
            'Arsene Wenger accused Ruud van Nistelrooy of "cheating" and was fined £15,000 and "severely '
            'reprimanded" by the FA.',
            "cheating",
            "reprimanded",
        ),
        (
            "Ms Reid said she was “shocked” and shared a message from her daughter saying “Mum, come home”.",
            "shocked",
            "Mum",
        ),
    ],
)
def test_a_joined_verb_that_is_another_statement_stays_out(
    make_briefing: Make, text: str, words: str, not_in: str
) -> None:
    assert not_in not in only(make_briefing(text), words).text


def test_an_inverted_cue_before_a_colon_is_no_imperative(make_briefing: Make) -> None:
    quote = only(make_briefing("Say campaigners at Friends of the Earth: “We need action now.”"), "action now")
    assert (quote.speaker, quote.cue) == ("Friends of the Earth", "Say")
    prompt = make_briefing("Tell me what you think: the minister said it was a mistake.")
    assert all(q.cue != "Tell" for q in prompt.quotes)  # a colon that opens no quotation: still the reader's prompt


def test_a_name_run_into_a_set_off_cue_is_its_speaker(nlp: Language) -> None:
    """The parse makes "Mary Tolland" the subject and "Chief Justice Roberts" its apposition; an apposition
    is closed by a comma, so the name that runs into "said" is the speaker ("Hirsch, the chief justice,
    said" keeps Hirsch)."""
    for text, speaker in (
        ("To understand the real Mary Tolland, Chief Justice Roberts said, one should read her letters.", "Roberts"),
        ("Paul Hirsch, the chief justice, said one should visit the farm.", "Hirsch"),
        ("Ireland coach Eddie O'Sullivan, a former Munster assistant said the side was ready.", "O'Sullivan"),
    ):
        said = next(t for t in nlp(text) if t.text == "said")
        assert (subject := _subject(said)) is not None and subject.text == speaker


def test_a_set_phrase_with_say_is_no_cue(make_briefing: Make) -> None:
    """ "That said," and "not to say" link sentences; nobody speaks in them. A statement "that said," does
    speak."""
    b = make_briefing(
        "The game is short. That said, the graphics are excellent. Which is not to say that there is no "
        'bargain. "That said, I will go," Smith said. Brown said that the plan was fine. The firm issued a '
        'statement that said, "We are sorry for the delay."'
    )
    assert [q.text for q in b.quotes] == ["That said, I will go,", "the plan was fine", "We are sorry for the delay."]
    assert [q.speaker for q in b.quotes][:2] == ["Smith", "Brown"]


def test_a_name_set_off_after_a_mid_sentence_cue_speaks_what_follows(make_briefing: Make) -> None:
    """ "On a larger scale, said Mr Trainor, improvements ...": the parse makes Trainor the subject of his
    own words; he speaks them, and his name is not part of them."""
    b = make_briefing(
        "Intel has also changed the way it makes chips. On a larger scale, said Mr Trainor, improvements in the "
        "way that voltage regulators are made can reduce the amount of power used."
    )
    q = only(b, "voltage regulators")
    assert q.speaker == "Trainor" and q.text.startswith("improvements in the way")


def test_calling_someone_in_is_no_statement(make_briefing: Make) -> None:
    """ "The decision to call in the former press chief", "Argo called in administrators": a summons, not
    words; the quotation before stays whole and its speaker's."""
    b = make_briefing(
        "Pike joins tour staff\n\nFormer press chief Ray Pike will act as a media adviser to the touring side.\n\n"
        'Pike will advise on media strategy. "I hope I can help with the planning," he said. "I am also looking '
        "forward to the later stages of the tour.\" The coach's decision to call in the former press chief springs "
        "from poor media relations on the last tour. Argo Games called in administrators on Friday."
    )
    assert [q.speaker for q in b.quotes] == ["Ray Pike"], b.quotes
    assert "later stages" in b.quotes[0].text
