"""Rules added in the tenth round (docs/quality/times.md): "that June", "the same July".

A month named with "that" is the month of the year the text is at: the year of the last dated
mention, skipping one told as a flashback in a pluperfect clause ("had cut ties in January 2016").
With no dated mention before it, it has no value (never the last June before the anchor). Checked
with anchors in other years and with inputs the rule must leave alone.
"""

from __future__ import annotations

import pytest

from newsgraph.times import find_times


def found(text: str, anchor: str | None) -> dict[str, str | None]:
    return {t.text: t.value for t in find_times(text, anchor)}


@pytest.mark.parametrize(
    ("anchor", "text", "span", "value"),
    [
        ("2024-11-21", "The accord was signed in March 2023. The minister went to Lima that June.", "that June", "2023-06"),
        ("2019-02-04", "Talks opened in 2011; by the same July they had stalled.", "the same July", "2011-07"),
        ("2025-05-30", "In October 2020 the border closed, and that December it reopened.", "that December", "2020-12"),
    ],
)
def test_that_month_is_in_the_year_the_text_is_at(anchor: str, text: str, span: str, value: str) -> None:
    assert found(text, anchor)[span] == value


def test_a_flashback_does_not_move_the_year() -> None:
    text = ("The current chapter opened in March 2023 with an accord that restored the ties Quito had cut "
            "in January 2016. The minister went to Lima that June, and later that year the embassy reopened.")
    values = found(text, "2024-11-21")
    assert (values["that June"], values["later that year"]) == ("2023-06", "2023")


def test_that_month_without_a_year_before_it_has_no_value() -> None:
    assert found("The minister went to Lima that June.", "2024-11-21")["that June"] is None


@pytest.mark.parametrize("text, span, value", [
    ("The ceremony of that June 5 was postponed.", "June 5", "2024-06-05"),  # a day: no anaphor
    ("The minister visited Lima in June.", "June", "2024-06"),
])
def test_other_months_are_left_alone(text: str, span: str, value: str) -> None:
    assert found(text, "2024-11-21")[span] == value


# --- a yearless day continuing a dated story --------------------------------------------------


@pytest.mark.parametrize(("anchor", "text", "span", "value"), [
    ("2023-03-14", "On April 18, 2021, the leader was admitted to a hospital in Pamplona.\n\n"
                   "Quito learned of it within days. On April 24 it summoned the ambassador.", "April 24", "2021-04-24"),
    ("2019-10-02", "On 3 May 2016 the talks opened in Lima. On 20 June the delegations signed a protocol.",
     "20 June", "2016-06-20"),
])
def test_a_yearless_day_weeks_after_a_dated_day_is_in_its_year(anchor: str, text: str, span: str, value: str) -> None:
    assert found(text, anchor)[span] == value


@pytest.mark.parametrize(("text", "span", "value"), [
    # months later: the article's own year again (a return to the present)
    ("On April 18, 2021, the leader was admitted to a hospital. On December 24 the ambassador returned.",
     "December 24", "2022-12-24"),
    # a weekday counts from the article's date, not from the story's day
    ("On April 18, 2021, the leader was admitted to a hospital. On Friday the ambassador returned.",
     "Friday", "2023-03-10"),
])
def test_other_yearless_days_keep_the_articles_year(text: str, span: str, value: str) -> None:
    assert found(text, "2023-03-14")[span] == value


# Round 12: a "when" clause with no tense of its own takes the tense of the clause it hangs on.


@pytest.mark.parametrize(("anchor", "value"), [("2020-12-16", "2020-12-20"), ("2023-03-01", "2023-03-05")])
def test_a_when_clause_under_a_plan_points_ahead(anchor: str, value: str) -> None:
    text = "The row is expected to come up when the leaders gather in Lima on Sunday for a summit."
    assert found(text, anchor)["Sunday"] == value


@pytest.mark.parametrize(("anchor", "value"), [("2020-12-16", "2020-12-13"), ("2023-03-01", "2023-02-26")])
def test_a_when_clause_under_a_past_clause_points_back(anchor: str, value: str) -> None:
    text = "The row came up when the leaders met in Lima on Sunday for a summit."
    assert found(text, anchor)["Sunday"] == value


# --- "May of that year", "March of last year" (eleventh round) -------------------------------


@pytest.mark.parametrize(("anchor", "text", "span", "value"), [
    ("2025-01-11", "Ties were warm in 2023. When the president came in May of that year, he was feted.",
     "May of that year", "2023-05"),
    ("2019-02-04", "The spring of 2011 was tense. In June of the same year the talks stalled.",
     "June of the same year", "2011-06"),
])
def test_a_month_of_that_year_is_in_the_year_the_text_is_at(anchor: str, text: str, span: str, value: str) -> None:
    assert found(text, anchor)[span] == value


def test_a_month_of_that_year_with_no_year_before_it_has_no_value() -> None:
    assert found("The minister went to Lima in May of that year.", "2024-11-21")["May of that year"] is None


@pytest.mark.parametrize(("anchor", "text", "span", "value"), [
    ("2024-08-02", "In March of last year he held talks in Lima.", "March of last year", "2023-03"),
    ("2021-12-30", "Elections are due in June of next year.", "June of next year", "2022-06"),
    ("2018-05-09", "The deal was signed on March 3 of this year.", "March 3 of this year", "2018-03-03"),
])
def test_a_month_of_last_or_next_year_counts_from_the_anchor(anchor: str, text: str, span: str, value: str) -> None:
    assert found(text, anchor)[span] == value
