"""Disputes end to end: the written corpus through `newsgraph run`, then the export and `newsgraph disputes`.

Two outlets report one shelling with different days and death tolls, and one
aid pledge with different amounts (tests/fixtures/disputes/pipeline/README.md).
Every value must come out with its outlet and the sentence it was read from,
in the JSON export and in the terminal, and nothing the outlets agree on may
be reported as disputed.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

CORPUS = Path(__file__).parent / "fixtures" / "disputes" / "pipeline" / "reports.jsonl"
EXE = [sys.executable, "-m", "newsgraph.cli"]

# (kind, value, outlet, words of the evidence sentence) for every value the corpus disputes
EXPECTED = [
    ("date", "2024-04-02", "River Gazette", "El Fasher in North Darfur on April 2, killing 14 civilians"),
    ("date", "2024-04-03", "Desert Courier", "El Fasher in North Darfur on April 3, killing 21 civilians"),
    ("number", "14", "River Gazette", "on April 2, killing 14 civilians, local medics said."),
    ("number", "21", "Desert Courier", "killing 21 civilians, according to a local resistance committee."),
    ("number", "40000000", "River Gazette", "it would send $40 million in emergency aid to the region."),
    ("number", "25000000", "Desert Courier", "it would send $25 million in emergency aid to the region"),
]


def newsgraph(*args: str) -> subprocess.CompletedProcess[str]:
    # wide enough that no table cell wraps: a row is one line
    env = {**os.environ, "COLUMNS": "400", "NO_COLOR": "1"}
    return subprocess.run([*EXE, *args], capture_output=True, text=True, env=env, timeout=600)


@pytest.fixture(scope="module")
def run_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("disputes")
    result = newsgraph("run", str(CORPUS), "-o", str(out), "--workers", "1")
    assert result.returncode == 0, result.stderr
    return out


@pytest.fixture(scope="module")
def export(run_dir: Path) -> dict[str, Any]:
    data: dict[str, Any] = json.loads((run_dir / "newsgraph.json").read_text("utf-8"))
    return data


def _rows(export: dict[str, Any]) -> list[tuple[str, str, str, str, dict[str, Any]]]:
    """(kind, value, outlet, doc, evidence) for every value of every dispute in the export."""
    rows = []
    for d in export["disputes"]:
        for v in d["values"]:
            for outlet in v["outlets"]:
                for ev in v["evidence"]:
                    rows.append((d["kind"], str(v["value"]), outlet, ev["doc"], ev))
    return rows


def test_disputes_export_keeps_every_value_with_outlet_and_sentence(export: dict[str, Any]) -> None:
    docs = {d["id"]: d for d in export["documents"]}
    rows = _rows(export)
    for kind, value, outlet, words in EXPECTED:
        hits = [ev for k, v, o, _doc, ev in rows if (k, v, o) == (kind, value, outlet) and words in ev["text"]]
        assert hits, f"{kind} {value} from {outlet} missing; got {[(k, v, o) for k, v, o, _d, _e in rows]}"
        for ev in hits:
            assert docs[ev["doc"]]["outlet"] == outlet  # the evidence comes from that outlet's article


def test_disputes_export_values_differ_and_each_dispute_has_two_outlets(export: dict[str, Any]) -> None:
    kinds = sorted((d["kind"], d["subject"].rsplit(": ", 1)[-1]) for d in export["disputes"])
    # the day and the toll of the shelling, and the amount of the pledge; nothing the outlets agree on
    assert len(export["disputes"]) == 3, kinds
    assert [k for k, _ in kinds] == ["date", "number", "number"]
    for d in export["disputes"]:
        values = [v["value"] for v in d["values"]]
        assert len(set(values)) == len(values) >= 2
        outlets = [o for v in d["values"] for o in v["outlets"]]
        assert sorted(outlets) == ["Desert Courier", "River Gazette"]


def test_disputes_cli_shows_each_value_beside_its_outlet_and_evidence(run_dir: Path) -> None:
    result = newsgraph("disputes", "--db", str(run_dir / "newsgraph.db"))
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    for _kind, value, outlet, words in EXPECTED:
        row = [ln for ln in lines if f" {value} " in ln and outlet in ln]
        assert row, f"no row for {value} / {outlet}:\n{result.stdout}"
        assert any(words in ln for ln in row), row
    assert "3 disputes" in result.stdout
