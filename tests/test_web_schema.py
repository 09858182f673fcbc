"""API contract: schemathesis drives every /api/ operation from the app's own OpenAPI schema.

Bounded: a few generated examples per operation and a per-example deadline,
all in-process through ASGI (no network). Checks: no 5xx, status codes and
content types declared in the schema, responses matching their schemas.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import HealthCheck, settings
from views_fixtures import build_store

schemathesis = pytest.importorskip  # placeholder name replaced below; keeps linters quiet about order
try:
    import schemathesis  # type: ignore[no-redef]
except ImportError as exc:  # a missing contract tool must fail loudly, not skip
    raise ImportError("schemathesis is not installed: run `.venv/bin/pip install schemathesis`") from exc

from newsgraph.web.app import create_app

MAX_EXAMPLES = 8  # per operation: enough to hit edge values of each parameter, under ~20 s in total
DEADLINE_MS = 5000  # per example; a request on the small fixture store takes milliseconds


@pytest.fixture(scope="module")
def api_schema(tmp_path_factory: pytest.TempPathFactory) -> object:
    path: Path = tmp_path_factory.mktemp("schema") / "t.db"
    build_store(path).close()
    app = create_app(str(path), token="contract-token")
    return schemathesis.openapi.from_asgi("/openapi.json", app)


schema = schemathesis.pytest.from_fixture("api_schema")


@schema.parametrize()
@settings(max_examples=MAX_EXAMPLES, deadline=DEADLINE_MS,
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much,
                                 HealthCheck.function_scoped_fixture])
def test_web_schema_contract(case: schemathesis.Case) -> None:
    case.call_and_validate()
