"""Rules added in the third value-accuracy round (docs/quality/times.md).

Bare months after past verbs, the quarter an earnings report is about, time-zone asides,
vague and generic time words. Each rule is checked with anchors in several years and on
several weekdays, and with inputs it must leave alone.
"""

from __future__ import annotations

import pytest

from newsgraph.times import find_times


def found(text: str, anchor: str | None) -> dict[str, tuple[str, str | None]]:
    return {t.text: (t.type, t.value) for t in find_times(text, anchor)}


# --- a bare month after a past verb: only a verb that did something makes it the last one -----


@pytest.mark.parametrize(
    ("anchor", "last", "next_"),
    [("2025-10-20", "2025", "2026"), ("2013-11-28", "2013", "2014"), ("2031-12-02", "2031", "2032")],
)
def test_past_action_verb_takes_the_last_month(anchor: str, last: str, next_: str) -> None:
    assert found("Rebels seized the airport in January.", anchor)["January"] == ("DATE", f"{last}-01")
    # fronted date, the verb after it
    assert found("In January, a car bomb killed four soldiers.", anchor)["January"] == ("DATE", f"{last}-01")
    # a plan stays ahead
    assert found("Rebels will seize the airport in January.", anchor)["January"] == ("DATE", f"{next_}-01")


@pytest.mark.parametrize(
    "text",
    [
        "The company said it expects to publish results in mid-November.",  # reporting verb, then a plan
        "The ministry told exporters of a cut in supplies in November.",  # "told" reports
        "The alliance has decided to admit the two countries in early November.",  # infinitive between
        "The dividend would be paid on a still unspecified date in November.",  # "-ed" adjective
    ],
)
def test_reporting_verbs_infinitives_and_adjectives_leave_a_near_month_ahead(text: str) -> None:
    # Said in late October, a November with no clear past verb is the coming one.
    for anchor, year in (("2019-10-28", "2019"), ("2024-10-30", "2024")):
        (t,) = [t for t in find_times(text, anchor) if "November" in t.text]
        assert t.value == f"{year}-11", (text, anchor)


# --- the quarter an earnings report is about ---------------------------------------------------


@pytest.mark.parametrize(("anchor", "year"), [("2016-11-03", 2016), ("2023-10-25", 2023), ("2008-11-12", 2008)])
def test_a_coming_quarter_named_in_passing_does_not_become_the_topic(anchor: str, year: int) -> None:
    text = (
        "Modi Industries said third-quarter profit climbed, from a loss a year ago.\n\n"
        "The floods will result in a fourth-quarter charge of $5 million.\n\n"
        "Its shipping arm broke even, after a loss a year ago."
    )
    values = [t.value for t in find_times(text, anchor) if t.text == "a year ago"]
    assert values == [f"{year - 1}-Q3", f"{year - 1}-Q3"]


def test_the_latest_quarter_after_a_coming_one_becomes_the_topic() -> None:
    text = (
        "The storm will hurt fourth-quarter results. In the latest quarter, the unit lost money, "
        "against a small profit a year ago."
    )
    got = found(text, "2021-11-04")  # a Thursday
    assert got["the latest quarter"] == ("DATE", "2021-Q3")
    assert got["a year ago"] == ("DATE", "2020-Q3")


@pytest.mark.parametrize(("anchor", "year"), [("1997-11-01", 1997), ("2022-10-26", 2022)])
def test_an_earlier_quarter_of_the_same_year_is_an_aside(anchor: str, year: int) -> None:
    text = (
        "Macron Paper earned more in the third quarter.\n\n"
        "After a flat second quarter, its packaging sales picked up.\n\n"
        "Write-downs booked in the year-earlier period flattered the comparison."
    )
    got = found(text, anchor)
    assert got["second quarter"] == ("DATE", f"{year}-Q2")
    assert got["the year-earlier period"] == ("DATE", f"{year - 1}-Q3")


def test_that_quarter_is_the_quarter_named_last() -> None:
    text = "Profit rose in the third quarter. After a weak second quarter, costs fell; that quarter had a strike."
    got = found(text, "2018-10-30")
    assert got["that quarter"] == ("DATE", "2018-Q2")


