"""A request body cap, enforced before any route runs.

The declared Content-Length is checked first (a 20 MB upload is refused
without reading it); bodies without one (chunked) are counted while they
stream in and refused as soon as they pass the cap. Accepted bodies are
replayed to the app unchanged.
"""

from __future__ import annotations

import json
from typing import Any

from starlette.types import ASGIApp, Message, Receive, Scope, Send

MAX_BODY_BYTES = 5 * 1024 * 1024  # 5 MB: a long article's HTML is ~0.5 MB; room for ten, not for abuse


async def send_json_error(send: Send, status: int, reason: str) -> None:
    body = json.dumps({"error": reason}).encode()
    await send({"type": "http.response.start", "status": status,
                "headers": [(b"content-type", b"application/json"), (b"content-length", str(len(body)).encode())]})
    await send({"type": "http.response.body", "body": body})


class BodySizeLimit:
    """ASGI middleware: 413 with a JSON reason for bodies over ``max_bytes``."""

    def __init__(self, app: ASGIApp, *, max_bytes: int = MAX_BODY_BYTES) -> None:
        self.app = app
        self.max_bytes = max_bytes

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or scope["method"] in ("GET", "HEAD", "OPTIONS"):
            await self.app(scope, receive, send)
            return
        reason = f"request body larger than {self.max_bytes} bytes"
        declared = _content_length(scope)
        if declared is not None and declared > self.max_bytes:
            await send_json_error(send, 413, reason)
            return
        messages: list[Message] = []
        size = 0
        while True:
            message = await receive()
            messages.append(message)
            if message["type"] != "http.request":
                break
            size += len(message.get("body", b""))
            if size > self.max_bytes:
                await send_json_error(send, 413, reason)
                return
            if not message.get("more_body", False):
                break
        await self.app(scope, _replay(messages, receive), send)


def _content_length(scope: Scope) -> int | None:
    for name, value in scope.get("headers", []):
        if name == b"content-length":
            try:
                return int(value)
            except ValueError:
                return None
    return None


def _replay(messages: list[Message], receive: Receive) -> Any:
    queue = list(messages)

    async def replay() -> Message:
        if queue:
            return queue.pop(0)
        return await receive()

    return replay
