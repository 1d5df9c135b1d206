"""Editors' corrections, applied after extraction: per-article sidecars, site-wide aliases and issues.

``apply`` and ``apply_aliases`` are pure: they return corrected copies, so the extraction cache
keeps the raw results and a changed sidecar takes effect on the next build without re-parsing.
Every change is noted in ``Briefing.edits``; a correction naming something the extractor did not
find is logged as a warning naming its file, never an error.
"""

from __future__ import annotations

import copy
import logging
import re
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

from slugify import slugify

from ..model import Actor, Article, Briefing, Issue, Offsets, kind_edit
from .sidecar import CorrectionError, IssueMap, Sidecar, load_aliases, load_issue_map, load_sidecar

log = logging.getLogger(__name__)

ALIASES_FILE = "aliases.yml"
"""The site-wide alias file, looked for at the project root."""
ISSUES_FILE = "issues.yml"
"""The site-wide issue file (canonical issue labels, hidden labels), beside ``aliases.yml``."""


def _same(a: str, b: str) -> bool:
    return a.casefold() == b.casefold()


def _label_form(label: str) -> str:
    """A label as matched: case, spacing, dashes and apostrophes folded."""
    return " ".join(label.translate(_FOLD).casefold().split())


_FOLD = str.maketrans({"–": "-", "—": "-", "’": "'", "‘": "'"})


def _drop(items: list[Any], item: object) -> None:
    """Remove ``item`` itself (not an equal copy) from ``items``."""
    del items[next(i for i, x in enumerate(items) if x is item)]


def _short(text: str, words: int = 8) -> str:
    parts = text.split()
    return " ".join(parts[:words]) + (" …" if len(parts) > words else "")


_ALIKE = {c: cls for chars, cls in (("'’‘ʼ", "['’‘ʼ]"), ('"“”', '["“”]'), ("-–—", "[-–—]")) for c in chars}
"""Characters a phrase typed by hand may give in place of the article's typographic ones."""


def locate(article: Article, phrase: str) -> Offsets | None:
    """Where ``phrase`` first occurs in the article body, ignoring case, spacing and quote styles."""
    pattern = r"\s+".join("".join(_ALIKE.get(c) or re.escape(c) for c in w) for w in phrase.split())
    start, end = article.body
    m = re.compile(pattern, re.IGNORECASE).search(article.text, start, end) if pattern else None
    return (m.start(), m.end()) if m else None


class _Editor:
    """A briefing being corrected: finds actors by any of their names and records each change."""

    def __init__(self, briefing: Briefing, source: str) -> None:
        self.b = copy.deepcopy(briefing)
        self.source = source

    def note(self, edit: str) -> None:
        self.b.edits.append(edit)

    def warn(self, key: str, why: str) -> None:
        log.warning("%s: %s: %s; correction skipped", self.source, key, why)

    def actor(self, name: str) -> Actor | None:
        """The actor called ``name``, else the one with ``name`` among its aliases."""
        for actor in self.b.actors:
            if _same(actor.name, name):
                return actor
        return next((a for a in self.b.actors if any(_same(x, name) for x in a.aliases)), None)

    def _respeak(self, old: str, actor: Actor | None) -> None:
        for q in self.b.quotes:
            if q.speaker is not None and _same(q.speaker, old):
                q.speaker = actor.name if actor else None
                q.role = actor.role if actor else None
                if actor is None:
                    q.speaker_span = None

    def merge(self, into: Actor, other: Actor, why: str = "") -> None:
        """Fold ``other`` into ``into``: mentions, names and quotes."""
        if other is into:
            return
        into.mentions = sorted(set(into.mentions) | set(other.mentions))
        for alias in [other.name, *other.aliases]:
            if not _same(alias, into.name) and not any(_same(alias, a) for a in into.aliases):
                into.aliases.append(alias)
        into.role = into.role or other.role
        into.salience = max(into.salience, other.salience)
        _drop(self.b.actors, other)
        self._respeak(other.name, into)
        self._respeak(into.name, into)
        self.note(f"Actor “{other.name}” merged into “{into.name}”{why}")

    def rename(self, actor: Actor, name: str, why: str = "") -> Actor:
        """Give ``actor`` a new name, merging it into the actor that already has that name."""
        if _same(actor.name, name):
            return actor
        existing = next((a for a in self.b.actors if a is not actor and _same(a.name, name)), None)
        if existing is not None:
            self.merge(existing, actor, why)
            return existing
        old = actor.name
        actor.name = name
        actor.aliases = [a for a in actor.aliases if not _same(a, name)] + [old]
        self._respeak(old, actor)
        self.note(f"Actor “{old}” renamed “{name}”{why}")
        return actor

    def set_role(self, actor: Actor, role: str) -> None:
        actor.role = role or None
        self._respeak(actor.name, actor)
        self.note(f"Role of “{actor.name}” set to “{role}”" if role else f"Role of “{actor.name}” removed")

    def hide(self, actor: Actor) -> None:
        _drop(self.b.actors, actor)
        self._respeak(actor.name, None)
        self.note(f"Actor “{actor.name}” hidden")


