"""Scraped heads with a masthead, section label and date around the headline; captions, counters,
menus and banners in plain-text scrapes (articles written for these tests, with invented names)."""

from __future__ import annotations

import pytest

from newsgraph.ingest import boilerplate as bp
from newsgraph.ingest.dates import is_date_line, parse_date_line
from newsgraph.ingest.plaintext import clean_plain_text

BODY = ("Norvania and Tessaly agreed on Tuesday to reopen the Vell river crossing after a week of talks in Ostra.\n\n"
        "Trucks would move again from Friday, the two foreign ministries said, and customs posts would follow.\n")
TITLE = "Norvania and Tessaly reopen river crossing after week of talks"


def page(head: str, footer: str = "") -> str:
    return head + "\n\n" + BODY + ("\n" + footer + "\n" if footer else "")


# --- dates -----------------------------------------------------------------------------------------

@pytest.mark.parametrize("line", [
    "Mar 4, 2025 | 9:40 PM CET   Updated 2 hours ago",
    "March 4, 2025 06:41 GMT  Updated 20 mins ago",
    "4 March 2025 · 3 hours ago",
])
def test_a_relative_update_stamp_after_a_date_leaves_the_date(line: str) -> None:
    assert parse_date_line(line) == "2025-03-04"
    # the stamp alone, or a sentence ending in one, is still no date
    for other in ("Updated 2 hours ago", "The vote was held 2 days ago", "Talks ended on March 4, 2025 3 weeks ago"):
        assert parse_date_line(other) is None


def test_an_ambiguous_numeric_date_is_a_date_line_without_a_date() -> None:
    assert is_date_line("Posted: 05/04/2025 | 17:20") and parse_date_line("Posted: 05/04/2025 | 17:20") is None
    assert not is_date_line("Prices rose 05/04 on the day")


# --- boilerplate recognisers -----------------------------------------------------------------------

@pytest.mark.parametrize("line", [
    "[Photo] Farmers cross the Vell river bridge on Tuesday. KWS/Imre Vastag",
    "[Photo: Delegates in the Ostra conference hall before the vote. Council Photo/Ada Merrow]",
    "[Image] Customs officers at the Brevik post on Monday",
])
def test_a_bracketed_media_label_opens_a_caption(line: str) -> None:
    assert bp.is_caption(line)
    for other in ("[Update] The ministry later confirmed the figure.",
                  "The photo agency said [its images] were taken on Monday."):
        assert not bp.is_caption(other)


def test_a_menu_flattened_with_double_spaces() -> None:
    assert bp.is_menu("Home  Nation  Politics  Frontier  Business  World  Opinion  Vellish edition")
    assert bp.is_menu("Home  News  Region  World  Video  العربية")
    assert not bp.is_menu("Norvania  Tessaly")  # two items are no menu
    assert not bp.is_menu("The minister said so.  Then she left.  Talks resume  on Friday  in Ostra")


@pytest.mark.parametrize("line", [
    "Like 2.3K  |  Share  |  Tweet  |  Views: 4,120",
    "👁 3,204   💬 27   🔗 Share",
])
def test_counter_and_widget_rows(line: str) -> None:
    assert bp.is_widget_line(line)
    # a number without an icon, or an icon among words, is no counter row
    assert not bp.is_widget_line("1,902 people crossed on Tuesday")
    assert not bp.is_widget_line("Turnout 💬 rose to 61 percent")


def test_rate_this_article_prompt() -> None:
    assert bp.is_prompt("Like this article?  👍 48   👎 3")
    assert not bp.is_prompt("I like this story, she said, and I will tell it again.")


def test_consent_banner_with_capital_buttons_after_an_opening() -> None:
    banner = ("We respect your privacy. We and our 180 partners use cookies and similar technologies. "
              "ACCEPT  REJECT  MORE OPTIONS")
    assert bp.is_consent_banner(banner)
    story = ("Regulators in Ostra said that the firm told users we and our partners use cookies, "
             "which they said was not enough to accept.")
    assert not bp.is_consent_banner(story)


def test_a_share_bar_is_no_signature() -> None:
    assert not bp.is_signature("Share  X  Facebook  LinkedIn  WhatsApp  Email")
    assert bp.is_signature("Vell Valley Courier")


@pytest.mark.parametrize(("line", "holder"), [
    ("Ostra Ledger (c) 2025. All rights reserved. Terms of Use | Privacy", ("2025", "Ostra Ledger")),
    ("Ostra Ledger © 2024", ("2024", "Ostra Ledger")),
])
def test_copyright_mark_after_the_holder(line: str, holder: tuple[str, str]) -> None:
    assert bp.copyright_line(line) == holder
    # a sentence naming copyright, or a photo credit, is no footer
    assert bp.copyright_line("The image is copyright 2025 of the estate") is None
    assert bp.copyright_line("Photo: Ada Merrow © 2024") is None


def test_desk_line() -> None:
    assert bp.desk_line("Ostra Ledger Staff") and bp.desk_line("Foreign Desk")
    assert not bp.desk_line("Ada Merrow") and not bp.desk_line("Staff")


def test_a_byline_with_a_date_after_the_name() -> None:
    assert bp.byline("By Ada Merrow | 28 September 2025") == ("Ada Merrow", None)
    assert bp.byline("By Ada Merrow | Ostra Ledger") == ("Ada Merrow", "Ostra Ledger")


# --- whole heads -----------------------------------------------------------------------------------

