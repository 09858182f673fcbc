"""Rules added in the fifth value-accuracy round (docs/quality/times.md).

Words that look like time expressions but do not refer to a time: "future" as an adjective
after a possessive, "for the foreseeable future", unit pairs ("quarter-to-quarter"), shares of a
longer unit ("24 hours a day") and a spelled-out "two thousand" that counts things. Each rule
is checked with several anchors and with inputs it must leave alone.
"""

from __future__ import annotations

import pytest

from newsgraph.times import find_times

ANCHORS = ["2011-03-14", "2019-11-29", "2024-06-02"]


def found(text: str, anchor: str | None) -> dict[str, tuple[str, str | None]]:
    return {t.text: (t.type, t.value) for t in find_times(text, anchor)}


# --- "<owner>'s future" before a noun is an adjective ------------------------------------------


@pytest.mark.parametrize("anchor", ANCHORS)
@pytest.mark.parametrize(
    "text",
    [
        "The deal could weaken the bank's future lending capacity.",
        "Analysts called the chip the firm's future flagship.",
        "The board's future strategy was not disclosed.",
    ],
)
def test_possessive_future_before_a_noun_is_not_tagged(text: str, anchor: str) -> None:
    assert "future" not in found(text, anchor)


@pytest.mark.parametrize("anchor", ANCHORS)
@pytest.mark.parametrize(
    "text",
    [
        "Nobody knows what the club's future holds.",
        "The decision about the girl's future is up to a judge.",
        "They argued over the town's future, and then adjourned.",
        "A ruling would take the boy's future away from the agency.",
        "The team's future looked bleak.",
    ],
)
def test_possessive_future_as_a_noun_stays(text: str, anchor: str) -> None:
    assert found(text, anchor)["future"] == ("DATE", "FUTURE_REF")


# --- "for the foreseeable future" is an idiom ----------------------------------------------------


@pytest.mark.parametrize("anchor", ANCHORS)
def test_foreseeable_future_is_not_tagged(anchor: str) -> None:
    got = found("The plant will stay closed for the foreseeable future, a spokeswoman said.", anchor)
    assert not any("future" in k for k in got)


@pytest.mark.parametrize("anchor", ANCHORS)
def test_near_future_and_the_future_stay(anchor: str) -> None:
    got = found("Prices will fall in the near future. She is worried about the future.", anchor)
    assert got["the near future"] == ("DATE", "FUTURE_REF")
    assert got["the future"] == ("DATE", "FUTURE_REF")


# --- unit pairs: "quarter-to-quarter", "year-over-year", "day-to-day" ------------------------------


@pytest.mark.parametrize("anchor", ANCHORS)
@pytest.mark.parametrize(
    "text",
    [
        "The quarter-to-quarter comparison was helped by a tax gain.",
        "Revenue rose 4% year-over-year.",
        "She ran the day-to-day operations of the mill.",
        "Rents are renewed month-to-month.",
        "Results vary week-to-week.",
    ],
)
def test_unit_pairs_are_not_times(text: str, anchor: str) -> None:
    assert found(text, anchor) == {}


@pytest.mark.parametrize("anchor", ANCHORS)
def test_a_quarter_next_to_a_pair_still_counts(anchor: str) -> None:
    got = found("The quarter was weak, and the quarter-to-quarter comparison worse.", anchor)
    assert list(got) == ["The quarter"]
    assert got["The quarter"][0] == "DATE"


# --- "24 hours a day": a share of each longer unit, not a stretch of time -------------------------


@pytest.mark.parametrize("anchor", ANCHORS)
@pytest.mark.parametrize(
    "text",
    [
        "Guards watch the gate 24 hours a day.",
        "The shop opens seven days a week.",
        "Nurses work 12 hours per day during the outbreak.",
        "Crews fly three weeks a year in the north.",
    ],
)
def test_units_per_longer_unit_are_a_rate(text: str, anchor: str) -> None:
    assert not any(v[0] == "DURATION" for v in found(text, anchor).values())


