"""View models: families, timeline, graph, coverage fallback, disputes, filters."""

from __future__ import annotations

from pathlib import Path

import pytest

from newsgraph.views.coverage import build_coverage, build_disputes
from newsgraph.views.data import ViewData
from newsgraph.views.dossiers import build_dossiers, quotes_by_speaker
from newsgraph.views.families import family
from newsgraph.views.graph import build_graph, graph_figure
from newsgraph.views.story import build_story
from newsgraph.views.timeline import build_timeline, marker_size, plot_date
from newsgraph.web.filters import EventFilter
from views_fixtures import build_store, documents, resolution


@pytest.fixture
def data() -> ViewData:
    return ViewData(documents={d.id: d for d in documents()}, resolution=resolution())


@pytest.mark.parametrize(("etype", "expected"), [
    ("CONSULT", "cooperation"), ("retreat", "cooperation"), ("AID", "cooperation"),
    ("ASSAULT", "conflict"), ("ACCUSE", "conflict"), ("SANCTION", "conflict"),
    ("INVESTIGATE", "other"), ("", "other"), (None, "other"),
])
def test_views_family(etype: str | None, expected: str) -> None:
    assert family(etype) == expected


@pytest.mark.parametrize(("value", "expected"), [
    ("2024-03-03", "2024-03-03"), ("2024-03", "2024-03-01"), ("2024", "2024-01-01"),
    ("2024-W12", None), ("PRESENT_REF", None), (None, None), ("", None),
])
def test_views_plot_date(value: str | None, expected: str | None) -> None:
    assert plot_date(value) == expected


def test_views_timeline_splits_undated_and_sizes_by_sources(data: ViewData) -> None:
    tl = build_timeline(data)
    assert [p.id for p in tl.points] == ["v2", "v1", "v3"]
    assert [p.id for p in tl.undated] == ["v4"]
    assert tl.points[1].sources == 2 and tl.points[2].sources == 1
    assert marker_size(2) > marker_size(1)
    assert marker_size(1000) == marker_size(10_000)  # capped


def test_views_graph_edges_are_directed_events(data: ViewData) -> None:
    graph = build_graph(data)
    assert set(graph.nodes) == {"e1", "e2", "e4"}  # Paris is only a location here
    assert graph.has_edge("e2", "e1", key="v1") and not graph.has_edge("e1", "e2", key="v1")
    assert graph.edges["e4", "e2", "v3"]["family"] == "conflict"
    assert build_graph(data, only_involved=False).has_node("e3")
    fig = graph_figure(graph)
    assert any(t.get("name") == "PERSON" for t in fig["data"])
    assert len(fig["layout"]["annotations"]) == graph.number_of_edges()


def test_views_coverage_falls_back_to_mentions(data: ViewData) -> None:
    cov = build_coverage(data)  # the fixture has no coverage finding
    assert cov.cell("Ankara Daily", "v1") == 1 and cov.cell("Paris Wire", "v1") == 1
    assert cov.cell("Paris Wire", "v3") == 0
    assert set(cov.single_source) == {"v3", "v4"}


def test_views_coverage_uses_the_finding_when_present(data: ViewData) -> None:
    data.resolution.coverage = {"outlets": ["A"], "events": ["v1"], "matrix": {"A": {"v1": 3}},
                                "single_source": []}
    cov = build_coverage(data)
    assert cov.outlets == ["A"] and cov.cell("A", "v1") == 3


def test_views_disputes_tolerate_bad_entries(data: ViewData) -> None:
    data.resolution.disputes.append({"values": ["not a dict", {"value": 3, "evidence": [{"doc": "d9"}]}]})
    data.resolution.disputes.append("garbage")  # type: ignore[arg-type]
    disputes = build_disputes(data)
    assert len(disputes) == 2
    assert disputes[0].values[0].outlets == ["Ankara Daily"]
    assert disputes[0].values[1].evidence[0].text.startswith("President Erdoğan held talks")
    assert disputes[1].values[0].value == "3" and disputes[1].values[0].outlets == ["unknown outlet (d9)"]


def test_views_story_ranks_by_sources(data: ViewData) -> None:
    story = build_story(data, lines=2)
    assert {ln.event.id for ln in story.lines} == {"v1", "v2"}
    assert story.title == "Leaders agree a trade deal"
    assert story.counts["events"] == 4


def test_views_dossiers_and_speakers(data: ViewData) -> None:
    dossiers = {d.entity.id: d for d in build_dossiers(data)}
    assert dossiers["e1"].aliases[0] == ("Macron", 2)
    assert {(d.event.id, d.position) for d in dossiers["e1"].events} == {("v1", "target"), ("v2", "source"),
                                                                          ("v4", "source")}
    speakers = dict(quotes_by_speaker(data))
    assert "An organiser" in speakers  # unresolved speaker keeps its own words
    q, ev = speakers["Recep Tayyip Erdoğan"][0]
    assert ev.text.startswith("Erdoğan said") and q.text in ev.text


@pytest.mark.parametrize(("flt", "expected"), [
    (EventFilter(), {"v1", "v2", "v3", "v4"}),
    (EventFilter(date_from="2024-03-04"), {"v2", "v3"}),  # the March-only date overlaps
    (EventFilter(date_to="2024-03-03"), {"v1", "v2"}),
    (EventFilter(actor="erdoğan"), {"v1", "v2", "v3", "v4"}),
    (EventFilter(actor="e4"), {"v3"}),
    (EventFilter(type="protest"), {"v3"}),
    (EventFilter(outlet="Paris Wire"), {"v1", "v2"}),
])
def test_views_event_filter(data: ViewData, flt: EventFilter, expected: set[str]) -> None:
    assert {ev.id for ev in flt.apply(data)} == expected


def test_views_load_from_store(tmp_path: Path) -> None:
    with build_store(tmp_path / "t.db") as store:
        data = ViewData.load(store)
    assert list(data.documents) == ["d1", "d2", "d3"]
    assert data.outlet("d3").startswith("Street")
    assert data.source_count(data.events["v1"]) == 2
