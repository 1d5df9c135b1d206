"""Speakers beyond the named person: documents, groups, descriptions, pronouns, passives and agents."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from test_quotes import only

from generator.model import Briefing

Make = Callable[[str], Briefing]


def test_document_speaks_for_its_author(make_briefing: Make) -> None:
    text = (
        "The Harbour Safety Board met on Monday.\n\n"
        "The board's ruling said the ferry had sailed without a working radar."
    )
    q = only(make_briefing(text), "working radar")
    assert q.speaker == "Harbour Safety Board"


def test_statement_issued_by_speaker(make_briefing: Make) -> None:
    text = "Westmere Palace has issued a statement saying the duke regretted the remarks."
    q = only(make_briefing(text), "regretted the remarks")
    assert q.speaker == "Westmere Palace"


def test_share_of_a_group_is_the_group(make_briefing: Make) -> None:
    text = "More than half of the farmers said they would sell their land if prices kept falling."
    q = only(make_briefing(text), "sell their land")
    assert q.speaker is not None and "farmers" in q.speaker


def test_a_later_bare_share_is_of_the_group_named_before(make_briefing: Make) -> None:
    """ "69% of those questioned said ... A majority said ... while 18% said": each share speaks for the
    group it is of, not as "69%", "majority" or "18%"."""
    b = make_briefing(
        "A survey of 2,000 adults by pollster Ipsos found growing use of mobiles at home. Some 69% of those "
        "questioned said they turned to their fixed phone because it was cheaper. Most of those surveyed said "
        "they would keep a landline. A majority said they rarely used text messages, while 18% said they never did."
    )
    assert [q.speaker for q in b.quotes] == ["those questioned", "those surveyed", "those surveyed", "those surveyed"]


def test_country_people_are_not_the_country(make_briefing: Make) -> None:
    text = "Norway signed the treaty in May. Norwegian officials said the fishing quota would rise next year."
    q = only(make_briefing(text), "fishing quota")
    assert q.speaker == "Norwegian officials"


def test_quotation_after_reported_statement_keeps_speaker(make_briefing: Make) -> None:
    text = (
        "Ingrid Solberg, the agency's chief engineer, said the bridge needed new cables before winter. "
        "“Every inspection since the spring has shown more corrosion than the one before.”"
    )
    q = only(make_briefing(text), "more corrosion")
    assert q.speaker == "Ingrid Solberg"


def test_lede_description_named_in_the_next_sentence(make_briefing: Make) -> None:
    text = (
        "The Danish transport minister says she will not resign over the ferry contract.\n\n"
        "Karin Holm, the Danish transport minister, told parliament the tender had been fair."
    )
    q = only(make_briefing(text), "not resign")
    assert q.speaker == "Karin Holm"


def test_a_description_inside_what_a_person_says_is_not_their_role(make_briefing: Make) -> None:
    """ "Vince Harrow said the chancellor had failed": the chancellor is someone else, so no role of his."""
    text = (
        "Tory shadow chancellor Oliver Letwin spoke first. For the Liberals, Vince Harrow said the chancellor "
        "had failed to deal with the problem. Mr Harrow said taxes would rise."
    )
    roles = {a.name: a.role for a in make_briefing(text).actors}
    assert roles["Vince Harrow"] is None, roles


def test_a_pronoun_with_no_person_to_stand_for_is_who_just_spoke_for_an_institution(make_briefing: Make) -> None:
    """No person is named: "She" is the department's spokeswoman who spoke just before, "he" the chief
    executive of a bicycle maker."""
    text = (
        'The ferry project had "improved links", the council said. A Department for Harbours and Ferries '
        'spokeswoman said the venture had been "ambitious", but demand had not been sufficient. She added: '
        '"The Harbour Board was not the only body to lose money."\n\n'
        'The switch to Asian suppliers was "reckless", the chief executive of a leading Dutch bicycle maker told '
        'reporters. "In five years the euro will be weaker," he said.'
    )
    b = make_briefing(text)
    assert only(b, "only body to lose").speaker == only(b, "ambitious").speaker == "Department for Harbours and Ferries"
    assert only(b, "euro will be weaker").speaker == "chief executive"


def test_description_repeated_is_the_same_actor(make_briefing: Make) -> None:
    text = (
        "The plan was attacked by the rights watchdog, Open Courts Now.\n\n"
        "The Geneva based campaign group said the plan broke two treaties. "
        "Northwind Energy said it disagreed. "
        "“The law is clear,” said the group in a statement."
    )
    assert only(make_briefing(text), "broke two treaties").speaker == "Open Courts Now"
    assert only(make_briefing(text), "law is clear").speaker == "Open Courts Now"


def test_it_said_continues_the_speaker_before(make_briefing: Make) -> None:
    text = (
        "Norway was accused of overfishing by the Baltic Marine Council.\n\n"
        "The Baltic Marine Council said catches had doubled since 2019. "
        "It said the quota system had failed."
    )
    assert only(make_briefing(text), "quota system had failed").speaker == "Baltic Marine Council"


def test_pronoun_after_a_speaker_is_that_speaker(make_briefing: Make) -> None:
    text = (
        "Anna Berg says that Lena Holm and herself were treated unfairly by the federation. "
        "“Nobody asked us anything,” she said."
    )
    assert only(make_briefing(text), "Nobody asked us").speaker == "Anna Berg"


_TURN = (
    "Prime Minister Erik Lund urged Nordic leaders to back the treaty. Finance Minister Jonas Vik reacted by "
    "saying the treaty needed work. Mr Lund has been the treaty's strongest backer for years.\n\n"
    "He said some leaders were in denial about the vote. "
    "Jonas Vik said the talks would resume in May. He added that Erik Lund had not called him."
)
_JOINT = (
    "Singer Beverley Knight said she sang on the single after the shootings.\n\n"
    "Knight and drum 'n' bass star Roni Size have released the record together. "
    "She said she was horrified by the deaths."
)

_OWN = (
    "Prime Minister Erik Lund urged Nordic leaders to back the treaty. Jonas Vik said the talks would resume "
    "in May. In his speech, Mr Lund contrasted a united Nordic bloc with a divided opposition, which he said "
    "would turn the clock back."
)

_LIST = (
    "Jason Gardener says the honour underlines the relay squad's achievement.\n\n"
    "Gardener, Darren Campbell, Marlon Devonish and Mark Lewis-Francis have all been awarded medals. "
    '"I think this award reinforces what we did," he said.'
)


@pytest.mark.parametrize(
    ("text", "words", "speaker"),
    [
        (_TURN, "in denial about the vote", "Erik Lund"),  # a sentence led by another person turns the story
        (_TURN, "had not called him", "Jonas Vik"),  # a person named inside what was said does not
        (_JOINT, "horrified by the deaths", "Beverley Knight"),  # nor two people leading a sentence together
        (_LIST, "reinforces what we did", "Jason Gardener"),  # nor a list of them
        (_OWN, "turn the clock back", "Erik Lund"),  # "he said" below its own sentence's lead
    ],
)
def test_pronoun_after_the_story_turns(make_briefing: Make, text: str, words: str, speaker: str) -> None:
    """ "He said" after a sentence whose main clause another person leads is that person, not the speaker
    before it."""
    assert only(make_briefing(text), words).speaker == speaker


def test_unnamed_subject_goes_on_with_it_said(make_briefing: Make) -> None:
    text = (
        "Floods closed three roads near Kestrel overnight, regional radio said, quoting a police officer. "
        "“The water rose faster than anyone expected,” it said in a bulletin."
    )
    assert only(make_briefing(text), "water rose faster").speaker == "regional radio"


def test_the_witness_is_the_witness_introduced_before(make_briefing: Make) -> None:
    text = (
        "Olga Brandt said the march had been peaceful. Police charged the crowd at noon, a witness said. "
        "Dozens of marchers were hurt, the witness told reporters by telephone."
    )
    assert only(make_briefing(text), "Dozens of marchers").speaker == "witness"


def test_the_government_is_not_the_company_named_before(make_briefing: Make) -> None:
    text = (
        "Northwind Energy said it owned the land. "
        "Last month, the government said it had found more than 200 unused mines."
    )
    assert only(make_briefing(text), "unused mines").speaker == "government"


def test_they_is_never_a_country(make_briefing: Make) -> None:
    text = (
        "The yen rose on Monday. Despite this, traders expect strength in the global economy to benefit Japan, "
        "which has been close to sliding into recession. Structural reform within Japan should also help, they say."
    )
    assert only(make_briefing(text), "should also help").speaker != "Japan"  # a country is "it"


def test_they_is_an_organisation_only_as_a_subject(make_briefing: Make) -> None:
    text = (
        "Supervisor Jo Avalos told the Northwind Examiner the deal was a giveaway. On Tuesday, members of a "
        "neighbourhood group protested outside the offices. They accused the company of breaking its pledge."
    )
    assert only(make_briefing(text), "breaking its pledge").speaker != "Northwind Examiner"  # it was told


@pytest.mark.parametrize(
    ("text", "words", "speaker"),
    [
        (
            'Fans greeted Tom Hollis at the premiere. Hollis said that the new film has an "elegant message". '
            '"Christmas is a special time of the year," added the two-time Academy Award winner.',
            "Christmas is a special",
            "Tom Hollis",
        ),
        (
            'Joe Kane scored twice. "It was great play from Damien," said the Northwick Rovers player.',
            "great play",
            "Joe Kane",
        ),
    ],
)
def test_one_of_an_organisations_people_is_a_person(make_briefing: Make, text: str, words: str, speaker: str) -> None:
    assert only(make_briefing(text), words).speaker == speaker  # a winner or player of it, not the organisation


@pytest.mark.parametrize("body", ["police", "army"])
def test_the_police_are_not_the_organisation_named_before(make_briefing: Make, body: str) -> None:
    text = (
        "The senator told Radio Northwind the plan was flawed. "
        f"Ministers backed the plan because the {body} said it would help fight crime."
    )
    assert only(make_briefing(text), "help fight crime").speaker == body


def test_passive_speech_verb_with_agent(make_briefing: Make) -> None:
    text = "The mayor was criticised by Olga Brandt for closing the library without a vote."
    b = make_briefing(text)
    assert any(q.speaker == "Olga Brandt" and q.cue == "criticised" for q in b.quotes), [
        (q.speaker, q.cue, q.text) for q in b.quotes
    ]


@pytest.mark.parametrize(
    ("text", "words", "speaker"),
    [
        pytest.param(
            "Norfield Chemicals was criticised by industry regulators for its accounting methods last year.",
            "accounting methods",
            "industry regulators",
            id="criticised-by",
        ),
        pytest.param(
            'Cyril Vance was described as a "consummate professional" by his friend and fellow broadcaster Peter Lane.',
            "consummate professional",
            "Peter Lane",
            id="described-as-by",
        ),
        pytest.param(
            'John Smith was described as having "a ferocious temper" by his colleagues at the Treasury.',
            "ferocious temper",
            "colleagues",
            id="described-as-having-by",
        ),
    ],
)
def test_a_passives_subject_is_described_not_speaking(make_briefing: Make, text: str, words: str, speaker: str) -> None:
    """The subject of a passive cue is what is criticised or described; the words are the agent's, also when the
    parse hangs the "by" on the description, and the agent is no part of them."""
    q = only(make_briefing(text), words)
    assert q.speaker == speaker
    assert "by" not in q.text.split()


def test_quoted_as_doing_gives_the_subjects_words(make_briefing: Make) -> None:
    """ "was quoted as backing ...": whatever verb follows, a quotation reports its subject's words."""
    text = 'Home affairs spokesman Michael Howard was quoted as backing "a tougher line on immigration".'
    assert only(make_briefing(text), "tougher line").speaker == "Michael Howard"


