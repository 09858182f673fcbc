"""Event triggers, round 6: families of political events a broad battery of the team's own sentences
found missing (annexation, troop movements, alerts and exercises, sentences, measures imposed, refusals
to negotiate, blocked convoys, exchanges of fire, packages blocked), with the own forces moved kept out
of the targets. Each family has a case it must leave alone. Sentences written for these tests."""

from __future__ import annotations

from typing import Any

import pytest

from test_events_round3 import texts, types
from test_events_stage import only, run

pytestmark = pytest.mark.slow


def test_annexing_territory_is_a_seizure(nlp: Any) -> None:
    ev = only(run(nlp, "Turkey annexed two Greek islands in May."), "COERCE")
    assert ev.mode == "seize" and texts(ev.source) == ["Turkey"]


@pytest.mark.parametrize(("text", "target"), [
    ("Nicaragua moved troops to its border with Honduras on Tuesday.", "Honduras"),
    ("Peru sent a patrol ship to Chile.", "Chile"),
    ("Brazil reinforced its military presence along the border with Bolivia.", "Bolivia"),
    ("NATO deployed additional troops to Estonia.", "Estonia"),
])
def test_forces_moved_aim_at_where_they_go_not_at_themselves(nlp: Any, text: str, target: str) -> None:
    ev = only(run(nlp, text), "MOBILIZE")
    assert texts(ev.target) == [target]


@pytest.mark.parametrize("text", ["Peru moved the meeting to Friday.", "Peru sent a letter to Chile."])
def test_moving_or_sending_other_things_is_no_mobilisation(nlp: Any, text: str) -> None:
    assert "MOBILIZE" not in types(run(nlp, text))


@pytest.mark.parametrize("text", [
    "Serbia put its army on high alert on Friday.",
    "China staged large-scale military exercises around Taiwan on Thursday.",
    "Iran conducted naval drills in the Gulf.",
])
def test_alerts_and_exercises_are_mobilisation(nlp: Any, text: str) -> None:
    assert "MOBILIZE" in types(run(nlp, text))


def test_putting_a_plan_on_hold_is_no_alert(nlp: Any) -> None:
    assert "MOBILIZE" not in types(run(nlp, "Serbia put the plan on hold."))


def test_a_court_sentencing_an_opponent_is_legal_coercion(nlp: Any) -> None:
    assert only(run(nlp, "The court sentenced the opposition leader to five years in prison."), "COERCE").mode == "arrest"


def test_imposing_measures_on_a_party_is_a_sanction(nlp: Any) -> None:
    ev = only(run(nlp, "The EU imposed measures against Kosovo in June."), "SANCTION")
    assert texts(ev.target) == ["Kosovo"]


def test_refusing_to_negotiate_is_a_rejection(nlp: Any) -> None:
    assert "REJECT" in types(run(nlp, "Peru said it would not negotiate over its territory."))


def test_talks_that_did_not_yield_results_are_no_rejection(nlp: Any) -> None:
    assert "REJECT" not in types(run(nlp, "The talks did not yield results."))


def test_blocking_convoys_restricts_movement(nlp: Any) -> None:
    assert "COERCE" in types(run(nlp, "Israel blocked aid convoys from entering Gaza."))


def test_a_donor_halting_its_aid_is_no_blockade(nlp: Any) -> None:
    assert "COERCE" not in types(run(nlp, "Sweden halted aid to the agency."))


def test_exchanging_fire_is_two_sided(nlp: Any) -> None:
    ev = only(run(nlp, "Armenia and Azerbaijan exchanged fire along the border."), "ASSAULT")
    assert {*texts(ev.source), *texts(ev.target)} == {"Armenia", "Azerbaijan"}


def test_exchanging_views_is_no_fight(nlp: Any) -> None:
    assert "ASSAULT" not in types(run(nlp, "Armenia and Azerbaijan exchanged views on the border."))


def test_blocking_a_package_rejects_it(nlp: Any) -> None:
    ev = only(run(nlp, "Hungary blocked the EU sanctions package."), "REJECT")
    assert texts(ev.source) == ["Hungary"]


def test_forces_moved_in_the_passive_are_their_owners_move(nlp: Any) -> None:
    ev = only(run(nlp, "Officials said as many as 5,000 Kenyan troops may be deployed to Haiti."), "MOBILIZE")
    assert ev.source and ev.modality == "hedged"


def test_cutting_off_supplies_is_a_sanction(nlp: Any) -> None:
    ev = only(run(nlp, "Ukraine cut off gas transit to Hungary."), "SANCTION")
    assert texts(ev.source) == ["Ukraine"]


def test_cutting_a_ribbon_is_no_sanction(nlp: Any) -> None:
    assert "SANCTION" not in types(run(nlp, "The minister cut the ribbon at the new port."))


def test_vowing_to_retaliate_is_a_threat(nlp: Any) -> None:
    assert "THREATEN" in types(run(nlp, "Tehran vowed to retaliate for the raid."))


def test_vowing_to_cooperate_is_no_threat(nlp: Any) -> None:
    assert "THREATEN" not in types(run(nlp, "Tehran vowed to cooperate with the inspectors."))


def test_ratifying_a_treaty_is_an_agreement(nlp: Any) -> None:
    ev = only(run(nlp, "The parliament ratified the treaty on Wednesday."), "AGREE")
    assert ev.trigger == "ratified" and ev.source


def test_disengagement_is_a_retreat(nlp: Any) -> None:
    assert "RETREAT" in types(run(nlp, "India and China completed the disengagement of troops from the border."))


def test_closing_airspace_restricts_movement(nlp: Any) -> None:
    assert "COERCE" in types(run(nlp, "Pakistan closed its airspace to Indian airlines."))


def test_dissolving_parties_is_repression(nlp: Any) -> None:
    assert "COERCE" in types(run(nlp, "The junta dissolved all political parties."))


def test_dissolving_a_tablet_is_nothing(nlp: Any) -> None:
    assert "COERCE" not in types(run(nlp, "The nurse dissolved the tablet in water."))


def test_taking_control_of_buildings_is_a_seizure(nlp: Any) -> None:
    assert only(run(nlp, "Kosovo police took control of the municipal buildings."), "COERCE").mode == "seize"


def test_denying_involvement_denies_the_act(nlp: Any) -> None:
    ev = only(run(nlp, "Belgrade denied any involvement in the attack."), "ASSAULT")
    assert ev.modality == "denied"


def test_admitting_involvement_asserts_the_act(nlp: Any) -> None:
    assert only(run(nlp, "Belgrade admitted involvement in the attack."), "ASSAULT").modality == "asserted"


def test_a_capitalised_group_noun_at_a_sentence_start_acts(nlp: Any) -> None:
    ev = only(run(nlp, "Rebels shelled the outskirts of Bukavu overnight."), "ASSAULT")
    assert texts(ev.source) == ["Rebels"]


def test_his_counterpart_is_the_other_side(nlp: Any) -> None:
    ev = only(run(nlp, "Kenya's foreign minister met his Ugandan counterpart in Nairobi on Monday."), "CONSULT")
    assert any("counterpart" in r.text for r in ev.source + ev.target)  # the host's venue decides who visits


def test_its_own_troops_are_still_no_target(nlp: Any) -> None:
    ev = only(run(nlp, "Kenya withdrew its troops from the town."), "RETREAT")
    assert not any("troops" in r.text for r in ev.target)
