"""The offline briefing: one self-contained HTML file (no network needed to read it).

plotly.js is embedded once from the installed plotly package; the stylesheet
and the small interaction script are inlined. Links between facts are
in-page anchors (#entity-e1, #event-v3, #doc-d2), so a click on a name in the
story, the timeline or the network opens that entity's dossier.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

from markupsafe import Markup

from newsgraph.store.store import Store
from newsgraph.views.coverage import build_coverage, build_disputes
from newsgraph.views.data import Evidence, ViewData
from newsgraph.views.dossiers import build_dossiers, quotes_by_speaker
from newsgraph.views.graph import build_graph, graph_figure
from newsgraph.views.render import asset, environment
from newsgraph.views.story import build_story
from newsgraph.views.timeline import build_timeline, timeline_figure

MAX_DOSSIERS = 400  # past this the file grows slow to open; the rest are listed by name


def anchor_link(kind: str, value: Any) -> str:
    """In-page hrefs for the briefing (the web app passes page URLs instead)."""
    if kind == "evidence" and isinstance(value, Evidence):
        return f"#doc-{value.doc}"
    return f"#{kind if kind != 'document' else 'doc'}-{value}"


def briefing_context(data: ViewData, *, title: str | None = None) -> dict[str, Any]:
    """Everything the briefing template shows, built from one ViewData."""
    timeline = build_timeline(data)
    graph = build_graph(data)
    dossiers = build_dossiers(data, limit=MAX_DOSSIERS)
    shown = {d.entity.id for d in dossiers}
    return {
        "data": data, "link": anchor_link, "story": build_story(data, title=title),
        "timeline": timeline, "timeline_fig": timeline_figure(timeline),
        "graph": graph, "graph_fig": graph_figure(graph),
        "dossiers": dossiers, "other_entities": [e for e in data.resolution.entities if e.id not in shown],
        "speakers": quotes_by_speaker(data),
        "coverage": build_coverage(data), "disputes": build_disputes(data),
        "events_sorted": sorted(data.resolution.events, key=lambda v: (v.date.value or "9999", v.id)),
        "generated": dt.datetime.now(dt.UTC).strftime("%Y-%m-%d %H:%M UTC"),
    }


def render_briefing(data: ViewData, *, title: str | None = None) -> str:
    from plotly.offline import get_plotlyjs

    env = environment()
    context = briefing_context(data, title=title)
    context.update(css=Markup(asset("newsgraph.css")), script=Markup(asset("newsgraph.js")),
                   plotly_js=Markup(get_plotlyjs()))
    return env.get_template("briefing.html.j2").render(**context)


def write_briefing(store: Store, path: Path, *, title: str | None = None) -> Path:
    """Write the briefing for everything in ``store`` to ``path`` and return the path."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(render_briefing(ViewData.load(store), title=title), encoding="utf-8")
    return path
