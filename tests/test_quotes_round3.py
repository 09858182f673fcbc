"""Speaker attribution rules of the third quotes round, each with a case it must not fire on.

Every sentence here is written for these tests; the names, bodies and places are invented.
"""

from __future__ import annotations

import pytest

from newsgraph.nlp import load_nlp
from newsgraph.stages.quote_cues import cue_data, find_cue
from newsgraph.stages.quote_speakers import _stem_match, untitled
from test_quotes_round2 import speaker

# ---------------------------------------------------------------- a role refers back to the last sentence's subject


def test_role_refers_to_previous_sentence_subject() -> None:
    text = (
        "The talks opened in the capital on Monday. Prime Minister Halvard Brenn chaired the first session.\n\n"
        "Tomas Veyra struck a more guarded tone. \"We cannot forget the old promises,\" the Norlish minister said."
    )
    assert "Veyra" in speaker(text, "old promises")


def test_role_named_nearer_than_the_subject_wins() -> None:
    text = (
        "Tomas Veyra met Finance Minister Ilse Marrow on Monday. "
        "\"The budget is settled,\" the finance minister said."
    )
    assert "Veyra" not in speaker(text, "budget is settled")


def test_previous_paragraph_subject_is_not_reached_across_a_heading() -> None:
    text = (
        "Tomas Veyra struck a more guarded tone.\n\nOLD PROMISES\n\n"
        "\"We cannot forget the old promises,\" the Norlish minister said."
    )
    assert "Veyra" not in speaker(text, "old promises")


def test_role_refers_to_possessor_of_previous_subject() -> None:
    text = (
        "The summit ended late. Ada Kostova's own remarks were characteristically blunt. "
        "Asked about the border, the Vennish president said the answer depended \"entirely on the others\"."
    )
    assert "Kostova" in speaker(text, "entirely on the others")


# ---------------------------------------------------------------- a spokesperson speaks for the body named beside it


def test_compound_body_spokesperson_gives_the_body() -> None:
    text = (
        "The storm closed the port on Tuesday.\n\n"
        "\"We are reviewing every berth,\" the Harbour Authority spokesperson said."
    )
    got = speaker(text, "reviewing every berth")
    assert "Harbour Authority" in got and "spokesperson" not in got


def test_spokesperson_for_a_government_gives_the_government() -> None:
    text = (
        "Sanctions were announced on Thursday.\n\n"
        "\"These measures are unjust,\" a spokesperson for the Vennish government said."
    )
    assert speaker(text, "measures are unjust").lower().endswith("vennish government")


def test_plain_spokesperson_stays_a_description() -> None:
    text = "Sanctions were announced on Thursday.\n\n\"These measures are unjust,\" a spokesperson said."
    assert speaker(text, "measures are unjust") == "a spokesperson"


def test_later_bare_spokesperson_returns_to_the_body() -> None:
    text = (
        "Colonel Rudi Fane, the army spokesman, briefed reporters on Sunday.\n\n"
        "The water ministry spokesperson said supplies would resume \"gradually\". "
        "\"The reservoirs are full,\" the spokesperson said."
    )
    assert "water ministry" in speaker(text, "reservoirs are full")


# ---------------------------------------------------------------- "continue" with an object is not speech


def test_continue_with_object_is_not_a_cue() -> None:
    doc = load_nlp()("Both sides discussed continuing the pledge.")
    verb = next(t for t in doc if t.lower_ == "continuing")
    assert find_cue(verb) is None


def test_scare_quote_in_clause_goes_to_the_trailing_sayer() -> None:
    text = (
        "Both sides discussed continuing the commitment that \"not one shot\" should be fired, "
        "the Norlish Army said in a statement."
    )
    assert "Army" in speaker(text, "not one shot")


def test_intransitive_continue_is_still_a_cue() -> None:
    doc = load_nlp()("\"We will stay,\" she continued.")
    verb = next(t for t in doc if t.lower_ == "continued")
    assert find_cue(verb) is not None


# ---------------------------------------------------------------- a host clause's passive agent is not the sayer


def test_agent_of_host_participle_is_not_the_sayer() -> None:
    text = (
        "Mayor Jorun Pell announced the deal in a post, saying it followed talks brokered by Veldia "
        "and praising both sides for their \"patience\"."
    )
    got = speaker(text, "patience")
    assert "Veldia" not in got and "Pell" in got


# ---------------------------------------------------------------- "what he called" is the host subject's phrase


def test_what_he_called_goes_to_host_subject() -> None:
    text = (
        "President Ivo Dast said he would visit the port. Mr Bram Holt said he would go too.\n\n"
        "Ruben Kells thanked Dast for what he called his \"steady\" role."
    )
    assert "Kells" in speaker(text, "steady")


def test_what_she_called_skips_host_of_other_gender() -> None:
    text = (
        "Mr Ruben Kells spoke first. Mr Kells said he would stay.\n\n"
        "Ruben Kells thanked Ms Ivo Dast, and she praised him for what she called his \"steady\" role."
    )
    assert "Kells" not in speaker(text, "steady")


# ---------------------------------------------------------------- titles off a speaker's name


def test_untitled_drops_rank() -> None:
    assert untitled("Lt Gen Jo Marr", "PERSON", cue_data()) == "Jo Marr"
    assert untitled("Dr. Ana Lisk", "PERSON", cue_data()) == "Ana Lisk"


def test_untitled_keeps_two_words_and_bodies() -> None:
    assert untitled("Gen Marr", "PERSON", cue_data()) == "Gen Marr"
    assert untitled("General Assembly Hall", "ORG", cue_data()) == "General Assembly Hall"


# ---------------------------------------------------------------- role words match whole words


@pytest.mark.parametrize(("a", "b", "same"), [
    ("minister", "minister", True),
    ("minister", "ministers", True),
    ("minister's", "minister", True),
    ("minister", "ministry", False),  # "the prime minister" is no one introduced as "Foreign Ministry spokeswoman"
    ("president", "presidency", False),
    ("secretary", "secretariat", False),
])
def test_role_words_match_whole_words(a: str, b: str, same: bool) -> None:
    assert _stem_match(a, b) is same
