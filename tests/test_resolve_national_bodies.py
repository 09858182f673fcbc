"""A country's institution named with the country ("Estonia's Foreign Ministry") is "the Foreign
Ministry" of a corpus that names no other country's; where two countries' foreign ministries are
named, a bare "Foreign Ministry" joins neither. Invented sentences."""

from __future__ import annotations

from newsgraph.model import Entity
from test_resolve_entities import M, _resolve, make

EST = make("a", "Estonia's Foreign Ministry summoned the envoy.", [[M("Estonia's Foreign Ministry", "ORG")]])
LAT = make("b", "Latvia's Foreign Ministry protested.", [[M("Latvia's Foreign Ministry", "ORG")]])
BARE = make("c", "The Foreign Ministry said it was concerned.", [[M("Foreign Ministry", "ORG")]])


def _holder(entities: list[Entity], surface: str) -> Entity:
    return next(e for e in entities if surface in e.aliases)


def test_a_bare_body_joins_the_one_country_that_has_it() -> None:
    entities, _ = _resolve(EST, BARE)
    assert _holder(entities, "Foreign Ministry") is _holder(entities, "Estonia's Foreign Ministry")


def test_a_bare_body_joins_neither_of_two_countries() -> None:
    entities, _ = _resolve(EST, LAT, BARE)
    bare = _holder(entities, "Foreign Ministry")
    assert bare is not _holder(entities, "Estonia's Foreign Ministry")
    assert bare is not _holder(entities, "Latvia's Foreign Ministry")
    assert _holder(entities, "Estonia's Foreign Ministry") is not _holder(entities, "Latvia's Foreign Ministry")