def test_quoted_as_saying_by_a_paper_keeps_the_speaker(make_briefing: Make) -> None:
    """ "he is quoted as saying by the Herald": he speaks, the paper reports it."""
    text = (
        "Fund manager Florian Hamm wants a greater say at the club. "
        '"I demand better transparency," he is quoted as saying by the Kestrel Herald.'
    )
    assert only(make_briefing(text), "transparency").speaker == "Florian Hamm"


def test_quoted_as_saying_keeps_the_quoted_source(make_briefing: Make) -> None:
    text = (
        "Olga Brandt will ask for a lower rate next week, the Kestrel Herald said. "
        "“She will be explaining the results of the audit,” the Kestrel Herald quoted an aide as saying."
    )
    q = only(make_briefing(text), "results of the audit")
    assert q.speaker == "aide"


def test_dateline_with_colon_is_not_a_transcript_turn(make_briefing: Make) -> None:
    b = make_briefing("PARIS: Olga Brandt will seek a lower rate next week, the Kestrel Herald said on Saturday.")
    assert all(q.speaker != "Paris" and q.speaker != "PARIS" for q in b.quotes), [(q.speaker, q.text) for q in b.quotes]


def test_called_for_a_clause(make_briefing: Make) -> None:
    text = "Olga Brandt has repeatedly called for the toll to be scrapped."
    q = only(make_briefing(text), "toll to be scrapped")
    assert q.speaker == "Olga Brandt"


