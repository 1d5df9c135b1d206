"""The cross-article index: briefings, actors and issues, linked to each other.

Built from a list of ``Briefing`` objects, independent of MkDocs (the entries are in ``entries``).
Which actors and issues get a page of their own is the ``PageRule``.
"""

from __future__ import annotations

import posixpath
import sys
from bisect import bisect_right
from collections import Counter, defaultdict
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, replace
from functools import lru_cache
from itertools import combinations, pairwise
from operator import itemgetter
from pathlib import PurePath
from typing import TypeVar

from ..extract.issuelabels import is_specific_label
from ..model import Article, Briefing, Offsets, kind_edit
from ..store.heap import gc_paused
from .entries import (
    PAGE_KINDS,
    ActorEntry,
    ActorRow,
    Appearance,
    BriefingEntry,
    Evidence,
    IssueEntry,
    IssueRow,
    Paragraph,
    QuoteRow,
    Site,
)
from .issuegroups import issue_identities
from .slugs import unique_slugs

T = TypeVar("T")
STORY_KINDS = ("person", "organization")
"""Actors whose names tell one story from another (``issuegroups``); countries are named too widely."""


@lru_cache(maxsize=1 << 16)
def actor_key(name: str) -> str:
    """Identity of an actor across articles: its name, case and spacing folded."""
    words = name.casefold().split()
    if words and words[0] == "the" and len(words) > 1:
        words = words[1:]
    return " ".join(words)


def _most_common(values: Sequence[str]) -> str:
    if len(values) == 1:
        return values[0]
    counts = Counter(values)
    return min(counts, key=lambda v: (-counts[v], v))


def _page_label(labels: Sequence[str]) -> str:
    """The label of an issue page: among its briefings' specific labels (else all), the most
    common, then the shortest (the one the others add to), then the first in order."""
    specific = [label for label in labels if is_specific_label(label)] or list(labels)
    counts = Counter(specific)
    return min(counts, key=lambda v: (-counts[v], len(v.split()), v))


def _ident(path: str, key: str, root: str | None) -> str:
    """A location-independent identity for an article (its key relative to ``root``)."""
    if root is None:
        return key
    rel = posixpath.relpath(PurePath(path).as_posix(), PurePath(root).as_posix())
    return rel + key[len(path) :]


def _within(span: Offsets, spans: Sequence[Offsets]) -> bool:
    return any(s <= span[0] and span[1] <= e for s, e in spans)


@dataclass(frozen=True)
class PageRule:
    """Which actors and issues get a page of their own; the others show on their briefings only.

    A briefing's *key actors* are the people, organisations and countries it quotes or ranks among
    its ``key_actors`` most salient; its *key issues* are its first ``key_issues`` (the main issue
    first) and its ``key_issues`` most discussed. An actor gets a page when it is a key actor
    somewhere and at least ``min_briefings`` briefings name it, or when a briefing both quotes it
    and ranks it among its most salient (a lead voice). An issue gets a page when it is a key issue
    somewhere and at least ``min_briefings`` briefings raise it, and its label is specific (two
    content words or a named entity: "Job cuts", "Brexit", never "Changes"). A site of fewer than
    ``all_below`` briefings gives every person, organisation, country and issue a page: there, pages
    cost nothing worth saving."""

    min_briefings: int = 2
    key_actors: int = 3
    key_issues: int = 1
    all_below: int = 50

    def for_site(self, briefings: int) -> PageRule:
        """The rule for a site of ``briefings`` briefings."""
        if briefings >= self.all_below:
            return self
        return replace(self, min_briefings=1, key_actors=sys.maxsize, key_issues=sys.maxsize)

    def actor_names(self, briefing: Briefing) -> tuple[set[str], set[str]]:
        """Names of the key actors of ``briefing``, and of its lead voices."""
        ranked = sorted((a for a in briefing.actors if a.kind in PAGE_KINDS), key=lambda a: -a.salience)
        salient = {a.name for a in ranked[: self.key_actors]}
        quoted = {q.speaker for q in briefing.quotes if q.speaker}
        return salient | quoted, salient & quoted

    def issue_keys(self, briefing: Briefing, identity: Mapping[int, str]) -> set[str]:
        """Identities (``identity``, by the issue's ``id``) of the key issues of ``briefing``: its
        first ones (the main issue comes first) and its most discussed ones (highest scores)."""
        ranked = sorted(briefing.issues, key=lambda i: -i.score)
        return {identity[id(i)] for i in (*briefing.issues[: self.key_issues], *ranked[: self.key_issues])}


