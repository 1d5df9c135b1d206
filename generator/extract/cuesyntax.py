"""Cue vocabulary and the parse helpers of quote extraction: which verbs report speech or a
stance, which of their dependents hold what was said, who their subject is; the records a quote is
built from (``_Found``, ``_Cue``)."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from spacy.tokens import Token

from ..model import Offsets
from .nlp import hyphen_word
from .quotemarks import MARKS
from .roles import INSTITUTION_NOUNS, names_a_person
from .speakers import Speaker, speaks_for_itself
from .speechverbs import SPEECH_VERBS as SPEECH_VERBS

BELIEF_VERBS = frozenset(
    ["believe", "doubt", "expect", "fear", "feel", "find", "forecast", "hope", "indicate", "show", "think", "worry"]
)
"""Lemmas of verbs that report a stance; a cue only with a complement clause."""
# fmt: off
OBJECT_CUES = frozenset([
    "acknowledge", "announce", "confirm", "deny", "describe", "disclose", "emphasise", "emphasize", "express",
    "highlight", "pledge", "predict", "promise", "propose", "reiterate", "repeat", "reveal", "stress", "tout",
    "underline", "vow"
])
# fmt: on
"""Speech verbs whose direct object is what was said ("emphasized the importance of ...")."""
TO_CUES = frozenset(["ask", "call", "pledge", "promise", "swear", "tell", "threaten", "urge", "vow", "warn"])
"""Speech verbs whose infinitive complement is what was said ("urged Congress to act")."""
FOR_CUES = frozenset(["ask", "call", "plead", "press", "push"])
"""Speech verbs whose "for"/"on" phrase is what was said ("called for a ban")."""
FRAME_CUES = frozenset({"read"})
"""Verbs that report a text's words only as a bare cue beside its quotation ("“...,” the letter reads")."""
_PARTICLE_CUES = {"point": "out", "go": "on"}
"""Verbs that are speech verbs only with their particle ("pointed out", "went on")."""
# fmt: off
STANCE_ADJECTIVES = frozenset([
    "adamant", "certain", "confident", "convinced", "concerned", "hopeful", "optimistic", "pessimistic",
    "sceptical", "skeptical", "sure", "worried"
])
# fmt: on
"""Adjectives that report a stance when they take a complement clause ("are worried that ...")."""
_CUE_LEMMAS = SPEECH_VERBS | BELIEF_VERBS | FRAME_CUES
THINGS_TO_COME = frozenset({"what", "whatever"})
"""Subjects that name a thing, not a speaker ("what promises to be a huge encounter")."""
LETS_US = frozenset({"'s", "’s"})
"""The "us" of "let's" ("Let's hope ..."), the writer's and the reader's."""
_NAMELESS = frozenset({"i", "we", "you", "me", "us", "who", "which", "that", "this", "these", "those", "there"})
_NAMELESS |= THINGS_TO_COME | LETS_US


def nameless(tok: Token) -> bool:
    """A subject that names no one by itself: a pronoun of the writer or reader ("let's"), a relative or a
    demonstrative; "US", in capitals, is a country, not "us"."""
    return tok.lower_ in _NAMELESS and not (tok.is_upper and len(tok) > 1)


_SPACE_PUNCT = " \t\r\n,;:—–-"
_OBJECT_DEPS = frozenset({"dobj", "oprd", "prep", "dative", "attr"})
"""Complements of a cue verb that are what was said when they hold a quotation ("called it "a disgrace"")."""
_INVERTED_DEPS = frozenset({"nsubj", "dobj", "npadvmod", "attr", "appos", "dative", "oprd"})
_SPEECH_DASHES = frozenset("―—–")
_TIME_ENTS = frozenset({"DATE", "TIME"})
_MARK_CHARS = "".join(sorted(MARKS)) + " \t\r\n"
"""Stripped from the ends of a quoted region's words (doubled marks, as escaped text has them)."""
_MAX_CONTENT = 1500
"""Characters of reported content a cue can take from the parse (a run-on line cannot make it quadratic)."""
_MIN_PHRASE = 3
"""Words an object or infinitive must have to count as what was said ("confirmed their status" does not)."""
_SPLIT_GAP = 50
"""Characters of frame ("," he said, "") between the halves of a split quote."""
_LOOKBACK = 40
"""Tokens before a quotation searched for the cue that introduces it."""
_FRAME = 14
"""Tokens after a quotation within which a bare cue ("..., he said.") attributes it."""


