"""The JSON API under /api/: the same views as the pages, as data, with an OpenAPI schema.

Lists take ``limit``/``offset``; events, timeline and graph take the shared
filters (date range, actor, event type, outlet). Every error is
``{"error": reason}`` with a 4xx status (see app.py's handlers).
"""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Depends, HTTPException, Query, Request
from pydantic import BaseModel, Field

from newsgraph.model import Entity, Event, Quote, Story
from newsgraph.views.coverage import build_coverage, build_disputes
from newsgraph.views.data import ViewData
from newsgraph.views.dossiers import build_dossier
from newsgraph.views.graph import build_graph, graph_dict
from newsgraph.views.timeline import build_timeline
from newsgraph.web.auth import require_token
from newsgraph.web.filters import EventFilter
from newsgraph.web.ingest_api import IngestIn, IngestOut, ingest
from newsgraph.web.search import KINDS
from newsgraph.web.state import AppState

DATE = r"^\d{4}(-\d{2}(-\d{2})?)?$"
MAX_LIMIT = 1000  # one page of results; large enough for a story, small enough to stay quick


class ErrorOut(BaseModel):
    error: str


class DocumentSummary(BaseModel):
    id: str
    source: str
    url: str | None = None
    title: str | None = None
    outlet: str | None = None
    author: str | None = None
    published: str | None = None
    published_basis: str = "unknown"


class DocumentOut(DocumentSummary):
    text: str
    captions: list[str] = Field(default_factory=list)
    sources: list[str] = Field(default_factory=list)


class SearchHitOut(BaseModel):
    kind: str
    id: str
    title: str
    snippet: str


ERRORS: dict[int | str, dict[str, Any]] = {
    400: {"model": ErrorOut}, 404: {"model": ErrorOut}, 413: {"model": ErrorOut}, 422: {"model": ErrorOut},
}
router = APIRouter(prefix="/api", responses=ERRORS)
Limit = Annotated[int, Query(ge=1, le=MAX_LIMIT)]
Offset = Annotated[int, Query(ge=0)]


def state(request: Request) -> AppState:
    app_state: AppState = request.app.state.newsgraph
    return app_state


def view_data(request: Request) -> ViewData:
    return state(request).data()


def event_filter(date_from: Annotated[str | None, Query(pattern=DATE)] = None,
                 date_to: Annotated[str | None, Query(pattern=DATE)] = None,
                 actor: str | None = None, type: str | None = None,
                 outlet: str | None = None) -> EventFilter:
    return EventFilter(date_from=date_from, date_to=date_to, actor=actor, type=type, outlet=outlet)


Data = Annotated[ViewData, Depends(view_data)]
Filter = Annotated[EventFilter, Depends(event_filter)]


def _missing(kind: str, ident: str) -> HTTPException:
    return HTTPException(404, f"no {kind} with id {ident!r}")


@router.get("/stats", summary="Row counts of the store")
def stats(request: Request) -> dict[str, int]:
    return state(request).store.stats()


@router.get("/documents", response_model=list[DocumentSummary])
def documents(data: Data, limit: Limit = 100, offset: Offset = 0, outlet: str | None = None) -> list[Any]:
    docs = [d for d in data.documents.values() if not outlet or data.outlet(d.id) == outlet]
    return [d.to_dict() for d in docs[offset:offset + limit]]


@router.get("/documents/{doc_id}", response_model=DocumentOut)
def document(doc_id: str, data: Data) -> Any:
    doc = data.documents.get(doc_id)
    if doc is None:
        raise _missing("document", doc_id)
    return doc.to_dict()


@router.get("/entities", response_model=list[Entity])
def entities(data: Data, limit: Limit = 100, offset: Offset = 0, type: str | None = None,
             q: str | None = None) -> list[Entity]:
    found = [e for e in data.resolution.entities
             if (not type or e.type == type)
             and (not q or any(q.casefold() in a.casefold() for a in [e.name, *e.aliases]))]
    return found[offset:offset + limit]


@router.get("/entities/{entity_id}", summary="An entity's dossier: aliases, roles, events, quotes")
def entity(entity_id: str, data: Data) -> dict[str, Any]:
    ent = data.entities.get(entity_id)
    if ent is None:
        raise _missing("entity", entity_id)
    return build_dossier(data, ent).to_dict()


@router.get("/events", response_model=list[Event])
def events(data: Data, flt: Filter, limit: Limit = 100, offset: Offset = 0) -> list[Event]:
    return flt.apply(data)[offset:offset + limit]


@router.get("/events/{event_id}", summary="One event with its evidence sentences and their sources")
def event(event_id: str, data: Data) -> dict[str, Any]:
    ev = data.events.get(event_id)
    if ev is None:
        raise _missing("event", event_id)
    return {**ev.to_dict(), "sources_count": data.source_count(ev),
            "evidence": [e.to_dict() for e in data.event_evidence(ev)]}


@router.get("/quotes", response_model=list[Quote])
def quotes(data: Data, limit: Limit = 100, offset: Offset = 0, speaker: str | None = None) -> list[Quote]:
    found = [q for q in data.resolution.quotes if not speaker or q.speaker == speaker]
    return found[offset:offset + limit]


@router.get("/stories", response_model=list[Story])
def stories(data: Data) -> list[Story]:
    return data.resolution.stories


@router.get("/timeline", summary="Dated events as timeline points; undated ones apart")
def timeline(data: Data, flt: Filter) -> dict[str, Any]:
    ids = None if flt.is_empty() else {ev.id for ev in flt.apply(data)}
    return build_timeline(data, event_ids=ids).to_dict()


@router.get("/graph", summary="Actor network: entity nodes, event edges (source -> target)")
def graph(data: Data, flt: Filter) -> dict[str, Any]:
    ids = None if flt.is_empty() else {ev.id for ev in flt.apply(data)}
    return graph_dict(build_graph(data, event_ids=ids))


@router.get("/coverage", summary="Outlet x event matrix, single-source events, disputes")
def coverage(data: Data) -> dict[str, Any]:
    disputes = [{"id": x.id, "kind": x.kind, "subject": x.subject, "event": x.event,
                 "values": [{"value": v.value, "outlets": v.outlets, "evidence": [e.to_dict() for e in v.evidence]}
                            for v in x.values]} for x in build_disputes(data)]
    return {**build_coverage(data).to_dict(), "disputes": disputes}


@router.get("/search", response_model=list[SearchHitOut])
def search(request: Request, q: Annotated[str, Query(min_length=1, max_length=200)],
           kind: Annotated[str | None, Query(pattern="^(" + "|".join(KINDS) + ")$")] = None,
           limit: Annotated[int, Query(ge=1, le=200)] = 50) -> list[dict[str, Any]]:
    return [h.to_dict() for h in state(request).search(q, kind=kind, limit=limit)]


@router.post("/ingest", status_code=201, response_model=IngestOut,
             responses={401: {"model": ErrorOut}}, dependencies=[Depends(require_token)],
             summary="Store one article (text, HTML or URL); needs the bearer token")
def ingest_article(request: Request, body: IngestIn) -> IngestOut:
    result = ingest(state(request).store, body, client=request.app.state.http_client)
    return IngestOut(id=result.doc_id, status=result.status, analysed=False)