@gc_paused()
def build_site(briefings: Sequence[Briefing], root: str | None = None, rule: PageRule = PageRule()) -> Site:
    """Index ``briefings``; ``root`` (the articles folder) keeps identities location-free.

    Actors and issues get an entry (a page) as ``rule`` decides."""
    rule = rule.for_site(len(briefings))
    entries = []
    for b in briefings:
        art = b.article
        title = art.title or PurePath(art.path).stem
        entries.append(BriefingEntry(b, _ident(art.path, art.key, root), title))
    entries.sort(key=lambda e: e.ident)
    for e, s in _slugged(entries, lambda e: e.title, "briefing"):
        e.path = f"briefings/{s}.md"

    every_actor = _collect_actors(entries, rule)
    actors = {k: a for k, a in every_actor.items() if a.path}
    names = [{actor_key(a.name) for a in e.briefing.actors if a.kind in STORY_KINDS} for e in entries]
    identity = issue_identities([e.briefing for e in entries], names)
    issues = _collect_issues(entries, rule, identity)
    for e in entries:
        _fill_briefing(e, actors, issues, identity)
    pairs = _link_cross(entries, every_actor, issues)
    by_name = sorted(every_actor.values(), key=lambda a: (a.name.casefold(), a.key))
    return Site(
        entries,
        [a for a in by_name if a.path],
        sorted(issues.values(), key=lambda i: (i.label.casefold(), i.key)),
        pairs,
        by_name,
    )


def _slugged(items: list[T], text: Callable[[T], str], fallback: str) -> list[tuple[T, str]]:
    """Each item with a unique slug of ``text(item)``; items are already in a stable order."""
    slugs = unique_slugs(((str(i).zfill(9), text(item)) for i, item in enumerate(items)), fallback)
    return [(item, slugs[str(i).zfill(9)]) for i, item in enumerate(items)]


def _collect_actors(entries: Sequence[BriefingEntry], rule: PageRule) -> dict[str, ActorEntry]:
    names: dict[str, list[str]] = defaultdict(list)
    kinds: dict[str, list[str]] = defaultdict(list)
    seen: Counter[str] = Counter()
    key: set[str] = set()
    lead: set[str] = set()
    for e in entries:
        key_names, lead_names = rule.actor_names(e.briefing)
        present = set()
        for a in e.briefing.actors:
            if a.kind not in PAGE_KINDS:
                continue
            k = actor_key(a.name)
            present.add(k)
            if a.name in key_names:
                key.add(k)
            if a.name in lead_names:
                lead.add(k)
            names[k].append(a.name)
            kinds[k].append(a.kind)
        seen.update(present)
    found = [ActorEntry(k, _most_common(names[k]), _most_common(kinds[k])) for k in sorted(names)]
    paged = [a for a in found if a.key in lead or (a.key in key and seen[a.key] >= rule.min_briefings)]
    for actor, s in _slugged(paged, lambda a: a.name, "actor"):
        actor.path = f"actors/{s}.md"
    return {a.key: a for a in found}


def _collect_issues(
    entries: Sequence[BriefingEntry], rule: PageRule, identity: Mapping[int, str]
) -> dict[str, IssueEntry]:
    labels: dict[str, list[str]] = defaultdict(list)
    seen: Counter[str] = Counter()
    key: set[str] = set()
    for e in entries:
        seen.update({identity[id(i)] for i in e.briefing.issues})
        key |= rule.issue_keys(e.briefing, identity)
        for i in e.briefing.issues:
            labels[identity[id(i)]].append(i.label)
    named = {k: _page_label(labels[k]) for k in labels if k in key and seen[k] >= rule.min_briefings}
    found = [IssueEntry(k, label) for k, label in sorted(named.items()) if is_specific_label(label)]
    for issue, s in _slugged(found, lambda i: i.label, "issue"):
        issue.path = f"issues/{s}.md"
    return {i.key: i for i in found}


