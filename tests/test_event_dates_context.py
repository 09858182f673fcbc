"""Dates an act gets from its surroundings (found on held-out corpora of other stories): a subjectless
participle shares its verb's time ("launched the operation on May 7, firing missiles at X"), a statement
"issued on Sunday" dates what it does, and an undated act told as the next step of the dated sentence
before it takes that day ("X spoke in an address on Sunday night. He also thanked Y"). Each rule has
cases where the act must stay undated. Sentences written for these tests, with invented or varied
names; the anchor 2024-03-15 is a Friday."""

from __future__ import annotations

from typing import Any

import pytest

from newsgraph import find_times
from test_events_stage import only, run

pytestmark = pytest.mark.slow


def day(nlp: Any, text: str, etype: str, *, trigger: str | None = None) -> str | None:
    evs = [e for e in run(nlp, text) if e.type == etype and (trigger is None or e.trigger == trigger)]
    ev = evs[0] if evs else only(run(nlp, text), etype)
    return ev.time.value if ev.time else None


@pytest.mark.parametrize("text", [
    "In the early hours of March 6 Chile launched Operation Condor, firing missiles at camps in Peru.",
    "Kenya launched a new offensive on March 6, shelling rebel positions across the Ugandan border.",
])
def test_a_subjectless_participle_happens_at_its_verbs_time(nlp: Any, text: str) -> None:
    assert day(nlp, text, "ASSAULT") == "2024-03-06"


def test_a_participle_after_a_preposition_tells_another_time(nlp: Any) -> None:
    # "before signing": the signing comes after the strike, on a day the sentence does not give
    assert day(nlp, "Kenya struck Ugandan positions on Friday before signing a truce.", "AGREE") is None


@pytest.mark.parametrize("text", [
    "In a statement issued on Sunday, Kenya accused Uganda of sponsoring rebels.",
    "In a statement read on state television on Sunday, the government of Gen. Ali Sanou accused Niger of sheltering rebels.",
])
def test_a_statement_issued_on_a_day_dates_what_it_does(nlp: Any, text: str) -> None:
    assert day(nlp, text, "ACCUSE") == "2024-03-10"


@pytest.mark.parametrize(("text", "etype", "value"), [
    ("Kenyan President William Ruto spoke in a televised address on Sunday night. He also thanked Tanzania for its help.",
     "SUPPORT", "2024-03-10"),
    ("Ghana closed its border with Togo on Tuesday. Ghana also suspended all flights to Lome.", "SANCTION", "2024-03-12"),
    # the same act told again: a call dated, then who called whom
    ("The call that ended the crisis took place on March 4. Prime Minister Alice Moyo phoned President Tomas Berg.",
     "CONSULT", "2024-03-04"),
])
def test_the_next_step_of_a_dated_sentence_takes_its_day(nlp: Any, text: str, etype: str, value: str) -> None:
    evs = [e for e in run(nlp, text) if e.type == etype]
    assert evs and evs[-1].time is not None and evs[-1].time.value == value


@pytest.mark.parametrize("text", [
    # another doer's act of the same kind is a reply, told without its day
    "Chile recalled its ambassador from Peru on Monday. Peru expelled two Chilean diplomats.",
    # a perfect is background
    "Zelenskyy met Erdogan in Ankara on Tuesday. He had accused Hungary of blocking aid.",
    # "then", "later", "since" ... tell another moment
    "Chile recalled its ambassador from Peru on Monday. It then expelled two Peruvian diplomats.",
    # another paragraph is another scene
    "Kenyan President William Ruto spoke in a televised address on Sunday night.\n\nHe thanked Tanzania for its help.",
    # the sentence before is dated, but not its main verb
    "Talks that began on Monday went nowhere. He thanked Tanzania for its help.",
])
def test_an_act_not_told_as_the_next_step_stays_undated(nlp: Any, text: str) -> None:
    second = [e for e in run(nlp, text) if e.start > text.index(".")]
    assert second, "the second sentence reports an act"
    assert all(e.time is None for e in second), [(e.trigger, e.time) for e in second]


@pytest.mark.parametrize(("text", "value"), [
    ("Mali closed its airspace to aircraft coming from Algeria on Monday.", "2024-03-11"),
    ("Flights coming in from Lima on Tuesday were turned back.", "2024-03-12"),
    ("The minister will visit Lima in the coming days, and on Monday he meets the president.", "2024-03-18"),
])
def test_coming_from_is_motion_not_a_plan(text: str, value: str) -> None:
    days = [t.value for t in find_times(text, "2024-03-15") if t.value and len(t.value) == 10]
    assert days == [value]


@pytest.mark.parametrize(("text", "value"), [
    ("On Tuesday, Nicaragua announced that it was breaking off relations with Ecuador.", "2024-03-12"),
    ("Kenya announced on Monday that it expelled two Ugandan diplomats.", "2024-03-11"),
    ("Kenya announced on Monday that it had expelled two Ugandan diplomats.", "2024-03-11"),
])
def test_an_announced_act_is_dated_by_its_announcement(nlp: Any, text: str, value: str) -> None:
    ev = only(run(nlp, text), "SANCTION")
    assert ev.time is not None and ev.time.value == value


@pytest.mark.parametrize("text", [
    "On Tuesday, Nicaragua announced that it would break off relations with Ecuador.",  # a plan
    "Kenya said on Monday that it expelled two Ugandan diplomats.",  # a plain "said": maybe earlier
])
def test_a_planned_or_merely_said_act_keeps_no_date_of_the_statement(nlp: Any, text: str) -> None:
    assert only(run(nlp, text), "SANCTION").time is None


def test_n_days_later_opening_a_paragraph_counts_from_the_paragraph_before() -> None:
    text = ("Talks between the two governments collapsed on February 27 after a week of argument over the customs posts.\n\n"
            "Police escorted the new mayors into their offices on May 26.\n\n"
            "Three days later protesters clashed with peacekeepers. The alliance sent 700 more troops the following day.")
    values = {t.text: t.value for t in find_times(text, "2023-06-16")}
    assert values["Three days later"] == "2023-05-29"
    assert values["the following day"] == "2023-05-30"


def test_a_day_earlier_opening_a_paragraph_still_counts_from_the_story_day() -> None:
    text = ("Kenya and Uganda signed the border deal on Friday, March 8, officials said in Nairobi.\n\n"
            "Talks had stalled on March 3 over the customs posts.\n\nA day earlier the two ministers had met in Kampala.")
    values = {t.text: t.value for t in find_times(text, "2024-03-09")}
    assert values["A day earlier"] == "2024-03-07"


def test_a_time_hung_on_a_channel_or_place_dates_the_act(nlp: Any) -> None:
    ev = only(run(nlp, "Kenya said it had lodged a formal protest with Uganda through diplomatic channels on Sunday."),
              "ACCUSE")
    assert ev.time is not None and ev.time.value == "2024-03-10"


def test_an_act_under_way_when_told_is_dated_by_the_telling(nlp: Any) -> None:
    ev = only(run(nlp, "Foreign Minister Ana Ruiz told a news conference on Sunday that Chile was ending "
                       "relations with Peru."), "SANCTION")
    assert ev.time is not None and ev.time.value.startswith("2024-03-10")
