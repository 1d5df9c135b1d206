"""Entity mentions of an article's body, cleaned for actor resolution: determiners, possessive
endings and forms of address dropped, names cut at line breaks and spaced dashes, a name the NER
started at its preposition given its first word, a person's name the NER cut at a particle run on
("Walter van" + "der Vijver") or begun after the given name run back over it, a name it stopped at
"of the" or "and" run on to its end ("Office of the" + "Deputy Prime Minister"), datelines, credit
lines, outlet and byline left out."""

from __future__ import annotations

import calendar
import re
from bisect import bisect_left
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache
from itertools import islice

from spacy.tokens import Doc, Span, Token
from spacy.vocab import Vocab
from wordfreq import zipf_frequency

from ..model import ActorKind, Article
from . import geo
from .gender import is_census_name, is_first_name
from .nlp import DASHES, is_adjective_form, is_noun_form, joining_hyphen, spaced_dash, text_of
from .roles import (
    HEAD_WORDS,
    HONORIFICS,
    INSTITUTION_NOUNS,
    MEMBERS,
    NAME_LABELS,
    PERSON_TITLES,
    TITLE_NOUNS,
    given_name_before,
    is_honorific,
)

COMMON_WORD = 5.0
"""Zipf frequency from which a capitalised word is an English word first ("Party", "City", "House", "Dr
No"), not a name."""
_KINDS: dict[str, ActorKind] = {"PERSON": "person", "ORG": "organization", "GPE": "place", "LOC": "place"}
_DATELINE_TOKENS = 10
_LEAD_TOKENS = 80
_PLACE_LETTERS = 3
"""Letters of the capitalised place a dateline opens with ("ROME - "; not "DJ Norman Cook - aka ...")."""
_CLITICS = frozenset({"'s", "’s", "'S", "’S", "'", "’"})
_LINKS = frozenset({"ADP", "CCONJ", "DET"})
"""Parts of speech of a lower-case word that links a name to more, never its last word."""
NAME_PARTICLES = frozenset(
    {"van", "von", "der", "den", "de", "da", "di", "du", "del", "della", "la", "le", "ter", "ten"}
)
"""Lower-case words inside surnames ("van der Vijver", "von der Leyen", "da Silva")."""
# fmt: off
_OCCASIONS = frozenset({
    "act", "award", "awards", "bill", "budget", "ceremony", "championship", "championships", "convention", "cup",
    "election", "elections", "expo", "festival", "final", "finals", "marathon", "olympics", "open", "prix",
    "prize", "show", "summit", "tournament", "treaty", "trophy",
})
# fmt: on
"""Last words of the names of events, contests, prizes and laws, which the NER often tags as organisations
("the General Election", "the Brit Awards", "the Budget", "Consumer Electronics Show", "Data Protection Act"):
no actor, as no event or law speaks or acts."""


@dataclass
class _Mention:
    """One cleaned entity mention."""

    span: Span
    label: str
    form: str
    """The surface form, with its form of address when there is one ("Mr. Obama")."""
    honorific: bool

    @property
    def words(self) -> tuple[str, ...]:
        return tuple(t.lower_.replace("’", "'") for t in self.span)


@lru_cache(maxsize=4)
def _token_starts(doc: Doc) -> list[int]:
    return [t.idx for t in doc]


def tokens_from(doc: Doc, start: int) -> Iterator[Token]:
    """The tokens of ``doc`` from the first one that starts at or after the character offset ``start``."""
    return (doc[i] for i in range(bisect_left(_token_starts(doc), start), len(doc)))


def _dateline_end(doc: Doc, article: Article) -> int:
    """End of what precedes the story at the top of the body, else the body start.

    That is a dateline opening in capitals, all its words capitalised ("ALEXANDRIA, Va. - ", "LONDON: "; not
    "US retailers posted mixed results - "), or anything up to a parenthesised credit followed by a dash
    ("... By A and B NEW ORLEANS, April 2 (Wire) - "), within the first paragraph.
    """
    start = article.body[0]
    lead = article.paragraphs[0][1] if article.paragraphs else article.body[1]
    toks = list(islice((t for t in tokens_from(doc, start) if not t.is_space and t.idx < lead), _LEAD_TOKENS))
    words = [t for t in toks if not t.is_punct and t.lower_ != "by"]  # "BY JO ROE ROME—"
    capitals = bool(words) and words[0].text.isupper() and len(words[0].text) >= _PLACE_LETTERS
    for i, tok in enumerate(toks[1:], 1):
        if _dash(tok) and toks[i - 1].text == ")":
            return tok.idx
        if (
            (_dash(tok) or tok.text == ":")
            and capitals
            and i < _DATELINE_TOKENS
            and not any(t.text[:1].islower() for t in toks[:i])
        ):
            return tok.idx
    return start


def _dash(tok: Token) -> bool:
    """A dash that sets off a dateline: not a hyphen inside a word ("US aircraft firm Boeing ... long-haul")."""
    return tok.text in DASHES and (tok.text != "-" or bool(tok.whitespace_))


def _credits(doc: Doc) -> list[tuple[int, int]]:
    """Character ranges of credit lines in parentheses: "(Reporting by ...; Editing by ...)"."""
    out = []
    for tok in doc:
        if tok.text == "(" and tok.i + 2 < len(doc) and doc[tok.i + 1].tag_ == "VBG" and doc[tok.i + 2].lower_ == "by":
            close = next((t for t in doc[tok.i :] if t.text == ")"), doc[-1])
            out.append((tok.idx, close.idx + 1))
    return out


