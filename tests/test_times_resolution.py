"""Resolution rules added for value accuracy: fractions, rates, deadlines, clauses, reporting periods.

Each rule is checked with anchors in several years and on several weekdays, and
with inputs it must leave alone.
"""

from __future__ import annotations

import pytest

from newsgraph.times import find_times


def found(text: str, anchor: str | None = "2020-01-01") -> dict[str, str | None]:
    return {t.text: t.value for t in find_times(text, anchor)}


def only(text: str, anchor: str | None = "2020-01-01") -> tuple[str, str, str | None]:
    items = find_times(text, anchor)
    assert len(items) == 1, [(t.text, t.value) for t in items]
    return items[0].text, items[0].type, items[0].value


# --- fractions of a unit --------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "span", "value"),
    [
        ("Modi spent about 5 1/2 hours in Nairobi.", "5 1/2 hours", "PT5H30M"),
        ("Erdogan served 2 1/2 years in office.", "2 1/2 years", "P2Y6M"),
        ("The applause lasted a minute and a half.", "a minute and a half", "PT1M30S"),
        ("The siege lasted two and a half years.", "two and a half years", "P2Y6M"),
        ("The call lasted half an hour.", "half an hour", "PT30M"),
        ("The strike lasted 3½ days.", "3½ days", "P3DT12H"),
        ("The talks lasted three days.", "three days", "P3D"),  # whole units unchanged
    ],
)
def test_times_fractional_durations(text: str, span: str, value: str) -> None:
    assert only(text) == (span, "DURATION", value)


@pytest.mark.parametrize(
    ("anchor", "expected"),
    [("2020-01-01", "2018-07"), ("2017-03-15", "2015-09"), ("2024-02-29", "2022-08")],
)
def test_times_fraction_ago(anchor: str, expected: str) -> None:
    assert found("Macron took office a year and a half ago.", anchor) == {"a year and a half ago": expected}


def test_times_clock_units_later_are_durations() -> None:
    assert only("Zelensky arrived an hour later.") == ("an hour", "DURATION", "PT1H")


# --- rates and fractions are not time expressions ------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "The plan saves $500 million a year in costs.",
        "The airline adds four flights a week to Mumbai.",
        "Rooms cost between $35 and $55 a night.",
        "The firm holds a quarter of the market.",
        "The country imports three-quarters of its food.",
    ],
)
def test_times_rates_and_fractions_ignored(text: str) -> None:
    assert find_times(text, "2020-01-01") == []


@pytest.mark.parametrize(
    ("text", "span", "value"),
    [
        ("It was the smallest gain in a year.", "a year", "P1Y"),
        ("Kim promised an answer within a week.", "a week", "P1W"),
        ("The company had two quarters of losses.", "two quarters", "P6M"),
        ("Flights leave twice a week.", "twice a week", "P1W"),
    ],
)
def test_times_durations_kept_next_to_quantities(text: str, span: str, value: str) -> None:
    assert found(text)[span] == value


# --- weekdays ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "anchor", "expected"),
    [
        # a weekday named with the date picks the year in which they agree, whatever the tense
        ("The Times said in an editorial on Saturday, April 25: talks must go on.", "1998-04-24", "1998-04-25"),
        ("Kim said on Friday, March 3, that he would stay.", "2023-03-10", "2023-03-03"),
        ("Kim said on Friday, March 3, that he would stay.", "2024-02-20", "2023-03-03"),
    ],
)
def test_times_weekday_with_month_day(text: str, anchor: str, expected: str) -> None:
    assert [t.value for t in find_times(text, anchor)] == [expected]


@pytest.mark.parametrize(
    ("text", "anchor", "expected"),
    [
        ("The agency gave Erdogan's envoys until 9 a.m. Tuesday to reply.", "2000-04-03", "2000-04-04T09:00"),  # a Monday
        ("Officials postponed until Tuesday morning any decision.", "2021-06-10", "2021-06-15TMO"),  # a Thursday
        ("Macron must answer by Friday.", "2019-03-13", "2019-03-15"),  # a Wednesday
        # a pluperfect clause reports a deadline already past
        ("Thirty members had filed reports by Wednesday.", "2021-06-10", "2021-06-09"),
        # so does a clause in the simple past, unless its verb grants time ("gave ... until")
        ("Kim left by Friday.", "2019-03-13", "2019-03-08"),
    ],
)
def test_times_weekday_deadline(text: str, anchor: str, expected: str) -> None:
    assert [t.value for t in find_times(text, anchor)] == [expected]


