"""Relative expressions resolved against the document date, with anchors in several years and weekdays."""

from __future__ import annotations

from datetime import date

import pytest

from newsgraph.times import find_times

WED_2019 = "2019-03-13"  # a Wednesday
NEW_YEARS_EVE = "2022-12-31"  # a Saturday
LEAP = "2024-03-01"  # a Friday, the day after Feb 29


def value(text: str, anchor: str | date | None, *, tense_hints: bool = True) -> str | None:
    found = list(find_times(text, anchor, tense_hints=tense_hints))
    assert found, f"nothing found in {text!r}"
    return found[0].value


@pytest.mark.parametrize(
    ("text", "anchor", "expected"),
    [
        # weekdays: the nearest past one (the anchor day itself counts) unless the clause looks ahead
        ("On Wednesday, Macron met Erdoğan.", WED_2019, "2019-03-13"),
        ("On Monday, Macron met Erdoğan.", WED_2019, "2019-03-11"),
        ("On Thursday, Macron met Erdoğan.", WED_2019, "2019-03-07"),
        ("Macron will meet Erdoğan on Thursday.", WED_2019, "2019-03-14"),
        ("Macron will meet Erdoğan on Monday.", WED_2019, "2019-03-18"),
        ("Kim met Moon last Wednesday.", WED_2019, "2019-03-06"),
        ("Kim meets Moon next Wednesday.", WED_2019, "2019-03-20"),
        ("On Friday the talks in Paris ended.", NEW_YEARS_EVE, "2022-12-30"),
        ("On Thursday the talks in Paris ended.", LEAP, "2024-02-29"),
        # deictic days
        ("Zelensky spoke yesterday.", WED_2019, "2019-03-12"),
        ("Zelensky spoke yesterday.", LEAP, "2024-02-29"),
        ("Zelensky will speak tomorrow.", NEW_YEARS_EVE, "2023-01-01"),
        ("Zelensky speaks today.", LEAP, "2024-03-01"),
        # weeks, months, years
        ("Prices rose last year.", WED_2019, "2018"),
        ("Prices rose last year.", NEW_YEARS_EVE, "2021"),
        ("Prices rose earlier this year.", NEW_YEARS_EVE, "2022"),
        ("Talks resume next year.", NEW_YEARS_EVE, "2023"),
        ("Exports fell this month.", WED_2019, "2019-03"),
        ("Exports fell last month.", "2019-01-15", "2018-12"),
        ("At the beginning of this month, a delegation arrived in Ankara.", LEAP, "2024-03"),
        ("The ministers meet next week.", WED_2019, "2019-W12"),
        ("The ministers met last week.", "2021-01-06", "2020-W53"),
        # "N units ago"
        ("Two years ago the border opened.", WED_2019, "2017"),
        ("Three days ago the border opened.", LEAP, "2024-02-27"),
        ("A month ago the border opened.", "2024-03-31", "2024-02"),
        ("Two weeks ago the border opened.", WED_2019, "2019-W09"),
        # yearless days and months: nearest past unless the clause looks ahead
        ("The talks ended on January 28.", "2025-09-10", "2025-01-28"),
        ("The talks ended on December 28.", "2025-09-10", "2024-12-28"),
        ("Macron will visit Beijing on January 28.", "2025-09-10", "2026-01-28"),
        ("The talks took place in February.", "2025-09-10", "2025-02"),
        ("The talks took place in October.", "2025-09-10", "2024-10"),
        ("Elections will be held in October.", "2025-09-10", "2025-10"),
        ("The deadline for bids is Sept. 30.", "2025-09-10", "2025-09-30"),  # no cue: near future wins
        ("The delegation landed on the last day of July.", "2025-09-10", "2025-07-31"),
        ("The delegation landed on the last day of July.", "2025-07-15", "2024-07-31"),
        ("Talks started on February 29.", "2025-03-01", "2024-02-29"),
        ("They met last April.", "2019-10-30", "2019-04"),
        ("Trade slumped in late November.", "2019-12-10", "2019-11"),
        # references
        ("Talks are now under way.", WED_2019, "PRESENT_REF"),
        ("He recently visited Kyiv.", WED_2019, "PAST_REF"),
        ("They will meet in the future.", WED_2019, "FUTURE_REF"),
        # seasons, holidays, quarters
        ("They met last summer.", WED_2019, "2018-SU"),
        ("The boy was found on Thanksgiving Day.", "1999-12-02", "1999-11-25"),
        ("Sales rose in the latest quarter.", "1999-10-20", "1999-Q3"),
        ("Profit rose in the fourth quarter.", WED_2019, "2018-Q4"),  # past clause: the last one that began
        ("Profit will rise in the fourth quarter.", WED_2019, "2019-Q4"),
    ],
)
def test_relative_rules(text: str, anchor: str, expected: str) -> None:
    assert value(text, anchor) == expected