def test_blamed_a_quoted_cause(make_briefing: Make) -> None:
    text = "Olga Brandt has blamed “reckless speculators” for the fall in the currency."
    q = only(make_briefing(text), "reckless speculators")
    assert q.speaker == "Olga Brandt"


def test_it_is_the_institution_subject_before(make_briefing: Make) -> None:
    text = (
        "Officials in the north said farms would be seized. "
        "The government is cracking down on large estates, which it says are lying idle."
    )
    q = only(make_briefing(text), "lying idle")
    assert q.speaker is not None and "government" in q.speaker


def test_they_continues_a_plural_speaker(make_briefing: Make) -> None:
    text = (
        "According to Reuters, prosecutors plan to seize the farm. Officials claim that the owners hold no valid "
        "documents. They also allege that the land is not being used."
    )
    q = only(make_briefing(text), "not being used")
    assert q.speaker is not None and q.speaker.lower() == "officials"


def test_apposition_names_the_speaker(make_briefing: Make) -> None:
    text = (
        "At least one consumer group - Shoppers Against Tracking (Sat) - has claimed that the chips could be "
        "used to identify people."
    )
    q = only(make_briefing(text), "identify people")
    assert q.speaker is not None and q.speaker != "consumer group"


def test_quote_reported_inside_another_keeps_its_speaker(make_briefing: Make) -> None:
    text = (
        "Oskar Lind directs the film.\n\n"
        "Lind said he had visited Mara Holt, who had told him that the council could "
        '"stand for any arbitrary establishment that curtails the freedom of the individual".'
    )
    speakers = {q.speaker for q in make_briefing(text).quotes if "arbitrary establishment" in q.text}
    assert {"Oskar Lind", "Mara Holt"} <= speakers


def test_people_of_a_body_are_not_the_body(make_briefing: Make) -> None:
    text = "The Nordic Council met in Oslo. Nordic Council members warn that the fishing quota will fall next year."
    q = only(make_briefing(text), "fishing quota")
    assert q.speaker == "Nordic Council members"


def test_plural_demonym_is_a_group(make_briefing: Make) -> None:
    text = "Peru has voted for a new president. Peruvians often say that the mountains decide the harvest."
    q = only(make_briefing(text), "mountains decide")
    assert q.speaker == "Peruvians"


