"""Jinja2 rendering of Markdown pages, with article text escaped at one boundary.

Every value a template prints with ``{{ ... }}`` passes through ``finalize``: plain
strings (article text, names, labels) are escaped for Markdown *and* HTML, so they
always show as text. Only ``Markup`` values, which the generator builds itself
(relative links, front matter, mermaid labels), pass unchanged. Templates render
data; article text is never parsed as a template.
"""

from __future__ import annotations

import json
import posixpath
import re
from collections.abc import Iterable, Mapping
from importlib.resources import files
from pathlib import Path
from typing import Any
from urllib.parse import quote, urlsplit

from jinja2 import ChoiceLoader, Environment, FileSystemLoader, StrictUndefined, pass_context
from markupsafe import Markup

BUILTIN_TEMPLATES = Path(str(files("generator.site") / "templates"))
"""The templates shipped with the package; a user's template of the same name wins."""

_SPECIAL = re.compile(r"[\\`*_\[\]<>&{}|~^=!+#$]")
"""Characters with inline Markdown, HTML or extension meaning (emphasis, code, links,
tags, entities, attribute lists, tables, tilde/caret/mark, images, headings, maths)."""
_HTML_SPECIAL = re.compile(r"""[\\`*_\[\]<>&{}|~^=!+#$"']""")
"""``_SPECIAL`` and quotes, for raw-HTML text positions."""
_LINE_START = re.compile(r"^(?:[-:?/]|\d+[.)])")
"""Line starts that open a block (lists, definitions, details, ordered lists)."""
_SPACE = re.compile(r"\s+")
_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f]")
"""Control characters: never shown, and Python-Markdown uses STX/ETX as its own placeholders."""
_UNPLAIN_PARTS = frozenset(("", ".", ".."))
_META_UNSAFE = str.maketrans({"<": "‹", ">": "›", "&": "＆", '"': "”", "\\": "⧵", "`": "ʻ"})


def escape_text(value: str) -> Markup:
    """``value`` as one line of Markdown that renders as exactly this text.

    Whitespace (including newlines) collapses to single spaces, so text cannot open
    a block; control characters are dropped; special characters become numeric
    character references, which neither Markdown nor HTML interprets.
    """
    return Markup(_text_line(value))


def _text_line(value: str) -> str:
    """The characters of ``escape_text(value)``, as a plain string."""
    line = _char_refs(_SPECIAL, _one_line(value))
    m = _LINE_START.match(line)
    if m:
        line = "".join(f"&#{ord(c)};" for c in m.group()) + line[m.end() :]
    return line


def escape_html(value: str) -> Markup:
    """``value`` as one line of HTML text, for raw-HTML blocks of a page.

    Python-Markdown passes raw HTML blocks through without running its inline patterns,
    which makes them much cheaper to convert than Markdown text. Whitespace collapses and
    control characters are dropped as in ``escape_text``; the characters it escapes, and
    quotes, become numeric character references.
    """
    return Markup(_char_refs(_HTML_SPECIAL, _one_line(str(value))))


def _one_line(value: str) -> str:
    """``value`` with whitespace runs as single spaces and control characters dropped."""
    # Most text is already one clean line. A printable string has no whitespace but spaces
    # and no control characters, so without double or outer spaces it is unchanged.
    if value.isprintable() and "  " not in value and value[:1] != " " and value[-1:] != " ":
        return value
    return _CONTROL.sub("", _SPACE.sub(" ", value)).strip()


def _char_refs(chars: re.Pattern[str], text: str) -> str:
    """``text`` with each character ``chars`` matches as a numeric character reference."""
    return chars.sub(lambda m: f"&#{ord(m.group())};", text)


def finalize(value: Any) -> str:
    """The escaping boundary: everything printed is text unless it is ``Markup``.

    Returns a plain string: Jinja only concatenates it into the page."""
    if value is None:
        return ""
    if isinstance(value, Markup):
        return value
    if type(value) is int and value >= 0:  # digits alone: nothing to escape
        return str(value)
    return _text_line(str(value))


def meta_text(value: str) -> str:
    """Plain text for page metadata (title, tags), which the theme prints unescaped:
    HTML-special characters become look-alikes, unprintable ones spaces."""
    printable = "".join(ch if ch.isprintable() and ch not in "\ufffe\uffff" else " " for ch in value)
    return _SPACE.sub(" ", printable.translate(_META_UNSAFE)).strip()


def front_matter(data: Mapping[str, Any]) -> Markup:
    """A YAML front matter block; strings are JSON-quoted (valid YAML) and made
    theme-safe with ``meta_text``. Keys with empty values are left out."""
    lines = ["---"]
    for key, value in data.items():
        if value in (None, "", [], {}):
            continue
        lines.append(f"{key}: {json.dumps(_meta_value(value), ensure_ascii=False)}")
    lines.append("---")
    return Markup("\n".join(lines))


def _meta_value(value: Any) -> Any:
    if isinstance(value, str):
        return meta_text(value)
    if isinstance(value, Mapping):
        return {k: _meta_value(v) for k, v in value.items()}
    if isinstance(value, Iterable):
        return [_meta_value(v) for v in value]
    return value


