"""Issue extraction on articles written for these tests: labels, evidence, ranking, keys."""

from __future__ import annotations

import pytest
from siteproject import ROOT, text_article
from spacy.language import Language

from generator.extract.actors import ActorTable
from generator.extract.briefing import analysis_text, build_briefing
from generator.extract.issueconcepts import MAX_LABEL_WORDS, concept_phrase, label_text
from generator.extract.issuelabels import content_words, is_specific_label
from generator.extract.issueselect import MAX_ISSUES
from generator.extract.wordweights import is_evaluative, word_informativeness
from generator.ingest.collect import read_article
from generator.model import Briefing

HARBOUR = """\
Port workers in Lisbon began a week-long strike on Monday over a plan to automate container handling at the city's main harbour.

The union representing the dockers says the automation plan would cut hundreds of jobs within two years. Maria Costa, the union's general secretary, said the port authority had ignored every proposal for retraining.

The port authority argues that the automation plan is the only way to compete with larger harbours in Spain and the Netherlands. It says container traffic has fallen for three years.

Shipping companies warned that the strike could disrupt fruit exports to northern Europe. Several ships have already been diverted to Valencia.

Costa said the union would accept the automation plan if the authority guaranteed a retraining programme for older workers. Economy minister Pedro Alves said the government would not intervene in the dispute.
"""

FISHERIES_A = """\
China extended its ban on Japanese seafood imports on Tuesday, citing concerns about treated water released from a damaged nuclear plant.

Fishing cooperatives in northern Japan said the ban on Japanese seafood imports had halved their income since last summer. Kenji Sato, who runs a cooperative near Sendai, said buyers in Hong Kong were also cancelling orders.

Tokyo has asked Beijing to lift the ban on Japanese seafood imports and to accept independent testing of the water.
"""

FISHERIES_B = """\
Exporters in Hokkaido are looking for new buyers in Southeast Asia as the ban on Japanese seafood imports enters its second year.

Scallop prices have fallen by a third since China imposed the ban on Japanese seafood imports, according to a trade association in Sapporo. Yuki Tanaka, an exporter, said that sales to Vietnam had grown but could not replace the Chinese market.

Officials in Tokyo said talks with Beijing about the ban on Japanese seafood imports would continue next month.
"""

DISPUTE = """\
Fishing cooperatives said Beijing's serious concerns about the discharge of radioactive wastewater had hurt exports. Other companies warned that the ban on seafood imports would last for years.

Analysts believe the basic dispute over the radioactive wastewater discharge will be difficult to settle. The increased military activity in areas near the islands worries Tokyo. The Japanese government stressed the importance of strengthening the US-Japan alliance.

Exporters in Hokkaido said the seafood ban had halved their income. Tokyo has asked Beijing to lift the seafood ban.
"""


RELATIONS = """\
Japan and China are trying to improve their ties, which have been strained by Beijing's military drills near Japanese islands.

Analysts believe that longstanding tensions between the two nations will be hard to overcome. Tokyo wants smoother ties with Beijing, an adviser said, given the tumultuousness of the US-China relationship.

The two sides agreed to hold talks on bilateral relations next year. Japan's concerns about the drills were raised at the meeting.

Prime Minister Shigeru Ishiba stressed the importance of the US-Japan alliance. This is a crucial time, one official said, and a last resort would be changes.
"""

SHORT = """\
The city council approved a congestion charge for lorries on Tuesday. The congestion charge will apply from March, and the council said the congestion charge would fund new bus lanes.
"""


def _briefing(nlp: Language, text: str, name: str = "article.txt", title: str | None = None) -> Briefing:
    article = text_article(text, name, title)
    return build_briefing(article, nlp(analysis_text(article)))


@pytest.fixture(scope="module")
def harbour(nlp: Language) -> Briefing:
    return _briefing(nlp, HARBOUR, "harbour.txt")


def test_a_few_issues_the_main_one_first_then_by_score(harbour: Briefing) -> None:
    issues = harbour.issues
    assert 2 <= len(issues) <= MAX_ISSUES == 6
    scores = [i.score for i in issues[1:]]
    assert scores == sorted(scores, reverse=True)
    assert len({i.key for i in issues}) == len(issues)


def test_most_discussed_topic_ranks_first(harbour: Briefing) -> None:
    # the automation plan runs through four sentences; fruit exports come up once
    labels = [i.label.lower() for i in harbour.issues]
    assert "automation" in labels[0]
    later = [n for n, label in enumerate(labels) if "export" in label]
    assert not later or later[0] > 0


def test_labels_are_short_noun_phrases(nlp: Language, harbour: Briefing) -> None:
    for issue in harbour.issues:
        words = issue.label.split()
        assert 1 <= len(words) <= MAX_LABEL_WORDS, issue.label
        root = next(nlp(issue.label).sents).root
        assert root.pos_ in {"NOUN", "PROPN"}, (issue.label, root.text, root.pos_)


