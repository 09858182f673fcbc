"""Event actors, round 2: addressees of requests, subjects through "is ready to", members of a body,
"between" on a compound noun, what a commitment is for, recalled envoys, and negated readiness
(sentences written for these tests, with invented or varied names)."""

from __future__ import annotations

from typing import Any

import pytest

from newsgraph.model import ActorRef, DocAnalysis, Document, EventMention
from newsgraph.pipeline.context import DocContext
from newsgraph.pipeline.runner import pipeline_stages
from test_events_stage import countries, only, run

pytestmark = pytest.mark.slow


def texts(refs: list[ActorRef]) -> list[str]:
    return [r.text for r in refs]


def analysed(nlp: Any, text: str) -> DocAnalysis:
    """The whole per-document pipeline on ``text`` (mentions, chains and roles as well as events)."""
    ctx = DocContext(document=Document(id="t", source="t", text=text, published="2025-01-01"), doc=nlp(text),
                     analysis=DocAnalysis(doc_id="t"))
    for stage in pipeline_stages():
        stage.func(ctx)
    return ctx.analysis


def types(events: list[EventMention]) -> set[str]:
    return {e.type for e in events}


@pytest.mark.parametrize(("text", "addressee"), [
    ("Ecuador demanded that Colombia close the border crossing.", "Colombia"),
    ("Belgium urged on Monday that Rwanda release the detained journalists.", "Rwanda"),
    ("The union repeated its demand that Portugal scrap the fuel tax.", "Portugal"),
])
def test_request_that_clause_names_the_addressee(nlp: Any, text: str, addressee: str) -> None:
    ev = only(run(nlp, text), "REQUEST")
    assert addressee in texts(ev.target)


def test_request_with_an_object_keeps_the_object(nlp: Any) -> None:
    ev = only(run(nlp, "Ecuador asked Colombia to close the border crossing."), "REQUEST")
    assert texts(ev.target) == ["Colombia"]


def test_subject_reached_through_a_readiness_adjective(nlp: Any) -> None:
    ev = only(run(nlp, "Norway is ready to send troops to help defend Kuwait."), "SUPPORT")
    assert texts(ev.source) == ["Norway"] and texts(ev.target) == ["Kuwait"]
    assert ev.modality == "planned"


@pytest.mark.parametrize("text", [
    "Ghana is not ready to attack Togo.",
    "Ghana has no plans to attack Togo.",
    "Ghana does not plan to attack Togo.",
])
def test_negated_readiness_or_plan_is_no_event(nlp: Any, text: str) -> None:
    assert "ASSAULT" not in types(run(nlp, text))


def test_stated_readiness_is_a_planned_event(nlp: Any) -> None:
    ev = only(run(nlp, "Ghana is ready to attack Togo."), "ASSAULT")
    assert ev.modality == "planned" and texts(ev.source) == ["Ghana"]


def test_it_in_a_reported_willingness_is_the_speaker_and_own_troops_no_target(nlp: Any) -> None:
    ev = only(run(nlp, "Chile said it was willing to withdraw its troops from Bolivia."), "RETREAT")
    assert texts(ev.source) == ["Chile"]
    assert texts(ev.target) == ["Bolivia"]
    assert ev.modality == "planned"


@pytest.mark.parametrize(("text", "body"), [
    ("Members of the Karelia Workers Party attacked the regional office.", "Karelia Workers Party"),
    ("Leaders of the Sahel Unity Front rejected the draft constitution.", "Sahel Unity Front"),
])
def test_members_of_a_body_act_as_the_body(nlp: Any, text: str, body: str) -> None:
    events = run(nlp, text)
    assert events and body in texts(events[0].source)


def test_supporters_of_a_body_are_not_the_body(nlp: Any) -> None:
    ev = only(run(nlp, "Supporters of the Karelia Workers Party attacked the regional office."), "ASSAULT")
    assert "Karelia Workers Party" not in texts(ev.source)


def test_leaders_of_two_states_stay_two_participants(nlp: Any) -> None:
    ev = only(run(nlp, "The leaders of Peru and Chile met in Lima on Tuesday."), "CONSULT")
    assert countries(ev.source + ev.target) == {"Peru", "Chile"}


def test_between_on_the_noun_a_trigger_modifies(nlp: Any) -> None:
    ev = only(run(nlp, "The emir launched a mediation effort between Qatar and Bahrain."), "CONSULT")
    assert countries(ev.target) == {"Qatar", "Bahrain"}


