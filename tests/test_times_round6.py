"""Rules added in the sixth value-accuracy round (docs/quality/times.md).

"overnight" counted from the day the paragraph (else the story) is at; "in the morning" after a
past action as that part of the day the text is at; "most/as recently" before a time; "the March
<noun>" as the month; a year after "pre-"/"post-"; "as planned" that is no future cue. Each rule
is checked with several anchors and with inputs it must leave alone.
"""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from newsgraph.times import find_times

ANCHORS = ["2013-06-10", "2017-11-22", "2022-02-03"]


def found(text: str, anchor: str | None) -> dict[str, tuple[str, str | None]]:
    return {t.text: (t.type, t.value) for t in find_times(text, anchor)}


def day(anchor: str, days: int) -> str:
    return (date.fromisoformat(anchor) + timedelta(days=days)).isoformat()


def last_weekday(anchor: str, weekday: int) -> date:
    """The nearest such weekday on or before the anchor (0 = Monday), as a bare past weekday resolves."""
    a = date.fromisoformat(anchor)
    return a - timedelta(days=(a.weekday() - weekday) % 7)


# --- "overnight": the night before the day the text is at ----------------------------------------


@pytest.mark.parametrize("anchor", ANCHORS)
def test_overnight_counts_from_the_story_day(anchor: str) -> None:
    text = (
        "Shares in Lisbon closed sharply lower Thursday in busy trading after the finance minister resigned.\n\n"
        "Prices were pushed down at first by overnight losses in Tokyo and by a weaker currency."
    )
    thursday = last_weekday(anchor, 3)
    got = found(text, anchor)
    assert got["Thursday"] == ("DATE", thursday.isoformat())
    assert got["overnight"] == ("TIME", f"{(thursday - timedelta(days=1)).isoformat()}TNI")


@pytest.mark.parametrize("anchor", ANCHORS)
def test_overnight_without_a_day_is_the_night_before_the_anchor(anchor: str) -> None:
    assert found("Asian markets rallied overnight, traders in the port city said.", anchor)["overnight"] == (
        "TIME",
        f"{day(anchor, -1)}TNI",
    )


@pytest.mark.parametrize("anchor", ANCHORS)
def test_overnight_after_a_coarse_date_falls_back_to_the_anchor(anchor: str) -> None:
    # "this week" names no day: count from the document date, not "no value"
    got = found("Bond yields climbed this week, and overnight selling in Frankfurt added to the pressure.", anchor)
    assert got["overnight"] == ("TIME", f"{day(anchor, -1)}TNI")


# --- "in the morning" after a past action ---------------------------------------------------------


@pytest.mark.parametrize("anchor", ANCHORS)
def test_in_the_morning_after_a_past_action_is_that_day(anchor: str) -> None:
    text = (
        "Trading in Oslo was thin on Tuesday, brokers in the harbour district said.\n\n"
        "Funds placed large sell orders in the morning and bought back before the close."
    )
    tuesday = last_weekday(anchor, 1)
    assert found(text, anchor)["the morning"] == ("TIME", f"{tuesday.isoformat()}TMO")


@pytest.mark.parametrize("anchor", ANCHORS)
@pytest.mark.parametrize(("text", "code"), [("Rescue teams found the hikers in the evening.", "EV"), ("The storm knocked out power during the afternoon.", "AF")])
def test_part_of_day_without_a_named_day_is_the_anchor_day(anchor: str, text: str, code: str) -> None:
    got = [t for t in find_times(text, anchor) if t.type == "TIME"]
    assert [t.value for t in got] == [f"{anchor}T{code}"]


@pytest.mark.parametrize("anchor", ANCHORS)
@pytest.mark.parametrize(
    "text",
    [
        "She used to swim in the morning before work.",  # a habit
        "The jury will resume its talks in the morning.",  # a plan
        "The mayor said in the morning that the bridge would reopen.",  # a report
        "Ferries usually leave in the afternoon.",  # present, generic
        "He was injured in the morning hours of a long shift.",  # "the morning hours"
    ],
)
def test_in_the_morning_left_alone(text: str, anchor: str) -> None:
    assert not any(t.text.endswith(("morning", "afternoon", "evening")) for t in find_times(text, anchor))


