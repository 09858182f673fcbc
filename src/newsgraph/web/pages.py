"""Server-rendered pages: the briefing's views, one URL each, plus search and filters.

The templates reuse the briefing's macros (views/templates/macros.html.j2),
with links that point at pages instead of in-page anchors. Figures load
plotly.js from /static/plotly.min.js, served from the installed plotly
package, so the app works without internet access too.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Annotated, Any
from urllib.parse import quote

from fastapi import APIRouter, Depends, HTTPException, Query, Request
from fastapi.responses import HTMLResponse, Response
from markupsafe import Markup, escape

from newsgraph.views.coverage import build_coverage, build_disputes
from newsgraph.views.data import Evidence, ViewData
from newsgraph.views.dossiers import build_dossier, quotes_by_speaker
from newsgraph.views.graph import build_graph, graph_figure
from newsgraph.views.render import asset
from newsgraph.views.story import build_story
from newsgraph.views.timeline import build_timeline, timeline_figure
from newsgraph.web.api import DATE, Data, event_filter, state
from newsgraph.web.filters import EventFilter
from newsgraph.web.search import KINDS

router = APIRouter(include_in_schema=False)
Filter = Annotated[EventFilter, Depends(event_filter)]


def page_link(kind: str, value: Any) -> str:
    """Page URLs for the shared macros (the briefing uses #anchors instead)."""
    if kind == "evidence" and isinstance(value, Evidence):
        return f"/documents/{quote(value.doc, safe='')}?hl={value.start}-{value.end}#hl"
    base = {"entity": "/entities/", "event": "/events/", "document": "/documents/"}.get(kind, "/")
    return base + quote(str(value), safe="")


def render(request: Request, name: str, **context: Any) -> HTMLResponse:
    env = request.app.state.templates
    data = context.get("data") or state(request).data()
    html = env.get_template(name).render(request=request, link=page_link, data=data, **context)
    return HTMLResponse(html)


def highlight(text: str, spans: list[tuple[int, int, str]], current: tuple[int, int] | None) -> Markup:
    """Escape ``text`` and wrap each (start, end, title) span in <mark>; overlapping spans are skipped."""
    out: list[str] = []
    pos = 0
    for start, end, title in sorted(spans):
        if start < pos or end <= start or end > len(text):
            continue
        is_current = current == (start, end)
        attrs = ' class="current" id="hl"' if is_current else ""
        out += [str(escape(text[pos:start])), f'<mark{attrs} title="{escape(title)}">',
                str(escape(text[start:end])), "</mark>"]
        pos = end
    out.append(str(escape(text[pos:])))
    return Markup("".join(out))


@lru_cache(maxsize=1)
def _plotly_js() -> str:
    from plotly.offline import get_plotlyjs

    return str(get_plotlyjs())


@router.get("/static/plotly.min.js")
def plotly_js() -> Response:
    return Response(_plotly_js(), media_type="application/javascript",
                    headers={"Cache-Control": "public, max-age=86400"})


@router.get("/static/newsgraph.css")
def css() -> Response:
    return Response(asset("newsgraph.css"), media_type="text/css")


@router.get("/static/newsgraph.js")
def script() -> Response:
    return Response(asset("newsgraph.js"), media_type="application/javascript")


@router.get("/", response_class=HTMLResponse)
def index(request: Request, data: Data) -> HTMLResponse:
    return render(request, "index.html.j2", story=build_story(data), coverage=build_coverage(data),
                  disputes=build_disputes(data))


@router.get("/timeline", response_class=HTMLResponse)
def timeline_page(request: Request, data: Data, flt: Filter) -> HTMLResponse:
    events = flt.apply(data)
    tl = build_timeline(data, event_ids={e.id for e in events})
    return render(request, "timeline.html.j2", timeline=tl, figure=timeline_figure(tl), flt=flt,
                  events=events)


@router.get("/graph", response_class=HTMLResponse)
def graph_page(request: Request, data: Data, flt: Filter) -> HTMLResponse:
    graph = build_graph(data, event_ids={e.id for e in flt.apply(data)} if not flt.is_empty() else None)
    return render(request, "graph.html.j2", graph=graph, figure=graph_figure(graph), flt=flt)


@router.get("/entities", response_class=HTMLResponse)
def entities_page(request: Request, data: Data, type: str | None = None,
                  q: str | None = None) -> HTMLResponse:
    ents = [e for e in data.resolution.entities if (not type or e.type == type)
            and (not q or any(q.casefold() in a.casefold() for a in [e.name, *e.aliases]))]
    ents.sort(key=lambda e: (-data.entity_mention_count(e), e.name))
    types = sorted({e.type for e in data.resolution.entities})
    return render(request, "entities.html.j2", entities=ents, types=types, type=type, q=q or "")


@router.get("/entities/{entity_id}", response_class=HTMLResponse)
def entity_page(request: Request, entity_id: str, data: Data) -> HTMLResponse:
    ent = data.entities.get(entity_id)
    if ent is None:
        raise HTTPException(404, f"no entity with id {entity_id!r}")
    return render(request, "entity.html.j2", d=build_dossier(data, ent))


@router.get("/events", response_class=HTMLResponse)
def events_page(request: Request, data: Data, flt: Filter) -> HTMLResponse:
    events = sorted(flt.apply(data), key=lambda v: (v.date.value or "9999", v.id))
    return render(request, "events.html.j2", events=events, flt=flt)


@router.get("/events/{event_id}", response_class=HTMLResponse)
def event_page(request: Request, event_id: str, data: Data) -> HTMLResponse:
    ev = data.events.get(event_id)
    if ev is None:
        raise HTTPException(404, f"no event with id {event_id!r}")
    quotes = [(q, data.quote_evidence(q)) for q in data.resolution.quotes if q.event == ev.id]
    return render(request, "event.html.j2", ev=ev, quotes=quotes)


@router.get("/documents", response_class=HTMLResponse)
def documents_page(request: Request, data: Data, outlet: str | None = None) -> HTMLResponse:
    docs = [d for d in data.documents.values() if not outlet or data.outlet(d.id) == outlet]
    return render(request, "documents.html.j2", docs=docs, outlet=outlet)


@router.get("/documents/{doc_id}", response_class=HTMLResponse)
def document_page(request: Request, doc_id: str, data: Data,
                  hl: Annotated[str | None, Query(pattern=r"^\d+-\d+$")] = None) -> HTMLResponse:
    doc = data.documents.get(doc_id)
    if doc is None:
        raise HTTPException(404, f"no document with id {doc_id!r}")
    spans = _evidence_spans(data, doc_id)
    current = tuple(int(x) for x in hl.split("-")) if hl else None
    if current and current not in {(s, e) for s, e, _ in spans}:
        spans.append((current[0], current[1], "linked evidence"))
    body = highlight(doc.text, spans, current)  # type: ignore[arg-type]
    events = [ev for ev in data.resolution.events if any(m.doc == doc_id for m in ev.mentions)]
    return render(request, "document.html.j2", doc=doc, body=body, events=events,
                  quotes=[q for q in data.resolution.quotes if q.doc == doc_id])


def _evidence_spans(data: ViewData, doc_id: str) -> list[tuple[int, int, str]]:
    spans = [(m.start, m.end, f"{ev.type}: {data.event_label(ev)}")
             for ev in data.resolution.events for m in ev.mentions if m.doc == doc_id]
    spans += [(q.start, q.end, f"quote: {data.entity_name(q.speaker) or q.speaker_text or ''}")
              for q in data.resolution.quotes if q.doc == doc_id]
    return spans


@router.get("/quotes", response_class=HTMLResponse)
def quotes_page(request: Request, data: Data) -> HTMLResponse:
    return render(request, "quotes.html.j2", speakers=quotes_by_speaker(data))


@router.get("/coverage", response_class=HTMLResponse)
def coverage_page(request: Request, data: Data) -> HTMLResponse:
    return render(request, "coverage.html.j2", coverage=build_coverage(data), disputes=build_disputes(data))


@router.get("/search", response_class=HTMLResponse)
def search_page(request: Request, q: Annotated[str, Query(max_length=200)] = "",
                kind: Annotated[str | None, Query(pattern="^(" + "|".join(KINDS) + ")?$")] = None) -> HTMLResponse:
    hits = state(request).search(q, kind=kind or None) if q.strip() else []
    return render(request, "search.html.j2", q=q, kind=kind or "", hits=hits, kinds=KINDS)


__all__ = ["DATE", "highlight", "page_link", "router"]
