"""`newsgraph sources`: which outlet reports which event, and what only one outlet reports."""

from __future__ import annotations

import typer
from rich.table import Table
from rich.text import Text

from newsgraph.cli.common import DbOption, console, open_store


def register(app: typer.Typer) -> None:
    @app.command()
    def sources(db: DbOption = None) -> None:
        """Outlet x event coverage matrix and single-source events."""
        res = open_store(db, create=False).resolution()
        cov = res.coverage or {}
        outlets: list[str] = cov.get("outlets", [])
        matrix: dict[str, dict[str, int]] = cov.get("matrix", {})
        summaries = {ev.id: ev.summary for ev in res.events}
        table = Table("event", "summary", *outlets)
        for ev_id in cov.get("events", []):
            cells = [str(matrix.get(o, {}).get(ev_id, "")) for o in outlets]
            table.add_row(ev_id, (summaries.get(ev_id) or "")[:60], *cells)
        console.print(table)
        single = cov.get("single_source", [])
        console.print(f"{len(cov.get('events', []))} events, {len(outlets)} outlets; "
                      f"{len(single)} reported by one outlet only")
        for ev_id in single:
            who = [o for o in outlets if ev_id in matrix.get(o, {})]
            console.print(Text.assemble(f"  {ev_id}  {(summaries.get(ev_id) or '')[:70]}  ",
                                        (f"only {', '.join(who)}", "dim")))
