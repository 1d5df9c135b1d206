"""The site's URL layout: which template renders which page, and index pagination.

Layout (paths relative to docs_dir; MkDocs serves ``x/y.md`` at ``x/y/``):

- ``briefings/<slug>.md``, ``actors/<slug>.md``, ``issues/<slug>.md``: one page per item;
- ``briefings/index.md``, ``actors/index.md``, ``issues/index.md``, ``timeline/index.md``:
  first page of each index; later pages are ``index-2.md``, ``index-3.md``, ...;
- ``timeline/undated.md`` (then ``undated-2.md``, ...): articles without a date.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import partial
from itertools import groupby
from typing import Any, TypeVar

from ..store.forked import forked_map
from .entries import ActorEntry, BriefingEntry, Site
from .render import Renderer

T = TypeVar("T")
GRAPH_SIZE = 9
"""Actors drawn in a who-appears-with-whom picture."""
DASHBOARD_SIZE = 10
PARALLEL_MIN = 500
"""Pages below this many render in one process: starting workers would cost more."""


@dataclass
class PagerLink:
    """One page of a paginated index, as listed in its pager."""

    label: str
    path: str
    current: bool


@dataclass
class IndexPage:
    """One page of an index: groups of items under headings, and the pager."""

    path: str
    groups: list[tuple[str, list[Any]]]
    pager: list[PagerLink]


def paginate(items: Sequence[T], folder: str, stem: str, size: int, group: Callable[[T], str]) -> list[IndexPage]:
    """Split ``items`` into pages of ``size``, grouped by ``group`` within a page."""
    chunks = [list(items[i : i + size]) for i in range(0, len(items), size)] or [[]]
    paths = [f"{folder}/{stem}.md" if n == 0 else f"{folder}/{stem}-{n + 1}.md" for n in range(len(chunks))]
    labels = [_range_label(group(c[0]), group(c[-1])) if c else "" for c in chunks]
    pages = []
    for n, chunk in enumerate(chunks):
        pager = [PagerLink(labels[k], paths[k], k == n) for k in range(len(chunks))] if len(chunks) > 1 else []
        groups = [(key, list(rows)) for key, rows in groupby(chunk, key=group)]
        pages.append(IndexPage(paths[n], groups, pager))
    return pages


def _range_label(first: str, last: str) -> str:
    return first if first == last else f"{first} – {last}"


def initial(name: str) -> str:
    """Alphabetical group of a name: its first letter, or ``#``."""
    first = name.strip()[:1].upper()
    return first if first.isalpha() else "#"


def month(entry: BriefingEntry) -> str:
    """Timeline group: ``YYYY-MM`` of the article's date."""
    return (entry.article.date or "")[:7]


def _context(**values: Any) -> dict[str, Any]:
    return values


def _actor_context(site: Site, actor: ActorEntry) -> dict[str, Any]:
    """An actor page's context; its picture is drawn where the page is rendered."""
    return {
        "actor": actor,
        "graph": site.graph([actor, *(co for co, _ in actor.co_actors[: GRAPH_SIZE - 1])], star=True),
    }


def site_pages(site: Site, renderer: Renderer, page_size: int, jobs: int = 1) -> dict[str, str]:
    """Every generated page of ``site``: path relative to docs_dir -> Markdown, rendered in
    ``jobs`` processes on a big site (the same pages, in the same order)."""
    tasks: list[tuple[str, str, Callable[[], dict[str, Any]]]] = []
    for b in site.briefings:
        tasks.append((b.path, "briefing.md.j2", partial(_context, b=b)))
    for a in site.actors:
        tasks.append((a.path, "actor.md.j2", partial(_actor_context, site, a)))
    for i in site.issues:
        tasks.append((i.path, "issue.md.j2", partial(_context, issue=i)))

    by_title = sorted(site.briefings, key=lambda b: (b.title.casefold(), b.ident))
    indexes = {
        "briefings_index.md.j2": paginate(by_title, "briefings", "index", page_size, lambda b: initial(b.title)),
        "actors_index.md.j2": paginate(site.actors, "actors", "index", page_size, lambda a: initial(a.name)),
        "issues_index.md.j2": paginate(site.issues, "issues", "index", page_size, lambda i: initial(i.label)),
    }
    latest = site.latest()
    dated = [b for b in latest if b.article.date]
    undated = [b for b in latest if not b.article.date]
    timeline = paginate(dated, "timeline", "index", page_size, month)
    undated_pages = paginate(undated, "timeline", "undated", page_size, lambda b: "Undated")
    indexes["timeline.md.j2"] = timeline + (undated_pages if undated else [])
    for template, index_pages in indexes.items():
        for page in index_pages:
            tasks.append((page.path, template, partial(_context, page=page, site=site, undated=len(undated))))

    def render(n: int) -> str:
        path, template, context = tasks[n]
        return renderer.render(template, path, **context())

    texts = forked_map(render, len(tasks), jobs, minimum=PARALLEL_MIN, chunksize=64)
    return dict(zip((path for path, _, _ in tasks), texts))


def dashboard(site: Site, renderer: Renderer, page_path: str = "index.md") -> str:
    """The home page dashboard, to be placed into the hand-written page at ``page_path``."""
    top_actors = sorted(site.actors, key=lambda a: (-a.mentions, a.key))[:DASHBOARD_SIZE]
    # The picture draws the most-mentioned actors, with a page or not.
    top_cast = sorted(site.cast, key=lambda a: (-a.mentions, a.key))[:GRAPH_SIZE]
    top_issues = sorted(site.issues, key=lambda i: (-len(i.rows), i.key))[:DASHBOARD_SIZE]
    return renderer.render(
        "dashboard.md.j2",
        page_path,
        site=site,
        latest=site.latest()[:DASHBOARD_SIZE],
        top_actors=top_actors,
        top_issues=top_issues,
        graph=site.graph(top_cast),
    )
