"""Lexicon entries of round 13 (docs/events.md), found on a held-out corpus of another story: one's
own hostile acts halted, a pact renounced with "no longer", property blown up, roads cut off, an
appeal made as "encourage" or as a hope about what the parties will do. Each family has a case it
must leave alone. Sentences written for these tests, with invented or varied names."""

from __future__ import annotations

from typing import Any

import pytest

from test_events_stage import run

pytestmark = pytest.mark.slow


def typed(nlp: Any, text: str, trigger: str) -> list[str]:
    return [e.type for e in run(nlp, text) if e.trigger.lower().startswith(trigger)]


@pytest.mark.parametrize(("text", "trigger"), [
    ("Chile said it would temporarily suspend the balloon launches.", "suspend"),
    ("Peru halted its offensive in the north on Monday.", "halted"),
])
def test_halting_ones_own_hostile_acts_is_a_retreat(nlp: Any, text: str, trigger: str) -> None:
    assert typed(nlp, text, trigger) == ["RETREAT"]


def test_halting_flights_stays_a_sanction(nlp: Any) -> None:
    assert typed(nlp, "Ghana suspended all flights to Lome on Tuesday.", "suspend") == ["SANCTION"]


@pytest.mark.parametrize(("text", "trigger"), [
    ("Lima said it would no longer observe any part of the deal.", "observe"),
    ("Peru will never honour the accord.", "honour"),
])
def test_a_pact_renounced_is_a_rejection(nlp: Any, text: str, trigger: str) -> None:
    assert typed(nlp, text, trigger) == ["REJECT"]


def test_a_pact_observed_is_no_rejection(nlp: Any) -> None:
    assert typed(nlp, "Lima said it would observe the deal.", "observe") != ["REJECT"]


@pytest.mark.parametrize("text", [
    "Peru blew up parts of two roads connecting it with Chile.",
    "Bolivian troops destroyed the bridge near the border.",
])
def test_property_blown_up_is_coercion(nlp: Any, text: str) -> None:
    trigger = "blew" if "blew" in text else "destroyed"
    assert typed(nlp, text, trigger) == ["COERCE"]


def test_destroying_evidence_is_no_event(nlp: Any) -> None:
    assert typed(nlp, "Peru destroyed the evidence.", "destroyed") == []


def test_roads_cut_off_are_a_sanction(nlp: Any) -> None:
    assert typed(nlp, "The army said it would completely cut off roads and railways leading to Chile.", "cut") \
        == ["SANCTION"]


def test_a_time_on_a_standing_state_of_the_object_is_the_verbs(nlp: Any) -> None:
    ev = [e for e in run(nlp, "Peru blew up two roads connecting it with Chile on Tuesday.") if e.trigger == "blew"]
    assert ev and ev[0].time is not None and ev[0].time.value == "2024-03-12"


@pytest.mark.parametrize(("text", "target"), [
    ('"We would encourage Peru to choose diplomacy," State Department spokesman John Peterson told reporters.',
     "Peru"),
    ("Chile hopes that all sides will avoid steps that raise tensions.", "sides"),
    ("Peru hopes that Chile will return to the talks.", "Chile"),
])
def test_an_appeal_as_encouragement_or_hope_is_a_request(nlp: Any, text: str, target: str) -> None:
    evs = [e for e in run(nlp, text) if e.type == "REQUEST"]
    assert evs and target in [a.text for a in evs[0].target]


@pytest.mark.parametrize("text", [
    "Peru hoped the visit would help.",
    "Chile encouraged investment in the north.",
])
def test_a_hope_about_things_and_encouraging_things_are_no_request(nlp: Any, text: str) -> None:
    assert not [e for e in run(nlp, text) if e.type == "REQUEST"]


@pytest.mark.parametrize("text", [
    "Peru's government on Saturday withdrew its consent for Chile to look after Bolivia's embassy in Lima.",
    "Chile withdrew its acceptance of the court's jurisdiction in 2019.",
])
def test_a_consent_taken_back_is_a_rejection(nlp: Any, text: str) -> None:
    assert typed(nlp, text, "withdrew") == ["REJECT"]


def test_troops_withdrawn_stay_a_retreat(nlp: Any) -> None:
    assert typed(nlp, "Chile withdrew its troops from the border.", "withdrew") == ["RETREAT"]


def test_an_actor_that_objects_rejects(nlp: Any) -> None:
    assert typed(nlp, "Bolivia was left off after Chile objected, diplomats said.", "objected") == ["REJECT"]


