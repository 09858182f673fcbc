"""Speaker attribution, fourth round (found on held-out corpora of other stories): "the foreign ministry
said" is the foreign ministry the article named before, and "the government said" is the government of
the country the article last named as having one. Each rule has a case it must not fire on. Every
sentence here is written for these tests; the names and bodies are invented or varied."""

from __future__ import annotations

from test_quotes_round2 import speaker


def test_the_foreign_ministry_is_the_one_named_before() -> None:
    text = ("Chile's Foreign Ministry condemned the raid on its embassy. "
            '"Chile respects the decision of the court," the foreign ministry said.')
    assert speaker(text, "respects the decision").endswith("Foreign Ministry")


def test_a_modifier_the_named_body_lacks_does_not_match_it() -> None:
    text = ("Chile's Defence Ministry condemned the raid on its embassy. "
            '"Chile respects the decision of the court," the foreign ministry said.')
    assert speaker(text, "respects the decision") != "Defence Ministry"


def test_the_government_is_the_government_of_the_country_named() -> None:
    text = ("The government of Mali accused Algeria of shooting down the drone. "
            '"This was a premeditated hostile act," the government said.')
    assert speaker(text, "premeditated hostile act") == "Mali"


def test_the_government_with_no_country_named_stays_a_description() -> None:
    text = 'Talks resumed in Geneva. "We are ready," the government said.'
    assert speaker(text, "We are ready") not in ("Mali", "Geneva")
