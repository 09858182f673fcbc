"""`newsgraph stats`: what is in the store."""

from __future__ import annotations

import typer
from rich.table import Table

from newsgraph.cli.common import DbOption, console, open_store


def register(app: typer.Typer) -> None:
    @app.command()
    def stats(db: DbOption = None) -> None:
        """Count documents, sources, analyses, entities, events, quotes, claims and stories."""
        table = Table("what", "count", title="newsgraph store")
        for name, count in open_store(db, create=False).stats().items():
            table.add_row(name, str(count))
        console.print(table)