@pytest.mark.parametrize(("text", "trigger"), [
    ("Peru's revised constitution now defines Chile as a hostile state.", "defines"),
    ("Peru branded Chile an enemy state.", "branded"),
])
def test_naming_another_state_an_enemy_is_an_accusation(nlp: Any, text: str, trigger: str) -> None:
    assert typed(nlp, text, trigger) == ["ACCUSE"]


def test_a_definition_of_a_thing_is_no_accusation(nlp: Any) -> None:
    assert typed(nlp, "The law defines a minor as a person under 18.", "defines") == []


@pytest.mark.parametrize(("text", "trigger"), [
    ("Chile admitted responsibility for the crash.", "admitted"),
    ("Peru accepted full responsibility for the incident on Monday.", "accepted"),
])
def test_a_fault_owned_is_a_concession(nlp: Any, text: str, trigger: str) -> None:
    assert typed(nlp, text, trigger) == ["CONCEDE"]


@pytest.mark.parametrize(("text", "trigger"), [
    ("The rebels claimed responsibility for the attack.", "claimed"),
    ("Chile took responsibility for the talks.", "took"),
])
def test_responsibility_claimed_or_taken_on_is_no_concession(nlp: Any, text: str, trigger: str) -> None:
    assert "CONCEDE" not in typed(nlp, text, trigger)


def test_a_pact_declared_void_is_rejected(nlp: Any) -> None:
    assert typed(nlp, "The cabinet declared the memorandum void at an emergency session.", "declared") == ["REJECT"]


def test_a_vote_declared_valid_is_no_rejection(nlp: Any) -> None:
    assert typed(nlp, "The court declared the election valid.", "declared") == []


def test_rocks_thrown_at_troops_are_a_protest(nlp: Any) -> None:
    text = "Protesters threw rocks, bottles and petrol bombs at the peacekeepers guarding the town hall."
    assert typed(nlp, text, "threw") == ["PROTEST"]


def test_a_grenade_thrown_is_no_protest(nlp: Any) -> None:
    assert "PROTEST" not in typed(nlp, "The soldier threw a grenade at the car.", "threw")


def test_an_actor_owning_up_to_a_deed_concedes(nlp: Any) -> None:
    text = "Russian President John Peterson acknowledged on Thursday that Russian missiles had exploded close to the plane."
    assert typed(nlp, text, "acknowledged") == ["CONCEDE"]


def test_acknowledging_a_state_of_things_concedes_nothing(nlp: Any) -> None:
    assert typed(nlp, "Chile acknowledged that the talks were difficult.", "acknowledged") == []


def test_regarding_steps_as_unfriendly_accuses(nlp: Any) -> None:
    text = '"We regard these steps as unfriendly," Chilean Foreign Ministry spokeswoman Maria Gonzalez told a briefing.'
    assert typed(nlp, text, "regard") == ["ACCUSE"]


def test_a_case_taken_to_a_court_is_a_lawsuit(nlp: Any) -> None:
    evs = [e for e in run(nlp, "Peru has said it is preparing to take its case over the crash to an international court.")
           if e.trigger == "take"]
    assert [(e.type, e.mode) for e in evs] == [("ACCUSE", "lawsuit")]


@pytest.mark.parametrize(("text", "trigger"), [
    ("Peru has ordered the Chilean House in Lima to cease its activities.", "ordered"),
    ("Last week the authorities also told the Chilean news agency to reduce its accredited staff to one.", "told"),
])
def test_a_body_made_to_stop_or_shrink_is_sanctioned(nlp: Any, text: str, trigger: str) -> None:
    assert typed(nlp, text, trigger) == ["SANCTION"]


def test_troops_ordered_to_stop_firing_are_no_sanction(nlp: Any) -> None:
    assert "SANCTION" not in typed(nlp, "The general ordered his troops to stop firing.", "ordered")


def test_acknowledging_what_the_other_side_did_not_do_concedes_nothing(nlp: Any) -> None:
    text = "The minister acknowledged that Chile had not breached any rules."
    assert typed(nlp, text, "acknowledged") == []


def test_what_the_object_is_said_not_to_be_accuses_nothing(nlp: Any) -> None:
    text = "Peterson repeated that he regards the group as a resistance movement rather than a terrorist organisation."
    assert typed(nlp, text, "regards") == []


