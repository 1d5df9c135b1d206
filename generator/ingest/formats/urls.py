"""URL lists (``.urls``, one URL a line): pages fetched with trafilatura on request, cached on disk.

Nothing is downloaded unless fetching is switched on (``--fetch`` or ``BRIEFING_FETCH=1``). A page
once fetched is read from the cache on every later run, with no request. trafilatura refuses
loopback and private addresses unless ``allow_private`` is set (``BRIEFING_FETCH_PRIVATE=1``).
"""

from __future__ import annotations

from pathlib import Path

from ...model import Article
from ...store.atomic import write_atomic
from ...store.digest import text_digest
from . import FormatError
from .html import read_html

PAGES = "pages"
"""Sub-folder of the cache dir that holds fetched pages, one file per URL."""


def cached_page(cache_dir: Path, url: str) -> Path:
    """Where the page fetched from ``url`` is kept."""
    return cache_dir / PAGES / f"{text_digest(url)}.html"


def _fetch(url: str, allow_private: bool) -> str | None:
    import trafilatura  # loaded only when pages are fetched
    from trafilatura.settings import use_config

    config = use_config()
    config.set("DEFAULT", "SSRF_PROTECTION", "off" if allow_private else "on")
    return trafilatura.fetch_url(url, config=config)


def page(url: str, cache_dir: Path, *, fetch: bool, allow_private: bool = False) -> str:
    """The HTML of ``url``: from the cache, else downloaded (only when ``fetch``) and cached."""
    cached = cached_page(cache_dir, url)
    if cached.is_file():
        return cached.read_text(encoding="utf-8")
    if not fetch:
        raise FormatError(f"{url} is not downloaded yet: run with --fetch (or BRIEFING_FETCH=1)")
    html = _fetch(url, allow_private)
    if not html:
        raise FormatError(f"{url} could not be fetched")
    write_atomic(cached, lambda out: out.write(html))
    return html


def read_urls(
    path: str, text: str, cache_dir: Path, *, fetch: bool, allow_private: bool = False
) -> tuple[list[Article], list[FormatError]]:
    """One article per URL line (``#`` comments and blank lines ignored); keys are ``path#N`` by line number."""
    articles: list[Article] = []
    errors: list[FormatError] = []
    for n, line in enumerate(text.split("\n"), 1):
        url = line.strip()
        if not url or url.startswith("#"):
            continue
        try:
            if not url.lower().startswith(("http://", "https://")):
                raise FormatError("not an http(s) URL")
            html = page(url, cache_dir, fetch=fetch, allow_private=allow_private)
            articles.append(read_html(path, html, url=url, key=f"{path}#{n}"))
        except FormatError as err:
            errors.append(type(err)(f"line {n}: {err}"))
    return articles, errors
