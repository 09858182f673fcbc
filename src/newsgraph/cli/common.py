"""What every command shares: the --db option, console output, progress bars, one-line errors."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Annotated, NoReturn

import typer
from rich.console import Console
from rich.progress import (
    BarColumn,
    MofNCompleteColumn,
    Progress,
    SpinnerColumn,
    TaskID,
    TextColumn,
    TimeElapsedColumn,
)

from newsgraph.errors import NewsgraphError
from newsgraph.store import Store


@dataclass
class Settings:
    quiet: bool = False
    verbose: bool = False


settings = Settings()
console = Console(stderr=False, highlight=False)
err_console = Console(stderr=True, highlight=False)

DbOption = Annotated[
    str | None,
    typer.Option("--db", help="Store: a SQLite path or a postgresql:// URL (default: $NEWSGRAPH_DB or newsgraph.db).",
                 show_default=False),
]


def info(message: str) -> None:
    if not settings.quiet:
        err_console.print(message)


def debug(message: str) -> None:
    if settings.verbose and not settings.quiet:
        err_console.print(f"[dim]{message}[/dim]")


def error_line(message: str) -> None:
    """One line on stderr naming the item and the reason (never a traceback)."""
    err_console.print(f"[red]error:[/red] {message}", markup=True, soft_wrap=True)


def fail(message: str) -> NoReturn:
    error_line(message)
    raise typer.Exit(1)


def open_store(db: str | None) -> Store:
    try:
        return Store.open(db)
    except NewsgraphError as exc:
        fail(str(exc))


@contextmanager
def progress_bar(description: str, total: int | None = None) -> Iterator[tuple[Progress, TaskID]]:
    """A rich progress bar on stderr (hidden with --quiet or when stderr is not a terminal)."""
    progress = Progress(
        SpinnerColumn(), TextColumn("[progress.description]{task.description}"), BarColumn(),
        MofNCompleteColumn(), TimeElapsedColumn(), console=err_console,
        disable=settings.quiet or not sys.stderr.isatty(), transient=False,
    )
    with progress:
        task = progress.add_task(description, total=total)
        yield progress, task
