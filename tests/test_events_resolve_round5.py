"""Cross-document resolution, round 5 (found on a held-out corpus): an undated report whose sentence is
dated in another month ("lost a thumb on Monday [in June] after guards rammed the boats") is no
restatement of an act of that kind "in August", whatever the two share. Invented names."""

from __future__ import annotations

import pytest

from newsgraph.resolve.event_match import Report, compatible
from test_events_resolve import report


def _report(doc: str, *, date: str | None = None, month: str | None = None,
            sentence_dates: tuple[str, ...] = ()) -> Report:
    m = report("rammed", etype="ASSAULT", mode=None)
    return Report(doc=doc, idx=0, m=m, src_c={"Vietnam"}, tgt_c={"Malaysia"}, date=date, month=month,
                  sentence_dates=sentence_dates, context={"coast-guard"})


@pytest.mark.parametrize(("other", "apart"), [
    ({"month": "08"}, True),  # "on August 31" in an undated article
    ({"date": "2024-08-31"}, True),
    ({"date": "2024-06-17"}, False),  # the same month as the sentence: may be the same act
    ({"month": "06"}, False),
    ({}, False),  # the other says nothing of its time
])
def test_a_sentence_dated_in_another_month_keeps_an_undated_report_apart(other: dict, apart: bool) -> None:
    undated = _report("d1", sentence_dates=("2024-06-17",))
    assert compatible(undated, _report("d2", **other)) is not apart
    assert compatible(_report("d2", **other), undated) is not apart


def test_an_undated_report_in_an_undated_sentence_decides_nothing() -> None:
    assert compatible(_report("d1"), _report("d2", month="08"))


def test_a_definite_report_is_left_to_restatement_rules() -> None:
    # "The visit ..., the first since December": its sentence's date is another thing's
    undated = _report("d1", sentence_dates=("2024-12",))
    undated.m.definite = True
    assert compatible(undated, _report("d2", date="2025-07"))