def test_acronym_masthead_section_label_and_date_with_update_stamp() -> None:
    raw = page("Skip to main content\nKWS | Kessel Wire Service\n"
               "Home | World | Europe | Markets | Energy | Sport\nSubscribe  |  Sign in\n\n"
               "EUROPE\n\n" + TITLE + "\n\nMar 4, 2025 | 9:40 PM CET   Updated 2 hours ago\n"
               "Share  Facebook  X  Email  |  Print  |  2,310 views\n\n"
               "[Photo] Farmers cross the Vell river bridge on Tuesday. KWS/Imre Vastag")
    got = clean_plain_text(raw)
    assert (got.title, got.outlet, got.published) == (TITLE, "Kessel Wire Service", "2025-03-04")
    assert "Imre Vastag" not in got.text and "Updated" not in got.text
    assert got.text.startswith("Norvania and Tessaly agreed")
    # an acronym whose letters the tagline does not spell out stays the name
    other = clean_plain_text(raw.replace("Kessel Wire Service", "Wire Service"))
    assert other.title == TITLE and other.outlet == "KWS"


def test_capital_masthead_with_edition_word_date_above_the_headline_and_widget_row() -> None:
    raw = page("OSTRA DAILY ONLINE\nHome  Nation  Politics  Frontier  Business  World  Opinion  Vellish edition\n"
               "Posted: 05/04/2025 | 17:20\n\nFRONTIER\n\n" + TITLE + "\n\n"
               "Like 2.3K  |  Share  |  Tweet  |  Views: 4,120",
               footer="(c) 2025 Ostra Daily. All rights reserved.")
    got = clean_plain_text(raw)
    assert (got.title, got.outlet) == (TITLE, "Ostra Daily")
    assert got.published is None  # day and month cannot be told apart
    for leak in ("Vellish edition", "Like 2.3K", "Views", "Posted"):
        assert leak not in got.text
    assert got.text.startswith("Norvania and Tessaly agreed")


def test_an_unambiguous_date_above_the_headline_is_read() -> None:
    raw = page("OSTRA DAILY ONLINE\nHome  Nation  Politics  Frontier  Business  World\n"
               "Posted: 25/04/2025 | 17:20\n\nFRONTIER\n\n" + TITLE + "\n\nLike 2.3K  |  Share  |  Tweet",
               footer="(c) 2025 Ostra Daily. All rights reserved.")
    got = clean_plain_text(raw)
    assert got.title == TITLE and got.published == "2025-04-25"


def test_masthead_confirmed_by_a_footer_with_the_mark_after_the_name_and_share_bar_above_the_list() -> None:
    raw = page("Ostra Ledger\nWorld | Region | Business | Markets | Sport\nSign in   Subscribe\n\n" + TITLE +
               "\n\nMarch 4, 2025 06:41 GMT  Updated 2 hours ago",
               footer="Our Standards: The Ostra Ledger Trust Principles.\n\n"
                      "Share  X  Facebook  LinkedIn  WhatsApp  Email\n\nREAD NEXT\n"
                      "- Brevik mayor opens new harbour\n- Tessaly budget passes first reading\n"
                      "- Storm closes Vell river ferries\n\n"
                      "Ostra Ledger (c) 2025. All rights reserved. Terms of Use | Privacy | Accessibility")
    got = clean_plain_text(raw)
    assert (got.title, got.outlet, got.published) == (TITLE, "Ostra Ledger", "2025-03-04")
    assert TITLE not in got.text and "Updated" not in got.text


def test_a_staff_line_under_the_headline_is_no_title() -> None:
    raw = page("Vell Pulse\nHome  News  Region  World  Opinion  Video\n\nREGION\n\n" + TITLE +
               "\n\nVell Pulse Staff\nPublished: 14/06/2025 - 09:12\n 1,204 views",
               footer="© 2025 Vell Pulse. All Rights Reserved.")
    got = clean_plain_text(raw)
    assert (got.title, got.outlet, got.author, got.published) == (TITLE, "Vell Pulse", None, "2025-06-14")
    assert "Staff" not in got.text


def test_masthead_with_a_section_menu_banner_icons_and_bracketed_photo() -> None:
    raw = page("Ostra Observer — Politics | Security | Energy | Europe | Asia\nSearch...   Login   Newsletter\n\n"
               "We respect your privacy. We and our 180 partners use cookies and similar technologies. "
               "ACCEPT  REJECT  MORE OPTIONS\n\nHome > Europe > Tessaly\n\n" + TITLE + "\n\n"
               "By Ada Merrow | 28 September 2025\n👁 3,204   💬 27   🔗 Share\n\n"
               "[Photo: Delegates in the Ostra conference hall before the vote. Council Photo/Ada Merrow]",
               footer="Like this article?  👍 48   👎 3\n\n© 2016–2025 Ostra Observer")
    got = clean_plain_text(raw)
    assert (got.title, got.outlet, got.author, got.published) == (TITLE, "Ostra Observer", "Ada Merrow", "2025-09-28")
    for leak in ("privacy", "180 partners", "3,204", "Council Photo", "Like this article"):
        assert leak not in got.text


def test_a_name_over_its_own_section_menu_is_a_masthead_without_a_footer() -> None:
    raw = page("Ostra Observer — Politics | Security | Energy | Europe | Asia\n\n" + TITLE + "\n\nMarch 4, 2025")
    got = clean_plain_text(raw)
    assert (got.title, got.outlet, got.published) == (TITLE, "Ostra Observer", "2025-03-04")
    # a headline with a dash and pipes is no masthead: its parts are not short section names
    line = "Ostra votes — turnout low | results due Friday | count slow in the north"
    got = clean_plain_text(page(line + "\n\nBy Ada Merrow\nMarch 4, 2025"))
    assert got.title == line and got.outlet is None
