"""The event table: one CSV row per resolved event, in the columns event-data users expect.

Modelled on the shape of ICEWS/POLECAT-style event tables (date, source and
target actors with countries, event type and mode, place), plus what
newsgraph adds: how many sources reported the event, the first source's URL,
and the evidence sentence. Multi-valued cells are joined with "; ".
"""

from __future__ import annotations

import csv
from pathlib import Path
from typing import Any

from newsgraph.model import Event
from newsgraph.store.store import Store
from newsgraph.views.data import ViewData
from newsgraph.views.families import family

COLUMNS = [
    "id", "date", "granularity", "date_basis", "date_text", "type", "family", "mode", "summary",
    "source_names", "source_ids", "source_countries", "target_names", "target_ids", "target_countries",
    "implied_ids", "place", "place_id", "modality", "sources_count", "outlets", "first_source_url", "first_source_doc",
    "evidence", "evidence_docs",
]
SEP = "; "


def _countries(data: ViewData, ids: list[str], given: list[str]) -> list[str]:
    """The resolver's countries; failing that, each actor entity's own country."""
    if given:
        return list(dict.fromkeys(given))
    found = [data.entities[i].country for i in ids if i in data.entities and data.entities[i].country]
    return list(dict.fromkeys(c for c in found if c))


def _first_doc(data: ViewData, event: Event) -> str | None:
    """The earliest-published reporting document (undated ones last, then ingest order)."""
    order = {doc_id: i for i, doc_id in enumerate(data.documents)}
    docs = [m.doc for m in event.mentions if m.doc in data.documents]
    if not docs:
        return None
    return min(docs, key=lambda d: (data.documents[d].published or "9999", order[d]))


def event_row(data: ViewData, event: Event) -> dict[str, Any]:
    first = _first_doc(data, event)
    first_doc = data.documents.get(first) if first else None
    names = data.entity_name
    return {
        "id": event.id, "date": event.date.value or "", "granularity": event.date.granularity or "",
        "date_basis": event.date.basis, "date_text": event.date.text or "", "type": event.type,
        "family": family(event.type), "mode": event.mode or "", "summary": data.event_label(event),
        "source_names": SEP.join(names(i) for i in event.source), "source_ids": SEP.join(event.source),
        "source_countries": SEP.join(_countries(data, event.source, event.source_countries)),
        "target_names": SEP.join(names(i) for i in event.target), "target_ids": SEP.join(event.target),
        "target_countries": SEP.join(_countries(data, event.target, event.target_countries)),
        "implied_ids": SEP.join(event.implied),
        "place": names(event.location), "place_id": event.location or "", "modality": event.modality,
        "sources_count": data.source_count(event), "outlets": SEP.join(data.event_outlets(event)),
        "first_source_url": (first_doc.url or first_doc.source) if first_doc else "",
        "first_source_doc": first or "",
        "evidence": event.mentions[0].text if event.mentions else "",
        "evidence_docs": SEP.join(dict.fromkeys(m.doc for m in event.mentions)),
    }


def event_rows(data: ViewData) -> list[dict[str, Any]]:
    return [event_row(data, ev) for ev in data.resolution.events]


def export_csv(store: Store, path: Path) -> None:
    """Write the event table (UTF-8, header row, RFC 4180 quoting) to ``path``."""
    data = ViewData.load(store)
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("w", encoding="utf-8", newline="") as fh:
        writer = csv.DictWriter(fh, fieldnames=COLUMNS)
        writer.writeheader()
        writer.writerows(event_rows(data))
