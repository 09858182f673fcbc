"""The real commands against each store backend: `--db postgresql://...` gives what SQLite gives.

With NEWSGRAPH_TEST_PG=1 (`make test` starts a throw-away server) the backend
cases run on SQLite and on PostgreSQL; without it, on SQLite only. Each case
runs `newsgraph run` on set A, then `ingest` + `build` for set B, exports, and
compares with one `run` over A and B at once on SQLite.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

pytestmark = pytest.mark.slow  # the spaCy model, in subprocesses

FIXTURES = Path(__file__).parent / "fixtures" / "incremental"
SET_A = sorted(str(p) for p in FIXTURES.glob("a*.txt"))
SET_B = sorted(str(p) for p in FIXTURES.glob("b*.txt"))
EXE = [sys.executable, "-m", "newsgraph.cli"]
BACKENDS = [pytest.param("sqlite", id="sqlite")]
if os.environ.get("NEWSGRAPH_TEST_PG") == "1":
    BACKENDS.append(pytest.param("postgresql", id="postgresql", marks=pytest.mark.postgres))


def newsgraph(*args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "COLUMNS": "200", "NO_COLOR": "1"}
    env.pop("NEWSGRAPH_DB", None)
    result = subprocess.run([*EXE, *args], capture_output=True, text=True, env=env, timeout=300)
    assert result.returncode == 0, (args, result.stderr[-2000:])
    return result


def _export(path: Path) -> dict[str, Any]:
    return dict(json.loads(path.read_text(encoding="utf-8")))


@pytest.fixture(scope="module")
def sqlite_all_at_once(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    out = tmp_path_factory.mktemp("all")
    newsgraph("run", *SET_A, *SET_B, "-o", str(out), "--workers", "1")
    return _export(out / "newsgraph.json")


@pytest.mark.parametrize("store_url", BACKENDS, indirect=True)
def test_store_cli_run_then_incremental_build_matches_sqlite(
        store_url: str, tmp_path: Path, sqlite_all_at_once: dict[str, Any]) -> None:
    out = tmp_path / "out"
    first = newsgraph("run", *SET_A, "--db", store_url, "-o", str(out), "--workers", "1")
    assert f"ingested {len(SET_A)} new" in first.stderr
    assert (out / "briefing.html").is_file()
    if store_url.startswith("postgresql"):
        assert not (out / "newsgraph.db").exists(), "--db postgresql:// must not fall back to SQLite"
    newsgraph("ingest", *SET_B, "--db", store_url)
    build = newsgraph("build", "--db", store_url, "--workers", "1")
    assert f"analysed {len(SET_B)} documents" in build.stderr  # only the new ones
    again = newsgraph("build", "--db", store_url, "--workers", "1")
    assert "analysed 0 documents" in again.stderr
    newsgraph("export", "--db", store_url, "-o", str(tmp_path / "x.json"))
    got = _export(tmp_path / "x.json")

    want = sqlite_all_at_once
    assert len(got["documents"]) == len(SET_A) + len(SET_B)
    assert got["entities"] and got["events"] and got["stories"]
    for key in ("documents", "entities", "events", "quotes", "claims", "stories", "disputes", "coverage"):
        assert got[key] == want[key], key
