"""Headline attributions: "Obama Says Museum Will Tell of ...", "..., Lindsey Graham Says.", "...: Carlo Ancelotti".

The headline stays out of the parse (its title case misleads the tagger), so its attribution is read from its
words: a speech verb right after the speaker (at the start, after a label's colon or after the last comma;
in a sentence-case headline only a verb that reports words: "Flynn says ...", not "Shell reports profits"),
or a person alone before a colon or after the last colon or dash, beside words that state something (not a
profile's "Johnny Depp: The acting outlaw"). The speaker is an actor the body names or, before a speech verb,
a description of one ("Former DNC chairman calls for ...", "..., former rival says"); the content is the rest
of the headline's first line.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from spacy.vocab import Vocab

from ..model import Actor, Article, Offsets, Quote, QuoteKind
from .actors import ActorTable
from .cuesyntax import FOR_CUES, SPEECH_VERBS
from .learned.lexicon import people, speaking_things
from .nlp import pipeline_of, singular
from .quotemarks import MARKS
from .roles import INSTITUTION_NOUNS, TITLE_NOUNS

HEADLINE_CONFIDENCE = 0.91
"""The rules' prior for a headline attribution: 91 of the 99 this module finds in PolNeAR's training
articles match an annotated attribution."""
_WORD = re.compile(r"\S+")
_EDGE = " .,:;-–—" + "".join(MARKS)
# fmt: off
_NEWS_VERBS = frozenset([
    "add", "agree", "announce", "answer", "charge", "claim", "continue", "declare", "express", "maintain",
    "note", "plead", "point", "propose", "quote", "report", "respond", "sing", "state", "type", "write"
])
# fmt: on
"""Speech verbs that in a sentence-case headline mostly report an act, not words ("Shell reports profits",
"FDA proposes calorie counts on menus", "Federer claims Dubai crown", "IMF agrees fresh funding", "Man pleads
guilty")."""
_OPENING = re.compile(r"[“‘\"«]|(?:^|\s)'")
"""An opening quotation mark; headlines quote in single marks ("Time for ‘intensification’ of ...")."""
# fmt: off
_WORDS_VERBS = frozenset([
    "say", "warn", "urge", "tell", "insist", "argue", "predict", "suggest", "deny", "vow", "pledge", "demand",
    "accuse", "call",
])
# fmt: on
"""Verbs after which a headline's described speaker said words: an unnamed "Bank announces job cuts" or "Team
claims title" reports an act."""
_DESCRIPTION_WORD = re.compile(r"[A-Za-z][A-Za-z'’.&-]*")
_MAX_DESCRIPTION = 5
"""Words in a headline's description of its speaker ("Former Clinton Pollster", "One protest organizer")."""


class _Said(NamedTuple):
    """A headline's attribution: who (an actor's name and role, or a description), where, and the cue."""

    name: str
    role: str | None
    speaker: Offsets
    content: Offsets
    cue: str


def _of(actor: Actor, speaker: Offsets, content: Offsets, cue: str) -> _Said:
    """The attribution of a headline to ``actor``."""
    return _Said(actor.name, actor.role, speaker, content, cue)


def _speech_form(word: str) -> str | None:
    """The lemma of a speech verb in a headline ("Says", "warns", "Denies"), else None; in lower case only a
    verb that is speech wherever it stands ("continues", "adds", "notes" head other news)."""
    low = word.strip(_EDGE).lower()
    forms = {"said": "say"}.get(low, ""), low.removesuffix("ies") + "y", low.removesuffix("s"), low.removesuffix("es")
    lemma = next((f for f in forms if f in SPEECH_VERBS and f != "go"), None)
    return lemma if word[:1].isupper() or lemma not in _NEWS_VERBS else None


def _actor(table: ActorTable, words: str) -> Actor | None:
    """The actor ``words`` name: a name or alias, or one name of exactly one person ("Obama", "Hillary")."""
    words = words.strip(_EDGE)
    if not words or any(c in words for c in ",:;"):
        return None
    actor = table.by_name(words)
    if actor is not None:
        return actor
    low = words.lower()
    people = [a for a in table.actors if a.kind == "person" and low in a.name.lower().split()]
    return people[0] if len(people) == 1 and " " not in low else None


def _described(words: str, verb: str) -> bool:
    """Whether ``words`` describe who spoke without a name: a few words ending in a noun of people or of
    what speaks ("Lawmaker", "Former Clinton Pollster", "Mourners", "Polls"), agreeing with ``verb``: plural
    before a bare form ("Mourners say"), singular before an -s form ("Lawmaker urges")."""
    found = words.split()
    if not 1 <= len(found) <= _MAX_DESCRIPTION or not all(_DESCRIPTION_WORD.fullmatch(w) for w in found):
        return False
    last = found[-1].lower()
    plural = last.endswith("s") and not last.endswith("ss")
    nouns = people() | speaking_things() | TITLE_NOUNS | INSTITUTION_NOUNS
    single = singular(last)
    low = verb.lower()
    if low == _speech_form(verb):  # "say", "Urge"
        agrees = plural
    elif low.endswith("s"):  # "says", "Urges"; after a singular noun, also one in -s ("Analysis says")
        agrees = not plural or last in nouns
    else:  # "said"
        agrees = True
    return (single in nouns or last in nouns) and agrees


def _person(table: ActorTable, words: str) -> Actor | None:
    """The person ``words`` name: a headline's "Name: ..." (not "Photo atlas: ...", a section's label)."""
    actor = _actor(table, words)
    return actor if actor is not None and actor.kind == "person" else None


def _trim(title: str, start: int, end: int) -> Offsets | None:
    """``[start, end)`` of ``title`` without edge spaces, dashes, colons and a final full stop."""
    while start < end and title[start] in " :-–—":
        start += 1
    while end > start and title[end - 1] in " .,:;-–—":
        end -= 1
    if title[start:end].rstrip("".join(MARKS)).endswith("?"):
        return None  # "Ted Cruz: Constitutional conservative or career politician?": a question put, not a claim
    return (start, end) if len(title[start:end].split()) >= 2 else None


def _claims(text: str, vocab: Vocab) -> bool:
    """Whether the words beside a name in a headline state something: quoted words, a verb, or an adjective
    after its noun ("Fear will help France", "Lords wrong on detainees"); not a profile's label ("Arthur
    Hailey: King of the bestsellers", "Johnny Depp: The acting outlaw", "Tevez - an Argentine in Brazil")."""
    if _OPENING.search(text):
        return True
    return any(
        (t.tag_.startswith(("VB", "MD")) and t.dep_ != "amod") or (t.tag_.startswith("JJ") and t.i > t.head.i)
        for t in pipeline_of(vocab)(text)  # the article's own pipeline, on these few words only
    )


def _bare(title: str, start: int, end: int) -> Offsets:
    """``[start, end)`` of ``title`` without edge spaces."""
    part = title[start:end]
    return start + len(part) - len(part.lstrip()), end - len(part) + len(part.rstrip())


def _content_start(title: str, verb: re.Match[str]) -> int:
    """Where what was said begins after the headline's speech verb: past its "for" ("calls for a ban") or a
    preposition ("warns of rate rises"), or at the infinitive after "on" and its object ("calls on Dean to
    apologize")."""
    rest = title[verb.end() :]
    lemma = _speech_form(verb.group())
    particle = rest.split(maxsplit=1)[0].lower() if rest.split() else ""
    if particle == "on" and lemma in FOR_CUES and (to := rest.find(" to ")) > 0:
        return verb.end() + to
    if (particle == "for" and lemma in FOR_CUES) or particle in ("of", "on", "about"):
        return verb.end() + rest.find(particle) + len(particle)
    return verb.end()


def _said(title: str, verb: re.Match[str], table: ActorTable) -> _Said | None:
    """The attribution around the speech verb ``verb`` of ``title``: its speaker before it, from the start,
    after a label's colon or after the last comma, and what was said on its other side."""
    comma = title.rfind(",", 0, verb.start())
    if verb.end() >= len(title.rstrip(_EDGE)):  # "Content, Lindsey Graham Says."
        starts, content = [comma + 1], _trim(title, 0, comma) if comma > 0 else None
    else:  # "Obama Says Content", "The Latest: Trump urges ...", "Railing Against Trump, Sanders Vows ..."
        colon = title.find(": ", 0, verb.start())
        starts, content = [0, colon + 1, comma + 1], _trim(title, _content_start(title, verb), len(title))
    if content is None:
        return None
    word = verb.group().strip(_EDGE)
    bare = word.islower() and word == _speech_form(word)
    starts = [i for i in starts if i >= 0]
    for start in starts:
        actor = _actor(table, title[start : verb.start()])
        if actor is not None and (not bare or _plural(actor, title[start : verb.start()])):
            return _of(actor, _bare(title, start, verb.start()), content, word)
    lemma = _speech_form(word)
    if lemma not in _WORDS_VERBS or (lemma == "call" and not title[verb.end() :].lstrip().startswith(("for ", "on "))):
        return None  # "Man Pleads Guilty", "Bank Announces Job Cuts", "Union calls strike": acts, not words
    for start in starts:
        speaker = _bare(title, start, verb.start())
        if _described(words := title[slice(*speaker)], word):
            actor = _role_holder(table, words)
            return _of(actor, speaker, content, word) if actor else _Said(words, None, speaker, content, word)
    return None


def _role_holder(table: ActorTable, words: str) -> Actor | None:
    """The one person whose role holds every word of a headline's description ("Tory leader": Michael
    Howard, the Tory leader), else None."""
    wanted = set(words.lower().split())
    holders = [a for a in table.actors if a.kind == "person" and wanted <= set((a.role or "").lower().split())]
    return holders[0] if len(holders) == 1 else None


def _plural(actor: Actor, words: str) -> bool:
    """Whether a bare verb form after ``words`` agrees with them ("Tories pledge", "Lib Dems demand"): else
    it is a noun ("Lacroix label bought", "Paris promise raises Welsh hopes")."""
    return actor.kind not in ("place", "country") and words.rstrip().endswith("s")


def _attribution(title: str, table: ActorTable, vocab: Vocab) -> _Said | None:
    """The attribution of ``title``, from the first line of a headline with a subtitle ("Sanders says he's
    riding momentum; \nTakes Wisconsin, ...")."""
    title = title.split("\n", 1)[0]
    words = list(_WORD.finditer(title))
    verb = next(  # not a word of the speaker's name: "Tea Party Express Opens ..."
        (m for m in words[1:] if _speech_form(m.group()) and _actor(table, title[: m.end()]) is None), None
    )
    if verb is not None and (found := _said(title, verb, table)):
        return found
    for sep in (":", " - ", " -", " – ", " — "):
        first, last = title.find(sep), title.rfind(sep)
        if first > 0 and (actor := _person(table, title[:first])) and (content := _trim(title, first, len(title))):
            return _of(actor, _bare(title, 0, first), content, ":") if _claims(title[slice(*content)], vocab) else None
        if last > 0 and (actor := _person(table, title[last + len(sep) :])) and (content := _trim(title, 0, last)):
            speaker = _bare(title, last + len(sep), len(title.rstrip(" .")))
            return _of(actor, speaker, content, ":") if _claims(title[slice(*content)], vocab) else None
    return None


def headline_quotes(article: Article, table: ActorTable, vocab: Vocab) -> list[Quote]:
    """The headline's attributed statement, when it names a speaker the body knows or describes one
    (``vocab``: the body's Doc's, whose pipeline tags the few words beside a name)."""
    title = article.title or ""
    at = article.text.find(title) if title else -1
    if at < 0 or at + len(title) > article.body[0]:
        return []
    found = _attribution(title, table, vocab)
    if found is None:
        return []
    (cs, ce), (ss, se) = found.content, found.speaker
    content = title[cs:ce]
    kind: QuoteKind = "mixed" if any(m in content for m in MARKS) else "indirect"
    return [
        Quote(
            speaker=found.name,
            text=" ".join(content.split()),
            kind=kind,
            span=(at + cs, at + ce),
            cue=found.cue,
            speaker_span=(at + ss, at + se),
            role=found.role,
            confidence=HEADLINE_CONFIDENCE,
        )
    ]
