"""The offline briefing: self-contained, every section present, article markup escaped."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from newsgraph.views import ViewData, write_briefing
from newsgraph.views.briefing import render_briefing
from views_fixtures import INJECTION, build_store


@pytest.fixture(scope="module")
def briefing(tmp_path_factory: pytest.TempPathFactory) -> str:
    tmp = tmp_path_factory.mktemp("briefing")
    with build_store(tmp / "t.db") as store:
        path = write_briefing(store, tmp / "out" / "briefing.html", title="Talks & trade")
    return path.read_text(encoding="utf-8")


def _figure(page: str, fig_id: str) -> dict:
    m = re.search(rf'<script type="application/json" id="{fig_id}">(.*?)</script>', page, re.S)
    assert m, fig_id
    return json.loads(m.group(1))


def test_views_briefing_is_self_contained(briefing: str) -> None:
    assert briefing.count("* plotly.js v") == 1  # embedded once, from the installed package
    assert not re.search(r'<(script|link|img)[^>]+(src|href)="(https?:)?//', briefing)
    assert "default-src 'none'" in briefing  # the page cannot fetch anything even if asked


def test_views_briefing_has_every_section(briefing: str) -> None:
    for section in ("story", "timeline", "network", "dossiers", "quotes", "coverage", "disputes", "events",
                    "sources"):
        assert f'id="{section}"' in briefing
    assert "<h1>Talks &amp; trade</h1>" in briefing
    assert 'id="entity-e1"' in briefing and 'id="event-v4"' in briefing


def test_views_briefing_escapes_article_markup(briefing: str) -> None:
    assert INJECTION not in briefing
    assert "<script>window.__pwned" not in briefing
    assert "<img src=x" not in briefing
    assert "&lt;script&gt;window.__pwned=1&lt;/script&gt;" in briefing


def test_views_briefing_figures_escape_and_colour(briefing: str) -> None:
    timeline = _figure(briefing, "fig-timeline")
    names = {t["name"] for t in timeline["data"]}
    assert names == {"cooperation", "conflict"}
    assert "v4" not in json.dumps(timeline)  # undated: listed apart, not plotted
    graph = _figure(briefing, "fig-graph")
    assert {"PERSON", "ORG"} <= {t["name"] for t in graph["data"]}
    raw = re.search(r'id="fig-graph">(.*?)</script>', briefing, re.S).group(1)
    assert "<" not in raw  # markup characters inside script JSON are \u003c-escaped


def test_views_briefing_undated_and_evidence(briefing: str) -> None:
    undated = briefing[briefing.index("<h3>Undated events</h3>"):briefing.index('id="network"')]
    assert "France threatens tariffs" in undated
    assert "Emmanuel Macron met Recep Tayyip Erdoğan in Paris on 3 March 2024." in briefing  # evidence
    assert 'href="https://example.org/a1"' in briefing


def test_views_briefing_dossier_lists_aliases_roles_quotes(briefing: str) -> None:
    start = briefing.index('id="entity-e1"')
    dossier = briefing[start:briefing.index("</details>\n", briefing.index('<h4>Quotes', start))]
    assert "Macron <span class=\"muted\">×2</span>" in dossier
    assert "President" in dossier and "France" in dossier
    assert "this partnership will last" in dossier


def test_views_briefing_renders_an_empty_store(tmp_path: Path) -> None:
    with build_store(tmp_path / "t.db", with_resolution=False) as store:
        page = render_briefing(ViewData.load(store))
    assert "No events have been found yet." in page
    assert "fig-timeline" not in page


def test_views_report_command_writes_the_file(tmp_path: Path) -> None:
    from typer.testing import CliRunner

    from newsgraph.cli.main import app

    build_store(tmp_path / "t.db").close()
    out = tmp_path / "b.html"
    result = CliRunner().invoke(app, ["report", "--db", str(tmp_path / "t.db"), "-o", str(out)])
    assert result.exit_code == 0, result.output
    assert "Leaders agree a trade deal" in out.read_text(encoding="utf-8")
