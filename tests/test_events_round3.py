"""Event triggers and actors, round 3 (found on held-out corpora of other stories): nationality on a
compound modifier, what an attack hit, raising passives ("is expected to meet"), phone calls told
with "called", thanks, disputed accounts, "persona non grata", declarations of principles, acts told
in a relative clause, and event days from times of day. Sentences written for these tests, with
invented or varied names."""

from __future__ import annotations

from typing import Any

import pytest

from newsgraph.model import ActorRef, EventMention
from newsgraph.resolve.events import event_day
from test_events_stage import only, run

pytestmark = pytest.mark.slow


def texts(refs: list[ActorRef]) -> list[str]:
    return [r.text for r in refs]


def countries(refs: list[ActorRef]) -> set[str | None]:
    return {r.country for r in refs}


def types(events: list[EventMention]) -> set[str]:
    return {e.type for e in events}


def test_nationality_on_a_compound_modifier_is_the_attacker(nlp: Any) -> None:
    events = [e for e in run(nlp, "India targeted sites after Pakistani drone attacks on 26 locations.")
              if e.trigger == "attacks"]
    ev = only(events, "ASSAULT")
    assert countries(ev.source) == {"Pakistan"}


@pytest.mark.parametrize(("text", "country"), [
    ("Ghana fired missiles at three Nigerian air bases on Monday.", "Nigeria"),
    ("Rebels launched attacks on Kenyan army positions.", "Kenya"),
])
def test_what_an_attack_hit_names_the_target(nlp: Any, text: str, country: str) -> None:
    ev = only(run(nlp, text), "ASSAULT")
    assert country in countries(ev.target)


def test_an_attack_on_unnamed_places_has_no_target(nlp: Any) -> None:
    ev = only(run(nlp, "Ghana fired missiles at three air bases on Monday."), "ASSAULT")
    assert ev.target == []


def test_an_attack_in_another_country_targets_that_country(nlp: Any) -> None:
    ev = only(run(nlp, "Israeli jets struck targets in Lebanon on Monday."), "ASSAULT")
    assert countries(ev.target) == {"Lebanon"}


def test_an_attack_at_home_has_no_country_target(nlp: Any) -> None:
    ev = only(run(nlp, "Nigerian troops attacked rebel camps in Nigeria."), "ASSAULT")
    assert "Nigeria" not in countries(ev.target)


def test_raising_passive_gives_the_subject_and_a_plan(nlp: Any) -> None:
    ev = only(run(nlp, "Chancellor Olaf Scholz is expected to meet Emmanuel Macron in Paris next week."), "CONSULT")
    assert texts(ev.source) == ["Olaf Scholz"] and ev.modality == "planned"


def test_reported_to_have_called_is_a_hedged_phone_call(nlp: Any) -> None:
    ev = only(run(nlp, "Chancellor Olaf Scholz is reported to have called Emmanuel Macron on May 9."), "CONSULT")
    assert ev.mode == "phone" and ev.modality == "hedged"
    assert texts(ev.source) == ["Olaf Scholz"] and texts(ev.target) == ["Emmanuel Macron"]


def test_asked_to_visit_keeps_the_asked_one_out_of_the_source(nlp: Any) -> None:
    events = run(nlp, "The minister was asked to visit Uganda.")
    assert all("minister" not in texts(e.source) for e in events if e.type == "CONSULT")


def test_called_a_person_is_a_phone_call(nlp: Any) -> None:
    ev = only(run(nlp, "President Emmanuel Macron called Chancellor Olaf Scholz on Friday."), "CONSULT")
    assert ev.mode == "phone" and texts(ev.target) == ["Olaf Scholz"]


@pytest.mark.parametrize("text", [
    "Emmanuel Macron called Olaf Scholz a liar.",
    "The opposition called for calm on Friday.",
])
def test_naming_or_calling_for_is_no_phone_call(nlp: Any, text: str) -> None:
    assert not any(e.type == "CONSULT" and e.mode == "phone" for e in run(nlp, text))


