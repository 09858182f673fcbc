"""Event roles, round 12 (found on held-out corpora of other stories): who leaves in a withdrawal named
by a noun ("its withdrawal from the committee", "the withdrawal of Peruvian troops from Bolivia"),
and where an expulsion happens against whom it acts ("expelled Chilean diplomats from Lima" of a
Peruvian subject). Each rule has a look-alike it must not change. Sentences written for these tests,
with invented people; the anchor 2024-03-15 is a Friday."""

from __future__ import annotations

from typing import Any

import pytest

from test_events_stage import countries, only, run

pytestmark = pytest.mark.slow


# ---------------------------------------------------------------- withdrawals named by a noun


@pytest.mark.parametrize("text, source, target", [
    ("Bolivia also announced its immediate withdrawal from the Andean Defence Council, a regional body.",
     "Bolivia", "Andean Defence Council"),
    ("Paraguay completed its withdrawal from the alliance on Monday.", "Paraguay", "alliance"),
])
def test_what_a_withdrawal_leaves_is_its_target_not_its_source(nlp: Any, text: str, source: str,
                                                                 target: str) -> None:
    ev = only(run(nlp, text), "RETREAT")
    assert [r.text for r in ev.source] == [source]
    assert [r.text for r in ev.target] == [target]


def test_the_withdrawal_of_troops_names_who_leaves(nlp: Any) -> None:
    ev = only(run(nlp, "The withdrawal of Peruvian troops from Bolivia ended in December."), "RETREAT")
    assert countries(ev.source) == {"Peru"} and countries(ev.target) == {"Bolivia"}


def test_the_release_of_a_prisoner_names_no_releaser(nlp: Any) -> None:
    """Whom another lets go is no one who leaves of their own accord: not the act's source."""
    ev = only(run(nlp, "The visit ended with the release of Tomas Ibarra, a Chilean lawyer."), "RETREAT")
    assert "Tomas Ibarra" not in [r.text for r in ev.source]


# ---------------------------------------------------------------- expulsions from one's own capital


@pytest.mark.parametrize("text", [
    "Peru answered by expelling Chilean diplomats from Lima and summoning the charge d'affaires.",
    "Peru expelled two Chilean diplomats from Lima on Monday.",
])
def test_expelling_from_ones_own_capital_acts_on_the_expelled(nlp: Any, text: str) -> None:
    ev = only(run(nlp, text), "SANCTION")
    assert ev.mode == "expel"
    assert countries(ev.target) == {"Chile"}


def test_recalling_an_envoy_from_the_other_capital_still_targets_it(nlp: Any) -> None:
    ev = only(run(nlp, "Peru recalled its ambassador from Santiago on Monday."), "SANCTION")
    assert countries(ev.target) == {"Chile"}


# ---------------------------------------------------------------- "called in the envoy"


@pytest.mark.parametrize("text", [
    "On July 31 Quito called in Peru's envoy, Ana Ruiz, over remarks by a presidential aide.",
    "The ministry called in the Chilean ambassador on Monday.",
])
def test_calling_in_an_envoy_is_a_protest_at_his_country(nlp: Any, text: str) -> None:
    ev = only(run(nlp, text), "ACCUSE")
    assert ev.trigger == "called"
    assert countries(ev.target) in ({"Peru"}, {"Chile"})


@pytest.mark.parametrize("text", [
    "The government called in the army to restore order.",
    "The envoy called in at the ministry on his way home.",
])
def test_calling_in_anyone_else_is_no_protest(nlp: Any, text: str) -> None:
    assert not [e for e in run(nlp, text) if e.type == "ACCUSE"]
