"""`newsgraph timeline`: dated events in order (date, type, actors, place, sources), undated ones apart.

Reads the stored resolution only (no NLP). Filters: ``--actor`` matches an
entity name, alias or id, or a country an event's actors stand for;
``--type`` a PLOVER type; ``--from``/``--to`` ISO dates, compared at the
precision the event's date has ("2025-07" is inside --from 2025-07-15 ...
--to 2025-07-20 only if the month overlaps the range).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Annotated

import typer
from rich.table import Table

from newsgraph.cli.common import DbOption, console, fail, open_store
from newsgraph.model import Entity, Event, Resolution


@dataclass
class Row:
    event: Event
    actors: str
    place: str
    sources: int


def _names(ids: list[str], ents: dict[str, Entity]) -> list[str]:
    return [ents[i].name if i in ents else i for i in ids]


def _matches_actor(ev: Event, wanted: str, ents: dict[str, Entity]) -> bool:
    w = wanted.casefold()
    for eid in [*ev.source, *ev.target]:
        e = ents.get(eid)
        names = [eid] + ([e.name, *e.aliases, e.country or ""] if e else [])
        if any(w == n.casefold() for n in names if n):
            return True
    return any(w == c.casefold() for c in [*ev.source_countries, *ev.target_countries])


def _in_range(value: str, lo: str | None, hi: str | None) -> bool:
    """Overlap test at the value's own precision ("2025" overlaps any range touching 2025)."""
    n = len(value)
    return (lo is None or value >= lo[:n]) and (hi is None or value <= hi[:n])


def timeline_rows(res: Resolution, *, actor: str | None = None, type_: str | None = None,
                  date_from: str | None = None, date_to: str | None = None) -> tuple[list[Row], list[Row]]:
    """(dated rows in chronological order, undated rows in id order) after the filters."""
    ents = {e.id: e for e in res.entities}
    dated, undated = [], []
    for ev in res.events:
        if type_ and ev.type != type_.upper():
            continue
        if actor and not _matches_actor(ev, actor, ents):
            continue
        src = ", ".join(_names(ev.source, ents)) or ", ".join(ev.source_countries)
        tgt = ", ".join(_names(ev.target, ents)) or ", ".join(ev.target_countries)
        row = Row(ev, f"{src or '?'} → {tgt or '?'}", ents[ev.location].name if ev.location in ents else "",
                  len({m.doc for m in ev.mentions}))
        value = ev.date.value
        if value:
            if _in_range(value, date_from, date_to):
                dated.append(row)
        elif not (date_from or date_to):
            undated.append(row)
    dated.sort(key=lambda r: (r.event.date.value or "", _id_num(r.event.id)))
    undated.sort(key=lambda r: _id_num(r.event.id))
    return dated, undated


def _valid_date(value: str) -> bool:
    """YYYY, YYYY-MM or YYYY-MM-DD naming a real month and day ("2022-13" and "2023-02-30" are not)."""
    for fmt in ("%Y", "%Y-%m", "%Y-%m-%d"):
        try:
            datetime.strptime(value, fmt)
        except ValueError:
            continue
        return len(value) in (4, 7, 10)
    return False


def _id_num(eid: str) -> int:
    digits = "".join(ch for ch in eid if ch.isdigit())
    return int(digits) if digits else 0


def _table(rows: list[Row], *, dated: bool) -> Table:
    table = Table("date" if dated else "id", "type", "actors", "place", "sources", "summary")
    for r in rows:
        ev = r.event
        kind = ev.type + (f"/{ev.mode}" if ev.mode else "") + ("" if ev.modality == "asserted" else f" ({ev.modality})")
        table.add_row(ev.date.value if dated else ev.id, kind, r.actors, r.place, str(r.sources), ev.summary)
    return table


def register(app: typer.Typer) -> None:
    @app.command()
    def timeline(
        db: DbOption = None,
        actor: Annotated[str | None, typer.Option("--actor", "-a", help="Entity name, alias, id or country.")] = None,
        type_: Annotated[str | None, typer.Option("--type", "-t", help="PLOVER type, e.g. CONSULT.")] = None,
        date_from: Annotated[str | None, typer.Option("--from", help="Earliest date (YYYY[-MM[-DD]]).")] = None,
        date_to: Annotated[str | None, typer.Option("--to", help="Latest date (YYYY[-MM[-DD]]).")] = None,
    ) -> None:
        """Print dated events chronologically, then the undated ones."""
        for value in (date_from, date_to):
            if value and not _valid_date(value):
                fail(f"dates must look like 2025, 2025-07 or 2025-07-31, not {value!r}")
        dated, undated = timeline_rows(open_store(db, create=False).resolution(), actor=actor, type_=type_,
                                       date_from=date_from, date_to=date_to)
        if not dated and not undated:
            console.print("no events match")
            return
        if dated:
            console.print(_table(dated, dated=True))
        if undated:
            console.print("Undated", style="bold")
            console.print(_table(undated, dated=False))