@pytest.mark.parametrize("anchor", ANCHORS)
@pytest.mark.parametrize(
    ("text", "span", "value"),
    [
        ("The strike lasted 24 hours.", "24 hours", "PT24H"),
        ("The talks took five days, a week longer than planned.", "five days", "P5D"),
        ("They waited three months a year ago.", "three months", "P3M"),  # "a year ago": a date, not a rate
        ("The job took two weeks a month earlier.", "two weeks", "P2W"),
    ],
)
def test_durations_not_followed_by_a_longer_unit_stay(text: str, span: str, value: str, anchor: str) -> None:
    assert found(text, anchor)[span] == ("DURATION", value)


# --- "two thousand" before a plural noun counts things --------------------------------------------


@pytest.mark.parametrize("anchor", ANCHORS)
@pytest.mark.parametrize(
    "text",
    [
        "The guild has kept its craft secret for more than two thousand years.",
        "About two thousand workers marched.",
    ],
)
def test_two_thousand_counting_is_not_a_year(text: str, anchor: str) -> None:
    assert "2000" not in {v[1] for v in found(text, anchor).values()}


@pytest.mark.parametrize("anchor", ANCHORS)
@pytest.mark.parametrize(
    ("text", "span", "value"),
    [
        ("The plan aimed to halve poverty by the year two thousand.", "the year two thousand", "2000"),
        ("Elections were held in two thousand one.", "two thousand one", "2001"),
        ("In two thousand, the economy grew.", "two thousand", "2000"),
    ],
)
def test_spelled_year_two_thousand_stays(text: str, span: str, value: str, anchor: str) -> None:
    assert found(text, anchor)[span] == ("DATE", value)


# --- a year number right after a capitalised name word is part of the name ------------------------


@pytest.mark.parametrize("anchor", ANCHORS)
@pytest.mark.parametrize(
    "text",
    [
        "They founded a joint venture called Vega 1975, which builds pumps.",
        "The council acted under Resolution 1973 to protect civilians.",
        "The firm, Polaris 2001, was sold.",
    ],
)
def test_year_after_a_name_word_is_not_a_date(text: str, anchor: str) -> None:
    assert not any(v[1] and v[1][:2] in ("19", "20") and len(v[1]) == 4 for v in found(text, anchor).values())


@pytest.mark.parametrize("anchor", ANCHORS)
@pytest.mark.parametrize(
    ("text", "span", "value"),
    [
        ("Sales fell in 1987 and rose in 1988.", "1987", "1987"),
        ("In 1987 sales fell.", "1987", "1987"),
        ("The plan was drafted in fiscal 1993.", "fiscal 1993", "1993"),
        ("It opened in May 1994.", "May 1994", "1994-05"),
        ("It opened in Sept 1994.", "Sept 1994", "1994-09"),
        ("They left by Christmas 1991.", "Christmas 1991", "1991-12-25"),
        ("Talks, held since 1992, broke down.", "1992", "1992"),
    ],
)
def test_years_after_time_words_and_lowercase_words_stay(text: str, span: str, value: str, anchor: str) -> None:
    assert found(text, anchor)[span] == ("DATE", value)


# --- money counted in units of time; "an annual rate of 3%" ----------------------------------------


@pytest.mark.parametrize("anchor", ANCHORS)
@pytest.mark.parametrize(
    "text",
    [
        "The retirement bonus equals six months of base pay.",
        "She was owed two years' salary.",
        "He received a year's pay as severance.",
        "Tenants owe three months of rent.",
    ],
)
def test_units_of_pay_are_money_not_durations(text: str, anchor: str) -> None:
    assert not any(v[0] == "DURATION" for v in found(text, anchor).values())


@pytest.mark.parametrize("anchor", ANCHORS)
@pytest.mark.parametrize(
    ("text", "span", "value"),
    [
        ("He served six months of his sentence.", "six months", "P6M"),
        ("The merger took two years of talks.", "two years", "P2Y"),
        ("Pay talks lasted three weeks.", "three weeks", "P3W"),
    ],
)
def test_other_units_of_something_stay_durations(text: str, span: str, value: str, anchor: str) -> None:
    assert found(text, anchor)[span] == ("DURATION", value)


@pytest.mark.parametrize("anchor", ANCHORS)
def test_annual_rate_is_a_rate_and_annual_basis_a_set(anchor: str) -> None:
    assert found("Prices rose at an annual rate of 2.9%.", anchor) == {}
    assert found("Fees are reviewed on an annual basis.", anchor)["annual"] == ("SET", "P1Y")
