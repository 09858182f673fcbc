"""Event triggers, actors and modality, round 4 (found on two held-out corpora of other stories):
a verb beside a reported clause, deals struck, "declared X in breach", hitting back with missiles,
an operation that hit, and its owner as the actor. Sentences written for these tests, with invented
or varied names."""

from __future__ import annotations

from typing import Any

import pytest

from newsgraph.model import EventMention
from test_events_round3 import texts, types
from test_events_stage import only, run

pytestmark = pytest.mark.slow


def by_trigger(events: list[EventMention], trigger: str) -> EventMention:
    found = [e for e in events if e.trigger == trigger]
    assert found, f"no event on {trigger!r} in {[(e.type, e.trigger) for e in events]}"
    return found[0]


# ---------------------------------------------------------------- "X repeated that Y has never ..., and accused Z"


def test_past_verb_after_a_negated_reported_clause_is_the_speakers_act(nlp: Any) -> None:
    ev = by_trigger(run(nlp, "President Jo Lind repeated that Norland has never sought a weapon, "
                             "and accused Sudland of bombing the port."), "accused")
    assert ev.type == "ACCUSE" and ev.modality == "asserted"
    assert "Jo Lind" in texts(ev.source) and "Sudland" in texts(ev.target)


def test_negated_verb_with_its_own_coordinated_verb_stays_negated(nlp: Any) -> None:
    events = run(nlp, "Jo Lind did not plan to attack or invade the port.")
    assert "ASSAULT" not in types(events)


def test_verb_sharing_an_auxiliary_keeps_the_plan(nlp: Any) -> None:
    ev = by_trigger(run(nlp, "Jo Lind said he would visit Norland and sign the pact."), "sign")
    assert ev.modality != "asserted"


# ---------------------------------------------------------------- deals struck


@pytest.mark.parametrize("text", [
    "Jo Lind struck a deal with Ann Roe in Varna on Monday.",
    "The snapback threatens the fragile deal Jo Lind struck with Ann Roe in Varna on Monday.",
])
def test_a_deal_struck_is_an_agreement_of_its_makers(nlp: Any, text: str) -> None:
    ev = only(run(nlp, text), "AGREE")
    assert {"Jo Lind", "Ann Roe"} <= set(texts(ev.source) + texts(ev.target))
    assert "ASSAULT" not in types(run(nlp, text))


def test_striking_a_city_is_still_an_attack(nlp: Any) -> None:
    assert types(run(nlp, "Norland struck the city of Varna on Monday.")) == {"ASSAULT"}


# ---------------------------------------------------------------- "declared X in breach of its obligations"


@pytest.mark.parametrize("text", [
    "On Thursday, the board of the Union Atomic Agency declared Norland in breach of its obligations.",
    "The tribunal found Norland in violation of the border accord on Monday.",
])
def test_declared_in_breach_is_an_accusation(nlp: Any, text: str) -> None:
    ev = only(run(nlp, text), "ACCUSE")
    assert "Norland" in texts(ev.target)


def test_declared_a_holiday_is_no_accusation(nlp: Any) -> None:
    assert "ACCUSE" not in types(run(nlp, "Norland declared Monday a holiday for its soldiers."))


# ---------------------------------------------------------------- hitting back with missiles; an operation that hit


@pytest.mark.parametrize("text", [
    "Varna hit back on Friday night with waves of ballistic missiles aimed at Sudland's cities.",
    "Norland retaliated with drone strikes on Monday.",
])
def test_hitting_back_with_weapons_is_an_attack(nlp: Any, text: str) -> None:
    assert "ASSAULT" in types(run(nlp, text))


def test_hitting_back_at_critics_is_no_attack(nlp: Any) -> None:
    assert "ASSAULT" not in types(run(nlp, "The minister hit back at critics with a long statement on Monday."))


def test_an_operation_that_hit_is_its_owners_attack(nlp: Any) -> None:
    ev = by_trigger(run(nlp, "Norland's pre-dawn operation on Friday hit the enrichment plant at Varna."), "hit")
    assert ev.type == "ASSAULT" and "Norland" in texts(ev.source)


