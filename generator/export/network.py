"""Who appears with whom, for Gephi and other graph tools: GraphML and GEXF written by networkx.

The nodes are every person, organisation and country of the site (``Site.cast``), the edges
the site's co-appearance counts (``Site.pairs``, the "seen with" data), weighted by the
briefings two actors share. Nodes carry the actor's kind and page URL.
"""

from __future__ import annotations

import io
import re
from typing import TYPE_CHECKING

from ..site.entries import Site
from .options import ExportOptions
from .text import one_line

if TYPE_CHECKING:
    import networkx as nx  # type: ignore[import-untyped]

_LASTMOD = re.compile(rb'lastmodifieddate="[^"]*"')
"""networkx stamps a GEXF file with today's date; the export uses the newest article's instead."""


def co_graph(site: Site, options: ExportOptions) -> nx.Graph:
    """The co-appearance graph of ``site``, nodes keyed by actor key, in a stable order."""
    import networkx as nx  # lazy: only a build that writes exports needs it

    graph = nx.Graph(name=one_line(options.site_name))
    node = {a.key: one_line(a.key) for a in site.cast}
    graph.add_nodes_from(
        (
            node[a.key],
            {
                "label": one_line(a.name),
                "kind": a.kind,
                "url": options.link(a.path) if a.path else "",
                "briefings": len({ap.briefing.ident for ap in a.appearances}),
            },
        )
        for a in site.cast
    )
    graph.add_weighted_edges_from((node[x], node[y], n) for (x, y), n in sorted(site.pairs.items()))
    return graph


def graphml(graph: nx.Graph) -> bytes:
    """``graph`` as GraphML."""
    import networkx as nx

    out = io.BytesIO()
    nx.write_graphml(graph, out, encoding="utf-8", prettyprint=False)
    return out.getvalue()


def gexf(graph: nx.Graph, stamp: str) -> bytes:
    """``graph`` as GEXF 1.2, dated ``stamp`` (YYYY-MM-DD) rather than today."""
    import networkx as nx

    out = io.BytesIO()
    nx.write_gexf(graph, out, encoding="utf-8", prettyprint=False, version="1.2draft")
    return _LASTMOD.sub(f'lastmodifieddate="{stamp}"'.encode(), out.getvalue(), count=1)
