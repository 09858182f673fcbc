"""GraphML for Gephi and networkx: entities as nodes, events as directed edges.

Every entity is a node (with its type, country and mention count), even one
that takes part in no event, so the file is also an entity list; each event
becomes one edge per (source, target) pair, keyed by the event id.
"""

from __future__ import annotations

from pathlib import Path

import networkx as nx

from newsgraph.store.store import Store
from newsgraph.views.data import ViewData
from newsgraph.views.graph import build_graph


def export_graphml(store: Store, path: Path) -> None:
    data = ViewData.load(store)
    graph = build_graph(data, only_involved=False)
    graph.graph["name"] = "newsgraph actor network"
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    nx.write_graphml(graph, path, encoding="utf-8", prettyprint=True)