def _spells(acronym: str, words: list[str]) -> bool:
    """Whether ``words`` give ``acronym`` by their initials, a word in capitals giving all its letters
    ("radio frequency ID" -> "RFID")."""
    i = 0
    for word in words:
        if word.isupper() and acronym.startswith(word, i):
            i += len(word)
        elif acronym[i : i + 1] == word[0].upper():
            i += 1
        else:
            return False
    return i == len(acronym)


def _term_acronyms(doc: Doc) -> frozenset[str]:
    """Acronyms the article defines for a common noun phrase: "radio frequency ID (RFID)" names a thing,
    not an organisation."""
    out = set()
    for tok in doc[2 : len(doc) - 1]:
        if not (
            tok.is_upper and tok.is_alpha and len(tok) > 1 and doc[tok.i - 1].text == "(" and doc[tok.i + 1].text == ")"
        ):
            continue
        words = [t.text for t in doc[max(0, tok.i - 1 - len(tok)) : tok.i - 1] if t.is_alpha]
        if any(_spells(tok.text, words[-k:]) and words[-k][0].islower() for k in range(1, len(words) + 1)):
            out.add(tok.text)
    return frozenset(out)


_JOINS = frozenset({"to", "in", "at", "on"})
CALENDAR = frozenset([*calendar.day_name, *calendar.month_name[1:]])
"""Names of days and months ("Monday", "March")."""


def _run_together(ent: Span, text: str) -> Span:
    """``ent`` up to a lower-case "to", "in", "at" or "on" where the NER ran two names into one, told by
    either standing alone elsewhere in the article or a day or month after it ("Henry to Arsenal",
    "Commons on Monday"). A name built with "of" or on a common noun keeps its words ("University of
    California at Berkeley", "European Convention on Human Rights"), and so does one whose parts the
    article never uses apart."""
    if len(ent) < 3 or not _JOINS.intersection(ent.text.split()[1:-1]):
        return ent  # most names: no token walk
    for tok in ent[1:-1]:
        if tok.text in _JOINS:
            left, right = ent.doc[ent.start : tok.i], ent.doc[tok.i + 1 : ent.end]
            named = left[-1]
            if any(t.lower_ == "of" for t in left) or (
                zipf_frequency(named.lower_, "en") >= _NAME_NOUN and not is_first_name(named.text)
            ):
                return ent
            apart = any(len(re.findall(rf"\b{re.escape(p.text)}\b", text)) > 1 for p in (left, right))
            return left if apart or right.text in CALENDAR else ent
    return ent


def _parts(ent: Span) -> list[Span]:
    """``ent`` cut where the NER ran across a line break or a spaced dash ("Israel - Brown"), or across a
    list (``_listed``)."""
    out, start = [], ent.start
    for tok in ent:
        if "\n" in tok.text or spaced_dash(tok) or _listed(ent, start, tok):
            out.append(ent.doc[start : tok.i])
            start = tok.i + 1
    out.append(ent.doc[start : ent.end])
    return out


_LIST_MARKS = frozenset({",", "and"})


def _listed(ent: Span, start: int, tok: Token) -> bool:
    """Whether ``tok``, a comma or "and" inside ``ent``, separates two names the NER ran into one ("Bernal,
    Jamie Foxx", "Gazprom and Rosneft"): the name before or after it is another entity of the article, or
    the surname of a person's ("Bernal" of "Gael Garcia Bernal"). A name with a comma or "and" of its own
    ("Securities and Exchange Commission") has no part that stands alone, and one built with "of" or "for"
    keeps its parts ("University of California, Berkeley"), as does a country's ("Bosnia and Herzegovina");
    "&" joins a firm's names ("Marsh & McLennan")."""
    if tok.text not in _LIST_MARKS or not ent.start < tok.i < ent.end - 1 or tok.i == start:
        return False
    if any(t.is_lower and t.text not in _LIST_MARKS for t in ent) or geo.country_named(ent.text):
        return False
    doc = ent.doc
    end = next((t.i for t in doc[tok.i + 1 : ent.end] if t.text in _LIST_MARKS), ent.end)
    sides = {doc[start : tok.i].text, doc[tok.i + 1 : end].text}
    return any(
        other.text == side or (other.label_ == "PERSON" and other.text.endswith(" " + side) and " " not in side)
        for other in _name_entities(doc)
        for side in sides
        if ent.text not in other.text
    )


@lru_cache(maxsize=4)
def _name_entities(doc: Doc) -> tuple[Span, ...]:
    """The article's named entities of the kinds actors come from."""
    return tuple(e for e in doc.ents if e.label_ in NAME_LABELS)


def _with_particles(ent: Span) -> Span:
    """A person's name run on to its surname where the NER stopped at or before a particle:
    "Walter van" + "der Vijver", "Ursula von der" + "Leyen"."""
    doc, end = ent.doc, ent.end
    ends_with_particle = len(ent) > 1 and ent[-1].text in NAME_PARTICLES
    while end < len(doc) and doc[end].text in NAME_PARTICLES and doc[end - 1].whitespace_:
        end += 1
    if (ends_with_particle or end > ent.end) and end < len(doc) and doc[end - 1].whitespace_:
        surname = doc[end]
        if surname.is_alpha and surname.text[:1].isupper() and not surname.is_sent_start:
            return doc[ent.start : end + 1]
    return ent