def test_object_of_a_forcing_verb_speaks_its_infinitive(make_briefing: Make) -> None:
    text = (
        "Senator Alma Ruiz questioned the bank chief, Dario Fenn, on Tuesday. "
        "Ruiz forced Fenn to admit that no manager had been punished for the losses."
    )
    q = only(make_briefing(text), "no manager had been punished")
    assert q.speaker == "Dario Fenn"


def test_footage_shows_who_speaks(make_briefing: Make) -> None:
    text = "The advert uses footage of Lena Marsh asking, “Why is the bridge still closed?”"
    q = only(make_briefing(text), "bridge still closed")
    assert q.speaker == "Lena Marsh"


def test_subject_outside_the_quotation_when_the_parse_misses_a_sentence_end(make_briefing: Make) -> None:
    text = (
        "“Is the dam safe?”\n\n"
        "Vera Holm, an engineer, then appeared on radio on Friday and began by saying the dam would hold."
    )
    q = only(make_briefing(text), "dam would hold")
    assert q.speaker == "Vera Holm"


def test_speech_speaks_for_who_delivered_it(make_briefing: Make) -> None:
    text = "Harbour tolls should fall by a third, according to a speech Ilse Marten delivered in Bergen last spring."
    q = only(make_briefing(text), "Harbour tolls")
    assert q.speaker == "Ilse Marten"


def test_apposed_name_behind_a_description(make_briefing: Make) -> None:
    text = (
        "The council banned the opera last week. But the work's composer, Danish musician Karin Holt, "
        "says it is all about the freedom of the sea."
    )
    q = only(make_briefing(text), "freedom of the sea")
    assert q.speaker == "Karin Holt"


def test_country_branch_of_an_organisation(make_briefing: Make) -> None:
    text = (
        "Amnesty International has campaigned on the case for years. Amnesty International UK said the "
        "prisoners had been held without charge for too long."
    )
    q = only(make_briefing(text), "without charge")
    assert q.speaker == "Amnesty International"


def test_the_company_after_a_name_the_ner_missed_is_that_name(make_briefing: Make) -> None:
    """ "Macrovex" is no actor (the NER misses it); "said the firm" goes on with it, not with the product."""
    text = (
        "Pirated discs cost film studios millions. Macrovex says its new ShieldDisc software will stop most "
        'copying programs. "ShieldDisc is designed to reduce piracy," said the firm. '
        "ShieldDisc is expected on discs from May, the company said."
    )
    briefing = make_briefing(text)
    assert only(briefing, "designed to reduce piracy").speaker == "Macrovex"
    assert only(briefing, "expected on discs from May").speaker == "Macrovex"


def test_the_company_after_another_company_leads_a_sentence_is_that_company(make_briefing: Make) -> None:
    text = (
        "Pirated discs cost film studios millions. Macrovex says its new software will stop most copying "
        "programs. At the fair, Siemens showed off a faster system. "
        "The German company said data could move at one gigabit a second."
    )
    assert only(make_briefing(text), "one gigabit").speaker == "Siemens"


def test_a_title_after_an_organisation_is_a_person(make_briefing: Make) -> None:
    """ "The Lib Dem leader said": the leader, not the party; "the Lib Dem spokesman" speaks for it."""
    lead = "Ruth Pallister wants a review of the tax plan. "
    leader = make_briefing(lead + "The Lib Dem leader said the plan was unfair to pensioners.")
    assert only(leader, "unfair to pensioners").speaker == "Ruth Pallister"
    spokesman = make_briefing(lead + "The Lib Dem spokesman said the plan was unfair to pensioners.")
    assert only(spokesman, "unfair to pensioners").speaker == "Lib Dem"


def test_a_name_run_into_the_subjects_phrase_behind_a_title(make_briefing: Make) -> None:
    """The parse makes "Lord" the subject and hangs the director on its "of" phrase."""
    text = "Lord of the Rings director Peter Jackson has said that filming will start in four years."
    assert only(make_briefing(text), "filming will start").speaker == "Peter Jackson"


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("A survey by Mori found that most voters wanted a ban.", "Mori"),
        ("Figures released by the Tarn Statistics Office showed that output fell in May.", "Tarn Statistics Office"),
        ("A survey of 1,000 adults found that most voters wanted a ban.", "survey"),
        ("Harlow Polling's survey found that most voters wanted a ban.", "Harlow Polling"),
        ("Data from the Tarn Statistics Office showed that output fell in May.", "Tarn Statistics Office"),
        ("A survey of 2,000 fans from Kellsby found that most wanted a new stadium.", "survey"),
        ("The ministry's figures show that output fell in May.", "ministry"),
        ("His team's research found that output fell in May.", "research"),
        ("A survey of 280 pension schemes by Tarn Data Services said contributions had risen.", "Tarn Data Services"),
    ],
)
def test_findings_speak_for_whoever_produced_them(make_briefing: Make, text: str, speaker: str) -> None:
    """ "from" or "by" names who produced a survey or figures, also after what they counted; "of" names whom
    they counted; a name that owns them produced them."""
    quotes = make_briefing(text).quotes
    assert [q.speaker for q in quotes] == [speaker], [(q.speaker, q.text) for q in quotes]


