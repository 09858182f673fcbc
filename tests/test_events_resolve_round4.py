"""Cross-document resolution, round 4: a clock time in a restating sentence ("a ceasefire taking
effect at midnight") does not keep that report apart from the one happening its article reports."""

from __future__ import annotations

from newsgraph.model import DocAnalysis, Document, Event, EventMention, TimeExpression
from newsgraph.resolve.events import resolve_events
from test_events_resolve import CHAIN, ENTITIES, report, together, when


def _resolve_with_times(pub: str, events: list[EventMention], times: list[TimeExpression]) -> list[Event]:
    """Resolve one article's reports; a report with a time has it in its sentence, as the stage gives it."""
    times = times + [_inside(m, m.time.text, "DATE", m.time.value) for m in events if m.time is not None]
    analyses = [DocAnalysis(doc_id="d1", events=events, times=times)]
    documents = {"d1": Document(id="d1", source="d1", text="", published=pub)}
    chain_map = {("d1", CHAIN[e.id]): e.id for e in ENTITIES}
    return resolve_events(analyses, documents, ENTITIES, chain_map)


def _inside(m: EventMention, text: str, ttype: str, value: str | None) -> TimeExpression:
    return TimeExpression(start=m.start + 10, end=m.start + 10 + len(text), text=text, type=ttype, value=value,
                          basis="relative", granularity="time" if ttype == "TIME" else "day")


def test_restatement_with_a_clock_time_joins_the_dated_report() -> None:
    dated = report("agreed", etype="AGREE", mode=None, src=("greece",), tgt=("turkey",),
                   time=when("on Monday", "2024-03-04", "day"))
    again = report("agreed", etype="AGREE", mode=None, src=("greece",), tgt=("turkey",))
    events = _resolve_with_times("2024-03-04", [dated, again], [_inside(again, "midnight", "TIME", "2024-03-04T24:00")])
    assert together(events, dated, again)


def test_restatement_with_a_date_of_its_own_stays_apart() -> None:
    dated = report("agreed", etype="AGREE", mode=None, src=("greece",), tgt=("turkey",),
                   time=when("on Monday", "2024-03-04", "day"))
    again = report("agreed", etype="AGREE", mode=None, src=("greece",), tgt=("turkey",))
    events = _resolve_with_times("2024-03-04", [dated, again], [_inside(again, "in 2019", "DATE", "2019")])
    assert not together(events, dated, again)


def test_restatement_with_this_years_date_joins_the_dated_report() -> None:
    dated = report("agreed", etype="AGREE", mode=None, src=("greece",), tgt=("turkey",),
                   time=when("on Monday", "2024-03-04", "day"))
    again = report("agreed", etype="AGREE", mode=None, src=("greece",), tgt=("turkey",))
    events = _resolve_with_times("2024-03-04", [dated, again], [_inside(again, "this year's", "DATE", "2024")])
    assert together(events, dated, again)
