"""Cross-document resolution, round 4: a clock time in a restating sentence ("a ceasefire taking
effect at midnight") does not keep that report apart from the one happening its article reports."""

from __future__ import annotations

from newsgraph.model import DocAnalysis, Document, Event, EventMention, TimeExpression
from newsgraph.resolve.events import resolve_events
from test_events_resolve import CHAIN, ENTITIES, report, resolve, together, when


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


# ---------------------------------------------------------------- an undated article takes its story's year


def _date_of(events: list[Event], m: EventMention) -> str | None:
    return next(ev.date.value for ev in events if any(x.start == m.start for x in ev.mentions))


def test_undated_article_takes_the_one_year_its_matching_days_have() -> None:
    dated = report("attack", etype="ASSAULT", mode=None, src=("greece",), tgt=("turkey",),
                   time=when("on Tuesday", "2024-04-22", "day"))
    undated = report("massacre", etype="ASSAULT", mode=None, time=when("on April 22", None, "day"))
    later = report("visit", src=("greece",), tgt=("turkey",), time=when("on May 30", None, "day"))
    events = resolve(("d1", "2024-04-24", [dated]), ("d2", None, [undated, later]))
    assert _date_of(events, undated) == "2024-04-22"
    assert _date_of(events, later) is None  # after the last matched month: its year is not known


def test_undated_article_whose_days_match_two_years_stays_undated() -> None:
    first = report("visited", src=("greece",), tgt=("turkey",), place="ankara",
                   time=when("on January 28", "2024-01-28", "day"))
    second = report("visited", src=("greece",), tgt=("turkey",), place="ankara",
                    time=when("on January 28", "2025-01-28", "day"))
    # held elsewhere, so it joins neither visit: only the anchoring could date it
    undated = report("visit", src=("greece",), tgt=("turkey",), place="athens", time=when("on January 28", None, "day"))
    events = resolve(("d1", "2024-01-29", [first]), ("d2", "2025-01-29", [second]), ("d3", None, [undated]))
    assert _date_of(events, undated) is None


# ---------------------------------------------------------------- repeated acts are not restated undated


def test_two_undated_attacks_of_one_side_in_one_article_stay_apart() -> None:
    first = report("attacks", etype="ASSAULT", mode=None, src=("greece",), tgt=("turkey",))
    second = report("strikes", etype="ASSAULT", mode=None, src=("greece",), tgt=("turkey",))
    events = resolve(("d1", "2024-03-04", [first, second]))
    assert not together(events, first, second)


def test_the_strikes_restate_the_one_attack_of_the_article() -> None:
    first = report("strikes", etype="ASSAULT", mode=None, src=("greece",), tgt=("turkey",),
                   time=when("on Monday", "2024-03-04", "day"))
    again = report("strikes", etype="ASSAULT", mode=None, src=("greece",), tgt=("turkey",), definite=True)
    events = resolve(("d1", "2024-03-05", [first, again]))
    assert together(events, first, again)