@pytest.mark.parametrize(("anchor", "year"), [("2015-11-05", 2015), ("2029-10-31", 2029)])
def test_period_last_year_is_the_quarter_a_year_back(anchor: str, year: int) -> None:
    text = (
        "Zelensky Foods posted a loss for the third quarter ended Sept. 30, against a profit in the "
        "corresponding period last year. Export sales for last year's quarter came to $7 million; the "
        "firm had 900 staff last year."
    )
    values = [t.value for t in find_times(text, anchor) if "last year" in t.text or "year's" in t.text]
    # the two periods are the year-ago quarter; a bare "last year" stays the year
    assert values == [f"{year - 1}-Q3", f"{year - 1}-Q3", f"{year - 1}"]


@pytest.mark.parametrize(("anchor", "year"), [("2012-10-24", 2012), ("2026-11-02", 2026)])
def test_the_quarter_a_year_ago_is_one_expression(anchor: str, year: int) -> None:
    text = "Net rose in the third quarter. In the quarter a year ago, the lender lost money."
    got = found(text, anchor)
    assert got["the quarter a year ago"] == ("DATE", f"{year - 1}-Q3")
    assert "a year ago" not in got


# --- a clock time with its time in another zone in brackets ----------------------------------


@pytest.mark.parametrize(
    ("anchor", "day"),
    [("1998-08-08", "1998-08-07"), ("2024-03-16", "2024-03-15"), ("2030-01-04", "2030-01-04")],
)
def test_clock_time_takes_the_day_after_a_zone_aside(anchor: str, day: str) -> None:
    got = found("The quake struck at about 10:35 a.m. (0735 GMT) Friday near the coast.", anchor)
    assert got["10:35 a.m."] == ("TIME", f"{day}T10:35")
    assert got["Friday"] == ("DATE", day)


def test_clock_time_without_a_day_keeps_the_anchor() -> None:
    got = found("The quake struck at about 10:35 a.m. (0735 GMT) near the coast.", "2024-03-16")
    assert got["10:35 a.m."] == ("TIME", "2024-03-16T10:35")


# --- vague, generic and idiomatic time words --------------------------------------------------


def test_within_units_is_a_vague_duration() -> None:
    got = found("Troops are expected within weeks, and a deal within days.", "2027-05-12")
    assert got["weeks"] == ("DURATION", "PXW")
    assert got["days"] == ("DURATION", "PXD")


@pytest.mark.parametrize("text", ["Gaddafi said Libya will one day be free.", "She hopes to one day lead the party."])
def test_one_day_between_modal_and_verb_is_the_future(text: str) -> None:
    assert found(text, "2011-02-21")["one day"] == ("DATE", "FUTURE_REF")


def test_one_day_as_a_stretch_stays_a_duration() -> None:
    assert found("The strike lasted one day.", "2011-02-21")["one day"] == ("DURATION", "P1D")


@pytest.mark.parametrize(
    "text",
    [
        "Streaming is reshaping how today's youth learn.",
        "Mothers in today's world face new rules.",
        "The chips run many of today's personal computers.",
        "The academy says it trains the people of tomorrow.",
    ],
)
def test_generic_today_and_tomorrow_are_not_days(text: str) -> None:
    assert find_times(text, "2019-06-05") == []


def test_today_and_tomorrow_before_an_event_are_days() -> None:
    got = found("Tomorrow's vote matters, and today's editions carry the offer.", "2019-06-05")
    assert got["Tomorrow"] == ("DATE", "2019-06-06")
    assert got["today"] == ("DATE", "2019-06-05")


def test_high_noon_is_an_idiom() -> None:
    got = found("For the people of Poland, high noon comes now.", "1999-03-12")
    assert "noon" not in got and got["now"] == ("DATE", "PRESENT_REF")
    assert found("The talks will resume at noon Friday.", "2022-09-14")["noon Friday"] == ("TIME", "2022-09-16T12:00")


