"""What every command shares: the --db option, console output, progress bars, one-line errors.

Both consoles print data as it is (``markup=False``): article text is full of square brackets
("We [the two governments] will ...", "notes[old].txt"), and rich would read them as styles and
drop them. Styling is passed explicitly (``style=``, ``rich.text.Text``).
"""

from __future__ import annotations

import os
import re
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
from rich.text import Text

from newsgraph.errors import NewsgraphError
from newsgraph.store import DEFAULT_DB, Store


@dataclass
class Settings:
    quiet: bool = False
    verbose: bool = False


settings = Settings()
console = Console(stderr=False, highlight=False, markup=False)
err_console = Console(stderr=True, highlight=False, markup=False)

# SQLAlchemy appends "(Background on this error at: https://sqlalche.me/...)" on a line of its own.
_BACKGROUND = re.compile(r"\(Background on this error at: [^)]*\)")

DbOption = Annotated[
    str | None,
    typer.Option("--db", help="Store: a SQLite path or a postgresql:// URL (default: $NEWSGRAPH_DB or newsgraph.db).",
                 show_default=False),
]


def info(message: str) -> None:
    if not settings.quiet:
        err_console.print(message)


def debug(message: str) -> None:
    """A detail shown with --verbose only."""
    if settings.verbose and not settings.quiet:
        err_console.print(message, style="dim", soft_wrap=True)


def one_line(message: str) -> str:
    """The message on one line: library links dropped, line breaks and runs of spaces collapsed."""
    return " ".join(_BACKGROUND.sub("", message).split())


def error_line(message: str) -> None:
    """One line on stderr naming the item and the reason (never a traceback)."""
    err_console.print(Text.assemble(("error:", "red"), " ", one_line(message)), soft_wrap=True)


def plural(n: int, word: str, words: str | None = None) -> str:
    """ "1 document", "2 documents"."""
    return f"{n} {word if n == 1 else (words or word + 's')}"


def fail(message: str) -> NoReturn:
    error_line(message)
    raise typer.Exit(1)


def open_store(db: str | None, *, create: bool = True) -> Store:
    """Open (and with ``create``, make) the store; commands that only read pass ``create=False``
    so that a mistyped path is an error instead of a new empty store."""
    if not create:
        where = str(db or os.environ.get("NEWSGRAPH_DB") or DEFAULT_DB)
        if "://" not in where and not os.path.exists(os.path.expanduser(where)):
            fail(f"no store at {where} (create one with `newsgraph run SOURCES -o DIR` or "
                 f"`newsgraph ingest SOURCES --db {where}`)")
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
