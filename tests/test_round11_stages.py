"""Round 11 of per-document rules for names and speakers (found on held-out corpora of other
stories): "Dr Reyes" is the scholar, not the president who shares the family name; "the bloc's chief,
X, and commissioner Y said" is led by X, as "X and Y said" is. Sentences written for these tests,
with invented names."""

from __future__ import annotations

import pytest

from test_quotes_stage import analyse as quotes_of
from test_quotes_stage import quote_with

pytestmark = pytest.mark.slow


def chain_name(text: str, words: str) -> str | None:
    analysis = quotes_of(text)
    quote = quote_with(analysis, words)
    return None if quote.speaker_chain is None else analysis.chains[quote.speaker_chain].name


def test_a_scholars_title_picks_the_scholar_not_the_president() -> None:
    text = ("President Pedro Ortega flew to Lima on Monday. \"Lima is sending a message,\" said Lucía Ortega, who "
            "studies migration at the University of Cusco.\n\n\"Nobody in the capital should be surprised,\" Dr Ortega added.")
    assert chain_name(text, "Nobody in the capital") == "Lucía Ortega"


def test_without_a_title_the_president_keeps_the_bare_name() -> None:
    text = ("President Pedro Ortega flew to Lima on Monday. \"Lima is sending a message,\" said Lucía Ortega, who "
            "studies migration at the University of Cusco.\n\n\"We will not be pressured,\" Ortega told reporters in Lima.")
    assert chain_name(text, "We will not be pressured") == "Pedro Ortega"


def test_two_speakers_split_by_the_parser_are_led_by_the_first() -> None:
    text = ("Two days after the announcement, the European Union's foreign policy chief, Pere Borrell, and trade "
            "commissioner Valdis Ozols said in a joint statement that the decision was \"extremely concerning\".")
    assert quote_with(quotes_of(text), "extremely concerning").speaker_text == "Pere Borrell"


def test_a_name_broken_by_a_line_is_not_two_speakers() -> None:
    text = ("Critics in the capital were less generous. The main opposition People Power\nParty accused Lee of "
            "\"buying a photo opportunity\" while the neighbours kept their claims unchanged.")
    assert quote_with(quotes_of(text), "buying a photo").speaker_text != "The main opposition"
