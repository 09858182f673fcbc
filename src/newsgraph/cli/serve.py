"""`newsgraph serve [--db] [--host 127.0.0.1] [--port 8000]`: the web app and JSON API."""

from __future__ import annotations

import os
from typing import Annotated

import typer

from newsgraph.cli.common import DbOption, fail, info

LOCAL_HOSTS = ("127.0.0.1", "localhost", "::1")


def register(app: typer.Typer) -> None:
    @app.command()
    def serve(
        host: Annotated[str, typer.Option("--host", help="Address to bind; other than 127.0.0.1 exposes the store.")]
        = "127.0.0.1",
        port: Annotated[int, typer.Option("--port", help="TCP port.")] = 8000,
        db: DbOption = None,
    ) -> None:
        """Serve the pages and the JSON API (/api/, OpenAPI schema at /openapi.json). Writes need NEWSGRAPH_TOKEN."""
        import uvicorn

        from newsgraph.errors import NewsgraphError
        from newsgraph.web.app import create_app

        try:
            web_app = create_app(db)
        except NewsgraphError as exc:
            fail(str(exc))
        if host not in LOCAL_HOSTS:
            info(f"warning: binding {host} makes the store readable from other machines")
        if not os.environ.get("NEWSGRAPH_TOKEN"):
            info("NEWSGRAPH_TOKEN is not set: POST /api/ingest is refused (401)")
        info(f"serving http://{host}:{port}/ (API under /api/, schema at /openapi.json)")
        uvicorn.run(web_app, host=host, port=port, log_level="warning")
