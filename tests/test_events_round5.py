"""Event triggers and actors, round 5 (found on two new held-out corpora of other stories): envoys
summoned, expelled or ordered out, consulates closed, water cannon and ramming at sea, arrangements
reached, protocols signed, a fronted time without a comma ("In February Kenya signed ..."), a verb the
parser read as an adjective after "and" ("and closed Ugandan consulates"), and two verbs sharing one
object ("rammed and boarded the boats"). Each rule has a case it must leave alone. Sentences written
for these tests, with invented or varied names."""

from __future__ import annotations

from typing import Any

import pytest

from test_events_round3 import texts, types
from test_events_stage import only, run

pytestmark = pytest.mark.slow


def test_summoning_an_envoy_is_a_protest(nlp: Any) -> None:
    ev = only(run(nlp, "Chile's foreign ministry summoned Peruvian ambassador Rosa Quispe on Monday."), "ACCUSE")
    assert ev.trigger == "summoned" and ev.time is not None and ev.time.value == "2024-03-11"


@pytest.mark.parametrize("text", ["She summoned the courage to speak.",
                                  "The president summoned his cabinet to an emergency meeting."])
def test_other_summoning_is_no_protest(nlp: Any, text: str) -> None:
    assert "ACCUSE" not in types(run(nlp, text))


def test_ordering_an_ambassador_to_leave_is_an_expulsion(nlp: Any) -> None:
    ev = only(run(nlp, "Kenya ordered Uganda's ambassador to leave the country within 48 hours."), "SANCTION")
    assert ev.mode == "expel" and texts(ev.source) == ["Kenya"]
    assert any("Uganda" in r.text for r in ev.target)


def test_ordering_troops_to_leave_is_no_expulsion(nlp: Any) -> None:
    assert not [e for e in run(nlp, "Kenya ordered its troops to leave the camp.") if e.mode == "expel"]


def test_kicking_out_an_envoy_is_an_expulsion(nlp: Any) -> None:
    assert only(run(nlp, "Ghana kicked out Togo's envoy on Friday."), "SANCTION").mode == "expel"


def test_closing_consulates_after_an_expulsion_is_a_second_sanction(nlp: Any) -> None:
    events = run(nlp, "Kenya ordered Uganda's ambassador to leave the country and closed Ugandan consulates "
                      "in Kisumu and Eldoret.")
    sanctions = [e for e in events if e.type == "SANCTION"]
    assert {e.mode for e in sanctions} == {"expel", "withdraw"}
    closing = next(e for e in sanctions if e.mode == "withdraw")
    assert texts(closing.source) == ["Kenya"]


def test_closing_a_school_is_no_sanction(nlp: Any) -> None:
    assert "SANCTION" not in types(run(nlp, "Kenya closed the school in Kisumu."))


@pytest.mark.parametrize("text", [
    "On March 5, a Vietnamese coast guard ship fired water cannon at a Malaysian fishing boat.",
    "Vietnamese vessels turned their water cannon on two Malaysian ships.",
    "Police used tear gas on protesters in Accra.",
])
def test_water_cannon_and_tear_gas_are_coercion(nlp: Any, text: str) -> None:
    assert "COERCE" in types(run(nlp, text))


def test_firing_a_spokesman_is_no_coercion(nlp: Any) -> None:
    assert "COERCE" not in types(run(nlp, "The ministry fired its spokesman after the water scandal."))


def test_ramming_a_ship_is_an_assault(nlp: Any) -> None:
    ev = only(run(nlp, "A Vietnamese coast guard vessel rammed a Malaysian patrol boat near the reef."), "ASSAULT")
    assert ev.trigger == "rammed" and ev.source


def test_ramming_a_point_home_is_no_assault(nlp: Any) -> None:
    assert "ASSAULT" not in types(run(nlp, "The minister rammed home the point in Parliament."))


def test_two_verbs_joined_by_and_share_their_object(nlp: Any) -> None:
    ev = only(run(nlp, "Vietnamese coast guard personnel rammed and boarded Malaysian boats on Monday."), "ASSAULT")
    assert ev.source and ev.target


@pytest.mark.parametrize("text", [
    "Chile and Peru have reached a provisional arrangement on fishing rights.",
    "Chile and Peru worked out a compromise on the border.",
])
def test_reaching_an_arrangement_is_an_agreement(nlp: Any, text: str) -> None:
    ev = only(run(nlp, text), "AGREE")
    assert {*texts(ev.source), *texts(ev.target)} == {"Chile", "Peru"}


def test_seating_arrangements_are_no_agreement(nlp: Any) -> None:
    assert "AGREE" not in types(run(nlp, "Chile changed the seating arrangements for the summit."))


def test_signing_a_protocol_is_an_agreement(nlp: Any) -> None:
    ev = only(run(nlp, "On March 4 the presidents of Chile and Peru signed a military cooperation protocol."), "AGREE")
    assert ev.time is not None and ev.time.value == "2024-03-04"


def test_an_agreement_signed_with_a_party_names_it(nlp: Any) -> None:
    ev = only(run(nlp, "Kenya signed a defence agreement with Uganda."), "AGREE")
    assert texts(ev.source) == ["Kenya"] and texts(ev.target) == ["Uganda"]


def test_a_fronted_time_without_a_comma_keeps_the_subject(nlp: Any) -> None:
    ev = only(run(nlp, "In February Kenya signed a defence agreement with Uganda."), "AGREE")
    assert texts(ev.source) == ["Kenya"] and texts(ev.target) == ["Uganda"]


def test_saying_a_party_bore_responsibility_blames_it(nlp: Any) -> None:
    ev = only(run(nlp, "Spokesperson Ana Ruiz said Bolivia bore full responsibility for the clash."), "ACCUSE")
    assert texts(ev.source) == ["Ana Ruiz"] and texts(ev.target) == ["Bolivia"]


def test_taking_responsibility_oneself_is_no_accusation(nlp: Any) -> None:
    assert "ACCUSE" not in types(run(nlp, "The minister said he bore responsibility for the delay."))


def test_a_leaders_government_acts_for_the_leader(nlp: Any) -> None:
    ev = only(run(nlp, "President William Ruto's government recalled its envoy from Kampala on Monday."), "SANCTION")
    assert texts(ev.source) == ["William Ruto"]


def test_a_leaders_book_is_no_actor(nlp: Any) -> None:
    assert not [e for e in run(nlp, "President William Ruto's book criticised Uganda.") if texts(e.source) == ["William Ruto"]]
