"""Rules added in the fourth value-accuracy round (docs/quality/times.md).

Months, weekdays and holidays resolved from clearer cues, recurring days and seasons, restated
clock times, appositions, and a few words that do not refer to the present or the future. Each
rule is checked with anchors in several years and on several weekdays, and with inputs it must
leave alone.
"""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from newsgraph.times import find_times


def found(text: str, anchor: str | None) -> dict[str, tuple[str, str | None]]:
    return {t.text: (t.type, t.value) for t in find_times(text, anchor)}


def weekday_anchor(year: int, month: int, day: int, weekday: int) -> date:
    """The first date on or after (year, month, day) falling on ``weekday`` (0 = Monday)."""
    d = date(year, month, day)
    return d + timedelta(days=(weekday - d.weekday()) % 7)


# --- "last <month>" does not mean the month that has just ended -------------------------------


@pytest.mark.parametrize(
    ("anchor", "text", "value"),
    [
        ("2011-04-03", "The plant closed last March.", "2010-03"),  # the month just ended: a year back
        ("2022-09-15", "Two ferries sank last August.", "2021-08"),
        ("2017-06-30", "The strike began last May.", "2016-05"),
        ("2017-06-30", "The strike began last April.", "2017-04"),  # two months back: this year's
        ("2005-10-27", "He resigned last June.", "2005-06"),
        ("2014-01-09", "The talks failed last December.", "2013-12"),  # January: the December just ended
        ("2014-02-09", "The talks failed last December.", "2013-12"),
    ],
)
def test_last_month_name_skips_the_month_just_ended(anchor: str, text: str, value: str) -> None:
    (t,) = find_times(text, anchor)
    assert t.value == value


# --- "the then current" -----------------------------------------------------------------------


@pytest.mark.parametrize("anchor", ["2003-05-14", "2019-11-02"])
def test_then_current_is_past(anchor: str) -> None:
    assert found("holders may buy shares at half the then current market price", anchor)["current"] == ("DATE", "PAST_REF")
    assert found("holders may buy shares at half the then-current market price", anchor)["current"] == ("DATE", "PAST_REF")
    assert found("holders may buy shares at half the current market price", anchor)["current"] == ("DATE", "PRESENT_REF")


# --- a day coordinated with a recurring one recurs too -----------------------------------------


@pytest.mark.parametrize("anchor", ["2007-03-14", "2021-08-06"])
def test_day_sharing_a_plural_head_is_a_set(anchor: str) -> None:
    got = found("The ferry will sail on Wednesday and Friday nights from June 2.", anchor)
    assert got["Wednesday"] == ("SET", "XXXX-WXX-3TNI")
    assert got["Friday nights"] == ("SET", "XXXX-WXX-5TNI")
    got = found("The museum opens on Saturday and Sundays.", anchor)
    assert got["Saturday"] == ("SET", "XXXX-WXX-6")
    # a single night is one day, not a repetition
    got = found("The talks ran on Wednesday and Thursday night.", anchor)
    assert got["Wednesday"][0] == "DATE"
    assert got["Thursday night"][0] == "TIME"


# --- seasons that recur -------------------------------------------------------------------------


@pytest.mark.parametrize("anchor", ["2009-03-22", "2026-10-01"])
def test_recurring_seasons(anchor: str) -> None:
    assert found("The marches have led to riots for the past three summers.", anchor) == {
        "the past three summers": ("SET", "XXXX-SU")
    }
    assert found("The river floods every spring and each winter.", anchor) == {
        "every spring": ("SET", "XXXX-SP"),
        "each winter": ("SET", "XXXX-WI"),
    }
    assert found("Sales were weak in the last two winters.", anchor)["the last two winters"] == ("SET", "XXXX-WI")
    # a single season stays a date
    assert found("Sales were weak last winter.", anchor)["last winter"][0] == "DATE"


# --- "or so" --------------------------------------------------------------------------------------


