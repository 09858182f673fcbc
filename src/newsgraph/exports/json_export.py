"""The JSON export contract (``schema: newsgraph/1``, see docs/export.md).

One JSON object with documents, entities, events, quotes, stories, claims,
disputes and coverage. Offsets are character offsets into each document's
cleaned ``text``. Extra fields beyond the contract are kept (they are useful
and the contract welcomes them).
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from newsgraph.model import DocAnalysis, Document, Entity, Event
from newsgraph.store import Store

SCHEMA = "newsgraph/1"


def document_json(doc: Document, analysis: DocAnalysis | None) -> dict[str, Any]:
    published, basis, span = doc.published, doc.published_basis, doc.published_range
    inferred = analysis.inferred_date if analysis else None
    if published is None and inferred and inferred.get("range"):
        # The page gave no date: say so, and give the interval the content supports.
        # A day is given only for a closed interval: "after May 2025" alone says nothing about the day.
        basis, span = "inferred", list(inferred["range"])
        published = inferred.get("value") if all(span) else None
    return {
        "id": doc.id, "source": doc.source, "url": doc.url, "title": doc.title, "outlet": doc.outlet,
        "author": doc.author, "published": published, "published_basis": basis,
        "published_range": span, "language": doc.language, "text": doc.text,
        "captions": list(doc.captions), "sources": list(doc.sources),
    }


def entity_json(e: Entity) -> dict[str, Any]:
    return {
        "id": e.id, "name": e.name, "type": e.type, "type_confidence": round(e.type_confidence, 3),
        "aliases": list(e.aliases), "alias_counts": dict(e.aliases),
        "mentions": [m.to_dict() for m in e.mentions], "ids": dict(e.ids),
        "roles": e.roles, "affiliations": e.affiliations, "metonym_of": e.metonym_of, "country": e.country,
    }


def event_json(v: Event) -> dict[str, Any]:
    data = v.to_dict()
    data["sources_count"] = len({m.doc for m in v.mentions})
    return data


def export_json(store: Store) -> dict[str, Any]:
    analyses = {a.doc_id: a for a in store.iter_analyses()}
    res = store.resolution()
    return {
        "schema": SCHEMA,
        "documents": [document_json(d, analyses.get(d.id)) for d in store.iter_documents()],
        "entities": [entity_json(e) for e in res.entities],
        "events": [event_json(v) for v in res.events],
        "quotes": [q.to_dict() for q in res.quotes],
        "stories": [s.to_dict() for s in res.stories],
        "claims": [c.to_dict() for c in res.claims],
        "disputes": res.disputes,
        "coverage": res.coverage,
    }


def write_json(store: Store, path: Path) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_suffix(path.suffix + ".tmp")
    tmp.write_text(json.dumps(export_json(store), ensure_ascii=False, indent=1), encoding="utf-8")
    tmp.replace(path)  # never leave a half-written export behind
    return path
