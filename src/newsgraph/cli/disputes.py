"""`newsgraph disputes`: facts the outlets disagree on, every value with its outlets and evidence."""

from __future__ import annotations

import typer
from rich.table import Table

from newsgraph.cli.common import DbOption, console, open_store


def register(app: typer.Typer) -> None:
    @app.command()
    def disputes(db: DbOption = None) -> None:
        """Dates, numbers, actors and asserted-vs-denied claims that differ between outlets."""
        res = open_store(db, create=False).resolution()
        if not res.disputes:
            console.print("no disputes found: no fact is reported with different values by different outlets")
            return
        for d in res.disputes:
            table = Table("value", "outlets", "evidence", title=f"{d['id']}  {d['kind']}: {d['subject']}",
                          title_justify="left", show_lines=True)
            for v in d.get("values", []):
                # the console prints without markup, so "[d12]" stays as written
                evidence = "\n".join(f"[{e['doc']}] {e['text']}" for e in v.get("evidence", []))
                table.add_row(str(v["value"]), ", ".join(v.get("outlets", [])), evidence)
            console.print(table)
        console.print(f"{len(res.disputes)} disputes")
