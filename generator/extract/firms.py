"""Firms the NER took for places or people: a name used as a business's ("shares in Gazprom", "Electrolux
chief executive Hans Straberg", "an analyst at Cisco"), or a one-word "person" with an "its" of its own."""

from __future__ import annotations

from collections import Counter

from spacy.tokens import Doc, Token

from ..model import Actor
from .gender import same_clause
from .wordweights import is_person_noun

HONORIFICS = frozenset(["mr", "mrs", "ms", "dr", "sir", "lord", "lady", "prof"])
"""Forms of address: a name given one is a person's."""


def head_of(doc: Doc, start: int, end: int) -> Token | None:
    """The last token of the mention at ``start``-``end``, leaving out a possessive "'s"."""
    span = doc.char_span(start, end, alignment_mode="expand")
    return next((t for t in reversed(span) if t.dep_ != "case"), None) if span is not None else None


# fmt: off
_BUSINESS_NOUNS = frozenset([
    "chairman", "shareholder", "share", "spokesman", "spokeswoman", "stake", "subsidiary"
])
# fmt: on
"""What only a business has, and a place does not ("Gazprom shares", "the Xstrata chairman", "a Gazprom
spokesman"; not "stock": "Cornwall's housing stock")."""
_BUSINESS_POSTS = frozenset(["executive", "chairman", "chairwoman", "boss", "founder", "ceo"])
"""Posts that, between a name and a person's, make the name a business's ("Electrolux chief executive X"; not
"spokesman": "Bloomberg spokesman Stu Loeser" speaks for the mayor)."""
_FIRM_ENDINGS = frozenset(["inc", "ltd", "plc", "corp", "llc", "labs", "records", "games", "holdings", "airlines"])
"""Last words of firms' names that no person's name ends with (not "Bank", "Post" or "Times": "Rob Da Bank",
"Glen Post", "Wendy Ide of The Times")."""
_HOLDINGS = frozenset(["share", "shareholder", "stake"])
"""What a business is "in" ("shares in Gazprom"); a spokesman "in Darfur" is there."""
_SECTOR_TITLES = frozenset(["company", "firm", "giant", "group", "maker", "operator", "provider"])
"""Title nouns that, after another noun, name a business ("gas giant Gazprom", "software firm Zynga")."""


def works_at(tok: Token) -> bool:
    """Whether a name ending in ``tok`` is where someone works: "security expert at Energis", "chief architect
    at Cisco" (a person's noun before "at")."""
    head = tok.head
    return tok.dep_ == "pobj" and head.lower_ == "at" and head.head.pos_ == "NOUN" and is_person_noun(head.head.lemma_)


def a_business(tok: Token) -> bool:
    """Whether a mention ending in ``tok`` is used as a business's name: it modifies or owns a noun only a
    business has, follows "in" after one ("shares in Gazprom"), follows a sector's title ("gas giant"), or
    someone works at it (``works_at``)."""
    if works_at(tok):
        return True
    head = tok.head
    if tok.dep_ in ("compound", "poss") and head.lemma_.lower() in _BUSINESS_NOUNS:
        return True
    if _owns_shares(tok) or _described_as_firm(tok):
        return True
    titles = [c for c in tok.children if c.dep_ == "compound" and c.i < tok.i and c.lemma_.lower() in _SECTOR_TITLES]
    return any(t.i > 0 and t.doc[t.i - 1].pos_ == "NOUN" for t in titles) or _heads_a_business(tok)


def _heads_a_business(tok: Token) -> bool:
    """Whether the name ending in ``tok`` stands before a person's name with a business's post between
    ("Electrolux chief executive Hans Straberg"; not "Texas governor Rick Perry")."""
    head = tok
    while head.dep_ in ("compound", "nmod") and head.head.i > head.i:
        head = head.head
    return head.ent_type_ == "PERSON" and any(t.lemma_.lower() in _BUSINESS_POSTS for t in tok.doc[tok.i + 1 : head.i])