@pytest.mark.parametrize(("text", "targets"), [
    ("Kenya has offered to hand over two suspects to Uganda.", {"Uganda"}),
    ("The European Union agreed to provide 40 million euros of aid for Moldova and Armenia.", {"Moldova", "Armenia"}),
])
def test_commitment_is_for_the_target_of_its_act(nlp: Any, text: str, targets: set[str]) -> None:
    ev = only(run(nlp, text), "AGREE")
    assert countries(ev.target) == targets


def test_agreement_between_subjects_keeps_its_partner(nlp: Any) -> None:
    ev = only(run(nlp, "Mali and Niger agreed to cooperate on border security."), "AGREE")
    assert texts(ev.source) == ["Mali"] and texts(ev.target) == ["Niger"]


@pytest.mark.parametrize(("text", "country"), [
    ("Serbia withdrew its ambassador from Montenegro on Friday.", "Montenegro"),
    ("Peru recalled its envoy from Caracas on Monday.", "Venezuela"),
])
def test_recalled_envoy_names_the_state_left(nlp: Any, text: str, country: str) -> None:
    ev = only(run(nlp, text), "SANCTION")
    assert countries(ev.target) == {country}


@pytest.mark.parametrize(("text", "actor"), [
    ("Tens of thousands of students marched in Jakarta on Saturday.", "students"),
    ("Dozens of farmers blocked the highway near Arequipa on Monday.", "farmers"),
])
def test_a_count_of_people_acts_as_the_people(nlp: Any, text: str, actor: str) -> None:
    ev = only(run(nlp, text), "PROTEST")
    assert texts(ev.source) == [actor]


def test_a_count_of_things_is_no_actor(nlp: Any) -> None:
    assert not any(r.text.endswith("documents") for e in run(nlp, "Thousands of documents were seized in Lyon.")
                   for r in e.source + e.target)


@pytest.mark.parametrize(("text", "etype", "targets"), [
    ("Pakistan threatened to break off relations with Congo and Costa Rica.", "THREATEN", {"Democratic Republic of the Congo", "Costa Rica"}),
    ("The mayor of Haifa refused to meet the Jordanian king on Monday.", "REJECT", {"Jordan"}),
])
def test_threat_or_refusal_is_aimed_at_the_target_of_its_act(nlp: Any, text: str, etype: str,
                                                              targets: set[str]) -> None:
    ev = only(run(nlp, text), etype)
    assert countries(ev.target) == targets


def test_armed_men_named_by_their_weapon_group_are_actors(nlp: Any) -> None:
    ev = only(run(nlp, "A camp for refugees was attacked by Burundian militiamen armed with machetes."), "ASSAULT")
    assert countries(ev.source) == {"Burundi"}


def test_a_day_of_a_known_month_dates_no_event(nlp: Any) -> None:
    """"that same day" after "last October" is 2024-10-XX for the time tagger; an event date must be a
    real calendar value or none, never a guess at the day."""
    text = "Rebels seized the port last October. That same day, Peru recalled its envoy from Caracas."
    ev = only(run(nlp, text), "SANCTION")
    assert ev.time is None or ev.time.value is None or "X" not in ev.time.value
    assert ev.date_basis == "unknown" or (ev.time is not None and ev.time.value)


@pytest.mark.parametrize(("text", "etype"), [
    ("Clashes erupted between police and students in Dhaka on Monday.", "ASSAULT"),
    ("Riots broke out in Lagos on Friday after the vote.", "PROTEST"),
    ("Protests against the fuel tax continued in Quito on Tuesday.", "PROTEST"),
    ("Judge Rivera opened fraud investigations against 28 officials on Tuesday.", "ACCUSE"),
])
def test_plural_of_a_mass_happening_is_one_episode(nlp: Any, text: str, etype: str) -> None:
    ev = only(run(nlp, text), etype)
    assert ev.source or ev.target or ev.location


@pytest.mark.parametrize("text", [
    "A wave of protests swept Chile last year.",
    "Several protests were reported in Quito on Tuesday.",
    "The deal would help Estonia secure its border against attacks.",
])
def test_plural_series_or_warded_off_danger_is_no_episode(nlp: Any, text: str) -> None:
    assert not [e for e in run(nlp, text) if e.trigger.lower() in ("protests", "attacks")]


def test_clash_between_two_sides_dated_by_its_occurrence_verb(nlp: Any) -> None:
    ev = only(run(nlp, "A clash erupted between police and students in Dhaka on Monday."), "ASSAULT")
    assert texts(ev.source) == ["police"] and texts(ev.target) == ["students"]
    assert ev.time is not None and ev.time.value == "2024-03-11"