def test_the_report_goes_on_for_the_producer_named_before(make_briefing: Make) -> None:
    """ "a report from analysts Harlow Research says ... The report predicts ... The report said": the same report,
    so Harlow Research's words; a report whose producer the article never names stays "report"."""
    b = make_briefing(
        "Sales of electric bikes doubled last year, says a report from analysts Harlow Research. The report "
        "predicts that sales will double again by 2027.\n\nThe report said most buyers were commuters."
    )
    assert [q.speaker for q in b.quotes] == ["Harlow Research"] * 3, [(q.speaker, q.text) for q in b.quotes]
    other = make_briefing(
        "The report said most farms would close within a decade. The report added that prices would fall."
    )
    assert {q.speaker for q in other.quotes} == {"report"}


@pytest.mark.parametrize(
    "text",
    [
        "Correspondent Tom Perry reported from Baghdad that three soldiers had died. The report said the attack began at dawn.",
        "A report by Gartner said PC sales would rise. Another report said sales would fall. The report said prices had dropped.",
    ],
)
def test_the_report_is_not_one_before_it(make_briefing: Make, text: str) -> None:
    """ "reported from Baghdad" is a verb, and "another report" is another: "The report said" stays the report's."""
    quotes = make_briefing(text).quotes
    assert quotes[-1].speaker == "report", [(q.speaker, q.text) for q in quotes]


def test_a_titles_name_in_apposition_speaks_not_the_club(make_briefing: Make) -> None:
    """ "according to his Chelsea boss, Jose Mourinho": Mourinho, though Chelsea is the club in a football report."""
    b = make_briefing(
        "Drogba will miss the cup game, according to his Chelsea boss, Jose Mourinho. The striker scored a goal in "
        "the league, and Chelsea face Newcastle on Sunday."
    )
    assert [q.speaker for q in b.quotes if "miss" in q.text] == ["Jose Mourinho"]


@pytest.mark.parametrize(
    ("said", "speaker"),
    [
        ("The report said most farms would close within a decade.", "report"),
        ("The survey found that most farms would close within a decade.", "survey"),
        ("The research found that most farms would close within a decade.", "research"),  # a finding noun
        ("The farmer said most farms would close within a decade.", "Anna Berg"),
    ],
)
def test_a_thing_is_no_person_named_before(make_briefing: Make, said: str, speaker: str) -> None:
    """A description the corpus never uses for a person ("the report") stands for itself, not for the person
    named last; one it does ("the farmer") is that person."""
    text = f"Mrs Anna Berg toured the valley with her husband on Monday. {said}"
    assert only(make_briefing(text), "farms would close").speaker == speaker


@pytest.mark.parametrize(
    ("lead", "speaker"),
    [
        ("Economists have raised concerns about savings.", "economists"),
        ("Voters have queued at the banks all week.", "voters"),
        ("Dealers have sold the currency all week.", "dealers"),  # an agent noun the corpus lacks
        ("Prices have fallen since March.", "they"),  # not people
        ("Spending cuts have hit the poorest hardest.", "they"),
    ],
)
def test_they_after_people_named_by_a_plural_noun(make_briefing: Make, lead: str, speaker: str) -> None:
    """ "They say" stands for the people a plural noun named as the subject before, not for nobody."""
    text = f"The Lurian economy shrank in May. {lead} Without growth, they say, the money could run out."
    assert only(make_briefing(text), "money could run out").speaker == speaker


def test_a_demonym_after_a_person_is_that_person(make_briefing: Make) -> None:
    """ "Said the New Zealander": a person named before, not a phrase nobody is called."""
    text = (
        "Director Peter Walsh visited Sydney on Monday to talk about his next film. "
        '"It will take years of talks before we can start," said the New Zealander.'
    )
    assert only(make_briefing(text), "take years of talks").speaker == "Peter Walsh"


def test_he_after_a_speaker_in_an_aside_is_the_sentence_subject(make_briefing: Make) -> None:
    """ "Hallam said he had visited Gregor Lund, who had told him ... He added": Hallam goes on, not Lund,
    who speaks only in a clause hung on Hallam's object."""
    text = (
        "Director Tom Hallam said the script had changed after the studio raised concerns. Hallam said he had "
        'visited the author Gregor Lund, who had told him that the villain could "stand for any arbitrary power '
        'that curtails freedom". He added: "I have no desire to change the nature of the villains of the piece."'
    )
    assert only(make_briefing(text), "no desire to change").speaker == "Tom Hallam"


def test_a_known_name_the_parse_took_for_a_noun_is_that_actor(make_briefing: Make) -> None:
    """ "Trump this week also said ...": the parse makes "Trump" a common noun; the speaker is still the
    actor named Trump, never the word "trump"."""
    text = (
        "Senator Ted Cruz thanked Donald Trump on Twitter for backing his top legislative priority. "
        "Trump this week also said he would consider naming Sen. Mike Lee to the Supreme Court."
    )
    assert only(make_briefing(text), "consider naming").speaker == "Donald Trump"


