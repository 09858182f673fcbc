"""Event lexicon, round 11 (found on held-out corpora of other stories): acts done by saying them in the
simple present ("Lima rejects the charge"), denials of a charge ("denied that ...", "denied any role"),
judgements that name a happening ("called the incursions a hybrid attack", "described the strike as
reckless"), and charges told as someone's statement ("X said Y had fired on ...", "X said Y's actions
were reckless"): the speaker accuses the doer. Each rule has a look-alike it must not fire on.
Sentences written for these tests, with invented people; the anchor 2024-03-15 is a Friday."""

from __future__ import annotations

from typing import Any

import pytest

from newsgraph.model import EventMention
from test_events_stage import countries, only, run

pytestmark = pytest.mark.slow


def types(nlp: Any, text: str) -> list[tuple[str, str]]:
    return [(e.type, e.trigger) for e in run(nlp, text)]


def last_words(refs: list) -> list[str]:
    return [r.text.split()[-1] for r in refs]


def accusations(nlp: Any, text: str) -> list[EventMention]:
    return [e for e in run(nlp, text) if e.type == "ACCUSE"]


# ---------------------------------------------------------------- the performative present


@pytest.mark.parametrize("text, expected", [
    ("Lima rejects the charge.", ("REJECT", "rejects")),
    ("Bolivia accuses Chile of diverting the river.", ("ACCUSE", "accuses")),
    ("The Peruvian government welcomes the ruling.", ("SUPPORT", "welcomes")),
])
def test_a_speech_act_in_the_simple_present_is_an_event(nlp: Any, text: str, expected: tuple[str, str]) -> None:
    assert expected in types(nlp, text)


@pytest.mark.parametrize("text", [
    "Chile routinely rejects such charges.",
    "Peru backs the rebels in the north.",
])
def test_a_habit_or_policy_in_the_simple_present_is_none(nlp: Any, text: str) -> None:
    assert types(nlp, text) == []


# ---------------------------------------------------------------- denials


@pytest.mark.parametrize("text", [
    "La Paz denied that its troops had crossed the border.",
    "Bolivia flatly denied any role in the attack.",
    "Santiago has denied any build-up near the frontier.",
])
def test_denying_a_charge_is_a_rejection(nlp: Any, text: str) -> None:
    assert only(run(nlp, text), "REJECT").trigger.startswith("deni")


def test_what_is_denied_stays_an_event_told_as_denied(nlp: Any) -> None:
    events = run(nlp, "Peruvian officials denied that Lima had asked Santiago for money.")
    assert only(events, "REJECT").trigger == "denied"
    asked = only(events, "REQUEST")
    assert (asked.trigger, asked.modality) == ("asked", "denied")


@pytest.mark.parametrize("text", [
    "Chile denied entry to the Peruvian envoy on Monday.",
    "Bolivia denied the Peruvian pilots landing rights.",
])
def test_denying_entry_is_no_rejection(nlp: Any, text: str) -> None:
    assert "REJECT" not in [t for t, _ in types(nlp, text)]


# ---------------------------------------------------------------- naming a happening


def test_a_happening_named_an_attack_is_an_accusation_not_an_attack(nlp: Any) -> None:
    events = run(nlp, "Foreign Minister Ana Ortiz called the incursions a hybrid attack by the Chilean government.")
    assert [(e.type, e.trigger) for e in events] == [("ACCUSE", "called")]


def test_describing_a_strike_as_reckless_accuses(nlp: Any) -> None:
    text = 'Bolivia\'s foreign minister described Friday\'s strike as "reckless" and "a dangerous escalation".'
    assert ("ACCUSE", "described") in types(nlp, text)


def test_a_happening_named_a_success_is_no_accusation(nlp: Any) -> None:
    assert "ACCUSE" not in [t for t, _ in types(nlp, "Ana Ortiz called the talks with Chile a success.")]


def test_a_verb_that_names_its_object_does_not_carry_it(nlp: Any) -> None:
    """"called the manoeuvre unsafe": the caller judges a manoeuvre someone else made, she made none."""
    events = run(nlp, 'Ana Ortiz called the manoeuvre "unprofessional and unsafe".')
    assert [(e.type, e.trigger) for e in events] == [("ACCUSE", "called")]


def test_a_light_verb_without_a_judgement_still_carries_its_noun(nlp: Any) -> None:
    assert ("CONSULT", "meeting") in types(nlp, "Ana Ortiz called an emergency meeting with Chile's envoy on Monday.")


# ---------------------------------------------------------------- charges told as statements


def test_a_hostile_act_told_by_another_party_is_also_its_accusation(nlp: Any) -> None:
    events = run(nlp, "Peruvian Defence Minister Jorge Salas said Chilean forces had fired on a border post.")
    assert only(events, "ASSAULT").trigger == "fired"
    charge = only(events, "ACCUSE")
    assert (charge.trigger, last_words(charge.source), countries(charge.target)) == ("said", ["Salas"], {"Chile"})