@pytest.mark.parametrize(("anchor", "week"), [("2016-05-18", "2016-W19"), ("2002-12-31", "2002-W52")])
def test_or_so_ago_is_one_date(anchor: str, week: str) -> None:
    assert found("Then, a week or so ago, the general chose the day.", anchor) == {"a week or so ago": ("DATE", week)}
    assert found("Two months or so later, the envoy returned.", "2016-05-18")["Two months or so later"][0] == "DATE"


# --- a clock time restated in brackets with its day ---------------------------------------------


@pytest.mark.parametrize("weekday", [0, 3, 5])
def test_restated_clock_time_takes_the_bracketed_day(weekday: int) -> None:
    anchor = weekday_anchor(2013, 9, 2, weekday)
    tomorrow = anchor + timedelta(days=1)
    day_name = tomorrow.strftime("%A")
    got = found(f"The convoy will leave at 5 in the morning (5 a.m. EDT {day_name}), officials said.", anchor.isoformat())
    assert got["5 in the morning"] == ("TIME", f"{tomorrow.isoformat()}T05:00")
    # another hour in the brackets is another zone: its day may not be the same
    got = found(f"The polls close at 9 p.m. (2 a.m. GMT {day_name}).", anchor.isoformat())
    assert got["9 p.m."] == ("TIME", f"{anchor.isoformat()}T21:00")


# --- "the year-earlier nine months" ------------------------------------------------------------


@pytest.mark.parametrize("anchor", ["1997-10-23", "2015-07-29"])
def test_year_earlier_months_is_one_duration(anchor: str) -> None:
    assert found("Net for the year-earlier nine months included a gain.", anchor) == {
        "the year-earlier nine months": ("DURATION", "P9M")
    }
    assert found("Net for the year-earlier six months fell.", anchor) == {"the year-earlier six months": ("DURATION", "P6M")}


# --- weekdays: a done act is past, a present-tense fixture is ahead -----------------------------


@pytest.mark.parametrize("weekday", [4, 5])  # written on a Friday or a Saturday
def test_weekday_owning_a_done_act_is_past(weekday: int) -> None:
    anchor = weekday_anchor(2011, 6, 1, weekday)
    tuesday = anchor - timedelta(days=(anchor.weekday() - 1) % 7)
    got = found("The family said it would look for ways to get around Tuesday's ruling by the court.", anchor.isoformat())
    assert got["Tuesday"] == ("DATE", tuesday.isoformat())
    # awaited: still the coming one
    got = found("Lawyers will wait for Tuesday's verdict.", anchor.isoformat())
    assert got["Tuesday"] == ("DATE", (tuesday + timedelta(days=7)).isoformat())


@pytest.mark.parametrize("weekday", [2, 4])  # written on a Wednesday or a Friday
def test_present_tense_fixture_is_ahead(weekday: int) -> None:
    anchor = weekday_anchor(2018, 2, 1, weekday)
    monday = anchor + timedelta(days=(7 - anchor.weekday()) % 7 or 7)
    assert found("The two leaders meet separately Monday with the envoy.", anchor.isoformat())["Monday"] == ("DATE", monday.isoformat())
    assert found("The talks resume on Monday in Geneva.", anchor.isoformat())["Monday"] == ("DATE", monday.isoformat())
    # past tense: the last one
    assert found("The talks resumed on Monday in Geneva.", anchor.isoformat())["Monday"] == (
        "DATE",
        (monday - timedelta(days=7)).isoformat(),
    )


# --- "soon" in a past narrative ------------------------------------------------------------------


def test_soon_in_a_past_narrative_is_not_the_future() -> None:
    anchor = "2012-04-11"
    assert found("The trickle of cash soon became a flood.", anchor) == {}
    assert found("He was soon released from hospital.", anchor) == {}
    assert found("The budget will soon move into surplus.", anchor) == {"soon": ("DATE", "FUTURE_REF")}


# --- holidays: US Election Day, Easter --------------------------------------------------------


@pytest.mark.parametrize(
    ("anchor", "value"),
    [("1998-10-26", "1998-11-03"), ("2024-09-20", "2024-11-05"), ("2025-10-01", "2025-11-04"), ("2012-11-20", "2012-11-06")],
)
def test_election_day(anchor: str, value: str) -> None:
    # near and ahead: the coming one; a fortnight after it: the one just held
    assert found("Crime is the main theme of the race for Election Day.", anchor)["Election Day"] == ("DATE", value)