def test_an_act_a_speaker_says_another_must_do_is_the_speakers_demand(nlp: Any) -> None:
    events = run(nlp, "Peru said on Monday that Chile must withdraw its troops from Bolivia.")
    ev = only(events, "REQUEST")
    assert texts(ev.source) == ["Peru"] and texts(ev.target) == ["Chile"]
    assert ev.time is not None and ev.time.value == "2024-03-11"
    assert "RETREAT" not in types(events)


@pytest.mark.parametrize("text", [
    "Chile should withdraw its troops from Bolivia.",
    "The editorial said that Chile must withdraw its troops from Bolivia.",
])
def test_an_obligation_without_an_acting_speaker_is_not_asserted(nlp: Any, text: str) -> None:
    events = run(nlp, text)
    assert "REQUEST" not in types(events)
    assert all(e.modality != "asserted" for e in events if e.type == "RETREAT")


@pytest.mark.parametrize(("text", "target"), [
    ("Jordan said it will not accept any more refugees from the north.", None),
    ("Serbia does not recognise the independence of Kosovo.", "Kosovo"),
    ("Chile did not accept the offer from Peru.", "Peru"),
    ("The cabinet said it would not meet the kidnappers' demands.", None),
])
def test_a_refusal_said_with_not_is_an_asserted_reject(nlp: Any, text: str, target: str | None) -> None:
    ev = only(run(nlp, text), "REJECT")
    assert ev.modality == "asserted"
    if target:
        assert target in texts(ev.target)


def test_an_unsure_refusal_stays_hedged_and_acceptance_stays_agree(nlp: Any) -> None:
    assert only(run(nlp, "Chile may not accept the offer from Peru."), "REJECT").modality == "hedged"
    assert "REJECT" not in types(run(nlp, "Serbia accepted the plan on Monday."))
    assert "REJECT" not in types(run(nlp, "Smoking is not allowed in the hall."))


@pytest.mark.parametrize(("text", "etype", "value"), [
    ("Beijing hosted a second round on April 6, when Wang Yi welcomed the ministers of Chad and Niger.", "CONSULT",
     "2024-04-06"),
    ("The ministers of Chad and Niger met for the first time in February, also in Beijing.", "CONSULT", "2024-02"),
    ("The agreement between Chad and Niger announced in Beijing on March 10 changed that picture.", "AGREE",
     "2024-03-10"),
])
def test_times_that_date_an_event_through_its_own_phrase(nlp: Any, text: str, etype: str, value: str) -> None:
    ev = only(run(nlp, text), etype)
    assert ev.time is not None and ev.time.value == value


def test_a_time_of_another_verb_on_the_trigger_noun_does_not_date_it(nlp: Any) -> None:
    ev = only(run(nlp, "The deal, which expires in May, was signed by Chad and Niger."), "AGREE")
    assert ev.time is None or ev.time.value != "2024-05"


def test_own_mission_abroad_targets_the_host_country(nlp: Any) -> None:
    ev = only(run(nlp, "Kenya reopened its embassy in Kampala on Tuesday."), "COOPERATE")
    assert countries(ev.target) == {"Uganda"}


def test_own_mission_at_home_has_no_target(nlp: Any) -> None:
    ev = only(run(nlp, "Peru withdrew its troops from Lima on Tuesday."), "RETREAT")
    assert "its troops" not in texts(ev.target)


def test_civil_group_is_of_the_place_where_it_acts(nlp: Any) -> None:
    ev = only(run(nlp, "Protesters stormed the Chilean embassy in Lima on Monday."), "ASSAULT")
    assert countries(ev.source) == {"Peru"} and countries(ev.target) == {"Chile"}


def test_armed_group_keeps_no_country_from_the_place(nlp: Any) -> None:
    ev = only(run(nlp, "Gunmen attacked a hotel in Kabul on Monday."), "ASSAULT")
    assert not countries(ev.source)


def test_coordinated_nationalities_are_two_participants(nlp: Any) -> None:
    ev = only(run(nlp, "Chilean and Peruvian officials met in Quito on Monday."), "CONSULT")
    assert countries(ev.source + ev.target) == {"Chile", "Peru"}


def test_coordinated_adjectives_that_are_no_nationality_stay_one_group(nlp: Any) -> None:
    ev = only(run(nlp, "Senior and junior officials met in Quito on Monday."), "CONSULT")
    assert len(ev.source + ev.target) <= 1


def test_talks_between_inside_rounds_of_talks(nlp: Any) -> None:
    events = run(nlp, "Ecuador hosted five rounds of talks between Chilean and Peruvian officials.")
    assert any(countries(e.source + e.target) >= {"Chile", "Peru"} for e in events if e.type == "CONSULT")


