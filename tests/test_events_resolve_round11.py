"""Cross-document resolution, round 11: a person "arrested" in one report and "seized" in another is one
taking when the two reports share that named person; a seized town and an arrest stay two acts.
Reports built by hand, invented names."""

from __future__ import annotations

from newsgraph.resolve.event_match import Report, compatible
from test_events_resolve import report


def _r(doc: str, mode: str, persons: set[str]) -> Report:
    m = report("taken", etype="COERCE", mode=mode)
    return Report(doc=doc, idx=0, m=m, src_c={"Chile"}, tgt_c=set(), date="2024-04-05", latest="2024-06-01",
                  persons=frozenset(persons))


def test_a_person_arrested_and_the_same_person_seized_are_one_taking() -> None:
    assert compatible(_r("d1", "arrest", {"e-rios"}), _r("d2", "seize", {"e-rios"}))


def test_a_seizure_of_something_else_stays_apart_from_an_arrest() -> None:
    assert not compatible(_r("d1", "arrest", {"e-rios"}), _r("d2", "seize", set()))
    assert not compatible(_r("d1", "arrest", {"e-rios"}), _r("d2", "seize", {"e-vega"}))
    assert not compatible(_r("d1", "deport", {"e-rios"}), _r("d2", "seize", {"e-rios"}))


# Round 12: a happening announced for a day in one article and told as done on that day in another.


def _day(doc: str, modality: str, date: str | None) -> Report:
    m = report("visit", etype="CONSULT", mode="visit")
    m.modality = modality
    return Report(doc=doc, idx=0, m=m, src_c={"Chile"}, tgt_c={"Peru"}, date=date, latest="2024-06-01")


def test_a_planned_and_a_done_report_of_one_day_agree() -> None:
    assert compatible(_day("d1", "planned", "2024-01-29"), _day("d2", "asserted", "2024-01-29"))
    assert compatible(_day("d1", "hedged", "2024-01-29"), _day("d2", "asserted", "2024-01-29"))


def test_a_planned_and_a_done_report_without_one_shared_day_stay_apart() -> None:
    assert not compatible(_day("d1", "planned", "2024-01-29"), _day("d2", "asserted", None))
    assert not compatible(_day("d1", "planned", "2024-01"), _day("d2", "asserted", "2024-01"))
    assert not compatible(_day("d1", "denied", "2024-01-29"), _day("d2", "asserted", "2024-01-29"))
