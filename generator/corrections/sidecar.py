"""Correction files: the per-article sidecar ``NAME.yml``, the site-wide ``aliases.yml`` and ``issues.yml``.

A sidecar (or the ``corrections:`` block of a Markdown article's front matter) has five sections,
all optional::

    meta:       {title, date, outlet, section, author, url, tags}
    actors:     {EXTRACTED NAME: {name, role, kind, merge, hide}}
    issues:     {EXTRACTED LABEL: {label, hide}}
    add_issues: [{label, evidence}]
    quotes:     [{quote: PHRASE OF THE QUOTE, speaker, hide}]

An entry whose fields are all absent (``Ian Chong:`` with nothing under it) changes nothing.
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass, field
from importlib.resources import files
from pathlib import Path
from typing import Any, get_args

import yaml
from jinja2 import Environment, FileSystemLoader, StrictUndefined

from ..ingest.sidecars import sidecar_path
from ..model import ActorKind, Article, Briefing

META_FIELDS = ("title", "date", "outlet", "section", "author", "url", "tags")
DRAFT_TEMPLATE = "corrections.yml.j2"
QUOTE_WORDS = 12
"""How many opening words of a quote the draft uses to find it again."""


class CorrectionError(ValueError):
    """A correction file that cannot be used; the message is one line naming the file and key."""


@dataclass
class ActorFix:
    """Changes to the actor extracted as ``match`` (its name or one of its aliases)."""

    match: str
    name: str | None = None
    role: str | None = None
    kind: ActorKind | None = None
    merge: list[str] = field(default_factory=list)
    hide: bool = False


@dataclass
class IssueFix:
    """Changes to the issue extracted with the label ``match``."""

    match: str
    label: str | None = None
    hide: bool = False


@dataclass
class NewIssue:
    """An issue the extractor missed; each evidence phrase is located in the article text."""

    label: str
    evidence: list[str] = field(default_factory=list)


@dataclass
class QuoteFix:
    """Changes to the quotes whose text contains the phrase ``match``."""

    match: str
    speaker: str | None = None
    hide: bool = False


@dataclass
class Sidecar:
    """The corrections for one article, in the order they are applied."""

    source: str
    """The file they came from, named in every warning."""
    meta: dict[str, Any] = field(default_factory=dict)
    actors: list[ActorFix] = field(default_factory=list)
    quotes: list[QuoteFix] = field(default_factory=list)
    issues: list[IssueFix] = field(default_factory=list)
    add_issues: list[NewIssue] = field(default_factory=list)


class _Reader:
    """Type checks over parsed YAML that fail with the file and the dotted key."""

    def __init__(self, source: str) -> None:
        self.source = source

    def fail(self, key: str, why: str) -> CorrectionError:
        return CorrectionError(f"{self.source}: {key}: {why}")

    def mapping(self, value: Any, key: str, allowed: tuple[str, ...] | None = None) -> dict[str, Any]:
        if value is None:
            return {}
        if not isinstance(value, dict):
            raise self.fail(key, "expected a mapping")
        for k in value:
            if not isinstance(k, str):
                raise self.fail(f"{key}.{k}", "keys must be text")
            if allowed is not None and k not in allowed:
                raise self.fail(f"{key}.{k}" if key else k, f"unknown key (expected one of: {', '.join(allowed)})")
        return value

    def items(self, value: Any, key: str) -> list[Any]:
        if value is None:
            return []
        if not isinstance(value, list):
            raise self.fail(key, "expected a list")
        return value

    def text(self, value: Any, key: str, *, empty: bool = False) -> str | None:
        if value is None:
            return None
        if isinstance(value, bool) or not isinstance(value, (str, int, float)):
            raise self.fail(key, "expected text")
        out = " ".join(str(value).split())
        if not out and not empty:
            raise self.fail(key, "must not be empty")
        return out

    def texts(self, value: Any, key: str) -> list[str]:
        if isinstance(value, (str, int, float)) and not isinstance(value, bool):
            value = [value]
        return [t for i, v in enumerate(self.items(value, key)) if (t := self.text(v, f"{key}[{i}]"))]

    def flag(self, value: Any, key: str) -> bool:
        if value is None:
            return False
        if not isinstance(value, bool):
            raise self.fail(key, "expected true or false")
        return value

    def date(self, value: Any, key: str) -> str:
        if isinstance(value, dt.datetime):
            value = value.date()
        if isinstance(value, dt.date):
            return value.isoformat()
        text = self.text(value, key) or ""
        try:
            return dt.date.fromisoformat(text).isoformat()
        except ValueError:
            raise self.fail(key, "expected a date as YYYY-MM-DD") from None

    def url(self, value: Any, key: str) -> str:
        text = self.text(value, key) or ""
        if not text.lower().startswith(("http://", "https://")):
            raise self.fail(key, "expected an http:// or https:// address")
        return text


def parse_sidecar(data: Any, source: str) -> Sidecar:
    """Validate parsed YAML ``data`` into a Sidecar; raises CorrectionError naming ``source`` and the key."""
    r = _Reader(source)
    top = r.mapping(data, "", ("meta", "actors", "issues", "add_issues", "quotes"))
    out = Sidecar(source=source)
    for k, v in r.mapping(top.get("meta"), "meta", META_FIELDS).items():
        key = f"meta.{k}"
        if k == "tags":
            out.meta[k] = r.texts(v, key)
        elif v is not None:
            out.meta[k] = r.date(v, key) if k == "date" else r.url(v, key) if k == "url" else r.text(v, key)
    kinds = get_args(ActorKind)
    for name, v in r.mapping(top.get("actors"), "actors").items():
        key = f"actors.{name}"
        fix = r.mapping(v, key, ("name", "role", "kind", "merge", "hide"))
        kind = r.text(fix.get("kind"), f"{key}.kind")
        if kind is not None and kind not in kinds:
            raise r.fail(f"{key}.kind", f"expected one of: {', '.join(kinds)}")
        out.actors.append(
            ActorFix(
                match=name,
                name=r.text(fix.get("name"), f"{key}.name"),
                role=r.text(fix.get("role"), f"{key}.role", empty=True),
                kind=kind,  # type: ignore[arg-type]
                merge=r.texts(fix.get("merge"), f"{key}.merge"),
                hide=r.flag(fix.get("hide"), f"{key}.hide"),
            )
        )
    for label, v in r.mapping(top.get("issues"), "issues").items():
        key = f"issues.{label}"
        fix = r.mapping(v, key, ("label", "hide"))
        out.issues.append(
            IssueFix(
                match=label, label=r.text(fix.get("label"), f"{key}.label"), hide=r.flag(fix.get("hide"), f"{key}.hide")
            )
        )
    for i, v in enumerate(r.items(top.get("add_issues"), "add_issues")):
        key = f"add_issues[{i}]"
        new = r.mapping(v, key, ("label", "evidence"))
        added = r.text(new.get("label"), f"{key}.label")
        if added is None:
            raise r.fail(f"{key}.label", "an added issue needs a label")
        out.add_issues.append(NewIssue(label=added, evidence=r.texts(new.get("evidence"), f"{key}.evidence")))
    for i, v in enumerate(r.items(top.get("quotes"), "quotes")):
        key = f"quotes[{i}]"
        fix = r.mapping(v, key, ("quote", "speaker", "hide"))
        phrase = r.text(fix.get("quote"), f"{key}.quote")
        if phrase is None:
            raise r.fail(f"{key}.quote", "give a phrase of the quote to correct")
        out.quotes.append(
            QuoteFix(
                match=phrase,
                speaker=r.text(fix.get("speaker"), f"{key}.speaker"),
                hide=r.flag(fix.get("hide"), f"{key}.hide"),
            )
        )
    return out


def read_yaml(path: Path) -> Any:
    """Parsed YAML of ``path``; CorrectionError with the file and line when it is not valid YAML."""
    try:
        return yaml.safe_load(path.read_text(encoding="utf-8-sig"))
    except (OSError, UnicodeDecodeError) as err:
        raise CorrectionError(f"{path}: cannot read: {err}") from None
    except yaml.YAMLError as err:
        mark = getattr(err, "problem_mark", None)
        where = f" (line {mark.line + 1})" if mark is not None else ""
        problem = getattr(err, "problem", None) or "not valid YAML"
        raise CorrectionError(f"{path}: invalid YAML{where}: {problem}") from None


def load_sidecar(article: Article) -> Sidecar | None:
    """The corrections for ``article``: its sidecar file, else its front matter's ``corrections:`` block."""
    path = sidecar_path(article)
    if path.is_file():
        return parse_sidecar(read_yaml(path), str(path))
    if article.corrections is not None:
        return parse_sidecar(article.corrections, f"{article.path} (front matter: corrections)")
    return None


