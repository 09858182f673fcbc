"""Which time dates an event when the time sits on a frame around it rather than on its verb (found on
held-out corpora of other stories): "hit back on Thursday by expelling X", "In a statement on Saturday,
X urged Y", "with a letter on May 2 accusing Y", "Speaking in Geneva on Monday, X accused Y", "will fly
to X on Monday for talks", "the operation on Friday hit X", "the talks opened on April 12". Each rule
has a case where the time must stay off the event. Sentences written for these tests, with invented or
varied names; the anchor 2024-03-15 is a Friday."""

from __future__ import annotations

from typing import Any

import pytest

from test_events_stage import only, run

pytestmark = pytest.mark.slow


def day(nlp: Any, text: str, etype: str) -> str | None:
    ev = only(run(nlp, text), etype)
    return ev.time.value if ev.time else None


@pytest.mark.parametrize(("text", "etype", "value"), [
    ("On Wednesday Ghana hit back by expelling two Togolese diplomats.", "SANCTION", "2024-03-13"),
    ("Chile responded on Monday by recalling its ambassador from Lima.", "SANCTION", "2024-03-11"),
])
def test_an_act_told_as_the_means_shares_the_time(nlp: Any, text: str, etype: str, value: str) -> None:
    assert day(nlp, text, etype) == value


@pytest.mark.parametrize(("text", "etype", "value"), [
    ("In a joint statement on Tuesday, the foreign ministers of Norway and Iceland urged Serbia to show restraint.",
     "REQUEST", "2024-03-12"),
    ("Estonia raised the matter on March 4 with a letter to the council accusing Belarus of sabotage.",
     "ACCUSE", "2024-03-04"),
])
def test_a_time_on_the_statement_dates_what_it_does(nlp: Any, text: str, etype: str, value: str) -> None:
    assert day(nlp, text, etype) == value


def test_a_time_inside_what_the_statement_is_about_dates_nothing(nlp: Any) -> None:
    # the time is the treaty's, not the statement's: no date rather than a wrong one
    assert day(nlp, "In a statement about the treaty of 1994, Peru accused Ecuador of bad faith.",
               "ACCUSE") is None


@pytest.mark.parametrize("text", [
    "Speaking in Geneva on Wednesday, Foreign Minister Ana Ruiz accused Bolivia of stalling.",
    "Foreign Minister Ana Ruiz, speaking in Geneva on Wednesday, accused Bolivia of stalling.",
])
def test_a_speaking_participle_dates_the_clause_it_frames(nlp: Any, text: str) -> None:
    assert day(nlp, text, "ACCUSE") == "2024-03-13"


def test_a_perfect_participle_tells_an_earlier_time(nlp: Any) -> None:
    assert day(nlp, "Having met Ana Ruiz in January, Tomas Vidal accused Bolivia of stalling.", "ACCUSE") is None


def test_the_purpose_of_a_trip_shares_its_time(nlp: Any) -> None:
    assert day(nlp, "Kamau said he would fly to Nairobi on Monday for talks with William Ruto.",
               "CONSULT") == "2024-03-18"


def test_a_time_on_the_subject_happening_dates_its_verb(nlp: Any) -> None:
    assert day(nlp, "The army's operation on Tuesday hit a depot near Goma.", "ASSAULT") == "2024-03-12"
    assert day(nlp, "The negotiations on Thursday were mediated by Qatar.", "CONSULT") == "2024-03-14"


def test_a_time_on_another_noun_of_the_subject_dates_nothing(nlp: Any) -> None:
    # "the anniversary on Tuesday" is no happening the verb tells
    assert day(nlp, "The anniversary of the war on Tuesday angered Georgia, which accused Armenia of revisionism.",
               "ACCUSE") is None


def test_talks_that_opened_on_a_day_are_dated_by_it(nlp: Any) -> None:
    assert day(nlp, "The indirect negotiations opened in Muscat on March 2, with Oman shuttling between the sides.",
               "CONSULT") == "2024-03-02"


def test_a_time_on_how_often_dates_the_act(nlp: Any) -> None:
    # the parser hangs "three times ... on March 2" on the ship's name
    assert day(nlp, "A Vietnamese vessel rammed the Malaysian navy's largest ship, the KD Tunas, three times near "
                    "the reef on March 2, officials said.", "ASSAULT") == "2024-03-02"


def test_a_time_on_the_news_conference_dates_what_is_said_there(nlp: Any) -> None:
    assert day(nlp, "At a news conference on Monday, Kenya's foreign minister accused Uganda of stalling.",
               "ACCUSE") == "2024-03-11"


@pytest.mark.parametrize(("text", "etype", "value"), [
    ("Lima broke off ties with Quito in mid-December.", "SANCTION", "2023-12"),
    ("Chile recalled its ambassador in late February.", "SANCTION", "2024-02"),
    ("Bolivia expelled two Chilean diplomats on March 4.", "SANCTION", "2024-03-04"),
])
def test_a_time_hung_on_a_plain_object_is_the_verbs(nlp: Any, text: str, etype: str, value: str) -> None:
    assert day(nlp, text, etype) == value