@pytest.mark.parametrize("anchor", ANCHORS)
def test_clock_time_in_the_morning_is_still_one_time(anchor: str) -> None:
    got = found("The convoy left at 5 in the morning, the officer said.", anchor)
    assert got == {"5 in the morning": ("TIME", f"{anchor}T05:00")}


# --- "most recently <time>", "as recently as <time>" -----------------------------------------------


@pytest.mark.parametrize("anchor", ANCHORS)
@pytest.mark.parametrize(
    "text",
    [
        "Four bridges have collapsed, most recently last April when a truck crossed one.",
        "The valley has flooded often, as recently as 2009.",
        "Prices spiked several times, most recently in June.",
    ],
)
def test_recently_grading_a_time_is_not_its_own_expression(text: str, anchor: str) -> None:
    got = found(text, anchor)
    assert "recently" not in got
    assert len(got) == 1  # the time itself stays


@pytest.mark.parametrize("anchor", ANCHORS)
@pytest.mark.parametrize(
    "text",
    [
        "The council recently approved the budget.",
        "Most recently, she ran a shipping firm.",
        "He was most recently seen near the station.",
    ],
)
def test_plain_recently_stays_past_ref(text: str, anchor: str) -> None:
    assert found(text, anchor)["recently"] == ("DATE", "PAST_REF")


# --- "the March <noun>": the month ---------------------------------------------------------------------


@pytest.mark.parametrize("anchor", ANCHORS)
@pytest.mark.parametrize("text", ["The March vote will decide the matter.", "Officials defended the May budget."])
def test_capitalised_march_may_before_a_noun_is_the_month(text: str, anchor: str) -> None:
    got = [t for t in find_times(text, anchor) if t.text in ("March", "May")]
    assert len(got) == 1 and got[0].type == "DATE" and got[0].value is not None
    assert got[0].value.endswith("-03" if "March" in text else "-05")


@pytest.mark.parametrize("anchor", ANCHORS)
@pytest.mark.parametrize(
    "text",
    [
        "Thousands joined the March on the capital.",  # a name, followed by a preposition
        "The charity works with the March of Dimes.",
        "Shares of the May Department Stores rose.",  # followed by a capitalised name
        "The protesters may march again.",
        "The march began at the river.",
    ],
)
def test_march_may_left_alone(text: str, anchor: str) -> None:
    assert not any(t.text in ("March", "May", "march", "may") for t in find_times(text, anchor))


# --- "pre-1990", "post-1959" -----------------------------------------------------------------------------


@pytest.mark.parametrize("anchor", [*ANCHORS, None])
@pytest.mark.parametrize(("text", "year"), [("The post-1975 reforms split the party.", "1975"), ("Output is back to pre-2008 levels.", "2008")])
def test_year_after_pre_or_post_is_that_year(text: str, year: str, anchor: str | None) -> None:
    assert found(text, anchor)[year] == ("DATE", year)


@pytest.mark.parametrize("text", ["The code 4471-1990 was printed on the box.", "It flew as route-1995 from the coast."])
def test_other_hyphenated_numbers_are_not_years(text: str) -> None:
    assert find_times(text, "2017-11-22") == []


# --- "as planned" is no future cue ---------------------------------------------------------------------


@pytest.mark.parametrize("anchor", ANCHORS)
def test_as_previously_planned_does_not_look_ahead(anchor: str) -> None:
    got = found("The generals let the assault begin as previously planned Sunday night.", anchor)
    assert got["Sunday night"] == ("TIME", f"{last_weekday(anchor, 6).isoformat()}TNI")


@pytest.mark.parametrize("anchor", ANCHORS)
def test_as_planned_after_will_still_looks_ahead(anchor: str) -> None:
    a = date.fromisoformat(anchor)
    ahead = (4 - a.weekday()) % 7 or 7
    got = found("The summit will go ahead as planned on Friday.", anchor)
    assert got["Friday"] == ("DATE", (a + timedelta(days=ahead)).isoformat())


@pytest.mark.parametrize("anchor", ANCHORS)
def test_scheduled_alone_still_looks_ahead(anchor: str) -> None:
    a = date.fromisoformat(anchor)
    ahead = (4 - a.weekday()) % 7 or 7
    assert found("The vote is scheduled for Friday.", anchor)["Friday"] == ("DATE", (a + timedelta(days=ahead)).isoformat())
