"""`newsgraph build`: per-document stages over what is pending, then cross-document resolution."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from newsgraph.cli.common import DbOption, debug, error_line, fail, info, open_store, plural, progress_bar
from newsgraph.errors import NewsgraphError
from newsgraph.pipeline.build import BuildReport, build
from newsgraph.pipeline.runner import default_workers
from newsgraph.store import Store

WorkersOption = Annotated[int | None, typer.Option("--workers", "-w", help="Processes for the NLP stages (default: all cores).")]
RulesOption = Annotated[Path | None, typer.Option("--rules", help="YAML/TOML file of entity merges, splits and renames (kept for later builds).")]


def build_with_progress(store: Store, *, workers: int | None, force: bool = False, rules: Path | None = None,
                        engine: str = "local", address: str | None = None) -> BuildReport:
    with progress_bar("analyse") as (progress, task):
        def on_progress(phase: str, done: int, total: int) -> None:
            progress.update(task, description=phase, completed=done, total=total)

        try:
            report = build(store, workers=workers or default_workers(), force=force, rules_path=rules,
                           engine=engine, address=address, progress=on_progress)
        except NewsgraphError as exc:
            fail(str(exc))
    for failure in report.failures:
        error_line(str(failure))
    c = report.counts
    if report.seconds:
        debug("seconds: " + ", ".join(f"{phase} {s:.1f}" for phase, s in report.seconds.items()))
    info(f"analysed {plural(report.analysed, 'document')}; {plural(c.get('entities', 0), 'entity', 'entities')}, "
         f"{plural(c.get('events', 0), 'event')}, {plural(c.get('quotes', 0), 'quote')}, "
         f"{plural(c.get('stories', 0), 'story', 'stories')}")
    return report


def register(app: typer.Typer) -> None:
    @app.command("build")
    def build_cmd(
        db: DbOption = None,
        workers: WorkersOption = None,
        rules: RulesOption = None,
        force: Annotated[bool, typer.Option("--force", help="Re-analyse every document, not only pending ones.")] = False,
        engine: Annotated[str, typer.Option("--engine", help="local (processes) or ray.")] = "local",
        address: Annotated[str | None, typer.Option("--address", help="Ray cluster address (ray://host:10001).")] = None,
    ) -> None:
        """Analyse pending documents and resolve entities, events, quotes and stories across them."""
        if engine not in ("local", "ray"):
            fail(f"--engine must be 'local' or 'ray', not {engine!r}")
        report = build_with_progress(open_store(db, create=False), workers=workers, force=force, rules=rules,
                                     engine=engine, address=address)
        if report.failures:
            raise typer.Exit(1)