_NAME_NOUN = 4.5
"""Zipf frequency from which the one word after a name's "and" is a noun that ends the name ("Development",
"Numbers"), not another name ("Arsenal")."""


_NAMED_FIRST = frozenset({"GPE", "LOC", "ORG", "NORP"})
"""Labels of the names that begin a publication's name the NER left off ("Hollywood Reporter")."""
# fmt: off
_MASTHEADS = frozenset({
    "reporter", "times", "post", "journal", "herald", "tribune", "chronicle", "gazette", "telegraph", "observer",
    "examiner", "inquirer", "courier", "bulletin", "magazine", "weekly",
})
# fmt: on
"""The last word of a newspaper's or magazine's name."""


def _run_on(ent: Span) -> Span:
    """A name the NER stopped at a lower-case linking word, run on over what ends it: after "of the" or
    "for the", the capitalised words no entity holds ("the Office of the" + "Deputy Prime Minister"); after
    "and", one common noun the NER tagged alone ("Organisation for Economic Co-operation and" +
    "Development"). Two names joined by "and", or a name and where it sits, stay apart."""
    doc, end = ent.doc, ent.end
    words = [t.lower_ for t in ent[-2:]]
    if len(ent) > 2 and words[1] == "the" and words[0] in ("of", "for"):
        while end < len(doc) and doc[end].pos_ == "PROPN" and doc[end].text[:1].isupper() and not doc[end].ent_type_:
            end += 1
    elif (
        ent.label_ in _NAMED_FIRST
        and end < len(doc)
        and ent[-1].dep_ == "compound"
        and ent[-1].head.i == end
        and doc[end].pos_ == "PROPN"
        and doc[end].text[:1].isupper()
        and not doc[end].ent_type_
        and doc[end].lower_ in _MASTHEADS
    ):
        end += 1  # "according to Hollywood" + "Reporter": the NER took the place the title begins with
    elif len(ent) > 2 and words[1] == "and" and end < len(doc):
        nxt = doc[end]
        alone = end + 1 == len(doc) or doc[end + 1].ent_iob_ != "I"
        if nxt.ent_iob_ == "B" and nxt.ent_type_ == ent.label_ and alone:
            end += zipf_frequency(nxt.lower_, "en") >= _NAME_NOUN
    elif ent.label_ == "ORG" and any(t.lower_ in _NAME_LINKS for t in ent[1:-1]):
        end = _linked_on(ent)
    return doc[ent.start : end]


_NAME_LINKS = frozenset({"of", "for", "on"})
"""Prepositions inside a body's name ("Parliamentary Group on Betting and Gaming")."""


def _linked_on(ent: Span) -> int:
    """Where a body's name built with a preposition ends when the NER stopped before its "and": over it and the
    capitalised words after it that no entity holds ("Parliamentary Group on Betting" + "and Gaming"); not
    "Bank of England and Barclays", another name."""
    doc, end = ent.doc, ent.end
    if end + 1 >= len(doc) or doc[end].lower_ != "and" or doc[end].head not in ent:
        return end
    run = end + 1
    while run < len(doc) and doc[run].pos_ == "PROPN" and doc[run].text[:1].isupper() and not doc[run].ent_type_:
        run += 1
    after = doc[run].text if run < len(doc) else "."
    if run == end + 1 or doc[end + 1].is_upper or after in ("and", "&", ":", "-"):
        return end  # "... for Handsets and DMB", "... Producers and Agriculture and Agri-Food Canada"
    return run


def _titled_name(span: Span) -> bool:
    """Whether ``span`` is a name of two or three words right after a person's title in lower case
    ("Conservative spokesman Glyn Davies"), which no organisation's name follows."""
    prev = span.doc[span.start - 1] if span.start > 0 else None
    return (
        prev is not None
        and prev.lower_ in PERSON_TITLES
        and prev.text.islower()
        and prev.head.i >= span.start
        and 2 <= len(span) <= 3
        and all(_capitalised_name(t) for t in span)
    )


_SURNAME_WORD = 3.6
"""Zipf frequency below which a name's last word is rare enough to be a surname ("Reeves", not "Fighters")."""
_GIVEN_WORD = 4.0
"""Zipf frequency below which a first word that no census lists may still be a given name ("Keanu")."""


def _a_thing_named(tok: Token) -> bool:
    """Whether a one-word name the NER took for a person's is used as a thing's, an award's or a brand's:
    in a hyphenated modifier ("Oscar-winning director"), counted ("an Oscar", "a second Oscar"; not "a
    tearful Henman") or owned right before it ("her Oscar"; not "his wife Glenys"), as no person's name is."""
    doc = tok.doc
    if tok.i + 2 < len(doc) and joining_hyphen(doc[tok.i + 1]) and doc[tok.i + 2].is_lower:
        return True
    return any(
        (c.dep_ == "det" and c.lower_ in ("a", "an") and all(t.ent_type_ == "ORDINAL" for t in doc[c.i + 1 : tok.i]))
        or (c.dep_ == "poss" and c.tag_ == "PRP$" and c.i == tok.i - 1)
        for c in tok.children
    )