def safe_url(value: str | None) -> Markup | None:
    """An http(s) URL fit for a Markdown link target, percent-encoded; else None."""
    if not value:
        return None
    parts = urlsplit(value.strip())
    if parts.scheme.lower() not in ("http", "https") or not parts.netloc:
        return None
    return Markup(quote(value.strip(), safe="/:?#=&%@+,;~-._!$"))


def mermaid_label(value: str) -> Markup:
    """Text for a quoted mermaid node label: letters, digits and plain punctuation only."""
    return Markup(re.sub(r"[^\w .,'-]+", " ", value).strip() or "?")


def plural(count: int, noun: str) -> str:
    """``1 mention``, ``3 mentions``: a count with its noun (an English noun taking ``s``)."""
    return f"{count} {noun}" if count == 1 else f"{count} {noun}s"


@pass_context
def rel(context: Any, target: str) -> Markup:
    """Link from the page being rendered (``page_path`` in the context) to ``target``,
    both paths relative to docs_dir."""
    here = posixpath.dirname(context["page_path"])
    return Markup(_relpath(target, here or "."))


def _relpath(path: str, start: str) -> str:
    """``posixpath.relpath(path, start)`` without its calls to the file system, for
    the plain relative paths of pages; a path with empty, ``.`` or ``..`` parts goes to it."""
    parts = path.removesuffix("/").split("/")
    base = [] if start == "." else start.split("/")
    if not _UNPLAIN_PARTS.isdisjoint(parts) or not _UNPLAIN_PARTS.isdisjoint(base):
        return posixpath.relpath(path, start)
    common = 0
    for part, folder in zip(parts, base):
        if part != folder:
            break
        common += 1
    return "/".join([".."] * (len(base) - common) + parts[common:]) or "."


def page_url(path: str, directory_urls: bool = True) -> str:
    """The URL MkDocs serves the page ``path`` (relative to docs_dir) at, relative to the site root."""
    stem = path[: -len(".md")]
    if not directory_urls:
        return stem + ".html"
    if stem == "index" or stem.endswith("/index"):
        return stem[: -len("index")]
    return stem + "/"


@pass_context
def href(context: Any, target: str) -> Markup:
    """Link target for a raw-HTML ``<a href>`` from the page being rendered to the page
    ``target`` (relative to docs_dir): the final URL, since MkDocs rewrites ``.md`` links
    only in Markdown."""
    urls = context["directory_urls"]
    here, there = page_url(context["page_path"], urls), page_url(target, urls)
    link = _relpath(there or ".", posixpath.dirname(here) or ".")
    return escape_html(link + "/" if there.endswith("/") or not there else link)


@pass_context
def source_href(context: Any, target: str) -> Markup:
    """``href`` for a plain docs tree: the target page's URL relative to the *folder of the source file*.

    Zensical resolves relative links in raw HTML against the Markdown file, as it does Markdown
    links, and rebases them onto the page's URL; MkDocs leaves raw HTML alone, so ``href`` gives
    URLs relative to the page's own URL instead."""
    there = page_url(target, context["directory_urls"])
    here = posixpath.dirname(context["page_path"]) or "."
    link = posixpath.relpath(there or ".", here)
    return escape_html(link + "/" if there.endswith("/") or not there else link)


def eject_templates(dest: Path, force: bool = False) -> tuple[list[Path], list[Path]]:
    """Copy the built-in page templates into ``dest`` for editing.

    Returns the files written and the ones kept because they exist (unless ``force``)."""
    dest.mkdir(parents=True, exist_ok=True)
    written: list[Path] = []
    kept: list[Path] = []
    for src in sorted(BUILTIN_TEMPLATES.glob("*.md.j2")):
        target = dest / src.name
        if target.exists() and not force:
            kept.append(target)
            continue
        target.write_text(src.read_text(encoding="utf-8"), encoding="utf-8")
        written.append(target)
    return written, kept


class Renderer:
    """Templates from ``templates_dir`` first, then the built-in ones. ``source_links`` writes raw-HTML
    links relative to each page's source file (``source_href``), as a plain docs tree needs them; a quote
    whose confidence is below ``uncertain_below`` is marked uncertain."""

    def __init__(
        self,
        templates_dir: str | Path | None = None,
        directory_urls: bool = True,
        source_links: bool = False,
        uncertain_below: float = 0.6,
    ) -> None:
        loaders = [FileSystemLoader(str(templates_dir))] if templates_dir else []
        loaders.append(FileSystemLoader(str(BUILTIN_TEMPLATES)))
        self.env = Environment(
            loader=ChoiceLoader(loaders),
            autoescape=False,
            finalize=finalize,
            undefined=StrictUndefined,
            keep_trailing_newline=True,
            trim_blocks=True,
            lstrip_blocks=True,
            auto_reload=False,  # a renderer serves one build: no need to stat templates per page
        )
        self.env.filters.update(
            text=escape_text,
            html=escape_html,
            front_matter=front_matter,
            safe_url=safe_url,
            mermaid_label=mermaid_label,
            plural=plural,
            rel=rel,
            href=source_href if source_links else href,
        )
        self.env.globals["directory_urls"] = directory_urls
        self.env.globals["uncertain_below"] = uncertain_below

    def render(self, name: str, page_path: str, **context: Any) -> str:
        """Render template ``name`` as the page at ``page_path`` (relative to docs_dir)."""
        return self.env.get_template(name).render(page_path=page_path, **context)