def a_firm(actor: Actor, doc: Doc) -> bool:
    """Whether a "person" is a firm: its name ends as only a firm's does ("Argonaut Games") or joins names with
    "&" ("David Rubin & Partners"); or, one word never given a form of address, it has shares or a subsidiary
    ("Yukos shares", "shares in Yukos"), heads a business post ("Yukos chief executive X"), or owns an "its" in
    a clause it is the subject of ("Yukos said its main unit ...") and never a "his" or "her"."""
    if actor.kind != "person":
        return False
    if any(_called_a_firm(doc, s, e) for s, e in actor.mentions):
        return True
    if " " in actor.name:
        words = actor.name.split()  # "Argonaut Games", "Pyra Labs", "David Rubin & Partners"
        return "&" in words or words[-1].rstrip(".").lower() in _FIRM_ENDINGS
    heads = [t for t in (head_of(doc, s, e) for s, e in actor.mentions) if t is not None]
    if any(doc[t.i - 1].lower_.rstrip(".") in HONORIFICS for t in heads if t.i > 0):
        return False
    if any(_owns_shares(t) or _heads_a_business(t) or _described_as_firm(t) for t in heads):
        return True
    owned = Counter(
        t.lower_
        for h in heads
        if h.dep_ in ("nsubj", "nsubjpass")
        for t in h.head.subtree
        if t.i > h.i and t.dep_ == "poss" and t.lower_ in ("its", "his", "her") and _refers_to(t, h)
    )
    return owned["its"] > 0 and owned["his"] + owned["her"] == 0


_FIRM_NOUNS = frozenset({
    "airline", "bank", "bookmaker", "brewer", "carmaker", "chain", "company", "firm", "group", "insurer", "label",
    "operator", "retailer", "supermarket"
})  # fmt: skip
"""Nouns that call the name after them a business ("bookmakers William Hill", "oil group Yukos", "exchange
operator Euronext"); not "maker" or "publisher", which a person is called too ("games maker Peter Molyneux")."""


def _described_as_firm(tok: Token) -> bool:
    """Whether the name ending in ``tok`` is put beside a firm noun ("Gazprom, the state gas firm") or listed
    after one ("companies such as Nokia, Intel, Philips and Alcatel", "firms including Amey")."""
    if any(c.dep_ == "appos" and c.lemma_.lower() in _FIRM_NOUNS for c in tok.children):
        return True
    first = tok
    while first.dep_ == "conj" and first.head.i < first.i:
        first = first.head
    prep = first.head
    return (
        first.dep_ == "pobj" and prep.lower_ in ("as", "including", "like") and prep.head.lemma_.lower() in _FIRM_NOUNS
    )


def _called_a_firm(doc: Doc, start: int, end: int) -> bool:
    """Whether a firm noun right before the mention at ``start``-``end`` calls it a business."""
    span = doc.char_span(start, end, alignment_mode="expand")
    head = head_of(doc, start, end)
    if span is None or head is None or span.start == 0:
        return False
    noun = doc[span.start - 1]
    return noun.is_lower and noun.lemma_.lower() in _FIRM_NOUNS and (noun.head.i == head.i or head.head.i == noun.i)


def _refers_to(pronoun: Token, subject: Token) -> bool:
    """Whether a possessive can only stand for ``subject``: in its clause, with no noun between them
    ("Yukos said its main unit ..."; not "Jay-Z would move the company into its next era")."""
    between = pronoun.doc[subject.i + 1 : pronoun.i]
    return same_clause(pronoun, subject.head) and not any(t.pos_ in ("NOUN", "PROPN") for t in between)


def _owns_shares(tok: Token) -> bool:
    """Whether a name ending in ``tok`` has shares or a subsidiary: "Yukos shares", "shares in Yukos"."""
    head = tok.head
    if tok.dep_ == "compound" and head.lemma_.lower() in _HOLDINGS | {"subsidiary"}:
        return True
    return tok.dep_ == "pobj" and head.lower_ == "in" and head.head.lemma_.lower() in _HOLDINGS