@pytest.mark.parametrize(("text", "etype", "role", "country"), [
    ("The Chilean Navy seized a Peruvian trawler on Monday.", "COERCE", "source", "Chile"),
    ("Rebels attacked the Kenya Pipeline Company depot on Saturday.", "ASSAULT", "target", "Kenya"),
])
def test_an_organisation_named_with_a_nationality_is_of_that_country(nlp: Any, text: str, etype: str, role: str,
                                                                      country: str) -> None:
    ev = only(run(nlp, text), etype)
    assert country in countries(getattr(ev, role))


def test_an_organisation_whose_first_word_is_no_nationality_has_no_country(nlp: Any) -> None:
    ev = only(run(nlp, "New Horizon Logistics suspended payments to Belarus on Monday."), "SANCTION")
    assert not countries(ev.source)


def test_an_active_verb_after_a_passive_shares_its_surface_subject(nlp: Any) -> None:
    # "met" is done by the one received, not by the host who received her
    text = ("Maria Gonzalez was received by President John Peterson in Lima on January 4 "
            "and met Chile's foreign minister in Santiago on Monday.")
    met = [e for e in run(nlp, text) if e.trigger == "met"]
    assert [texts(e.source) for e in met] == [["Maria Gonzalez"]]


def test_a_passive_alone_keeps_its_agent(nlp: Any) -> None:
    ev = only(run(nlp, "Maria Gonzalez was received by President John Peterson in Lima on January 4."), "CONSULT")
    assert texts(ev.source) + texts(ev.target) in (["Maria Gonzalez", "John Peterson"], ["John Peterson", "Maria Gonzalez"])


def test_a_participle_after_a_passive_stays_passive(nlp: Any) -> None:
    # "freed" is done to him: he is no actor of it
    text = "John Peterson, who lives in Chile, was snatched near his home in late April and freed the following day."
    assert not [e for e in run(nlp, text) if e.trigger == "freed" and "John Peterson" in texts(e.source)]


@pytest.mark.parametrize("text", [
    "A spokeswoman for the Chilean foreign ministry denied that officers had beaten the detainees.",
    "One man had died of heart failure, a spokeswoman for the Chilean foreign ministry said, denying that officers had beaten him.",
])
def test_a_spokeswoman_for_a_body_speaks_for_it(nlp: Any, text: str) -> None:
    ev = only(run(nlp, text), "REJECT")
    assert texts(ev.source) == ["Chilean foreign ministry"]


def test_an_act_after_a_thing_clause_is_the_speakers(nlp: Any) -> None:
    # the parser joins "accused" to "showed", whose subject is a thing: the ministry accuses, on Sunday
    text = ("Peru's foreign ministry said on Sunday that the prisoner release showed that Lima was \"open to "
            "dialogue with everyone who respects it\", and accused Chile of choosing \"the path of confrontation\".")
    ev = only(run(nlp, text), "ACCUSE")
    assert texts(ev.source) == ["Peru's foreign ministry"] and ev.time is not None and ev.time.value == "2024-03-10"


@pytest.mark.parametrize("text", [
    "He said Chile should deal with its own smugglers instead of blaming its neighbours.",
    "Peru chose talks rather than attacking Chile.",
])
def test_an_act_named_as_the_one_not_done_is_no_event(nlp: Any, text: str) -> None:
    assert not [e for e in run(nlp, text) if e.type in ("ACCUSE", "ASSAULT")]


def test_a_relative_named_after_a_kin_word_gets_a_chain_of_their_own(nlp: Any) -> None:
    text = ("President Mahamat Idriss Déby has been at pains. Déby, a 40-year-old general, took power in "
            "April 2021 after his father, Idriss Déby, who had ruled for three decades, was killed.")
    analysis = analysed(nlp, text)
    chains = {m.text: m.chain for m in analysis.mentions}
    assert chains["Idriss Déby"] != chains["Mahamat Idriss Déby"]
    assert "father of Mahamat Idriss Déby" in analysis.chains[chains["Idriss Déby"]].roles


def test_whose_government_is_the_persons(nlp: Any) -> None:
    text = ("Peru's prime minister, Maria Gonzalez, whose government has also asked Chile to close its bases, "
            "wrote that Chile lacked legitimacy.")
    ev = only(run(nlp, text), "REQUEST")
    assert texts(ev.source) == ["Maria Gonzalez"]


