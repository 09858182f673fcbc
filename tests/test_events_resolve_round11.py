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