def test_thanks_to_a_named_party_is_support(nlp: Any) -> None:
    ev = only(run(nlp, "Emmanuel Macron thanked Olaf Scholz for his help on Friday."), "SUPPORT")
    assert texts(ev.target) == ["Olaf Scholz"]


def test_disputed_account_is_a_rejection(nlp: Any) -> None:
    ev = only(run(nlp, "Kenya disputed that account on Monday."), "REJECT")
    assert texts(ev.source) == ["Kenya"]


def test_disputed_territory_is_no_rejection(nlp: Any) -> None:
    assert "REJECT" not in types(run(nlp, "Kenya and Uganda disputed the border for decades."))


def test_persona_non_grata_is_an_expulsion(nlp: Any) -> None:
    ev = only(run(nlp, "Kenya declared two Ugandan diplomats persona non grata on Monday."), "SANCTION")
    assert ev.mode == "expel" and countries(ev.target) == {"Uganda"}


def test_other_declarations_are_no_expulsion(nlp: Any) -> None:
    assert "SANCTION" not in types(run(nlp, "Kenya declared a state of emergency on Monday."))


def test_declaration_of_principles_is_an_agreement(nlp: Any) -> None:
    ev = only(run(nlp, "Kenya and Uganda issued a declaration of principles on Friday."), "AGREE")
    assert {"Kenya", "Uganda"} <= set(texts(ev.source) + texts(ev.target))


def test_declaration_of_war_is_no_agreement(nlp: Any) -> None:
    assert "AGREE" not in types(run(nlp, "The declaration of war by Kenya surprised Uganda."))


def test_act_told_in_a_relative_clause_is_its_own_event(nlp: Any) -> None:
    ev = only(run(nlp, "Kenya rejected the sanctions that Uganda imposed on Monday."), "SANCTION")
    assert texts(ev.source) == ["Uganda"] and ev.modality == "asserted"
    assert ev.time is not None and ev.time.value == "2024-03-11"


def test_rejected_sanctions_alone_are_no_sanction_event(nlp: Any) -> None:
    assert "SANCTION" not in types(run(nlp, "Kenya rejected the sanctions."))


@pytest.mark.parametrize(("value", "day"), [
    ("2025-05-10TMO", "2025-05-10"),
    ("2025-05-10T15:35", "2025-05-10"),
    ("2025-05-10", "2025-05-10"),
    ("2025-W19", "2025-05"),  # May 5-11: the export holds a day, a month or a year
    ("2025-W07-WE", "2025-02"),  # the weekend of February 15-16
    ("2025-W22", "2025"),  # May 26 - June 1 straddles two months
    ("2025-W01", "2025"),  # December 30 - January 5: the ISO year
    ("2025-05", "2025-05"),
    ("2024-SP", "2024"),
    ("2025-Q3", "2025"),
])
def test_event_day_drops_the_time_of_day(value: str, day: str) -> None:
    assert event_day(value) == day


def test_conjoined_attack_noun_takes_the_nationality_of_the_first(nlp: Any) -> None:
    text = "India said it had targeted military sites in response to Pakistani drone and missile attacks."
    ev = only([e for e in run(nlp, text) if e.trigger == "attacks"], "ASSAULT")
    assert countries(ev.source) == {"Pakistan"}


@pytest.mark.parametrize("text", [
    "Rebel fighters walked into Goma on January 27.",
    "The rebels entered Bukavu on Sunday.",
])
def test_armed_men_moving_into_a_named_place_seize_it(nlp: Any, text: str) -> None:
    ev = only(run(nlp, text), "COERCE")
    assert ev.mode == "seize"


@pytest.mark.parametrize("text", [
    "The minister entered the room.",
    "Voters walked into Nairobi polling stations.",
])
def test_others_entering_a_place_seize_nothing(nlp: Any, text: str) -> None:
    assert "COERCE" not in types(run(nlp, text))


def test_meeting_no_resistance_is_no_meeting(nlp: Any) -> None:
    assert "CONSULT" not in types(run(nlp, "The rebels met no resistance in the town."))


