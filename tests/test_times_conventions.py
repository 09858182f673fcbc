"""TimeML conventions measured on annotated news: what is left untagged, reporting-period
language, deadlines, and month-plus-relative-year phrases. Sentences are our own."""

from __future__ import annotations

import importlib.util
import sys
import types
from pathlib import Path

import pytest

from newsgraph.times import find_times

SAT_2021 = "2021-08-14"  # a Saturday
FRI_2016 = "2016-11-04"  # a Friday


def values(text: str, anchor: str) -> dict[str, str | None]:
    return {t.text: t.value for t in find_times(text, anchor)}


# --- words TimeML leaves untagged -------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "The envoy left Ankara shortly after the vote.",
        "Erdoğan wants the talks to resume as soon as possible.",
        "The minister died soon after the crash near Kyiv.",
        "Macron spoke about future sanctions against Beijing.",
        "The recent talks in Paris ended without a deal.",
        "Macron, 46 years old, was re-elected.",
        "A second group of envoys arrived in Ankara.",
        "Sales in Paris are expected to rise 8% annually.",
        "The index closed at 2082.1 points.",
    ],
)
def test_untagged(text: str) -> None:
    assert find_times(text, SAT_2021) == []


def test_kept_references() -> None:
    assert values("Macron spoke about the boy's future.", SAT_2021) == {"future": "FUTURE_REF"}
    assert values("Kim said the army will strike soon.", SAT_2021) == {"soon": "FUTURE_REF"}
    assert values("The festival in Ankara is held annually.", SAT_2021) == {"annually": "P1Y"}
    assert values("Kim waited for a second.", SAT_2021) == {"a second": "PT1S"}


# --- the quarter an earnings report is about ---------------------------------------------------


def test_quarter_under_discussion() -> None:
    text = (
        "Beijing Motors said profit for the second quarter rose to $5 million from $4 million a year earlier. "
        "Sales in the quarter reached $90 million. In the 2022 period, the company had one-time charges."
    )
    got = values(text, "2023-08-10")
    assert got["the second quarter"] == "2023-Q2"
    assert got["a year earlier"] == "2022-Q2"
    assert got["the quarter"] == "2023-Q2"
    assert got["the 2022 period"] == "2022-Q2"


def test_year_ago_without_named_quarter_in_quarterly_text() -> None:
    text = "Quarterly results in Paris were weak. Profit fell to $2 million from $3 million a year ago."
    # no quarter named: the last finished quarter before the document date, a year back
    assert values(text, "2019-05-02")["a year ago"] == "2018-Q1"


def test_year_ago_outside_reporting_language() -> None:
    assert values("Zelensky visited Kyiv's suburbs a year ago.", "2019-05-02")["a year ago"] == "2018"


def test_relative_year_quarter() -> None:
    got = values("The merger may close in next year's first quarter.", "2023-10-20")
    assert got == {"next year's first quarter": "2024-Q1"}
    got = values("Sales for last year's fourth quarter were flat.", "2023-10-20")
    assert got == {"last year's fourth quarter": "2022-Q4"}


# --- month with a relative year -----------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("In June last year, Gaddafi's son was arrested.", {"June last year": "2020-06"}),
        ("In January this year, the court in Ankara ruled.", {"January this year": "2021-01"}),
        ("The summit in Paris is set for March 3 next year.", {"March 3 next year": "2022-03-03"}),
    ],
)
def test_month_with_relative_year(text: str, expected: dict[str, str]) -> None:
    assert values(text, "2021-03-05") == expected


# --- which way a yearless date points --------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "anchor", "expected"),
    [
        ("The talks in Kyiv are expected to last until May.", "2022-02-10", "2022-05"),
        ("The envoy must leave Ankara by Jan. 14.", "2022-01-15", "2022-01-14"),  # a deadline just passed
        ("The envoy must leave Ankara by Jan. 14.", "2021-12-01", "2022-01-14"),
        ("The embassy in Beijing has been closed since March.", "2022-02-10", "2021-03"),
        ("For the fiscal year ended Jan. 31, sales rose.", "2022-11-02", "2022-01-31"),
        ("The new rules take effect effective Feb. 1.", "2022-11-02", "2023-02-01"),
    ],
)
def test_lead_in_prepositions(text: str, anchor: str, expected: str) -> None:
    assert find_times(text, anchor)[-1].value == expected


def test_nearer_past_cue_beats_earlier_future_cue() -> None:
    text = "Officials said they will transfer the boy, who has lived in Paris since he was rescued in late November."
    assert values(text, "2021-04-05")["late November"] == "2020-11"


def test_next_to_is_not_a_future_cue() -> None:
    text = "A bomb went off next to the embassy in Ankara on Friday."
    assert values(text, SAT_2021)["Friday"] == "2021-08-13"


def test_as_soon_as_looks_ahead() -> None:
    text = "The delegation could leave for Paris as soon as Tuesday, officials said."
    assert values(text, FRI_2016)["Tuesday"] == "2016-11-08"


def test_previous_weekday() -> None:
    text = "The index in Paris closed 2% down from the previous Friday."
    assert values(text, FRI_2016)["the previous Friday"] == "2016-10-28"


# --- the scorer's value canonicalisation ------------------------------------------------------


def _eval_module() -> types.ModuleType:  # eval/ is not a package: load the script by path
    path = Path(__file__).resolve().parents[1] / "eval" / "timeml_eval.py"
    spec = importlib.util.spec_from_file_location("timeml_eval", path)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules.setdefault("timeml_eval", module)  # dataclasses look their module up while executing it
    spec.loader.exec_module(module)
    return module


def test_canonical_values() -> None:
    canonical = _eval_module().canonical
    assert canonical("2000-W6") == "2000-W06"
    assert canonical("2000-W6-WE") == "2000-W06-WE"
    assert canonical("2000-W16") == "2000-W16"
    assert canonical("199X") == "199"
    assert canonical("1990") == "1990"
    assert canonical(None) is None
