"""Event lexicon, round 8 (found on held-out corpora of other stories): a party naming another's act with
a charge ("called the raid a flagrant violation of international law") accuses; a verdict on a thing
and a charge against a party in one clause are two acts; "would not restore relations" refuses.
Sentences written for these tests, with invented or varied names."""

from __future__ import annotations

from typing import Any

import pytest

from test_events_stage import run

pytestmark = pytest.mark.slow


def types(nlp: Any, text: str) -> list[tuple[str, str]]:
    return [(e.type, e.trigger) for e in run(nlp, text)]


@pytest.mark.parametrize("text", [
    'Chile\'s foreign ministry called the seizure "a flagrant violation of international law".',
    "Kenya's president called the comments very unfortunate and an affront to the victims.",
    'Lithuania called the flights a "reckless provocation".',
])
def test_naming_an_act_with_a_charge_accuses(nlp: Any, text: str) -> None:
    assert ("ACCUSE", "called") in types(nlp, text)


@pytest.mark.parametrize("text", [
    "Chile called the talks a success and thanked Peru.",
    "The minister called the vote a historic step for the region.",
    "Ghana called an emergency meeting of the council.",
])
def test_naming_with_praise_or_calling_a_meeting_accuses_no_one(nlp: Any, text: str) -> None:
    assert "ACCUSE" not in [t for t, _ in types(nlp, text)]


def test_a_verdict_and_a_charge_in_one_clause_are_two_acts(nlp: Any) -> None:
    evs = run(nlp, 'Spokesman Omar Haddad called the decision "selfish and irresponsible" and accused '
                   "Ankara of ignoring its neighbours.")
    accuse = [e for e in evs if e.type == "ACCUSE"]
    assert {e.trigger for e in accuse} == {"called", "accused"}
    charged = next(e for e in accuse if e.trigger == "accused")
    assert [r.text for r in charged.target] == ["Ankara"]
    verdict = next(e for e in accuse if e.trigger == "called")
    assert [r.text for r in verdict.target] == ["Ankara"]  # one stance told twice: aimed at the same party


@pytest.mark.parametrize("text", [
    "Peru said it would not resume talks with Bolivia until the border was reopened.",
    "The president said Mexico would not restore relations with Ecuador while its government remained in office.",
])
def test_refusing_to_restore_ties_rejects(nlp: Any, text: str) -> None:
    assert "REJECT" in [t for t, _ in types(nlp, text)]


def test_restoring_ties_is_no_refusal(nlp: Any) -> None:
    assert "REJECT" not in [t for t, _ in types(nlp, "Peru and Bolivia restored relations on Monday.")]


@pytest.mark.parametrize(("text", "etype", "target"), [
    ("Mali closed its airspace to all aircraft coming from or bound for Algeria.", "COERCE", "Algeria"),
    ('Estonia called the incursion "a reckless provocation" by Belarusian forces.', "ACCUSE", "Belarus"),
])
def test_an_act_aimed_at_a_thing_is_aimed_at_the_one_other_country(nlp: Any, text: str, etype: str,
                                                                   target: str) -> None:
    evs = [e for e in run(nlp, text) if e.type == etype]
    assert evs and {r.country for r in evs[0].target} == {target}


def test_with_two_other_countries_named_the_target_stays_open(nlp: Any) -> None:
    evs = [e for e in run(nlp, "Mali closed its airspace to aircraft bound for Algeria or Morocco.") if e.type == "COERCE"]
    assert evs and not any(r.country for r in evs[0].target)


@pytest.mark.parametrize(("text", "etype"), [
    ("Ruto put the Kenyan army on the highest level of combat readiness.", "MOBILIZE"),
    ("The alliance put another battalion on standby.", "MOBILIZE"),
    ("The alliance ordered some 700 additional troops to Estonia.", "MOBILIZE"),
    ("NATO chief Mark Rutte told Vucic and Kurti by phone that the mission would act.", "CONSULT"),
])
def test_alerts_troops_ordered_and_calls_told_by_phone(nlp: Any, text: str, etype: str) -> None:
    assert etype in [t for t, _ in types(nlp, text)]


@pytest.mark.parametrize(("text", "etype"), [
    ("The general ordered the troops to withdraw to their barracks.", "MOBILIZE"),  # a pull-back, no place named
    ("She put the plan on the agenda of the summit.", "MOBILIZE"),
    ("He told reporters by the door that nothing was decided.", "CONSULT"),
])
def test_look_alikes_of_alerts_orders_and_calls(nlp: Any, text: str, etype: str) -> None:
    assert etype not in [t for t, _ in types(nlp, text)]


def _countries(refs: list) -> set:
    return {r.country for r in refs if r.country}


def test_a_third_partys_call_to_both_leaders_reaches_the_pair(nlp: Any) -> None:
    evs = run(nlp, "Chile and Peru exchanged fire along their border on Monday. On Saturday Brazilian President "
                   "Lula telephoned both leaders. Mexico's president later spoke by telephone with the leaders "
                   "of both countries.")
    calls = [e for e in evs if e.type == "CONSULT"]
    assert len(calls) == 2
    assert all(_countries(e.target) == {"Chile", "Peru"} for e in calls), [(e.trigger, e.target) for e in calls]


def test_both_leaders_with_no_pair_told_before_stay_unnamed(nlp: Any) -> None:
    evs = [e for e in run(nlp, "Lula telephoned both leaders on Saturday.") if e.type == "CONSULT"]
    assert evs and not _countries(evs[0].target)