def _listed_with_people(span: Span) -> bool:
    """Whether ``span`` is a name of two or three words listed with people's full names ("Will Smith,
    Kevin Spacey and Keanu Reeves"): one of them, though the NER took it for a firm. Its first word is a
    given name or a rare word, its last a rare word ("Reeves"; not "Royal Scots", "Space Invaders"), and no
    "the" comes before it, as none does before a person's name ("the Dallas Mavericks and Jason Terry")."""
    doc = span.doc
    first, last = span[0].text, span[-1].text
    if (
        not 2 <= len(span) <= 3
        or (span.start > 0 and doc[span.start - 1].lower_ == "the")
        or not all(_capitalised_name(t) for t in span)
        or zipf_frequency(last.lower(), "en") >= _SURNAME_WORD
        or not (is_first_name(first) or zipf_frequency(first.lower(), "en") < _GIVEN_WORD)
    ):
        return False
    root = span.root
    mates = [c for c in root.children if c.dep_ == "conj"] + ([root.head] if root.dep_ == "conj" else [])
    mates += [t for m in list(mates) for t in m.children if t.dep_ == "conj" and t not in span]
    return any(m.ent_type_ == "PERSON" and m.i > 0 and doc[m.i - 1].ent_type_ == "PERSON" for m in mates)


def _joined_start(doc: Doc, start: int, end: int) -> int:
    """Where an institution's name begins when the NER kept only what follows its "and": "Public and Commercial
    Services Union", "Finance and Economy Ministry" (common words before it, no place, acronym or body of its
    own: "IMF and World Bank", "Deutsche Bank and Credit Suisse Group" are two)."""
    if end - start < 2 or start < 2 or doc[end - 1].lower_ not in INSTITUTION_NOUNS or doc[start - 1].lower_ != "and":
        return start
    if not doc[start].is_title or doc[start].pos_ == "DET":
        return start  # "... Programme and the World Health Organisation": a second body
    first = start - 1
    while first > start - 4 and _name_word_of_body(doc[first - 1]):
        first -= 1
    if first == start - 1 or doc[start - 2].lower_ in INSTITUTION_NOUNS:
        return start
    if first > 0 and doc[first - 1].is_title and doc[first - 1].pos_ == "PROPN":
        return start  # "Heineken Cup and Celtic League": a name runs on before the common words
    return first


def _name_word_of_body(tok: Token) -> bool:
    """A capitalised common English word, no place's name, that may open a body's name ("Public", "Finance")."""
    return (
        tok.is_title
        and tok.pos_ in ("PROPN", "NOUN", "ADJ")
        and zipf_frequency(tok.lower_, "en") >= COMMON_NOUN
        and geo.country_named(tok.text) is None
        and tok.lower_ not in geo.continent_words()
        and tok.ent_type_ not in ("GPE", "LOC", "NORP", "PERSON")
    )


def _before_joined_body(doc: Doc, start: int, end: int) -> bool:
    """Whether ``start``-``end`` is only the first words of a body's name the NER cut at "and" ("Public" of
    "Public and Commercial Services Union")."""
    if end + 2 >= len(doc) or doc[end].lower_ != "and" or doc[end + 1].ent_iob_ != "B":
        return False
    last = end + 1
    while last + 1 < len(doc) and doc[last + 1].ent_iob_ == "I":
        last += 1
    return _joined_start(doc, end + 1, last + 1) <= start


def _owned_person(owner: Span, name: Span, label: str) -> bool:
    """Whether ``name``, after ``owner``'s possessive in one NER span, is a person of the owner's, who has no
    given name itself: two proper nouns no common noun is ("Roma's Olivier Dacourt"), or one when the NER calls
    the whole a person or the article names him alone elsewhere ("Arsenal's Edu ... Edu was critical"); not a
    work or a thing named after someone ("Joseph O'Connor's Star", "Harper's Bazaar", "Hunt's Hole")."""
    if not 0 < len(name) <= 2 or (len(name) == 1 and (is_noun_form(name.vocab, name.text) or not _alone(name, label))):
        return False  # "Harper's Bazaar": a magazine
    if label == "PERSON" and is_first_name(owner[0].text):
        return False  # "Joseph O'Connor's Star": a person's work
    return all(t.pos_ == "PROPN" and t.text.istitle() and zipf_frequency(t.lower_, "en") < COMMON_NOUN for t in name)


def _alone(name: Span, label: str) -> bool:
    """Whether the one-word ``name`` after an owner's possessive is a person's by the NER, or stands alone,
    owned by nobody, elsewhere in the article ("Edu describes tunnel fracas")."""
    if label == "PERSON":
        return True
    word = name[0]
    return any(t.text == word.text and t.i != word.i and t.nbor(-1).tag_ != "POS" for t in word.doc[1:])


def _word_before_name(span: Span, person: bool) -> bool:
    """Whether a name ``span`` begins with a word that is none of it: a month after a preposition ("In
    February Schubert"), or, in a ``person``'s name, a common noun or verb that is no given name before a given
    name and a surname ("Lawyer David Chesnoff", "Starring Tom Arden"; not "Boy George", "Park Ji-Sung")."""
    if len(span) < 2 or not span[0].is_title or not span[0].is_alpha:
        return False
    first = span[0]
    if first.text in calendar.month_name[1:]:
        return len(span) == 2 and first.i > 0 and first.nbor(-1).pos_ == "ADP"  # not "on April Fools' Day"
    return (
        person
        and len(span) > 2
        and not is_first_name(first.text)
        and first.lower_ not in _NAME_OPENERS
        and span[1].lower_ not in _ROYAL_TITLES  # "Crown Prince Frederik"
        and (is_noun_form(first.vocab, first.text) or first.tag_ == "VBG")
        and zipf_frequency(first.lower_, "en") >= _COMMON_LOWER
        and is_first_name(span[1].text)
        and span[1].is_title
        and span[2].is_title
    )


