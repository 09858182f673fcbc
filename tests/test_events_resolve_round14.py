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


def test_an_unanchored_day_keeps_apart_from_another_day_of_that_month() -> None:
    """"After meeting Kim on June 17" (no year anywhere) is not the visit dated 2024-06-19."""
    from newsgraph.model import TimeExpression
    from newsgraph.resolve.event_match import Report, months_agree

    def rep(time: TimeExpression, date: str | None, month: str | None) -> Report:
        m = report("met", etype="CONSULT", mode="visit", time=time)
        return Report(doc="d", idx=0, m=m, date=date, month=month)

    june17 = TimeExpression(start=0, end=7, text="June 17", type="DATE", value=None, basis="unknown", granularity="day")
    june19 = TimeExpression(start=0, end=10, text="2024-06-19", type="DATE", value="2024-06-19", basis="explicit",
                            granularity="day")
    june = TimeExpression(start=0, end=4, text="June", type="DATE", value=None, basis="unknown", granularity="month")
    assert not months_agree(rep(june17, None, "06"), rep(june19, "2024-06-19", None))
    assert months_agree(rep(june17, None, "06"), rep(june19, "2024-06-17", None))
    assert months_agree(rep(june17, None, "06"), rep(june19, "2024-06-18", None))  # two clocks, one happening
    assert months_agree(rep(june, None, "06"), rep(june19, "2024-06-19", None))
