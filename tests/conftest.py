"""Shared fixtures: a fresh store per test, the spaCy model once per session, the shared data folder."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

from newsgraph.store import Store

REPO = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("NEWSGRAPH_SHARED", REPO.parent / "shared"))


@pytest.fixture
def fresh_store(tmp_path: Path) -> Iterator[Store]:
    store = Store.open(tmp_path / "test.db")
    yield store
    store.close()


@pytest.fixture(scope="session")
def nlp():  # type: ignore[no-untyped-def]
    from newsgraph.nlp import load_nlp

    return load_nlp()


@pytest.fixture(scope="session")
def shared_dir() -> Path:
    if not SHARED.is_dir():
        pytest.fail(f"../shared not found at {SHARED} (set NEWSGRAPH_SHARED)")
    return SHARED
