"""POST /api/ingest: one article as text, HTML or a URL, through the normal ingest path.

Bodies are written to a temporary file with the suffix the ingest layer uses
to pick its cleaner (.txt or .html), so an article posted here is cleaned
exactly like one read from disk. Analysis is not run here: the document is
stored, and its entities and events appear after the next ``newsgraph run``.
"""

from __future__ import annotations

import tempfile
from pathlib import Path

import httpx
from fastapi import HTTPException
from pydantic import BaseModel, Field, model_validator

from newsgraph.errors import IngestError, NewsgraphError
from newsgraph.model import Document
from newsgraph.store.store import AddResult, Store


class IngestIn(BaseModel):
    """Exactly one of ``text``, ``html`` or ``url``; the other fields override what ingest found."""

    text: str | None = Field(None, description="plain article text")
    html: str | None = Field(None, description="an article's HTML page")
    url: str | None = Field(None, pattern=r"^https?://\S+$", description="an http(s) URL to fetch")
    title: str | None = None
    outlet: str | None = None
    published: str | None = Field(None, pattern=r"^\d{4}-\d{2}-\d{2}$")
    source: str | None = Field(None, description="name to record as the source (default: api:<id>)")

    @model_validator(mode="after")
    def _one_body(self) -> IngestIn:
        given = [n for n in ("text", "html", "url") if getattr(self, n)]
        if len(given) != 1:
            raise ValueError("give exactly one of text, html or url")
        return self


class IngestOut(BaseModel):
    id: str
    status: str = Field(description="new | duplicate | near-duplicate | known-source")
    analysed: bool = Field(False, description="always false: run `newsgraph run` to analyse new documents")


def _documents(body: IngestIn, client: httpx.Client | None) -> list[Document | IngestError]:
    from newsgraph.ingest import iter_documents  # the ingest layer, not NLP: no model is loaded

    if body.url:
        return list(iter_documents([body.url], client=client))
    suffix, content = (".html", body.html) if body.html else (".txt", body.text)
    with tempfile.TemporaryDirectory(prefix="newsgraph-ingest-") as tmp:
        path = Path(tmp) / f"posted{suffix}"
        path.write_text(content or "", encoding="utf-8")
        return list(iter_documents([str(path)], client=client))


def ingest(store: Store, body: IngestIn, *, client: httpx.Client | None = None) -> AddResult:
    """Store the posted article; 422 with the ingest layer's reason when it is not an article."""
    try:
        results = _documents(body, client)
    except NewsgraphError as exc:
        raise HTTPException(422, str(exc)) from exc
    docs = [r for r in results if isinstance(r, Document)]
    if not docs:
        reasons = "; ".join(getattr(r, "reason", str(r)) for r in results) or "no article found"
        raise HTTPException(422, f"not ingested: {reasons}")
    doc = docs[0]
    if not body.url:  # the temporary file's path means nothing later
        doc.source = body.source or f"api:{doc.id}"
        doc.sources = [doc.source]
    elif body.source:
        doc.sources = list(dict.fromkeys([*doc.sources, body.source]))
    doc.title = body.title or doc.title
    doc.outlet = body.outlet or doc.outlet
    if body.published:
        doc.published, doc.published_basis = body.published, "metadata"
    return store.add_document(doc)
