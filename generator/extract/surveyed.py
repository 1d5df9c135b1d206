"""Speakers that are shares of a group: "69% of those questioned said", "most of those surveyed said", "a
majority said". The share is no one; the group it is taken from speaks, and a later bare share ("while 18%
said") is of the group named last."""

from __future__ import annotations

from spacy.tokens import Token

_SHARES = frozenset(
    {"majority", "minority", "half", "third", "quarter", "most", "many", "some", "few", "percent", "cent"}
)
"""Words that name a share of a group when they head a subject ("a majority", "most", "40 per cent")."""
_REACH = 1500
"""Characters after a group is named within which a bare share is taken from it."""
_MAX_WORDS = 6
"""Words up to which the group's phrase is its name ("those questioned in the survey" is too long to be one)."""


def is_share(tok: Token) -> bool:
    """Whether the subject ``tok`` names a share of a group: a percentage, a number or a share word."""
    return tok.text == "%" or tok.like_num or tok.lower_ in _SHARES


def group_of(share: Token) -> Token | None:
    """The group a share is "of": "those questioned" in "69% of those questioned", not a pronoun ("most of
    them") or an amount ("half of the money" is no one's)."""
    for prep in share.rights:
        if prep.dep_ == "prep" and prep.lower_ == "of":
            group = next((c for c in prep.children if c.dep_ == "pobj"), None)
            if group is not None and group.pos_ in ("NOUN", "PRON") and group.lower_ not in ("them", "us", "it"):
                return group if group.tag_ in ("NNS", "DT") or group.lower_ == "those" else None
    return None


def group_words(group: Token) -> tuple[int, int] | None:
    """Where the group's phrase stands, without its count ("adults" of "1,000 adults") and from its first
    preposition on ("those polled" of "those polled for the Sunday Times"), or None when it runs too long to
    name a group."""
    after = next((t.i for t in group.subtree if t.i > group.i and t.pos_ == "ADP"), group.right_edge.i + 1)
    words = [
        t
        for t in group.subtree
        if t.i < after and t.dep_ not in ("det", "nummod", "quantmod", "punct") and not t.like_num
    ]
    if not words or len(words) > _MAX_WORDS:
        return None
    return words[0].idx, words[-1].idx + len(words[-1].text)


def within_reach(named_at: int, tok: Token) -> bool:
    """Whether a share at ``tok`` is close enough after a group named at ``named_at`` to be taken from it."""
    return 0 < tok.idx - named_at <= _REACH
