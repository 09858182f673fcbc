"""The actor network: entities as nodes, events as directed source -> target edges.

One networkx MultiDiGraph serves three readers: the GraphML export, the JSON
API (nodes/edges lists), and the plotly figure in the briefing and web app,
where each entity type and each event family is its own trace so the legend
works as a filter by type.
"""

from __future__ import annotations

import html
import math
from typing import Any

import networkx as nx

from newsgraph.views.data import ViewData
from newsgraph.views.families import FAMILY_COLOURS, family

LAYOUT_SEED = 7  # any fixed seed: the same store always draws the same picture
MAX_ARROWS = 300  # arrow annotations are costly in plotly; past this, edges are drawn without heads
TYPE_COLOURS = {"PERSON": "#009E73", "ORG": "#CC79A7", "GPE": "#E69F00", "LOC": "#56B4E9",
                "FAC": "#F0E442", "NORP": "#999999"}


def build_graph(data: ViewData, *, event_ids: set[str] | None = None,
                only_involved: bool = True) -> nx.MultiDiGraph:
    """Entities taking part in events (every entity when there are no events, or ``only_involved=False``)."""
    graph = nx.MultiDiGraph()
    events = [ev for ev in data.resolution.events if event_ids is None or ev.id in event_ids]
    involved = {e for ev in events for e in (*ev.source, *ev.target)}
    for ent in data.resolution.entities:
        if only_involved and involved and ent.id not in involved:
            continue
        graph.add_node(ent.id, label=ent.name, type=ent.type, mentions=data.entity_mention_count(ent),
                       country=ent.country or "")
    for ev in events:
        for src in ev.source:
            for tgt in ev.target:
                if src == tgt or src not in graph or tgt not in graph:
                    continue
                graph.add_edge(src, tgt, key=ev.id, id=ev.id, type=ev.type, mode=ev.mode or "",
                               family=family(ev.type), date=ev.date.value or "",
                               sources=data.source_count(ev), label=data.event_label(ev))
    return graph


def graph_dict(graph: nx.MultiDiGraph) -> dict[str, Any]:
    """JSON-safe nodes and edges lists (for the API)."""
    nodes = [{"id": n, **attrs} for n, attrs in graph.nodes(data=True)]
    edges = [{"source": u, "target": v, **attrs} for u, v, attrs in graph.edges(data=True)]
    return {"nodes": nodes, "edges": edges}


def _layout(graph: nx.MultiDiGraph) -> dict[str, tuple[float, float]]:
    if graph.number_of_nodes() == 0:
        return {}
    simple = nx.Graph(graph.to_undirected())
    lonely = sorted(n for n in simple if simple.degree(n) == 0)
    simple.remove_nodes_from(lonely)  # actors with no edge would squeeze the connected part: row below it
    out: dict[str, tuple[float, float]] = {}
    if simple.number_of_nodes():
        k = 1.5 / math.sqrt(simple.number_of_nodes())  # wider than networkx's default: labels need room
        pos = nx.spring_layout(simple, seed=LAYOUT_SEED, k=k)
        out = {n: (float(x), float(y)) for n, (x, y) in pos.items()}
    for i, node in enumerate(lonely):
        out[node] = (-1.0 + 2.0 * (i + 0.5) / len(lonely), -1.35 - 0.15 * (i % 2))
    return out


def graph_figure(graph: nx.MultiDiGraph) -> dict[str, Any]:
    """A plotly figure; legend entries (entity types, event families) toggle their traces."""
    pos = _layout(graph)
    traces: list[dict[str, Any]] = []
    annotations: list[dict[str, Any]] = []
    for fam, colour in FAMILY_COLOURS.items():
        edges = [(u, v, a) for u, v, a in graph.edges(data=True) if a["family"] == fam]
        if not edges:
            continue
        xs: list[float | None] = []
        ys: list[float | None] = []
        for u, v, _a in edges:
            xs += [pos[u][0], pos[v][0], None]
            ys += [pos[u][1], pos[v][1], None]
        traces.append({"type": "scatter", "mode": "lines", "name": f"{fam} events", "x": xs, "y": ys,
                       "line": {"color": colour, "width": 1.5}, "hoverinfo": "skip", "legendgroup": fam})
        traces.append({  # invisible midpoints carry the hover text of each edge
            "type": "scatter", "mode": "markers", "showlegend": False, "legendgroup": fam,
            "x": [(pos[u][0] + pos[v][0]) / 2 for u, v, _ in edges],
            "y": [(pos[u][1] + pos[v][1]) / 2 for u, v, _ in edges],
            "customdata": [f"event-{a['id']}" for _, _, a in edges],  # anchor the click opens
            "text": [_edge_hover(graph, u, v, a) for u, v, a in edges],
            "hovertemplate": "%{text}<extra></extra>",
            "marker": {"size": 8, "color": colour, "opacity": 0.25}, "name": f"{fam} events",
        })
        for u, v, _a in edges:
            if len(annotations) < MAX_ARROWS:
                annotations.append({"x": pos[v][0], "y": pos[v][1], "ax": pos[u][0], "ay": pos[u][1],
                                    "xref": "x", "yref": "y", "axref": "x", "ayref": "y", "text": "",
                                    "showarrow": True, "arrowhead": 2, "arrowsize": 1.2,
                                    "arrowwidth": 1, "arrowcolor": colour, "standoff": 8, "opacity": 0.7})
    traces += _node_traces(graph, pos)
    layout = {
        "margin": {"l": 10, "r": 10, "t": 30, "b": 10}, "height": 520, "hovermode": "closest",
        "xaxis": {"visible": False}, "yaxis": {"visible": False}, "annotations": annotations,
        "legend": {"orientation": "h", "y": 1.06},
    }
    return {"data": traces, "layout": layout}


def _node_traces(graph: nx.MultiDiGraph, pos: dict[str, tuple[float, float]]) -> list[dict[str, Any]]:
    by_type: dict[str, list[str]] = {}
    for node, attrs in graph.nodes(data=True):
        by_type.setdefault(str(attrs.get("type") or "OTHER"), []).append(node)
    traces = []
    for etype, nodes in sorted(by_type.items()):
        traces.append({
            "type": "scatter", "mode": "markers+text", "name": etype,
            "x": [pos[n][0] for n in nodes], "y": [pos[n][1] for n in nodes],
            "text": [html.escape(str(graph.nodes[n]["label"]))[:40] for n in nodes],
            "textposition": "top center", "customdata": [f"entity-{n}" for n in nodes],
            "hovertemplate": "%{text}<extra>" + html.escape(etype) + "</extra>",
            "marker": {"size": [min(34, 10 + 3 * int(graph.nodes[n].get("mentions", 1))) for n in nodes],
                       "color": TYPE_COLOURS.get(etype, "#444444"), "line": {"width": 1, "color": "#222"}},
        })
    return traces


def _edge_hover(graph: nx.MultiDiGraph, u: str, v: str, attrs: dict[str, Any]) -> str:
    src = html.escape(str(graph.nodes[u]["label"]))
    tgt = html.escape(str(graph.nodes[v]["label"]))
    return (f"<b>{html.escape(attrs['type'])}</b> {html.escape(attrs['date'])}<br>{src} → {tgt}"
            f"<br>{html.escape(attrs['label'][:120])}")