@dataclass
class _Found:
    """A quote under construction: content span, speaker, cue and the regions it covers."""

    span: Offsets
    speaker: Speaker | None
    cue: str
    cue_at: int
    belief: bool = False
    regions: list[int] = field(default_factory=list)
    confidence: float | None = None


@dataclass
class _Cue:
    """A cue token with its speaker and, when the parse gives one, its content span."""

    tok: Token
    speaker: Speaker | None
    content: Offsets | None
    belief: bool


def _end(tok: Token) -> int:
    return tok.idx + len(tok)


_SUBJECT_CONTROL = frozenset({"promise", "vow", "pledge", "threaten"})
"""Verbs whose subject, not their object, does what their infinitive says ("promised them to stay")."""


_REPORTING_PASSIVES = frozenset(
    {"say", "allege", "report", "think", "believe", "understand", "rumour", "rumor", "hear", "see", "force"}
)
"""Verbs whose passive subject does what the infinitive after them says ("is said to believe", "was heard
asking", "was forced to deny")."""


def _subject(verb: Token) -> Token | None:
    """The subject of ``verb``, inherited through infinitives, participles, conjuncts and relative clauses."""
    v = verb
    via = ""  # how the walk came up to ``v``
    for _ in range(4):
        # "Howard was forced to deny", "Mr Brown is alleged to have told": the passive subject of a verb of
        # report or compulsion that the cue completes (not "Kennedy is set to address" a crowd), or of a verb the
        # cue is joined to ("Flores was interviewed on Peru TV and said": Flores)
        passive = (via == "xcomp" and v.lemma_.lower() in _REPORTING_PASSIVES) or (via == "conj" and _joined(verb, v))
        deps = ("nsubj", "nsubjpass") if passive else ("nsubj",)
        subjects = [c for c in v.children if c.dep_ in deps]  # the parse may split "Tory co-chairman Liam Fox"
        subj = next((c for c in subjects if c.pos_ == "PROPN"), subjects[0] if subjects else None)
        if subj is not None and v is not verb and v.dep_ == "ccomp" and _no_one(subj):
            v = v.head  # "analysts predicted that the jump would be short-lived, saying ...": the analysts
            continue
        if subj is not None:
            if v.dep_ == "relcl" and subj.lower_ in ("who", "that", "which"):
                return v.head
            return _run_into(_word_end(subj), v)
        if v.dep_ == "acl" and v.tag_ == "VBG" and v.head.dep_ == "dobj" and _mute(v.head):
            v = v.head.head  # "defended the move saying ...": whoever defended it, not the move
            continue
        if v.dep_ in ("relcl", "acl") and v.head.pos_ in ("NOUN", "PROPN"):
            return v.head
        if v.dep_ == "pcomp" and v.head.lower_ == "as" and v.head.head.lemma_ in _QUOTING:
            return next((c for c in v.head.head.children if c.dep_ == "dobj"), None)  # "quoted X as saying"
        if v.dep_ == "pcomp":
            obj = next((c for c in v.head.head.children if c.dep_ == "dobj"), None)
            if v.head.lower_ == "for" and obj is not None and obj.i < v.i and _someone(obj):
                return obj  # "criticised Smith for saying ...", "suspended a candidate for suggesting ...": Smith
            v = v.head.head  # "after saying ...", "by calling ..."
            continue
        if v.dep_ not in ("xcomp", "advcl", "conj"):
            return None
        obj = next((c for c in v.head.children if c.dep_ == "dobj" and c.i < v.i), None)
        if v.dep_ == "xcomp" and obj is not None and v.head.lemma_ not in _SUBJECT_CONTROL:
            return _shown(obj)  # "forced Stumpf to admit": the object does what the infinitive says
        via, v = v.dep_, v.head
    return None


