"""The timeline view: dated events as points, undated events listed apart.

A month- or year-precise date is drawn at the start of its period but keeps
its granularity in the hover text, so "March 2024" never reads as "1 March".
The figure is a plain plotly figure dict (no plotly.js needed to build it);
the briefing and the web page draw it with the plotly.js they embed.
"""

from __future__ import annotations

import html
from dataclasses import dataclass
from typing import Any

from newsgraph.views.data import ViewData
from newsgraph.views.families import FAMILY_COLOURS, family

MARKER_MIN, MARKER_STEP, MARKER_MAX = 10, 6, 40  # px: one source reads as a dot, ~5 sources as a blob


@dataclass(frozen=True)
class TimelinePoint:
    id: str
    date: str  # ISO value as the resolver gave it (day, month or year)
    x: str  # full ISO day used for plotting (start of the period)
    granularity: str | None
    type: str
    family: str
    sources: int
    label: str
    outlets: list[str]

    def to_dict(self) -> dict[str, Any]:
        return dict(self.__dict__)


@dataclass(frozen=True)
class Timeline:
    points: list[TimelinePoint]
    undated: list[TimelinePoint]

    def to_dict(self) -> dict[str, Any]:
        return {"points": [p.to_dict() for p in self.points], "undated": [p.to_dict() for p in self.undated]}


def plot_date(value: str | None) -> str | None:
    """'2024-03' -> '2024-03-01'; None for values that are not calendar dates (weeks, quarters, refs)."""
    if not value:
        return None
    parts = value.split("-")
    if not parts[0].isdigit() or len(parts[0]) != 4:
        return None
    if len(parts) == 1:
        return f"{parts[0]}-01-01"
    if len(parts) >= 2 and parts[1].isdigit():
        day = parts[2][:2] if len(parts) > 2 and parts[2][:2].isdigit() else "01"
        return f"{parts[0]}-{parts[1]}-{day}"
    return None


def build_timeline(data: ViewData, *, event_ids: set[str] | None = None) -> Timeline:
    """Points sorted by date (ties: most-reported first); ``event_ids`` limits to a filtered set."""
    points: list[TimelinePoint] = []
    undated: list[TimelinePoint] = []
    for ev in data.resolution.events:
        if event_ids is not None and ev.id not in event_ids:
            continue
        x = plot_date(ev.date.value)
        point = TimelinePoint(
            id=ev.id, date=ev.date.value or "", x=x or "", granularity=ev.date.granularity,
            type=ev.type, family=family(ev.type), sources=data.source_count(ev),
            label=data.event_label(ev), outlets=data.event_outlets(ev),
        )
        (points if x else undated).append(point)
    points.sort(key=lambda p: (p.x, -p.sources, p.id))
    undated.sort(key=lambda p: (-p.sources, p.id))
    return Timeline(points=points, undated=undated)


def marker_size(sources: int) -> int:
    return min(MARKER_MAX, MARKER_MIN + MARKER_STEP * max(0, sources - 1))


def timeline_figure(timeline: Timeline) -> dict[str, Any]:
    """A plotly figure: x = date, y = event type, colour = family, size = number of sources."""
    traces = []
    for fam, colour in FAMILY_COLOURS.items():
        pts = [p for p in timeline.points if p.family == fam]
        if not pts:
            continue
        traces.append({
            "type": "scatter", "mode": "markers", "name": fam,
            "x": [p.x for p in pts], "y": [p.type for p in pts],
            "customdata": [f"event-{p.id}" for p in pts],  # anchor the click opens
            "text": [_hover(p) for p in pts],
            "hovertemplate": "%{text}<extra></extra>",
            "marker": {"size": [marker_size(p.sources) for p in pts], "color": colour,
                       "line": {"width": 1, "color": "#222"}, "opacity": 0.85},
        })
    layout = {
        "margin": {"l": 110, "r": 20, "t": 30, "b": 40}, "height": 380,
        "xaxis": {"type": "date", "title": {"text": "date"}},
        "yaxis": {"type": "category", "title": {"text": ""}},
        "legend": {"orientation": "h", "y": 1.12},
        "hovermode": "closest",
    }
    return {"data": traces, "layout": layout}


def _hover(p: TimelinePoint) -> str:
    """Hover text; plotly renders a little HTML, so every piece of data is escaped first."""
    when = f"{p.date} ({p.granularity})" if p.granularity else p.date
    lines = [f"<b>{html.escape(p.type)}</b> {html.escape(when)}", html.escape(p.label[:120]),
             f"{p.sources} source(s): {html.escape(', '.join(p.outlets)[:120])}"]
    return "<br>".join(lines)
