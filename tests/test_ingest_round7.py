"""Scraped pages with a "Topics" label over a pipe list and a "Most viewed" sidebar at the foot, a
row of page facts (date, reading time, views), a wire's exchange-rate note, a caption printed twice
(once without its "Photo:" label), a caption in an element classed "credit", and a reader-funding
prompt (articles written for these tests, with invented names)."""

from __future__ import annotations

import pytest

from newsgraph.ingest import boilerplate as bp
from newsgraph.ingest.html import extract_html
from newsgraph.ingest.plaintext import clean_plain_text
from newsgraph.ingest.scrub import is_noise
from test_ingest_round4 import BODY, TITLE, page

FOOT = ("Topics\n\nNorvania | Tessaly | Diplomacy | Europe\n\nMost viewed\n\n"
        "- Storm floods the old port of Kelm as river bursts its banks\n\n"
        "- Veltrian cabinet survives confidence vote by two votes\n\n"
        "- Tennis: Ostra open final postponed by rain\n")


def test_a_topics_label_and_a_most_viewed_list_at_the_foot_are_cut() -> None:
    out = clean_plain_text(page(TITLE, FOOT))
    assert "Trucks would move again from Friday" in out.text
    for gone in ("Topics", "Diplomacy", "Most viewed", "Kelm", "confidence vote", "Ostra open"):
        assert gone not in out.text, gone


@pytest.mark.parametrize("header", ["Most viewed", "Most shared", "Most commented", "Popular this week",
                                    "Topics", "Related topics", "Tags"])
def test_more_trailing_list_headers(header: str) -> None:
    assert bp.is_trail_header(header)


@pytest.mark.parametrize("line", [
    "Topics of the talks included grain and the river border.",  # a sentence that starts with the word
    "Most viewed the deal as a first step.",
])
def test_a_sentence_opening_with_a_header_word_is_no_header(line: str) -> None:
    assert not bp.is_trail_header(line)


@pytest.mark.parametrize("line", [
    "19.07.2025  |  Reading time 5 min  |  Viewed 3 412 times",
    "March 4, 2025 · 4 min read · 1,204 views",
    "Viewed 1,204 times",
    "($1 = 1.5612 Norvanian crowns)",
    "(1 euro = $1.0850)",
    "Latitude Nine is reader-funded. Support our reporting.",
])
def test_page_facts_exchange_notes_and_funding_prompts_are_noise(line: str) -> None:
    assert is_noise(line) or bp.is_prompt(line)


@pytest.mark.parametrize("line", [
    "The rate was fixed at 1 = 1.5612 under the 1994 accord.",
    "March 4, 2025 | Ostra | Norvania",  # a date row without a counter is the date line, kept for the date
    "Readers viewed the deal as fair, according to a poll published on Friday, 19.07.2025.",
])
def test_prose_and_plain_date_rows_are_not_page_facts(line: str) -> None:
    assert not bp.is_meta_row(line) and not bp.is_currency_note(line)


def test_a_caption_printed_again_without_its_label_is_dropped() -> None:
    head = (f"{TITLE}\n\nPhoto: Customs officers wave trucks through at the Vell crossing. NVA/Photographer\n"
            "Customs officers wave trucks through at the Vell crossing. NVA/Photographer")
    out = clean_plain_text(page(head))
    assert "NVA/Photographer" not in out.text and "wave trucks through" not in out.text
    assert "Trucks would move again from Friday" in out.text


def test_an_element_classed_credit_is_a_caption() -> None:
    paras = "".join(f"<p>{p}</p>" for p in BODY.split("\n\n") if p.strip())
    html = (f"<html><head><title>{TITLE}</title></head><body><article><h1>{TITLE}</h1>"
            '<div class="photo"><img src="/a.jpg"><p class="credit">The Vell bridge, photographed from a '
            "Tessalian patrol boat. (Tessaly Defence Force)</p></div>"
            f"{paras}<p>Both ministries said inspections would resume within a month.</p></article></body></html>")
    out = extract_html(html)
    assert "Trucks would move again" in out.text
    assert "patrol boat" not in out.text


@pytest.mark.parametrize("line", ["Posted in: Politics, Foreign Affairs", "Leave a reply", "Leave a comment"])
def test_blog_category_lines_and_reply_prompts_are_dropped(line: str) -> None:
    assert bp.is_tag_line(line) or is_noise(line)


def test_a_sentence_about_leaving_a_reply_is_kept() -> None:
    assert not is_noise("the ministry did not leave a reply to our questions before the deadline on Friday")


def test_an_update_time_after_the_date_keeps_the_date() -> None:
    from newsgraph.ingest.dates import parse_date_line

    assert parse_date_line("27 Mar 2023, 14:05 · Updated 16:40") == "2023-03-27"
    assert parse_date_line("27 Mar 2023, 14:05 | Updated 16:40 GMT") == "2023-03-27"
    assert parse_date_line("Updated 16:40") is None