def _joined(cue: Token, first: Token) -> bool:
    """Whether ``cue`` shares the subject of the main-clause verb ``first`` it is joined to: "and" (or a comma)
    stands right before it or its auxiliaries, with no name the parse ran into the first clause ("linked with
    Oldham and Keegan has stated": Keegan), and ``first`` is no clause reported with "that" ("claims that
    Firefox has been downloaded ... and has said": not Firefox)."""
    start = min([cue.i, *(c.i for c in cue.lefts if c.dep_ in ("aux", "neg", "advmod"))])
    before = cue.doc[start - 1] if start > 0 else None
    reports = first.dep_ == "ccomp" and any(c.dep_ == "mark" for c in first.children)
    return (
        first.dep_ in ("ROOT", "conj", "ccomp")
        and not reports
        and before is not None
        and before.dep_ in ("cc", "punct")
    )


def _word_end(tok: Token) -> Token:
    """The last part of a hyphenated noun the tokenizer split, which heads it: "chairman" of "co-chairman",
    whose "co" the parse may make the subject."""
    parts = [t for t in hyphen_word(tok) if t.text != "-"]
    return parts[-1] if parts and all(t.pos_ == "NOUN" and t.is_alpha for t in parts) else tok  # "brother-in-law": no


def _someone(tok: Token) -> bool:
    """Whether a noun phrase's head names someone who may speak: a name, or a noun of a person or an institution
    ("Smith", "a candidate", "the government"; not "a media storm")."""
    named = tok.pos_ in ("PROPN", "PRON") or tok.ent_type_ in ("PERSON", "ORG", "NORP", "GPE")
    return named or (tok.pos_ == "NOUN" and not _no_one(tok))


def _no_one(subj: Token) -> bool:
    """Whether a subject is a common noun for neither a person nor an institution ("the jump", "the match")."""
    lemma = subj.lemma_.lower()
    return subj.pos_ == "NOUN" and not (names_a_person(lemma) or lemma in INSTITUTION_NOUNS)


def _mute(tok: Token) -> bool:
    """Whether a noun names neither someone nor a text that speaks ("the move"; not "a statement")."""
    return _no_one(tok) and not speaks_for_itself(tok.lemma_.lower())


def _run_into(subj: Token, verb: Token) -> Token:
    """``subj``, or the apposition the parse gave it that runs into the verb with no comma, the real subject
    of a cue set off inside a sentence ("To understand the real Dred Scott, Chief Justice Roberts said, ...":
    not Scott); an apposition is closed by a comma ("Roberts, the chief justice, said"), names in a list are
    all the subject, and a description run into the verb describes the name before it."""
    doc = subj.doc
    return next(
        (
            a
            for a in subj.children
            if a.dep_ == "appos"
            and a.pos_ == "PROPN"  # "Peter Misselbrook, executive partner of ... said": the name before
            and a.right_edge.i == verb.i - 1
            and doc[a.left_edge.i - 1].text == ","
            and all(t.dep_ != "conj" for t in a.subtree)  # "Senators Carper, Feinstein and Leahy said": a list
        ),
        subj,
    )