def test_a_spokesman_for_a_body_speaks_for_it_but_not_for_a_person(make_briefing: Make) -> None:
    """ "A spokesman for the Royal Academy of Dance": its voice; "the spokesman" later is the same voice.
    "Ms Temperley's spokesman" stays a spokesman: a person's spokesman's words are not the person's own."""
    b = make_briefing(
        'A spokesman for the Royal Academy of Dance said the scheme "has received strong interest". '
        '"We expect a wide release," said the spokesman. Designer Alice Temperley was not at the show. '
        "Ms Temperley's spokesman said she was unaware of the request."
    )
    assert only(b, "strong interest").speaker == "Royal Academy of Dance"
    assert only(b, "wide release").speaker == "Royal Academy of Dance"
    assert only(b, "unaware of the request").speaker == "spokesman"


def test_the_us_in_capitals_is_the_country_not_us(make_briefing: Make) -> None:
    """ "The US says ...": the country by its code, neither the pronoun "us" nor a person called "the
    Russian"; "the Russian said" after a Russian is named is that person."""
    b = make_briefing(
        "Boris Petrov arrived in Geneva on Monday. The US said the meeting was useful. "
        "The Russian said the talks would go on."
    )
    assert only(b, "meeting was useful").speaker == "United States"
    assert only(b, "talks would go on").speaker == "Boris Petrov"


def test_a_surname_alone_is_the_one_actor_named_in_full(make_briefing: Make) -> None:
    """ "but Pelous said": the NER took Fabien Pelous for a firm and tagged the surname alone as nothing,
    so the surname is the actor named in full; "Leicester said" is the club, not BBC Radio Leicester."""
    b = make_briefing(
        "France captain Fabien Pelous was pleased with the win. France were 17-6 down at half-time, but Pelous "
        'said: "No-one was down at half-time, we were still confident." BBC Radio Leicester reported the bid. '
        "Leicester said they would not be rushed into a bid."
    )
    assert only(b, "still confident").speaker == "Fabien Pelous"
    assert only(b, "rushed into a bid").speaker != "BBC Radio Leicester"


def test_he_after_a_speaker_reported_inside_another_statement_is_the_reporter(make_briefing: Make) -> None:
    """ "Ms Ortiz said she had backed the plan when Mr Dunmore argued for it": Dunmore speaks only inside
    what Ortiz reports, so the "he" after is not him; a person who speaks in their own right is."""
    b = make_briefing(
        "Transport Secretary Daniel Ortiz will press on with the toll scheme despite a call from Peter Vance "
        "to pause it. But Mr Ortiz said he had backed the plan when Mr Dunmore argued for it in cabinet and "
        'he backed it now. "Tolls are the fairest way to pay for the new bridge," he said. '
        'Mr Dunmore said the scheme was rushed. "It needs another year," he said.'
    )
    assert only(b, "fairest way").speaker == "Daniel Ortiz"
    assert only(b, "another year").speaker == "Dunmore"


def test_a_party_title_after_a_person_named_without_a_role_is_that_person(make_briefing: Make) -> None:
    """ "... from Charles Kennedy. The Lib Dem leader said": the title names the person just named, who
    has no role of their own, not the party."""
    b = make_briefing(
        "Home Secretary Daniel Ortiz will press on with the toll plan despite a call to pause it from "
        "Peter Vance.\n\nThe Lib Dem leader said the minister's resignation was a good moment to think again."
    )
    assert only(b, "good moment").speaker == "Peter Vance"


@pytest.mark.parametrize(
    ("text", "said", "speaker"),
    [
        (
            "Transport minister Ola Brekke welcomed the news. The survey of ferry fares, published on Monday, "
            "placed Norway first for ticket prices. It showed Nordic operators were investing more in electric "
            "ships than any other fleet.",
            "electric ships",
            "survey",
        ),
        (
            "Thursday's report was drawn up by two committees of the Welsh assembly. It said there was a strong "
            "case to tighten the rules on ferry subsidies.",
            "ferry subsidies",
            "report",
        ),
    ],
)
def test_it_after_a_report_is_the_report_and_a_day_writes_no_report(
    make_briefing: Make, text: str, said: str, speaker: str
) -> None:
    """ "The report ... placed the UK third. It showed ...": the report, not a name inside its sentence;
    "Thursday's report ... It said": the report, not Thursday."""
    assert only(make_briefing(text), said).speaker == speaker


def test_the_passive_subject_of_a_reporting_verb_speaks_through_the_infinitive(make_briefing: Make) -> None:
    """ "the Greens said they would back the plan although Ola Brekke was forced to deny the party was split":
    Brekke denies, not the Greens; "is alleged to have told" likewise; "is set to address" a crowd is no
    statement at all."""
    b = make_briefing(
        "The Greens said they would back the ferry plan although Ola Brekke was forced to deny the party was "
        "split over its decision. Mr Brekke is alleged to have told the minister the vote was a mistake. "
        "Mr Brekke is set to address 2,000 farmers at a rally in Bergen on Friday."
    )
    denied = [q for q in b.quotes if q.text.startswith("the party was split")]
    assert [q.speaker for q in denied] == ["Ola Brekke"]
    assert only(b, "vote was a mistake").speaker == "Ola Brekke"
    assert not [q for q in b.quotes if "2,000 farmers" in b.article.text[q.span[0] : q.span[1]]]


