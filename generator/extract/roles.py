"""Roles: the title or description an article gives a named person, read from the dependency parse.

Two constructions carry a role:

- a title compound in front of the name: "Japanese Foreign Minister Takeshi Iwaya",
  "US President-elect Donald Trump" (compound/amod/nmod/poss modifiers of the name);
- an apposition: "Ian Chong, a political scientist at ...", or the reverse
  "The company's chief executive, Tim Cook, ...".
"""

from __future__ import annotations

import calendar

from spacy.tokens import Doc, Span, Token
from wordfreq import zipf_frequency

from . import geo
from .gender import is_first_name
from .nlp import spaced_dash
from .quotemarks import MARKS
from .wordweights import is_person_noun

MEMBERS = frozenset(["MP", "MSP", "MEP", "AM", "member"])
"""What a constituency follows, with "for": "Labour MP for Hornsey and Wood Green"."""

NAME_LABELS = frozenset({"PERSON", "ORG", "GPE", "LOC", "NORP"})
"""The NER labels whose spans are read as mentions of actors."""

HONORIFICS = frozenset({"mr", "mrs", "ms", "miss", "mx", "dr", "sir", "dame", "lord", "lady", "prof"})
"""Forms of address that precede a name but are not a role."""

# fmt: off
INSTITUTION_NOUNS = frozenset([
    "administration", "agency", "airline", "army", "association", "bank", "board", "bureau", "campaign",
    "center", "centre", "channel", "club", "commission", "committee", "company", "corporation", "council",
    "court", "department", "embassy", "firm", "foundation", "government", "group", "institute", "league",
    "ministry", "network", "newspaper", "office", "opposition", "organization", "organisation", "paper", "party",
    "police",
    "regime", "service", "station", "team", "union", "university", "watchdog", "website", "broadcaster",
    "carrier", "chain", "giant", "insurer", "lender", "maker", "manufacturer", "operator", "producer",
    "publisher", "retailer", "studio", "charity", "carmaker", "automaker", "band"
])
# fmt: on
"""Common nouns that refer to institutions: "the company said" resolves to an organization."""
# fmt: off
TITLE_NOUNS = frozenset((
    "ambassador", "candidate", "chairman", "chairwoman", "chair", "chancellor", "commissioner", "director",
    "executive", "general", "governor", "leader", "manager", "mayor", "minister", "nominee", "premier",
    "president", "secretary", "senator", "spokesman", "spokeswoman", "spokesperson", "treasurer"
))
# fmt: on
"""Head nouns of a description that is a person's role ("the prime minister said")."""
PERSON_TITLES = TITLE_NOUNS - {"executive", "general", "leader", "manager"}
"""Titles no organisation's name follows in lower case ("spokesman Glyn Davies"; not "party leader Labour")."""
HEAD_WORDS = TITLE_NOUNS | INSTITUTION_NOUNS | {"boss", "chief", "head", "studio"}
"""Last words of a title standing right before a name that the parse left unattached ("X head Jane Doe")."""
_RUN_POS = frozenset({"PROPN", "NOUN", "ADJ"})


def names_a_person(lemma: str) -> bool:
    """Whether a common noun names a person: a title ("the chairman") or a noun of people
    (``wordweights.is_person_noun``: "the youngster", "the singer")."""
    return lemma in TITLE_NOUNS or is_person_noun(lemma)


_TITLE_DEPS = frozenset({"compound", "amod", "nmod", "poss"})
_TRIM_DEPS = frozenset({"relcl", "punct", "cc"})
_MAX_ROLE_TOKENS = 16
_PLURAL = frozenset({"NNS", "NNPS"})


def is_honorific(tok: Token) -> bool:
    """``tok`` is a form of address ("Mr.", "Ms", "Sir")."""
    return tok.text.rstrip(".").lower() in HONORIFICS


