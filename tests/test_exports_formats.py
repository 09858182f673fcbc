"""CSV, GraphML and Markdown exports: loadable by the tools their users have."""

from __future__ import annotations

from pathlib import Path

import networkx as nx
import pandas as pd
import pytest

from newsgraph.exports.csv_export import COLUMNS, export_csv
from newsgraph.exports.graphml_export import export_graphml
from newsgraph.exports.markdown_export import export_markdown, md
from newsgraph.store.store import Store
from views_fixtures import INJECTION, build_store


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> Store:
    return build_store(tmp_path_factory.mktemp("exports") / "t.db")


def test_exports_csv_one_row_per_event(store: Store, tmp_path: Path) -> None:
    export_csv(store, tmp_path / "events.csv")
    df = pd.read_csv(tmp_path / "events.csv", keep_default_na=False)
    assert list(df.columns) == COLUMNS
    assert len(df) == 4 and df["id"].is_unique
    row = df.set_index("id").loc["v1"]
    assert (row["date"], row["granularity"], row["type"], row["mode"]) == ("2024-03-03", "day", "CONSULT", "visit")
    assert row["source_names"] == "Recep Tayyip Erdoğan" and row["target_countries"] == "France"
    assert row["place"] == "Paris" and row["sources_count"] == 2
    assert row["first_source_url"] == "https://example.org/a1"
    assert row["evidence"].startswith("Emmanuel Macron met")
    v2 = df.set_index("id").loc["v2"]
    assert v2["source_countries"] == "Turkey; France"  # from the actors' own countries
    assert df.set_index("id").loc["v4", "date"] == "" and df.set_index("id").loc["v4", "modality"] == "planned"


def test_exports_csv_empty_store_has_header(tmp_path: Path) -> None:
    with build_store(tmp_path / "t.db", with_resolution=False) as empty:
        export_csv(empty, tmp_path / "e.csv")
    df = pd.read_csv(tmp_path / "e.csv")
    assert len(df) == 0 and list(df.columns) == COLUMNS


def test_exports_graphml_loads_in_networkx(store: Store, tmp_path: Path) -> None:
    export_graphml(store, tmp_path / "g.graphml")
    graph = nx.read_graphml(tmp_path / "g.graphml", force_multigraph=True)
    assert graph.is_directed()
    assert set(graph.nodes) == {"e1", "e2", "e3", "e4"}
    assert graph.nodes["e3"]["type"] == "GPE"
    edges = {(u, v, a["id"], a["type"]) for u, v, a in graph.edges(data=True)}
    assert ("e2", "e1", "v1", "CONSULT") in edges and ("e4", "e2", "v3", "PROTEST") in edges
    assert len(edges) == 3  # v2 has no target: no edge
    assert graph.nodes["e4"]["label"] == f"Banner {INJECTION}"  # XML-escaped on write, intact on read


def test_exports_markdown_sections_and_escaping(store: Store, tmp_path: Path) -> None:
    export_markdown(store, tmp_path / "b.md")
    text = (tmp_path / "b.md").read_text(encoding="utf-8")
    for heading in ("# Leaders agree a trade deal", "## The story in a few lines", "## Timeline",
                    "## Entities", "## Quotes by speaker", "## Coverage", "## Disputes", "## Sources"):
        assert heading in text
    assert "<script>" not in text and "&lt;script&gt;" in text
    assert "> Emmanuel Macron met Recep Tayyip Erdoğan in Paris on 3 March 2024." in text


@pytest.mark.parametrize(("raw", "expected"), [
    ("a < b & c", "a &lt; b &amp; c"), ("*bold* _x_", "\\*bold\\* \\_x\\_"), ("two\nlines", "two lines"),
    ("plain words", "plain words"),
])
def test_exports_markdown_md_escape(raw: str, expected: str) -> None:
    assert md(raw) == expected
