"""Ingest round 12 (found on held-out scrapes of other stories): a "Tags: A, B, C" line above a trailing
headline list is no outlet signing off; a toolbar row "Comments (47) | Print | Report an error" leaves
the body; an HTML byline row that runs on into the date ("Jo Marr · Published 26 February 2024")
gives the name alone. Pages written for these tests, with invented outlets and names."""

from __future__ import annotations

import pytest

from newsgraph.ingest import boilerplate as bp
from newsgraph.ingest.html import extract_html
from newsgraph.ingest.plaintext import clean_plain_text

STORY = ("The council met on Tuesday to discuss the border closure, officials said, after a week of "
         "tension between the two neighbours over smuggling.\n\n"
         "\"We will not accept this,\" the minister told reporters in the capital on Wednesday.\n\n"
         "The ministry said talks would resume next week in the capital, without giving a date.\n\n")


def test_a_tag_list_above_related_headlines_is_no_outlet() -> None:
    raw = ("VELL COURIER\nHome | World | Business\n\nBorder row deepens as crossings stay shut\n\nBy Jo Marr\n\n"
           + STORY + "Tags: Borders, Trade, Smuggling, Diplomacy\n\nRelated stories\n"
           "- Floods close the coastal road for a third day\n- Court jails two officials for fraud\n"
           "- Harvest falls short as the rains fail again\n")
    doc = clean_plain_text(raw)
    assert doc.outlet != "Tags: Borders, Trade, Smuggling, Diplomacy"
    assert "Tags:" not in doc.text


def test_a_labelled_list_is_no_signature_but_a_name_is() -> None:
    assert not bp.is_signature("Tags: Borders, Trade, Smuggling")
    assert not bp.is_signature("Borders, Trade, Smuggling")
    assert bp.is_signature("Vell Courier")


def test_a_toolbar_row_with_report_an_error_leaves_the_body() -> None:
    raw = ("Border row deepens as crossings stay shut\n\nBy Jo Marr\n\n" + STORY
           + "Comments (47)   |   Print   |   Report an error\n")
    assert "Report an error" not in clean_plain_text(raw).text


def test_a_sentence_about_reporting_an_error_stays() -> None:
    assert not bp.is_widget_line("The agency asked readers to report an error in the count.")


def test_an_html_byline_running_on_into_the_date_gives_the_name() -> None:
    html = ("<html><head><title>Border row deepens</title></head><body><article>"
            "<h1>Border row deepens as crossings stay shut</h1>"
            '<div class="byline">By <a href="/authors/jo-marr">Jo Marr</a> &middot; Published 26 February 2024</div>'
            + "".join(f"<p>{p}</p>" for p in STORY.strip().split("\n\n"))
            + "</article></body></html>")
    assert extract_html(html).author == "Jo Marr"


def test_a_consent_banner_that_never_says_cookie_leaves_the_body() -> None:
    assert bp.is_consent_banner("We value your privacy")
    assert bp.is_consent_banner("We and our 143 partners store and access information on your device to "
                                "personalise content and ads. Accept all | Reject | Manage preferences")
    assert not bp.is_consent_banner("Your privacy is important to the minister, he said.")


def test_a_search_box_and_an_icon_row_are_noise() -> None:
    from newsgraph.ingest.scrub import is_noise

    assert is_noise("Search...") and is_noise("f  t  in  ✉  🔗")
    assert not is_noise("Search teams found the wreck on Monday.")


def test_a_masthead_under_a_bare_menu_is_the_outlet_and_the_headline_below_the_title() -> None:
    raw = ("HOME  NEWS  ANALYSIS  BALTIC  NORDICS  DEFENCE  PODCAST  SUBSCRIBE\nSearch...\n\n"
           "VELL COURIER\n\nDefence\n\nBorder row deepens as crossings stay shut\n\n"
           "👁 5,832   💬 14 comments\nf  t  in  ✉  🔗\n\n" + STORY)
    doc = clean_plain_text(raw)
    assert (doc.title, (doc.outlet or "").lower()) == ("Border row deepens as crossings stay shut", "vell courier")
    assert doc.text.startswith("The council met")


def test_a_section_label_over_the_headline_is_neither_title_nor_outlet() -> None:
    raw = ("Skip to main content\nNORDCAST   World | Europe | Business | Markets | Sport\n\n"
           "WORLD NEWS\nBorder row deepens as crossings stay shut\n\nBy Jo Marr\n\n" + STORY)
    doc = clean_plain_text(raw)
    assert doc.title == "Border row deepens as crossings stay shut"
    assert doc.outlet != "WORLD NEWS" and "WORLD NEWS" not in doc.text


