"""Shared fixtures: a fresh store per test, the spaCy model once per session, the shared data folder."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

from newsgraph.store import Store

REPO = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("NEWSGRAPH_SHARED", REPO.parent / "shared"))


def _backends() -> list[str]:
    """SQLite always; PostgreSQL too when `make test` started one (NEWSGRAPH_TEST_PG=1)."""
    if os.environ.get("NEWSGRAPH_TEST_PG") == "1":
        return ["sqlite", "postgresql"]
    return ["sqlite"]


def _postgres_database() -> str:
    """Create an empty database on the test server and return its URL."""
    import uuid

    from sqlalchemy import create_engine, text

    base = os.environ.get("NEWSGRAPH_TEST_PG_URL")
    if not base:
        pytest.fail("NEWSGRAPH_TEST_PG=1 but NEWSGRAPH_TEST_PG_URL is unset: run the tests through `make test`")
    name = "t_" + uuid.uuid4().hex[:12]
    admin = create_engine(base.replace("postgresql://", "postgresql+psycopg://"), isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f"CREATE DATABASE {name}"))
    admin.dispose()
    return base.rsplit("/", 1)[0] + "/" + name


@pytest.fixture(params=_backends())
def store_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    if request.param == "postgresql":
        return _postgres_database()
    return str(tmp_path / "test.db")


@pytest.fixture
def fresh_store(store_url: str) -> Iterator[Store]:
    store = Store.open(store_url)
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
