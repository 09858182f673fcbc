"""Who reported what: the outlet x event matrix, single-source events, and disputes.

The resolver's coverage finding is used when present; when it is empty (an
older store, or the finding not computed yet) the matrix is counted here from
the event mentions, so the view never goes blank while events exist.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from typing import Any

from newsgraph.views.data import Evidence, ViewData

MAX_MATRIX_EVENTS = 60  # columns beyond this stop being readable on a laptop screen


@dataclass
class Coverage:
    outlets: list[str]
    events: list[str]
    matrix: dict[str, dict[str, int]]
    single_source: list[str]

    def cell(self, outlet: str, event_id: str) -> int:
        return int(self.matrix.get(outlet, {}).get(event_id, 0))

    def to_dict(self) -> dict[str, Any]:
        return {"outlets": self.outlets, "events": self.events, "matrix": self.matrix,
                "single_source": self.single_source}


@dataclass
class DisputeValue:
    value: str
    outlets: list[str]
    evidence: list[Evidence] = field(default_factory=list)


@dataclass
class Dispute:
    id: str
    kind: str
    subject: str
    event: str | None
    values: list[DisputeValue]


def build_coverage(data: ViewData) -> Coverage:
    found = data.resolution.coverage or {}
    if found.get("matrix"):
        events = [e for e in found.get("events", []) if e in data.events] or list(data.events)
        return Coverage(outlets=list(found.get("outlets") or data.outlets()),
                        events=events[:MAX_MATRIX_EVENTS], matrix=dict(found["matrix"]),
                        single_source=list(found.get("single_source", [])))
    matrix: dict[str, dict[str, int]] = {}
    for ev in data.resolution.events:
        for outlet, n in Counter(data.outlet(m.doc) for m in ev.mentions).items():
            matrix.setdefault(outlet, {})[ev.id] = n
    ranked = sorted(data.resolution.events, key=lambda v: (-data.source_count(v), v.id))
    single = [v.id for v in data.resolution.events if len({data.outlet(m.doc) for m in v.mentions}) == 1]
    return Coverage(outlets=sorted(matrix), events=[v.id for v in ranked][:MAX_MATRIX_EVENTS],
                    matrix=matrix, single_source=single)


def build_disputes(data: ViewData) -> list[Dispute]:
    """Disputes as the quotes/claims stage wrote them; malformed entries are skipped, not fatal."""
    out = []
    for i, raw in enumerate(data.resolution.disputes):
        if not isinstance(raw, dict):
            continue
        values = []
        for val in raw.get("values") or []:
            if not isinstance(val, dict):
                continue
            evidence = [data.evidence(e) for e in val.get("evidence") or [] if isinstance(e, dict)]
            outlets = [str(o) for o in val.get("outlets") or []] or sorted({e.outlet for e in evidence})
            values.append(DisputeValue(value=str(val.get("value")), outlets=outlets, evidence=evidence))
        out.append(Dispute(id=str(raw.get("id") or f"x{i + 1}"), kind=str(raw.get("kind") or ""),
                           subject=str(raw.get("subject") or ""),
                           event=raw.get("event"), values=values))
    return out
