"""The Export page: what each export file holds, its size, and what its columns mean."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from ..site.render import Renderer
from .tables import COLUMNS

PAGE = "export/index.md"
"""The Export page, relative to docs_dir; the files sit beside it."""
FILES = {
    "quotes.csv": "Every quote of every briefing, with its speaker and article.",
    "actors.csv": "Every person, organisation and country, with counts and the pages naming them.",
    "issues.csv": "Every issue with a page, with counts and the pages raising it.",
    "network.graphml.gz": "Who appears with whom: one node per actor (label, kind, url, briefings), one "
    "edge per pair of actors named in the same briefing, weighted by how many (gzipped, as networkx "
    "reads it).",
    "network.gexf.gz": "The same network as GEXF 1.2, gzipped; Gephi opens it as it is.",
    "entities.ftm.json.gz": "FollowTheMoney entities, one a line: Person, Organization and PublicBody "
    "(countries), an Article per briefing, and a Documentation linking each "
    "article to the actors it mentions, gzipped. Aleph imports them with its ftm tools "
    "(`zcat entities.ftm.json.gz | ftm ...`).",
    "feeds/site.xml": "Atom feed of the newest briefings (each actor and issue page links its own).",
    "feeds/site.json": "The same feed as JSON Feed 1.1.",
}


@dataclass
class ExportFile:
    """A row of the Export page."""

    name: str
    size: str
    about: str
    columns: dict[str, str] = field(default_factory=dict)


def human_size(size: int) -> str:
    """``812 B``, ``4.2 KiB``, ``1.3 MiB``."""
    if size < 1024:
        return f"{size} B"
    return f"{size / 1024:.1f} KiB" if size < 1024 * 1024 else f"{size / 2**20:.1f} MiB"


def export_page(renderer: Renderer, names: list[str], size: Callable[[str], str], feed_size: int) -> str:
    """The Markdown of the Export page of the files ``names``, each shown with ``size(name)``."""
    shown = [name for name in FILES if name in names]
    files = [ExportFile(name, size(name), FILES[name], COLUMNS.get(name, {})) for name in shown]
    feeds = sum(1 for name in names if name.endswith(".xml") and name.startswith("feeds/"))
    return renderer.render(
        "export.md.j2",
        PAGE,
        files=files,
        feeds=max(feeds - 1, 0),
        feed_size=feed_size,
        dated="feeds/site.xml" in names,
    )