def load_aliases(path: Path) -> dict[str, list[str]]:
    """``aliases.yml``: each canonical actor name with the other names it goes by, across all articles."""
    r = _Reader(str(path))
    out: dict[str, list[str]] = {}
    for name, variants in r.mapping(read_yaml(path), "").items():
        canonical = " ".join(name.split())
        if not canonical:
            raise r.fail(repr(name), "an actor name must not be empty")
        out[canonical] = r.texts(variants, canonical)
    return out


HIDE_KEY = "hide"
"""The key of ``issues.yml`` that lists labels to hide rather than a canonical issue."""


@dataclass
class IssueMap:
    """``issues.yml``: canonical issue labels with the labels that mean them, and labels to hide."""

    canonical: dict[str, list[str]] = field(default_factory=dict)
    hide: list[str] = field(default_factory=list)


def load_issue_map(path: Path) -> IssueMap:
    """``issues.yml``: each canonical label with the other labels it covers; ``hide:`` lists labels to drop."""
    r = _Reader(str(path))
    out = IssueMap()
    for label, variants in r.mapping(read_yaml(path), "").items():
        canonical = " ".join(label.split())
        if not canonical:
            raise r.fail(repr(label), "an issue label must not be empty")
        if canonical == HIDE_KEY:
            out.hide = r.texts(variants, HIDE_KEY)
        else:
            out.canonical[canonical] = r.texts(variants, canonical)
    return out


def _opening(text: str) -> str:
    return " ".join(text.split()[:QUOTE_WORDS])


def draft_sidecar(briefing: Briefing) -> str:
    """A sidecar listing what was extracted, every correction commented out, ready to edit.

    Every value is printed as a JSON string, which is valid YAML whatever the article says.
    """
    env = Environment(
        loader=FileSystemLoader(str(files("generator.corrections"))),
        undefined=StrictUndefined,
        keep_trailing_newline=True,
        autoescape=False,
        finalize=lambda v: json.dumps(v, ensure_ascii=False),
    )
    env.filters["opening"] = _opening
    return env.get_template(DRAFT_TEMPLATE).render(
        path=briefing.article.path,
        article=briefing.article,
        actors=briefing.actors,
        quotes=briefing.quotes,
        issues=briefing.issues,
    )