def test_a_small_towns_name_over_a_menu_is_the_masthead() -> None:
    # "Meridian" is also a town; a site named after a town is common, a capital over a menu is a section
    raw = ("Meridian\nTop News  Markets  World  Business  Legal  Analysis  More\n\nWorld\n\n"
           f"{TITLE}\n\nOSTRA, March 15 (Meridian) - {BODY}")
    out = clean_plain_text(raw)
    assert out.title == TITLE and out.outlet == "Meridian"
    assert "Top News" not in out.text and not out.text.startswith("World")


@pytest.mark.parametrize(("line", "author", "day"), [
    ("Daniel Kerrigan, Defence Editor · Monday 24 February 2025 · 1,907 reads", "Daniel Kerrigan", "2025-02-24"),
    ("Jane Doe | 3 March 2025", "Jane Doe", "2025-03-03"),
    ("19.07.2025  |  Reading time 5 min", None, "2025-07-19"),
])
def test_a_row_of_writer_date_and_counters(line: str, author: str | None, day: str) -> None:
    assert bp.meta_row(line) == (author, day)


@pytest.mark.parametrize("line", [
    "Kenya and Uganda | 3 March 2025",  # places, not a writer
    "The talks, held on 3 March 2025 · resumed",
    "Jane Doe | Defence | Politics",  # no date: a menu
])
def test_rows_that_are_not_writer_and_date(line: str) -> None:
    assert bp.meta_row(line) is None


def test_a_writer_and_date_row_in_an_html_meta_element() -> None:
    paras = "".join(f"<p>{p}</p>" for p in BODY.split("\n\n") if p.strip())
    html = (f"<html><head><title>{TITLE}</title></head><body><article><h1>{TITLE}</h1>"
            '<div class="meta">Ada Merrow, Defence Editor &middot; Monday 24 February 2025 &middot; 1,907 reads</div>'
            f"{paras}<p>Both ministries said inspections would resume within a month.</p></article></body></html>")
    out = extract_html(html)
    assert out.author == "Ada Merrow" and out.published == "2025-02-24"


def test_a_writer_and_date_row_under_a_plain_text_headline() -> None:
    out = clean_plain_text(page(f"{TITLE}\n\nAda Merrow, Defence Editor · Monday 24 February 2025 · 1,907 reads"))
    assert out.author == "Ada Merrow" and out.published == "2025-02-24"
    assert "1,907" not in out.text


@pytest.mark.parametrize("header", ["MOST READ THIS WEEK", "Most popular today", "Trending now"])
def test_list_headers_with_a_time_qualifier(header: str) -> None:
    assert bp.is_trail_header(header)


def test_listen_prompt_is_noise() -> None:
    assert bp.is_prompt("Listen to this article")


def test_a_masthead_with_a_flattened_section_menu() -> None:
    raw = (f"Skip to main content\nNORVA LEDGER | Politics  Economy  World  Opinion  Sports  Video\n"
           f"Subscribe | Log in\n\nWorld\n{TITLE}\n\nBy Ada Merrow\nMonday, March 4, 2025 | 06:40\n\n{BODY}\n")
    out = clean_plain_text(raw)  # no footer names the outlet: the menu after the name shows it is one
    assert out.title == TITLE and out.outlet and out.outlet.lower() == "norva ledger" and out.author == "Ada Merrow"


def test_a_spaced_menu_with_a_language_switch_and_grouped_counters() -> None:
    raw = ("NORVA DAILY\nNews  Politics  Economy  Society  Regions  Sport  Culture  Opinion   | RU | KG | EN |\n"
           f"Search...\n\nPolitics\n\n{TITLE}\n\nViews: 2 317    Comments: 14\n[f] [x] [tg]\n\n{BODY}\n")
    out = clean_plain_text(raw)
    assert out.title == TITLE and out.outlet and out.outlet.lower() == "norva daily"
    assert "Views" not in out.text and "Comments" not in out.text


def test_a_date_and_counter_parted_by_spaces_and_an_also_on_list() -> None:
    raw = ("OSTRA MONITOR  |  independent news from the valley\nMain  /  Region  /  Politics  /  Economy  /  About\n\n"
           f"01.04.2025 10:12          Views: 9 604\n\n{TITLE}\n\n{BODY}\n\nALSO ON OSTRA MONITOR\n"
           "> Cotton harvest targets cut amid drought\n> Airline adds flights to Kelm\n\n"
           "(c) 2016-2025 Ostra Monitor. Use of materials requires a link to the source.\n")
    out = clean_plain_text(raw)
    assert out.title == TITLE and out.published == "2025-04-01"
    assert "Cotton" not in out.text and "ALSO ON" not in out.text


@pytest.mark.parametrize("line", ["The vote was 2 317 to 14", "PAN Newswire | World  Africa  Business  Markets  Sport  Video"])
def test_prose_numbers_and_a_masthead_with_its_menu_are_no_counter_or_plain_menu(line: str) -> None:
    assert not bp.is_counter(line) and not (line.startswith("PAN") and bp.is_menu(line))
