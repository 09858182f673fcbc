"""Ingest, round 14: lists of other headlines inside the body ("Related: A | B | C", "Lire aussi" over
"» X" lines, "Related" over bare headlines) are boilerplate; prose that merely starts with "Related" stays.
Invented headlines."""

from __future__ import annotations

from newsgraph.ingest.plaintext import clean_plain_text
from newsgraph.ingest.scrub import cut_inline_lists

BODY = "The envoys met in Vaduz on Monday and agreed to meet again in May, officials said."


def test_a_glued_list_of_headlines_is_cut() -> None:
    lines = [BODY, "", "Related: Chile and Peru sign water accord | Fiji opens new port | Oslo hosts chess final", "",
             BODY]
    assert cut_inline_lists(lines) == [BODY, "", "", "", BODY]


def test_a_header_over_bulleted_or_bare_headlines_is_cut() -> None:
    lines = [BODY, "", "Lire aussi", "» Chile and Peru sign water accord", "» Fiji opens new port", "", BODY,
             "", "Related", "Oslo hosts chess final", "Malta names new envoy to Tunis", "", BODY]
    assert [x for x in cut_inline_lists(lines) if x] == [BODY, BODY, BODY]


def test_prose_starting_with_related_stays() -> None:
    lines = [BODY, "", "Related coverage of the talks was scarce, he said.", "", "Related", BODY]
    assert cut_inline_lists(lines) == lines


def test_the_cleaned_article_keeps_no_inline_list() -> None:
    raw = "\n".join(["Envoys agree to meet again", "", BODY, "", "Related analysis",
                     "• Why Svalbard worries planners in Oslo", "• Canada orders new patrol ships", "", BODY,
                     "", "Most popular: Fiji opens new port | Oslo hosts chess final | Malta names envoy"])
    text = clean_plain_text(raw).text
    assert "Svalbard" not in text and "Fiji" not in text and text.count("Vaduz") == 2


def test_more_analysis_opens_a_list_too() -> None:
    lines = [BODY, "", "More analysis", "- Why Fiji is wary of Tonga", "- Can the Oslo talks be revived?", "", BODY]
    assert [x for x in cut_inline_lists(lines) if x] == [BODY, BODY]
