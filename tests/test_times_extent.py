"""Durations, sets, clock times, and the offset helpers the event stage uses."""

from __future__ import annotations

import pytest

from newsgraph.model import TimeExpression
from newsgraph.times import Offset, apply_offset, find_times, offset_after


@pytest.mark.parametrize(
    ("text", "span", "type_", "value"),
    [
        ("The siege lasted three days.", "three days", "DURATION", "P3D"),
        ("Kim ruled for two years before the purge.", "two years", "DURATION", "P2Y"),
        ("Prices rose over the past two months.", "the past two months", "DURATION", "P2M"),
        ("He signed a two-year contract.", "two-year", "DURATION", "P2Y"),
        ("The fighting went on for 24 hours.", "24 hours", "DURATION", "PT24H"),
        ("The conflict has lasted two decades.", "two decades", "DURATION", "P20Y"),
        ("Talks dragged on for several months.", "several months", "DURATION", "PXM"),
        ("Inspectors visit every week.", "every week", "SET", "P1W"),
        ("The council meets every two months.", "every two months", "SET", "P2M"),
        ("The ministers meet every Monday.", "every Monday", "SET", "XXXX-WXX-1"),
        ("Flights leave daily.", "daily", "SET", "P1D"),
        ("Reports are filed twice a year.", "twice a year", "SET", "P1Y"),
        ("The rate is reviewed annually.", "annually", "SET", "P1Y"),
    ],
)
def test_extent(text: str, span: str, type_: str, value: str) -> None:
    (t,) = find_times(text)
    assert (t.text, t.type, t.value) == (span, type_, value)


def test_adjective_use_is_not_a_set() -> None:
    assert find_times("The daily newspaper in Ankara closed.") == []


@pytest.mark.parametrize(
    ("text", "anchor", "value"),
    [
        ("Polls closed at 8 p.m. in Paris.", "2024-06-09", "2024-06-09T20:00"),
        ("The blast came at 10:35 a.m. local time.", "1998-08-07", "1998-08-07T10:35"),
        ("Talks went on past midnight.", "2024-06-09", "2024-06-09T24:00"),
        ("Macron spoke this morning.", "2024-06-09", "2024-06-09TMO"),
        ("Zelensky spoke last night.", "2024-06-09", "2024-06-08TNI"),
        ("Talks resume at 9 a.m. Friday.", "2019-03-13", "2019-03-08T09:00"),
    ],
)
def test_times_of_day(text: str, anchor: str, value: str) -> None:
    (t,) = find_times(text, anchor)
    assert (t.type, t.value) == ("TIME", value)


def test_offset_after_event() -> None:
    text = "Just one month after the regime's fall, Erdoğan visited."
    (t,) = find_times(text)
    assert (t.text, t.value) == ("one month", "P1M")
    off = offset_after(text, t)
    assert off == Offset(1, "month", 1)
    assert apply_offset("2024-12-08", off) == "2025-01-08"
    assert apply_offset("2024-12", off) == "2025-01"
    assert apply_offset("2024", off) is None  # a month after "2024" is not a month we know
    assert apply_offset(None, off) is None


def test_offset_before_and_plain_duration() -> None:
    text = "Two weeks before the vote, Macron spoke."
    (t,) = find_times(text)
    assert offset_after(text, t) == Offset(2, "week", -1)
    assert apply_offset("2024-01-31", Offset(1, "month", 1)) == "2024-02-29"  # leap year, clamped
    text = "The siege lasted three days."
    (t,) = find_times(text)
    assert offset_after(text, t) is None


def test_expressions_round_trip() -> None:
    (t,) = find_times("Prices rose last year.", "2019-03-13")
    assert TimeExpression.from_dict(t.to_dict()) == t
