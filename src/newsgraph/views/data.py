"""Everything a view needs, read from the store once and indexed.

Views never query the store piecemeal: :meth:`ViewData.load` reads the
documents and the resolved picture, and the indexes here (events by entity,
quotes by speaker, evidence with its outlet) are what every view builds on.
Keeping this one object means the briefing, the web pages and the exports all
describe the same facts in the same words.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass, field
from typing import Any

from newsgraph.model import Document, Entity, Event, MentionRef, Quote, Resolution, outlet_label
from newsgraph.store.store import Store

CONTEXT_CHARS = 160  # quote evidence: how far to look for the enclosing sentence; a long news sentence


@dataclass(frozen=True)
class Evidence:
    """One evidence span with the source it comes from, ready to show."""

    doc: str
    start: int
    end: int
    text: str
    outlet: str
    title: str | None
    url: str | None
    published: str | None

    def to_dict(self) -> dict[str, Any]:
        return dict(self.__dict__)


@dataclass
class ViewData:
    """The store's documents and resolution, with the lookups views share."""

    documents: dict[str, Document]
    resolution: Resolution
    entities: dict[str, Entity] = field(init=False)
    events: dict[str, Event] = field(init=False)
    quotes: dict[str, Quote] = field(init=False)
    events_by_entity: dict[str, list[Event]] = field(init=False)
    quotes_by_speaker: dict[str, list[Quote]] = field(init=False)

    def __post_init__(self) -> None:
        res = self.resolution
        self.entities = {e.id: e for e in res.entities}
        self.events = {v.id: v for v in res.events}
        self.quotes = {q.id: q for q in res.quotes}
        by_entity: dict[str, list[Event]] = defaultdict(list)
        for ev in res.events:
            for eid in dict.fromkeys([*ev.source, *ev.target, *([ev.location] if ev.location else [])]):
                by_entity[eid].append(ev)
        self.events_by_entity = dict(by_entity)
        by_speaker: dict[str, list[Quote]] = defaultdict(list)
        for q in res.quotes:
            if q.speaker:
                by_speaker[q.speaker].append(q)
        self.quotes_by_speaker = dict(by_speaker)

    @classmethod
    def load(cls, store: Store) -> ViewData:
        return cls(documents={d.id: d for d in store.iter_documents()}, resolution=store.resolution())

    # ------------------------------------------------------------ names
    def entity_name(self, entity_id: str | None) -> str:
        if not entity_id:
            return ""
        ent = self.entities.get(entity_id)
        return ent.name if ent else entity_id

    def outlet(self, doc_id: str) -> str:
        """The outlet as readers see it (``model.outlet_label``): name, host, or "unknown outlet (file)"."""
        return outlet_label(self.documents.get(doc_id), doc_id)

    def outlets(self) -> list[str]:
        return sorted({self.outlet(d) for d in self.documents})

    # ------------------------------------------------------------ evidence
    def evidence(self, ref: MentionRef | dict[str, Any]) -> Evidence:
        """A mention or evidence dict, with the source's outlet, title, URL and date."""
        data = ref.to_dict() if isinstance(ref, MentionRef) else ref
        doc_id = str(data.get("doc", ""))
        doc = self.documents.get(doc_id)
        return Evidence(
            doc=doc_id, start=int(data.get("start", 0)), end=int(data.get("end", 0)),
            text=str(data.get("text", "")), outlet=self.outlet(doc_id),
            title=doc.title if doc else None, url=(doc.url if doc else None),
            published=doc.published if doc else None,
        )

    def event_evidence(self, event: Event) -> list[Evidence]:
        return [self.evidence(m) for m in event.mentions]

    def quote_evidence(self, quote: Quote) -> Evidence:
        """The quote's enclosing sentence (by punctuation, no NLP) as its evidence."""
        doc = self.documents.get(quote.doc)
        text = quote.text
        start, end = quote.start, quote.end
        if doc is not None:
            lo = max(0, start - CONTEXT_CHARS)
            cut = max(doc.text.rfind(". ", lo, start), doc.text.rfind("\n", lo, start))
            start = cut + 1 if cut >= 0 else lo
            hi = doc.text.find(". ", end, end + CONTEXT_CHARS)
            end = hi + 1 if hi >= 0 else min(len(doc.text), end + CONTEXT_CHARS)
            text = doc.text[start:end].strip()
        return self.evidence({"doc": quote.doc, "start": start, "end": end, "text": text})

    # ------------------------------------------------------------ counts
    @staticmethod
    def source_count(event: Event) -> int:
        """Distinct documents reporting an event (one article mentioning it twice counts once)."""
        return len({m.doc for m in event.mentions})

    def event_outlets(self, event: Event) -> list[str]:
        return sorted({self.outlet(m.doc) for m in event.mentions})

    def entity_mention_count(self, entity: Entity) -> int:
        return len(entity.mentions) or sum(entity.aliases.values())

    def event_label(self, event: Event) -> str:
        """The event's summary, or 'sources TYPE targets' when the resolver left it empty."""
        if event.summary:
            return event.summary
        src = ", ".join(self.entity_name(e) for e in event.source) or "someone"
        tgt = ", ".join(self.entity_name(e) for e in event.target)
        return f"{src} {event.type.lower()} {tgt}".strip()

    def role_counts(self, entity: Entity) -> list[tuple[str, int]]:
        counts = Counter(str(r.get("role")) for r in entity.roles if r.get("role"))
        return counts.most_common()
