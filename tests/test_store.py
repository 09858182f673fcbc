"""The store: idempotent ingest, migrations, transactions, round trips."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from sqlalchemy import select
from sqlalchemy.exc import IntegrityError

from newsgraph.errors import StoreError
from newsgraph.model import DocAnalysis, Document, Entity, Event, EventDate, MentionRef, Resolution
from newsgraph.store import Store, database_url, migrations, schema


def make_doc(text: str, source: str = "a.txt", **kw: object) -> Document:
    from newsgraph.model import content_hash

    return Document(id="d" + content_hash(text)[:12], source=source, text=text, **kw)  # type: ignore[arg-type]


def test_store_same_text_is_stored_once_with_every_source(fresh_store: Store) -> None:
    first = fresh_store.add_document(make_doc("Kyiv and Ankara agreed on a corridor.", "one.txt"))
    again = fresh_store.add_document(make_doc("Kyiv and Ankara agreed on a corridor.", "two.txt"))
    assert first.status == "new" and again.status == "duplicate" and again.doc_id == first.doc_id
    assert fresh_store.stats()["documents"] == 1
    assert fresh_store.document(first.doc_id).sources == ["one.txt", "two.txt"]  # type: ignore[union-attr]
    assert fresh_store.has_source("two.txt") and not fresh_store.has_source("three.txt")


def test_store_analyses_come_back_equal_from_their_json_text(fresh_store: Store) -> None:
    a = fresh_store.add_document(make_doc("Ankara hosted the talks."))
    saved = DocAnalysis(doc_id=a.doc_id, version="v1", sentences=[[0, 24]], inferred_date={"range": ["2024-03-01"]})
    fresh_store.save_analyses([saved])
    assert list(fresh_store.iter_analyses()) == [saved]


def test_model_json_text_that_misfits_the_types_is_decoded_the_generic_way() -> None:
    import json

    raw = '{"doc_id": "d1", "version": 7, "sentences": [[0, 5]]}'  # an int where a str is declared
    assert DocAnalysis.from_json(raw) == DocAnalysis.from_dict(json.loads(raw))
    assert DocAnalysis.from_json(raw).version == 7


def test_store_pending_tracks_analysis_version(fresh_store: Store) -> None:
    a = fresh_store.add_document(make_doc("First text about Paris."))
    b = fresh_store.add_document(make_doc("Second text about Beijing.", "b.txt"))
    assert fresh_store.pending("v1") == [a.doc_id, b.doc_id]
    fresh_store.save_analyses([DocAnalysis(doc_id=a.doc_id, version="v1")])
    assert fresh_store.pending("v1") == [b.doc_id]
    assert fresh_store.pending("v2") == [a.doc_id, b.doc_id]


def test_store_resolution_round_trip_and_replacement(fresh_store: Store) -> None:
    ent = Entity(id="e1", name="Recep Tayyip Erdoğan", type="PERSON", aliases={"Erdogan": 2},
                 mentions=[MentionRef("d1", 0, 7, "Erdogan")])
    ev = Event(id="v1", type="CONSULT", mode="visit", summary="visit", source=["e1"],
               date=EventDate("2022-07-22", "day", "on Friday", "relative"))
    fresh_store.write_resolution(Resolution(entities=[ent], events=[ev], disputes=[{"id": "x1"}]))
    res = fresh_store.resolution()
    assert res.entities == [ent] and res.events == [ev] and res.disputes == [{"id": "x1"}]
    fresh_store.write_resolution(Resolution())
    assert fresh_store.resolution().entities == []


def test_store_failed_resolution_write_keeps_the_old_picture(fresh_store: Store) -> None:
    fresh_store.write_resolution(Resolution(entities=[Entity(id="e1", name="Kyiv", type="GPE")]))
    broken = Resolution(entities=[Entity(id="e1", name="A", type="GPE"), Entity(id="e1", name="B", type="GPE")])
    with pytest.raises(IntegrityError):
        fresh_store.write_resolution(broken)  # duplicate primary key: the transaction rolls back
    assert [e.name for e in fresh_store.resolution().entities] == ["Kyiv"]


def test_store_migrations_record_version_and_refuse_newer(tmp_path: Path) -> None:
    db = tmp_path / "m.db"
    Store.open(db).close()
    store = Store.open(db)
    with store.engine.begin() as conn:
        assert migrations.current_version(conn) == migrations.latest_version()
        conn.execute(schema.meta.update().where(schema.meta.c.key == "schema_version").values(value="999"))
    store.close()
    with pytest.raises(StoreError, match="newer than this newsgraph"):
        Store.open(db)


def test_store_url_from_path_and_postgres_driver(tmp_path: Path) -> None:
    assert database_url(tmp_path / "x.db") == f"sqlite:///{tmp_path / 'x.db'}"
    assert database_url("postgresql://u@h/db").startswith("postgresql+psycopg://")


def test_store_unopenable_path_is_a_store_error(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    with pytest.raises(StoreError, match="cannot open store"):
        Store.open(blocker / "sub" / "x.db")


@settings(max_examples=25, deadline=None)
@given(text=st.text(min_size=1, max_size=200).filter(lambda s: s.strip()),
       title=st.none() | st.text(max_size=40), captions=st.lists(st.text(max_size=30), max_size=3))
def test_store_document_round_trip(tmp_path_factory: pytest.TempPathFactory, text: str, title: str | None,
                                   captions: list[str]) -> None:
    store = Store.open(tmp_path_factory.mktemp("rt") / "rt.db")
    doc = make_doc(text, title=title, captions=captions)
    store.add_document(doc)
    assert store.document(doc.id) == doc
    with store.engine.connect() as conn:
        assert conn.execute(select(schema.documents.c.text)).scalar_one() == text
    store.close()


def _ingest_many(url: str, prefix: str, n: int) -> None:
    store = Store.open(url)
    for i in range(n):
        store.add_document(make_doc(f"{prefix} report number {i} about the summit in Vilnius.", f"{prefix}{i}.txt"))
        store.add_document(make_doc(f"Shared text number {i} syndicated by both wires.", f"{prefix}-shared{i}.txt"))
    store.close()


def test_store_concurrent_ingest_from_two_processes_loses_nothing(store_url: str) -> None:
    import multiprocessing

    Store.open(store_url).close()  # migrate once before the writers start
    ctx = multiprocessing.get_context("spawn")
    procs = [ctx.Process(target=_ingest_many, args=(store_url, p, 15)) for p in ("a", "b")]
    for p in procs:
        p.start()
    for p in procs:
        p.join(120)
        assert p.exitcode == 0
    store = Store.open(store_url)
    stats = store.stats()
    listed = [d.id for d in store.iter_documents(batch=4)]  # small pages: ties in seq must not drop any
    pending = store.pending("v1")
    store.close()
    assert stats["documents"] == 15 + 15 + 15  # own reports of a, of b, and the shared texts once
    assert stats["sources"] == 60  # every source kept
    assert len(listed) == len(set(listed)) == 45 and sorted(pending) == sorted(listed)


def _open_and_close(url: str) -> None:
    Store.open(url).close()


def test_store_processes_opening_a_new_store_at_once_all_succeed(store_url: str) -> None:
    import multiprocessing

    ctx = multiprocessing.get_context("spawn")
    procs = [ctx.Process(target=_open_and_close, args=(store_url,)) for _ in range(3)]
    for p in procs:
        p.start()
    for p in procs:
        p.join(120)
    assert [p.exitcode for p in procs] == [0, 0, 0]  # the schema is created once; the others wait for it
    store = Store.open(store_url)
    with store.engine.connect() as conn:
        assert migrations.current_version(conn) == migrations.latest_version()
    store.close()


def test_store_iter_documents_pages_through_documents_sharing_a_seq(fresh_store: Store) -> None:
    ids = [fresh_store.add_document(make_doc(f"Report {i} from the Vilnius summit.", f"r{i}.txt")).doc_id
           for i in range(5)]
    with fresh_store.engine.begin() as conn:  # what two processes ingesting at once can leave behind
        conn.execute(schema.documents.update().values(seq=1))
    assert sorted(d.id for d in fresh_store.iter_documents(batch=2)) == sorted(ids)
    assert sorted(d.id for d in fresh_store.iter_documents(ids[1:3], batch=1)) == sorted(ids[1:3])