def test_pulling_out_of_talks_rejects_the_other_party(nlp: Any) -> None:
    events = run(nlp, "Kenya pulled out of the talks with Uganda on Monday.")
    ev = only(events, "REJECT")
    assert texts(ev.source) == ["Kenya"] and texts(ev.target) == ["Uganda"]
    assert "CONSULT" not in types(events)  # the talks left are no consultation of their own


def test_pulling_out_of_a_country_is_a_retreat_from_it(nlp: Any) -> None:
    ev = only(run(nlp, "Kenya pulled out of Somalia in March."), "RETREAT")
    assert countries(ev.target) == {"Somalia"}


def test_he_after_a_person_named_by_office_is_that_person(nlp: Any) -> None:
    text = ('"Our forces wrote history," the Kenyan president said in a speech on Sunday. '
            "He also thanked the United States for its efforts.")
    ev = only(run(nlp, text), "SUPPORT")
    assert countries(ev.source) == {"Kenya"}


def test_he_after_several_office_holders_stays_a_pronoun(nlp: Any) -> None:
    ev = only(run(nlp, "The two presidents met on Monday. He also thanked the United States."), "SUPPORT")
    assert ev.source == []


def test_the_committee_is_the_committee_named_before(nlp: Any) -> None:
    text = ("Kenya's National Security Committee met on Thursday. "
            "The committee declared the Ugandan defence advisers in Nairobi persona non grata.")
    ev = only(run(nlp, text), "SANCTION")
    assert texts(ev.source) == ["National Security Committee"]


def test_a_committee_never_named_before_stays_a_group(nlp: Any) -> None:
    ev = only(run(nlp, "The committee declared two Ugandan diplomats persona non grata."), "SANCTION")
    assert texts(ev.source) == ["committee"]


def test_holding_a_treaty_in_abeyance_is_a_sanction(nlp: Any) -> None:
    ev = only(run(nlp, "Ghana could place all of its bilateral agreements with Togo in abeyance."), "SANCTION")
    assert texts(ev.source) == ["Ghana"]


def test_holding_a_meeting_is_no_abeyance(nlp: Any) -> None:
    assert "SANCTION" not in types(run(nlp, "Ghana will hold a meeting with Togo in Accra."))


def test_closing_a_border_crossing_is_coercion(nlp: Any) -> None:
    ev = only(run(nlp, "Kenya closed the border crossing with Somalia on Monday."), "COERCE")
    assert texts(ev.source) == ["Kenya"]


def test_closing_a_shop_is_no_coercion(nlp: Any) -> None:
    assert "COERCE" not in types(run(nlp, "Kenya closed the shop on Monday."))


def test_a_day_after_a_dated_act_is_dated_by_it(nlp: Any) -> None:
    text = "Kenya on Wednesday night announced steps against Uganda, a day after gunmen opened fire on tourists."
    ev = only(run(nlp, text), "ASSAULT")  # published Friday 2024-03-15: Wednesday is the 13th
    assert ev.time is not None and ev.time.value == "2024-03-12"


def test_a_week_before_counts_forward(nlp: Any) -> None:
    events = [e for e in run(nlp, "Kenya attacked Uganda on Friday, a week before Uganda attacked Kenya.")
              if texts(e.source) == ["Uganda"]]
    ev = only(events, "ASSAULT")
    assert ev.time is not None and ev.time.value == "2024-03-22"


def test_an_offset_from_an_undated_act_dates_nothing(nlp: Any) -> None:
    events = run(nlp, "Kenya attacked Uganda, a day after Uganda attacked Kenya.")
    assert all(e.time is None for e in events)


def test_a_round_of_talks_held_is_a_consultation_of_its_holders(nlp: Any) -> None:
    ev = only(run(nlp, "Kenya and Uganda held a new round of talks in Nairobi on Monday."), "CONSULT")
    assert {"Kenya", "Uganda"} <= set(texts(ev.source) + texts(ev.target))


