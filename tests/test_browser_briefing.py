"""Real-browser checks: Debian's chromium driven by Playwright, offline briefing and served app.

The briefing is opened from a file with every non-file request aborted (so a
CDN dependency would show as a console error or a missing plot); the app is
served by uvicorn in a thread on a free 127.0.0.1 port. Screenshots go to
out/screenshots/. A missing chromium or playwright fails these tests with the
install command instead of skipping them.
"""

from __future__ import annotations

import socket
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import uvicorn

from newsgraph.views import write_briefing
from newsgraph.web.app import create_app
from views_fixtures import build_store

pytestmark = pytest.mark.browser

CHROMIUM = Path("/usr/bin/chromium")
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking"]
SHOTS = Path(__file__).resolve().parents[1] / "out" / "screenshots"
PLOT_TIMEOUT_MS = 20_000  # plotly.js is ~4.8 MB of script: parsing it takes seconds on a slow runner


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        pytest.fail("playwright is not installed: run `.venv/bin/pip install playwright` (never `playwright install`)")
    if not CHROMIUM.exists():
        pytest.fail("chromium is missing: run `apt-get update && apt-get install -y chromium`")
    with sync_playwright() as pw:
        b = pw.chromium.launch(executable_path=str(CHROMIUM), args=ARGS)
        yield b
        b.close()


class Console:
    """Collects console errors and uncaught page errors."""

    def __init__(self, page: Any) -> None:
        self.errors: list[str] = []
        page.on("console", lambda msg: self.errors.append(msg.text) if msg.type == "error" else None)
        page.on("pageerror", lambda exc: self.errors.append(str(exc)))


@pytest.fixture(scope="module")
def store_path(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("browser") / "t.db"
    build_store(path).close()
    return path


def test_browser_briefing_offline(browser: Any, store_path: Path, tmp_path: Path) -> None:
    from newsgraph.store.store import Store

    with Store.open(str(store_path)) as store:
        briefing = write_briefing(store, tmp_path / "briefing.html")
    SHOTS.mkdir(parents=True, exist_ok=True)
    page = browser.new_page(viewport={"width": 1366, "height": 900})
    console = Console(page)
    blocked: list[str] = []

    def only_files(route: Any) -> None:
        if route.request.url.startswith("file:"):
            route.continue_()
        else:
            blocked.append(route.request.url)
            route.abort()

    page.route("**/*", only_files)
    page.goto(briefing.as_uri())
    page.wait_for_selector("#timeline-plot svg.main-svg", timeout=PLOT_TIMEOUT_MS)
    page.wait_for_selector("#graph-plot svg.main-svg", timeout=PLOT_TIMEOUT_MS)
    assert page.locator("#timeline-plot .scatterlayer .point").count() == 3  # three dated events
    assert page.locator("#graph-plot .scatterlayer .point").count() >= 3
    page.screenshot(path=str(SHOTS / "briefing.png"), full_page=False)
    assert not page.locator("#entity-e1").evaluate("d => d.open")
    page.locator("#story a.entity-link[data-entity='e1']").first.click()
    page.wait_for_function("document.getElementById('entity-e1').open === true")
    assert page.locator("#entity-e1").is_visible()
    assert "this partnership will last" in page.locator("#entity-e1").inner_text()
    page.screenshot(path=str(SHOTS / "briefing-dossier.png"))
    page.locator("#network").scroll_into_view_if_needed()
    page.screenshot(path=str(SHOTS / "briefing-network.png"))
    assert page.evaluate("typeof window.__pwned") == "undefined"  # the article's script never ran
    assert blocked == [] and console.errors == []
    page.close()


@pytest.fixture(scope="module")
def server(store_path: Path) -> Iterator[str]:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    config = uvicorn.Config(create_app(str(store_path), token="t"), host="127.0.0.1", port=port,
                            log_level="warning")
    srv = uvicorn.Server(config)
    thread = threading.Thread(target=srv.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 20
    while not srv.started:
        if time.monotonic() > deadline:
            pytest.fail("uvicorn did not start within 20 s")
        time.sleep(0.05)
    yield f"http://127.0.0.1:{port}"
    srv.should_exit = True
    thread.join(timeout=10)


@pytest.mark.parametrize(("path", "selector", "text"), [
    ("/", "#story", "Turkey and France sign a trade agreement"),
    ("/timeline", "#timeline-plot svg.main-svg", None),
    ("/graph", "#graph-plot svg.main-svg", None),
    ("/entities/e1", "h1", "Emmanuel Macron"),
    ("/events/v1", "article.event", "held talks with Macron"),
    ("/documents/d1", ".doctext mark", None),
    ("/coverage", "table.matrix", "Paris Wire"),
    ("/quotes", "ul.quotes", "the deal ignores workers"),
])
def test_browser_app_pages(browser: Any, server: str, path: str, selector: str, text: str | None) -> None:
    page = browser.new_page(viewport={"width": 1366, "height": 900})
    console = Console(page)
    response = page.goto(server + path)
    assert response is not None and response.status == 200
    page.wait_for_selector(selector, timeout=PLOT_TIMEOUT_MS)
    if text:
        assert text in page.locator(selector).first.inner_text()
    name = path.strip("/").replace("/", "-") or "index"
    page.screenshot(path=str(SHOTS / f"app-{name}.png"))
    assert console.errors == []
    page.close()


def test_browser_app_search_finds_a_quote(browser: Any, server: str) -> None:
    page = browser.new_page(viewport={"width": 1366, "height": 900})
    console = Console(page)
    page.goto(server + "/")
    page.fill("nav input[name=q]", "ignores workers")
    page.press("nav input[name=q]", "Enter")
    page.wait_for_selector("ol.results li.hit-quote")
    hit = page.locator("li.hit-quote").first
    assert "ignores" in hit.locator("mark").first.inner_text()
    page.screenshot(path=str(SHOTS / "app-search.png"))
    hit.locator("a").click()
    page.wait_for_function("document.getElementById('quote-q3') !== null")
    assert console.errors == []
    page.close()
