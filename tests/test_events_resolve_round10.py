"""Cross-document resolution, round 10: one report naming only who acted and another naming only whom
it was done to, dated to the same day, are one act told from its two ends ("Chilean forces arrested a
border guard on December 8" / "the Peruvian guard was detained on 8 December"); not on different days,
not when both name a doer, not for consultations. Reports built by hand, invented sentences."""

from __future__ import annotations

from newsgraph.resolve.event_match import Report, compatible, one_side_each
from test_events_resolve import report


def _r(doc: str, *, src: set[str] | None = None, tgt: set[str] | None = None, date: str | None = "2024-12-08",
       etype: str = "COERCE", mode: str | None = "arrest") -> Report:
    m = report("arrested", etype=etype, mode=mode)
    return Report(doc=doc, idx=0, m=m, src_c=src or set(), tgt_c=tgt or set(), date=date, latest="2025-05-01")


def test_the_doer_alone_and_the_one_acted_on_alone_on_one_day_are_one_act() -> None:
    a, b = _r("d1", src={"Chile"}), _r("d2", tgt={"Peru"})
    assert one_side_each(a, b) and one_side_each(b, a) and compatible(a, b)


def test_other_days_two_doers_or_the_same_country_stay_apart() -> None:
    assert not compatible(_r("d1", src={"Chile"}), _r("d2", tgt={"Peru"}, date="2024-12-09"))
    assert not compatible(_r("d1", src={"Chile"}), _r("d2", src={"Bolivia"}, tgt={"Peru"}))
    assert not one_side_each(_r("d1", src={"Chile"}), _r("d2", tgt={"Chile"}))
    assert not compatible(_r("d1", src={"Chile"}), _r("d2", tgt={"Peru"}, date="2024-12"))  # a month is not a day


def test_consultations_are_not_read_by_ends() -> None:
    a = _r("d1", src={"Chile"}, etype="CONSULT", mode="visit")
    b = _r("d2", tgt={"Peru"}, etype="CONSULT", mode="visit")
    assert not one_side_each(a, b)