def test_a_statement_accuses_for_whoever_issued_it(nlp: Any) -> None:
    text = "A statement from Bolivia's border troops said Peruvian soldiers had attacked an outpost."
    assert countries(only(run(nlp, text), "ACCUSE").target) == {"Peru"}


@pytest.mark.parametrize("text", [
    "The Peruvian army said its forces had fired on rebel positions.",
    "Peruvian Defence Minister Jorge Salas said Peruvian forces had fired on a smugglers' camp.",
    "Peruvian Defence Minister Jorge Salas denied that Peruvian forces had fired on the camp.",
])
def test_a_side_telling_its_own_act_accuses_no_one(nlp: Any, text: str) -> None:
    assert accusations(nlp, text) == []


def test_a_judgement_of_another_partys_conduct_accuses_it(nlp: Any) -> None:
    text = 'Defence Secretary Marta Ruiz said in a statement that Chile\'s actions were "aggressive and reckless".'
    charge = only(run(nlp, text), "ACCUSE")
    assert (last_words(charge.source), countries(charge.target)) == (["Ruiz"], {"Chile"})


@pytest.mark.parametrize("text", [
    "Defence Secretary Marta Ruiz said that Chile's actions were helpful.",
    "Defence Secretary Marta Ruiz said that Chile's actions were not reckless.",
])
def test_praise_or_a_denied_judgement_accuses_no_one(nlp: Any, text: str) -> None:
    assert accusations(nlp, text) == []


# ---------------------------------------------------------------- talks held


@pytest.mark.parametrize("text", [
    "Talks held in Nairobi in March 2023 ended without agreement.",
    "The last round of talks, held in Nairobi in March 2023, ended without agreement.",
])
def test_talks_held_somewhere_take_the_participles_place_and_time(nlp: Any, text: str) -> None:
    talks = only(run(nlp, text), "CONSULT")
    assert talks.location is not None and talks.location.text == "Nairobi"
    assert talks.time is not None and talks.time.value == "2023-03"


# ---------------------------------------------------------------- missions back at work


@pytest.mark.parametrize("text, trigger", [
    ("Peru's embassy in Santiago reopened on June 6 at a flag-raising ceremony.", "reopened"),
    ("The Chilean embassy in Lima has resumed work in recent days.", "resumed"),
    ("Bolivia's ambassador, Rosa Quispe, returned to Lima two days later.", "returned"),
])
def test_a_mission_back_at_work_is_cooperation(nlp: Any, text: str, trigger: str) -> None:
    assert only(run(nlp, text), "COOPERATE").trigger == trigger


@pytest.mark.parametrize("text", [
    "The museum in Lima reopened on June 6.",
    "The minister returned to Lima on Monday.",
    "The embassy resumed its complaints on Monday.",
])
def test_other_reopenings_and_returns_are_no_cooperation(nlp: Any, text: str) -> None:
    assert "COOPERATE" not in [t for t, _ in types(nlp, text)]


# ---------------------------------------------------------------- sanctions and attacks, round 11


@pytest.mark.parametrize("text, etype, trigger", [
    ("Masked men opened fire on a police patrol near the bridge.", "ASSAULT", "opened"),
    ("The United States said on Friday it would revoke the visa of the Bolivian president.", "SANCTION", "revoke"),
    ("Brussels announced a package of temporary measures against the government in Lima.", "SANCTION", "measures"),
    ("The ministry summoned the ambassador and ordered three members of his staff to leave.", "SANCTION", "ordered"),
])
def test_round11_sanctions_and_attacks(nlp: Any, text: str, etype: str, trigger: str) -> None:
    assert (etype, trigger) in types(nlp, text)


@pytest.mark.parametrize("text, not_type", [
    ("The court turned down Peru's request for provisional measures against Chile.", "SANCTION"),
    ("The ministry said it would revoke the decree on Monday.", "SANCTION"),
    ("The two men opened the exhibition on Monday.", "ASSAULT"),
])
def test_round11_look_alikes(nlp: Any, text: str, not_type: str) -> None:
    assert not_type not in [t for t, _ in types(nlp, text)]


def test_armed_or_masked_men_are_a_party_but_men_alone_are_not(nlp: Any) -> None:
    shooting = only(run(nlp, "Masked men opened fire on a police patrol near the bridge."), "ASSAULT")
    assert last_words(shooting.source) == ["men"]
    assert all(last_words(e.source) != ["men"] for e in run(nlp, "Two men opened fire on a police patrol near the bridge."))


# ---------------------------------------------------------------- charges passed in quotes


def _all_stages(text: str) -> list[EventMention]:
    from newsgraph.pipeline.runner import analyze_text

    return analyze_text(text, published="2024-03-15").events


