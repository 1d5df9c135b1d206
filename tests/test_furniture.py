"""Furniture (credit lines, captions, subheads, editor's notes, prompts) gives no actor and no quote;
places the NER takes for people or organisations are places."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import yaml

from generator.extract import nlp
from generator.extract.briefing import analysis_text, build_briefing
from generator.extract.furniture import blank_furniture, furniture_spans
from generator.ingest.collect import read_article
from generator.model import Briefing

ARTICLE = """Harbour strike ends after talks

Dock workers in the port of Kellsby returned to work on Monday after a week-long strike over pay.

"We got what we came for," said Maria Keller, the leader of the dockers union.

TALKS RESUME IN GENEVA

UNION CHIEF SAYS THE DEAL IS DONE — Harbour master Lena Ortiz said the first ships would dock on Tuesday.

Photo: Dock workers march past the harbour gates, watched by Tobias Wren and Clara Voss. (Reuters/Petra Lindqvist)

Image caption Marta Hollis said the strike had cost the port millions

Editor's note: An earlier version of this story misspelt the name of Gregor Antal, who said nothing.

Related: Port owners warn of delays, says Ingrid Falk

Read more: Jonas Brandt on the future of shipping

Sign up for our Morning Docket newsletter, edited by Helene Marsh.

"Follow Tessa Lund on Twitter @tessalund.

Kellsby Holdings (KLBn.L: Quote, Profile, Research, Stock Buzz) said its ships were waiting offshore.

The port authority said cargo would move normally by Wednesday. (Additional reporting by Emily Stephenson, Alana Wise in Kellsby; editing by Paul Thomasch and Ross Colvin)

Reporting by Jane Roe; Editing by John Doe and Mark Potter
"""
FURNITURE_NAMES = (
    "Tobias Wren",
    "Clara Voss",
    "Petra Lindqvist",
    "Marta Hollis",
    "Gregor Antal",
    "Ingrid Falk",
    "Jonas Brandt",
    "Helene Marsh",
    "Tessa Lund",
    "Emily Stephenson",
    "Alana Wise",
    "Paul Thomasch",
    "Ross Colvin",
    "Jane Roe",
    "John Doe",
    "Mark Potter",
    "Profile, Research, Stock Buzz",
    "Stock Buzz",
    "TALKS",
    "Geneva",
    "GENEVA",
    "UNION CHIEF",
    "THE DEAL IS DONE",
)


def _brief(tmp_path: Path, text: str) -> Briefing:
    path = tmp_path / "article.txt"
    path.write_text(text, encoding="utf-8")
    article = read_article(path)
    return build_briefing(article, nlp.load()(analysis_text(article)))


def test_furniture_gives_no_actor_and_no_quote(tmp_path: Path) -> None:
    briefing = _brief(tmp_path, ARTICLE)
    names = {a.name for a in briefing.actors} | {al for a in briefing.actors for al in a.aliases}
    assert {"Maria Keller", "Kellsby Holdings", "Lena Ortiz"} <= names  # the article is still read, names whole
    assert any(q.speaker == "Lena Ortiz" and "first ships" in q.text for q in briefing.quotes)  # after a run-in subhead
    assert not names & set(FURNITURE_NAMES), names & set(FURNITURE_NAMES)
    assert [q.speaker for q in briefing.quotes if q.kind == "direct"] == ["Maria Keller"]
    for quote in briefing.quotes:
        assert not any(n in quote.text for n in FURNITURE_NAMES)
        assert quote.speaker not in FURNITURE_NAMES


@pytest.mark.parametrize(
    "note",
    [
        "CLARIFICATION: The first sentence has been clarified to reflect that Olga Brandt is calling for a "
        "review of the harbour fees, not for their abolition.",
        "Correction: An earlier version of this article said the strike began in 1970. It was first declared "
        "by union leader Tomas Ekberg in 1971.",
        "This story has been updated to include comments from Olga Brandt, who said the fees would fall.",
        "An earlier version of this story misquoted Olga Brandt as saying the harbour would close.",
    ],
    ids=["clarification", "correction", "updated", "earlier-version"],
)
def test_a_correction_note_gives_no_quote_and_no_actor(tmp_path: Path, note: str) -> None:
    """A newsroom's note on its own article says nothing anyone said, even where it names them."""
    text = f"Harbour fees row\n\nThe port authority said cargo would move normally by Wednesday.\n\n{note}\n"
    briefing = _brief(tmp_path, text)
    assert [q.speaker for q in briefing.quotes] == ["port authority"]
    assert not {a.name for a in briefing.actors} & {"Olga Brandt", "Tomas Ekberg"}