def test_trading_and_business_days_are_durations_not_calendar_offsets() -> None:
    got = found("Eight trading days after Oct. 12, 2021, the shares were back up.", "2021-11-01")
    assert got["Eight trading days"] == ("DURATION", "P8D")
    assert got["Oct. 12, 2021"] == ("DATE", "2021-10-12")
    assert found("Buyers have five business days to object.", "2021-11-01")["five business days"] == ("DURATION", "P5D")


def test_an_additional_year_is_a_year() -> None:
    got = found("The note may be extended for an additional year, the loan for an extra week.", "2016-03-09")
    assert got["an additional year"] == ("DURATION", "P1Y")
    assert got["an extra week"] == ("DURATION", "P1W")
    assert found("They stayed a further year.", "2033-07-01")["a further year"] == ("DURATION", "P1Y")


def test_per_unit_after_a_quantity_is_a_rate() -> None:
    assert find_times("The chip runs 15 million instructions per second.", "2016-03-09") == []
    assert found("Guards are checked once per week.", "2016-03-09")["once per week"] == ("SET", "P1W")


# --- weeks named by a day, vague stretches, "-long" adjectives, recurring adjectives -----------


@pytest.mark.parametrize(
    ("anchor", "value"), [("2000-02-24", "2000-W10"), ("2023-02-20", "2023-W10"), ("2031-02-26", "2031-W10")]
)
def test_the_week_of_a_day_is_that_week(anchor: str, value: str) -> None:
    got = found("The case may be settled at a hearing the week of March 6.", anchor)
    assert got == {"the week of March 6": ("DATE", value)}


@pytest.mark.parametrize(
    ("text", "span", "value"),
    [
        ("Prisoners were taken in the first hours of the offensive.", "the first hours", "PTXH"),
        ("In the years that followed, the rebels regrouped.", "the years", "PXY"),
        ("Over the years, the village emptied.", "the years", "PXY"),
        ("Funds may sell bonds in the weeks ahead.", "the weeks ahead", "PXW"),
        ("Fewer lives are saved in the early years.", "the early years", "PXY"),
    ],
)
def test_the_units_are_vague_durations(text: str, span: str, value: str) -> None:
    assert found(text, "2016-08-17")[span] == ("DURATION", value)


@pytest.mark.parametrize(
    "text",
    [
        "The car was seen in the weeks before the shooting.",  # a time tied to an event: no value we can give
        "Police arrested him in the early hours of Thursday morning.",  # a part of that day
    ],
)
def test_the_units_tied_to_another_time_are_left_alone(text: str) -> None:
    assert all(t.type != "DURATION" for t in find_times(text, "2016-08-17"))


def test_unit_long_adjectives_are_durations() -> None:
    got = found("After a day-long meeting and an hour-long speech, the decades-long feud went on.", "2020-05-05")
    assert got["day-long"] == ("DURATION", "P1D")
    assert got["hour-long"] == ("DURATION", "PT1H")
    assert got["decades-long"] == ("DURATION", "PXDE")


@pytest.mark.parametrize(
    ("text", "span", "value"),
    [
        ("Zelensky spoke in his weekly video address.", "weekly", "P1W"),
        ("The war shapes his daily life.", "daily", "P1D"),
        ("Average hourly pay rose.", None, None),  # a statistic
        ("The business daily paper closed.", None, None),  # a publication
        ("The company raised its quarterly dividend.", None, None),  # a payment
    ],
)
def test_recurring_adjectives(text: str, span: str | None, value: str | None) -> None:
    got = found(text, "2022-04-13")
    if span is None:
        assert got == {}
    else:
        assert got[span] == ("SET", value)


def test_a_quarter_century_is_not_a_reporting_quarter() -> None:
    text = "Joblessness held at a quarter-century low, and pay was up 4 percent from a year earlier."
    assert found(text, "2007-02-02")["a year earlier"] == ("DATE", "2006")
    text = "Third-quarter pay was up 4 percent from a year earlier."
    assert found(text, "2007-11-02")["a year earlier"] == ("DATE", "2006-Q3")