_META_NAMES = {"url": "URL"}


def _apply_meta(ed: _Editor, meta: dict[str, object]) -> None:
    art = ed.b.article
    for key, value in meta.items():
        if getattr(art, key) != value:
            setattr(art, key, value)
            shown = ", ".join(value) if isinstance(value, list) else value
            ed.note(f"{_META_NAMES.get(key, key.capitalize())} set to “{shown}”")


def _apply_actors(ed: _Editor, side: Sidecar) -> None:
    for fix in side.actors:
        if fix.name is None and fix.role is None and fix.kind is None and not fix.merge and not fix.hide:
            continue
        actor = ed.actor(fix.match)
        if actor is None:
            ed.warn(f"actors.{fix.match}", "no such actor was extracted")
            continue
        if fix.hide:
            ed.hide(actor)
            continue
        for other_name in fix.merge:
            other = ed.actor(other_name)
            if other is None:
                ed.warn(f"actors.{fix.match}.merge", f"no actor “{other_name}” was extracted")
            else:
                ed.merge(actor, other)
        if fix.name is not None:
            actor = ed.rename(actor, fix.name)
        if fix.role is not None and fix.role != (actor.role or ""):
            ed.set_role(actor, fix.role)
        if fix.kind is not None and fix.kind != actor.kind:
            actor.kind = fix.kind
            ed.note(kind_edit(actor.name, fix.kind))


def _apply_quotes(ed: _Editor, side: Sidecar) -> None:
    for fix in side.quotes:
        if fix.speaker is None and not fix.hide:
            continue
        phrase = " ".join(fix.match.split()).casefold()
        hits = [q for q in ed.b.quotes if phrase in " ".join(q.text.split()).casefold()]
        if not hits:
            ed.warn(f"quotes: {fix.match}", "no extracted quote holds this phrase")
        for q in hits:
            if fix.hide:
                _drop(ed.b.quotes, q)
                ed.note(f"Quote “{_short(q.text)}” hidden")
            elif fix.speaker is not None and q.speaker != fix.speaker:
                actor = ed.actor(fix.speaker)
                q.speaker = actor.name if actor else fix.speaker
                q.role = actor.role if actor else None
                q.speaker_span = None
                ed.note(f"Speaker of “{_short(q.text)}” set to “{q.speaker}”")
            if fix.speaker is not None and not fix.hide:
                q.confidence = 1.0  # an editor's attribution is certain


def editor_issue_key(label: str) -> str:
    """The cross-article identity of an issue an editor labelled, when no article has that label."""
    return slugify(label)


def known_issue_keys(briefings: Iterable[Briefing]) -> dict[str, str]:
    """Each extracted issue label (case-folded) with its key, so an editor's label joins that issue."""
    keys: dict[str, str] = {}
    for briefing in briefings:
        for issue in briefing.issues:
            keys.setdefault(issue.label.casefold(), issue.key)
    return keys


def _apply_issues(ed: _Editor, side: Sidecar, keys: dict[str, str]) -> None:
    for fix in side.issues:
        if fix.label is None and not fix.hide:
            continue
        issue = next((i for i in ed.b.issues if _same(i.label, fix.match)), None)
        if issue is None:
            ed.warn(f"issues.{fix.match}", "no such issue was extracted")
        elif fix.hide:
            _drop(ed.b.issues, issue)
            ed.note(f"Issue “{issue.label}” hidden")
        elif fix.label is not None and fix.label != issue.label:
            ed.note(f"Issue “{issue.label}” relabelled “{fix.label}”")
            issue.label, issue.key = fix.label, keys.get(fix.label.casefold()) or editor_issue_key(fix.label)
    for new in side.add_issues:
        spans = []
        for phrase in new.evidence:
            span = locate(ed.b.article, phrase)
            if span is None:
                ed.warn(f"add_issues: {new.label}", f"evidence “{_short(phrase)}” is not in the article")
            else:
                spans.append(span)
        score = min((i.score for i in ed.b.issues), default=0.0)
        key = keys.get(new.label.casefold()) or editor_issue_key(new.label)
        ed.b.issues.append(Issue(label=new.label, evidence=spans, key=key, score=score))
        ed.note(f"Issue “{new.label}” added")


