"""One readable outlet label everywhere: a document without an outlet never shows its id."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from newsgraph.cli.main import app
from newsgraph.exports.markdown_export import render_markdown
from newsgraph.model import Document, Entity, Event, MentionRef, Quote, Resolution, outlet_label
from newsgraph.resolve.compare import compare_sources
from newsgraph.store import Store
from newsgraph.views.data import ViewData


@pytest.mark.parametrize(
    ("doc", "label"),
    [
        (Document(id="a1", source="/data/in/kyiv.txt", text="t", outlet="Kyiv Independent"), "Kyiv Independent"),
        (Document(id="a2", source="https://www.example.org/x", text="t", url="https://www.example.org/x"), "example.org"),
        (Document(id="a3", source="feed.jsonl", text="t", url="https://news.example.net/2022/a"), "news.example.net"),
        (Document(id="a4", source="/tmp/corpus/106_minute.txt", text="t"), "unknown outlet (106_minute.txt)"),
        (Document(id="a5", source="C:/corpus/sub/modi.html", text="t"), "unknown outlet (modi.html)"),
    ],
)
def test_outlet_label_name_host_or_file(doc: Document, label: str) -> None:
    assert outlet_label(doc, doc.id) == label


def test_outlet_label_without_a_document_never_is_a_bare_id() -> None:
    assert outlet_label(None, "db61569146f24") == "unknown outlet (db61569146f24)"
    assert outlet_label(None) == "unknown outlet"


def _docs() -> dict[str, Document]:
    return {
        "d1": Document(id="d1", source="/in/01_paris.txt", text="Macron met Erdogan in Paris.", outlet="Paris Wire"),
        "d2": Document(id="d2", source="/in/02_wire.txt", text="Erdogan met Macron on Friday."),
    }


def test_coverage_names_an_outletless_document_by_its_file() -> None:
    docs = _docs()
    ev = Event(id="v1", type="CONSULT", mode=None, summary="Macron meets Erdogan",
               mentions=[MentionRef("d1", 0, 10, "Macron met"), MentionRef("d2", 0, 11, "Erdogan met")])
    quotes = [Quote(id="q1", doc="d2", start=0, end=5, text="We agreed", speaker_text="Erdogan", cue="said")]
    _disputes, cov = compare_sources(docs, [ev], [], quotes)
    assert cov["outlets"] == ["Paris Wire", "unknown outlet (02_wire.txt)"]
    assert cov["matrix"]["unknown outlet (02_wire.txt)"] == {"v1": 1}
    assert cov["quotes"]["unknown outlet (02_wire.txt)"] == 1
    assert not any(o == "d2" for o in cov["outlets"])


def _db(tmp_path: Path) -> str:
    db = str(tmp_path / "t.db")
    docs = _docs()
    ev = Event(id="v1", type="CONSULT", mode=None, summary="Macron meets Erdogan",
               mentions=[MentionRef("d2", 0, 11, "Erdogan met")])
    quotes = [Quote(id="q1", doc="d2", start=0, end=5, text="We agreed on grain", speaker="e1",
                    speaker_text="Erdogan", cue="said")]
    _disputes, cov = compare_sources(docs, [ev], [], quotes)
    res = Resolution(
        entities=[Entity(id="e1", name="Recep Tayyip Erdogan", type="PERSON", aliases={"Erdogan": 2},
                         mentions=[MentionRef("d1", 15, 22, "Erdogan"), MentionRef("d2", 0, 7, "Erdogan")])],
        events=[ev], quotes=quotes, coverage=cov,
    )
    with Store.open(db) as store:
        for d in docs.values():
            store.add_document(d)
        store.write_resolution(res)
    return db


def test_cli_sources_quotes_and_entity_show_the_label_not_the_id(tmp_path: Path) -> None:
    db = _db(tmp_path)
    runner = CliRunner()
    out = runner.invoke(app, ["sources", "--db", db], env={"COLUMNS": "200"}).output
    assert "only unknown outlet (02_wire.txt)" in out
    out = runner.invoke(app, ["quotes", "--db", db], env={"COLUMNS": "200"}).output
    assert "unknown outlet (02_wire.txt)" in out and " d2 " not in out
    out = runner.invoke(app, ["entity", "Erdogan", "--db", db], env={"COLUMNS": "200"}).output
    assert "in 2 documents: Paris Wire, unknown outlet (02_wire.txt)" in out


def test_markdown_quote_credit_uses_the_label(tmp_path: Path) -> None:
    with Store.open(_db(tmp_path)) as store:
        text = render_markdown(ViewData.load(store))
    assert "— *unknown outlet (02\\_wire.txt)*" in text or "— *unknown outlet (02_wire.txt)*" in text
    assert "*d2*" not in text