@pytest.mark.parametrize(
    ("text", "anchor", "expected"),
    [
        # a present-tense plan after the weekday looks ahead ...
        ("On Tuesday, the league plans to hold a news conference.", "1998-10-26", "1998-10-27"),
        ("On Friday, Modi will address parliament.", "2022-12-31", "2023-01-06"),
        # ... a past-tense one does not
        ("On Tuesday, the league planned to hold a news conference.", "1998-10-26", "1998-10-20"),
    ],
)
def test_times_weekday_future_cue_after(text: str, anchor: str, expected: str) -> None:
    assert [t.value for t in find_times(text, anchor)] == [expected]


def test_times_clock_abbreviation_is_not_a_sentence_end() -> None:
    # "a.m." followed by a capital does not end the sentence, so "will" still reaches "Thursday"
    text = "Kim will leave at 4 a.m. EDT Thursday, officials said."
    assert found(text, "2000-04-05") == {"4 a.m. EDT Thursday": "2000-04-06T04:00"}
    assert found(text, "2021-06-08") == {"4 a.m. EDT Thursday": "2021-06-10T04:00"}


@pytest.mark.parametrize(
    ("text", "value"),
    [("at 4 in the morning", "T04:00"), ("at 5:30 in the afternoon", "T17:30"), ("by 8 in the evening", "T20:00")],
)
def test_times_clock_in_the_part_of_day(text: str, value: str) -> None:
    assert only(f"Zelensky spoke {text}.", "2019-03-13")[2] == f"2019-03-13{value}"


# --- yearless dates: clause boundaries and deadlines -----------------------------------------


@pytest.mark.parametrize(
    ("text", "anchor", "expected"),
    [
        # "would" belongs to the main clause, not to the relative clause holding the date
        ("Kenya hoped Macron would bring aid to the region, where the Aug. 7 blasts killed 200 people.", "1998-08-18", "1998-08-07"),
        ("Kenya hoped Macron would bring aid to the region, where the Aug. 7 blasts killed 200 people.", "2021-08-30", "2021-08-07"),
        # a "when" clause of its own: no past cue reaches "May", so the near future one wins
        ("The family had not signed anything in case they lose when the case is heard in May.", "2000-03-29", "2000-05"),
        ("The family had not signed anything in case they lose when the case is heard in May.", "2023-04-02", "2023-05"),
    ],
)
def test_times_tense_stops_at_clause_boundaries(text: str, anchor: str, expected: str) -> None:
    assert [t.value for t in find_times(text, anchor) if t.type == "DATE"] == [expected]


@pytest.mark.parametrize(
    ("text", "anchor", "expected"),
    [
        ("The envoy gave no reason for the Jan. 14 deadline.", "2000-01-05", "2000-01-14"),
        ("The envoy gave no reason for the Jan. 14 deadline.", "2022-12-20", "2023-01-14"),
        ("Lenders extended credit to Erdogan's bank through January.", "1989-10-30", "1990-01"),
        ("Lenders extended credit to Erdogan's bank through January.", "2021-12-10", "2022-01"),
    ],
)
def test_times_deadline_dates_look_ahead(text: str, anchor: str, expected: str) -> None:
    assert [t.value for t in find_times(text, anchor)] == [expected]


# --- seasons, quarters, anaphora -----------------------------------------------------------


@pytest.mark.parametrize(
    ("anchor", "season", "expected"),
    [
        ("1989-10-30", "spring", "1989-SP"),
        ("2022-04-15", "spring", "2021-SP"),  # this year's spring has not ended
        ("2023-10-01", "winter", "2023-WI"),
        ("2023-09-10", "summer", "2023-SU"),
    ],
)
def test_times_this_past_season(anchor: str, season: str, expected: str) -> None:
    assert found(f"Modi visited Kyiv this past {season}.", anchor) == {f"this past {season}": expected}