@pytest.mark.parametrize(
    "paragraph",
    [
        "Corrections-officer union leader Olga Brandt said the guards would strike on Friday.",
        "This report has been revised three times since the ministry published it, Olga Brandt said.",
        "This article was amended by the committee to remove the harbour fees, Olga Brandt said.",
        "An earlier version of this report was leaked to the press in May, Olga Brandt said.",
    ],
    ids=["hyphenated-corrections", "report-revised", "legal-article", "leaked-version"],
)
def test_news_about_corrections_or_versions_is_no_note(tmp_path: Path, paragraph: str) -> None:
    """Guard: a paragraph of news that opens with such words is still read."""
    briefing = _brief(tmp_path, f"Harbour fees row\n\n{paragraph}\n")
    assert [q.speaker for q in briefing.quotes] == ["Olga Brandt"]


def test_blanking_keeps_every_offset() -> None:
    text = "A said so.\n\nREAD MORE: B\n\nC said it. (Reporting by D; editing by E)"
    read, c = text.index("READ"), text.index("C said")
    paragraphs = [(0, 10), (read, read + 12), (c, len(text))]
    blanked = blank_furniture(text, paragraphs)
    assert len(blanked) == len(text) and blanked[:10] == text[:10] and blanked.count("\n") == 4
    assert blanked[read : read + 12].strip() == "" and "Reporting" not in blanked
    assert blanked.startswith("C said it.", c)
    assert len(furniture_spans(text, paragraphs)) == 2


@pytest.mark.parametrize(
    "sentence",
    [
        "Radiation levels near Fukushima rose again on Tuesday, officials at the ministry said.",
        "Fukushima is still rebuilding a decade after the disaster, the mayor said.",
    ],
)
def test_fukushima_is_a_place(tmp_path: Path, sentence: str) -> None:
    kinds = {a.name: a.kind for a in _brief(tmp_path, sentence + "\n").actors}
    assert kinds.get("Fukushima", "place") == "place"


def test_regions_and_plants_are_places_and_people_stay_people(tmp_path: Path) -> None:
    text = (
        "Maria Keller, the foreign minister, said the Indo-Pacific region needed a new security pact. "
        "Keller also visited the Kashiwazaki Power Plant on Friday.\n"
    )
    kinds = {a.name: a.kind for a in _brief(tmp_path, text).actors}
    assert kinds["Maria Keller"] == "person"
    assert all(kind == "place" for name, kind in kinds.items() if "region" in name or "Plant" in name)
    assert any("Indo-Pacific" in name for name in kinds)


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        ("Senator Ed Markey (D-Mass.) said the bill would fail.\n", "Ed Markey", "Senator (Democrat, Mass.)"),
        ("Bob Corker, R-Tenn., said the deal was weak.\n", "Bob Corker", "Republican, Tenn."),
        (
            "Luis Rubio, who heads the Center of Research for Development, said trade mattered.\n",
            "Luis Rubio",
            "head of the Center of Research for Development",
        ),
    ],
)
def test_roles_from_party_labels_and_who_clauses(tmp_path: Path, text: str, name: str, role: str) -> None:
    roles = {a.name: a.role for a in _brief(tmp_path, text).actors}
    assert roles[name] == role


