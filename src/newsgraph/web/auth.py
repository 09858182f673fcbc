"""Write access: a bearer token from NEWSGRAPH_TOKEN, or no writes at all.

Reading is open (the server binds to 127.0.0.1 by default); every write
route depends on :func:`require_token`. With no token configured, writes are
refused rather than allowed: an unset variable must not open the store.
"""

from __future__ import annotations

import hmac

from fastapi import HTTPException, Request

TOKEN_ENV = "NEWSGRAPH_TOKEN"


def require_token(request: Request) -> None:
    """FastAPI dependency: 401 unless ``Authorization: Bearer <token>`` matches the app's token."""
    expected: str | None = request.app.state.token
    if not expected:
        raise HTTPException(401, f"writes are disabled: start the server with {TOKEN_ENV} set")
    header = request.headers.get("authorization", "")
    scheme, _, given = header.partition(" ")
    if scheme.lower() != "bearer" or not hmac.compare_digest(given.strip().encode(), expected.encode()):
        raise HTTPException(401, "missing or wrong token: send 'Authorization: Bearer <NEWSGRAPH_TOKEN>'",
                            headers={"WWW-Authenticate": "Bearer"})
