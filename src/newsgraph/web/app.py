"""The FastAPI app: pages and /api/ over one store, safe defaults for a local tool.

Safety defaults: writes need a bearer token (NEWSGRAPH_TOKEN; none set means
no writes at all), request bodies are capped (413 above 5 MB), the CLI binds
127.0.0.1, and every API error is ``{"error": reason}``. Pages answer errors
with a small HTML page that says the same reason.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

import httpx
from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import HTMLResponse, JSONResponse, Response
from starlette.exceptions import HTTPException as StarletteHTTPException

from newsgraph.errors import NewsgraphError
from newsgraph.store.store import Store
from newsgraph.views.render import environment
from newsgraph.web import api, pages
from newsgraph.web.auth import TOKEN_ENV
from newsgraph.web.limits import MAX_BODY_BYTES, BodySizeLimit
from newsgraph.web.state import AppState

TEMPLATES = Path(__file__).parent / "templates"


def create_app(db: str | None = None, *, token: str | None = None, max_body_bytes: int = MAX_BODY_BYTES,
               http_client: httpx.Client | None = None) -> FastAPI:
    """The app for store ``db`` (default: NEWSGRAPH_DB or ./newsgraph.db).

    ``token`` defaults to NEWSGRAPH_TOKEN; ``http_client`` is used to fetch URLs
    posted to /api/ingest (tests pass one with a mock transport).
    """
    # no /docs or /redoc: FastAPI loads Swagger UI and ReDoc from a CDN, and this app stays offline
    app = FastAPI(title="newsgraph", version="1", summary="Entities, events, quotes and disputes from news",
                  docs_url=None, redoc_url=None,
                  description="Read the resolved picture of a news story; POST /api/ingest needs a bearer token.")
    app.state.newsgraph = AppState(Store.open(db))
    app.state.token = token if token is not None else os.environ.get(TOKEN_ENV) or None
    app.state.http_client = http_client
    env = environment([TEMPLATES])
    env.globals["max_body_bytes"] = max_body_bytes
    app.state.templates = env
    app.add_middleware(BodySizeLimit, max_bytes=max_body_bytes)
    app.include_router(api.router)
    app.include_router(pages.router)
    _error_handlers(app)
    return app


def _is_api(request: Request) -> bool:
    return request.url.path.startswith("/api/") or request.url.path == "/api"


def _error_response(request: Request, status: int, reason: str, headers: dict[str, str] | None = None) -> Response:
    if _is_api(request):
        return JSONResponse({"error": reason}, status_code=status, headers=headers)
    page = request.app.state.templates.get_template("error.html.j2").render(status=status, reason=reason)
    return HTMLResponse(page, status_code=status, headers=headers)


def _validation_reason(exc: RequestValidationError) -> str:
    parts = []
    for err in exc.errors()[:5]:
        where = ".".join(str(x) for x in err.get("loc", ()) if x != "body")
        parts.append(f"{where}: {err.get('msg', 'invalid')}" if where else str(err.get("msg", "invalid")))
    return "invalid request: " + "; ".join(parts)


def _error_handlers(app: FastAPI) -> None:
    @app.exception_handler(StarletteHTTPException)
    async def http_error(request: Request, exc: StarletteHTTPException) -> Response:
        reason = exc.detail if isinstance(exc.detail, str) else str(exc.detail)
        headers: dict[str, Any] | None = getattr(exc, "headers", None)
        return _error_response(request, exc.status_code, reason, headers)

    @app.exception_handler(RequestValidationError)
    async def invalid(request: Request, exc: RequestValidationError) -> Response:
        return _error_response(request, 422, _validation_reason(exc))

    @app.exception_handler(NewsgraphError)
    async def domain_error(request: Request, exc: NewsgraphError) -> Response:
        return _error_response(request, 400, str(exc))
