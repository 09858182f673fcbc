"""The real `newsgraph` commands, run as a user runs them (subprocesses, real store, real files)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

FIXTURES = Path(__file__).parent / "fixtures"
GOOD = FIXTURES / "cli"
BAD = FIXTURES / "cli_bad"
EXE = [sys.executable, "-m", "newsgraph.cli"]


def newsgraph(*args: str, cwd: Path | None = None, stdin: str | None = None) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "COLUMNS": "200", "NO_COLOR": "1"}
    return subprocess.run([*EXE, *args], capture_output=True, text=True, cwd=cwd, input=stdin, env=env, timeout=600)


@pytest.mark.parametrize("command", ["", "ingest", "build", "export", "run", "stats", "entities", "entity",
                                     "timeline", "quotes", "sources", "disputes", "report", "serve"])
def test_cli_every_command_has_help(command: str) -> None:
    result = newsgraph(*([command] if command else []), "--help")
    assert result.returncode == 0, result.stderr
    assert "Usage" in result.stdout


def test_cli_ingest_bad_items_each_get_one_line_and_the_rest_is_stored(tmp_path: Path) -> None:
    db = str(tmp_path / "s.db")
    result = newsgraph("ingest", str(GOOD / "01_summit.txt"), str(tmp_path / "missing.txt"),
                       str(BAD / "binary.txt"), str(BAD / "empty.txt"), str(BAD / "items.jsonl"), "--db", db)
    assert result.returncode == 1
    errors = [line for line in result.stderr.splitlines() if line.startswith("error:")]
    named = " ".join(errors)
    for item in ("missing.txt", "binary.txt", "empty.txt", "items.jsonl:2", "items.jsonl:3"):
        assert item in named, (item, result.stderr)
    assert len(errors) == 5, result.stderr
    stats = newsgraph("stats", "--db", db)
    assert "│ documents │ 2 " in stats.stdout.replace("  ", " ") or " 2 " in stats.stdout


def test_cli_ingest_twice_stores_nothing_twice(tmp_path: Path) -> None:
    db = str(tmp_path / "s.db")
    assert newsgraph("ingest", str(GOOD), "--db", db).returncode == 0
    again = newsgraph("ingest", str(GOOD), "--db", db)
    assert again.returncode == 0
    assert "0 new, 2 already stored" in again.stderr


def test_cli_ingest_from_stdin(tmp_path: Path) -> None:
    db = str(tmp_path / "s.db")
    text = "Kyiv - Officials in Kyiv said on Tuesday that talks with Ankara would resume next month."
    assert newsgraph("ingest", "-", "--db", db, stdin=text).returncode == 0
    export = tmp_path / "x.json"
    assert newsgraph("export", "-o", str(export), "--db", db).returncode == 0
    docs = json.loads(export.read_text())["documents"]
    assert len(docs) == 1 and "talks with Ankara" in docs[0]["text"]


@pytest.mark.slow
def test_cli_run_writes_export_and_briefing(tmp_path: Path) -> None:
    out = tmp_path / "out"
    result = newsgraph("run", str(GOOD), "-o", str(out), "--workers", "1")
    assert result.returncode == 0, result.stderr
    data = json.loads((out / "newsgraph.json").read_text())
    assert data["schema"] == "newsgraph/1"
    assert {Path(d["source"]).name for d in data["documents"]} == {"01_summit.txt", "02_followup.txt"}
    names = {e["name"] for e in data["entities"]}
    assert any("Erdoğan" in n or "Erdogan" in n for n in names)
    erdogan = next(e for e in data["entities"] if "Erdo" in e["name"])
    assert {"Erdogan", "Recep Tayyip Erdoğan"} <= set(erdogan["aliases"])  # one person, two spellings
    assert any(q["text"].startswith("This is a beacon of hope") for q in data["quotes"])
    assert (out / "briefing.html").stat().st_size > 10_000
    for fmt, name in (("csv", "e.csv"), ("graphml", "g.graphml"), ("markdown", "b.md")):
        exported = newsgraph("export", "--format", fmt, "-o", str(tmp_path / name), "--db", str(out / "newsgraph.db"))
        assert exported.returncode == 0, exported.stderr
        assert (tmp_path / name).stat().st_size > 0
    for command in (["entities"], ["entity", "Erdogan"], ["timeline"], ["quotes"], ["sources"], ["disputes"],
                    ["stats"]):
        shown = newsgraph(*command, "--db", str(out / "newsgraph.db"))
        assert shown.returncode == 0, (command, shown.stderr)
    assert "Erdo" in newsgraph("entity", "Erdogan", "--db", str(out / "newsgraph.db")).stdout


def test_cli_unknown_export_format_is_one_line(tmp_path: Path) -> None:
    result = newsgraph("export", "--format", "xml", "-o", str(tmp_path / "x"), "--db", str(tmp_path / "s.db"))
    assert result.returncode == 1
    assert result.stderr.strip().startswith("error: unknown format 'xml'")


def test_cli_reading_commands_refuse_a_missing_store_instead_of_creating_it(tmp_path: Path) -> None:
    typo = tmp_path / "typo.db"
    for command in (["stats"], ["build"], ["export", "-o", str(tmp_path / "x.json")]):
        result = newsgraph(*command, "--db", str(typo))
        assert result.returncode == 1, (command, result.stdout)
        assert result.stderr.strip().splitlines() == [result.stderr.strip()], result.stderr  # one line
        assert result.stderr.startswith(f"error: no store at {typo}"), result.stderr
    assert not typo.exists()


def test_cli_store_errors_are_one_line_without_library_links(tmp_path: Path) -> None:
    not_a_db = tmp_path / "notes.txt"
    not_a_db.write_text("plain words, not SQLite\n" * 200)
    result = newsgraph("stats", "--db", str(not_a_db))
    assert result.returncode == 1
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith(f"error: cannot open store {not_a_db}"), result.stderr
    assert "sqlalche.me" not in result.stderr


def test_cli_error_lines_keep_square_brackets_in_item_names(tmp_path: Path) -> None:
    empty = tmp_path / "notes[old].txt"
    empty.write_text("")
    result = newsgraph("ingest", str(empty), "--db", str(tmp_path / "s.db"))
    assert result.returncode == 1
    assert f"error: {empty}: empty input" in result.stderr, result.stderr


def test_cli_verbose_names_each_stored_article_and_quiet_prints_nothing(tmp_path: Path) -> None:
    db = str(tmp_path / "s.db")
    loud = newsgraph("-v", "ingest", str(GOOD / "01_summit.txt"), "--db", db)
    assert loud.returncode == 0, loud.stderr
    assert any(line.startswith("new d") and "01_summit.txt" in line for line in loud.stderr.splitlines()), loud.stderr
    again = newsgraph("-v", "ingest", str(GOOD / "01_summit.txt"), "--db", db)
    assert any(line.startswith("duplicate d") for line in again.stderr.splitlines()), again.stderr
    plain = newsgraph("ingest", str(GOOD / "01_summit.txt"), "--db", db)
    assert not any(line.startswith(("new ", "duplicate ")) for line in plain.stderr.splitlines()), plain.stderr
    quiet = newsgraph("-q", "ingest", str(GOOD / "01_summit.txt"), "--db", db)
    assert quiet.returncode == 0 and quiet.stderr == "" and quiet.stdout == ""


@pytest.fixture(scope="module")
def one_doc_store(tmp_path_factory: pytest.TempPathFactory) -> str:
    db = str(tmp_path_factory.mktemp("one") / "s.db")
    text = "Kyiv - Officials in Kyiv said on Tuesday that talks with Ankara would resume next month."
    assert newsgraph("ingest", "-", "--db", db, stdin=text).returncode == 0
    return db


@pytest.mark.parametrize("value", ["2022-13", "2023-02-30", "2022-7"])
def test_cli_timeline_rejects_impossible_dates(one_doc_store: str, value: str) -> None:
    result = newsgraph("timeline", "--from", value, "--db", one_doc_store)
    assert result.returncode == 1
    assert result.stderr.strip() == f"error: dates must look like 2025, 2025-07 or 2025-07-31, not {value!r}"


def test_cli_timeline_accepts_real_dates(one_doc_store: str) -> None:
    result = newsgraph("timeline", "--from", "2024-02-29", "--to", "2025-07", "--db", one_doc_store)
    assert result.returncode == 0, result.stderr
    assert "no events match" in result.stdout


def test_cli_prints_bracketed_article_text_as_written(tmp_path: Path) -> None:
    """Editors' insertions ("We [the two governments] will ...") must not be read as terminal styling."""
    from newsgraph.model import Document, Entity, MentionRef, Quote, Resolution, content_hash
    from newsgraph.store import Store

    db = str(tmp_path / "s.db")
    text = 'Narendra Modi said: "We [the two governments] will deepen our [b]partnership[/b]."'
    doc_id = "d" + content_hash(text)[:12]
    store = Store.open(db)
    store.add_document(Document(id=doc_id, source="modi.txt", text=text))
    modi = Entity(id="e1", name="Narendra [PM] Modi", type="PERSON", aliases={"Narendra Modi": 1},
                  mentions=[MentionRef(doc_id, 0, 13, "Narendra Modi")])
    said = "We [the two governments] will deepen our [b]partnership[/b]."
    store.write_resolution(Resolution(entities=[modi], quotes=[Quote(
        id="q1", doc=doc_id, start=text.index("We"), end=len(text) - 1, text=said, speaker="e1", cue="said")]))
    store.close()
    quotes = newsgraph("quotes", "--db", db)
    assert quotes.returncode == 0, quotes.stderr
    assert "We [the two governments] will deepen our [b]partnership[/b]." in quotes.stdout
    dossier = newsgraph("entity", "Modi", "--db", db)
    assert dossier.returncode == 0, dossier.stderr
    assert "Narendra [PM] Modi" in dossier.stdout and "[the two governments]" in dossier.stdout
    assert "in 1 document:" in dossier.stdout


def test_cli_serve_help_points_at_the_schema_the_app_serves() -> None:
    shown = newsgraph("serve", "--help").stdout
    assert "/openapi.json" in shown and "/docs" not in shown