def test_it_is_the_subject_named_with_of_before_the_body_it_complained_to(make_briefing: Make) -> None:
    """A name built with "of" ("the Council of Welsh Anglers") is the subject of its sentence, so the "it" after
    is that council, not the watchdog it complained to."""
    text = (
        "A fishing group has criticised the new dam, claiming it harms salmon. The Council of Welsh Anglers has "
        "complained to river watchdog Aquila. It says the dam breaches planning rules."
    )
    assert only(make_briefing(text), "planning rules").speaker == "Council of Welsh Anglers"


def test_a_speaker_named_in_full_is_the_actor_the_ner_found_by_surname(make_briefing: Make) -> None:
    """The NER missed "Graeme Strathdee" and found "Strathdee" alone: the actor takes the full name, with every
    mention of either, and all his quotes are his under that name. The body follows a headline blanked out of
    the analysis, as ``extract`` gives it."""
    briefing = make_briefing(
        " "
        * 23
        + "\n\nGraeme Strathdee believes Morven Keir would be the right person to lead the harbour club next season.\n\n"
        "Strathdee's old teammate is the clear favourite for the post. \"Morven is the ideal candidate. She would "
        'be perfect for it," Strathdee told reporters. Strathdee added: "She knows the club, as I know from '
        'sailing with her."'
    )
    actor = next(a for a in briefing.actors if "Strathdee" in a.name)
    assert (actor.name, actor.kind, actor.aliases) == ("Graeme Strathdee", "person", ["Strathdee"])
    assert len(actor.mentions) == 4
    assert {q.speaker for q in briefing.quotes} == {"Graeme Strathdee"}


def test_a_noun_for_one_of_a_nations_people_is_the_person_not_an_actor(make_briefing: Make) -> None:
    """ "The 55-year-old Frenchman" is the manager named before, "Spaniard Lucia Ferrer" is Lucia Ferrer, and
    "the American" the player the story turned to after his coach spoke."""
    briefing = make_briefing(
        "Henri Valcourt has praised his young side after their cup win. The 55-year-old Frenchman told the "
        'club\'s website: "They showed great character and I am proud of them."\n\n'
        "Spaniard Lucia Ferrer won the final in three sets.\n\n"
        '"We need more matches on clay," said coach Dan Mercer. Tom Becker was left frustrated after losing '
        'both his singles. "I had my chances and just did not take them," said the American.'
    )
    names = {a.name for a in briefing.actors}
    assert not names & {"Frenchman", "Spaniard Lucia Ferrer", "American"}, names
    assert "Lucia Ferrer" in names
    assert only(briefing, "great character").speaker == "Henri Valcourt"
    assert only(briefing, "my chances").speaker == "Tom Becker"


def test_a_name_right_after_a_plural_noun_is_the_group_that_speaks(make_briefing: Make) -> None:
    briefing = make_briefing(
        "Financial watchdog BaFin is examining share trades made before the announcement.\n\n"
        "Telecom analysts Ovum welcomed the move, saying it would bring prices down for consumers."
    )
    assert only(briefing, "prices down").speaker == "Ovum"


def test_reported_as_saying_and_a_statement_on_her_website(make_briefing: Make) -> None:
    """ "Reuters reported BaFin as saying" gives BaFin's words, "a statement on her website said" hers."""
    briefing = make_briefing(
        "German prosecutors are examining the bond trades. Reuters reported BaFin as saying that the case had been "
        "passed to prosecutors in Frankfurt.\n\nKim Clijsters will miss the tournament. A statement on her website "
        "said she would need another operation on her wrist."
    )
    speakers = [only(briefing, words).speaker for words in ("passed to prosecutors", "another operation")]
    assert speakers == ["BaFin", "Kim Clijsters"]


def test_he_is_the_man_named_before_not_a_nearer_name_of_no_known_sex(make_briefing: Make) -> None:
    """No person is a subject before "he told": the nearest name ("Indiana Jones", a film the model takes for a
    person) is of no known sex; Rick Dale, a man's first name, is who "he" is."""
    b = make_briefing(
        "For Rick Dale, director of business development at digital company Vantex, a high definition future "
        "is an exciting prospect. He has worked on the Star Wars DVD trilogy, Finding Nemo and Indiana Jones. "
        '"There was a time when the film world and the video world were two separate worlds," he told the BBC.'
    )
    said = [q.speaker for q in b.quotes if "two separate worlds" in q.text]
    assert said == ["Rick Dale"], b.quotes


def test_a_cue_joined_to_a_passive_verb_shares_its_subject(make_briefing: Make) -> None:
    """ "Flores was interviewed on Peru TV and said ...": Flores speaks, not the channel named between."""
    b = make_briefing(
        "Ricardo Flores was interviewed on Peru TV and said the prison was known for being rough. The Mozilla "
        "Foundation claims that Firefox has been downloaded eight million times and has said it would be happy "
        "with a tenth of the market."
    )
    assert [only(b, "known for being rough").speaker, only(b, "happy").speaker] == [
        "Ricardo Flores",
        "Mozilla Foundation",
    ]


