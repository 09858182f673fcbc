"""Entity dossiers: who an entity is, what it did, what it said, with evidence.

A dossier is what a reader opens after clicking a name anywhere in a view:
its aliases with how often each was used, roles and affiliations the articles
give it, the events it takes part in (and in which position), and its quotes.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from newsgraph.model import Entity, Event, Quote
from newsgraph.views.data import Evidence, ViewData


@dataclass
class DossierEvent:
    event: Event
    position: str  # source | target | location
    label: str
    sources: int


@dataclass
class Dossier:
    entity: Entity
    mentions: int
    aliases: list[tuple[str, int]]
    roles: list[tuple[str, int]]
    affiliations: list[str]
    events: list[DossierEvent] = field(default_factory=list)
    quotes: list[tuple[Quote, Evidence]] = field(default_factory=list)
    outlets: list[str] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return {
            **self.entity.to_dict(), "mention_count": self.mentions,
            "alias_counts": [{"alias": a, "count": n} for a, n in self.aliases],
            "role_counts": [{"role": r, "count": n} for r, n in self.roles],
            "events": [{"id": d.event.id, "type": d.event.type, "position": d.position, "label": d.label,
                        "date": d.event.date.value, "sources": d.sources} for d in self.events],
            "quotes": [q.to_dict() for q, _ in self.quotes], "outlets": self.outlets,
        }


def _position(event: Event, entity_id: str) -> str:
    if entity_id in event.source:
        return "source"
    if entity_id in event.target:
        return "target"
    return "location"


def build_dossier(data: ViewData, entity: Entity) -> Dossier:
    aliases = sorted(entity.aliases.items(), key=lambda kv: (-kv[1], kv[0]))
    events = [DossierEvent(ev, _position(ev, entity.id), data.event_label(ev), data.source_count(ev))
              for ev in data.events_by_entity.get(entity.id, [])]
    events.sort(key=lambda d: (d.event.date.value or "9999", d.event.id))
    quotes = [(q, data.quote_evidence(q)) for q in data.quotes_by_speaker.get(entity.id, [])]
    return Dossier(
        entity=entity, mentions=data.entity_mention_count(entity), aliases=aliases,
        roles=data.role_counts(entity), affiliations=list(dict.fromkeys(entity.affiliations)),
        events=events, quotes=quotes, outlets=sorted({data.outlet(m.doc) for m in entity.mentions}),
    )


def build_dossiers(data: ViewData, *, limit: int | None = None) -> list[Dossier]:
    """Dossiers, most-mentioned first; entities in events come before those only mentioned."""
    ents = sorted(data.resolution.entities,
                  key=lambda e: (e.id not in data.events_by_entity, -data.entity_mention_count(e), e.name))
    if limit is not None:
        ents = ents[:limit]
    return [build_dossier(data, e) for e in ents]


def quotes_by_speaker(data: ViewData) -> list[tuple[str, list[tuple[Quote, Evidence]]]]:
    """Quotes grouped by speaker name (unresolved speakers by their own words), busiest first."""
    groups: dict[str, list[tuple[Quote, Evidence]]] = {}
    for q in data.resolution.quotes:
        key = data.entity_name(q.speaker) if q.speaker else (q.speaker_text or "unknown speaker")
        groups.setdefault(key, []).append((q, data.quote_evidence(q)))
    return sorted(groups.items(), key=lambda kv: (-len(kv[1]), kv[0]))