def test_no_label_is_a_person(harbour: Briefing) -> None:
    people = [a for a in harbour.actors if a.kind == "person"]
    assert people, "the fixture names two people"
    names = {w.lower() for a in people for n in (a.name, *a.aliases) for w in n.split()}
    for issue in harbour.issues:
        assert not names & {w.lower().strip("'s") for w in issue.label.split()}, issue.label


def test_evidence_points_at_whole_sentences(nlp: Language, harbour: Briefing) -> None:
    text = harbour.article.text
    sentences = {(s.start_char, s.end_char): s.text.strip() for s in nlp(text).sents}
    for issue in harbour.issues:
        assert issue.evidence
        for start, end in issue.evidence:
            assert text[start:end].strip() == text[start:end]
            assert any(s <= start and end <= e and body == text[start:end] for (s, e), body in sentences.items()), text[
                start:end
            ]
        # the first sentence is the one the label comes from
        head = issue.label.split()[-1].lower()
        first = text[slice(*issue.evidence[0])].lower()
        assert head.rstrip("s")[:5] in first, (issue.label, first)


def test_evidence_groups_every_sentence_on_the_issue(harbour: Briefing) -> None:
    text = harbour.article.text
    plan = next(i for i in harbour.issues if "automation" in i.label.lower())
    quoted = [text[s:e] for s, e in plan.evidence]
    assert len(quoted) >= 3
    assert all("automat" in q for q in quoted)


def test_same_issue_in_two_articles_shares_a_key(nlp: Language) -> None:
    first = _briefing(nlp, FISHERIES_A, "a.txt")
    second = _briefing(nlp, FISHERIES_B, "b.txt")
    ban_a = [i for i in first.issues if "seafood" in i.label.lower()]
    ban_b = [i for i in second.issues if "seafood" in i.label.lower()]
    assert ban_a and ban_b
    assert ban_a[0].key == ban_b[0].key
    # an issue only one article raises keeps a key of its own
    assert {i.key for i in first.issues} != {i.key for i in second.issues}


def test_informativeness_prefers_rare_words() -> None:
    assert word_informativeness("the") < word_informativeness("way") < word_informativeness("wastewater")


@pytest.fixture(scope="module")
def dispute(nlp: Language) -> Briefing:
    return _briefing(nlp, DISPUTE, "dispute.txt")


def test_evaluative_adjectives_are_told_from_classifying_ones() -> None:
    for word in ("serious", "basic", "smoother", "other", "recent", "strong"):
        assert is_evaluative(word), word
    for word in ("military", "nuclear", "political", "radioactive", "legal", "bilateral", "large-scale"):
        assert not is_evaluative(word), word


def test_labels_drop_evaluative_modifiers_and_vague_complements(dispute: Briefing) -> None:
    labels = [i.label for i in dispute.issues]
    assert "Military activity" in labels  # not "Increased military activity in areas"
    assert "Discharge of radioactive wastewater" in labels
    for label in labels:
        words = set(label.lower().split())
        assert not words & {"serious", "basic", "increased", "other", "areas"}, label


def test_people_and_groups_are_not_issues(harbour: Briefing, dispute: Briefing) -> None:
    # "Port workers" strike, "Shipping companies" and "Other companies" warn, "Exporters" speak:
    # they are actors of the story, not what it is about
    for issue in (*harbour.issues, *dispute.issues):
        head = issue.label.lower().split()[-1]
        assert head not in {"workers", "companies", "exporters", "cooperatives", "analysts"}, issue.label


def test_an_emphasised_actor_anchored_issue_counts_though_named_once(dispute: Briefing) -> None:
    keys = {i.label: i.key for i in dispute.issues}
    # every relation noun between the US and Japan ("alliance", "ties", "relationship") shares this key
    assert keys.get("US-Japan alliance") == "japan+relations+united states"


def test_framing_nouns_give_way_to_what_they_frame(dispute: Briefing) -> None:
    # "the importance of strengthening ..." is about the alliance, not about importance
    assert not any("importance" in i.label.lower() for i in dispute.issues)


def test_one_issue_per_topic_not_one_per_wording(dispute: Briefing) -> None:
    # "the ban on seafood imports" and "the seafood ban" are one issue
    assert sum("ban" in i.label.lower() for i in dispute.issues) == 1


@pytest.fixture(scope="module")
def relations(nlp: Language) -> Briefing:
    return _briefing(nlp, RELATIONS, "relations.txt", "Japan and China seek better ties")