def test_a_title_owning_the_role_is_not_the_role(nlp: Any) -> None:
    # "the prime minister's political director": she directs, the prime minister owns the post
    text = ("Prime Minister Maria Gonzalez spoke in Lima. \"This vote was clear,\" according to Ana Gonzalez, the "
            "prime minister's political director, who is no relation of her boss. Later Gonzalez said the vote was final.")
    analysis = analysed(nlp, text)
    by_text = {m.text: m for m in analysis.mentions}
    assert by_text["Ana Gonzalez"].role == "political director"
    assert by_text["Gonzalez"].chain == by_text["Maria Gonzalez"].chain


def test_he_after_a_sentence_attributed_to_one_person_is_that_person(nlp: Any) -> None:
    text = ('Spokesman John Peterson denied the reports. According to Peterson, the call from a Chilean official '
            '"came while the sound of explosions was still being heard" across the city. In a statement on Tuesday '
            'he described the strike as "a cowardly attack".')
    ev = only(run(nlp, text), "ACCUSE")
    assert texts(ev.source) == ["Peterson"]


def test_it_in_a_clause_declared_by_a_means_participle_is_the_host_subject(nlp: Any) -> None:
    text = "Lima responded the next day by declaring that it would no longer observe any part of the deal."
    ev = only(run(nlp, text), "REJECT")
    assert texts(ev.source) == ["Lima"]


def test_a_bare_family_name_goes_to_the_person_not_to_the_relative_named_last(nlp: Any) -> None:
    text = ("Businessman Johann Rupert joined the delegation. Johann Rupert and his late father Anton Rupert built "
            "the group over decades. Rupert told the president that the farm attacks were a crime problem.")
    analysis = analysed(nlp, text)
    chains = {m.text: m.chain for m in analysis.mentions}
    assert chains["Rupert"] == chains["Johann Rupert"] != chains["Anton Rupert"]


def test_whose_late_father_names_a_relative_of_the_person_before(nlp: Any) -> None:
    text = ('The delegation included the businessman Johann Rupert, chairman of the luxury group, whose late father '
            'Anton Rupert built the family empire. "Crime hits all of us," Rupert told the room.')
    analysis = analysed(nlp, text)
    by_text = {m.text: m for m in analysis.mentions}
    assert by_text["Anton Rupert"].role == "father of Johann Rupert"
    assert by_text["Rupert"].chain == by_text["Johann Rupert"].chain


@pytest.mark.parametrize("text, capital", [
    ("Burundi closed the border on Thursday. On Thursday Kigali said it regretted the closure.", "Kigali"),
    ("Gabon closed the border on Friday. Yaounde said on Saturday that it regretted the closure.", "Yaounde"),
])
def test_a_capital_never_given_a_first_name_is_the_place(nlp: Any, text: str, capital: str) -> None:
    """The small model may take an unfamiliar capital speaking for its government for a person."""
    a = analysed(nlp, text)
    assert {m.label for m in a.mentions if m.text == capital} == {"GPE"}
    assert any(e.type == "ACCUSE" and [r.text for r in e.source] == [capital] for e in a.events)


def test_a_person_named_like_a_capital_stays_a_person(nlp: Any) -> None:
    a = analysed(nlp, "Victoria Mensah, a lawyer, filed the case. Victoria said the court would rule soon.")
    assert {m.label for m in a.mentions if m.text.startswith("Victoria")} == {"PERSON"}


def test_a_titled_family_name_goes_to_the_bearer_of_that_title(nlp: Any) -> None:
    """"Senator Ruiz" is the senator of two Ruizes, "President Ruiz" the president, whatever the counts."""
    text = ("President Tomas Ruiz signed the pact. His sister, Senator Elena Ruiz, sponsored the bill. "
            "President Ruiz thanked Japan. Ruiz spoke again. Senator Ruiz said the vote was a milestone.")
    a = analysed(nlp, text)
    chain_of = {m.start: m.chain for m in a.mentions}
    tomas, elena = chain_of[text.index("Tomas Ruiz")], chain_of[text.index("Elena Ruiz")]
    assert chain_of[text.index("Ruiz said")] == elena
    assert chain_of[text.index("Ruiz thanked")] == tomas


def test_a_title_no_bearer_was_given_decides_nothing(nlp: Any) -> None:
    """"Governor Ruiz" as a taunt for the prime minister: no Ruiz was titled governor, so the usual
    prominence decides, and the father named once as a relative does not get it."""
    text = ("Prime Minister Tomas Ruiz met the envoy on Monday. Ruiz said talks went well. His late father, "
            "Pablo Ruiz, had led the party. The president mocked him as Governor Ruiz on Tuesday.")
    a = analysed(nlp, text)
    chain_of = {m.start: m.chain for m in a.mentions}
    assert chain_of[text.index("Ruiz on Tuesday")] == chain_of[text.index("Tomas Ruiz")]
