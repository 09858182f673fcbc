"""Scraped heads with a bare byline, a local-time date line, a reading-time badge, a name over its
menu, consent buttons alone and credits closing caption lines (articles written for these tests,
with invented names)."""

from __future__ import annotations

import pytest

from newsgraph.ingest import boilerplate as bp
from newsgraph.ingest.dates import parse_date_line
from newsgraph.ingest.plaintext import clean_plain_text
from test_ingest_round4 import TITLE, page

# --- dates -----------------------------------------------------------------------------------------

@pytest.mark.parametrize("line", [
    "Thursday, 4 December 2025 | 14:05 Ostra time",
    "4 December 2025, 14:05 local time",
    "December 4, 2025 14:05 (New Brevik time)",
])
def test_a_date_with_a_clock_named_after_a_place(line: str) -> None:
    assert parse_date_line(line) == "2025-12-04"
    # "time" after a lower-case word, or a sentence around the date, is no zone
    for other in ("4 December 2025 14:05 the time", "Talks opened 4 December 2025 | 14:05 Ostra time",
                  "4 December 2025 14:05 Ostra times"):
        assert parse_date_line(other) is None


# --- boilerplate recognisers -----------------------------------------------------------------------

@pytest.mark.parametrize("line", ["Reading time: 6 minutes", "Estimated read time 3 min", "Read time: ~4 min"])
def test_a_reading_time_badge_is_a_counter(line: str) -> None:
    assert bp.is_counter(line)
    assert not bp.is_counter("Reading time for pupils rose by 5 minutes")
    assert not bp.is_counter("Reading time matters")


@pytest.mark.parametrize("line", ["ACCEPT   REJECT NON-ESSENTIAL", "Accept all  |  Reject all", "AGREE  MORE OPTIONS"])
def test_consent_buttons_alone_on_a_line(line: str) -> None:
    assert bp.is_consent_banner(line)
    for other in ("Accept the offer or reject it", "Reject all", "ACCEPT REJECT", "Ministers agree  Talks resume"):
        assert not bp.is_consent_banner(other)


@pytest.mark.parametrize("line", [
    "Crowds wait at the Brevik ferry terminal on Monday. (Ledger/File)",
    "Dockers unload grain in Ostra. (Vell Courier/Ada Merrow)",
    "Farmers load trucks near the Vell crossing. Credit: Ostra Ledger / local farmer",
    "Customs officers check papers at the border post. Photo: Imre Vastag",
])
def test_a_credit_closing_a_caption_line(line: str) -> None:
    assert bp.is_caption(line)
    for other in ("The road runs from Ostra to Brevik (Ostra/Brevik) and is closed.",
                  "The route was closed in both directions (north/south).",
                  "Ratings fell on Monday. Credit: agencies cut the outlook for the third time."):
        assert not bp.is_caption(other)


# --- whole heads -----------------------------------------------------------------------------------

def test_capital_masthead_tagline_bare_byline_local_time_date_and_reading_time() -> None:
    raw = page("OSTRA LEDGER\nIndependent reporting on the Vell valley and beyond\n"
               "Home | Norvania | Tessaly | Economy | Opinion | Video\n\n"
               "Cookies help us deliver our services. By using our services, you agree to our use of cookies. OK\n\n"
               + TITLE + "\n\nAda Merrow\nThursday, 4 December 2025 | 14:05 Ostra time\nReading time: 6 minutes\n"
               "Share  Facebook  X  Telegram  WhatsApp\n2,311 reads\n\n"
               "Farmers load trucks near the Vell crossing. Credit: Ostra Ledger / local farmer",
               footer="© 2025 Ostra Ledger. All rights reserved.")
    got = clean_plain_text(raw)
    assert (got.title, got.outlet, got.author, got.published) == (TITLE, "Ostra Ledger", "Ada Merrow", "2025-12-04")
    for leak in ("Reading time", "Credit:", "Independent reporting", "Ada Merrow", "2,311"):
        assert leak not in got.text
    assert got.text.startswith("Norvania and Tessaly agreed")


def test_a_short_title_case_headline_above_the_date_is_no_byline() -> None:
    headline = "Vell Ferries Resume"
    raw = page("OSTRA LEDGER\nIndependent reporting on the Vell valley and beyond\n"
               "Home | Norvania | Tessaly | Economy | Opinion | Video\n\n" + headline +
               "\n\nThursday, 4 December 2025 | 14:05 Ostra time",
               footer="© 2025 Ostra Ledger. All rights reserved.")
    got = clean_plain_text(raw)
    assert (got.title, got.author, got.published) == (headline, None, "2025-12-04")


def test_a_name_over_its_menu_is_a_masthead_and_buttons_and_file_credit_leave() -> None:
    raw = page("Vell Courier\nMenu   News   Region   Economy   Opinion   Videos   Podcast\nSearch...\n\n"
               "This site uses cookies. Some are essential, others help us improve your experience.\n"
               "ACCEPT   REJECT NON-ESSENTIAL\n\nREGION\n\n" + TITLE + "\n\nCourier Desk\n2 days ago\n"
               "Share this:  f   X   in   WhatsApp   Telegram   Copy link\nViews: 4,102\n\n"
               "Crowds wait at the Brevik ferry terminal on Monday. (Courier/File)")
    got = clean_plain_text(raw)
    assert (got.title, got.outlet, got.author) == (TITLE, "Vell Courier", None)
    for leak in ("REJECT", "(Courier/File)", "Vell Courier", "Search"):
        assert leak not in got.text
    assert got.text.startswith("Norvania and Tessaly agreed")


def test_a_headline_over_a_share_bar_is_no_masthead() -> None:
    headline = "Ferries Resume On Vell"
    raw = page(headline + "\nShare  Facebook  X  Email  WhatsApp\n\nTessaly Reopens Its Ports\n\nBy Ada Merrow\nMarch 4, 2025")
    got = clean_plain_text(raw)
    assert (got.title, got.outlet, got.author) == (headline, None, "Ada Merrow")
