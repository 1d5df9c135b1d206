"""The entries of the cross-article index: a briefing, an actor, an issue, and the rows that link them.

Each entry knows its page path (relative to docs_dir); templates turn entries into pages.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from itertools import combinations

from ..model import Actor, Article, Briefing, Issue, Quote

PAGE_KINDS = ("person", "organization", "country")
"""Actor kinds that get a page of their own."""
WORDS_PER_MINUTE = 230


@dataclass
class Paragraph:
    """A body paragraph of the source text; its anchor on the page is ``p{n}``."""

    n: int
    text: str


@dataclass
class ActorRow:
    """An actor as it appears in one briefing."""

    actor: Actor
    para: int
    entry: ActorEntry | None
    corrected: bool = False
    """Whether a correction set the actor's kind in this briefing."""

    @property
    def kind(self) -> str:
        """The kind the site gives the name (most of its briefings', as on its page), unless a correction
        set this briefing's: "Labour", taken for a person in one article, is the party here as on every
        other page."""
        return self.entry.kind if self.entry is not None and not self.corrected else self.actor.kind


@dataclass
class QuoteRow:
    """A quote in one briefing, with the paragraph it sits in and its speaker's page."""

    quote: Quote
    para: int
    speaker: ActorEntry | None


@dataclass
class Evidence:
    """A sentence supporting an issue."""

    text: str
    para: int


@dataclass
class IssueRow:
    """An issue as raised by one briefing."""

    issue: Issue
    evidence: list[Evidence]
    entry: IssueEntry | None

    @property
    def also_in(self) -> list[int]:
        """Paragraphs holding the other evidence, each once, in order, without the
        paragraph of the first evidence (which a briefing shows in full)."""
        paras = [ev.para for ev in self.evidence]
        return list(dict.fromkeys(n for n in paras[1:] if n and n != paras[0]))


@dataclass
class BriefingEntry:
    """One article's page: metadata, rows and the source paragraphs."""

    briefing: Briefing
    ident: str
    title: str
    path: str = ""
    words: int = 0
    actors: list[ActorRow] = field(default_factory=list)
    quotes: list[QuoteRow] = field(default_factory=list)
    issues: list[IssueRow] = field(default_factory=list)
    paragraphs: list[Paragraph] = field(default_factory=list)
    tags: list[str] = field(default_factory=list)

    @property
    def article(self) -> Article:
        """The article behind this briefing."""
        return self.briefing.article

    @property
    def reading_minutes(self) -> int:
        """Estimated reading time, at least one minute."""
        return max(1, math.ceil(self.words / WORDS_PER_MINUTE))

    @property
    def lead(self) -> str:
        """The first body paragraph."""
        return self.paragraphs[0].text if self.paragraphs else ""


@dataclass
class Appearance:
    """One briefing that mentions an actor."""

    briefing: BriefingEntry
    row: ActorRow


@dataclass
class ActorEntry:
    """An actor across all briefings."""

    key: str
    name: str
    kind: str
    path: str = ""
    """Its page relative to docs_dir; empty for an actor without a page (see ``PageRule``)."""
    roles: list[str] = field(default_factory=list)
    appearances: list[Appearance] = field(default_factory=list)
    quotes: list[tuple[BriefingEntry, QuoteRow]] = field(default_factory=list)
    co_actors: list[tuple[ActorEntry, int]] = field(default_factory=list)

    @property
    def mentions(self) -> int:
        """Mentions over all briefings."""
        return sum(len(a.row.actor.mentions) for a in self.appearances)


@dataclass
class IssueEntry:
    """An issue (by normalised key) across all briefings."""

    key: str
    label: str
    path: str = ""
    rows: list[tuple[BriefingEntry, IssueRow]] = field(default_factory=list)
    actors: list[tuple[ActorEntry, int]] = field(default_factory=list)
    quotes: list[tuple[BriefingEntry, QuoteRow]] = field(default_factory=list)


@dataclass
class Graph:
    """A who-appears-with-whom picture: nodes and weighted edges, by node index."""

    nodes: list[ActorEntry]
    edges: list[tuple[int, int, int]]


@dataclass
class Site:
    """Every briefing, actor and issue, sorted, with page paths assigned."""

    briefings: list[BriefingEntry]
    actors: list[ActorEntry]
    issues: list[IssueEntry]
    pairs: dict[tuple[str, str], int]
    cast: list[ActorEntry] = field(default_factory=list)
    """Every person, organisation and country, with a page or not (``actors`` have one)."""

    @property
    def quote_count(self) -> int:
        """Quotes over all briefings."""
        return sum(len(b.quotes) for b in self.briefings)

    def latest(self) -> list[BriefingEntry]:
        """Briefings newest first; undated ones last, by title."""
        dated = sorted(
            (b for b in self.briefings if b.article.date),
            key=lambda b: (b.article.date, b.title, b.ident),
            reverse=True,
        )
        return dated + [b for b in self.briefings if not b.article.date]

    def graph(self, actors: Sequence[ActorEntry], star: bool = False, per_node: int = 3) -> Graph:
        """The co-appearance graph among ``actors``: with ``star``, only the edges of the
        first actor; otherwise each actor's ``per_node`` strongest edges."""
        nodes = list(enumerate(actors))
        candidates = [(first, b) for first in nodes[:1] for b in nodes[1:]] if star else combinations(nodes, 2)
        found = (
            (i, j, self.pairs.get((a.key, b.key) if a.key < b.key else (b.key, a.key), 0))
            for (i, a), (j, b) in candidates
        )
        edges = sorted((e for e in found if e[2]), key=lambda e: (-e[2], e[0], e[1]))
        if star:
            kept = edges
        else:
            degree: Counter[int] = Counter()
            kept = []
            for e in edges:
                if degree[e[0]] < per_node or degree[e[1]] < per_node:
                    kept.append(e)
                    degree.update(e[:2])
        return Graph(list(actors), sorted(kept))
