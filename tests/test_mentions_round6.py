"""Mentions, round 6 (found on a held-out corpus): a three-word name the model tags as two persons
around an untagged middle word ("Omar" + "Kayd" + "Hussein") is one name, so a family name shared with
another person in the article does not hand that person's quotes to the other. Sentences written for
these tests, with invented names."""

from __future__ import annotations

import pytest

from test_mentions_recall import texts
from test_mentions_stage import analyse
from test_quotes_round2 import speaker

pytestmark = pytest.mark.slow

TEXT = ("Djibouti's President Daniel Omar Hussein on Saturday signed the bill.\n\n"
        "\"This law protects our coast,\" Hussein said after signing it.\n\n"
        "Eritrea's foreign minister, Omar Kayd Hussein, brushed the criticism aside. \"We are a sovereign nation "
        "and we sign agreements that serve our people,\" he told reporters in Asmara.")


def test_a_name_split_around_an_untagged_middle_word_is_one_name() -> None:
    found = texts(analyse(TEXT))
    assert found.get("Omar Kayd Hussein") == "PERSON"


def test_the_namesake_keeps_his_own_quote() -> None:
    assert speaker(TEXT, "We are a sovereign nation") == "Omar Kayd Hussein"
    assert speaker(TEXT, "This law protects our coast") in ("Hussein", "Daniel Omar Hussein")


@pytest.mark.parametrize(("text", "country"), [
    ("Senegal recalled its ambassador from Paris for consultations.", "Senegal"),
    ("Gabon suspended the talks.", "Gabon"),
])
def test_a_country_the_model_left_untagged_is_a_place(text: str, country: str) -> None:
    assert texts(analyse(text)).get(country) == "GPE"


@pytest.mark.parametrize(("text", "capital"), [
    ("On July 31 Kyiv called in the envoy over the remarks.", "Kyiv"),
    ("Accra said the talks would resume.", "Accra"),
])
def test_a_capital_the_model_left_untagged_is_a_place(text: str, capital: str) -> None:
    """Round 12: a capital standing for its government ("Kyiv called in the envoy") is recovered like a country."""
    assert texts(analyse(text)).get(capital) == "GPE"


def test_a_capital_word_inside_a_name_stays_in_the_name() -> None:
    assert texts(analyse("George Washington Carver taught at the institute.")).get("Washington") != "GPE"


@pytest.mark.parametrize(("text", "name"), [
    ("Michael Jordan visited the school on Monday.", "Jordan"),
    ("Chad Smith met the team.", "Chad"),
])
def test_a_country_word_inside_a_name_stays_in_the_name(text: str, name: str) -> None:
    assert texts(analyse(text)).get(name) != "GPE"