FURNITURE = Path(__file__).parent / "fixtures" / "furniture"


def _norm(name: str) -> str:
    """A name as compared: lower case, no dots, no leading "the", no possessive."""
    words = name.casefold().replace(".", "").replace("'s", "").split()
    return " ".join(words[1:] if words[:1] == ["the"] else words)


@pytest.fixture(scope="module")
def furniture_fixtures() -> list[tuple[dict[str, object], Briefing]]:
    """Each hand-written fixture of fixtures/furniture with its expectations and its briefing."""
    spec = yaml.safe_load((FURNITURE / "furniture.yaml").read_text(encoding="utf-8"))["fixtures"]
    out = []
    for entry in spec:
        article = read_article(FURNITURE / entry["file"])
        out.append((entry, build_briefing(article, nlp.load()(analysis_text(article)))))
    return out


def test_furniture_fixtures_give_no_actor_speaker_or_quote_text(furniture_fixtures) -> None:
    for entry, briefing in furniture_fixtures:
        never = {_norm(n) for n in entry.get("never_actors", [])}
        assert not never & {_norm(a.name) for a in briefing.actors}, entry["file"]
        assert not never & {_norm(q.speaker) for q in briefing.quotes if q.speaker}, entry["file"]
        for phrase in entry.get("never_in_quotes", []):
            assert not any(phrase.casefold() in q.text.casefold() for q in briefing.quotes), (entry["file"], phrase)
        if entry.get("speakers"):
            found = {_norm(q.speaker) for q in briefing.quotes if q.speaker}
            assert found & {_norm(s["name"]) for s in entry["speakers"]}, entry["file"]


def test_place_fixture_names_are_places_not_people(furniture_fixtures) -> None:
    checked = 0
    for entry, briefing in furniture_fixtures:
        places = {_norm(p) for p in entry.get("places", [])}
        for actor in briefing.actors:
            if _norm(actor.name) in places:
                checked += 1
                assert actor.kind in {"place", "country"}, (actor.name, actor.kind)
        assert not places & {_norm(q.speaker) for q in briefing.quotes if q.speaker}
    assert checked, "no place of the fixture was found at all"


@pytest.mark.parametrize(
    "paragraph",
    [
        "KING CHARLES III — The monarch said the garden would open in May.",
        "SAN FRANCISCO (AP) — The city said its buses would run on Sunday.",
        "“NO COLLUSION, NO OBSTRUCTION, TOTAL EXONERATION” — that was how the president greeted the report.",
        "Follow me on Twitter and on Facebook for the latest on the harbour strike, said Lena Ortiz.",
        "Follow me on X for news, said Lena Ortiz.",
        "“Follow me on Instagram,” she told the crowd.",
        "“Read more of the report before you judge,” Maria Keller said.",
    ],
)
def test_text_that_only_opens_like_furniture_is_text(paragraph: str) -> None:
    """A name, dateline or shouted quotation before a dash is no subhead; a sentence that opens like a prompt
    ("Follow me on Twitter and ...", "“Read more of ...,” she said") is no prompt."""
    assert furniture_spans(paragraph, [(0, len(paragraph))]) == []


def test_a_prompt_to_the_reader_is_no_quote(tmp_path: Path) -> None:
    """ "Call the desk on ...": an imperative, said by nobody, not by the person named before it."""
    text = (
        "Singer honoured\n\nSinger Mara Quinn wore a red gown to the opening on Wednesday night. "
        "Do you have a story about a celebrity? Call the showbusiness desk on 0207 555 0101 or 0207 555 0102.\n"
    )
    assert _brief(tmp_path, text).quotes == []


