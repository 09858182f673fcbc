"""The store: documents, their analyses, and the resolved picture, behind one small class.

SQLite by default (a path), PostgreSQL by URL (``postgresql://...``): both go
through SQLAlchemy Core and the same migrations. Every write is one
transaction, so a crash or Ctrl-C leaves what was committed intact and a
re-run finishes the rest: adding a document is idempotent (same cleaned text →
same id), analyses are saved batch by batch, and the resolved tables are
swapped as a whole.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, Text, bindparam, cast, create_engine, delete, event, func, insert, select
from sqlalchemy.exc import IntegrityError, OperationalError, SQLAlchemyError

from newsgraph.errors import StoreError
from newsgraph.model import (
    Claim,
    DocAnalysis,
    Document,
    Entity,
    Event,
    Quote,
    Resolution,
    Story,
)
from newsgraph.store import migrations, schema

DEFAULT_DB = "newsgraph.db"

# The statements add_document runs for every article, built once with their values as bound
# parameters: building them per call (``.values(**row)``, a literal per comparison) made SQLAlchemy
# coerce each value and compute the statement's cache key again, nearly half the time of storing an
# article (add_document for the 1000-article benchmark corpus: 1.45 s -> 0.8 s, with add_minhash below).
_DOC_BY_HASH = select(schema.documents.c.id).where(schema.documents.c.content_hash == bindparam("content_hash"))
_NEXT_SEQ = select(func.coalesce(func.max(schema.documents.c.seq), 0))
_INSERT_DOCUMENT = insert(schema.documents)
_INSERT_SOURCE = insert(schema.document_sources)
_INSERT_SIGNATURE = insert(schema.signatures)
# ... and those adding a source to a stored text (a duplicate)
_SOURCE_PRESENT = select(schema.document_sources.c.doc_id).where(
    schema.document_sources.c.doc_id == bindparam("doc_id"), schema.document_sources.c.source == bindparam("source"))
_DOC_DATA = select(schema.documents.c.data).where(schema.documents.c.id == bindparam("doc_id"))
_SET_DOC_DATA = schema.documents.update().where(schema.documents.c.id == bindparam("doc_id"))  # data=: the new value


@dataclass(frozen=True)
class AddResult:
    """What happened to one ingested document."""

    doc_id: str
    status: str  # "new" | "duplicate" (same text) | "near-duplicate" (syndicated copy) | "known-source"


def database_url(db: str | os.PathLike[str] | None) -> str:
    """A path becomes a SQLite URL; a URL is used as it is."""
    value = str(db or os.environ.get("NEWSGRAPH_DB") or DEFAULT_DB)
    if "://" in value:
        if value.startswith("postgresql://"):  # prefer the psycopg 3 driver when no driver is named
            value = "postgresql+psycopg://" + value[len("postgresql://") :]
        return value
    path = Path(value).expanduser()
    if path.parent and not path.parent.exists():
        path.parent.mkdir(parents=True, exist_ok=True)
    return f"sqlite:///{path}"


def _sqlite_pragmas(dbapi_conn: Any, _record: Any) -> None:
    cur = dbapi_conn.cursor()
    cur.execute("PRAGMA foreign_keys=ON")
    cur.execute("PRAGMA journal_mode=WAL")  # readers never block the writer
    cur.execute("PRAGMA busy_timeout=30000")  # two ingesting processes wait for each other
    cur.execute("PRAGMA synchronous=NORMAL")
    cur.close()


class Store:
    """Open with :meth:`open`; close with :meth:`close` or a ``with`` block."""

    def __init__(self, engine: Engine) -> None:
        self.engine = engine
        self._near_index: Any = None

    # ------------------------------------------------------------ lifecycle
    @classmethod
    def open(cls, db: str | os.PathLike[str] | None = None) -> Store:
        try:
            url = database_url(db)
            engine = create_engine(url, future=True)
            if engine.dialect.name == "sqlite":
                event.listen(engine, "connect", _sqlite_pragmas)
            with engine.connect() as conn:
                current = migrations.current_version(conn)
            if current != migrations.latest_version():
                with engine.connect() as conn:
                    migrations.upgrade_locked(conn)
        except StoreError:
            raise
        except (SQLAlchemyError, ImportError, OSError) as exc:
            raise StoreError(f"cannot open store {db or DEFAULT_DB}: {exc}") from exc
        return cls(engine)

    def close(self) -> None:
        self.engine.dispose()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # ------------------------------------------------------------ documents
    def has_source(self, source: str) -> bool:
        with self.engine.connect() as conn:
            row = conn.execute(
                select(schema.document_sources.c.doc_id).where(schema.document_sources.c.source == source)
            ).first()
        return row is not None

    def add_document(self, doc: Document, *, signature: bytes | None = None) -> AddResult:
        """Store one document in its own transaction; duplicates only add a source.

        ``signature`` is the text's near-duplicate signature when the caller already has it
        (computed by the processes that read the files); otherwise it is computed here."""
        for attempt in range(3):
            try:
                with self.engine.begin() as conn:
                    existing = conn.execute(_DOC_BY_HASH, {"content_hash": doc.content_hash}).first()
                    minhash = None if existing else self._minhash(doc.text, signature)
                    target = existing[0] if existing else self._near_duplicate_of(minhash)
                    if target is not None:
                        self._add_sources(conn, target, doc.sources)
                        return AddResult(target, "duplicate" if existing else "near-duplicate")
                    seq = conn.execute(_NEXT_SEQ).scalar_one() + 1
                    conn.execute(_INSERT_DOCUMENT, {**_document_row(doc), "seq": seq})
                    self._add_new_sources(conn, doc.id, doc.sources)
                    signature = self._signature(minhash)
                    if signature is not None:
                        conn.execute(_INSERT_SIGNATURE, {"doc_id": doc.id, "minhash": signature})
                if minhash is not None and self._near_index is not None:
                    # the MinHash just built, not a second one decoded from its signature (0.05 s per 1000)
                    self._near_index.add_minhash(doc.id, minhash)
                return AddResult(doc.id, "new")
            except IntegrityError:
                if attempt == 2:  # another process stored the same text meanwhile: now a duplicate
                    raise
            except OperationalError as exc:
                raise StoreError(f"cannot store {doc.source}: {exc.orig}") from exc
        raise StoreError(f"cannot store {doc.source}")  # pragma: no cover

    def _add_new_sources(self, conn: Any, doc_id: str, sources: Iterable[str]) -> None:
        """Sources of a document just inserted: its row already lists them, no other row can."""
        rows = [{"doc_id": doc_id, "source": s} for s in dict.fromkeys(sources)]
        if rows:
            conn.execute(_INSERT_SOURCE, rows)

    def _add_sources(self, conn: Any, doc_id: str, sources: Iterable[str]) -> None:
        for source in sources:
            present = conn.execute(_SOURCE_PRESENT, {"doc_id": doc_id, "source": source}).first()
            if not present:
                conn.execute(_INSERT_SOURCE, {"doc_id": doc_id, "source": source})
        row = conn.execute(_DOC_DATA, {"doc_id": doc_id}).first()
        data = dict(row[0])
        merged = list(dict.fromkeys([*data.get("sources", []), *sources]))
        if merged != data.get("sources"):
            data["sources"] = merged
            conn.execute(_SET_DOC_DATA, {"doc_id": doc_id, "data": data})

    def _near_duplicates(self) -> Any:
        """The MinHash index, rebuilt from stored signatures once per process."""
        if self._near_index is None:
            try:
                from newsgraph.ingest.dedup import NearDuplicateIndex
            except ImportError:
                return None
            index = NearDuplicateIndex()
            with self.engine.connect() as conn:
                for doc_id, sig in conn.execute(select(schema.signatures.c.doc_id, schema.signatures.c.minhash)):
                    index.add_signature(doc_id, bytes(sig))
            self._near_index = index
        return self._near_index

    def _minhash(self, text: str, signature: bytes | None = None) -> Any:
        """The text's MinHash, computed once per new text unless its signature came along
        (None without datasketch)."""
        index = self._near_duplicates()
        if index is None:
            return None
        return index.from_signature(signature) if signature is not None else index.minhash(text)

    def _near_duplicate_of(self, minhash: Any) -> str | None:
        index = self._near_duplicates()
        return index.find_minhash(minhash) if index is not None and minhash is not None else None

    @staticmethod
    def _signature(minhash: Any) -> bytes | None:
        if minhash is None:
            return None
        from newsgraph.ingest.dedup import to_signature

        return to_signature(minhash)

    def document(self, doc_id: str) -> Document | None:
        with self.engine.connect() as conn:
            row = conn.execute(select(schema.documents.c.data).where(schema.documents.c.id == doc_id)).first()
        return Document.from_dict(row[0]) if row else None

    def iter_documents(self, ids: Iterable[str] | None = None, *, batch: int = 500) -> Iterator[Document]:
        """Documents in ingest order, streamed in batches (never all in memory)."""
        d = schema.documents
        wanted = set(ids) if ids is not None else None
        last_seq, last_id = 0, ""
        while True:
            # keyset on (seq, id): two processes ingesting at once can give two documents one seq
            with self.engine.connect() as conn:
                rows = conn.execute(
                    select(d.c.seq, d.c.id, d.c.data)
                    .where((d.c.seq > last_seq) | ((d.c.seq == last_seq) & (d.c.id > last_id)))
                    .order_by(d.c.seq, d.c.id)
                    .limit(batch)
                ).all()
            if not rows:
                return
            for seq, doc_id, data in rows:
                last_seq, last_id = seq, doc_id
                if wanted is None or doc_id in wanted:
                    yield Document.from_dict(data)

    def documents(self) -> list[Document]:
        return list(self.iter_documents())

    def count_documents(self) -> int:
        with self.engine.connect() as conn:
            return int(conn.execute(select(func.count()).select_from(schema.documents)).scalar_one())

    # ------------------------------------------------------------ analyses
    def pending(self, version: str) -> list[str]:
        """Ids of documents with no analysis, or one made by another pipeline version."""
        d, a = schema.documents, schema.analyses
        with self.engine.connect() as conn:
            rows = conn.execute(
                select(d.c.id)
                .select_from(d.outerjoin(a, a.c.doc_id == d.c.id))
                .where((a.c.doc_id.is_(None)) | (a.c.version != version))
                .order_by(d.c.seq, d.c.id)
            ).all()
        return [r[0] for r in rows]

    def save_analyses(self, items: Iterable[DocAnalysis]) -> int:
        """Save a batch of analyses in one transaction (replacing older ones)."""
        return self.save_analysis_records([a.to_dict() for a in items])

    def save_analysis_records(self, records: Sequence[dict[str, Any]]) -> int:
        """Save analyses given as ``DocAnalysis.to_dict()`` records, in one transaction."""
        rows = [{"doc_id": r["doc_id"], "version": r.get("version", ""), "data": r} for r in records]
        if not rows:
            return 0
        with self.engine.begin() as conn:
            conn.execute(delete(schema.analyses).where(schema.analyses.c.doc_id.in_([r["doc_id"] for r in rows])))
            conn.execute(insert(schema.analyses), rows)
        return len(rows)

    def iter_analyses(self) -> Iterator[DocAnalysis]:
        d, a = schema.documents, schema.analyses
        with self.engine.connect() as conn:
            result = conn.execution_options(stream_results=True).execute(
                # the JSON text, not the decoded dict: DocAnalysis.from_json decodes it in one pass
                select(cast(a.c.data, Text)).select_from(a.join(d, d.c.id == a.c.doc_id)).order_by(d.c.seq, d.c.id)
            )
            for (data,) in result:
                yield DocAnalysis.from_json(data)

    # ------------------------------------------------------------ resolution
    def write_resolution(self, res: Resolution) -> None:
        """Replace every resolved table in one transaction: readers see old or new, never half."""
        with self.engine.begin() as conn:
            for table in schema.RESOLVED_TABLES:
                conn.execute(delete(table))
            _insert_many(conn, schema.entities, [
                {"id": e.id, "name": e.name, "type": e.type, "type_confidence": e.type_confidence,
                 "mention_count": len(e.mentions), "data": e.to_dict()} for e in res.entities])
            _insert_many(conn, schema.events, [
                {"id": v.id, "type": v.type, "date": (v.date.value or None), "data": v.to_dict(),
                 "source_count": len({m.doc for m in v.mentions})} for v in res.events])
            _insert_many(conn, schema.quotes, [
                {"id": q.id, "doc_id": q.doc, "speaker": q.speaker, "text": q.text, "data": q.to_dict()}
                for q in res.quotes])
            _insert_many(conn, schema.claims, [
                {"id": c.id, "doc_id": c.doc, "speaker": c.speaker, "data": c.to_dict()} for c in res.claims])
            _insert_many(conn, schema.stories, [
                {"id": s.id, "title": s.title, "data": s.to_dict()} for s in res.stories])
            _insert_many(conn, schema.findings, [
                {"kind": "disputes", "data": res.disputes}, {"kind": "coverage", "data": res.coverage}])

    def resolution(self) -> Resolution:
        with self.engine.connect() as conn:
            def load(table: Any, cls: Any) -> list[Any]:
                # the JSON text, decoded by msgspec straight into the classes (as iter_analyses)
                return [cls.from_json(r[0]) for r in conn.execute(
                    select(cast(table.c.data, Text)).order_by(table.c.id))]

            found = dict(conn.execute(select(schema.findings.c.kind, schema.findings.c.data)).all())
            res = Resolution(
                entities=load(schema.entities, Entity),
                events=load(schema.events, Event),
                quotes=load(schema.quotes, Quote),
                claims=load(schema.claims, Claim),
                stories=load(schema.stories, Story),
                disputes=found.get("disputes") or [],
                coverage=found.get("coverage") or {},
            )
        for items in (res.entities, res.events, res.quotes, res.claims, res.stories):
            items.sort(key=lambda x: _id_order(x.id))
        return res

    # ------------------------------------------------------------ settings kept in the store
    def get_meta(self, key: str) -> str | None:
        with self.engine.connect() as conn:
            row = conn.execute(select(schema.meta.c.value).where(schema.meta.c.key == key)).first()
        return row[0] if row else None

    def set_meta(self, key: str, value: str | None) -> None:
        with self.engine.begin() as conn:
            conn.execute(delete(schema.meta).where(schema.meta.c.key == key))
            if value is not None:
                conn.execute(insert(schema.meta).values(key=key, value=value))

    # ------------------------------------------------------------ stats
    def stats(self) -> dict[str, int]:
        counts: dict[str, int] = {}
        with self.engine.connect() as conn:
            for name, table in (("documents", schema.documents), ("sources", schema.document_sources),
                                ("analyses", schema.analyses), ("entities", schema.entities),
                                ("events", schema.events), ("quotes", schema.quotes),
                                ("claims", schema.claims), ("stories", schema.stories)):
                counts[name] = conn.execute(select(func.count()).select_from(table)).scalar_one()
        return counts


def _insert_many(conn: Any, table: Any, rows: list[dict[str, Any]]) -> None:
    if rows:
        conn.execute(insert(table), rows)


def _id_order(value: str) -> tuple[str, int]:
    """Sort "e2" before "e10"."""
    head = value.rstrip("0123456789")
    tail = value[len(head):]
    return head, int(tail) if tail else -1


def _document_row(doc: Document) -> dict[str, Any]:
    return {
        "id": doc.id, "content_hash": doc.content_hash, "source": doc.source, "url": doc.url,
        "title": doc.title, "outlet": doc.outlet, "author": doc.author,
        "published": doc.published, "published_basis": doc.published_basis,
        "language": doc.language, "text": doc.text, "data": doc.to_dict(),
    }
