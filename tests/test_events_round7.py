"""Event triggers, round 7 (found on two more held-out corpora): planes turned back, tariffs placed or
duties raised, visa processing halted, envoys of any rank recalled, decertification (and any "-ied" verb
the lemmatizer does not know), drones brought down, armies routed, "said X was protecting armed groups",
cases filed at a court, labels as charges, and charges rejected or denied (REJECT). Each family has a case
it must leave alone. Sentences written for these tests, with invented names."""

from __future__ import annotations

from typing import Any

import pytest

from test_events_round3 import texts, types
from test_events_stage import only, run

pytestmark = pytest.mark.slow


def test_turning_back_planes_restricts_movement(nlp: Any) -> None:
    assert "COERCE" in types(run(nlp, "Peru turned back two Chilean military planes carrying deportees."))


def test_turning_back_the_clock_is_nothing(nlp: Any) -> None:
    assert "COERCE" not in types(run(nlp, "The reform turned back the clock."))


@pytest.mark.parametrize("text", [
    "Peru placed a 25% tariff on all Chilean goods.",
    "Chile raised duties on Peruvian imports by 25%.",
    "Chile halted visa processing at its embassy in Lima.",
])
def test_economic_pressure_is_a_sanction(nlp: Any, text: str) -> None:
    assert "SANCTION" in types(run(nlp, text))


def test_raising_a_question_is_no_sanction(nlp: Any) -> None:
    assert "SANCTION" not in types(run(nlp, "Chile raised questions about the vote."))


def test_recalling_a_charge_d_affaires_is_a_sanction(nlp: Any) -> None:
    ev = only(run(nlp, "Chile said it had recalled its charge d'affaires in Lima."), "SANCTION")
    assert texts(ev.source) == ["Chile"]


def test_a_verb_the_lemmatizer_misses_is_still_read(nlp: Any) -> None:
    ev = only(run(nlp, "On May 15, Chile formally decertified Peru as a partner in the fight against narcotics."),
              "SANCTION")
    assert texts(ev.target) == ["Peru"]


def test_bringing_down_a_drone_is_an_attack(nlp: Any) -> None:
    assert "ASSAULT" in types(run(nlp, "Kenya's air defence units brought down an armed drone near the border."))


def test_bringing_down_a_government_is_no_attack(nlp: Any) -> None:
    assert "ASSAULT" not in types(run(nlp, "The protesters brought down the government."))


def test_routing_an_army_is_an_attack(nlp: Any) -> None:
    assert "ASSAULT" in types(run(nlp, "Rebels of the northern coalition routed Malawian troops near the border."))


def test_saying_a_state_protects_armed_groups_accuses_it(nlp: Any) -> None:
    ev = only(run(nlp, "Goma's governor said Uganda was protecting armed groups that attack villagers."), "ACCUSE")
    assert texts(ev.target) == ["Uganda"]


def test_saying_the_army_protects_civilians_accuses_nobody(nlp: Any) -> None:
    assert "ACCUSE" not in types(run(nlp, "The minister said the army would protect civilians."))


def test_filing_a_case_at_a_court_is_a_lawsuit(nlp: Any) -> None:
    assert only(run(nlp, "Ghana filed a case against Togo at the court on Monday."), "ACCUSE").mode == "lawsuit"


def test_filing_a_report_is_no_lawsuit(nlp: Any) -> None:
    assert "ACCUSE" not in types(run(nlp, "The agency filed a report on the harvest."))


def test_branding_a_vote_a_sham_is_a_charge(nlp: Any) -> None:
    assert "ACCUSE" in types(run(nlp, "Kenya branded the election a sham."))


@pytest.mark.parametrize("text", ["Chad denied the charge.", "Niger rejected the allegations as baseless."])
def test_rejecting_a_charge_is_a_rejection(nlp: Any, text: str) -> None:
    assert "REJECT" in types(run(nlp, text))


def test_releasing_a_report_is_no_rejection(nlp: Any) -> None:
    assert "REJECT" not in types(run(nlp, "The ministry released a report on the harvest."))


# ---------------------------------------------------------------- actors


def test_recalling_ambassadors_to_a_country_targets_it(nlp: Any) -> None:
    ev = only(run(nlp, "Ghana recalled its ambassadors to Togo and Benin for consultations on Monday."), "SANCTION")
    assert texts(ev.target) == ["Togo", "Benin"]


def test_recalling_an_ambassador_home_targets_nobody_at_home(nlp: Any) -> None:
    ev = only(run(nlp, "France recalled its ambassador to Paris for consultations."), "SANCTION")
    assert "Paris" not in texts(ev.target)


def test_the_government_of_a_named_leader_acts_for_the_leader(nlp: Any) -> None:
    ev = only(run(nlp, "The government of President William Ruto said Uganda was protecting armed groups."), "ACCUSE")
    assert texts(ev.source) == ["William Ruto"] and texts(ev.target) == ["Uganda"]


def test_a_participle_the_parser_coordinated_with_an_adjective_keeps_the_subject(nlp: Any) -> None:
    ev = only(run(nlp, "Ghana's delegation took the floor in reply, describing the remarks as insulting and "
                       "accusing the Togolese military authorities of hiding their own failures."), "ACCUSE")
    assert texts(ev.source) == ["Ghana's delegation"]
