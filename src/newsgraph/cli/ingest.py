"""`newsgraph ingest SOURCE...`: files, folders, JSONL, URLs, feeds or '-' into the store."""

from __future__ import annotations

import sys
from typing import Annotated

import typer

from newsgraph.cli.common import DbOption, debug, error_line, info, open_store, progress_bar
from newsgraph.model import Document
from newsgraph.pipeline.ingesting import IngestReport, ingest_into
from newsgraph.pipeline.runner import default_workers
from newsgraph.store import Store


def ingest_with_progress(store: Store, sources: list[str], *, workers: int | None = None) -> IngestReport:
    with progress_bar("ingest") as (progress, task):
        def on_item(item: object, result: object) -> None:
            if result is None:
                error_line(str(item))
            elif isinstance(item, Document):  # --verbose: what became of each article
                status, doc_id = getattr(result, "status", "stored"), getattr(result, "doc_id", item.id)
                debug(f"{status} {doc_id}  {item.source}  "
                      f"({item.outlet or 'outlet unknown'}, {item.published or 'date unknown'})")
            progress.advance(task)

        return ingest_into(store, sources, stdin=sys.stdin, on_item=on_item, workers=workers or default_workers())


def ingest_summary(report: IngestReport) -> str:
    return f"ingested {len(report.new)} new, {len(report.duplicates)} already stored, {len(report.errors)} failed"


def register(app: typer.Typer) -> None:
    @app.command()
    def ingest(
        sources: Annotated[list[str], typer.Argument(help="Files, folders (recursive), .jsonl, URLs, feeds, or - for stdin.")],
        db: DbOption = None,
        workers: Annotated[int | None, typer.Option(
            "--workers", "-w", help="Processes reading a large folder (default: all cores).")] = None,
    ) -> None:
        """Read articles into the store (idempotent: the same text is stored once)."""
        store = open_store(db)
        report = ingest_with_progress(store, sources, workers=workers)
        info(ingest_summary(report))
        if report.failed:
            raise typer.Exit(1)