def test_a_storm_that_hit_is_no_attack(nlp: Any) -> None:
    assert "ASSAULT" not in types(run(nlp, "The storm hit the coast of Norland on Monday."))


# ---------------------------------------------------------------- charges and denials


def test_accusations_with_their_content_are_one_charge(nlp: Any) -> None:
    ev = by_trigger(run(nlp, "Peru on Wednesday rejected Chilean accusations that its troops had laid new "
                             "mines along the border."), "accusations")
    assert ev.type == "ACCUSE" and ev.modality == "asserted"


def test_accusations_in_general_are_no_charge(nlp: Any) -> None:
    assert "ACCUSE" not in types(run(nlp, "Norland has long faced accusations of bias from Sudland."))


def test_a_denial_with_its_own_object_does_not_deny_the_clause_before(nlp: Any) -> None:
    ev = by_trigger(run(nlp, "Varna accused Norland of planting the mines recently; Norland denied the charge."),
                    "accused")
    assert ev.modality == "asserted"


def test_a_denied_clause_stays_denied(nlp: Any) -> None:
    ev = by_trigger(run(nlp, "Norland denied that its army had attacked the port of Varna."), "attacked")
    assert ev.modality == "denied"


# ---------------------------------------------------------------- martial law; "their leaders"


@pytest.mark.parametrize("text", ["Peru declared martial law on Friday in eight districts bordering Chile.",
                                  "Chile imposed a state of emergency in the north on Monday."])
def test_martial_law_is_coercion_by_who_declares_it(nlp: Any, text: str) -> None:
    ev = only(run(nlp, text), "COERCE")
    assert ev.mode == "martial-law" and len(ev.source) == 1 and not ev.target


def test_martial_law_said_to_be_over_is_no_declaration(nlp: Any) -> None:
    assert "COERCE" not in types(run(nlp, "The general declared that martial law was over."))


def test_their_leaders_are_the_leaders_of_the_pair_named_above(nlp: Any) -> None:
    ev = only(run(nlp, "Peru and Chile agreed on Monday to halt the fighting, after their leaders held talks "
                       "in Quito."), "CONSULT")
    assert {r.country for r in ev.source + ev.target} == {"Peru", "Chile"}


def test_their_leaders_of_an_unnamed_group_stay_unresolved(nlp: Any) -> None:
    ev = only(run(nlp, "Police arrested the protesters after their leaders called for a strike."), "REQUEST")
    assert "Police" not in texts(ev.source)


@pytest.mark.parametrize("text", ["Jo Lind struck a more cautious note on Monday.", "Jo Lind struck a balance between the two."])
def test_struck_a_note_is_no_attack(nlp: Any, text: str) -> None:
    assert "ASSAULT" not in types(run(nlp, text))


# ---------------------------------------------------------------- "led X to accuse Y": the object acts


def test_the_object_of_led_is_who_accuses(nlp: Any) -> None:
    ev = by_trigger(run(nlp, "In July, blasts that wounded soldiers led Peru to accuse Chile of laying new mines."),
                    "accuse")
    assert "Peru" in texts(ev.source) and "Chile" in texts(ev.target)


def test_who_promises_does_what_is_promised(nlp: Any) -> None:
    ev = by_trigger(run(nlp, "Peru promised Chile to withdraw its troops from the border."), "promised")
    assert "Peru" in texts(ev.source)


# ---------------------------------------------------------------- who: boards, weapons' aims, "the emir"


def test_the_board_of_governors_of_a_body_is_that_body(nlp: Any) -> None:
    ev = only(run(nlp, "On Thursday, the board of governors of the International Atomic Energy Agency declared "
                       "Norland in breach of its obligations."), "ACCUSE")
    assert texts(ev.source) == ["International Atomic Energy Agency"]


def test_missiles_aimed_at_a_city_target_it(nlp: Any) -> None:
    ev = only(run(nlp, "Chile hit back on Friday night with waves of missiles aimed at Lima and other cities."), "ASSAULT")
    assert "Lima" in texts(ev.target)


