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
