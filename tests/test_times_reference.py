"""Reference times other than the document date, second days, recurring days, parts of days.

Rules added in the second value-accuracy round (docs/quality/times.md). Each
rule is checked with anchors in several years and on several weekdays, and
with inputs it must leave alone.
"""

from __future__ import annotations

import pytest

from newsgraph.times import find_times


def found(text: str, anchor: str | None) -> dict[str, tuple[str, str | None]]:
    return {t.text: (t.type, t.value) for t in find_times(text, anchor)}


# --- "the latest quarter": the topic quarter only once it has ended ---------------------------


@pytest.mark.parametrize(
    ("anchor", "latest"),
    [("2022-10-28", "2022-Q3"), ("2014-11-05", "2014-Q3"), ("2027-02-10", "2026-Q4")],
)
def test_latest_quarter_skips_a_quarter_not_yet_ended(anchor: str, latest: str) -> None:
    text = "Analysts doubt the fourth-quarter results will improve. In the latest quarter, profit fell 20%."
    assert found(text, anchor)["the latest quarter"] == ("DATE", latest)


def test_latest_quarter_keeps_a_finished_topic_quarter() -> None:
    # Said in January 2031, the quarter under discussion is the third one of 2030, not the fourth.
    text = "Profit for the third quarter rose 5%. In the latest quarter, sales grew 3%."
    got = found(text, "2031-01-20")
    assert got["the third quarter"] == ("DATE", "2030-Q3")
    assert got["the latest quarter"] == ("DATE", "2030-Q3")


def test_plain_the_quarter_still_follows_the_topic() -> None:
    text = "Macron's party expects fourth-quarter growth. The quarter began well."
    assert found(text, "2022-10-28")["The quarter"] == ("DATE", "2022-Q4")


# --- "April 24 and 25": two days ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "anchor", "expected"),
    [
        ("The summit on April 24 and 25 in Washington drew Modi.", "1999-02-10", {"April 24": "1999-04-24", "25": "1999-04-25"}),
        ("Talks were held on May 20 and 21, 2031.", "2019-09-04", {"May 20": "2031-05-20", "21": "2031-05-21"}),
        ("Erdogan met them on Saturday, Nov. 8 and 9, 2014.", "2014-11-05", {"Saturday, Nov. 8": "2014-11-08", "9": "2014-11-09"}),
    ],
)
def test_two_days_joined_by_and(text: str, anchor: str, expected: dict[str, str]) -> None:
    assert {k: v for k, (_t, v) in found(text, anchor).items()} == expected


@pytest.mark.parametrize(
    "text",
    ["The blast on Aug. 7 and 12 people died.", "The vote on March 3 and 40 percent turnout."],
)
def test_and_before_a_number_of_things_is_not_a_second_day(text: str) -> None:
    got = found(text, "2026-06-11")
    assert len(got) == 1 and next(iter(got)) in ("Aug. 7", "March 3")


def test_ranges_with_a_dash_stay_one_expression() -> None:
    assert found("The fair ran May 20-21, 2025.", "2026-06-11") == {"May 20-21, 2025": ("DATE", "2025-05-20")}


# --- a plan made in the past ("had been scheduled to expire Friday") ---------------------------


@pytest.mark.parametrize(
    ("anchor", "past_friday", "next_friday"),
    [("2031-03-17", "2031-03-14", "2031-03-21"), ("1989-10-30", "1989-10-27", "1989-11-03")],
)
def test_pluperfect_plan_is_not_a_future_cue(anchor: str, past_friday: str, next_friday: str) -> None:
    had = found("The offer, which had been scheduled to expire at midnight Friday, was extended.", anchor)
    assert had["midnight Friday"][1] == f"{past_friday}T24:00"
    plan = found("The offer is scheduled to expire at midnight Friday.", anchor)
    assert plan["midnight Friday"][1] == f"{next_friday}T24:00"


def test_pluperfect_plan_still_allows_a_near_future_day() -> None:
    # "had been set to expire Nov. 6" said on Nov. 2: the nearest Nov. 6, which is ahead
    got = found("Zelensky's offer had been set to expire Nov. 6.", "2022-11-02")
    assert got["Nov. 6"] == ("DATE", "2022-11-06")


# --- "the previous Friday", "the following Monday": relative to the day the text is at ---------


