"""`newsgraph quotes`, `sources` and `disputes` read the store's resolution and print it."""

from __future__ import annotations

from pathlib import Path

from typer.testing import CliRunner

from newsgraph.cli.main import app
from newsgraph.model import Entity, Event, MentionRef, Quote, Resolution
from newsgraph.store import Store


def _db(tmp_path: Path) -> str:
    db = str(tmp_path / "t.db")
    res = Resolution(
        entities=[Entity(id="e1", name="Volodymyr Zelenskyy", type="PERSON", aliases={"Zelenskyy": 2})],
        events=[Event(id="v1", type="ASSAULT", mode=None, summary="drone attack on a depot",
                      mentions=[MentionRef("d1", 0, 10, "x")])],
        quotes=[Quote(id="q1", doc="d1", start=0, end=5, text="We will not give up", speaker="e1",
                      speaker_text="Zelenskyy", cue="said"),
                Quote(id="q2", doc="d2", start=0, end=5, text="a cruel act", speaker_text="Macron", cue="called")],
        disputes=[{"id": "x1", "kind": "date", "subject": "event v1", "event": "v1", "values": [
            {"value": "2024-05-04", "outlets": ["Harbor Herald"], "docs": ["d1"],
             "evidence": [{"doc": "d1", "start": 0, "end": 9, "text": "on May 4"}]},
            {"value": "2024-05-05", "outlets": ["Capital Courier"], "docs": ["d2"],
             "evidence": [{"doc": "d2", "start": 0, "end": 9, "text": "on May 5"}]}]}],
        coverage={"outlets": ["Capital Courier", "Harbor Herald"], "events": ["v1"],
                  "matrix": {"Harbor Herald": {"v1": 1}, "Capital Courier": {}}, "single_source": ["v1"]},
    )
    with Store.open(db) as store:
        store.write_resolution(res)
    return db


def test_quotes_cli_filters_by_speaker_and_text(tmp_path: Path) -> None:
    db = _db(tmp_path)
    out = CliRunner().invoke(app, ["quotes", "--db", db, "--speaker", "zelenskyy"]).output
    assert "We will not give up" in out and "cruel" not in out and "1 quotes" in out
    out = CliRunner().invoke(app, ["quotes", "--db", db, "--search", "cruel"]).output
    assert "a cruel act" in out and "give up" not in out


def test_quotes_cli_sources_and_disputes(tmp_path: Path) -> None:
    db = _db(tmp_path)
    out = CliRunner().invoke(app, ["sources", "--db", db]).output
    assert "v1" in out and "only Harbor Herald" in out
    out = CliRunner().invoke(app, ["disputes", "--db", db]).output
    assert "2024-05-04" in out and "2024-05-05" in out and "Capital Courier" in out and "on May 5" in out