def _shown(obj: Token) -> Token:
    """Who a recording shows: "footage of Jo Roe asking" → Jo Roe; else ``obj``."""
    of = next((c for c in obj.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    named = next((c for c in of.children if c.dep_ == "pobj" and c.pos_ == "PROPN"), None) if of else None
    return named if obj.pos_ == "NOUN" and named is not None else obj


def _as_clause(tok: Token) -> bool:
    """Whether the cue heads an "as X said" clause, whose host clause is what was said."""
    return tok.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ == "as" for c in tok.children)


def _colon_after(tok: Token) -> bool:
    """Whether the cue is followed by a colon ("He added: ...")."""
    doc = tok.doc
    nxt = tok.i + 1
    while nxt < len(doc) and (doc[nxt].dep_ == "prt" or doc[nxt].is_space):
        nxt += 1
    return nxt < len(doc) and doc[nxt].text == ":"


def _next_statement(head: Token) -> int:
    """Where a complement stops before a second reported statement joined to it ("... and warned ...", "...,
    with its chairman saying ...")."""
    for conj in head.children:
        if conj.i > head.i and (
            (conj.dep_ == "conj" and _is_speech_verb(conj))
            or (conj.dep_ == "prep" and conj.lower_ == "with" and any(_speaks(c) for c in conj.children))
        ):
            cc = [c for c in head.children if c.dep_ in ("cc", "punct") and head.i < c.i < conj.i]
            return cc[0].idx if cc else conj.left_edge.idx
    return _end(head.right_edge)


def _speaks(tok: Token) -> bool:
    """Whether ``tok``, after "with", is someone speaking ("with analysts warning that ...")."""
    return tok.dep_ == "pcomp" and _is_speech_verb(tok) and any(c.dep_ == "nsubj" for c in tok.children)


def _is_speech_verb(tok: Token) -> bool:
    """Whether ``tok`` is a speech verb, with its particle when it needs one ("went on", not "going")."""
    lemma = tok.lemma_.lower()
    particle = _PARTICLE_CUES.get(lemma)
    return (
        tok.pos_ == "VERB"
        and lemma in SPEECH_VERBS
        and (particle is None or any(c.dep_ == "prt" and c.lower_ == particle for c in tok.children))
    )


_PLEAS = frozenset({"guilty", "innocent"})
"""What "pleaded" enters in court: a plea, not a statement."""
_REFUSALS = frozenset({"avoid", "decline", "fail", "refuse", "struggle", "unable"})
"""Heads whose infinitive or gerund was not said ("refused to say", "was unable to say", "avoided suggesting")."""


_FUTURE = frozenset({"will", "shall", "'ll", "’ll"})
_WISHES = frozenset({"ask", "encourage", "expect", "hope", "intend", "invite", "plan", "press", "urge", "want", "wish"})
"""Heads whose infinitive is wanted or expected, not said ("expected the Bank to respond", "urged him to explain")."""


_COLON_QUOTE = re.compile(r":\s*[\"“”«»„‘']")
"""A colon that opens a quotation ("Say campaigners at Friends of the Earth: “...”")."""


_NAMING_VERBS = frozenset({"brand", "call", "dub", "label", "name", "title"})
"""Verbs that give a thing its name or label ("Dubbed ...", "Called ...")."""


def unsaid(tok: Token) -> bool:
    """Whether the cue verb ``tok`` reports that something was not said: negated ("has not said", "It is
    not explained"), a plight found oneself in, the complement of a refusal, an aside of the writer's, a question
    put to the speaker, an agreement to act, something wanted or expected of someone, an imperative, or a
    summons ("called in administrators", "calling in sick")."""
    if any((c.dep_ == "neg" or (c.dep_ == "aux" and c.lower_ in _FUTURE)) and _beside(c, tok) for c in tok.children):
        return True  # "has not said"; "will announce his line-up": not said yet
    head = tok.head
    host = head.head if head.pos_ == "ADJ" else head
    kids = {(c.dep_, c.lower_ if c.dep_ == "nsubj" else "") for c in host.children}
    if tok.dep_ == "xcomp" and ("nsubj", "it") in kids and any(d == "acomp" for d, _ in kids):
        return True  # "it is safe to say ...": the writer's aside
    if tok.lemma_.lower() == "ask" and tok.tag_ == "VBN" and tok.i == tok.sent.start:
        return True  # "Asked whether she was nervous, she said: ...": the question put to her, not her words
    if tok.lemma_.lower() == "find" and tok.i + 1 < len(tok.doc) and tok.nbor().lower_.endswith(("self", "selves")):
        return True  # "found themselves trailing": a plight, not a finding ("found that they had exposed themselves")
    if tok.lemma_.lower() == "agree" and "xcomp" in {c.dep_ for c in tok.children}:
        return True  # "agreed to pay a fine": a settlement, not a statement ("agreed that ..." is one)
    if tok.lemma_.lower() == "call" and tok.i + 1 < len(tok.doc) and tok.nbor().lower_ == "in":
        return True  # "called in administrators", "the decision to call in Campbell": sent for, nothing said
    if tok.lemma_.lower() == "plead" and any(c.lower_ in _PLEAS for c in tok.children):
        return True  # "pleaded guilty to charges": a plea in court
    if tok.tag_ == "VB" and tok.dep_ == "ROOT" and tok.i == tok.sent.start and not _COLON_QUOTE.search(tok.sent.text):
        return True  # "Call the news desk on ...": an imperative; "Say campaigners: “...”" is inverted
    if tok.tag_ == "VB" and tok.dep_ in ("xcomp", "ccomp") and head.lemma_.lower() in _WISHES:
        return True
    return tok.dep_ in ("xcomp", "pcomp") and head.lemma_.lower() in _REFUSALS


def _beside(child: Token, tok: Token) -> bool:
    """Whether no quotation mark stands between ``child`` and ``tok``: the parse may hang the "will" of
    "“... it will at some point,” said Acton" on the cue outside the quotation."""
    lo, hi = sorted((child.i, tok.i))
    return not any(t.text in MARKS for t in tok.doc[lo:hi])


def naming(tok: Token) -> bool:
    """Whether the cue verb ``tok`` names or describes its noun rather than reports what someone said: a
    participle on a noun ("a firm called Swarm Systems", "links called 'trackers'"), one opening its sentence
    ("Dubbed the Pocket Media Assistant, it ..."), a "so called", or a passive with nobody saying ("It has
    been called 'open source news'"; "X is quoted as saying" names its speaker)."""
    kids = {(c.dep_, c.lower_) for c in tok.children}
    # a clause, not a participle: "a suggestion that he had told", "a report called for", "firms announced that"
    clause = any(d in ("nsubj", "aux", "ccomp") or (d == "prep" and w in ("for", "on")) for d, w in kids)
    if tok.tag_ == "VBN" and not clause:
        if tok.dep_ == "acl" and tok.head.pos_ != "PROPN":  # "Robert Berenson, called ...": a verb the parse missed
            return True
        if ("advmod", "so") in kids or (tok.dep_ == "advcl" and tok.lemma_.lower() in _NAMING_VERBS):
            return True
    deps = {d for d, _ in kids}
    return "auxpass" in deps and "agent" not in deps and not as_saying(tok) and described_by(tok) is None


_QUOTING = frozenset({"quote", "report", "cite"})
"""Verbs whose passive with "as" always gives its subject's words ("was quoted as backing ...")."""


def as_saying(tok: Token) -> bool:
    """Whether a passive cue reports its subject's words: "X is quoted as backing ...", "X was described as
    saying ..." (not "X is described as a webmaster" nor "as having a temper", where X is what is described)."""
    phrases = [c for c in tok.children if c.dep_ == "prep" and c.lower_ == "as"]
    return bool(phrases) and (
        tok.lemma_.lower() in _QUOTING
        or any(g.pos_ == "VERB" and g.lemma_.lower() in SPEECH_VERBS for c in phrases for g in c.children)
    )


def described_by(tok: Token) -> Token | None:
    """Who a passive cue's description is by when the parse hangs the "by" on the description ("was
    described as a 'consummate professional' by his friend"): the object of that "by", or None."""
    return next(
        (
            o
            for c in tok.children
            if c.dep_ == "prep" and c.lower_ == "as"
            for b in c.subtree
            if b.dep_ == "prep" and b.lower_ == "by"
            for o in b.children
            if o.dep_ == "pobj"
        ),
        None,
    )


def _cue_text(tok: Token) -> str:
    if tok.lower_ == "according":
        return "according to"
    prt = next((c for c in tok.children if c.dep_ == "prt"), None)
    return f"{tok.text} {prt.text}" if prt is not None else tok.text


def _inside_other(item: _Found, found: list[_Found]) -> bool:
    """Whether a belief cue sits inside what another quote reports (its stance is part of that)."""
    return any(o is not item and o.span[0] <= item.cue_at < o.span[1] for o in found)
