"""Cross-document resolution, round 6 (found on held-out corpora): an attack reported with no doer, once
with the town it hit and once without, is compared like two reports without a town (one happening when
their dates agree, as "on April 30" and "in April" do); an undated
article's "on Monday" is evidence for a report dated to a Monday in the week before the article can
have been written, and for no other Monday. Invented names."""

from __future__ import annotations

from newsgraph.model import DocAnalysis, Document, Entity, EventMention
from newsgraph.resolve.event_match import Report, evidence, unanchored_weekday
from newsgraph.resolve.events import resolve_events
from test_events_resolve import report, together, when

TOWN = Entity(id="osh", name="Osh", type="GPE", country="Kyrgyzstan")
COUNTRIES = [Entity(id=c.lower(), name=c, type="GPE", country=c) for c in ("Kyrgyzstan", "Tajikistan")]


def _resolve(*docs: tuple[str, list[EventMention]]) -> list:
    analyses = [DocAnalysis(doc_id=d, events=evs) for d, evs in docs]
    documents = {d: Document(id=d, source=d, text="", published="2024-05-02") for d, _ in docs}
    return resolve_events(analyses, documents, [TOWN, *COUNTRIES], {(d, 0): "osh" for d, _ in docs})


def _attack(place: bool, value: str | None) -> EventMention:
    granularity = "day" if value and len(value) == 10 else "month"
    m = report("attack", etype="ASSAULT", mode=None, time=when("on April 30", value, granularity) if value else None)
    if place:
        from newsgraph.model import ActorRef

        m.target = [ActorRef(text="Osh", start=m.start + 10, end=m.start + 13, chain=0)]  # a town: no side
    return m


def test_a_doerless_attack_with_its_town_and_one_without_meet_in_their_month() -> None:
    # "gunmen attacked Osh on April 30" and "the attack in April that killed 12": one happening
    a, b = _attack(True, "2024-04-30"), _attack(False, "2024-04")
    assert together(_resolve(("d1", [a]), ("d2", [b])), a, b)


def test_a_doerless_attack_on_another_day_or_month_stays_apart() -> None:
    a = _attack(True, "2024-04-30")
    for other in ("2024-04-12", "2024-03"):
        b = _attack(False, other)
        assert not together(_resolve(("d1", [a]), ("d2", [b])), a, b), other


def _report(*, date: str | None = None, weekday: int | None = None,
            window: tuple[str, str] | None = None) -> Report:
    m = report("recalled", etype="SANCTION", mode=None)
    return Report(doc="d", idx=0, m=m, src_c={"Kyrgyzstan"}, tgt_c={"Tajikistan"}, date=date,
                  weekday=weekday, weekday_window=window)


def test_a_named_weekday_is_read_only_without_a_date() -> None:
    assert unanchored_weekday(when("on Monday", None, "day")) == 0
    assert unanchored_weekday(when("on Monday", "2024-04-29", "day")) is None
    assert unanchored_weekday(when("in May", None)) is None


def test_monday_in_an_undated_article_fits_a_report_of_that_monday() -> None:
    monday = _report(weekday=0, window=("2024-04-25", "2024-05-03"))
    assert evidence(monday, _report(date="2024-04-29")) >= 1.0
    assert evidence(_report(date="2024-04-29"), monday) >= 1.0


def test_monday_months_away_or_another_weekday_is_no_evidence() -> None:
    monday = _report(weekday=0, window=("2024-04-25", "2024-05-03"))
    assert evidence(monday, _report(date="2024-01-29")) == 0.0  # a Monday, months before the article
    assert evidence(monday, _report(date="2024-04-30")) == 0.0  # a Tuesday
    assert evidence(_report(weekday=0), _report(date="2024-04-29")) == 0.0  # the article's days unknown
