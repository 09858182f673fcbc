"""`newsgraph run SOURCE... -o DIR`: ingest, build, export and report in one go."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from newsgraph.cli.build import RulesOption, WorkersOption, build_with_progress
from newsgraph.cli.common import console, fail, info, open_store
from newsgraph.cli.ingest import ingest_summary, ingest_with_progress
from newsgraph.exports.json_export import write_json
from newsgraph.store import Store


def write_outputs(store: Store, out: Path) -> list[Path]:
    from newsgraph.views.briefing import write_briefing

    return [write_json(store, out / "newsgraph.json"), write_briefing(store, out / "briefing.html")]


def register(app: typer.Typer) -> None:
    @app.command()
    def run(
        sources: Annotated[list[str], typer.Argument(help="Files, folders, .jsonl, URLs, feeds, or -.")],
        out: Annotated[Path, typer.Option("--output", "-o", help="Folder for the store, export and briefing.")] = Path("out"),
        db: Annotated[str | None, typer.Option("--db", help="Store (default: OUT/newsgraph.db).")] = None,
        workers: WorkersOption = None,
        rules: RulesOption = None,
    ) -> None:
        """Ingest SOURCES, build the picture, write OUT/newsgraph.json and OUT/briefing.html."""
        out.mkdir(parents=True, exist_ok=True)
        store = open_store(db or str(out / "newsgraph.db"))
        ingest_report = ingest_with_progress(store, sources, workers=workers)
        info(ingest_summary(ingest_report))
        if store.stats()["documents"] == 0:
            fail("no documents could be read from the given sources")
        build_report = build_with_progress(store, workers=workers, rules=rules)
        written = write_outputs(store, out)
        for path in written:
            console.print(f"wrote {path}")
        if ingest_report.failed or build_report.failures:
            raise typer.Exit(1)
