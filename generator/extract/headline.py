"""Headline attributions: "Obama Says Museum Will Tell of ...", "..., Lindsey Graham Says.", "...: Carlo Ancelotti".

The headline stays out of the parse (its title case misleads the tagger), so its attribution is read from its
words: a speech verb in title case right after the speaker, at the start or after the last comma, or a
person alone before a colon or after the last colon or dash, beside words that state something (not a
profile's "Johnny Depp: The acting outlaw"). The speaker must be an actor the body names; the content is the
rest of the headline.
"""

from __future__ import annotations

import re

from spacy.vocab import Vocab

from ..model import Actor, Article, Offsets, Quote, QuoteKind
from .actors import ActorTable
from .cuesyntax import SPEECH_VERBS
from .nlp import pipeline_of
from .quotemarks import MARKS

HEADLINE_CONFIDENCE = 0.87
"""The rules' prior for a headline attribution: 58 of the 67 this module finds in PolNeAR's training
articles match an annotated attribution."""
_WORD = re.compile(r"\S+")
_EDGE = " .,:;-–—" + "".join(MARKS)
_OPENING = re.compile(r"[“‘\"«]|(?:^|\s)'")
"""An opening quotation mark; headlines quote in single marks ("Time for ‘intensification’ of ...")."""


def _speech_form(word: str) -> str | None:
    """The lemma of a title-case speech verb ("Says", "Warns", "Denies"), else None."""
    low = word.strip(_EDGE).lower()
    if not word[:1].isupper():
        return None
    forms = {"said": "say"}.get(low, ""), low.removesuffix("ies") + "y", low.removesuffix("s"), low.removesuffix("es")
    return next((f for f in forms if f in SPEECH_VERBS and f != "go"), None)


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
    while end > start and title[end - 1] in " .,:-–—":
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


def _attribution(title: str, table: ActorTable, vocab: Vocab) -> tuple[Actor, Offsets, Offsets, str] | None:
    """The actor, the speaker's and the content's offsets in ``title``, and the cue."""
    words = list(_WORD.finditer(title))
    verb = next(  # not a word of the speaker's name: "Tea Party Express Opens ..."
        (m for m in words[1:] if _speech_form(m.group()) and _actor(table, title[: m.end()]) is None), None
    )
    if verb is not None:
        if verb is words[-1]:  # "Content, Lindsey Graham Says."
            comma = title.rfind(",", 0, verb.start())
            speaker, content = (comma + 1, verb.start()), _trim(title, 0, comma) if comma > 0 else None
        else:  # "Obama Says Content"
            speaker, content = (0, verb.start()), _trim(title, verb.end(), len(title))
        actor = _actor(table, title[slice(*speaker)])
        if actor is not None and content is not None:
            return actor, _bare(title, *speaker), content, verb.group().strip(_EDGE)
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
