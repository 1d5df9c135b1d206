"""Reading article files into Articles: which files are articles, size and encoding checks, format dispatch.

Formats by file name: ``.md``/``.markdown`` (YAML front matter), ``.html``/``.htm``, ``.json``,
``.jsonl``/``.ndjson``, ``.urls`` (a list of URLs), anything else plain text. Every refused
input becomes one ``IngestError`` whose message is ``"PATH: reason"``; nothing raises past ``collect``.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from .. import settings
from ..model import Article
from .encoding import UndecodableError, decode
from .formats import FormatError, Skipped
from .formats.html import read_html
from .formats.jsonl import read_json
from .formats.markdown import read_markdown
from .formats.text import read_text
from .formats.urls import read_urls
from .sidecars import is_sidecar
from .textlayout import blocks

__all__ = ["IngestError", "IngestOptions", "SkippedArticle", "blocks", "collect", "read_article", "read_articles"]

DEFAULT_MAX_BYTES = settings.DEFAULT_MAX_BYTES


class IngestError(ValueError):
    """An input that cannot become an article; the message names the file and the reason."""


class SkippedArticle(IngestError):
    """An input with nothing to brief (empty, title only): worth a warning, not a failure."""


@dataclass(frozen=True)
class IngestOptions:
    """Limits and switches for reading inputs; ``from_env`` reads the ``BRIEFING_*`` variables."""

    max_bytes: int = DEFAULT_MAX_BYTES
    fetch: bool = False
    """Download the pages of URL lists that are not cached yet."""
    allow_private: bool = False
    """Let fetching reach loopback and private addresses (trafilatura blocks them by default)."""
    cache_dir: Path = field(default_factory=settings.cache_root)
    """The cache folder; fetched pages live in its ``pages/``."""

    @classmethod
    def from_env(cls, *, fetch: bool | None = None, cache_dir: Path | None = None) -> IngestOptions:
        """Options from the ``BRIEFING_*`` variables (see ``settings``); ``cache_dir`` is the cache root
        of the build (default: ``settings.cache_root()``)."""
        return cls(
            max_bytes=settings.max_bytes(),
            fetch=settings.flag(settings.FETCH_ENV) if fetch is None else fetch,
            allow_private=settings.flag(settings.FETCH_PRIVATE_ENV),
            cache_dir=cache_dir or settings.cache_root(),
        )


def _megabytes(size: int) -> str:
    return f"{size / 1_000_000:.1f} MB"


def _load(path: Path, options: IngestOptions) -> str:
    try:
        if not path.is_file():
            raise IngestError(f"{path}: not a regular file" if path.exists() else f"{path}: no such file or folder")
        size = path.stat().st_size
        if size > options.max_bytes:
            raise IngestError(
                f"{path}: {_megabytes(size)} is over the {_megabytes(options.max_bytes)} "
                "article size limit (set BRIEFING_MAX_BYTES to raise it)"
            )
        return decode(path.read_bytes())
    except OSError as err:
        raise IngestError(f"{path}: cannot read ({err.strerror or err})") from None
    except UndecodableError as err:
        raise IngestError(f"{path}: {err}") from None


def _parse(name: str, suffix: str, text: str, options: IngestOptions) -> tuple[list[Article], list[FormatError]]:
    if suffix in {".md", ".markdown"}:
        return [read_markdown(name, text)], []
    if suffix in {".html", ".htm", ".xhtml"}:
        return [read_html(name, text)], []
    if suffix in {".json", ".jsonl", ".ndjson"}:
        return read_json(name, text, lines=suffix != ".json")
    if suffix == ".urls":
        return read_urls(name, text, options.cache_dir, fetch=options.fetch, allow_private=options.allow_private)
    return [read_text(name, text)], []


def _wrap(name: str, err: FormatError) -> IngestError:
    return (SkippedArticle if isinstance(err, Skipped) else IngestError)(f"{name}: {err}")


def read_articles(path: str | Path, options: IngestOptions | None = None) -> tuple[list[Article], list[IngestError]]:
    """Every article in one file (several for JSON Lines and URL lists), and the parts refused."""
    options = options or IngestOptions.from_env()
    p, name = Path(path), str(path)
    try:
        articles, problems = _parse(name, p.suffix.lower(), _load(p, options), options)
    except IngestError as err:
        return [], [err]
    except FormatError as err:
        return [], [_wrap(name, err)]
    return articles, [_wrap(name, e) for e in problems]


def read_article(path: str | Path, options: IngestOptions | None = None) -> Article:
    """Read a file holding one article; raises IngestError with a one-line reason."""
    articles, errors = read_articles(path, options)
    if errors:
        raise errors[0]
    if len(articles) != 1:
        raise IngestError(f"{path}: holds {len(articles)} articles, not one")
    return articles[0]


def is_article_name(name: str) -> bool:
    """False for hidden files, sidecar corrections (``NAME.yml``) and READMEs, which live next to articles."""
    return not (name.startswith(".") or is_sidecar(Path(name)) or name.upper().startswith("README"))


def _inside(path: Path, folder: Path) -> bool:
    return path.resolve().is_relative_to(folder)


def _walk(root: Path) -> Iterator[Path | IngestError]:
    """Article files under ``root`` in a stable order; symlinks that leave ``root`` come out as errors."""
    base = root.resolve()
    for dirpath, dirnames, filenames in os.walk(root):
        here = Path(dirpath)
        for d in sorted(dirnames):
            if (here / d).is_symlink() and not _inside(here / d, base):
                yield IngestError(f"{here / d}: symlink points outside the articles folder")
        dirnames[:] = sorted(d for d in dirnames if not d.startswith(".") and not (here / d).is_symlink())
        for name in sorted(filenames):
            f = here / name
            if not is_article_name(name):
                continue
            if f.is_symlink() and not _inside(f, base):
                yield IngestError(f"{f}: symlink points outside the articles folder")
            else:
                yield f


def collect(paths: list[Path], options: IngestOptions | None = None) -> tuple[list[Article], list[IngestError]]:
    """Every article under ``paths`` (files, or folders walked in sorted order), and the inputs refused."""
    options = options or IngestOptions.from_env()
    articles: list[Article] = []
    errors: list[IngestError] = []
    for root in map(Path, paths):
        for item in _walk(root) if root.is_dir() else [root]:
            if isinstance(item, IngestError):
                errors.append(item)
                continue
            found, refused = read_articles(item, options)
            articles.extend(found)
            errors.extend(refused)
    return articles, errors