def _nationality_words(span: Span) -> int:
    """How many words opening a person's name ``span`` are a nationality (one or two: "New Zealander"), when a
    given name and a surname still follow; else 0."""
    return next((n for n in (2, 1) if len(span) > n + 1 and geo.country_of_national(span[:n].text)), 0)


def _opening_adjective(tok: Token) -> bool:
    """An adjective that is no noun, capitalised only for opening its sentence, before the common noun it
    describes ("Digital music downloads are ...", "Digital sales"); not "Next said", a retailer."""
    return (
        tok.is_sent_start is True
        and is_adjective_form(tok.vocab, tok.text)
        and tok.head.i > tok.i
        and tok.head.is_lower
        and tok.head.pos_ == "NOUN"
    )


def _capitalised_name(tok: Token) -> bool:
    """A proper noun in title case ("Reeves"), not an acronym."""
    return tok.pos_ == "PROPN" and tok.text[:1].isupper() and not tok.text.isupper()


_NAME_OPENERS = frozenset({"saint", "san", "santa"})
"""Common words that open names ("Saint Bernard Software")."""
_ROYAL_TITLES = frozenset({"prince", "princess", "king", "queen", "sheikh", "emir"})
_COMMON_LOWER = 3.0
"""Zipf frequency from which a word before a name is a common word ("lawyer", "starring"), not a name."""
VERSUS = frozenset({"v", "v.", "vs", "vs."})
"""What parts the sides of a fixture ("Wigan v Derby"), which the NER takes for one name."""
_FINITE_VERBS = frozenset({"VBD", "VBZ", "VBP"})


def _finite_verb(tok: Token) -> bool:
    """A finite verb in lower case, which no name holds (a name particle, "den", is not one)."""
    return tok.is_lower and tok.tag_ in _FINITE_VERBS and tok.text not in NAME_PARTICLES


def _clean(ent: Span, label: str) -> _Mention | None:
    """``ent`` without determiners, possessive endings, forms of address and the blanks left where
    furniture was ("Goldman Sachs (GS.N: Quote, ...)")."""
    start, end = ent.start, ent.end
    doc = ent.doc
    honorific = start > 0 and is_honorific(doc[start - 1])
    form_start = start - 1 if honorific else start
    while start < end and (
        doc[start].dep_ == "det" or is_honorific(doc[start]) or doc[start].is_punct or doc[start].is_space
    ):
        honorific = honorific or is_honorific(doc[start])
        start += 1
    # "broadcaster BSkyB", "plus Ryan Giggs", "Earlier Standard & Poor's": the NER took in the word before
    while start < end - 1 and (_lower_word(doc[start]) or _opening_adverb(doc[start])) and doc[start].whitespace_:
        start += 1
    # "Pascal Cygan missed", "Bosvelt joined City": the NER ran on over the verb after the name
    end = next((t.i for t in doc[start + 1 : end] if _finite_verb(t)), end)
    start, end = _outside_brackets(doc, start, end)
    while end > start and (
        doc[end - 1].dep_ == "case"
        or doc[end - 1].text in _CLITICS
        or doc[end - 1].is_punct
        or doc[end - 1].is_space
        or (doc[end - 1].is_lower and doc[end - 1].pos_ in _LINKS and doc[end - 1].text not in NAME_PARTICLES)
    ):
        end -= 1  # "the Quarterly Economic Commentary of" Strathclyde University: the NER stopped at "of"
    end = next((t.i for t in doc[start + 1 : end - 1] if t.text in VERSUS and t.nbor(-1).whitespace_), end)
    if _before_joined_body(doc, start, end):
        return None
    start = _joined_start(doc, start, end)
    owner = next((t.i for t in doc[start + 1 : end - 1] if t.dep_ == "case" and t.lower_ in ("'s", "’s")), None)
    if owner is not None and _owned_person(doc[start:owner], doc[owner + 1 : end], label):
        start, label = owner + 1, "PERSON"  # "Arsenal's Edu", "Roma's Olivier Dacourt": the player, not his club
    while end - start > 3 and _score(doc[end - 3 : end]):
        end -= 3  # "beat Exeter City 2-0", "beat Kevin Kim 6-2 6-3": the result, not part of the name
    if (
        label == "PERSON"
        and end - start > 2
        and _number(doc[start])
        and all(t.pos_ == "PROPN" for t in doc[start + 1 : end])
    ):
        start += 1  # "1 Roger Federer (Switzerland), 2 Andy Roddick": a ranking's place
    if _word_before_name(doc[start:end], label == "PERSON"):
        start += 1  # "Lawyer David Chesnoff said", "In February Schubert ...": the name follows
    if label == "PERSON" and any(t.tag_ == "PRP$" or (t.tag_ == "PRP" and t.i > start) for t in doc[start:end]):
        return None  # a title ("Lose My Breath", "Sometimes You Can't ..."), not a name ("You Zhang" may be one)
    number = next((t for t in doc[start:end] if _number(t)), None) if label == "PERSON" else None
    if number is not None:  # no one's name holds a number
        if number.i == start:
            return None  # "10 Promoted himself", "8.3 Mbps"
        if _tally(number) and doc[number.i - 1].lower_ not in _NUMBERED:
            end = number.i  # "Riise 1, Nunez 113", "Greg Rusedski 4-6 7-6": a goal's minute or a set's score
        else:
            label = "ORG"  # a product, a group, a work or a bill: "Xbox 2 will", "Transport 2000", "Bill 477,"
    while label == "PERSON" and (n := _nationality_words(doc[start:end])):
        start += n  # "Brazilian Ana Souza", "New Zealander Graham Henry": the nationality describes the person
    if end - start == 1 and (_a_national(doc[start]) or _opening_adjective(doc[start])):
        return None  # "the 55-year-old Frenchman": someone described, not named
    if label == "PERSON" and _titled_full_name(doc[start:end]):
        start = end - 2  # "Comedian Harry Hill", "MSP Karen Whitefield": the post, then the person's name
    if label in ("PERSON", "ORG") and end - start > 3:  # "Balco boss Victor Conte": a title noun, the name after it
        title = [t.i for t in doc[start + 1 : end - 2] if t.pos_ == "NOUN" and t.is_lower and t.is_alpha]
        if title and all(t.pos_ == "PROPN" and t.text[:1].isupper() for t in doc[title[-1] + 1 : end]):
            start = title[-1] + 1
    span = doc[start:end]
    if not span or not any(c.isupper() for c in span.text):
        return None
    if label == "PERSON" and not honorific and len(span) == 1 and _a_thing_named(span[0]):
        return None
    form = doc[form_start : span.end].text if honorific else span.text
    if honorific or (label == "ORG" and (_titled_name(span) or _listed_with_people(span))):
        label = "PERSON"  # "Mr German", "spokesman Glyn Davies": a person, whatever the NER made of the name
    elif label == "PERSON" and len(span) > 1 and span[-1].lower_ in geo.continent_words():
        label = "ORG"  # "Lycos Europe": a continent is no one's surname
    elif label == "PERSON" and len(span) == 1 and span.text.isupper() and len(span.text) > 1:
        label = "ORG"  # an acronym is not a person's name
    elif label == "PERSON" and len(span) == 1 and span.start > 0 and doc[span.start - 1].lower_ == "the":
        label = "ORG"  # "told the Herald": a person's name takes no article
    return _Mention(span, label, form, honorific)