@pytest.mark.parametrize(
    ("text", "anchor", "span", "value"),
    [
        ("Shares closed Friday down 4.5% from the previous Friday.", "1989-10-30", "the previous Friday", "1989-10-20"),
        ("Shares closed Friday down 4.5% from the previous Friday.", "2031-03-17", "the previous Friday", "2031-03-07"),
        ("On March 3, 2025, Macron arrived. The following Monday, he left.", "2026-06-11", "The following Monday", "2025-03-10"),
        ("On Wednesday Modi arrived; he left the following Sunday.", "2019-09-04", "the following Sunday", "2019-09-08"),
    ],
)
def test_weekday_relative_to_the_previous_day(text: str, anchor: str, span: str, value: str) -> None:
    assert found(text, anchor)[span] == ("DATE", value)


def test_previous_weekday_without_an_earlier_day_uses_the_document_date() -> None:
    assert found("Prices fell from the previous Friday.", "2014-11-05")["the previous Friday"] == ("DATE", "2014-10-31")


def test_following_without_the_is_a_preposition() -> None:
    assert found("Shares fell following Monday's vote.", "2014-11-05") == {"Monday": ("DATE", "2014-11-03")}


# --- "a day earlier", "two days later", "the day before": from the day the paragraph is at --------


@pytest.mark.parametrize(
    ("text", "anchor", "span", "value"),
    [
        # the last day named before it in the paragraph, not the document date
        ("Macron reached Kyiv on Tuesday. Scholz arrived on Wednesday. Macron, who came a day earlier, spoke.", "2031-05-09", "a day earlier", "2031-05-06"),
        ("Modi landed in Tokyo on Monday. Two days later he met Kishida.", "2016-11-04", "Two days later", "2016-11-02"),
        ("Kim Jong Un left on June 30, 2019. A week later, talks resumed.", "2020-01-15", "A week later", "2019-W27"),  # June 30 is a Sunday (W26)
        ("Zelensky spoke on Thursday; Biden had called the day before.", "2024-02-23", "the day before", "2024-02-21"),
        ("The vote was on March 3, 2025. Results came the day after, and a recount two days later.", "2025-06-01", "two days later", "2025-03-06"),
    ],
)
def test_offset_counts_from_the_previous_day_in_the_paragraph(text: str, anchor: str, span: str, value: str) -> None:
    assert found(text, anchor)[span] == ("DATE", value)


def test_offset_in_a_later_paragraph_counts_from_the_story_day_not_an_older_date() -> None:
    # the dateline is skipped (it is the document date on its own line); the lede's Thursday is
    # the story's day; "July 22" in another paragraph is background
    text = (
        "Erdogan in Lviv\n\nAugust 19, 2022\n\n"
        "Erdogan travelled to Lviv on Thursday for talks with Zelensky and Guterres.\n\n"
        "The corridor was agreed in Istanbul on July 22.\n\n"
        "Guterres, who arrived in Lviv a day earlier, spoke to reporters."
    )
    got = found(text, "2022-08-19")
    assert got["Thursday"] == ("DATE", "2022-08-18")
    assert got["a day earlier"] == ("DATE", "2022-08-17")


@pytest.mark.parametrize(
    ("text", "anchor", "span", "value"),
    [
        # nothing named before: the document date
        ("Macron, who arrived a day earlier, spoke.", "2018-03-14", "a day earlier", "2018-03-13"),
        ("Erdogan arrived the day before.", "2027-01-01", "the day before", "2026-12-31"),
        # "earlier than X" names its own reference and keeps the document date
        ("Modi met Kishida on Monday, two days earlier than planned.", "2016-11-04", "two days earlier", "2016-11-02"),
    ],
)
def test_offset_without_a_day_before_it_uses_the_document_date(text: str, anchor: str, span: str, value: str) -> None:
    assert found(text, anchor)[span] == ("DATE", value)


def test_offset_after_a_coarser_date_in_the_paragraph_stays_unknown() -> None:
    assert found("In 2015 the plant closed. A week later, workers protested.", "2019-05-09")["A week later"] == ("DATE", None)


def test_day_before_an_event_is_not_a_bare_offset() -> None:
    assert found("Zelensky spoke on Thursday. Macron called the day before the vote.", "2024-02-23") == {"Thursday": ("DATE", "2024-02-22")}