def test_he_after_a_paragraph_that_turns_to_a_man_is_that_man(make_briefing: Make) -> None:
    """A one-sentence paragraph about Mr Varga, not its subject, comes between the last speaker and "he said":
    the story turned to Varga, who says the next words."""
    b = make_briefing(
        "Finance minister Peter Varga said the weak currency would hurt exports. The remarks came a day after "
        'central bank governor Tomas Kovac said a cheap forint was "good for growth".\n\n'
        "But that was no comfort to Mr Varga.\n\n"
        '"If the bank wants a weaker forint, it must say so," he said.'
    )
    assert only(b, "must say so").speaker == "Peter Varga"


def test_a_name_inside_what_is_claimed_is_not_who_claims_it(make_briefing: Make) -> None:
    """ "Mr Hale has failed ..., he claimed": Hale is the subject of the claim, not the story's speaker, so "he"
    and the quotations after it stay with Mark Dunn, however long his own quotation before the next "he said"."""
    b = make_briefing(
        "Peter Hale has had the chance to fix the railways and has failed, Mark Dunn has said.\n\n"
        '"Britain is stuck in the sidings," the opposition leader said in his New Year message. Mr Dunn also '
        "praised the rescue teams after the floods in the north.\n\n"
        'Mr Hale has failed to tackle these problems, he claimed, saying he has the "wrong plan" for them.\n\n'
        '"The result is higher fares and slower trains. "Worst of all, it is a government that has wasted '
        "people's money on consultants, on reports nobody reads, on timetables that change every spring and on "
        "carriages that stand idle in sidings from one year to the next, while the passengers who pay for all "
        'of it wait on cold platforms for trains that never come." The Tories, he said, can cut fares without '
        "raising taxes."
    )
    said = [only(b, words).speaker for words in ("wrong plan", "higher fares", "cut fares")]
    assert said == ["Mark Dunn"] * 3, b.quotes


BREWERS = """\
Heineken and Carlsberg have reported falling profits after beer sales fell.

Dutch firm Heineken saw its annual profits drop 33% and warned that earnings may slide. Danish brewer Carlsberg \
suffered a 3% fall in profits. Both are looking to Russia to provide growth.

Heineken's net income fell to 537m euros during 2004. It blamed weak demand in western Europe and currency losses.

Carlsberg, the world's fifth-largest brewer, saw pre-tax profits fall."""


def test_it_is_the_body_whose_figures_the_sentence_before_gave(make_briefing: Make) -> None:
    """ "Heineken's net income fell ... It blamed": the body owning the subject before is "it", not the
    brewer last named as a subject a paragraph earlier."""
    quotes = {q.text: q.speaker for q in make_briefing(BREWERS).quotes}
    assert quotes.get("weak demand in western Europe and currency losses") == "Heineken", quotes


MEALS = """\
Councils back school meals plan

The Conservatives have called for free school meals to be made law. Carol Dent, of the Parents Forum, told \
BBC Radio 4's Today programme that the plans were "weak". Mrs Dent said councils had waited too long.

Theresa May, shadow secretary for schools, told the Today programme that the government's plans were "thin". \
She said a Conservative government would bring a "radical reform" of school kitchens."""


def test_she_is_the_speaker_the_ner_missed_once_her_words_make_her_known(make_briefing: Make) -> None:
    """The NER takes "May" for a month; once her own words make Theresa May an actor, "She said" after her is
    hers, not the woman named in the paragraph before."""
    quotes = {q.text: q.speaker for q in make_briefing(MEALS).quotes}
    assert quotes.get('a Conservative government would bring a "radical reform" of school kitchens') == "Theresa May"


def test_lets_is_the_writers_voice_not_a_speaker(make_briefing: Make) -> None:
    """ "Let's hope ...", "let's just call it music": the writer and reader, nobody quoted, and never "'s"."""
    b = make_briefing(
        "Voters in Leeds were angry on Monday.\n\n"
        "Let's hope this is the start of both the party and its leader slipping into obscurity.\n\n"
        "Stop putting it all in brackets and let's just call it music, and let's especially drop the urban tag."
    )
    assert b.quotes == []


def test_a_firm_the_ner_took_for_a_product_speaks_by_its_name(make_briefing: Make) -> None:
    """ "Despite this Finnish anti virus lab F Secure said ...": the parse leaves the cue no subject and the NER
    calls the firm a product; the name right before the cue speaks, without the words that describe it."""
    b = make_briefing(
        "Phone virus spreads\n\nA virus that hits phones has been found. Despite this Finnish anti virus lab F "
        "Secure said it had sporadic reports of owners being caught out by it."
    )
    assert only(b, "sporadic reports").speaker == "F Secure"


def test_an_age_is_the_subject_before_a_rival_named_as_the_object_of_the_same_sentence(make_briefing: Make) -> None:
    """ "Agassi was serving to fellow American Andy Roddick when he decided ... said the 34-year-old": the
    rival named after him in his own sentence is no other candidate; the subject speaks."""
    b = make_briefing(
        "Hip injury ends match\n\nAndre Vella was forced to retire from his match on Sunday. Vella was serving at "
        '5-6 down in the first set to fellow American Andy Renzi when he decided to end the match. "My hip was '
        'cramping and I just could not continue," said the 34-year-old.'
    )
    assert only(b, "hip was cramping").speaker == "Andre Vella"