COMMON_NOUN = 3.5
"""``wordfreq`` Zipf frequency from which a noun is common English ("labour", "treasurer"), not a name the
lexicon also lists ("Vivaldi", "Sion")."""


def common_noun_no_name(vocab: Vocab, word: str) -> bool:
    """Whether ``word`` is a common English noun (``COMMON_NOUN``) that census records give nobody as a name:
    "Labour", "Twitter", "Treasurer", "Tory"; not "Brown" or "Page"."""
    return is_noun_form(vocab, word) and zipf_frequency(word.lower(), "en") >= COMMON_NOUN and not is_census_name(word)


def _titled_full_name(span: Span) -> bool:
    """Whether ``span`` is a post or party written with capitals before a given name and a surname ("Treasurer
    Peter Costello", "Tory Neil Hamilton", "MSP Karen Whitefield"): each word before the name a common English
    noun nobody is named by in census records (not "Glengarry Glen Ross"), or a member's initials; the surname
    no such noun ("Buttercup Daisy Dress")."""
    if len(span) < 3:
        return False
    lead, (given, surname) = span[:-2], span[-2:]
    return (
        is_first_name(given.text)
        and all(t.pos_ == "PROPN" and t.text.istitle() for t in (given, surname))
        and (is_census_name(surname.text) or not is_noun_form(surname.vocab, surname.text))
        and all(t.text in MEMBERS or (t.text.istitle() and common_noun_no_name(t.vocab, t.text)) for t in lead)
    )


def _outside_brackets(doc: Doc, start: int, end: int) -> tuple[int, int]:
    """``[start, end)`` without a bracket the NER left open: "International Monetary Fund (IMF" ends before
    its acronym's bracket, "Nasa) Ames Research Center" begins after the closing one."""
    opened: list[int] = []
    for tok in doc[start:end]:
        if tok.text == "(":
            opened.append(tok.i)
        elif tok.text == ")" and opened:
            opened.pop()
        elif tok.text == ")":
            start = tok.i + 1
    return start, opened[0] if opened else end


_COMPASS = frozenset({"north", "south", "east", "west", "northern", "southern", "eastern", "western", "central"})
"""Lower-case words that begin a region's name as news style writes it ("west London", "south east England")."""
_PARTICLE_LETTERS = 2
"""Letters up to which a lower-case word may be a particle of the name after it ("al Qaeda", "el Bernabeu")."""


def _lower_word(tok: Token) -> bool:
    """A lower-case word that begins no name: no name particle nor a compass point."""
    return (
        tok.is_lower
        and tok.is_alpha
        and len(tok.text) > _PARTICLE_LETTERS
        and tok.text not in NAME_PARTICLES
        and tok.lower_ not in _COMPASS
    )


