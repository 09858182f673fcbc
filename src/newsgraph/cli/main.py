"""Entry point: builds the typer app from one module per command."""

from __future__ import annotations

import importlib
from typing import Annotated

import typer

from newsgraph import __version__
from newsgraph.cli.common import settings

COMMAND_MODULES = [
    "ingest", "build", "export", "run", "stats", "entities",
    "timeline", "quotes", "sources", "disputes", "report", "serve",
]

app = typer.Typer(
    name="newsgraph", no_args_is_help=True, add_completion=False, rich_markup_mode="rich",
    help="Read many news articles about one story and turn them into one evidence-backed picture.",
)


def _version(value: bool) -> None:
    if value:
        typer.echo(f"newsgraph {__version__}")
        raise typer.Exit()


@app.callback()
def main_options(
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="Only errors.")] = False,
    verbose: Annotated[bool, typer.Option("--verbose", "-v", help="More detail on what happens.")] = False,
    version: Annotated[bool, typer.Option("--version", callback=_version, is_eager=True,
                                          help="Print the version.")] = False,
) -> None:
    settings.quiet, settings.verbose = quiet, verbose


for _name in COMMAND_MODULES:
    importlib.import_module(f"newsgraph.cli.{_name}").register(app)


def main() -> None:
    app()