_CALENDAR_SHORT = frozenset([*calendar.month_abbr[1:], *calendar.day_abbr])
"""Short names of months and days, which end in a full stop like a title cut short ("Dec.", "Sen.")."""


def _breaks(tok: Token) -> bool:
    """Whether ``tok`` parts a title from what stands before it in a run of words the parse joined ('NBC's "Meet
    the Press" - Sen. Dick Durbin'): a quotation mark, a colon or a dash set off by spaces (not "fly-half")."""
    return spaced_dash(tok) or tok.text == ":" or tok.text in MARKS


def _describes(tok: Token) -> bool:
    """``tok`` is a content word that no entity covers: the noun of a title or description, or a title cut short
    ("Sen.", "Gov."; not an initial, as in "R-Tenn.")."""
    word = tok.text.removesuffix(".")
    return (
        tok.pos_ in {"NOUN", "PROPN"}
        and word.isalpha()
        and len(word) > 1
        and not tok.is_stop
        and not tok.ent_type_
        and not (word != tok.text and word in _CALENDAR_SHORT)  # "Ant and Dec." ends a sentence
    )


def _text(toks: list[Token], titled: bool = False) -> str | None:
    """The words of ``toks`` as they appear in the text, without leading determiners or honorifics.

    None unless they hold a describing noun (or end in a title word: ``titled``), fit on one line and
    stay short.
    """
    while toks and (
        toks[0].dep_ in {"det", "punct", "cc"}
        or toks[0].tag_ in {"PRP$", "VBD"}  # a past-tense verb begins no title ('," said manager X')
        or toks[0].is_space
        or is_honorific(toks[0])
    ):
        toks = toks[1:]
    while toks and (toks[-1].dep_ in {"punct", "cc", "case"} or toks[-1].is_space):
        toks = toks[:-1]
    if not toks or len(toks) > _MAX_ROLE_TOKENS or not (titled or any(_describes(t) for t in toks)):
        return None
    text = toks[0].doc[toks[0].i : toks[-1].i + 1].text  # Doc.text would build the whole text again
    return None if "\n" in text else text


_TITLE_WORD = 4.5
"""Zipf frequency from which a capitalised word before a surname is a title or a common word more often than
a given name ("Prince", "King", "Young", "Sunday"), though census records list it as one."""


_RARE_NAME = 3.0
"""Zipf frequency below which a capitalised word before a surname is a given name the census lists lack
("Svetlana", "Shani")."""


def given_name_before(doc: Doc, start: int, end: int, tagged: bool = False) -> bool:
    """Whether the word before the name ``doc[start:end]`` is a given name the NER left off ("the Svetlana |
    Kuznetsova doping row"), so it is not taken for a title: one census records list, or a rare word before
    a surname alone; not a title, a nationality or a common word, nor before a suffix ("DeJesus Jr."). With
    ``tagged``, the NER may have put it in a span of a kind no actor comes from ("Sundar Katwala" a facility)."""
    prev = doc[start - 1] if start > 1 else None
    return (
        prev is not None
        and doc[start].is_alpha
        and not (prev.is_sent_start or doc[start - 2].is_space)  # "Goalscorer Jimmy Floyd Hasselbaink"
        and not doc[start - 2].text[:1].isupper()  # "New Zealander", "Scots Guardsman"
        and not (doc[start - 2].text in ("-", "–") and not doc[start - 2].whitespace_)  # "the Markova-Dolin Ballet"
        and prev.pos_ == "PROPN"
        and prev.dep_ == "compound"
        and start <= prev.head.i < end
        and (not prev.ent_type_ or (tagged and prev.ent_type_ not in NAME_LABELS))
        and prev.text[:1].isupper()
        and (is_first_name(prev.text) or (end - start == 1 and zipf_frequency(prev.lower_, "en") < _RARE_NAME))
        and zipf_frequency(prev.lower_, "en") < _TITLE_WORD
        and not is_honorific(prev)
        and geo.country_of_demonym(prev.text) is None
    )


