"""Event roles, round 12 (found on held-out corpora of other stories): who leaves in a withdrawal named
by a noun ("its withdrawal from the committee", "the withdrawal of Peruvian troops from Bolivia"),
and where an expulsion happens against whom it acts ("expelled Chilean diplomats from Lima" of a
Peruvian subject). Each rule has a look-alike it must not change. Sentences written for these tests,
with invented people; the anchor 2024-03-15 is a Friday."""

from __future__ import annotations

from typing import Any

import pytest

from test_events_stage import countries, only, run

pytestmark = pytest.mark.slow


# ---------------------------------------------------------------- withdrawals named by a noun


@pytest.mark.parametrize("text, source, target", [
    ("Bolivia also announced its immediate withdrawal from the Andean Defence Council, a regional body.",
     "Bolivia", "Andean Defence Council"),
    ("Paraguay completed its withdrawal from the alliance on Monday.", "Paraguay", "alliance"),
])
def test_what_a_withdrawal_leaves_is_its_target_not_its_source(nlp: Any, text: str, source: str,
                                                                 target: str) -> None:
    ev = only(run(nlp, text), "RETREAT")
    assert [r.text for r in ev.source] == [source]
    assert [r.text for r in ev.target] == [target]


def test_the_withdrawal_of_troops_names_who_leaves(nlp: Any) -> None:
    ev = only(run(nlp, "The withdrawal of Peruvian troops from Bolivia ended in December."), "RETREAT")
    assert countries(ev.source) == {"Peru"} and countries(ev.target) == {"Bolivia"}


def test_the_release_of_a_prisoner_names_no_releaser(nlp: Any) -> None:
    """Whom another lets go is no one who leaves of their own accord: not the act's source."""
    ev = only(run(nlp, "The visit ended with the release of Tomas Ibarra, a Chilean lawyer."), "RETREAT")
    assert "Tomas Ibarra" not in [r.text for r in ev.source]


# ---------------------------------------------------------------- expulsions from one's own capital


@pytest.mark.parametrize("text", [
    "Peru answered by expelling Chilean diplomats from Lima and summoning the charge d'affaires.",
    "Peru expelled two Chilean diplomats from Lima on Monday.",
])
def test_expelling_from_ones_own_capital_acts_on_the_expelled(nlp: Any, text: str) -> None:
    ev = only(run(nlp, text), "SANCTION")
    assert ev.mode == "expel"
    assert countries(ev.target) == {"Chile"}


def test_recalling_an_envoy_from_the_other_capital_still_targets_it(nlp: Any) -> None:
    ev = only(run(nlp, "Peru recalled its ambassador from Santiago on Monday."), "SANCTION")
    assert countries(ev.target) == {"Chile"}


# ---------------------------------------------------------------- "called in the envoy"


@pytest.mark.parametrize("text", [
    "On July 31 Quito called in Peru's envoy, Ana Ruiz, over remarks by a presidential aide.",
    "The ministry called in the Chilean ambassador on Monday.",
])
def test_calling_in_an_envoy_is_a_protest_at_his_country(nlp: Any, text: str) -> None:
    ev = only(run(nlp, text), "ACCUSE")
    assert ev.trigger == "called"
    assert countries(ev.target) in ({"Peru"}, {"Chile"})


@pytest.mark.parametrize("text", [
    "The government called in the army to restore order.",
    "The envoy called in at the ministry on his way home.",
])
def test_calling_in_anyone_else_is_no_protest(nlp: Any, text: str) -> None:
    assert not [e for e in run(nlp, text) if e.type == "ACCUSE"]


# ---------------------------------------------------------------- departures, bodies left, embassies closed


@pytest.mark.parametrize("text, target", [
    ("The last Peruvian troops left Bolivia on Friday, December 22.", "Bolivia"),
    ("Ambassador Ana Ruiz flew out of La Paz on September 27.", "La Paz"),
])
def test_forces_or_envoys_leaving_a_country_retreat(nlp: Any, text: str, target: str) -> None:
    ev = only(run(nlp, text), "RETREAT")
    assert [r.text for r in ev.target] == [target]


@pytest.mark.parametrize("text", [
    "The minister left the meeting early.",
    "The president left Lima for Quito on Monday.",  # a trip, not a pull-out
    "Chile has ordered six Peruvian diplomats to leave the country.",  # the order is the act (an expulsion)
])
def test_other_leavings_are_no_retreat(nlp: Any, text: str) -> None:
    assert not [e for e in run(nlp, text) if e.type == "RETREAT"]


def test_quitting_a_body_is_a_retreat_from_it(nlp: Any) -> None:
    ev = only(run(nlp, "Peru, Chile and Bolivia said they were quitting the alliance with immediate effect."),
              "RETREAT")
    assert countries(ev.source) == {"Peru", "Chile", "Bolivia"}


def test_quitting_a_job_is_none(nlp: Any) -> None:
    assert not [e for e in run(nlp, "The spokesman quit his job in May.") if e.type == "RETREAT"]


def test_an_embassy_that_closes_is_a_cut_in_presence(nlp: Any) -> None:
    ev = only(run(nlp, "The Peruvian foreign ministry said that the embassy in La Paz would close until further "
                       "notice."), "SANCTION")
    assert ev.mode == "withdraw" and ev.modality == "planned"


@pytest.mark.parametrize("text", [
    "The junta first ordered the envoy out on August 25.",
    "On August 25 the junta gave the ambassador two days to go.",
])
def test_ordering_an_envoy_out_is_an_expulsion(nlp: Any, text: str) -> None:
    ev = only(run(nlp, text), "SANCTION")
    assert ev.mode == "expel"


