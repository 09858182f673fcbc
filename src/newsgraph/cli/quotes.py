"""`newsgraph quotes`: who said what, filterable by speaker and by words in the quote."""

from __future__ import annotations

from typing import Annotated

import typer
from rich.table import Column, Table

from newsgraph.cli.common import DbOption, console, open_store
from newsgraph.model import Quote, Resolution, outlet_label


def speaker_name(res: Resolution, q: Quote) -> str:
    """The entity's canonical name when resolved, else the text the article used."""
    if q.speaker:
        for e in res.entities:
            if e.id == q.speaker:
                return e.name
    return q.speaker_text or "-"


def select_quotes(res: Resolution, *, speaker: str | None = None, search: str | None = None) -> list[Quote]:
    """Quotes whose speaker (id, name, alias or text) or words match, in document order."""
    rows = list(res.quotes)
    if speaker:
        want = speaker.casefold()
        ids = {e.id for e in res.entities
               if e.id == speaker or any(want in a.casefold() for a in [e.name, *e.aliases])}
        rows = [q for q in rows if q.speaker in ids or want in (q.speaker_text or "").casefold()]
    if search:
        rows = [q for q in rows if search.casefold() in q.text.casefold()]
    return rows


def register(app: typer.Typer) -> None:
    @app.command()
    def quotes(
        db: DbOption = None,
        speaker: Annotated[str | None, typer.Option("--speaker", help="Speaker name, alias or entity id.")] = None,
        search: Annotated[str | None, typer.Option("--search", "-s", help="Words in the quote.")] = None,
        limit: Annotated[int, typer.Option("--limit", "-n", help="At most this many rows.")] = 200,
    ) -> None:
        """List direct quotes with their speaker, cue and document."""
        store = open_store(db, create=False)
        res = store.resolution()
        rows = select_quotes(res, speaker=speaker, search=search)
        if not rows:
            console.print("no quotes match" if speaker or search else "no quotes in the store")
            return
        docs = {d.id: d for d in store.iter_documents({q.doc for q in rows[:limit]})}
        # the quote is what the reader came for: other columns wrap first in a narrow terminal
        table = Table("id", "outlet", "speaker", "cue", Column("quote", min_width=30), "event")
        for q in rows[:limit]:
            table.add_row(q.id, outlet_label(docs.get(q.doc), q.doc), speaker_name(res, q), q.cue or "", q.text, q.event or "")
        console.print(table)
        console.print(f"{len(rows)} quotes")
