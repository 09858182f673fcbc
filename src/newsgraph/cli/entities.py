"""`newsgraph entities` lists resolved entities; `newsgraph entity NAME` shows one dossier."""

from __future__ import annotations

from collections import Counter
from typing import Annotated

import typer
from rich.table import Table
from rich.text import Text

from newsgraph.cli.common import DbOption, console, fail, open_store, plural
from newsgraph.model import Entity, Resolution, outlet_label


def find_entity(res: Resolution, name: str) -> Entity | None:
    """Exact id, exact name or alias (case-insensitive), else the best alias containing the text."""
    wanted = name.casefold().strip()
    for e in res.entities:
        if e.id == name or e.name.casefold() == wanted or any(a.casefold() == wanted for a in e.aliases):
            return e
    partial = [e for e in res.entities if any(wanted in a.casefold() for a in [e.name, *e.aliases])]
    return max(partial, key=lambda e: len(e.mentions)) if partial else None


def register(app: typer.Typer) -> None:
    @app.command()
    def entities(
        db: DbOption = None,
        type_: Annotated[str | None, typer.Option("--type", "-t", help="PERSON, ORG, GPE, LOC, FAC, NORP ...")] = None,
        search: Annotated[str | None, typer.Option("--search", "-s", help="Text in the name or an alias.")] = None,
        limit: Annotated[int, typer.Option("--limit", "-n", help="At most this many rows.")] = 100,
    ) -> None:
        """List entities, most mentioned first."""
        res = open_store(db, create=False).resolution()
        rows = [e for e in res.entities
                if (not type_ or e.type == type_.upper())
                and (not search or any(search.casefold() in a.casefold() for a in [e.name, *e.aliases]))]
        rows.sort(key=lambda e: (-len(e.mentions), e.name))
        table = Table("id", "name", "type", "mentions", "docs", "aliases")
        for e in rows[:limit]:
            others = [a for a in e.aliases if a != e.name]
            table.add_row(e.id, e.name, e.type, str(len(e.mentions)), str(len({m.doc for m in e.mentions})),
                          ", ".join(others[:6]) + (" ..." if len(others) > 6 else ""))
        console.print(table)
        console.print(f"{len(rows)} entities")

    @app.command()
    def entity(name: Annotated[str, typer.Argument(help="Name, alias or id.")], db: DbOption = None) -> None:
        """Dossier of one entity: aliases, roles, affiliations, documents, events, quotes."""
        store = open_store(db, create=False)
        res = store.resolution()
        e = find_entity(res, name)
        if e is None:
            fail(f"no entity matches {name!r} (try `newsgraph entities --search`)")
        console.print(Text.assemble((e.name, "bold"), f"  {e.type} (confidence {e.type_confidence:.2f})  id {e.id}"))
        if e.country:
            console.print(f"country: {e.country}")
        if e.metonym_of:
            console.print(f"stands for: {e.metonym_of}")
        console.print("aliases: " + ", ".join(f"{a} ({n})" for a, n in sorted(e.aliases.items(), key=lambda x: -x[1])))
        roles = sorted({str(r.get("role")) for r in e.roles if r.get("role")})
        if roles:
            console.print("roles: " + "; ".join(roles))
        if e.affiliations:
            console.print("affiliations: " + ", ".join(e.affiliations))
        docs = sorted({m.doc for m in e.mentions})
        found = {d.id: d for d in store.iter_documents(docs)}
        labels = Counter(outlet_label(found.get(i), i) for i in docs)
        where = ", ".join(f"{o} ×{n}" if n > 1 else o for o, n in sorted(labels.items()))
        console.print(f"mentions: {len(e.mentions)} in {plural(len(docs), 'document')}: {where}")
        if e.ids:
            console.print("ids: " + ", ".join(f"{k}={v}" for k, v in e.ids.items()))
        evs = [v for v in res.events if e.id in v.source + v.target]
        for v in evs:
            console.print(f"  event {v.id} {v.date.value or 'undated'} {v.type} {v.summary}")
        for q in (q for q in res.quotes if q.speaker == e.id):
            console.print(f"  quote {q.id}: “{q.text}”")
