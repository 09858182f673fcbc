"""Titled forms as aliases (round 14): "Prime Minister Olga Marsh", "Sir Tobias Wren", "Dr Okafor" are
surface forms the articles write, kept as aliases of the person (never as the canonical name)."""

from __future__ import annotations

import pytest

from newsgraph.model import Mention
from newsgraph.resolve.entities import titled_form


def _m(text: str, name: str, role: str | None = None, label: str = "PERSON") -> Mention:
    start = text.index(name)
    return Mention(start=start, end=start + len(name), text=name, label=label, sent=0, role=role)


@pytest.mark.parametrize("text, name, role, titled", [
    ("It was Prime Minister Olga Marsh who spoke.", "Olga Marsh", "Prime Minister", "Prime Minister Olga Marsh"),
    ("Later Sir Tobias Wren arrived.", "Tobias Wren", None, "Sir Tobias Wren"),
    ("At the event Dr Okafor said so.", "Okafor", None, "Dr Okafor"),
    ("At 2am Mr Justice Pryce granted it.", "Pryce", None, "Mr Justice Pryce"),
    ("WASHINGTON — President Ana Ruiz said.", "Ana Ruiz", "President", "President Ana Ruiz"),
])
def test_the_title_written_before_a_name_makes_a_titled_form(text: str, name: str, role: str | None,
                                                             titled: str) -> None:
    assert titled_form(text, _m(text, name, role)) == titled


@pytest.mark.parametrize("text, name, role, label", [
    ("the party leader Olga Marsh said", "Olga Marsh", "party leader", "PERSON"),  # not a capitalised title
    ("Olga Marsh, the prime minister, said", "Olga Marsh", "prime minister", "PERSON"),  # title after the name
    ("It was Sir Tobias Wren's idea.", "Tobias Wren", None, "ORG"),  # not a person
    ("Then Dr\nOkafor spoke.", "Okafor", None, "PERSON"),  # not joined by a single space
])
def test_no_titled_form_without_a_capitalised_title_right_before(text: str, name: str, role: str | None,
                                                                label: str) -> None:
    assert titled_form(text, _m(text, name, role, label)) is None
