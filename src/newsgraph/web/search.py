"""Full-text search over documents, entities, events and quotes.

For a SQLite store the index is an FTS5 table (``web_search``) that the web
layer keeps beside the store's own tables: it is derived data, rebuilt
whenever the store's contents change (compared by a signature of counts), and
never read by anything but this module. Other stores (PostgreSQL), or a SQLite
without FTS5, fall back to a case-insensitive substring scan of the same rows.
"""

from __future__ import annotations

import re
import threading
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from markupsafe import Markup, escape
from sqlalchemy import text
from sqlalchemy.exc import OperationalError

from newsgraph.store.store import Store
from newsgraph.views.data import ViewData

START, STOP = "\x02", "\x03"  # hit markers: never in cleaned text, replaced by <mark> after escaping
SNIPPET_TOKENS = 16  # words of context in an FTS snippet: about one line
FALLBACK_CONTEXT = 70  # characters either side of a substring hit: the same line's worth
KINDS = ("document", "entity", "event", "quote")


@dataclass(frozen=True)
class SearchHit:
    kind: str
    id: str
    title: str
    snippet: str  # plain text, hit marked with START/STOP

    def to_dict(self) -> dict[str, Any]:
        return {"kind": self.kind, "id": self.id, "title": self.title,
                "snippet": self.snippet.replace(START, "").replace(STOP, "")}

    def snippet_html(self) -> Markup:
        return Markup(str(escape(self.snippet)).replace(START, "<mark>").replace(STOP, "</mark>"))


def rows(data: ViewData) -> Iterator[tuple[str, str, str, str]]:
    """(kind, id, title, body) for everything searchable."""
    for doc in data.documents.values():
        yield "document", doc.id, doc.title or doc.source, f"{data.outlet(doc.id)}\n{doc.text}"
    for ent in data.resolution.entities:
        yield "entity", ent.id, ent.name, " ; ".join([ent.name, *ent.aliases, *ent.affiliations])
    for ev in data.resolution.events:
        yield "event", ev.id, data.event_label(ev), " ".join([ev.type, data.event_label(ev),
                                                              *(m.text for m in ev.mentions)])
    for q in data.resolution.quotes:
        who = data.entity_name(q.speaker) or q.speaker_text or ""
        yield "quote", q.id, who, q.text


def fts_query(query: str) -> str:
    """User words -> an FTS5 query: every word must occur, the last one as a prefix."""
    words = re.findall(r"\w+", query)
    if not words:
        return ""
    parts = ['"' + w.replace('"', '""') + '"' for w in words]
    parts[-1] += "*"
    return " ".join(parts)


class SearchIndex:
    """Search for one store; :meth:`search` refreshes the index when the data changed."""

    def __init__(self, store: Store) -> None:
        self.store = store
        self._signature: str | None = None
        self._lock = threading.Lock()
        self.uses_fts = store.engine.dialect.name == "sqlite" and self._create()

    def _create(self) -> bool:
        try:
            with self.store.engine.begin() as conn:
                conn.exec_driver_sql(
                    "CREATE VIRTUAL TABLE IF NOT EXISTS web_search USING fts5("
                    "kind UNINDEXED, ref UNINDEXED, title, body, tokenize='unicode61 remove_diacritics 2')")
                conn.exec_driver_sql("CREATE TABLE IF NOT EXISTS web_search_meta (key TEXT PRIMARY KEY, value TEXT)")
        except OperationalError:
            return False
        return True

    def refresh(self, data: ViewData, signature: str) -> None:
        """Rebuild the FTS table when ``signature`` (the store's state) differs from the indexed one."""
        if not self.uses_fts or signature == self._signature:
            return
        with self._lock, self.store.engine.begin() as conn:
            stored = conn.execute(text("SELECT value FROM web_search_meta WHERE key='signature'")).scalar()
            if stored != signature:
                conn.exec_driver_sql("DELETE FROM web_search")
                conn.execute(text("INSERT INTO web_search (kind, ref, title, body) VALUES (:k, :r, :t, :b)"),
                             [{"k": k, "r": r, "t": t, "b": b} for k, r, t, b in rows(data)])
                conn.execute(text("INSERT OR REPLACE INTO web_search_meta (key, value) VALUES ('signature', :s)"),
                             {"s": signature})
            self._signature = signature

    def search(self, data: ViewData, signature: str, query: str, *, kind: str | None = None,
               limit: int = 50) -> list[SearchHit]:
        if self.uses_fts:
            self.refresh(data, signature)
            return self._fts(query, kind=kind, limit=limit)
        return substring_search(data, query, kind=kind, limit=limit)

    def _fts(self, query: str, *, kind: str | None, limit: int) -> list[SearchHit]:
        match = fts_query(query)
        if not match:
            return []
        sql = ("SELECT kind, ref, title, snippet(web_search, 3, :a, :b, ' … ', :n) FROM web_search "
               "WHERE web_search MATCH :q" + (" AND kind = :kind" if kind else "") +
               " ORDER BY bm25(web_search, 0, 0, 5.0, 1.0) LIMIT :limit")
        params = {"a": START, "b": STOP, "n": SNIPPET_TOKENS, "q": match, "kind": kind, "limit": limit}
        with self.store.engine.connect() as conn:
            found = conn.execute(text(sql), params).all()
        return [SearchHit(k, r, t, s) for k, r, t, s in found]


def substring_search(data: ViewData, query: str, *, kind: str | None = None, limit: int = 50) -> list[SearchHit]:
    """The portable fallback: every word must occur (case-insensitive); snippet around the first."""
    words = [w.casefold() for w in re.findall(r"\w+", query)]
    if not words:
        return []
    hits = []
    for k, ref, title, body in rows(data):
        if kind and k != kind:
            continue
        hay = f"{title}\n{body}".casefold()
        if all(w in hay for w in words):
            hits.append(SearchHit(k, ref, title, _snippet(f"{title}\n{body}", words[0])))
            if len(hits) >= limit:
                break
    return hits


def _snippet(body: str, word: str) -> str:
    at = body.casefold().find(word)
    lo, hi = max(0, at - FALLBACK_CONTEXT), min(len(body), at + len(word) + FALLBACK_CONTEXT)
    return " ".join((body[lo:at] + START + body[at:at + len(word)] + STOP + body[at + len(word):hi]).split())
