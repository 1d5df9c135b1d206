"""Headline attributions: "Obama Says Museum Will Tell of ...", "..., Lindsey Graham Says.", "...: Carlo Ancelotti".

The headline stays out of the parse (its title case misleads the tagger), so its attribution is read from its
words: a speech verb right after the speaker (at the start, after a label's colon or after the last comma;
in a sentence-case headline only a verb that reports words: "Flynn says ...", not "Shell reports profits"),
or a person alone before a colon or after the last colon or dash, beside words that state something (not a
profile's "Johnny Depp: The acting outlaw"). The speaker must be an actor the body names; the content is the
rest of the headline's first line.
"""

from __future__ import annotations

import re

from spacy.vocab import Vocab

from ..model import Actor, Article, Offsets, Quote, QuoteKind
from .actors import ActorTable
from .cuesyntax import FOR_CUES, SPEECH_VERBS
from .nlp import pipeline_of
from .quotemarks import MARKS

HEADLINE_CONFIDENCE = 0.91
"""The rules' prior for a headline attribution: 84 of the 92 this module finds in PolNeAR's training
articles match an annotated attribution."""
_WORD = re.compile(r"\S+")
_EDGE = " .,:;-–—" + "".join(MARKS)
# fmt: off
_NEWS_VERBS = frozenset([
    "add", "agree", "announce", "answer", "charge", "claim", "continue", "declare", "express", "maintain",
    "note", "point", "propose", "quote", "report", "respond", "sing", "state", "type", "write"
])
# fmt: on
"""Speech verbs that in a sentence-case headline mostly report an act, not words ("Shell reports profits",
"FDA proposes calorie counts on menus", "Federer claims Dubai crown", "IMF agrees fresh funding")."""
_OPENING = re.compile(r"[“‘\"«]|(?:^|\s)'")
"""An opening quotation mark; headlines quote in single marks ("Time for ‘intensification’ of ...")."""


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


def _said(title: str, verb: re.Match[str], table: ActorTable) -> tuple[Actor, Offsets, Offsets, str] | None:
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
    for start in (i for i in starts if i >= 0):
        actor = _actor(table, title[start : verb.start()])
        if actor is not None and (not bare or _plural(actor, title[start : verb.start()])):
            return actor, _bare(title, start, verb.start()), content, word
    return None


def _plural(actor: Actor, words: str) -> bool:
    """Whether a bare verb form after ``words`` agrees with them ("Tories pledge", "Lib Dems demand"): else
    it is a noun ("Lacroix label bought", "Paris promise raises Welsh hopes")."""
    return actor.kind not in ("place", "country") and words.rstrip().endswith("s")


def _attribution(title: str, table: ActorTable, vocab: Vocab) -> tuple[Actor, Offsets, Offsets, str] | None:
    """The actor, the speaker's and the content's offsets in ``title``, and the cue (from the first line of a
    headline with a subtitle: "Sanders says he's riding momentum; \nTakes Wisconsin, ...")."""
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
            return (actor, _bare(title, 0, first), content, ":") if _claims(title[slice(*content)], vocab) else None
        if last > 0 and (actor := _person(table, title[last + len(sep) :])) and (content := _trim(title, 0, last)):
            speaker = _bare(title, last + len(sep), len(title.rstrip(" .")))
            return (actor, speaker, content, ":") if _claims(title[slice(*content)], vocab) else None
    return None


def headline_quotes(article: Article, table: ActorTable, vocab: Vocab) -> list[Quote]:
    """The headline's attributed statement, when it names a speaker the body knows (``vocab``: the body's
    Doc's, whose pipeline tags the few words beside a name)."""
    title = article.title or ""
    at = article.text.find(title) if title else -1
    if at < 0 or at + len(title) > article.body[0]:
        return []
    found = _attribution(title, table, vocab)
    if found is None:
        return []
    actor, (ss, se), (cs, ce), cue = found
    content = title[cs:ce]
    kind: QuoteKind = "mixed" if any(m in content for m in MARKS) else "indirect"
    return [
        Quote(
            speaker=actor.name,
            text=" ".join(content.split()),
            kind=kind,
            span=(at + cs, at + ce),
            cue=cue,
            speaker_span=(at + ss, at + se),
            role=actor.role,
            confidence=HEADLINE_CONFIDENCE,
        )
    ]
