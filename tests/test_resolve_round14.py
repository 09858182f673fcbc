"""Entity resolution and mentions, round 14 (found on held-out corpora of other stories): a place's bare
name that the model typed loosely ("Kerguelen" as an organisation) joins "the Kerguelen Archipelago";
datelines ("PORT LOUIS, December 17 - ...") are places with no role; a name after "chief negotiator on
the" is the object of the title, not its holder. Invented sentences."""

from __future__ import annotations

from typing import Any

import pytest

from newsgraph.model import Entity
from newsgraph.pipeline.runner import analyze_text
from test_resolve_entities import M, _resolve, make

LONG = make("a", "France kept the Kerguelen Archipelago.", [[M("France", "GPE")], [M("Kerguelen Archipelago", "LOC")]])
BARE_ORG = make("b", "Kerguelen was quiet.", [[M("Kerguelen", "ORG")]])
FIRM_ORG = make("c", "Kerguelen Holdings Ltd said.", [[M("Kerguelen Holdings Ltd", "ORG")]])


def _holder(entities: list[Entity], surface: str) -> Entity:
    return next(e for e in entities if surface in e.aliases)


def test_a_loosely_typed_bare_name_joins_its_place() -> None:
    entities, _ = _resolve(LONG, BARE_ORG)
    assert _holder(entities, "Kerguelen") is _holder(entities, "Kerguelen Archipelago")


def test_a_company_named_after_the_place_stays_apart() -> None:
    entities, _ = _resolve(LONG, FIRM_ORG)
    assert _holder(entities, "Kerguelen Holdings Ltd") is not _holder(entities, "Kerguelen Archipelago")




@pytest.mark.slow
@pytest.mark.parametrize("text, place", [
    ("PORT MORESBY, June 3 - Australia's chief envoy held talks with Prime Minister Ana Kila.", "PORT MORESBY"),
    ("NAIROBI - The minister Ruto Kamau met envoys on Monday.", "NAIROBI"),
])
def test_a_dateline_is_a_place_without_a_role(nlp: Any, text: str, place: str) -> None:
    a = analyze_text(text, published="2024-06-04")
    m = next(m for m in a.mentions if m.text == place)
    assert m.label == "GPE" and m.role is None


@pytest.mark.slow
def test_the_object_of_a_title_is_not_its_holder(nlp: Any) -> None:
    a = analyze_text("Britain's chief negotiator on the Kerguelen Archipelago held talks on Monday.",
                     published="2024-06-04")
    assert all(m.role is None for m in a.mentions if "Kerguelen" in m.text)


def test_two_peoples_with_close_names_stay_apart() -> None:
    """"Nigerien" and "Nigerian", "Austrian" and "Australian": close spellings, two countries' people."""
    docs = [make("d", "Nigerien troops and Nigerian traders met.", [[M("Nigerien", "NORP")], [M("Nigerian", "NORP")]]),
            make("e", "Austrian skiers and Australian surfers met.", [[M("Austrian", "NORP")], [M("Australian", "NORP")]])]
    entities, _ = _resolve(*docs)
    assert _holder(entities, "Nigerien") is not _holder(entities, "Nigerian")
    assert _holder(entities, "Austrian") is not _holder(entities, "Australian")


@pytest.mark.slow
@pytest.mark.parametrize("text, affiliation", [
    ("In Madrid, Foreign Minister Ana Duarte demanded a public apology on Sunday night.", "Spain"),
    ("In Geneva, Foreign Minister Ana Duarte met her counterpart.", None),   # no capital: no country
    ("Foreign Minister Ana Duarte demanded an apology.", None),
])
def test_a_sentence_opening_in_a_capital_gives_a_bare_titled_official_its_country(
        nlp: Any, text: str, affiliation: str | None) -> None:
    a = analyze_text(text, published="2024-06-04")
    m = next(m for m in a.mentions if m.text == "Ana Duarte")
    assert m.affiliation == affiliation


@pytest.mark.slow
@pytest.mark.parametrize("text, name, country", [
    ("Russian President Ivan Orlov and North Korean leader Ri Chol Ho met on Monday.", "Ri Chol Ho", "North Korea"),
    ("South Sudanese President Deng Malual met Ugandan officials.", "Deng Malual", "South Sudan"),
])
def test_a_compass_word_makes_another_people(nlp: Any, text: str, name: str, country: str) -> None:
    a = analyze_text(text, published="2024-06-04")
    assert next(m for m in a.mentions if m.text == name).affiliation == country