def test_a_judgement_in_a_quotes_own_sentence_is_the_speakers_accusation() -> None:
    text = ('"We will not let anyone test us," Prime Minister Ana Ortiz told reporters in Lima. '
            '"This is not just smuggling anymore. It is a hybrid attack, and we will respond to it as one."')
    charges = [e for e in _all_stages(text) if e.type == "ACCUSE"]
    assert [last_words(e.source) for e in charges] == [["Ortiz"]]
    assert charges[0].sentence.startswith("It is a hybrid attack")


@pytest.mark.parametrize("text", [
    '"This is a direct threat to our territorial integrity," President Jorge Salas said.',
    '"We consider this a flagrant violation of our airspace," foreign ministry spokesman Luis Vera said.',
])
def test_a_judgement_quoted_with_its_speech_verb_accuses(nlp: Any, text: str) -> None:
    assert ("ACCUSE", "said") in types(nlp, text)


@pytest.mark.parametrize("text", [
    '"This is a vital first step towards de-escalation," President Jorge Salas said.',
    '"An attack on one of us is an attack on all of us," President Jorge Salas said.',
    '"This is not an escalation," President Jorge Salas said.',
])
def test_praise_a_rule_or_a_denial_in_a_quote_accuses_no_one(text: str) -> None:
    assert [e for e in _all_stages(text) if e.type == "ACCUSE"] == []


# ---------------------------------------------------------------- closures eased, envoys called home


@pytest.mark.parametrize("text", [
    "The Chilean government will reopen the two border crossings with Peru at midnight on Thursday.",
    "Neighbouring Bolivia reopened two of its own crossings with Peru on Monday.",
])
def test_reopening_closed_crossings_is_a_concession(nlp: Any, text: str) -> None:
    assert only(run(nlp, text), "CONCEDE").trigger.startswith("reopen")


def test_expelling_their_envoy_and_recalling_ones_own_are_two_modes(nlp: Any) -> None:
    events = run(nlp, "Chile expelled Peru's ambassador on Monday and recalled its own envoy from Lima.")
    assert sorted(e.mode for e in events if e.type == "SANCTION") == ["expel", "recall"]


# ---------------------------------------------------------------- acts at a meeting, money pledged


def test_an_act_in_a_where_or_at_which_clause_is_its_own_event(nlp: Any) -> None:
    text = ("The visit follows a meeting between Ortiz and Prime Minister Jorge Salas in Lima in June, "
            "at which the two leaders agreed to restore ambassadors.")
    found = types(nlp, text)
    assert ("CONSULT", "meeting") in found and ("AGREE", "agreed") in found


def test_an_act_in_a_relative_clause_on_a_topic_stays_part_of_it(nlp: Any) -> None:
    """"approval of a law that funds X": the funding is what the law says, no act of its own."""
    assert ("AID", "funds") not in types(nlp, "The Senate's approval of a law that funds the Peruvian army came on Monday.")


@pytest.mark.parametrize("text", [
    "At the conference Chile pledged $200 million for Peruvian civilians.",
    "The bloc pledged 250 million euros to Bolivia on Monday.",
])
def test_money_pledged_is_aid(nlp: Any, text: str) -> None:
    assert only(run(nlp, text), "AID").trigger == "pledged"


def test_money_lost_is_no_aid(nlp: Any) -> None:
    assert "AID" not in [t for t, _ in types(nlp, "The Chilean fund lost 3 million dollars last year.")]


# ---------------------------------------------------------------- rounds of talks


@pytest.mark.parametrize("text", [
    "The talks opened in Quito in April. A second round followed in Lima a week later.",
    "The negotiations stalled in May. He said a third round would be held in Santiago on September 17.",
])
def test_a_numbered_round_in_talks_news_is_a_consultation(nlp: Any, text: str) -> None:
    rounds = [e for e in run(nlp, text) if e.type == "CONSULT" and e.trigger == "round"]
    assert len(rounds) == 1 and rounds[0].location is not None


@pytest.mark.parametrize("text", [
    "The candidate won 40 percent and will face the president in a second round in Lima on May 5.",  # no talks
    "The negotiations stalled. The candidate will face the president in the second round of the vote.",  # "of"
])
def test_a_round_of_a_vote_is_no_consultation(nlp: Any, text: str) -> None:
    assert ("CONSULT", "round") not in types(nlp, text)


@pytest.mark.parametrize("text", [
    'The bloc\'s foreign policy chief said in a joint statement that the Chilean decision was "extremely concerning".',
    'Ana Ortiz called the move "another unfriendly step" on Monday.',
])
def test_concern_and_unfriendliness_are_charges(nlp: Any, text: str) -> None:
    assert "ACCUSE" in [t for t, _ in types(nlp, text)]
