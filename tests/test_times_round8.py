"""Rules added in the eighth value-accuracy round (docs/quality/times.md).

"that same day" after a month or a year named earlier in its paragraph as a day of it, which
one unknown ("2011-03-XX"), and "that month" after a year as "1994-XX"; "this quarter's loss"
in a report on a quarter that has ended as that quarter; a habit in "the first and fourth
quarters" as a SET of each quarter (XXXX-Q1, XXXX-Q4). Each rule is checked with several
anchors and with inputs it must leave alone.
"""

from __future__ import annotations

from datetime import date

import pytest

from newsgraph.times import find_times

ANCHORS = ["2009-02-17", "2017-08-05", "2022-11-30"]


def found(text: str, anchor: str | None) -> dict[str, tuple[str, str | None]]:
    return {t.text: (t.type, t.value) for t in find_times(text, anchor)}


def quarter_of(day: date) -> str:
    return f"{day.year:04d}-Q{(day.month - 1) // 3 + 1}"


# --- "that same day" after a month or a year: a day of it, which one unknown -----------------


@pytest.mark.parametrize("anchor", ANCHORS)
@pytest.mark.parametrize(
    ("text", "span", "value"),
    [
        ("Flood water reached the old mill in March 2006. The footbridge collapsed that same day, a ranger said.", "that same day", "2006-03-XX"),
        ("The pumping station at Ravelsby failed in 1994. Engineers were called in that same day.", "that same day", "1994-XX-XX"),
        ("The ferry company went bankrupt in October 1987, and its crews were paid off that day.", "that day", "1987-10-XX"),
        ("The pumping station at Ravelsby failed in 1994. Later that month the council met in emergency session.", "Later that month", "1994-XX"),
    ],
)
def test_same_day_after_a_coarser_date_in_the_paragraph(anchor: str, text: str, span: str, value: str) -> None:
    assert found(text, anchor)[span] == ("DATE", value)


@pytest.mark.parametrize("anchor", ANCHORS)
@pytest.mark.parametrize(
    ("text", "span", "value"),
    [
        # the antecedent in an earlier paragraph: a generic "that day", no value
        ("Flood water reached the old mill in March 2006.\n\nAnyone who crossed the river that day was at risk.", "that day", None),
        # another day than the month's: it may fall in the next month
        ("Flood water reached the old mill in March 2006. The footbridge was closed the next day.", "the next day", None),
        # a week of a month cannot be written as a week value
        ("Flood water reached the old mill in March 2006. Volunteers arrived that week.", "that week", None),
        # a full day named before: that very day, as before
        ("Flood water reached the old mill on March 4, 2006. The footbridge collapsed that same day.", "that same day", "2006-03-04"),
        # nothing named before at all
        ("Traders who sold that day lost heavily, the broker said.", "that day", None),
    ],
)
def test_same_day_needs_a_coarser_date_in_the_paragraph(anchor: str, text: str, span: str, value: str | None) -> None:
    assert found(text, anchor)[span] == ("DATE", value)


# --- "this quarter's loss": the quarter the report is about ---------------------------------

REPORT_ANCHORS = ["2014-10-28", "2019-11-05", "2021-10-20"]


@pytest.mark.parametrize("anchor", REPORT_ANCHORS)
@pytest.mark.parametrize(
    "second",
    [
        "This quarter's loss includes a charge of $3 million for a closed shipyard.",
        "This quarter's results were hurt by a strike at the Dunmore yard.",
        "This quarter's net income reflects lower freight rates.",
    ],
)
def test_this_quarters_figures_are_the_reported_quarter(anchor: str, second: str) -> None:
    text = f"Kestrel Marine Corp. reported a net loss for the third quarter ended Sept. 30.\n\n{second}"
    year = anchor[:4]
    got = found(text, anchor)
    assert got["the third quarter"] == ("DATE", f"{year}-Q3")
    assert got["This quarter"] == ("DATE", f"{year}-Q3")


@pytest.mark.parametrize("anchor", REPORT_ANCHORS)
@pytest.mark.parametrize(
    "text",
    [
        # figures still to come: the quarter that is running
        "Kestrel Marine Corp. reported a net loss for the third quarter ended Sept. 30.\n\n"
        "This quarter's results will reflect the strike, the company said.",
        # no figure after it: "this quarter" is the running one
        "Kestrel Marine Corp. reported a net loss for the third quarter ended Sept. 30.\n\n"
        "Shipments this quarter are running ahead of plan.",
        # no reported quarter before it: the running one, as before
        "This quarter's sales are ahead of plan, the chief executive of Kestrel Marine said.",
    ],
)
def test_this_quarter_otherwise_is_the_running_one(anchor: str, text: str) -> None:
    got = found(text, anchor)
    assert got["This quarter" if "This quarter" in got else "this quarter"] == ("DATE", quarter_of(date.fromisoformat(anchor)))


# --- a habit in "the first and fourth quarters": a SET of each quarter ------------------------


@pytest.mark.parametrize("anchor", ANCHORS)
def test_habitual_quarters_are_sets(anchor: str) -> None:
    got = found("Ski rentals at Hallerbrook usually peak in the first and fourth quarters.", anchor)
    assert got["first"] == ("SET", "XXXX-Q1")
    assert got["fourth quarters"] == ("SET", "XXXX-Q4")


@pytest.mark.parametrize("anchor", ANCHORS)
def test_habitual_quarters_in_a_list(anchor: str) -> None:
    got = found("Orders for garden tools typically arrive in the first, second and third quarters, the firm said.", anchor)
    assert got["first"] == ("SET", "XXXX-Q1")
    assert got["second"] == ("SET", "XXXX-Q2")
    assert got["third quarters"] == ("SET", "XXXX-Q3")


@pytest.mark.parametrize("anchor", ANCHORS)
@pytest.mark.parametrize(
    "text",
    [
        # no habit: two particular quarters, not a repetition
        "Profit at Hallerbrook fell in the third and fourth quarters, the firm said.",
        # a year named: that year's quarters
        "Sales at Hallerbrook usually rise, but they fell in the third and fourth quarters of 2015.",
        # a single quarter with a habit word is still a date
        "Ski rentals at Hallerbrook usually peak in the fourth quarter, the manager said.",
    ],
)
def test_quarters_without_a_habit_are_no_sets(anchor: str, text: str) -> None:
    assert not [t for t in find_times(text, anchor) if t.type == "SET"]
