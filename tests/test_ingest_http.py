"""URLs and feeds against a real HTTP server on 127.0.0.1 started by the test."""

from __future__ import annotations

import contextlib
import threading
import time
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import ClassVar

import pytest

from newsgraph.errors import FetchError, IngestError
from newsgraph.ingest import USER_AGENT, FetchOptions, iter_documents
from newsgraph.model import Document

FIX = Path(__file__).parent / "fixtures" / "ingest"
PAGE = (FIX / "article.html").read_bytes()
OPTS = FetchOptions(timeout=0.5, retries=1, backoff=0.01, max_bytes=200_000)

LINK_FEED = """<?xml version="1.0"?>
<rss version="2.0"><channel><title>Harbor Ledger Feed</title>
<item><title>Grain talks to resume</title><link>{base}/page</link>
<pubDate>Fri, 15 Mar 2024 07:00:00 GMT</pubDate></item>
<item><title>Gone</title><link>{base}/missing</link></item>
</channel></rss>"""

PLAIN = (
    "Gaddafi-era archive opens in Tripoli\n\n"
    "Libyan officials opened an archive of documents from the Gaddafi era to researchers on Monday, "
    "the culture ministry said, after years of disputes over who should hold the papers.\n"
)


class Handler(BaseHTTPRequestHandler):
    hits: ClassVar[dict[str, int]] = {}
    agents: ClassVar[list[str]] = []

    def log_message(self, *args: object) -> None:  # keep test output quiet
        pass

    def do_GET(self) -> None:
        Handler.hits[self.path] = Handler.hits.get(self.path, 0) + 1
        Handler.agents.append(self.headers.get("User-Agent", ""))
        base = f"http://{self.server.server_address[0]}:{self.server.server_address[1]}"
        routes = {
            "/page": (200, "text/html; charset=utf-8", PAGE),
            "/feed": (200, "application/rss+xml", LINK_FEED.format(base=base).encode()),
            "/plain": (200, "text/plain; charset=utf-8", PLAIN.encode()),
            "/big": (200, "text/html", b"<p>" + b"x" * 300_000 + b"</p>"),
            "/error": (500, "text/plain", b"boom"),
        }
        if self.path == "/slow":
            time.sleep(1.5)
            routes["/slow"] = routes["/page"]
        if self.path == "/redirect":
            self.send_response(302)
            self.send_header("Location", "/page")
            self.end_headers()
            return
        status, ctype, body = routes.get(self.path, (404, "text/plain", b"not here"))
        self.send_response(status)
        self.send_header("Content-Type", ctype)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        with contextlib.suppress(BrokenPipeError, ConnectionResetError):  # the client gave up (timeout test)
            self.wfile.write(body)


@pytest.fixture(scope="module")
def base() -> Iterator[str]:
    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    server.daemon_threads = True
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()
    server.server_close()


def run(*urls: str, **kw: object) -> list[Document | IngestError]:
    return list(iter_documents(list(urls), fetch_options=OPTS, **kw))  # type: ignore[arg-type]


pytestmark = pytest.mark.slow


def test_ingest_http_page(base: str) -> None:
    (doc,) = run(f"{base}/page")
    assert isinstance(doc, Document)
    assert doc.source == f"{base}/page"
    assert doc.title == "Macron and Erdoğan agree to reopen grain talks"
    assert doc.outlet == "Harbor Ledger"
    assert Handler.agents[-1] == USER_AGENT


def test_ingest_http_redirect(base: str) -> None:
    (doc,) = run(f"{base}/redirect")
    assert isinstance(doc, Document)
    assert doc.url == f"{base}/page"


def test_ingest_http_plain_text(base: str) -> None:
    (doc,) = run(f"{base}/plain")
    assert isinstance(doc, Document)
    assert doc.title == "Gaddafi-era archive opens in Tripoli"


def test_ingest_http_404(base: str) -> None:
    (err,) = run(f"{base}/nothing")
    assert isinstance(err, FetchError)
    assert str(err) == f"{base}/nothing: HTTP 404 Not Found"


def test_ingest_http_500_retried(base: str) -> None:
    before = Handler.hits.get("/error", 0)
    (err,) = run(f"{base}/error")
    assert isinstance(err, FetchError)
    assert str(err) == f"{base}/error: HTTP 500 Internal Server Error (after 2 attempts)"
    assert Handler.hits["/error"] - before == 2


def test_ingest_http_timeout(base: str) -> None:
    (err,) = run(f"{base}/slow")
    assert isinstance(err, FetchError)
    assert "timed out after 0.5s" in str(err)


def test_ingest_http_size_cap(base: str) -> None:
    (err,) = run(f"{base}/big")
    assert isinstance(err, FetchError)
    assert "too large" in err.reason


def test_ingest_http_feed_fetches_links(base: str) -> None:
    results = run(f"{base}/feed")
    assert len(results) == 2
    doc, err = results
    assert isinstance(doc, Document)
    assert doc.source == f"{base}/page"
    assert doc.title == "Grain talks to resume"  # the feed's title wins
    assert doc.published == "2024-03-15" and doc.published_basis == "metadata"
    assert isinstance(err, FetchError) and str(err) == f"{base}/missing: HTTP 404 Not Found"


def test_ingest_http_feed_known_links_not_fetched(base: str) -> None:
    before = Handler.hits.get("/page", 0)
    results = run(f"{base}/feed", is_known_url=lambda url: url.endswith("/page"))
    assert [type(r).__name__ for r in results] == ["FetchError"]
    assert Handler.hits.get("/page", 0) == before


def test_ingest_http_unreachable_host() -> None:
    (err,) = list(
        iter_documents(["http://127.0.0.1:9/x"], fetch_options=FetchOptions(timeout=0.5, retries=0))
    )
    assert isinstance(err, FetchError)
    assert str(err).startswith("http://127.0.0.1:9/x: connection failed")
