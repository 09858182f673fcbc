"""Rules added in the ninth value-accuracy round (docs/quality/times.md).

"in five years" in a clause about the future as the point that far after the anchor (a DATE);
a year after a year and a comma as the next item of a list of years ("in 2003, 2007 and 2011");
"for centuries" as a vague duration and "two centuries ago" as a century; "since year-end" as
the last day of the year before the anchor's. Each rule is checked with several anchors (other
years and weekdays) and with inputs it must leave alone.
"""

from __future__ import annotations

import pytest

from newsgraph.times import find_times


def found(text: str, anchor: str | None) -> dict[str, tuple[str, str | None]]:
    return {t.text: (t.type, t.value) for t in find_times(text, anchor)}


# --- "will ... in five years": a point ahead, not a stretch ----------------------------------


@pytest.mark.parametrize(
    ("anchor", "text", "span", "value"),
    [
        ("2016-03-09", "The bonds would be redeemed in five years, the trustee said.", "five years", "2021"),
        ("2003-07-21", "The bonds would be redeemed in five years, the trustee said.", "five years", "2008"),
        # a Thursday: three weeks on is Dec. 5, in ISO week 49
        ("2019-11-14", "The new terminal will open in three weeks.", "three weeks", "2019-W49"),
        # a Monday: ten days on crosses into July
        ("2022-06-27", "Talks between the two unions will resume in ten days.", "ten days", "2022-07-07"),
        ("2011-12-03", "The ministry is going to publish the audit in two months.", "two months", "2012-02"),
        ("2024-02-29", "The council said the bridge will be finished in a year.", "a year", "2025"),
    ],
)
def test_in_units_ahead_is_a_point(anchor: str, text: str, span: str, value: str) -> None:
    assert found(text, anchor)[span] == ("DATE", value)


# Each guard is checked next to the wording that does move ("would be redeemed in five years"):
# the rule is what tells the two apart.
AHEAD = "The bonds would be redeemed in five years."


@pytest.mark.parametrize(("anchor", "ahead"), [("2016-03-09", "2021"), ("2022-06-27", "2027")])
@pytest.mark.parametrize(
    ("text", "span", "value"),
    [
        ("Sales rose 5% in two years.", "two years", "P2Y"),  # no future cue: the stretch it took
        ("Her second letter in two weeks was published on the front page.", "two weeks", "P2W"),
        ("Prices will rise 8% in two years, the bank predicts.", "two years", "P2Y"),  # a rate over a stretch
        ("The plant will close within five years.", "five years", "P5Y"),
        ("The grid will be rebuilt in the next five years.", "the next five years", "P5Y"),
        ("It will take in three weeks of rain before the dam fills.", "three weeks", "P3W"),
        ("The two sides will meet again in two hours.", "two hours", "PT2H"),  # clock units stay durations
        ("They will decide in a few weeks.", "a few weeks", "PXW"),  # no count to move by
    ],
)
def test_in_units_ahead_but_not_as_durations(
    anchor: str, ahead: str, text: str, span: str, value: str
) -> None:
    assert found(AHEAD, anchor)["five years"] == ("DATE", ahead)
    assert found(text, anchor)[span] == ("DURATION", value)


# --- a list of years --------------------------------------------------------------------------


@pytest.mark.parametrize("anchor", ["2013-05-14", "2020-10-03", None])
@pytest.mark.parametrize(
    ("text", "years"),
    [
        ("Floods hit the valley in 2003, 2007, 2009 and 2011.", ["2003", "2007", "2009", "2011"]),
        ("The museum closed for repairs in 1987, 1991 and 1996.", ["1987", "1991", "1996"]),
        ("Doctors were attacked in the winters of 1994, 1995 and 1997.", ["1994", "1995", "1997"]),
    ],
)
def test_every_year_of_a_list(anchor: str | None, text: str, years: list[str]) -> None:
    got = found(text, anchor)
    for y in years:
        assert got[y] == ("DATE", y)


@pytest.mark.parametrize(
    ("text", "not_years"),
    [
        ("The dealer sold 1,995 cars in 2006, 2007 and 2008.", {"1,995", "995", "1995"}),  # a thousands comma
        ("Tickets cost $3, 1995 prices, in 2006, 2007 and 2008.", {"1995"}),  # money before the comma
    ],
)
def test_year_lists_but_not_number_lists(text: str, not_years: set[str]) -> None:
    got = found(text, "2014-09-18")
    assert got["2007"] == ("DATE", "2007")
    assert not not_years & set(got)


def test_date_with_year_stays_one_expression_next_to_a_list() -> None:
    got = found("The plant opened on Oct. 23, 1998, and was enlarged in 2004, 2009 and 2015.", "2021-01-08")
    assert got["Oct. 23, 1998"] == ("DATE", "1998-10-23")
    assert got["2009"] == ("DATE", "2009")
    assert "1998" not in got


# --- centuries --------------------------------------------------------------------------------


@pytest.mark.parametrize("anchor", ["1998-02-27", "2021-06-15"])
@pytest.mark.parametrize(
    "text",
    [
        "The province was ruled from the capital for centuries.",
        "The mosque has dominated the skyline for centuries.",
    ],
)
def test_for_centuries_is_a_vague_duration(anchor: str, text: str) -> None:
    assert found(text, anchor)["centuries"] == ("DURATION", "PXCE")


@pytest.mark.parametrize(
    ("anchor", "value"),
    [("2016-03-09", "18"), ("1999-10-24", "17"), ("2001-01-01", "18")],
)
def test_centuries_ago_is_a_century(anchor: str, value: str) -> None:
    assert found("The abbey was founded two centuries ago.", anchor)["two centuries ago"] == ("DATE", value)


# --- "since year-end": the last year-end passed -----------------------------------------------


@pytest.mark.parametrize(
    ("anchor", "value"),
    [("1989-10-30", "1988-12-31"), ("2021-02-15", "2020-12-31"), ("2018-12-30", "2017-12-31")],
)
def test_since_year_end_is_the_last_day_of_last_year(anchor: str, value: str) -> None:
    assert found("The index has gained 14% since year-end.", anchor)["year-end"] == ("DATE", value)


@pytest.mark.parametrize(("anchor", "value"), [("2016-03-09", "2016-02-29"), ("2023-01-19", "2022-12-31")])
def test_since_the_end_of_the_month(anchor: str, value: str) -> None:
    assert found("Bond yields have fallen since the end of the month.", anchor)["the end of the month"] == (
        "DATE",
        value,
    )


@pytest.mark.parametrize(
    ("text", "span", "value"),
    [
        ("The sale should close by year-end.", "year-end", "2012"),
        ("Its year-end results are due soon.", "year-end", "2012"),
        ("Hiring picks up toward the end of the month.", "the end of the month", "2012-05"),
    ],
)
def test_period_end_only_looks_back_after_since(text: str, span: str, value: str) -> None:
    assert found("Shares are up 9% since year-end.", "2012-05-22")["year-end"] == ("DATE", "2011-12-31")
    assert found(text, "2012-05-22")[span] == ("DATE", value)