@pytest.mark.parametrize(
    ("text", "anchor", "expected"),
    [
        ("Profit rose in the fourth quarter.", "2021-01-20", "2020-Q4"),
        ("Profit rose in the first quarter.", "2021-10-20", "2021-Q1"),
        ("Profit will rise in the fourth quarter.", "2021-01-20", "2021-Q4"),
        ("AT&T announced a drop in profits for the fourth quarter.", "1998-01-26", "1997-Q4"),
    ],
)
def test_times_yearless_quarter_follows_tense(text: str, anchor: str, expected: str) -> None:
    assert [t.value for t in find_times(text, anchor)] == [expected]


@pytest.mark.parametrize(
    ("text", "anchor", "expected"),
    [
        ("Net rose in the quarter ended Sept. 30.", "2019-10-25", "2019-Q3"),
        ("Net rose in the quarter ended July 31.", "1989-10-30", "1989-Q2"),  # May-July: mostly Q2
        ("Net rose in the quarter ended Dec. 31.", "2023-02-10", "2022-Q4"),
        ("Net rose in the quarter ended March 31, 2020.", "2021-06-01", "2020-Q1"),
    ],
)
def test_times_quarter_ended_date(text: str, anchor: str, expected: str) -> None:
    assert [t.value for t in find_times(text, anchor) if t.text.startswith("the quarter")] == [expected]


def test_times_year_to_date_period_changes_the_topic() -> None:
    head = "Net rose 5% in the third quarter, from $3 million a year earlier. "
    got = find_times(head + "For the nine months, net rose to $9 million from $7 million a year earlier.", "1989-10-26")
    assert [t.value for t in got if t.text == "a year earlier"] == ["1988-Q3", "1988"]
    got = find_times(head + "Sales rose to $9 million from $7 million a year earlier.", "2019-10-26")
    assert [t.value for t in got if t.text == "a year earlier"] == ["2018-Q3", "2018-Q3"]


@pytest.mark.parametrize(
    ("text", "anchor", "span", "expected"),
    [
        ("On May 22, 1995, Erdogan was promoted, and the following year he was appointed envoy.", "1998-04-18", "the following year", "1996"),
        ("Macron resigned in March 2019. The following month, the party split.", "2020-05-05", "The following month", "2019-04"),
        ("In 2018 sales fell; the previous year they rose.", "2020-05-05", "the previous year", "2017"),
        # no date named before: "the previous year" falls back on the document date
        ("Sales rose from the previous year.", "2020-05-05", "the previous year", "2019"),
        ("Sales rose from the previous year.", "2023-01-02", "the previous year", "2022"),
    ],
)
def test_times_following_and_previous_are_anaphoric(text: str, anchor: str, span: str, expected: str) -> None:
    assert found(text, anchor)[span] == expected


def test_times_following_without_antecedent_is_unknown() -> None:
    assert found("The following month, the party split.", "2020-05-05") == {"The following month": None}


# --- spelled-out years, decades ------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "span", "expected"),
    [
        ("January nineteen ninety-seven. Atlanta again.", "January nineteen ninety-seven", "1997-01"),
        ("It began in the winter of nineteen ninety-four.", "the winter of nineteen ninety-four", "1994-WI"),
        ("It began in two thousand three.", "two thousand three", "2003"),
        ("Hate groups declined through the nineties.", "the nineties", "199"),
        ("It was built in the early eighties.", "the early eighties", "198"),
    ],
)
def test_times_spelled_years_and_decades(text: str, span: str, expected: str) -> None:
    assert found(text) == {span: expected}


def test_times_decade_word_needs_the() -> None:
    assert find_times("Kim is a man in his forties.", "2020-01-01") == []


# --- titles and publications ---------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Zelensky said on CBS's ''60 Minutes'' that talks would go on.",
        'Macron, speaking on "This Week," said talks would go on.',
        "The poster showed a still from the film ``High Noon.''",
        "The business daily Handelsblatt reported the deal.",
    ],
)
def test_times_titles_and_publications_ignored(text: str) -> None:
    assert find_times(text, "2020-01-01") == []


def test_times_named_days_kept() -> None:
    assert found("The boy was found on Thanksgiving Day.", "1999-12-02") == {"Thanksgiving Day": "1999-11-25"}
    assert found("This week Macron met Scholz.", "2019-03-13") == {"This week": "2019-W11"}
    assert found("The budget for Fiscal Year 2026 was cut.", "2025-10-01") == {"Fiscal Year 2026": "2026"}