def test_relative_basis_and_granularity() -> None:
    (t,) = find_times("Prices rose last year.", "2019-03-13")
    assert (t.basis, t.granularity, t.type) == ("relative", "year", "DATE")


def test_anchor_as_date_or_iso_with_time() -> None:
    assert value("Zelensky spoke yesterday.", date(2019, 3, 13)) == "2019-03-12"
    assert value("Zelensky spoke yesterday.", "2019-03-13T08:00:00") == "2019-03-12"


@pytest.mark.parametrize(
    "text",
    [
        "On Wednesday, Macron met Erdoğan.",
        "Prices rose last year.",
        "The talks ended on January 28.",
        "Two years ago the border opened.",
        "Zelensky spoke yesterday.",
        "The talks took place in February.",
    ],
)
def test_no_anchor_means_no_value(text: str) -> None:
    (t,) = find_times(text)
    assert t.value is None
    assert t.basis == "unknown"


def test_tense_hints_off_always_reads_past() -> None:
    text = "Macron will visit Beijing on January 28."
    assert value(text, "2025-09-10", tense_hints=False) == "2025-01-28"


# anchor_range: the document date is only known as an interval
RANGE = (date(2025, 7, 31), date(2025, 9, 30))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The talks ended on January 28.", "2025-01-28"),  # same answer at both ends
        ("On Wednesday, Macron met Erdoğan.", None),  # differs across the interval
        ("Exports fell this month.", None),  # July at one end, September at the other
        ("Prices rose last year.", "2024"),
        ("Prices rose earlier this year.", "2025"),
        ("Zelensky spoke yesterday.", None),
        ("The talks took place in February.", "2025-02"),
        ("The delegation landed on the last day of July.", "2025-07-31"),
    ],
)
def test_anchor_range(text: str, expected: str | None) -> None:
    (t,) = find_times(text, anchor_range=RANGE)
    assert t.value == expected
    assert t.basis == ("relative" if expected else "unknown")


def test_anchor_range_same_month() -> None:
    (t,) = find_times("Exports fell this month.", anchor_range=(date(2025, 9, 2), date(2025, 9, 28)))
    assert t.value == "2025-09"


def test_anchor_wins_over_range() -> None:
    (t,) = find_times("Exports fell this month.", "2025-08-10", anchor_range=RANGE)
    assert t.value == "2025-08"


def test_anaphoric_that_year_and_next_day() -> None:
    found = find_times("Gaddafi fell in 2011. Later that year elections were called.")
    assert [t.value for t in found] == ["2011", "2011"]
    found = find_times("Talks opened on March 3, 2024. The next day they collapsed.")
    assert [t.value for t in found] == ["2024-03-03", "2024-03-04"]
    (t,) = find_times("The next day they collapsed.")
    assert t.value is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Rebel forces captured Goma in January.", "2025-01"),  # a past-tense verb: the last January
        ("Rebel forces will capture Goma in January.", "2026-01"),  # a plan: the next one
        ("The ceasefire was extended until January.", "2026-01"),  # a deadline stays ahead
    ],
)
def test_bare_month_follows_past_tense_verb(text: str, expected: str) -> None:
    (t,) = find_times(text, "2025-10-20")
    assert t.value == expected
