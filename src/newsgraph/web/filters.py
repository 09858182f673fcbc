"""Event filters shared by the pages and the API: date range, actor, event type, outlet.

A partial date (a month or a year) matches a range when any part of its
period falls inside it, so "2024-03" is kept for a range starting 2024-03-15.
Undated events are kept only when no date bound is given.
"""

from __future__ import annotations

from dataclasses import dataclass

from newsgraph.model import Event
from newsgraph.views.data import ViewData


@dataclass(frozen=True)
class EventFilter:
    date_from: str | None = None  # ISO date, inclusive
    date_to: str | None = None
    actor: str | None = None  # entity id, or part of a name (case-insensitive)
    type: str | None = None  # PLOVER type
    outlet: str | None = None

    def is_empty(self) -> bool:
        return not any((self.date_from, self.date_to, self.actor, self.type, self.outlet))

    def matches(self, data: ViewData, event: Event) -> bool:
        return (self._date_ok(event.date.value) and self._actor_ok(data, event)
                and (not self.type or event.type.upper() == self.type.upper())
                and (not self.outlet or self.outlet in data.event_outlets(event)))

    def _date_ok(self, value: str | None) -> bool:
        if not (self.date_from or self.date_to):
            return True
        if not value:
            return False
        lo, hi = _period(value)
        return (not self.date_from or hi >= self.date_from) and (not self.date_to or lo <= self.date_to)

    def _actor_ok(self, data: ViewData, event: Event) -> bool:
        if not self.actor:
            return True
        ids = [*event.source, *event.target, *([event.location] if event.location else [])]
        if self.actor in ids:
            return True
        needle = self.actor.casefold()
        return any(needle in data.entity_name(i).casefold() for i in ids)

    def apply(self, data: ViewData) -> list[Event]:
        return [ev for ev in data.resolution.events if self.matches(data, ev)]


def _period(value: str) -> tuple[str, str]:
    """'2024-03' -> ('2024-03-01', '2024-03-31'); comparisons are on ISO strings."""
    parts = value.split("-")
    if len(parts) == 1:
        return f"{parts[0]}-01-01", f"{parts[0]}-12-31"
    if len(parts) == 2:
        return f"{value}-01", f"{value}-31"
    return value[:10], value[:10]