def apply(briefing: Briefing, side: Sidecar, issue_keys: dict[str, str] | None = None) -> Briefing:
    """A copy of ``briefing`` with the corrections of ``side`` applied and noted in ``edits``.

    An issue the editor labels takes its key from ``issue_keys`` (see ``known_issue_keys``)
    when another article has an issue of that label, so both share one issue page.
    """
    ed = _Editor(briefing, side.source)
    _apply_meta(ed, side.meta)
    _apply_actors(ed, side)
    _apply_quotes(ed, side)
    _apply_issues(ed, side, issue_keys or {})
    return ed.b


def apply_aliases(
    briefings: Iterable[Briefing], aliases: dict[str, list[str]], source: str = ALIASES_FILE
) -> list[Briefing]:
    """Copies of ``briefings`` where every actor known by a listed alias carries its canonical name."""
    out = []
    for briefing in briefings:
        ed = _Editor(briefing, source)
        for canonical, variants in aliases.items():
            found = [a for n in (canonical, *variants) if (a := ed.actor(n)) is not None]
            if not found:
                continue
            keep = ed.rename(found[0], canonical, " (site-wide alias)")
            for other in found[1:]:
                if any(other is a for a in ed.b.actors):
                    ed.merge(keep, other, " (site-wide alias)")
        out.append(ed.b)
    return out


def apply_issue_map(briefings: Iterable[Briefing], issue_map: IssueMap, source: str = ISSUES_FILE) -> list[Briefing]:
    """Copies of ``briefings`` with ``issues.yml`` applied across the site.

    An entry covers every issue with one of its labels and every issue sharing a key (a page)
    with one of those. A canonical label's issues take that label and one key, so they share one
    page (two in one briefing become one, with the evidence of both); hidden ones are dropped.
    """
    briefings = list(briefings)
    issues = [i for b in briefings for i in b.issues]
    rules: list[tuple[str | None, set[str]]] = [
        (label, {label, *variants}) for label, variants in issue_map.canonical.items()
    ]
    rules.append((None, set(issue_map.hide)))
    target: dict[int, tuple[str | None, str]] = {}
    for canonical, labels in rules:
        forms = {_label_form(x) for x in labels}
        keys = {i.key for i in issues if _label_form(i.label) in forms and i.key}
        named = next((i.key for i in issues if canonical and _label_form(i.label) == _label_form(canonical)), None)
        key = named or editor_issue_key(canonical or "")
        for i in issues:
            if _label_form(i.label) in forms or i.key in keys:
                target.setdefault(id(i), (canonical, key))
    out = []
    for briefing in briefings:
        if not any(id(i) in target for i in briefing.issues):
            out.append(briefing)
            continue
        out.append(_map_issues(briefing, target, source))
    return out


def _map_issues(briefing: Briefing, target: dict[int, tuple[str | None, str]], source: str) -> Briefing:
    """One briefing with its issues relabelled, merged or hidden as ``target`` says (by issue id)."""
    plan = [target.get(id(i)) for i in briefing.issues]
    ed = _Editor(briefing, source)
    kept: list[Issue] = []
    for issue, to in zip(ed.b.issues, plan):
        if to is None:
            kept.append(issue)
            continue
        label, key = to
        if label is None:
            ed.note(f"Issue “{issue.label}” hidden (site-wide {source})")
            continue
        same = next((k for k in kept if k.key == key), None)
        if same is not None:
            same.evidence += [e for e in issue.evidence if e not in same.evidence]
            same.score = max(same.score, issue.score)
            ed.note(f"Issue “{issue.label}” merged into “{label}” (site-wide {source})")
            continue
        if issue.label != label:
            ed.note(f"Issue “{issue.label}” relabelled “{label}” (site-wide {source})")
        issue.label, issue.key = label, key
        kept.append(issue)
    ed.b.issues = kept
    return ed.b


def corrected(
    briefings: Sequence[Briefing], aliases_path: Path | None = None, issues_path: Path | None = None
) -> list[Briefing]:
    """``briefings`` with each article's sidecar applied, then the site-wide aliases of ``aliases_path``
    and the site-wide issues of ``issues_path``.

    A correction file that cannot be used is logged as a warning naming it, and skipped.
    """
    out = []
    keys = known_issue_keys(briefings)
    for briefing in briefings:
        try:
            side = load_sidecar(briefing.article)
        except CorrectionError as err:
            log.warning("%s", err)
            side = None
        out.append(apply(briefing, side, keys) if side else briefing)
    if aliases_path is not None and aliases_path.is_file():
        try:
            out = apply_aliases(out, load_aliases(aliases_path), str(aliases_path))
        except CorrectionError as err:
            log.warning("%s", err)
    if issues_path is not None and issues_path.is_file():
        try:
            out = apply_issue_map(out, load_issue_map(issues_path), str(issues_path))
        except CorrectionError as err:
            log.warning("%s", err)
    return out
