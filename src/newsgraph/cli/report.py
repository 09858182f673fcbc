"""`newsgraph report [--db] -o briefing.html`: the offline HTML briefing."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from newsgraph.cli.common import DbOption, info, open_store


def register(app: typer.Typer) -> None:
    @app.command()
    def report(
        output: Annotated[Path, typer.Option("--output", "-o", help="HTML file to write.")] = Path("briefing.html"),
        title: Annotated[str | None, typer.Option("--title", help="Heading (default: the main story's title).")] = None,
        db: DbOption = None,
    ) -> None:
        """Write one self-contained HTML briefing (works offline): story, timeline, network, dossiers."""
        from newsgraph.views.briefing import write_briefing

        with open_store(db, create=False) as store:
            path = write_briefing(store, output, title=title)
        info(f"wrote {path} ({path.stat().st_size // 1024} KiB)")