def test_a_share_row_naming_viber_is_a_widget_row() -> None:
    assert bp.is_widget_line("[Facebook] [X] [Viber] [Email] [Print]")
    assert not bp.is_widget_line("Signal from the minister was clear.")


@pytest.mark.parametrize("line", ["Diplomatic Correspondent", "Desk Report", "Staff Reporter"])
def test_a_staff_title_without_a_name_is_a_desk_line(line: str) -> None:
    assert bp.desk_line(line)


@pytest.mark.parametrize("line", ["Annual Report Shows Gains", "Foreign Correspondent Club", "Jane Doe"])
def test_a_headline_or_a_name_is_no_desk_line(line: str) -> None:
    assert not bp.desk_line(line)


def test_a_headline_above_a_staff_title_byline_is_the_title() -> None:
    raw = ("The Vell Ledger\nTuesday, 24 December 2024\nePaper | Subscribe\n\nHome  National  Politics  Diplomacy\n\n"
           "Diplomacy\n\nBorder row deepens as crossings stay shut\n\nDiplomatic Correspondent\n"
           "Lima\nPublished: 24 Dec 2024, 10:32 AM\nUpdated: 24 Dec 2024, 02:15 PM\n\n1,248 views\n"
           "Facebook  Messenger  X  WhatsApp  LinkedIn  Print\n\n" + STORY
           + "\n© 2024 The Vell Ledger. All rights reserved.\n")
    assert clean_plain_text(raw).title == "Border row deepens as crossings stay shut"


@pytest.mark.parametrize("line", [
    "Trucks wait at the border crossing, March 2, 2023. Agency/Jane Doe/File Photo  Purchase Licensing Rights",
    "The foreign minister. File photo: Collected",
])
def test_wire_licensing_and_file_photo_captions_are_captions(line: str) -> None:
    assert bp.is_caption(line)


def test_a_capitalised_masthead_with_a_motto_is_the_outlet() -> None:
    raw = ("VELL COURIER  |  News from the Andes in English\nHome > Economy > Trade\nLogin   Register\n\n"
           "Border row deepens as crossings stay shut\n\n27/02/2026 | 11:42  -  Updated 27/02/2026 | 13:05\n"
           "Views: 4,906\n\n" + STORY + "\n© 2026 Vell Courier. All rights reserved.\n")
    doc = clean_plain_text(raw)
    assert (doc.title, doc.outlet, doc.published) == ("Border row deepens as crossings stay shut", "Vell Courier",
                                                      "2026-02-27")


@pytest.mark.parametrize(("line", "day"), [
    ("27/02/2026 | 11:42  -  Updated 27/02/2026 | 13:05", "2026-02-27"),
    ("March 3, 2025 - Updated March 4, 2025", "2025-03-03"),
])
def test_a_date_and_time_then_an_update_stamp_gives_the_first_date(line: str, day: str) -> None:
    from newsgraph.ingest.dates import parse_date_line

    assert parse_date_line(line) == day


def test_a_sentence_about_an_update_is_no_date_line() -> None:
    from newsgraph.ingest.dates import parse_date_line

    assert parse_date_line("The talks were updated on March 4, 2025") is None


def test_a_window_title_that_cuts_the_headline_short_still_names_the_outlet() -> None:
    html = ("<html><head><title>Vell Brief - Noboa lifts Colombia levy to 50 percent</title></head><body>"
            "<div><h2 class='headline'>Noboa lifts Colombia levy to 50 percent, Bogota weighs diplomatic response</h2>"
            + "".join(f"<p>{p}</p>" for p in STORY.strip().split("\n\n")) + "</div></body></html>")
    doc = extract_html(html)
    assert doc.outlet == "Vell Brief"


def test_a_latest_briefs_list_after_the_story_leaves_the_body() -> None:
    raw = ("Border row deepens as crossings stay shut\n\nBy Jo Marr\n\n" + STORY + "Vell Policy Monitor\nLatest briefs\n"
           "Peru Opens Talks With Chile Over Water\n27.Nov.2025\nBolivia's Arce Pitches La Paz as a Hub\n26.Nov.2025\n"
           "Subscribe to our weekly brief\n")
    text = clean_plain_text(raw).text
    assert "Latest briefs" not in text and "Pitches La Paz" not in text