@pytest.mark.parametrize(
    "prompt",
    [
        '"Follow Tessa Lund on Twitter @tessalund.',
        '"Follow Tessa Lund on Twitter @tessalund."',
        "Follow us on X: @harbourdesk",
        "Follow @harbourdesk on X for live updates",
    ],
)
def test_a_follow_prompt_is_furniture(prompt: str) -> None:
    """Even opening with the quotation mark of the transcript it ends ("Follow Pam Key on Twitter")."""
    text = f'"ORTIZ: The first ships dock on Tuesday.\n\n{prompt}'
    follow = text.index(prompt)
    assert furniture_spans(text, [(0, follow - 2), (follow, len(text))]) == [(follow, len(text))]


def test_a_follow_prompt_run_into_a_paragraph_is_furniture(tmp_path: Path) -> None:
    """Wire copy run into one line keeps its prompts mid-paragraph: each prompt sentence is blanked, so its
    name is no actor, and the sentences around it stay text."""
    text = (
        "Ferry fares to rise\n\nThe harbour board said fares would rise by 4% in May, and Mayor Ines Varga said "
        "the rise was fair. Follow Dana Reyes on Twitter @dreyes. Varga said talks would go on. "
        "[Follow Oskar Brandt on Twitter @obrandt] You can also follow me on Twitter .\n"
    )
    blanked = blank_furniture(text, [(0, 19), (21, len(text))])
    for prompt in (
        "Follow Dana Reyes on Twitter @dreyes.",
        "Follow Oskar Brandt on Twitter @obrandt]",
        "You can also follow me on Twitter .",
    ):
        assert prompt not in blanked and text.index(prompt) >= 0
    assert "Varga said talks would go on." in blanked
    names = {a.name for a in _brief(tmp_path, text).actors}
    assert any("Varga" in n for n in names) and not names & {"Dana Reyes", "Oskar Brandt", "Twitter"}


def test_related_lists_and_photo_credits_run_into_a_paragraph_are_furniture(tmp_path: Path) -> None:
    """A "Related" list or "Read More" after a paragraph's last sentence runs to its end, and a photo credit
    is a sentence of names: blanked, so the headlines and names in them are no actors and no issues."""
    text = (
        "Ferry line sold\n\nThe harbour board said it would sell the ferry line to Norvik Shipping, and Mayor "
        "Ines Varga said the sale was fair. Image courtesy of Flickr user Halvard Moen. Related stories: Tallis "
        'Buys Brightwater Ferries, and Coastline Looks Even Better Read More ""\n'
    )
    blanked = blank_furniture(text, [(0, 15), (17, len(text))])
    assert "Flickr" not in blanked and "Tallis" not in blanked and "Read More" not in blanked
    assert "Mayor Ines Varga said the sale was fair." in blanked
    briefing = _brief(tmp_path, text)
    names = {a.name for a in briefing.actors}
    assert not names & {"Flickr", "Halvard Moen", "Tallis", "Brightwater Ferries", "Coastline"}
    assert all("Related" not in i.label and "Brightwater" not in i.label for i in briefing.issues)
    plain = "It sold. Related to the ferry sale is the fact that the board needs cash."
    assert furniture_spans(plain, [(0, len(plain))]) == []


def test_a_copyright_notice_closing_a_paragraph_is_furniture(tmp_path: Path) -> None:
    """ "© Copyright 2011 ... All rights reserved. ..." to the paragraph's end: the agency in it is no actor,
    and its legal words no issue; a sentence about copyright stays text."""
    text = (
        "Ferry line sold\n\nThe harbour board said it would sell the ferry line, and Mayor Ines Varga said the "
        "sale was fair. © Copyright 2011 Norvik Press Agency. All rights reserved. This material may not be "
        "published, broadcast, rewritten or redistributed.\n"
    )
    notice = text.index("© Copyright")
    assert (notice, len(text) - 1) in furniture_spans(text, [(17, len(text) - 1)])
    briefing = _brief(tmp_path, text)
    assert "Norvik Press Agency" not in {a.name for a in briefing.actors}
    assert all("Norvik" not in i.label and "material" not in i.label.lower() for i in briefing.issues)
    plain = "The band sued over Copyright 2011 royalties, the label said, and lost."
    assert furniture_spans(plain, [(0, len(plain))]) == []