def _fill_briefing(
    e: BriefingEntry, actors: dict[str, ActorEntry], issues: dict[str, IssueEntry], identity: Mapping[int, str]
) -> None:
    art = e.article
    text = art.text
    e.words = len(text[art.body[0] : art.body[1]].split())
    e.paragraphs = [Paragraph(n, text[s:t]) for n, (s, t) in enumerate(art.paragraphs, 1)]
    paragraph_of = _paragraph_finder(art)
    by_name: dict[str, ActorEntry] = {}
    for a in e.briefing.actors:
        entry = actors.get(actor_key(a.name)) if a.kind in PAGE_KINDS else None
        first = min(a.mentions, default=(0, 0))[0]
        e.actors.append(ActorRow(a, paragraph_of(first), entry, kind_edit(a.name, a.kind) in e.briefing.edits))
        if entry:
            by_name[a.name] = entry
    e.quotes = [QuoteRow(q, paragraph_of(q.span[0]), by_name.get(q.speaker or "")) for q in e.briefing.quotes]
    e.issues = [
        IssueRow(i, [Evidence(text[s:t], paragraph_of(s)) for s, t in i.evidence], issues.get(identity[id(i)]))
        for i in e.briefing.issues
    ]
    countries = {r.entry.name for r in e.actors if r.entry and r.entry.kind == "country"}
    # Tags connect briefings: only countries and issues that have a page of their own.
    e.tags = sorted(
        {*countries, *(r.entry.label for r in e.issues if r.entry), *([art.section] if art.section else []), *art.tags}
    )


def _paragraph_finder(art: Article) -> Callable[[int], int]:
    """``art.paragraph_of``, by binary search when the paragraphs follow each other
    without overlap (as extracted), else by the article's own scan."""
    spans = art.paragraphs
    if any(x > y for x, y in pairwise(bound for span in spans for bound in span)):
        return art.paragraph_of
    starts = [start for start, _ in spans]

    def paragraph_of(offset: int) -> int:
        n = bisect_right(starts, offset)
        return n if n and offset < spans[n - 1][1] else 0

    return paragraph_of


def _link_cross(
    entries: Sequence[BriefingEntry], actors: dict[str, ActorEntry], issues: dict[str, IssueEntry]
) -> dict[tuple[str, str], int]:
    """Fill actor and issue entries from the briefings; return co-appearance counts.

    ``actors`` holds every actor, with or without a page: co-appearances count them all."""
    pairs: Counter[tuple[str, str]] = Counter()
    roles: dict[str, Counter[str]] = defaultdict(Counter)
    issue_actors: dict[str, Counter[str]] = defaultdict(Counter)
    for e in entries:
        present = sorted({actor_key(r.actor.name) for r in e.actors if r.actor.kind in PAGE_KINDS})
        pairs.update(combinations(present, 2))
        for r in e.actors:
            if r.actor.kind in PAGE_KINDS:
                actors[actor_key(r.actor.name)].appearances.append(Appearance(e, r))
            if r.entry and r.actor.role:
                roles[r.entry.key][r.actor.role] += 1
        for q in e.quotes:
            if q.speaker:
                q.speaker.quotes.append((e, q))
        for row in e.issues:
            if row.entry is None:
                continue
            row.entry.rows.append((e, row))
            spans = row.issue.evidence
            paras = {ev.para for ev in row.evidence if ev.para}
            for r in e.actors:
                if r.entry and any(_within(m, spans) for m in r.actor.mentions):
                    issue_actors[row.entry.key][r.entry.key] += 1
            row.entry.quotes.extend((e, q) for q in e.quotes if q.para in paras)
    # Each pair is counted once, under its sorted keys; only actors with a page list theirs.
    paged = {k for k, a in actors.items() if a.path}
    co: dict[str, dict[str, int]] = defaultdict(dict)
    for (x, y), n in pairs.items():
        if x in paged:
            co[x][y] = n
        if y in paged:
            co[y][x] = n
    for a in actors.values():
        if a.path:
            a.roles = _folded_roles(roles[a.key])
            a.co_actors = _ranked(co[a.key], actors)
    for i in issues.values():
        i.actors = _ranked(issue_actors[i.key], actors)
    return dict(pairs)


def _folded_roles(counts: Counter[str]) -> list[str]:
    """Roles, most frequent first; spellings that differ in case only ("Oil giant", "oil giant")
    count as one, shown in their most frequent spelling (lower case first on a tie)."""
    spellings: dict[str, list[str]] = defaultdict(list)
    for role in sorted(counts):
        spellings[role.casefold()].append(role)
    totals = {
        min(forms, key=lambda r: (-counts[r], r[:1].isupper(), r)): sum(counts[r] for r in forms)
        for forms in spellings.values()
    }
    return sorted(totals, key=lambda r: (-totals[r], r))


def _ranked(counts: Mapping[str, int], actors: dict[str, ActorEntry]) -> list[tuple[ActorEntry, int]]:
    """Actors by count, most first, ties by key."""
    ranked = sorted(counts.items())  # by key first: the stable sort by count keeps that order for ties
    ranked.sort(key=itemgetter(1), reverse=True)
    return [(actors[k], n) for k, n in ranked]