def test_initialling_the_treaty_text_is_an_agreement(nlp: Any) -> None:
    ev = only(run(nlp, "Kenya and Uganda initialled the text of a peace treaty on Friday."), "AGREE")
    assert {"Kenya", "Uganda"} <= set(texts(ev.source) + texts(ev.target))


def test_completed_negotiations_are_an_agreement_not_talks(nlp: Any) -> None:
    events = run(nlp, "Kenya and Uganda completed negotiations on the text of a peace agreement.")
    assert "AGREE" in types(events) and "CONSULT" not in types(events)


def test_concluded_talks_are_no_agreement(nlp: Any) -> None:
    assert "AGREE" not in types(run(nlp, "Kenya and Uganda concluded two days of talks in Nairobi."))


def test_sitting_down_with_someone_is_a_meeting(nlp: Any) -> None:
    text = "Emmanuel Macron sat down with Olaf Scholz on the sidelines of the summit in Oslo."
    ev = only([e for e in run(nlp, text) if e.trigger == "sat"], "CONSULT")
    assert texts(ev.target) == ["Olaf Scholz"]


def test_sitting_down_alone_is_no_meeting(nlp: Any) -> None:
    assert "CONSULT" not in types(run(nlp, "The children sat down on the floor of the hall."))


def test_a_time_on_the_noun_a_where_clause_hangs_on_dates_the_clause(nlp: Any) -> None:
    text = ("Last Friday's ceremony at the State Department, where the foreign ministers of Kenya and Uganda "
            "signed the agreement, was brief.")
    ev = only(run(nlp, text), "AGREE")
    assert ev.time is not None and ev.time.value == "2024-03-08"


def test_a_time_of_something_else_near_a_where_clause_dates_nothing(nlp: Any) -> None:
    ev = only(run(nlp, "The venue, where Kenya and Uganda will sign the deal, was built in 1999."), "AGREE")
    assert ev.time is None


def test_a_participle_of_the_same_act_is_no_second_event(nlp: Any) -> None:
    text = "Kenya and Rwanda signed a peace agreement on Friday, committing their governments to end the war."
    assert [e.type for e in run(nlp, text)].count("AGREE") == 1


def test_a_participle_of_another_kind_stays_an_event(nlp: Any) -> None:
    events = run(nlp, "Kenya met Uganda on Monday, accusing it of arming the rebels.")
    assert {"CONSULT", "ACCUSE"} <= types(events)


@pytest.mark.parametrize("text", [
    "Kenya has tried to seize the diplomatic initiative.",
    "The film captured the imagination of Kenyan viewers.",
])
def test_seizing_an_initiative_takes_nothing(nlp: Any, text: str) -> None:
    assert "COERCE" not in types(run(nlp, text))


def test_seizing_a_town_still_seizes(nlp: Any) -> None:
    assert only(run(nlp, "Rebels seized the town of Kamanyola on Monday."), "COERCE").mode == "seize"


def test_welcoming_the_accord_is_aimed_at_its_parties(nlp: Any) -> None:
    text = "Kenya and Uganda signed a peace accord on Monday. Ethiopia welcomed the accord on Tuesday."
    ev = only(run(nlp, text), "SUPPORT")
    assert countries(ev.target) == {"Kenya", "Uganda"}


def test_rejecting_the_offer_is_aimed_at_whoever_made_it(nlp: Any) -> None:
    ev = only(run(nlp, "Uganda offered to hold talks with Kenya. Kenya rejected the offer."), "REJECT")
    assert texts(ev.target) == ["Uganda"]


@pytest.mark.parametrize("text", [
    "Ethiopia welcomed the accord on Tuesday.",  # no accord told before
    "Kenya and Uganda signed a peace accord on Monday. Ethiopia welcomed the news.",  # "the news" names no act
])
def test_a_reaction_to_nothing_told_has_no_target(nlp: Any, text: str) -> None:
    assert only(run(nlp, text), "SUPPORT").target == []
