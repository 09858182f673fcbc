"""The web app: every page and API route on a hand-made store, auth, size limits, search, ingest."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
from fastapi.testclient import TestClient

from newsgraph.web.app import create_app
from newsgraph.web.pages import highlight
from newsgraph.web.search import fts_query, substring_search
from views_fixtures import INJECTION, build_store, resolution

TOKEN = "test-token-123"
AUTH = {"Authorization": f"Bearer {TOKEN}"}
ARTICLE = ("Kim Jong Un travelled to Beijing on Tuesday for talks on trade and security. "
           "Officials in Beijing said the two sides agreed to meet again in the spring. ") * 3


def _page(url: str) -> str:
    return ("<html><head><title>Summit in Beijing</title></head><body><article><h1>Summit in Beijing</h1>"
            f"<p>{ARTICLE}</p><p>{ARTICLE}</p></article></body></html>")


@pytest.fixture
def db(tmp_path: Path) -> str:
    build_store(tmp_path / "t.db").close()
    return str(tmp_path / "t.db")


@pytest.fixture(scope="module")
def ro(tmp_path_factory: pytest.TempPathFactory) -> Iterator[TestClient]:
    """A client for the read-only tests, shared to keep the module fast."""
    path = tmp_path_factory.mktemp("web") / "t.db"
    build_store(path).close()
    with TestClient(create_app(str(path), token=TOKEN)) as c:
        yield c


@pytest.fixture
def client(db: str) -> Iterator[TestClient]:
    handler = httpx.MockTransport(lambda req: httpx.Response(200, text=_page(str(req.url)),
                                                             headers={"content-type": "text/html"}))
    app = create_app(db, token=TOKEN, http_client=httpx.Client(transport=handler))
    with TestClient(app) as c:
        yield c


PAGES = {  # path -> text each page must show from the fixture store
    "/": "Turkey and France sign a trade agreement", "/timeline": "France threatens tariffs",
    "/graph": "fig-graph", "/entities": "Recep Tayyip Erdoğan", "/entities/e1": "this partnership will last",
    "/events": "Macron and Erdoğan meet in Paris", "/events/v1": "held talks with Macron",
    "/events?type=PROTEST": "Protest against the deal", "/documents": "Leaders meet in Paris",
    "/documents/d2": "<mark", "/quotes": "the deal ignores workers", "/coverage": "meeting date",
    "/search?q=partnership": "<mark>partnership</mark>", "/timeline?date_from=2024-03-04": "fig-timeline",
}


@pytest.mark.parametrize(("path", "shows"), PAGES.items())
def test_web_pages_answer_with_data(ro: TestClient, path: str, shows: str) -> None:
    r = ro.get(path)
    assert r.status_code == 200, r.text
    assert shows in r.text
    assert "<script>window.__pwned" not in r.text and INJECTION not in r.text


def test_web_event_filter_hides_other_events(ro: TestClient) -> None:
    text = ro.get("/events?type=PROTEST").text
    assert "Macron and Erdoğan meet in Paris" not in text.split("</form>", 1)[1]


def test_web_document_page_marks_linked_evidence(ro: TestClient) -> None:
    ref = resolution().events[0].mentions[0]
    r = ro.get(f"/documents/d1?hl={ref.start}-{ref.end}")
    assert '<mark class="current" id="hl"' in r.text
    assert "Emmanuel Macron met Recep Tayyip Erdoğan in Paris on 3 March 2024.</mark>" in r.text
    escaped = ro.get("/documents/d3").text
    assert "&lt;script&gt;window.__pwned=1&lt;/script&gt;" in escaped


def test_web_static_assets_are_local(ro: TestClient) -> None:
    js = ro.get("/static/plotly.min.js")
    assert js.status_code == 200 and "plotly.js v" in js.text[:200]
    assert ro.get("/static/newsgraph.css").status_code == 200
    assert "/static/plotly.min.js" in ro.get("/timeline").text


def test_web_has_no_cdn_backed_doc_pages(ro: TestClient) -> None:
    """Swagger UI and ReDoc would load scripts from a CDN: they are off; the schema stays local."""
    assert ro.get("/docs").status_code == 404
    assert ro.get("/redoc").status_code == 404
    assert ro.get("/openapi.json").json()["info"]["title"] == "newsgraph"


@pytest.mark.parametrize(("path", "check"), [
    ("/api/documents", lambda j: [d["id"] for d in j] == ["d1", "d2", "d3"] and "text" not in j[0]),
    ("/api/documents/d1", lambda j: j["text"].startswith("Emmanuel Macron")),
    ("/api/entities?type=PERSON", lambda j: {e["id"] for e in j} == {"e1", "e2"}),
    ("/api/entities?q=erdo", lambda j: [e["id"] for e in j] == ["e2"]),
    ("/api/entities/e1", lambda j: j["alias_counts"][0] == {"alias": "Macron", "count": 2}),
    ("/api/events?actor=e4", lambda j: [e["id"] for e in j] == ["v3"]),
    ("/api/events?limit=1&offset=1", lambda j: [e["id"] for e in j] == ["v2"]),
    ("/api/events/v1", lambda j: j["sources_count"] == 2 and j["evidence"][1]["outlet"] == "Paris Wire"),
    ("/api/quotes?speaker=e2", lambda j: [q["id"] for q in j] == ["q1"]),
    ("/api/stories", lambda j: j[0]["documents"] == ["d1", "d2", "d3"]),
    ("/api/timeline", lambda j: [p["id"] for p in j["undated"]] == ["v4"]),
    ("/api/graph?type=CONSULT", lambda j: [(e["source"], e["target"]) for e in j["edges"]] == [("e2", "e1")]),
    ("/api/coverage", lambda j: j["matrix"]["Paris Wire"]["v1"] == 1 and j["disputes"][0]["id"] == "x1"),
    ("/api/search?q=ignores workers", lambda j: j[0] == {"kind": "quote", "id": "q3", "title": "An organiser",
                                                         "snippet": "the deal ignores workers"}),
    ("/api/search?q=Erdogan&kind=entity", lambda j: [h["id"] for h in j] == ["e2"]),  # diacritics folded
    ("/api/stats", lambda j: j["documents"] == 3),
])
def test_web_api_routes(ro: TestClient, path: str, check: object) -> None:
    r = ro.get(path)
    assert r.status_code == 200, r.text
    assert check(r.json())  # type: ignore[operator]


@pytest.mark.parametrize(("path", "status"), [
    ("/api/entities/nope", 404), ("/api/events/nope", 404), ("/api/documents/nope", 404),
    ("/api/events?date_from=March", 422), ("/api/events?limit=0", 422), ("/api/search", 422),
    ("/api/nothing-here", 404),
])
def test_web_api_errors_are_json(ro: TestClient, path: str, status: int) -> None:
    r = ro.get(path)
    assert r.status_code == status
    assert r.headers["content-type"].startswith("application/json")
    assert set(r.json()) == {"error"} and r.json()["error"]


def test_web_page_errors_are_html(ro: TestClient) -> None:
    r = ro.get("/entities/nope")
    assert r.status_code == 404 and "no entity with id" in r.text and r.text.startswith("<!doctype html>")


@pytest.mark.parametrize("headers", [{}, {"Authorization": "Bearer wrong"}, {"Authorization": TOKEN}])
def test_web_writes_need_the_token(client: TestClient, headers: dict[str, str]) -> None:
    r = client.post("/api/ingest", json={"text": ARTICLE}, headers=headers)
    assert r.status_code == 401 and "token" in r.json()["error"]
    assert client.get("/api/stats").json()["documents"] == 3


def test_web_writes_refused_when_no_token_configured(db: str, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("NEWSGRAPH_TOKEN", raising=False)
    with TestClient(create_app(db)) as c:
        r = c.post("/api/ingest", json={"text": ARTICLE}, headers={"Authorization": "Bearer "})
    assert r.status_code == 401 and "disabled" in r.json()["error"]


def test_web_token_from_environment(db: str, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("NEWSGRAPH_TOKEN", "from-env")
    with TestClient(create_app(db)) as c:
        r = c.post("/api/ingest", json={"text": ARTICLE}, headers={"Authorization": "Bearer from-env"})
    assert r.status_code == 201, r.text


def test_web_large_body_is_413_by_content_length(client: TestClient) -> None:
    r = client.post("/api/ingest", content=b"x" * (20 * 1024 * 1024),
                    headers={**AUTH, "content-type": "application/json"})
    assert r.status_code == 413 and "larger than" in r.json()["error"]


def test_web_large_body_is_413_while_streaming(client: TestClient) -> None:
    def chunks() -> Iterator[bytes]:
        for _ in range(20):
            yield b"x" * (1024 * 1024)

    r = client.post("/api/ingest", content=chunks(), headers={**AUTH, "content-type": "application/json"})
    assert r.status_code == 413


def test_web_ingest_text_then_search_finds_it(client: TestClient) -> None:
    r = client.post("/api/ingest", json={"text": ARTICLE, "title": "Beijing talks", "outlet": "Seoul Desk"},
                    headers=AUTH)
    assert r.status_code == 201, r.text
    body = r.json()
    assert body["status"] == "new" and body["analysed"] is False
    doc = client.get(f"/api/documents/{body['id']}").json()
    assert doc["title"] == "Beijing talks" and doc["outlet"] == "Seoul Desk" and doc["source"].startswith("api:")
    hits = client.get("/api/search?q=spring&kind=document").json()
    assert [h["id"] for h in hits] == [body["id"]]
    again = client.post("/api/ingest", json={"text": ARTICLE}, headers=AUTH).json()
    assert again == {"id": body["id"], "status": "duplicate", "analysed": False}


def test_web_ingest_html_and_url(client: TestClient) -> None:
    r = client.post("/api/ingest", json={"html": _page("x")}, headers=AUTH)
    assert r.status_code == 201, r.text
    u = client.post("/api/ingest", json={"url": "https://news.example.com/summit"}, headers=AUTH)
    assert u.status_code == 201, u.text
    assert u.json()["status"] in ("duplicate", "near-duplicate")  # the same article as the HTML post


@pytest.mark.parametrize("body", [{}, {"text": "a", "url": "https://x.example"}, {"url": "ftp://x"},
                                  {"text": ARTICLE, "published": "yesterday"}])
def test_web_ingest_rejects_bad_bodies(client: TestClient, body: dict[str, str]) -> None:
    r = client.post("/api/ingest", json=body, headers=AUTH)
    assert r.status_code == 422 and r.json()["error"].startswith("invalid request")


def test_web_ingest_not_an_article_is_422(client: TestClient) -> None:
    r = client.post("/api/ingest", json={"text": "   "}, headers=AUTH)
    assert r.status_code == 422 and r.json()["error"]


def test_web_search_fallback_matches_fts(ro: TestClient) -> None:
    app_state = ro.app.state.newsgraph  # type: ignore[attr-defined]
    assert app_state.index.uses_fts
    fallback = substring_search(app_state.data(), "ignores workers", kind="quote")
    assert [h.id for h in fallback] == ["q3"] and "\x02ignores\x03" in fallback[0].snippet


@pytest.mark.parametrize(("query", "expected"), [
    ("peace talks", '"peace" "talks"*'), ('say "hi"', '"say" "hi"*'), ("***", ""), ("Erdoğan", '"Erdoğan"*'),
])
def test_web_fts_query(query: str, expected: str) -> None:
    assert fts_query(query) == expected


def test_web_highlight_escapes_and_skips_overlaps() -> None:
    out = str(highlight("a <b> c d", [(2, 5, "x"), (3, 6, "overlap"), (8, 9, "<t>")], (2, 5)))
    assert out == ('a <mark class="current" id="hl" title="x">&lt;b&gt;</mark> c '
                   '<mark title="&lt;t&gt;">d</mark>')