@pytest.mark.parametrize("text", [
    "Asked about the episode, a spokesperson for the Chilean embassy said its staff had been maintaining order.",
    '"The summit changes nothing," said a senior official at the fisheries agency of Peru, who asked not to be named.',
])
def test_a_question_or_anonymity_asked_for_is_no_request(nlp: Any, text: str) -> None:
    assert not [e for e in run(nlp, text) if e.type == "REQUEST"]


def test_ending_a_pact_is_a_rejection(nlp: Any) -> None:
    text = "Chad said on Thursday it was ending its defence cooperation agreement with France."
    assert typed(nlp, text, "ending") == ["REJECT"]


def test_a_deal_that_ends_a_war_rejects_nothing(nlp: Any) -> None:
    assert "REJECT" not in typed(nlp, "The deal ended the war.", "ended")


def test_warplanes_flying_back_home_retreat(nlp: Any) -> None:
    text = "The disengagement began when two fighter jets based in Lima flew back to France on December 10."
    assert typed(nlp, text, "flew") == ["RETREAT"]


def test_voiced_concern_is_disapproval(nlp: Any) -> None:
    text = "Chile's foreign ministry voiced deep concern at the arrest and urged Lima to protect minorities."
    assert typed(nlp, text, "voiced") == ["ACCUSE"]


def test_concern_of_no_actor_is_no_event(nlp: Any) -> None:
    assert typed(nlp, "Analysts expressed concern about prices.", "expressed") == []


def test_goods_barred_are_a_trade_sanction(nlp: Any) -> None:
    text = "Chile last Saturday barred a range of Peruvian goods from entering through its land ports."
    assert typed(nlp, text, "barred") == ["SANCTION"]


def test_a_party_banned_stays_coercion(nlp: Any) -> None:
    assert typed(nlp, "Peru banned the opposition party.", "banned") == ["COERCE"]


def test_a_pledge_about_any_attack_is_no_accusation(nlp: Any) -> None:
    text = ("President John Peterson has signed an order declaring that Chile will regard any armed attack on "
            "the territory of Peru as a threat to its own peace and security.")
    assert "ACCUSE" not in typed(nlp, text, "regard")


@pytest.mark.parametrize("text", [
    "Chile will regard any armed attack on the territory of Peru as a threat to its own security.",
    "There were no talks between Peru and Chile in May.",
])
def test_an_act_named_as_a_kind_is_no_event(nlp: Any, text: str) -> None:
    assert not [e for e in run(nlp, text) if e.type in ("ASSAULT", "CONSULT")]


def test_strikes_called_an_attack_are_an_accusation_not_a_labour_strike(nlp: Any) -> None:
    text = "Peru's foreign minister, Jose Lopez, called the strikes an attack on his country's energy security."
    assert typed(nlp, text, "called") == ["ACCUSE"]
    assert typed(nlp, "The unions called a strike for Monday.", "called") == ["PROTEST"]


def test_an_anti_campaign_named_accuses(nlp: Any) -> None:
    text = "Lopez described the announcement as part of an anti-Peruvian campaign timed to the debate."
    assert typed(nlp, text, "described") == ["ACCUSE"]


def test_a_round_of_consultations_called_off_is_rejected(nlp: Any) -> None:
    text = "Lopez said Peru was calling off a round of consultations with Chile that had been scheduled for next week."
    assert typed(nlp, text, "calling") == ["REJECT"]


def test_a_veto_dropped_is_a_concession(nlp: Any) -> None:
    text = "Peru had been the last holdout before Lopez dropped his veto at a summit in February."
    assert typed(nlp, text, "dropped") == ["CONCEDE"]


def test_regarding_steps_as_unfriendly_read_as_an_adverbial_clause_accuses(nlp: Any) -> None:
    text = ('Lima reacted sharply. "We regard these steps as unfriendly and as a deliberate attempt to damage the '
            'ties that have connected our peoples for decades," Chilean spokeswoman Maria Gonzalez told a briefing.')
    assert typed(nlp, text, "regard") == ["ACCUSE"]


def test_a_body_ordered_to_cease_across_an_apposition_is_sanctioned(nlp: Any) -> None:
    text = ("Peru has ordered the Chilean House in Lima, the cultural centre run by Santiago's culture agency, to "
            "cease its activities, in the clearest sign yet that the dispute is spilling over.")
    assert typed(nlp, text, "ordered") == ["SANCTION"]
