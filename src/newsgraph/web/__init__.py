"""The web app: server-rendered pages and a JSON API over the store (no NLP imports).

``create_app(db)`` builds the FastAPI app; ``newsgraph serve`` runs it with
uvicorn on 127.0.0.1. Writes (``POST /api/ingest``) need ``NEWSGRAPH_TOKEN``.
"""

from newsgraph.web.app import create_app

__all__ = ["create_app"]
