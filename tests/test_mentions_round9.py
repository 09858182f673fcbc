"""Mentions, round 9 (found on a held-out corpus): "a summit with Trump in Gyeongju", which the model
tags as one organisation, is a person and a place; a longer name keeps its "in". "adviser Wi Sung Lac",
whose family name the model leaves outside the span, is one name. Sentences written for these tests;
the names are invented or varied."""

from __future__ import annotations

from typing import Any

import pytest

from newsgraph.nlp import load_nlp
from newsgraph.stages.mention_clean import Candidate
from newsgraph.stages.mentions import _split_name_in_place
from test_mentions_recall import texts
from test_mentions_stage import analyse

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def nlp() -> Any:
    return load_nlp()


def pieces(nlp: Any, text: str, phrase: str) -> list[tuple[str, str]]:
    doc = nlp(text)
    start = text.index(phrase)
    span = doc.char_span(start, start + len(phrase))
    cand = Candidate(i=span.start, j=span.end, start=start, end=start + len(phrase), label="ORG")
    return [(text[c.start:c.end], c.label) for c in _split_name_in_place(doc, cand)]


def test_a_name_and_the_place_after_in_are_two_mentions(nlp: Any) -> None:
    text = "Boric held his own summit with Noboa in Santiago a day before meeting Arce."
    assert pieces(nlp, text, "Noboa in Santiago") == [("Noboa", "ORG"), ("Santiago", "GPE")]


@pytest.mark.parametrize(("text", "phrase"), [
    ("The Organization for Security and Co-operation in Europe sent observers.",
     "Organization for Security and Co-operation in Europe"),
    ("Noboa in Exile, a new party, held its first rally.", "Noboa in Exile"),  # no known place after "in"
])
def test_a_longer_name_or_no_place_keeps_its_in(nlp: Any, text: str, phrase: str) -> None:
    assert pieces(nlp, text, phrase) == [(phrase, "ORG")]


@pytest.mark.parametrize(("text", "name"), [
    ("National security adviser Wi Sung Lac told reporters that the issue had been discussed.", "Wi Sung Lac"),
    ("Wi Sung Lac told reporters on Tuesday.", "Wi Sung Lac"),
])
def test_a_family_name_left_outside_the_span_joins_it(text: str, name: str) -> None:
    assert texts(analyse(text)).get(name) == "PERSON"


@pytest.mark.parametrize(("text", "word"), [
    ("Then Sung Lac spoke to reporters.", "Then Sung Lac"),  # a stop word
    ("Mr Sung Lac spoke to reporters.", "Mr Sung Lac"),  # a title
    ("Korean Sung Lac spoke to reporters.", "Korean Sung Lac"),  # a people
])
def test_a_title_stop_word_or_people_stays_outside_the_name(text: str, word: str) -> None:
    assert word not in texts(analyse(text))