def test_election_day_in_lower_case_is_any_vote() -> None:
    assert "election day" not in found("Voters queued for hours on election day in the province.", "2024-09-20")
    assert "Election day" not in found("Election day in the province passed calmly.", "2024-09-20")


@pytest.mark.parametrize(
    ("anchor", "easter", "week"),
    [("2000-04-17", "2000-04-23", "2000-W16"), ("2019-05-10", "2019-04-21", "2019-W16"), ("2024-04-02", "2024-03-31", "2024-W13")],
)
def test_easter_and_easter_week(anchor: str, easter: str, week: str) -> None:
    assert found("Protesters prayed as Easter week began.", anchor)["Easter week"] == ("DATE", week)
    assert found("Pilgrims filled the square at Easter 2019.", anchor)["Easter 2019"] == ("DATE", "2019-04-21")


@pytest.mark.parametrize("anchor", ["2019-05-13", "2031-06-02"])
def test_easter_names_and_things_are_not_days(anchor: str) -> None:
    assert found("They sailed on to Easter Island.", anchor) == {}
    assert found("The children hunted Easter eggs in the park.", anchor) == {}
    assert "Easter Monday" in found("On Easter Monday the march began.", anchor)


def test_easter_monday_is_the_day_after() -> None:
    assert found("On Easter Monday the march began.", "2019-05-13") == {"Easter Monday": ("DATE", "2019-04-22")}


def test_easter_before_the_anchor_is_this_years() -> None:
    assert found("Pilgrims filled the square at Easter.", "2024-04-02") == {"Easter": ("DATE", "2024-03-31")}
    assert found("Pilgrims filled the square at Easter.", "2024-03-02") == {"Easter": ("DATE", "2023-04-09")}


# --- the day the text is at -----------------------------------------------------------------


@pytest.mark.parametrize("anchor", ["2006-02-13", "2030-07-05"])
def test_later_in_the_day(anchor: str) -> None:
    assert found("The president arrived in the capital later in the day.", anchor)["the day"] == ("DATE", anchor)
    got = found("On March 3 the king spoke. Earlier in the day he had met the envoy.", anchor)
    assert got["March 3"][1] is not None
    assert got["the day"] == got["March 3"]  # the day named last, not the document's


@pytest.mark.parametrize("anchor", ["2006-02-13", "2030-07-05"])
def test_today_is_the_nth_day(anchor: str) -> None:
    assert found("In the capital, today is the eighth day of the blockade.", anchor)["the eighth day"] == ("DATE", anchor)
    assert found("It's the second day of an offensive by the army.", anchor)["the second day"] == ("DATE", anchor)
    assert found("It was the second day of protests.", anchor) == {}


@pytest.mark.parametrize(("anchor", "day"), [("1989-10-30", "1989-10-12"), ("2021-10-30", "2021-10-12")])
def test_day_before_an_event_in_apposition(anchor: str, day: str) -> None:
    got = found("Eight trading days after Oct. 12, the day before the market plunge, the index was down.", anchor)
    assert got["Oct. 12"] == ("DATE", day)
    assert got["the day"] == ("DATE", day)
    assert found("He left the day after the vote.", anchor) == {}


# --- a quarter in apposition ------------------------------------------------------------------


@pytest.mark.parametrize(("anchor", "year"), [("1989-10-27", 1989), ("2014-11-05", 2014)])
def test_quarter_in_apposition_is_one_quarter(anchor: str, year: int) -> None:
    text = (
        "Gaston Mills said third-quarter profit rose. In the comparable year-ago quarter, the second quarter "
        "ended Oct. 31, it had a loss. Results for that quarter included a write-down."
    )
    got = found(text, anchor)
    assert got["the comparable year-ago quarter"] == ("DATE", f"{year - 1}-Q2")
    assert got["the second quarter"] == ("DATE", f"{year - 1}-Q2")
    assert got["that quarter"] == ("DATE", f"{year - 1}-Q2")
