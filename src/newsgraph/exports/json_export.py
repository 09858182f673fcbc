"""The JSON export contract (``schema: newsgraph/1``, see docs/export.md).

One JSON object with documents, entities, events, quotes, stories, claims,
disputes and coverage. Offsets are character offsets into each document's
cleaned ``text``. Extra fields beyond the contract are kept (they are useful
and the contract welcomes them).
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any, TextIO

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


def _inferred_dates(store: Store) -> dict[str, dict[str, Any] | None]:
    """Only what the document records need from the analyses: holding every analysis of a
    large store at once would double the export's memory."""
    return {a.doc_id: a.inferred_date for a in store.iter_analyses() if a.inferred_date}


def _document_records(store: Store) -> Iterator[dict[str, Any]]:
    inferred = _inferred_dates(store)
    for d in store.iter_documents():
        yield document_json(d, DocAnalysis(doc_id=d.id, inferred_date=inferred.get(d.id)))


def _sections(store: Store) -> Iterator[tuple[str, Any]]:
    """The contract's top-level keys in order; documents as a stream, the rest as values."""
    yield "schema", SCHEMA
    yield "documents", _document_records(store)
    res = store.resolution()
    yield "entities", [entity_json(e) for e in res.entities]
    yield "events", [event_json(v) for v in res.events]
    yield "quotes", [q.to_dict() for q in res.quotes]
    yield "stories", [s.to_dict() for s in res.stories]
    yield "claims", [c.to_dict() for c in res.claims]
    yield "disputes", res.disputes
    yield "coverage", res.coverage


def export_json(store: Store) -> dict[str, Any]:
    return {key: list(value) if isinstance(value, Iterator) else value for key, value in _sections(store)}


def _write_value(out: TextIO, value: Any) -> None:
    """One section: a list or mapping with one compact item per line, anything else compact.

    One line per record keeps the file readable and diffable, and lets json's C encoder do
    the work (``indent`` switches json to its pure-Python encoder, several times slower)."""
    if isinstance(value, Iterator | list):
        out.write("[")
        empty = True
        for item in value:
            out.write(("\n  " if empty else ",\n  ") + json.dumps(item, ensure_ascii=False))
            empty = False
        out.write("]" if empty else "\n ]")
    elif isinstance(value, dict) and value:
        out.write("{")
        for i, (k, item) in enumerate(value.items()):
            out.write(("," if i else "") + "\n  " + json.dumps(str(k)) + ": " + json.dumps(item, ensure_ascii=False))
        out.write("\n }")
    else:
        out.write(json.dumps(value, ensure_ascii=False))


def write_json(store: Store, path: Path) -> Path:
    """Write the export, one document record at a time (the texts are most of a large export)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_suffix(path.suffix + ".tmp")
    with tmp.open("w", encoding="utf-8") as out:
        out.write("{")
        for n, (key, value) in enumerate(_sections(store)):
            out.write(f'{"," if n else ""}\n {json.dumps(key)}: ')
            _write_value(out, value)
        out.write("\n}\n")
    tmp.replace(path)  # never leave a half-written export behind
    return path