def title_compound(name: Span) -> str | None:
    """The title right in front of ``name``: modifiers of the name's tokens that end where it starts."""
    doc = name.doc
    end = name.start - 1 if name.start > 0 and is_honorific(doc[name.start - 1]) else name.start
    end -= given_name_before(doc, end, name.end)  # "the Svetlana Kuznetsova doping row": no title
    if end == 0 or doc[end - 1].tag_ in _PLURAL:
        return None
    first = end
    for tok in name:
        for child in tok.lefts:
            if child.i < end and child.dep_ in _TITLE_DEPS:
                first = min(first, child.left_edge.i)
    toks = list(doc[first:end])
    cut = max((k + 1 for k, t in enumerate(toks) if _breaks(t)), default=0)
    return _text(toks[cut:])  # 'NBC's "Meet the Press" - Sen. Dick Durbin': "Sen."


def _clause(head: Token, skip: Token | None = None) -> list[Token]:
    """``head`` and its dependents, minus relative clauses, ``skip``'s subtree and what follows a break."""
    drop = {t.i for c in head.children if c.dep_ in _TRIM_DEPS for t in c.subtree}
    if skip is not None:
        drop |= {t.i for t in skip.subtree}
    toks = [t for t in head.subtree if t.i not in drop]
    out = toks[:1]
    for tok in toks[1:]:
        if tok.i != out[-1].i + 1:
            break
        out.append(tok)
    return out


def _is_description(tok: Token) -> bool:
    return not tok.ent_type_ and tok.tag_ not in _PLURAL


def apposition(name: Span) -> str | None:
    """The appositive set off by a comma: "X, chief executive of Y" or "Y's chief executive, X"."""
    doc, root = name.doc, name.root
    if name.end < len(doc) and doc[name.end].text == ",":
        for child in root.rights:
            if child.dep_ == "appos" and _is_description(child) and child.left_edge.i in {name.end, name.end + 1}:
                return _text(_clause(child))
    head = root.head
    gap = (
        name.start - 1
        if name.start > 0 and (doc[name.start - 1].text == "," or is_honorific(doc[name.start - 1]))
        else name.start
    )
    if root.dep_ == "appos" and head.i < name.start and _is_description(head):
        toks = [t for t in _clause(head, skip=root) if t.i < gap]
        if toks and toks[-1].i == gap - 1:
            return _text(toks)
    return None


def preceding_title(name: Span) -> str | None:
    """The words right before ``name`` when the last is a title or institution noun, whatever the parse
    made of them ("Royal Bank of Scotland head Stephen Hester", "film studio New Line")."""
    doc = name.doc
    end = name.start
    if end == 0 or doc[end - 1].lower_ not in HEAD_WORDS or doc[end - 1].ent_type_:
        return None
    first = end - 1
    while first > 0 and first > end - _MAX_ROLE_TOKENS:
        prev = doc[first - 1]
        if prev.pos_ in _RUN_POS or (prev.lower_ == "of" and first - 1 > 0 and doc[first - 2].pos_ in _RUN_POS):
            first -= 1
            continue
        break
    return _text(list(doc[first:end]), titled=True)


def role_detail(role: str | None) -> int:
    """How much a role says: its words, with names counted twice ("chairman of Migration Watch")."""
    words = role.split() if role else []
    return len(words) + sum(w[:1].isupper() for w in words[1:])


def role_of(name: Span) -> str | None:
    """The most informative role the sentence gives ``name``, or None."""
    return max((title_compound(name), apposition(name)), key=role_detail) or preceding_title(name)


def organisation_role(role: str | None) -> str | None:
    """``role`` when it describes an organisation as one ("the media watchdog", "consultancy group"): its
    last word an institution noun, and no list of several."""
    if not role or " and " in role:
        return None
    return role if role.split()[-1].lower() in INSTITUTION_NOUNS else None
