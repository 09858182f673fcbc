"""Rules added in the seventh value-accuracy round (docs/quality/times.md).

Vague stretches after "for" ("for a while", "for some time", "for a fairly long period") as
PXX; "it was a proud day" as the day the text is at; "the latest fiscal year" as the last
calendar year that has ended; "the future of ..." / "the future looks ..." as prospects, not a
time; "months ago" without a leading blank in its span. Each rule is checked with several
anchors and with inputs it must leave alone.
"""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from newsgraph.times import find_times

ANCHORS = ["2012-09-14", "2016-03-01", "2023-12-27"]


def found(text: str, anchor: str | None) -> dict[str, tuple[str, str | None]]:
    return {t.text: (t.type, t.value) for t in find_times(text, anchor)}


def last_weekday(anchor: str, weekday: int) -> date:
    """The nearest such weekday on or before the anchor (0 = Monday), as a bare past weekday resolves."""
    a = date.fromisoformat(anchor)
    return a - timedelta(days=(a.weekday() - weekday) % 7)


# --- vague stretches after "for": PXX ------------------------------------------------------------


@pytest.mark.parametrize("anchor", ANCHORS)
@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("Ferry passengers will have to manage without the night service for a while.", "a while"),
        ("Inspectors may stay in the harbour district for some time, the governor said.", "some time"),
        ("The mill closed for a fairly lengthy period after the flood.", "a fairly lengthy period"),
        ("Nobody had seen prices like these for quite a long time.", "quite a long time"),
        ("The bridge will be shut for a short period on Sunday.", "a short period"),
    ],
)
def test_vague_stretch_after_for(anchor: str, text: str, span: str) -> None:
    assert found(text, anchor)[span] == ("DURATION", "PXX")


@pytest.mark.parametrize("anchor", ANCHORS)
@pytest.mark.parametrize(
    "text",
    [
        "The museum reopened some time ago, a guide said.",
        "It was a long time before the orchestra played again.",
        "Once in a while the council meets in the old town hall.",
        "At some time in the spring the mayor will decide.",
        "Voters are waiting for a period of calm after the strike.",
    ],
)
def test_vague_stretch_needs_for_and_a_stretch(anchor: str, text: str) -> None:
    assert not [t for t in find_times(text, anchor) if t.value == "PXX"]


# --- "it was a proud day": the day the text is at ---------------------------------------------


@pytest.mark.parametrize("anchor", ANCHORS)
def test_a_proud_day_is_the_day_named_before(anchor: str) -> None:
    text = (
        "The new rail line to the coast opened on Tuesday.\n\n"
        'The transport minister said it was "a proud day for the whole province."'
    )
    tuesday = last_weekday(anchor, 1).isoformat()
    got = found(text, anchor)
    assert got["Tuesday"] == ("DATE", tuesday)
    assert got["a proud day"] == ("DATE", tuesday)


@pytest.mark.parametrize("anchor", ANCHORS)
def test_a_sad_day_without_a_day_before_is_the_anchor(anchor: str) -> None:
    got = found('"This is a sad day for our club," the coach told reporters.', anchor)
    assert got["a sad day"] == ("DATE", anchor)


@pytest.mark.parametrize("anchor", ANCHORS)
def test_a_busy_day_leaves_the_value_to_a_day_named_after_it(anchor: str) -> None:
    # the day is given later in the sentence: that expression carries it, "a busy day" is not another one
    got = found("It was a busy day for grain traders in Winnipeg on Thursday.", anchor)
    assert got == {"Thursday": ("DATE", last_weekday(anchor, 3).isoformat())}


@pytest.mark.parametrize("anchor", ANCHORS)
@pytest.mark.parametrize(
    "text",
    [
        "Today is a sad day for the village, the priest said.",  # "Today" is the expression
        "It is a new day for the shipyard, its owner said.",  # a change of fortune
        "It was a field day for the tabloids.",  # an opportunity
        "It was a two-day meeting of finance ministers.",  # a length, not the day
        "It was a good day's work for the crew.",  # a day's work
        "It will be a historic day when the treaty is signed.",  # a day to come, not the text's day
    ],
)
def test_a_day_predicate_left_alone(anchor: str, text: str) -> None:
    got = found(text, anchor)
    assert not [span for span in got if span.lower().startswith("a ") and span.lower().endswith(" day")]
    assert "a new day" not in got and "a field day" not in got


# --- "the latest fiscal year": the last calendar unit that has ended ----------------------------


@pytest.mark.parametrize("anchor", ANCHORS)
def test_latest_fiscal_year_is_last_calendar_year(anchor: str) -> None:
    year = date.fromisoformat(anchor).year
    got = found("The grocer had sales of 4 billion rand in the latest fiscal year.", anchor)
    assert got["the latest fiscal year"] == ("DATE", f"{year - 1:04d}")


@pytest.mark.parametrize("anchor", ANCHORS)
def test_most_recent_month_is_last_month(anchor: str) -> None:
    a = date.fromisoformat(anchor)
    last = a.replace(day=1) - timedelta(days=1)
    got = found("Exports rose 3 percent in the most recent month, the bureau said.", anchor)
    assert got["the most recent month"] == ("DATE", f"{last.year:04d}-{last.month:02d}")


@pytest.mark.parametrize("anchor", ANCHORS)
def test_past_year_stays_a_stretch(anchor: str) -> None:
    # "the past year" may be "for the past year": it stays a duration, unlike "the latest year"
    assert found("Rents have doubled over the past year.", anchor)["the past year"] == ("DURATION", "P1Y")


# --- "the future of ...": prospects, not a time ---------------------------------------------------


@pytest.mark.parametrize("anchor", ANCHORS)
@pytest.mark.parametrize(
    "text",
    [
        "The vote will decide the future of the fishing fleet.",
        "After the third recall, the future looks bleak for the carmaker.",
        "The future seemed uncertain to the striking dockers.",
    ],
)
def test_future_as_prospects_is_not_a_time(anchor: str, text: str) -> None:
    assert not [t for t in find_times(text, anchor) if t.value == "FUTURE_REF"]


@pytest.mark.parametrize("anchor", ANCHORS)
@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("Farmers in the valley are anxious about the future.", "the future"),
        ("The league may add two teams in the future.", "in the future"),
        ("The future that awaits the refugees is hard to foresee.", "The future"),
    ],
)
def test_future_as_time_is_kept(anchor: str, text: str, span: str) -> None:
    assert found(text, anchor)[span] == ("DATE", "FUTURE_REF")


# --- "months ago": the span starts at the word --------------------------------------------------


@pytest.mark.parametrize("anchor", ANCHORS)
def test_bare_units_ago_span_has_no_leading_blank(anchor: str) -> None:
    text = "The brewer, which just months ago was near bankruptcy, now plans to expand."
    spans = [t.text for t in find_times(text, anchor) if "ago" in t.text]
    assert spans == ["months ago"]
    got = found(text, anchor)
    assert got["months ago"] == ("DATE", "PAST_REF")


@pytest.mark.parametrize("anchor", ANCHORS)
def test_counted_units_ago_unchanged(anchor: str) -> None:
    year = date.fromisoformat(anchor).year
    assert found("The dam was finished three years ago.", anchor)["three years ago"] == (
        "DATE",
        f"{year - 3:04d}",
    )
