"""Which people of an article are men and which women, as far as the article and their first name tell.

In order: a form of address beside a mention ("Mr McConnell", "Mrs Howard") or a gendered role
("spokeswoman", "wife"); else the possessive pronouns in clauses the person is the subject of ("Markoff
used his phone"); else a first name that US census records give to one sex at least ten times as often as
to the other (the ``names`` package's lists: "Philip", "Amber", not "Kelly"). A person none of these
tells about has no entry. Pronoun resolution uses it so that "she said" never goes to a man.
"""

from __future__ import annotations

import bisect
import re
from collections import Counter
from collections.abc import Callable
from functools import lru_cache
from pathlib import Path

import names
from spacy.tokens import Doc, Token

from ..model import Actor, Offsets
from .nlp import text_of

MALE, FEMALE = "m", "f"
PRONOUNS = {"he": MALE, "him": MALE, "his": MALE, "himself": MALE, "she": FEMALE, "her": FEMALE,
            "hers": FEMALE, "herself": FEMALE}  # fmt: skip
_ADDRESS = {"mr": MALE, "sir": MALE, "lord": MALE, "mrs": FEMALE, "ms": FEMALE, "miss": FEMALE, "lady": FEMALE,
            "dame": FEMALE, "baroness": FEMALE}  # fmt: skip
ROLE_GENDERS = {
    "actress": FEMALE, "businessman": MALE, "businesswoman": FEMALE,
    "chairwoman": FEMALE, "congressman": MALE, "congresswoman": FEMALE, "spokesman": MALE,
    "spokeswoman": FEMALE, "husband": MALE, "wife": FEMALE, "father": MALE, "mother": FEMALE, "son": MALE,
    "daughter": FEMALE, "brother": MALE, "sister": FEMALE, "king": MALE, "queen": FEMALE, "prince": MALE,
    "princess": FEMALE, "duke": MALE, "duchess": FEMALE, "widow": FEMALE, "widower": MALE,
    "boyfriend": MALE, "girlfriend": FEMALE, "sportsman": MALE, "sportswoman": FEMALE,
}  # fmt: skip
"""Role nouns that tell a person's gender ("the executive spokeswoman"); not "chairman", which British
papers give women too."""
_ADDRESS_BEFORE = re.compile(r"\b(\w+)\.?\s+$")


def _address(text: str, span: Offsets) -> str | None:
    """The gender a form of address at the start of, or right before, a mention tells ("Mrs Howard")."""
    s, e = span
    first = next(iter(text[s:e].split()), "").rstrip(".")
    m = _ADDRESS_BEFORE.search(text[max(0, s - 12) : s])
    word = first if first.lower() in _ADDRESS else m.group(1) if m else ""
    return _ADDRESS.get(word.lower()) if word[:1].isupper() else None  # "Chelsea will miss John Terry": no


@lru_cache(maxsize=1)
def _census() -> dict[str, dict[str, float]]:
    """Sex -> first name (upper case) -> its share of census records."""
    freq: dict[str, dict[str, float]] = {MALE: {}, FEMALE: {}}
    for sex, key in ((MALE, "first:male"), (FEMALE, "first:female")):
        for line in Path(names.FILES[key]).read_text(encoding="ascii").splitlines():
            name, share, *_ = line.split()
            freq[sex][name] = float(share)
    return freq


def is_first_name(word: str) -> bool:
    """Whether census records know ``word`` as a first name, of either sex ("Jude", "Kelly")."""
    return any(word.upper() in names for names in _census().values())


@lru_cache(maxsize=1)
def _surnames() -> frozenset[str]:
    """Surnames (upper case) of census records."""
    return frozenset(line.split()[0] for line in Path(names.FILES["last"]).read_text(encoding="ascii").splitlines())


def is_census_name(word: str) -> bool:
    """Whether census records know ``word`` as a first name or a surname ("Brown", "Page")."""
    return is_first_name(word) or word.upper() in _surnames()