def test_a_denial_is_aimed_at_the_one_other_country(nlp: Any) -> None:
    evs = run(nlp, "Lima accused Chile of planting the mines; Chile denied the charge.")
    reject = [e for e in evs if e.type == "REJECT"]
    assert reject and _countries(reject[0].target) == {"Peru"}


@pytest.mark.parametrize(("text", "modality"), [
    ("Kenya said on Monday that it would expel two Ugandan diplomats.", "planned"),  # a reported "will"
    ("Kenya said it would expel two Ugandan diplomats if Uganda did not apologise.", "hedged"),  # a condition
    ("Kenya would expel two Ugandan diplomats under the new rules.", "hedged"),
])
def test_a_reported_would_is_a_plan_unless_a_condition_makes_it_one(nlp: Any, text: str, modality: str) -> None:
    evs = [e for e in run(nlp, text) if e.type == "SANCTION"]
    assert evs and evs[0].modality == modality


def test_a_measure_announced_in_the_passive_is_the_announcing_sides(nlp: Any) -> None:
    evs = [e for e in run(nlp, "Kenya's foreign ministry said two Ugandan diplomats were expelled on Monday.")
           if e.type == "SANCTION"]
    assert evs and _countries(evs[0].source) == {"Kenya"}
    shot = [e for e in run(nlp, "Kenya's army said its jets were shot down over the lake.") if e.type == "ASSAULT"]
    assert not shot or "Kenya" not in _countries(shot[0].source)  # an attack told in the passive is not the teller's


@pytest.mark.parametrize(("text", "etype"), [
    ("Foreign Minister Ana Ruiz and her Peruvian counterpart, Tomas Vidal, put their names to a joint communique.", "AGREE"),
    ("The two presidents held talks in Nairobi and witnessed the signing of 17 cooperation documents.", "AGREE"),
    ("Chile's Vice President Ana Ruiz attended the inauguration in Lima.", "CONSULT"),
    ("Taipei wound down its technical cooperation missions in Honduras.", "SANCTION"),
    ("Kenya has applied to join the New Development Bank.", "REQUEST"),
    ("Ghana applied for membership of the bloc in March.", "REQUEST"),
])
def test_round8_idioms(nlp: Any, text: str, etype: str) -> None:
    assert etype in [t for t, _ in types(nlp, text)]


@pytest.mark.parametrize(("text", "etype"), [
    ("The general put the plan to a vote.", "AGREE"),
    ("The president witnessed the signing of the decree.", "AGREE"),
    ("The students applied to the university in March.", "REQUEST"),
    ("Ana Ruiz attended the school in Lima as a child.", "CONSULT"),
])
def test_round8_idiom_look_alikes(nlp: Any, text: str, etype: str) -> None:
    assert etype not in [t for t, _ in types(nlp, text)]


def test_as_did_y_reports_the_same_act_by_y(nlp: Any) -> None:
    evs = [e for e in run(nlp, "Chile's Vice President Ana Ruiz attended the inauguration in Lima, as did "
                               "Brazilian Foreign Minister Mauro Vieira.") if e.type == "CONSULT"]
    assert [r.text for e in evs for r in e.source] == ["Ana Ruiz", "Mauro Vieira"]
    condemned = [e for e in run(nlp, "Kenya condemned the attack, and so did Uganda.") if e.type == "ACCUSE"]
    assert [_countries(e.source) for e in condemned] == [{"Kenya"}, {"Uganda"}]
    assert not any(_countries(e.target) for e in condemned)  # the co-doer is no target


@pytest.mark.parametrize("text", [
    "Peru dropped its tariffs of roughly 80% on Chilean barley in August.",
    "Beijing removed its punitive duties on Chilean wine at the end of March.",
    "Exports resumed after Kenya ended a four-year ban on Ugandan sugar.",
    "The lifting of the barley duties opened the way for the visit.",
])
def test_easing_tariffs_duties_and_bans_concedes(nlp: Any, text: str) -> None:
    assert "CONCEDE" in [t for t, _ in types(nlp, text)]


@pytest.mark.parametrize("text", [
    "The minister dropped the subject and moved on.",
    "The government ended the session early.",
])
def test_dropping_or_ending_other_things_concedes_nothing(nlp: Any, text: str) -> None:
    assert "CONCEDE" not in [t for t, _ in types(nlp, text)]


def test_the_two_met_names_the_pair(nlp: Any) -> None:
    evs = run(nlp, "Kenyan Foreign Minister Ana Ruiz met Ugandan Foreign Minister Tomas Vidal on Friday. "
                   "The two met again on Saturday on the sidelines of a summit.")
    met = [e for e in evs if e.type == "CONSULT"]
    assert len(met) == 2 and all({r.text for r in (*e.source, *e.target)} == {"Ana Ruiz", "Tomas Vidal"} for e in met)


def test_the_two_named_earlier_in_the_sentence(nlp: Any) -> None:
    evs = [e for e in run(nlp, "Senator Ana Ruiz raised the issue with Foreign Minister Tomas Vidal on Saturday, "
                               "when the two met on the sidelines of a summit in Lima.") if e.type == "CONSULT"]
    assert evs and {r.text for r in (*evs[0].source, *evs[0].target)} == {"Ana Ruiz", "Tomas Vidal"}


def test_both_governments_named_by_the_noun_alone_are_the_pair(nlp: Any) -> None:
    evs = run(nlp, "The presidents of Chile and Peru agreed on Thursday that neither country would use force. "
                   "Both governments committed to settle the dispute under international law.")
    committed = [e for e in evs if e.trigger == "committed"]
    assert committed and _countries([*committed[0].source, *committed[0].target]) == {"Chile", "Peru"}
