"""Data that flows between the stages: Article -> Briefing (actors, quotes, issues).

Every span is a ``[start, end)`` pair of character offsets into ``Article.text``,
the input text exactly as decoded, so any item can link back to its words.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any, Literal

Offsets = tuple[int, int]
ActorKind = Literal["person", "organization", "country", "place", "group"]
QuoteKind = Literal["direct", "indirect", "mixed"]


@dataclass
class Article:
    """One input article: its text and the metadata found around the body."""

    path: str
    """The file it came from, as given on the command line or found in the folder."""
    text: str
    """The full decoded input text; all offsets point into it."""
    body: Offsets
    """Where the body (paragraphs to analyse) starts and ends in ``text``."""
    paragraphs: list[Offsets] = field(default_factory=list)
    """Body paragraphs, in order; page anchors are ``p1``, ``p2``, ..."""
    key: str = ""
    """Identity within a run: ``path``, or ``path#N`` for the N-th article of a multi-article file."""
    title: str | None = None
    section: str | None = None
    outlet: str | None = None
    author: str | None = None
    date: str | None = None
    """ISO date ``YYYY-MM-DD`` when the input gives one; never the file's mtime."""
    url: str | None = None
    tags: list[str] = field(default_factory=list)
    format: str = "text"
    corrections: dict[str, Any] | None = None
    """The ``corrections:`` block of a Markdown article's front matter, as parsed (see sidecar.py)."""

    def __post_init__(self) -> None:
        if not self.key:
            self.key = self.path

    def paragraph_of(self, offset: int) -> int:
        """1-based index of the paragraph holding ``offset`` (0 when outside the body)."""
        for i, (start, end) in enumerate(self.paragraphs, 1):
            if start <= offset < end:
                return i
        return 0


@dataclass
class Actor:
    """A person, organisation, country, place or group, with all its mentions merged."""

    name: str
    kind: ActorKind
    role: str | None = None
    aliases: list[str] = field(default_factory=list)
    mentions: list[Offsets] = field(default_factory=list)
    salience: float = 0.0


@dataclass
class Quote:
    """Something an actor said, with the cue verb that introduced it."""

    speaker: str | None
    text: str
    kind: QuoteKind
    span: Offsets
    cue: str | None = None
    speaker_span: Offsets | None = None
    role: str | None = None
    """The speaker's role, copied from the actor so a quote can show it."""
    confidence: float | None = None
    """How likely the attribution is right, in [0, 1] (calibrated on PolNeAR dev); 1.0 once corrected."""


@dataclass
class Issue:
    """A topic, dispute or policy question the article raises."""

    label: str
    evidence: list[Offsets] = field(default_factory=list)
    key: str = ""
    """Normalised identity shared by the same issue across articles."""
    score: float = 0.0


def kind_edit(name: str, kind: str) -> str:
    """The note a correction of an actor's kind leaves in ``Briefing.edits``."""
    return f"“{name}” is a {kind}"


@dataclass
class Briefing:
    """What the extractor made of one article."""

    article: Article
    actors: list[Actor] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)
    issues: list[Issue] = field(default_factory=list)
    edits: list[str] = field(default_factory=list)
    """Human-readable notes of the corrections applied after extraction."""
    failed: str | None = None
    """Why extraction failed on this article, if it did: its page has no briefing, and it is not cached."""

    def to_json(self, *, with_text: bool = False) -> dict[str, Any]:
        """The object ``extract`` prints (see shared/eval/SCHEMA.md)."""
        art = asdict(self.article)
        if not with_text:
            art.pop("text")
        out: dict[str, Any] = {"path": art.pop("path"), **art}
        out["actors"] = [asdict(a) for a in self.actors]
        out["quotes"] = [asdict(q) for q in self.quotes]
        out["issues"] = [asdict(i) for i in self.issues]
        out["edits"] = list(self.edits)
        return out

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Briefing:
        """Rebuild a briefing from ``to_json(with_text=True)`` output (the cache format)."""
        data = dict(data)
        actors = [Actor(**{**a, "mentions": [tuple(m) for m in a["mentions"]]}) for a in data.pop("actors")]
        quotes = [
            Quote(
                **{
                    **q,
                    "span": tuple(q["span"]),
                    "speaker_span": tuple(q["speaker_span"]) if q.get("speaker_span") else None,
                }
            )
            for q in data.pop("quotes")
        ]
        issues = [Issue(**{**i, "evidence": [tuple(e) for e in i["evidence"]]}) for i in data.pop("issues")]
        edits = data.pop("edits", [])
        data["body"] = tuple(data["body"])
        data["paragraphs"] = [tuple(p) for p in data["paragraphs"]]
        return cls(Article(**data), actors, quotes, issues, edits)