@lru_cache(maxsize=1)
def first_names() -> dict[str, str]:
    """First name (upper case) -> the sex census records give it at least ten times as often as the other."""
    freq = _census()
    out: dict[str, str] = {}
    for name in freq[MALE].keys() | freq[FEMALE].keys():
        m, f = freq[MALE].get(name, 0.0), freq[FEMALE].get(name, 0.0)
        if max(m, f) > 0 and (m >= 10 * f or f >= 10 * m):
            out[name] = MALE if m > f else FEMALE
    return out


def name_sex(name: str) -> str | None:
    """The sex the first word of a full name tells, if census records tell it."""
    return first_names().get(next(iter(name.split()), "").upper())


def address_sex(form: str) -> str | None:
    """The sex a form of address at the start of ``form`` tells ("Mrs Howard": female)."""
    return _address(form, (0, len(form)))


def _role(actor: Actor) -> str | None:
    """The gender the role's own noun tells, not the organisation after it ("a lecturer at King's College")."""
    head = re.split(r"\b(?:of|at|for|with|in)\b", (actor.role or "").lower(), maxsplit=1)[0]
    told = {ROLE_GENDERS.get(w) for w in re.findall(r"[a-z]+", head)} - {None}
    return told.pop() if len(told) == 1 else None


def same_clause(tok: Token, verb: Token) -> bool:
    """Whether no clause with a subject of its own stands between ``tok`` and ``verb`` ("Melanie said to
    the nominee, who began his speech": "his" is the nominee's)."""
    while tok.i != verb.i and tok.head.i != tok.i:  # spaCy makes a new Token on each access: compare indices
        tok = tok.head
        if tok.i != verb.i and any(c.dep_ in ("nsubj", "nsubjpass") for c in tok.children):
            return False
    return tok.i == verb.i


def pronoun_votes(doc: Doc, actor: Actor, inside: Callable[[int], bool], others: list[int]) -> Counter[str]:
    """Possessive and reflexive pronouns in the clause ``actor`` is the subject of ("Markoff used his
    phone"); a pronoun further away may well be someone else's ("... Kevin was snoring. She ..."), and
    so may one after another person named in the clause ("Warren grilled Stumpf for his role"):
    ``others`` are where other people are named, sorted."""
    votes: Counter[str] = Counter()
    for s, e in actor.mentions:
        span = doc.char_span(s, e, alignment_mode="expand")
        if span is None or inside(s) or span.root.dep_ not in ("nsubj", "nsubjpass"):
            continue
        root = span.root
        for tok in root.head.subtree:
            back = tok.i > root.i and (tok.dep_ == "poss" or tok.lower_.endswith("self"))
            if not back or tok.lower_ not in PRONOUNS or not same_clause(tok, root.head) or inside(tok.idx):
                continue
            if bisect.bisect_left(others, tok.idx) == bisect.bisect_left(others, e):  # nobody named between
                votes[PRONOUNS[tok.lower_]] += 1
    return votes


def genders(doc: Doc, people: list[Actor], quoted: list[Offsets]) -> dict[str, str]:
    """Actor name -> ``MALE`` or ``FEMALE`` for the ``people`` the article tells about.

    Forms of address and role nouns decide when they agree; otherwise the pronouns that refer back to
    the person in clauses it is the subject of (``pronoun_votes``), when one gender has at least twice the other's
    count; otherwise the first name.
    """
    text = text_of(doc)
    starts = [s for s, _ in quoted]

    def inside(offset: int) -> bool:
        k = bisect.bisect_right(starts, offset) - 1
        return k >= 0 and offset < quoted[k][1]

    out: dict[str, str] = {}
    for actor in people:
        told = {g for g in [*(_address(text, m) for m in actor.mentions), _role(actor)] if g is not None}
        if len(told) == 1:
            out[actor.name] = told.pop()
        elif not told:
            others = sorted(s for a in people if a is not actor for s, _ in a.mentions)
            v = pronoun_votes(doc, actor, inside, others)
            voted = [g for g, other in ((MALE, FEMALE), (FEMALE, MALE)) if v[g] >= 1 and v[g] >= 2 * v[other]]
            sex = voted[0] if voted else name_sex(actor.name)
            if sex is not None:
                out[actor.name] = sex
    return out