def test_relations_between_the_same_parties_are_one_issue_named_by_them(relations: Briefing) -> None:
    # "their ties", "tensions between the two nations", "ties with Beijing" and "bilateral relations"
    labels = [i.label for i in relations.issues]
    japan_china = [label for label in labels if "Japan" in label and "China" in label]
    assert japan_china == ["Japan-China relations"], labels
    # the US-China relationship and the US-Japan alliance are other pairs of parties
    assert "US-Japan alliance" in labels
    assert not any(
        label.lower() in {"bilateral relations", "longstanding tensions", "ties with beijing"} for label in labels
    )


def test_the_headline_issue_comes_first(relations: Briefing) -> None:
    assert relations.issues[0].label == "Japan-China relations"


def test_vague_labels_are_never_listed(relations: Briefing, harbour: Briefing, dispute: Briefing) -> None:
    for issue in (*relations.issues, *harbour.issues, *dispute.issues):
        label = issue.label.lower()
        assert len(content_words(issue.label)) >= 2 and is_specific_label(issue.label), issue.label
        for vague in ("concerns", "crucial time", "last resort", "changes", "importance", "time"):
            assert not label.endswith(vague), issue.label


def test_no_two_issues_of_a_briefing_are_one(relations: Briefing, harbour: Briefing, dispute: Briefing) -> None:
    # the merge rule joins the same key, the same head noun, or the same relation's parties; relations
    # between other parties ("Japan-China relations", "US-China relations") are other issues
    for briefing in (relations, harbour, dispute):
        keys = [i.key for i in briefing.issues]
        heads = [
            i.label.lower().split()[-1].rstrip("s") for i in briefing.issues if "relations" not in i.key.split("+")
        ]
        assert len(set(keys)) == len(keys) and len(set(heads)) == len(heads), [i.label for i in briefing.issues]


def test_a_short_article_is_not_padded(nlp: Language) -> None:
    short = _briefing(nlp, SHORT, "short.txt", "Council approves lorry congestion charge")
    assert 1 <= len(short.issues) <= 2
    assert "congestion charge" in short.issues[0].label.lower()


def test_seed_briefing_names_its_issues_specifically(nlp: Language) -> None:
    seed = read_article(ROOT / "seeds" / "000_ea4352de70d833d8.txt")
    labels = [i.label for i in build_briefing(seed, nlp(analysis_text(seed))).issues]
    assert labels[0] == "Japan-China relations"
    expected = {"wastewater": "discharge", "seafood": "import", "military": "activit", "US-Japan": "alliance"}
    for word, other in expected.items():
        assert any(word in label and other in label for label in labels), (word, labels)
    assert all(is_specific_label(label) for label in labels)
    assert not any(
        label.split()[-1].lower() in {"concerns", "tensions", "relations"} and "-" not in label for label in labels
    ), labels


def test_a_label_never_keeps_the_ends_of_a_list(nlp: Language) -> None:
    """ "lung, colon, rectum, oral, pharynx, stomach and brain cancers": no "Lung stomach cancers"; a modifier
    alone stays ("Japanese seafood imports")."""
    doc = nlp("Among men, rates of lung, colon, rectum, oral, pharynx, stomach and brain cancers have dropped.")
    cancers = next(t for t in doc if t.text == "cancers")
    assert "lung" not in label_text(concept_phrase(cancers, ActorTable(), set())).lower()
    doc = nlp("China extended its ban on Japanese seafood imports on Tuesday.")
    imports = next(t for t in doc if t.text == "imports")
    assert label_text(concept_phrase(imports, ActorTable(), set())).lower() == "japanese seafood imports"


def test_a_label_never_runs_an_object_into_the_next_subject(nlp: Language) -> None:
    """ "told the committee UK retail banking was competitive": the parse hangs "committee" on "banking", but a
    common noun before a name is not how English narrows a noun; a name in title case stays whole."""
    doc = nlp("The bank chiefs told the committee UK retail banking was enormously competitive.")
    banking = next(t for t in doc if t.text == "banking")
    assert label_text(concept_phrase(banking, ActorTable(), set())) == "UK retail banking"
    doc = nlp("The Stop Murder Music campaign saw protesters picket gigs.")
    campaign = next(t for t in doc if t.text == "campaign")
    assert label_text(concept_phrase(campaign, ActorTable(), set())) == "Stop Murder Music campaign"


def test_a_possessor_named_by_nationality_says_whose_not_which(nlp: Language) -> None:
    """ "the Swede's unbeaten record" is the unbeaten record; a country's possessive stays ("China's ban")."""
    doc = nlp("The Swede's unbeaten record ended in Paris, and China's ban on imports stays.")
    record = next(t for t in doc if t.text == "record")
    ban = next(t for t in doc if t.text == "ban")
    assert label_text(concept_phrase(record, ActorTable(), set())) == "Unbeaten record"
    assert label_text(concept_phrase(ban, ActorTable(), set())).startswith("China's ban")
