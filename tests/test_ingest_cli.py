"""Bad inputs through the real `newsgraph ingest` command: one line each, the run goes on, exit 1."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

GOOD = (
    "Erdogan Hosts Zelensky in Istanbul\n\n"
    "By Ayse Demir\n\n"
    "Turkish President Recep Tayyip Erdogan hosted Ukrainian President Volodymyr Zelensky in Istanbul on "
    "Friday for talks on grain shipments and prisoner exchanges, both offices said.\n"
)
OTHER = (
    "Indian Prime Minister Narendra Modi opened a new metro line in Pune on Sunday and promised more "
    "suburban rail links for the western state of Maharashtra within two years.\n"
)
LATIN1 = (
    "Le président Macron a rencontré le président turc à Ankara. Les deux dirigeants ont évoqué le blé, "
    "la sécurité régionale et l'énergie pendant près de trois heures.\n"
)


def newsgraph(*args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "COLUMNS": "300", "NO_COLOR": "1"}
    return subprocess.run(
        [sys.executable, "-m", "newsgraph.cli", *args], capture_output=True, text=True, env=env, timeout=300
    )


def test_ingest_cli_bad_inputs_one_line_each_run_continues_exit_1(tmp_path: Path) -> None:
    (tmp_path / "good.txt").write_text(GOOD, encoding="utf-8")
    (tmp_path / "french.txt").write_bytes(LATIN1.encode("latin-1"))  # not UTF-8: decoded, not refused
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "scan.pdf").write_bytes(b"%PDF-1.4\n\x00\x01\x02binary\x00stream")
    (tmp_path / "batch.jsonl").write_text(
        "\n".join([json.dumps({"text": OTHER}), "{broken", json.dumps({"title": "x"})])
        + "\n",
        encoding="utf-8",
    )
    db = str(tmp_path / "s.db")
    unreachable = "http://127.0.0.1:9/story"
    items = ["good.txt", "french.txt", "empty.txt", "scan.pdf", "batch.jsonl"]
    result = newsgraph("ingest", *[str(tmp_path / n) for n in items], unreachable, "--db", db)

    assert result.returncode == 1, result.stderr
    errors = [line for line in result.stderr.splitlines() if line.startswith("error:")]
    expected = {
        f"{tmp_path / 'empty.txt'}: empty input",
        f"{tmp_path / 'scan.pdf'}: binary file",
        f"{tmp_path / 'batch.jsonl'}:2: invalid JSON",
        f"{tmp_path / 'batch.jsonl'}:3: needs 'text' or 'html'",
        f"{unreachable}: connection failed",
    }
    assert len(errors) == len(expected), result.stderr
    for want in expected:
        assert sum(want in line for line in errors) == 1, (want, result.stderr)
    assert "3 new, 0 already stored, 5 failed" in result.stderr

    export = tmp_path / "x.json"
    assert newsgraph("export", "-o", str(export), "--db", db).returncode == 0
    texts = [d["text"] for d in json.loads(export.read_text(encoding="utf-8"))["documents"]]
    assert any("turc à Ankara" in t for t in texts)
    assert any("Erdogan hosted" in t for t in texts) and any("Modi opened" in t for t in texts)