def test_the_office_noun_is_the_person_named_with_that_office(nlp: Any) -> None:
    events = run(nlp, "Kenyan President William Ruto arrived on Sunday. Jo Lind met the president on Monday.")
    ev = by_trigger(events, "met")
    assert texts(ev.target) == ["William Ruto"]


def test_the_office_noun_nobody_held_stays_a_noun(nlp: Any) -> None:
    ev = by_trigger(run(nlp, "Jo Lind met the president on Monday."), "met")
    assert "William Ruto" not in texts(ev.target)


# ---------------------------------------------------------------- the one other country of the sentence


def test_an_attack_with_no_target_is_aimed_at_the_one_other_country_named(nlp: Any) -> None:
    events = run(nlp, "Chile's army said it had launched retaliatory strikes after Peru fired missiles at "
                      "three air bases.")
    ev = by_trigger(events, "strikes")
    assert {r.country for r in ev.target} == {"Peru"}


def test_an_attack_beside_two_other_countries_keeps_no_target(nlp: Any) -> None:
    ev = by_trigger(run(nlp, "Chile launched air strikes on Monday, as Peru and Bolivia watched."), "strikes")
    assert not ev.target


def test_a_coordinated_verb_after_an_order_is_the_orderers_act(nlp: Any) -> None:
    events = run(nlp, "On Thursday Peru hit back by downgrading relations to the lowest level, ordering all but "
                      "one Chilean diplomat to leave and pulling its own staff out of Santiago.")
    ev = by_trigger(events, "pulling")
    assert {r.country for r in ev.source} == {"Peru"}


@pytest.mark.parametrize(("text", "trigger", "doer"), [
    ("The government in Lima accused Chile on Tuesday of carrying out air strikes near the border.", "strikes", "Chile"),
    ("Peru blamed Chile for shelling the border post on Monday.", "shelling", "Chile"),
])
def test_the_accused_is_who_did_the_act(nlp: Any, text: str, trigger: str, doer: str) -> None:
    ev = by_trigger(run(nlp, text), trigger)
    assert {r.country for r in ev.source} == {doer}


def test_an_accusation_summed_up_as_a_charge_that_was_rejected_stands(nlp: Any) -> None:
    events = run(nlp, "The government in Lima accused Chile on Tuesday of carrying out overnight air strikes near "
                      "the border that killed ten civilians, a charge Chile's military flatly rejected.")
    ev = by_trigger(events, "accused")
    assert ev.type == "ACCUSE" and ev.modality == "asserted"


def test_being_in_contact_with_a_party_is_a_consultation(nlp: Any) -> None:
    ev = only(run(nlp, "Peru has been in close contact with Chile since the crisis began."), "CONSULT")
    assert "Chile" in texts(ev.target)


def test_contact_with_a_virus_is_no_consultation(nlp: Any) -> None:
    assert "CONSULT" not in types(run(nlp, "Nurses in Lima came into contact with the virus on Monday."))


@pytest.mark.parametrize(("text", "trigger"), [
    ("The military chiefs of Peru and Chile spoke for a second time on Monday.", "spoke"),
    ("Peru and Chile talked for an hour on Friday.", "talked"),
])
def test_a_pair_that_spoke_consulted(nlp: Any, text: str, trigger: str) -> None:
    ev = by_trigger(run(nlp, text), trigger)
    assert ev.type == "CONSULT" and {r.country for r in ev.source + ev.target} == {"Peru", "Chile"}


def test_one_speaker_at_a_rally_is_no_consultation(nlp: Any) -> None:
    assert "CONSULT" not in types(run(nlp, "Jo Lind spoke at the rally in Lima on Monday."))


def test_he_in_a_clause_told_by_a_participle_is_the_hosts_subject(nlp: Any) -> None:
    ev = by_trigger(run(nlp, "Prime Minister Ilse Marrow went further, telling a government meeting that she would "
                             "sign the treaty \"anywhere and at any time\" convenient for Quito."), "sign")
    assert texts(ev.source) == ["Ilse Marrow"]