def test_a_jump_marker_is_furniture_and_no_speaker(tmp_path: Path) -> None:
    """ "Story continues below" in the middle of a paragraph: blanked, so no quote has "story" as speaker."""
    text = (
        "Menus to show calories\n\nRestaurant chains must list calories, the agency said on Friday. Still, "
        'Ada Quell says the rules are a good step. Story continues below "You will see it right there on the '
        'menu," she said.\n'
    )
    marker = text.index("Story continues below")
    assert (marker, marker + len("Story continues below")) in furniture_spans(text, [(0, len(text))])
    assert all(q.speaker != "story" for q in _brief(tmp_path, text).quotes)


def test_a_ragged_editors_note_is_furniture_to_its_end(tmp_path: Path) -> None:
    """An editor's note wrapped in lines of any length is one paragraph: its later lines ("... who has /
    repeatedly pledged to close the port") are furniture too, and put no words in anyone's mouth."""
    text = (
        "Harbour strike ends\n\n"
        "Dock workers returned to work on Monday, said Maria Keller, the leader of the dockers union.\n\n"
        "Editor's note: Mayor Tobias Wren regularly\n"
        "misleads\n"
        "voters and is a serial liar who has\n"
        "repeatedly pledged to close the port to all foreign ships.\n"
    )
    briefing = _brief(tmp_path, text)
    assert {q.speaker for q in briefing.quotes} == {"Maria Keller"}
    assert "Tobias Wren" not in {a.name for a in briefing.actors}


def test_photo_credits_in_brackets_or_before_a_slash_and_agency_are_furniture(tmp_path: Path) -> None:
    """A bracketed photo caption or credit ("(Photo by Jo Kent/Getty)", "(AP Photo/Ana Ruiz)") and a
    photographer's "Name / Getty Images" credit are blanked: their names are no actors. A pollster's
    "(Reuters/Ipsos poll)", an agency named before a slash ("The CDC/EPA report") and a dateline's source stay."""
    text = (
        "Ferry line sold\n\nMayor Ines Varga opened the new terminal on Monday. (Photo by Halvard Moen/Getty) "
        "The harbour board said the sale was fair. (TOBIAS WREN/AFP/Getty Images Mayor Varga at the terminal)\n\n"
        "Petra Lindqvist / Getty Images Tired of waiting? The ferries now run every hour, Varga said.\n\n"
        "KELLSBY (AP Photo/Clara Voss) Passengers lined up at dawn.\n"
    )
    credits = ("(Photo by Halvard Moen/Getty)", "Petra Lindqvist / Getty Images", "(AP Photo/Clara Voss)")
    blanked = blank_furniture(text, [(0, 15), (17, text.index("\n\nPetra")), (text.index("Petra"), len(text))])
    for credit in (*credits, "(TOBIAS WREN/AFP/Getty Images Mayor Varga at the terminal)"):
        assert credit not in blanked and credit in text
    names = {a.name for a in _brief(tmp_path, text).actors}
    assert any("Varga" in n for n in names)
    assert not {n for n in names if any(w in n for w in ("Moen", "Lindqvist", "Voss", "WREN", "Getty"))}, names
    for plain in (
        "Support rose (by the Reuters/Ipsos poll) to 40%.",
        "An Ipsos/Reuters poll released on Tuesday showed gains.",
        "Support rose (Ipsos/Reuters) to 40%.",
        "The CDC/EPA report came out.",
        "Tripoli (Kellsby News/AFP) - Explosions shook the port.",
    ):
        assert furniture_spans(plain, [(0, len(plain))]) == [], plain