# fmt: off
_OPENING_ADVERBS = frozenset({
    "earlier", "later", "meanwhile", "separately", "however", "also", "now", "yesterday", "today", "previously",
    "recently", "instead", "still", "nevertheless", "nonetheless", "indeed", "eventually", "finally",
})
# fmt: on
"""Adverbs that open a sentence and that the NER, misled by their capital, runs into the name after them."""


def _opening_adverb(tok: Token) -> bool:
    """A sentence's first word that is one of ``_OPENING_ADVERBS`` ("Earlier Standard & Poor's cut ...")."""
    return tok.is_sent_start is True and tok.lower_ in _OPENING_ADVERBS


def _number(tok: Token) -> bool:
    """A number, a score or a figure with its punctuation ("107", "4-6", ",31", "8.3")."""
    return any(c.isdigit() for c in tok.text) and not any(c.isalpha() for c in tok.text)


_NUMBERED = frozenset({"bill", "act", "resolution", "proposition", "amendment", "flight", "route", "channel"})
"""Words a number names the instance of ("House Bill 477", "Flight 93"): with the number, a thing's name."""


def _tally(number: Token) -> bool:
    """Whether a number after a name is a tally of the person's, not part of a title: a score ("4-6"), an
    age run on ("Appleton,31"), or a goal's minute closing a line-up's entry ("Riise 1, Nunez 113.", "(Cameron 87)")."""
    after = number.doc[number.i + 1] if number.i + 1 < len(number.doc) else None
    closes = after is None or after.is_space or after.text in {",", ".", ";", "-", ")"}
    return "-" in number.text or number.text.startswith(",") or closes


def _score(tokens: Span) -> bool:
    """Whether three tokens are a result written with a dash ("2-0", "3 - 1")."""
    return tokens[0].like_num and tokens[1].text in {"-", "–"} and tokens[2].like_num


def _mentions(doc: Doc, article: Article) -> list[_Mention]:
    """Cleaned mentions of the body, datelines, outlet and byline left out, and so are events, prizes and laws
    (``_an_occasion``) with their short forms."""
    skip_until = _dateline_end(doc, article)
    credits = _credits(doc)
    meta = {geo.key(m) for m in (article.outlet, article.author) if m}
    terms = _term_acronyms(doc)
    text = text_of(doc)
    out = []
    occasions: list[list[str]] = []
    taken = 0  # a name run on over its particles took the words up to here
    for ent in doc.ents:
        if (
            ent.label_ not in NAME_LABELS
            or ent.start_char < skip_until
            or any(s <= ent.start_char < e for s, e in credits)
        ):
            continue
        if ent.start < taken:
            continue
        label = ent.label_
        if label == "PERSON":
            ent = _with_particles(ent)
            ent = ent.doc[ent.start - given_name_before(doc, ent.start, ent.end) : ent.end]
        else:
            ent = _run_on(ent)
            if ent[-1].lower_ in _MASTHEADS:
                label = "ORG"  # "Hollywood Reporter" is no place
        taken = ent.end
        if ent.start > 0 and ent[0].pos_ == "ADP" and ent[0].text[:1].isupper():
            prev = doc[ent.start - 1]  # "Reporters Without Borders": the NER left off the first word
            if prev.is_alpha and prev.text[:1].isupper() and not prev.is_sent_start:
                ent, label = doc[ent.start - 1 : ent.end], "ORG"
        for part in _parts(_run_together(ent, text)):
            mention = _clean(part, label)
            if mention is not None and _an_occasion(mention):
                occasions.append([t.text for t in mention.span if t.is_alpha])
            elif (
                mention is not None
                and geo.key(mention.span.text) not in meta
                and mention.span.text not in terms
                and not (mention.label in ("ORG", "PERSON") and _capitalised_word(mention.span))
                and not _an_adverb(mention.span)
            ):
                out.append(mention)
    # "Consumer Electronics Show ... CES": the short form of an occasion is no actor either
    out = [m for m in out if not (m.span.text.isupper() and any(_spells(m.span.text, o) for o in occasions))]
    covered = {t.i for m in out for t in m.span}
    for mention in _addressed_names(doc):
        start = mention.span.start_char
        if start >= skip_until and not any(s <= start < e for s, e in credits) and mention.span.start not in covered:
            out.append(mention)
    return sorted(out, key=lambda m: m.span.start)


def _an_occasion(mention: _Mention) -> bool:
    """Whether a name is an event's, a prize's or a law's: its last word, capitalised as part of the name, is
    one of ``_OCCASIONS`` ("Heineken Cup", "Mercury Music Prize"; not "Argonaut Games"). A name the NER took
    for a person's is one only when it has more words ("British Davis Cup") or follows a determiner ("No Bill
    goes through"): "Bill" alone is a given name."""
    span = mention.span
    last = span[-1]
    if not (last.text[:1].isupper() and last.lower_ in _OCCASIONS) or mention.label not in ("ORG", "PERSON"):
        return False
    return mention.label == "ORG" or len(span) > 1 or (span.start > 0 and span.doc[span.start - 1].dep_ == "det")


_FIRST_WORD_DEPS = frozenset({"compound", "amod", "nmod", "npadvmod", "poss"})
"""Dependencies of a sentence's first word that modifies what follows ("House prices", "State owned")."""
_TITLE_ENDINGS = tuple(TITLE_NOUNS)


_ADJECTIVE_USE = 3.5
"""Zipf frequency from which the word an "-ly" name is made from is plain English ("national", "symbolic")."""


