"""`newsgraph export --format json|csv|graphml|markdown -o FILE`."""

from __future__ import annotations

import importlib
from pathlib import Path
from typing import Annotated

import typer

from newsgraph.cli.common import DbOption, fail, info, open_store
from newsgraph.store import Store

# format -> (module, function): each writer takes (store, path)
WRITERS = {
    "json": ("newsgraph.exports.json_export", "write_json"),
    "csv": ("newsgraph.exports.csv_export", "export_csv"),
    "graphml": ("newsgraph.exports.graphml_export", "export_graphml"),
    "markdown": ("newsgraph.exports.markdown_export", "export_markdown"),
}


def write_export(store: Store, fmt: str, path: Path) -> Path:
    module, name = WRITERS[fmt]
    getattr(importlib.import_module(module), name)(store, path)
    return path


def register(app: typer.Typer) -> None:
    @app.command()
    def export(
        output: Annotated[Path, typer.Option("--output", "-o", help="File to write.")],
        fmt: Annotated[str, typer.Option("--format", "-f", help="json | csv | graphml | markdown")] = "json",
        db: DbOption = None,
    ) -> None:
        """Write the store's picture in the JSON contract, a CSV event table, GraphML or Markdown."""
        if fmt not in WRITERS:
            fail(f"unknown format {fmt!r}; choose one of {', '.join(WRITERS)}")
        write_export(open_store(db, create=False), fmt, output)
        info(f"wrote {output}")