def test_a_wire_storys_reference_is_furniture(tmp_path: Path) -> None:
    """ "[ID:nLDE7300QU]" between two sentences of wire copy is blanked: its code runs into no name."""
    text = (
        "Kellsby bonds sold\n\nKellsby sold bonds on Friday at a higher rate than last year. [ID:nLDE7300QU] "
        "Lisbon Harbour Trust said the sale went well.\n"
    )
    assert "[ID:" not in blank_furniture(text, [(0, 18), (20, len(text) - 1)])
    assert not [a.name for a in _brief(tmp_path, text).actors if "ID" in a.name or "nLDE" in a.name]


TEAM_SHEETS = """Harbourside beat Kellsby in the cup

Harbourside beat Kellsby 24-10 on Saturday, and coach Tomas Hale said the forwards had won it. "We were strong at the set piece," he said.

Harbourside: D Okafor; R Lindqvist, T Brandt (capt), K Moen; A Varga, P Quell. Replacements: S Rowe, B Antal, M Keller.

Dane, Ferris, Okoro, Walsh (Price 67), Lund, Moreau (Tan 80), Hale.

Results: J Ostrova (Kellsby AC), M Dunne (Harbourside Harriers), L Petit (Portmoor AC).

Tomas Hale said France, Germany, Italy, Spain and Portugal had all sent scouts.
"""


def test_team_sheets_and_results_lists_are_furniture(tmp_path: Path) -> None:
    """A team sheet or results list of initials and surnames ("D Okafor; R Lindqvist, T Brandt (capt)") and a
    bench of bare surnames with substitutes' minutes is furniture, even after a report's last sentence: its
    names are no actors (they were organisations and places, and duplicates of the people the prose names in
    full); a sentence listing countries stays text."""
    text = TEAM_SHEETS
    spans = furniture_spans(text, [(m.start(), m.end()) for m in re.finditer(r"[^\n]+", text)])
    blanked = "".join(text[a:b] for a, b in spans)
    for listed in ("D Okafor", "S Rowe", "Walsh (Price 67)", "J Ostrova (Kellsby AC)"):
        assert listed in blanked
    assert "coach Tomas Hale" not in blanked and "Portugal" not in blanked
    names = {a.name for a in _brief(tmp_path, text).actors}
    assert "Tomas Hale" in names and "Portugal" in names, names
    assert not {n for n in names if re.fullmatch(r"[A-Z] \w+", n) or n in ("Walsh", "Okoro", "Lund")}, names


@pytest.mark.parametrize(
    "paragraph",
    [
        "He named his favourite bands: Oasis, Blur, Pulp; Suede, Elastica.",
        "Glasgow, Edinburgh, Aberdeen; Dundee, Inverness, Perth.",
        "Nominees: A Beautiful Mind, I Am Sam, A Knight's Tale.",
        "Signatories: UN Security Council, EU Commission, US Senate.",
    ],
)
def test_lists_that_are_no_team_sheet_stay_text(paragraph: str) -> None:
    """A sentence that ends in a list, a list of places, titles or bodies: no initials and surnames alone, no
    formation's semicolons."""
    assert furniture_spans(paragraph, [(0, len(paragraph))]) == []


def test_an_advertisements_slot_is_furniture_and_no_role(tmp_path: Path) -> None:
    """ "Advertisement" left between two sentences is blanked: it never runs into a name's role; the common noun
    stays."""
    text = (
        "Suns rout Clippers\n\nThe Suns led by 25 in the fourth quarter, and anything the Clippers did was too "
        "late. Advertisement Dana Whitlock had 20 points and 13 rebounds for the Clippers. Advertisement spending "
        "at the arena rose, the team said. The club changed its Advertisement Policy last year.\n"
    )
    slot = text.index("Advertisement Dana")
    spans = furniture_spans(text, [(0, len(text))])
    assert (slot, slot + len("Advertisement")) in spans
    assert not any(s <= text.index(common) < e for s, e in spans for common in ("Advertisement sp", "Advertisement P"))
    names = {a.name: a.role for a in _brief(tmp_path, text).actors}
    assert "Dana Whitlock" in names and "Advertisement" not in (names["Dana Whitlock"] or "")