def _an_adverb(span: Span) -> bool:
    """Whether ``span`` is one adverb made from an adjective, capitalised to open a sentence ("Symbolically,",
    "Nationally,"), not a name ending the same way ("Kelly", "Italy", "Lily")."""
    word = span.text.lower()
    if len(span) != 1 or not word.endswith("ly"):
        return False
    stems = [word[:-2]] + ([word[:-4]] if word.endswith("ically") else [])
    return any(len(stem) >= 5 and zipf_frequency(stem, "en") >= _ADJECTIVE_USE for stem in stems)


def _capitalised_word(span: Span) -> bool:
    """Whether ``span`` is one common English word the NER took for a name only for its capital: a
    portfolio before a title ("Home Secretary Charles Clarke", "Health spokesman Paul Burstow") or after
    one ("the Secretary of Health", "Undersecretary of State"), or a sentence's first word modifying a
    noun ("House prices fell", "State owned Rosneft", "Media reports"); or a portfolio of several words
    before an office ("Trade and Industry Secretary", "Defence Minister", "Shadow Home Secretary")."""
    if _portfolio(span):
        return True
    if len(span) != 1 or zipf_frequency(span.text.lower(), "en") < COMMON_WORD:
        return False
    doc, tok = span.doc, span[0]
    after = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
    if after is not None and _title(after) and after.text[:1].isupper():
        return True
    if tok.i >= 2 and doc[tok.i - 1].lower_ == "of" and _title(doc[tok.i - 2]):
        return True
    first = tok.is_sent_start or (tok.i > 0 and doc[tok.i - 1].is_quote)
    return first and tok.dep_ in _FIRST_WORD_DEPS and tok.head.pos_ in ("NOUN", "VERB")


_PORTFOLIO_WORD = 4.0
"""Zipf frequency from which each word of a portfolio is plain English ("Constitutional Affairs")."""
_OFFICES = frozenset({"secretary", "minister", "commissioner"})
"""Titles held in a portfolio ("Defence Secretary"); a body's head ("Federal Reserve chairman", "Labour
leader") or voice ("Treasury spokesman") leaves the body an actor."""


def _portfolio(span: Span) -> bool:
    """Capitalised common words, none an institution's noun, right before an office wherever the
    article writes them ("Defence Secretary", "Trade and Industry Secretary"): what the office holds,
    no body of its own; a party is written alone elsewhere ("Labour minister" beside "Labour said")."""
    doc = span.doc
    after = doc[span.end] if span.end < len(doc) else None
    words = [t for t in span if t.lower_ != "and"]
    if not (
        after is not None
        and after.lower_ in _OFFICES
        and bool(words)
        and words[-1].lower_ not in INSTITUTION_NOUNS
        and all(t.text[:1].isupper() and not t.is_upper for t in words)
        and all(zipf_frequency(t.lower_, "en") >= _PORTFOLIO_WORD for t in words)
    ):
        return False
    offices = "|".join(_OFFICES)
    alone = rf"(?<!\w){re.escape(span.text)}(?!\w)(?!\s+(?i:{offices})\b)"
    return re.search(alone, text_of(doc)) is None


def _title(tok: Token) -> bool:
    """Whether ``tok`` is a title noun, or ends with one ("Undersecretary")."""
    return tok.lower_.endswith(_TITLE_ENDINGS)


_MAX_NAME_TOKENS = 3
_ADDRESSED_TITLES = HEAD_WORDS | {"justice"}
"""Titles that follow a form of address ("Lord Chancellor", "Lord Justice May")."""


_ADDRESS = re.compile(r"\b(?:" + "|".join(h.capitalize() for h in sorted(HONORIFICS)) + r")\b")
"""Forms of address as written before a name, found in the text rather than token by token."""


def _addressed_names(doc: Doc) -> list[_Mention]:
    """Names after a form of address that the NER tagged as nothing it resolves ("Lord Browne said",
    "Mr Ebbers' trial", "Dame Judi Dench"): a person's, up to three proper nouns; not a title ("Lord
    Chancellor", "Lord Chief Justice") nor a common word ("Dr No")."""
    out = []
    for found in _ADDRESS.finditer(text_of(doc)):
        tok = next(tokens_from(doc, found.start()), None)
        if tok is None or tok.idx != found.start() or tok.i + 1 == len(doc) or not is_honorific(tok):
            continue
        end = tok.i + 1
        while end < len(doc) and end - tok.i <= _MAX_NAME_TOKENS and _addressed_word(doc[end]):
            end += 1
        if end > tok.i + 1:
            out.append(_Mention(doc[tok.i + 1 : end], "PERSON", doc[tok.i : end].text, True))
    return out


def _addressed_word(tok: Token) -> bool:
    return (
        tok.pos_ == "PROPN"
        and tok.text[:1].isupper()
        and not tok.is_upper
        and tok.ent_type_ not in NAME_LABELS
        and tok.lower_ not in _ADDRESSED_TITLES
        and (zipf_frequency(tok.lower_, "en") < COMMON_WORD or is_first_name(tok.text))  # "Dr No"; "Sir Paul"
    )


def _a_national(tok: Token) -> bool:
    """A noun for one of a nation's people with an article ("the Frenchman", "a Spaniard"), not its demonym
    ("French"), which names the country."""
    return any(c.dep_ == "det" for c in tok.children) and geo.names_a_national(tok.text)