def test_a_deadline_given_is_no_aid(nlp: Any) -> None:
    assert not [e for e in run(nlp, "The junta ordered the envoy out, giving him two days to go.") if e.type == "AID"]


def test_a_body_of_no_named_country_closing_is_the_announcing_sides_measure(nlp: Any) -> None:
    ev = only(run(nlp, "The Peruvian foreign ministry said on Thursday that the embassy in La Paz would close "
                       "until further notice."), "SANCTION")
    assert countries(ev.source) == {"Peru"} and countries(ev.target) == {"Bolivia"}


def test_a_named_body_keeps_its_own_measure(nlp: Any) -> None:
    ev = only(run(nlp, "The ministry said the Chilean embassy in Lima would close."), "SANCTION")
    assert "ministry" not in [r.text for r in ev.source]


# ---------------------------------------------------------------- rounds told by a course verb or a trip


def test_a_round_that_followed_somewhere_is_kept_with_its_place(nlp: Any) -> None:
    """The parser reads "A second round followed in Lima" as a noun with a clause: the clause carries it."""
    events = run(nlp, "The negotiations opened in Quito on April 12.\n\nA second round followed in Lima a week later.")
    rounds = [e for e in events if e.trigger == "round"]
    assert rounds and rounds[0].location is not None and rounds[0].location.text == "Lima"


def test_returning_somewhere_for_a_round_gives_its_place_and_day(nlp: Any) -> None:
    events = run(nlp, "The negotiations opened in Quito on April 12. On April 26, negotiators returned to Quito "
                      "for a third round.")
    third = [e for e in events if e.trigger == "round"]
    assert third and third[0].time is not None and third[0].time.value == "2024-04-26"


# ---------------------------------------------------------------- ratifying, boycotting, praising, recalling


@pytest.mark.parametrize("text", [
    "Peru's parliament voted on Tuesday to ratify Chile's application to join the bloc.",
    "The president signed the ratification law two days later.",
])
def test_ratifying_anything_is_an_agreement(nlp: Any, text: str) -> None:
    assert only(run(nlp, text), "AGREE")


@pytest.mark.parametrize("text", [
    "Lima told the court days earlier that it would not take part.",
    "The foreign minister did not attend the summit.",
])
def test_not_taking_part_is_a_rejection(nlp: Any, text: str) -> None:
    assert only(run(nlp, text), "REJECT")


def test_taking_part_is_no_rejection(nlp: Any) -> None:
    assert not [e for e in run(nlp, "Peru took part in the talks.") if e.type == "REJECT"]


@pytest.mark.parametrize("text", [
    "President Ana Ruiz called the verdict a victory for the rule of law.",
    "The minister described the deal as a historic step.",
])
def test_naming_a_happening_a_success_is_support(nlp: Any, text: str) -> None:
    assert only(run(nlp, text), "SUPPORT").trigger in ("called", "described")


def test_naming_a_happening_a_mistake_is_no_support(nlp: Any) -> None:
    assert not [e for e in run(nlp, "He called the decision a mistake.") if e.type == "SUPPORT"]


def test_ordering_ones_envoy_home_is_a_recall(nlp: Any) -> None:
    ev = only(run(nlp, "Peru on Saturday ordered its ambassador in Santiago, Ana Ruiz, to come home."), "SANCTION")
    assert ev.mode == "recall" and countries(ev.target) == {"Chile"}


def test_a_meeting_of_an_hour_between_two_people_names_them(nlp: Any) -> None:
    ev = only(run(nlp, "The breakthrough followed a meeting of about an hour between Maria Gonzalez and John Peterson."),
              "CONSULT")
    assert [r.text for r in ev.source + ev.target] == ["Maria Gonzalez", "John Peterson"]


# ---------------------------------------------------------------- statements, cancelled visits, burnings


def test_a_statement_that_rejects_speaks_for_whoever_issued_it(nlp: Any) -> None:
    ev = only(run(nlp, "Hours later, President Maria Gonzalez issued a statement in Lima that rejected the "
                       "judgment outright."), "REJECT")
    assert [r.text for r in ev.source] == ["Maria Gonzalez"]


@pytest.mark.parametrize("text", [
    "Lima had called off a trip by the Chilean defence minister, who was due in the capital on Friday.",
    "Peru cancelled the visit of the Chilean delegation.",
])
def test_calling_off_a_visit_is_a_rejection(nlp: Any, text: str) -> None:
    assert only(run(nlp, text), "REJECT")


def test_calling_off_a_strike_is_no_rejection(nlp: Any) -> None:
    assert not [e for e in run(nlp, "The unions called off the strike on Monday.") if e.type == "REJECT"]


@pytest.mark.parametrize("text", [
    "The talks stalled after the burning of a copy of the Quran outside the Peruvian embassy.",
    "Protesters burned the Chilean flag in Lima.",
])
def test_burning_a_flag_or_a_holy_book_is_a_protest(nlp: Any, text: str) -> None:
    assert only(run(nlp, text), "PROTEST")


def test_a_fire_burning_a_village_is_no_protest(nlp: Any) -> None:
    assert not [e for e in run(nlp, "The fire burned the village.") if e.type == "PROTEST"]


def test_calling_an_act_vile_is_an_accusation(nlp: Any) -> None:
    assert only(run(nlp, 'Foreign Minister Maria Gonzalez called the act "vile" on social media.'), "ACCUSE")