# --- "the day before/after <day>" -----------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "anchor", "span", "value"),
    [
        ("The day before last Tuesday's hearing, Kim Jong Un left.", "2000-02-24", "The day before last Tuesday", "2000-02-21"),
        ("They met the day after March 3, 2025.", "2026-06-11", "the day after March 3, 2025", "2025-03-04"),
        ("Erdogan spoke the day after Jan. 31, 2028.", "2028-03-01", "the day after Jan. 31, 2028", "2028-02-01"),
    ],
)
def test_day_before_or_after_a_day(text: str, anchor: str, span: str, value: str) -> None:
    assert found(text, anchor)[span] == ("DATE", value)


def test_day_before_yesterday_is_unchanged() -> None:
    assert found("He left the day before yesterday.", "2019-09-04") == {"the day before yesterday": ("DATE", "2019-09-02")}


# --- recurring days and months ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "span", "value"),
    [
        ("Marchers parade each July through the town.", "each July", "XXXX-07"),
        ("The museum is closed on Sundays.", "Sundays", "XXXX-WXX-7"),
        ("Flights leave on Tuesday nights from March 30.", "Tuesday nights", "XXXX-WXX-2TNI"),
        ("Every Friday the council meets.", "Every Friday", "XXXX-WXX-5"),
    ],
)
def test_recurring_days(text: str, span: str, value: str) -> None:
    assert found(text, "2026-06-11")[span] == ("SET", value)


def test_lower_case_may_is_not_a_recurring_month() -> None:
    assert found("Each may decide for itself.", "2026-06-11") == {}


def test_daily_before_a_preposition_is_an_adverb() -> None:
    assert found("Protesters gather daily outside the embassy.", "2026-06-11") == {"daily": ("SET", "P1D")}
    assert found("It raised its quarterly dividend.", "2026-06-11") == {}


# --- parts of the day ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "anchor", "span", "value"),
    [
        ("Modi will appear in court at midday.", "1999-10-08", "midday", "1999-10-08T12:00"),
        ("By mid afternoon, officials said the raid was over.", "2031-03-17", "mid afternoon", "2031-03-17TAF"),
        ("In London at mid-afternoon yesterday, shares were up.", "2014-11-05", "mid-afternoon yesterday", "2014-11-04TAF"),
        ("At midmorning the talks resumed.", "2019-09-04", "midmorning", "2019-09-04TMO"),
    ],
)
def test_parts_of_the_day(text: str, anchor: str, span: str, value: str) -> None:
    assert found(text, anchor)[span] == ("TIME", value)


# --- deadlines extended "to" a day -------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "anchor", "span", "value"),
    [
        ("It said it would extend its bid, due to expire last Thursday, to Nov. 6.", "1989-10-30", "Nov. 6", "1989-11-06"),
        ("The deadline was extended to Jan. 12.", "2030-11-20", "Jan. 12", "2031-01-12"),
        ("They postponed the vote to March 3.", "2026-02-11", "March 3", "2026-03-03"),
    ],
)
def test_extended_to_looks_ahead(text: str, anchor: str, span: str, value: str) -> None:
    assert found(text, anchor)[span] == ("DATE", value)


def test_to_without_a_granting_verb_keeps_the_default() -> None:
    # no verb that grants time: the nearest past March 3 (it is not within the forward window)
    assert found("Erdogan travelled to March 3 celebrations.", "2025-10-30")["March 3"] == ("DATE", "2025-03-03")


# --- halves and fiscal years ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "span", "value"),
    [
        ("through at least the first two quarters of 1990, when", "the first two quarters of 1990", "1990-H1"),
        ("in the last two quarters of 2024", "the last two quarters of 2024", "2024-H2"),
        ("in the last half of 1989", "the last half of 1989", "1989-H2"),
        ("the latter half of 2031", "the latter half of 2031", "2031-H2"),
    ],
)
def test_halves(text: str, span: str, value: str) -> None:
    assert found(text, "2026-06-11")[span] == ("DATE", value)


@pytest.mark.parametrize(
    ("text", "anchor", "span", "value"),
    [
        ("Profit for the current fiscal year will fall.", "1989-11-02", "the current fiscal year", "1989"),
        ("Sales next fiscal year should rise.", "2031-03-17", "next fiscal year", "2032"),
        ("Revenue last fiscal year was flat.", "2014-11-05", "last fiscal year", "2013"),
    ],
)
def test_fiscal_year_relative_to_the_document_date(text: str, anchor: str, span: str, value: str) -> None:
    assert found(text, anchor)[span] == ("DATE", value)
