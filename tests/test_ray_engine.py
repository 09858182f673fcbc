"""The Ray engine gives the same analyses and the same picture as the local engine.

Runs a local Ray runtime with two CPUs (no dashboard, no usage reporting) on
the small incremental fixture corpus; about half a minute on two cores.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import ray  # in the dev extras, so `make test` always runs these

from newsgraph.pipeline.build import build
from newsgraph.pipeline.ingesting import ingest_into
from newsgraph.pipeline.runner import ANALYSIS_VERSION
from newsgraph.store import Store

pytestmark = [pytest.mark.ray, pytest.mark.slow]

FIXTURES = Path(__file__).parent / "fixtures" / "incremental"
NEWSGRAPH = Path(sys.executable).with_name("newsgraph")


def _ingested(db: Path) -> Path:
    with Store.open(db) as store:
        report = ingest_into(store, [str(FIXTURES)])
        assert not report.errors and len(report.new) >= 6
    return db


def _contents(db: Path) -> dict[str, Any]:
    with Store.open(db) as store:
        return {
            "analyses": [a.to_dict() for a in store.iter_analyses()],
            "resolution": store.resolution().to_dict(),
            "pending": store.pending(ANALYSIS_VERSION),
        }


@pytest.fixture(scope="module")
def local_result(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    db = _ingested(tmp_path_factory.mktemp("local") / "local.db")
    with Store.open(db) as store:
        report = build(store, workers=1)
    assert not report.failures and report.analysed >= 6
    return _contents(db)


@pytest.fixture
def local_ray() -> Iterator[None]:
    """A caller-started local runtime, as CI uses it: two CPUs, nothing leaves the machine."""
    assert not ray.is_initialized()
    saved = os.environ.get("RAY_USAGE_STATS_ENABLED")
    os.environ["RAY_USAGE_STATS_ENABLED"] = "0"
    ray.init(num_cpus=2, include_dashboard=False, log_to_driver=False)
    try:
        yield
    finally:
        ray.shutdown()
        if saved is None:
            os.environ.pop("RAY_USAGE_STATS_ENABLED", None)
        else:
            os.environ["RAY_USAGE_STATS_ENABLED"] = saved


def test_ray_engine_same_analyses_and_picture_as_local(
        tmp_path: Path, local_result: dict[str, Any], local_ray: None) -> None:
    db = _ingested(tmp_path / "ray.db")
    with Store.open(db) as store:
        report = build(store, engine="ray", workers=2)
    assert not report.failures and report.analysed == len(local_result["analyses"])
    assert ray.is_initialized(), "a runtime the caller started is left running for the caller"
    got = _contents(db)
    assert got["pending"] == []
    assert got["analyses"] == local_result["analyses"]
    assert got["resolution"] == local_result["resolution"]
    assert got["resolution"]["entities"] and got["resolution"]["events"]


def _processes_using(path: str) -> list[str]:
    found = []
    for cmdline in Path("/proc").glob("[0-9]*/cmdline"):
        try:
            args = cmdline.read_bytes().replace(b"\0", b" ").decode(errors="replace")
        except OSError:  # the process ended meanwhile
            continue
        if path in args:
            found.append(f"{cmdline.parent.name}: {args[:120]}")
    return found


def test_ray_engine_cli_starts_and_stops_its_own_runtime(tmp_path: Path, local_result: dict[str, Any]) -> None:
    assert not ray.is_initialized()
    db = _ingested(tmp_path / "cli.db")
    ray_tmp = tempfile.mkdtemp(prefix="ngray")  # short: Ray's socket paths live under it
    env = {k: v for k, v in os.environ.items() if k != "RAY_USAGE_STATS_ENABLED"}  # the engine sets it
    env["RAY_TMPDIR"] = ray_tmp
    try:
        proc = subprocess.run([str(NEWSGRAPH), "build", "--db", str(db), "--engine", "ray", "--workers", "2"],
                              capture_output=True, text=True, timeout=180, env=env)
        assert proc.returncode == 0, proc.stderr[-2000:]
        assert f"analysed {len(local_result['analyses'])} documents" in proc.stdout + proc.stderr
        assert list(Path(ray_tmp).rglob("session_*")), "the build ran on the runtime it started"
        deadline = time.monotonic() + 10
        while _processes_using(ray_tmp) and time.monotonic() < deadline:
            time.sleep(0.5)
        assert _processes_using(ray_tmp) == [], "Ray processes outlived the build"
    finally:
        shutil.rmtree(ray_tmp, ignore_errors=True)
    got = _contents(db)
    assert got["analyses"] == local_result["analyses"]
    assert got["resolution"] == local_result["resolution"]
