"""Explicit dates, ranges, decades, quarters: values fixed by the text alone."""

from __future__ import annotations

import pytest

from newsgraph.model import TimeExpression
from newsgraph.times import find_times


def one(text: str, anchor: str | None = None) -> TimeExpression:
    found = find_times(text, anchor)
    assert len(found) == 1, found
    return found[0]


@pytest.mark.parametrize(
    ("text", "span", "value", "granularity"),
    [
        ("Macron and Erdoğan met on May 20-21, 2025 in Paris.", "May 20-21, 2025", "2025-05-20", "day"),
        ("The summit in Ankara ended 14 Jan 2026.", "14 Jan 2026", "2026-01-14", "day"),
        ("Signed in Kyiv 09.Jan.2026 by both sides.", "09.Jan.2026", "2026-01-09", "day"),
        ("The decree is dated 2025-07-31 in the gazette.", "2025-07-31", "2025-07-31", "day"),
        ("Talks resumed in July 2025 after a pause.", "July 2025", "2025-07", "month"),
        ("The treaty was signed in 2019 in Beijing.", "2019", "2019", "year"),
        ("Kim Jong Un came to power in late 2011.", "late 2011", "2011", "year"),
        ("Prices were stable in the 1970s.", "the 1970s", "197", "decade"),
        ("The building dates from the mid-1940s.", "the mid-1940s", "194", "decade"),
        ("Sales fell in the third quarter of 2024.", "the third quarter of 2024", "2024-Q3", "quarter"),
        ("Output grew in Q2 2023 as expected.", "Q2 2023", "2023-Q2", "quarter"),
        ("Growth slowed in the first half of 2022.", "the first half of 2022", "2022-H1", "half"),
        ("Protests began in the summer of 2013.", "summer of 2013", "2013-SU", "season"),
        ("Aug. 7, 1998 was hot in Nairobi.", "Aug. 7, 1998", "1998-08-07", "day"),
        ("He left on Friday, March 3, 2023.", "Friday, March 3, 2023", "2023-03-03", "day"),
        ("It was the 20th century's worst storm.", "the 20th century", "19", "century"),
        ("Elections were held on 2/29/2024 in the region.", "2/29/2024", "2024-02-29", "day"),
    ],
)
def test_explicit_dates(text: str, span: str, value: str, granularity: str) -> None:
    t = one(text)
    assert t.text == span
    assert t.value == value
    assert t.basis == "explicit"
    assert t.granularity == granularity
    assert text[t.start : t.end] == span


@pytest.mark.parametrize(
    "text",
    [
        "The army has 2019 soldiers in the region.",  # a count, not a year
        "He paid $2019 for the ticket.",
        "She may visit the museum.",  # the modal, not the month
        "The march through Paris was long.",
        "There were 30 February protests.",  # no 30 February
    ],
)
def test_not_dates(text: str) -> None:
    assert [t for t in find_times(text) if t.type == "DATE" and t.basis == "explicit"] == []


def test_invalid_day_is_rejected() -> None:
    assert all(t.value != "2023-02-29" for t in find_times("Talks on February 29, 2023 were cancelled."))


def test_offsets_are_in_the_text() -> None:
    text = "After talks in Beijing on 3 March 2024, Macron flew home."
    (t,) = find_times(text)
    assert text[t.start : t.end] == "3 March 2024"


def test_date_with_clock_time() -> None:
    t = one("The vote closed at 10:30 a.m. on March 3, 2024.")
    assert (t.type, t.value) == ("TIME", "2024-03-03T10:30")


def test_offset_from_explicit_date_in_one_sentence() -> None:
    t = one("The ceasefire collapsed two weeks after March 3, 2025.")
    assert (t.value, t.basis, t.granularity) == ("2025-03-17", "explicit", "day")
    t = one("The army withdrew one month before July 2024.")
    assert t.value == "2024-06"
