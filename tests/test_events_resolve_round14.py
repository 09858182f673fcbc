"""Cross-document resolution, round 14: a dated act by people who act together without a name ("several
hundred demonstrators marched on May 3") is kept as an event; an undated one, or one whose doers are
not such a crowd, still needs a party or a place. Reports built by hand, invented names."""

from __future__ import annotations

from newsgraph.model import ActorRef
from test_events_resolve import report, resolve, when


def _crowd(text: str, dated: bool) -> list:
    m = report("marched", etype="PROTEST", mode=None, time=when("May 3", "2024-05-03", "day") if dated else None)
    m.source = [ActorRef(text=text, start=0, end=len(text), chain=None, country=None)]
    return resolve(("d1", "2024-05-05", [m]))


def test_a_dated_act_of_a_crowd_is_an_event() -> None:
    assert [e.type for e in _crowd("several hundred demonstrators", dated=True)] == ["PROTEST"]
    assert [e.type for e in _crowd("The country's main teachers' unions", dated=True)] == ["PROTEST"]


def test_an_undated_crowd_or_an_unresolved_party_is_no_event() -> None:
    assert _crowd("several hundred demonstrators", dated=False) == []
    assert _crowd("the two countries", dated=True) == []
    assert _crowd("the committee", dated=True) == []
