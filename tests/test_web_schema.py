"""API contract: schemathesis drives every /api/ operation from the app's own OpenAPI schema.

Bounded: a few generated examples per operation and a per-example deadline,
all in-process through ASGI (no network). Checks: no 5xx, status codes and
content types declared in the schema, responses matching their schemas.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings

from views_fixtures import build_store

try:
    import schemathesis
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


def test_web_schema_contract(api_schema: object) -> None:
    """Every operation, a few generated cases each; failures are collected and reported together."""
    failures: list[str] = []
    labels: list[str] = []
    calls: list[str] = []
    for result in api_schema.get_all_operations():  # type: ignore[attr-defined]
        operation = result.ok()
        labels.append(operation.label)

        @given(case=operation.as_strategy())
        @settings(max_examples=MAX_EXAMPLES, deadline=DEADLINE_MS, database=None,
                  suppress_health_check=list(HealthCheck))
        def run(case: schemathesis.Case) -> None:
            response = case.call_and_validate()
            calls.append(f"{case.operation.label} {response.status_code}")

        try:
            run()
        except Exception as exc:
            failures.append(f"{operation.label}: {str(exc)[:800]}")
    assert "POST /api/ingest" in labels and "GET /api/search" in labels
    assert not failures, "\n\n".join(failures)
    assert len(calls) >= 2 * len(labels)  # cases really ran
    assert any(c.startswith("POST /api/ingest 401") for c in calls)  # no token given: refused
