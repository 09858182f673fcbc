"""Scraped pages with a weekday before a numeric date, a date beside a weather badge, a zone written
"GMT+8", an "Updated as of" stamp, a flattened counter row with bracketed share icons, a copyright
notice with the year after the holder, a credit "via" a desk, a wire credit wrapped over lines, a
name over a breadcrumb and a desk line named after the outlet (articles written for these tests, with
invented names)."""

from __future__ import annotations

import pytest

from newsgraph.ingest import boilerplate as bp
from newsgraph.ingest.dates import parse_date_line
from newsgraph.ingest.plaintext import clean_plain_text
from newsgraph.ingest.scrub import is_noise, scrub_lines
from test_ingest_round4 import BODY, TITLE, page

# --- dates -----------------------------------------------------------------------------------------

@pytest.mark.parametrize(("line", "iso"), [
    ("Sunday, 12.01.2025", "2025-01-12"),  # a weekday before a day.month.year date
    ("Tue Jul 2, 2024 9:15pm GMT+8", "2024-07-02"),  # a zone as an offset from GMT
    ("March 4, 2025 10:15 UTC+05:30", "2025-03-04"),
    ("Posted at Jun 24 2024 07:05 AM | Updated as of Jun 24 2024 09:31 AM", "2024-06-24"),
    ("Updated as of Jun 24 2024", "2024-06-24"),
])
def test_more_date_line_forms(line: str, iso: str) -> None:
    assert parse_date_line(line) == iso
    for other in ("Talks resumed on 12.01.2025 in Kestria", "Tue Jul 2, 2024 9:15pm GMT+", "as of Jun 24 2024 the port"):
        assert parse_date_line(other) is None


def test_a_weekday_settles_an_ambiguous_numeric_date() -> None:
    assert parse_date_line("Sun 05/01/2025") == "2025-01-05"  # 5 January 2025 was a Sunday
    assert parse_date_line("Thu 05/01/2025") == "2025-05-01"  # 1 May 2025 was a Thursday
    assert parse_date_line("Wed 05/01/2025") is None  # neither reading is a Wednesday
    assert parse_date_line("05/01/2025") is None  # no weekday: still never guessed
    assert parse_date_line("07/07/2025") == "2025-07-07"  # both readings are the same day


# --- boilerplate recognisers -----------------------------------------------------------------------

@pytest.mark.parametrize("line", ["Comments (12)", "Comments(1.2K)", "Views 340"])
def test_a_counter_with_its_number_in_brackets(line: str) -> None:
    assert bp.is_counter(line)
    for other in ("Comments (on the deal)", "Comments (12 new)", "Views differ"):
        assert not bp.is_counter(other)


@pytest.mark.parametrize("line", ["Views: 3,907   Comments (12)   [f] [x] [in] [mail]", "[f] [x] [in] [mail]",
                                  "2,140 reads   [Facebook] [Print]"])
def test_a_flattened_counter_row_with_bracketed_share_icons(line: str) -> None:
    assert bp.is_widget_line(line)
    for other in ("Views: 3,907   Talks resume in Dovan", "[Dovan] [Kestria]", "Comments (12)   Ferries sail at dawn"):
        assert not bp.is_widget_line(other)


@pytest.mark.parametrize(("line", "holder"), [
    ("(c) Maren Wire 2024. All rights reserved. Republication or redistribution of Maren Wire content "
     "is expressly prohibited without prior written consent.", ("2024", "Maren Wire")),
    ("© Dovan Herald 2019-2025", ("2025", "Dovan Herald")),
    ("© 2025 Dovan Herald. All rights reserved.", ("2025", "Dovan Herald")),
])
def test_a_copyright_notice_with_the_year_after_the_holder(line: str, holder: tuple[str, str]) -> None:
    assert bp.copyright_line(line) == holder
    assert bp.is_copyright_notice(line) and is_noise(line)
    for other in ("Copyright law in Kestria changed in 2024.", "© Ilse Varga",
                  "Copyright Office officials said 2024 was a record year."):
        assert not bp.is_copyright_notice(other)


@pytest.mark.parametrize("line", ["Dovan City 18°C", "☀ 31 °C", "Port Kestria -4°F"])
def test_a_weather_badge(line: str) -> None:
    assert bp.is_weather(line) and is_noise(line)
    for other in ("Temperatures reached 45°C in Dovan", "Dovan City 18 degrees", "18°C and rising"):
        assert not bp.is_weather(other)


@pytest.mark.parametrize("line", [
    "Patrol boats sail near the Kestria breakwater in this file photo. (Dovan Navy via Herald Photo Desk)",
    "The minister arrives in Dovan. (Ministry of Ports and Harbours via Maren Wire)",
])
def test_a_credit_via_a_desk_closes_a_caption(line: str) -> None:
    assert bp.is_caption(line)
    for other in ("He said goods would travel (Kestria via Dovan) by rail.",
                  "The convoy crossed the pass (via the old road) on Monday.",
                  "The minister arrives in Dovan. (Kestria via the northern road, officials said)"):
        assert not bp.is_caption(other)


def test_a_prompt_to_download_a_named_app() -> None:
    assert bp.is_prompt("Download the Dovan Herald app for breaking alerts!")
    for other in ("Download the latest Kestria harbour tide tables here",  # no app
                  "Download the new Kestria port authority tide app"):  # too many words for a site's name
        assert not bp.is_prompt(other)


def test_a_wire_credit_wrapped_over_lines_leaves_whole() -> None:
    lines = ["The talks end on Friday.", "", "(Reporting by Ilse Varga; Additional reporting by Tomas Brenn in",
             "Dovan; Editing by Petra Olm)", "", "Next paragraph stays."]
    out = scrub_lines(lines)
    assert out.lines == ["The talks end on Friday.", "", "", "", "", "Next paragraph stays."]
    assert out.reporter == "Ilse Varga"
    # a parenthesis that never closes is no wrapped credit: the lines after it stay
    open_lines = ["(Reporting by Ilse Varga; Editing by", "Petra Olm and the ferry union said",
                  "it would strike on Monday", "unless wages rose", "across the Dovan ports"]
    assert scrub_lines(open_lines).lines[1:] == open_lines[1:]


# --- whole pages -----------------------------------------------------------------------------------

def test_capital_masthead_weekday_numeric_date_with_weather_and_flattened_counter_row() -> None:
    raw = page("DOVAN HERALD\nSunday, 12.01.2025   Dovan City 18°C\n"
               "Home  News  Business  Opinion  Region  World  Sport  E-paper\n"
               "Breaking: Port fees rise in Kestria  |  Ferry line adds night crossing\n\n" + TITLE +
               "\n\nBy Ilse Varga, Staff Reporter\nViews: 3,907   Comments (12)   [f] [x] [in] [mail]",
               footer="Copyright (c) 2025 Dovan Herald. All rights reserved.")
    got = clean_plain_text(raw)
    assert (got.title, got.outlet, got.author, got.published) == (TITLE, "Dovan Herald", "Ilse Varga", "2025-01-12")
    for leak in ("Views", "Comments", "[f]", "18°C", "Copyright"):
        assert leak not in got.text
    assert got.text.startswith("Norvania and Tessaly agreed")


def test_wire_dateline_takes_the_year_of_a_notice_above_a_long_list() -> None:
    more = "\n".join(f"> Kestria harbour story number {n} draws crowds" for n in range(1, 7))
    raw = ("MAREN WIRE | World | Region\n\n" + TITLE + "\n\nBy Ilse Varga\n\nOSTRAVEN, Aug 13 (Maren Wire) - "
           + BODY + "\n(Additional reporting by Tomas Brenn; Editing by Petra Olm)\n\n"
           "(c) Maren Wire 2024. All rights reserved. Republication or redistribution of Maren Wire content "
           "is expressly prohibited without prior written consent.\n\nMORE FROM MAREN WIRE\n" + more + "\n")
    got = clean_plain_text(raw)
    assert (got.outlet, got.author, got.published) == ("Maren Wire", "Ilse Varga", "2024-08-13")
    for leak in ("Republication", "(c)", "Petra Olm", "harbour story"):
        assert leak not in got.text
    # the same page without any year stated: the dateline's day alone gives no date
    assert clean_plain_text(raw.replace("Maren Wire 2024.", "Maren Wire.")).published is None


def test_a_name_over_a_breadcrumb_named_again_in_the_footer_is_the_masthead() -> None:
    head = "Maren Wire\nWorld  >  Region\n\n" + TITLE + "\n\nTue Jul 2, 2024 9:15pm GMT+8"
    footer = ("Maren Wire, the news division of Maren Media Group, is a small wire service. Terms of use |\n"
              "All quotes delayed a minimum of 15 minutes.")
    got = clean_plain_text(page(head, footer=footer))
    assert (got.title, got.outlet, got.published) == (TITLE, "Maren Wire", "2024-07-02")
    assert "Region" not in got.text.split("\n\n")[0]
    # a line over a breadcrumb that the footer never names is not taken for a masthead
    other = clean_plain_text(page(head, footer="All quotes delayed a minimum of 15 minutes."))
    assert other.title == "Maren Wire" and other.outlet is None


def test_a_desk_line_named_after_the_masthead_is_neither_headline_nor_author() -> None:
    quote_title = "'We will not close the port,' Kestria minister tells dock workers"
    raw = page("Dovan Herald\nLIVE TV | Latest | Metro | Regions | World | Sports\n"
               "Download the Dovan Herald app for breaking alerts!\n\n" + quote_title + "\n\n"
               "Dovan Herald Digital\nPosted at Jun 24 2024 07:05 AM | Updated as of Jun 24 2024 09:31 AM\n\n"
               "👁 15.3K    💬 212    ↗ Share")
    got = clean_plain_text(raw)
    assert (got.title, got.outlet, got.author, got.published) == (quote_title, "Dovan Herald", None, "2024-06-24")
    assert "Digital" not in got.text and got.text.startswith("Norvania and Tessaly agreed")
    # a longer line that merely starts with the outlet's name is a headline, not its desk
    headline = "Dovan Herald Wins Regional Press Award Again"
    raw = page("Dovan Herald\nLIVE TV | Latest | Metro | Regions | World | Sports\n\n" + headline +
               "\n\nBy Ilse Varga\nJune 24, 2024")
    assert clean_plain_text(raw).title == headline


# --- a deck under the headline ---------------------------------------------------------------------

_DECK_PAGE = """KESTRIA HERALD
News  World  Region  Islands  Business  Sport  Culture  Crosswords
Wednesday, 20 September 2023

Privacy settings: we and our partners use cookies. Click "Agree" to consent.
Agree   Options

WORLD

Norland expels Kestrian diplomat as row over border killing escalates

Tit-for-tat expulsions follow the minister's claim in parliament; Varna says it is "deeply concerned"

3 min read  |  8,911 views  |  Comments (214)

Norland has ordered a senior Kestrian diplomat to leave the country within five days, retaliating after
Kestria expelled a Norlandic official over the killing of an activist near the border.

The foreign ministry announced the move on Tuesday after summoning Kestria's envoy.

(c) Kestria Herald 2023
"""


def test_the_deck_under_a_headline_is_not_the_title() -> None:
    assert clean_plain_text(_DECK_PAGE).title == "Norland expels Kestrian diplomat as row over border killing escalates"


def test_a_banner_above_a_headline_with_a_semicolon_is_not_the_title() -> None:
    page_text = _DECK_PAGE.replace(
        "Norland expels Kestrian diplomat as row over border killing escalates\n\n"
        "Tit-for-tat expulsions follow the minister's claim in parliament; Varna says it is \"deeply concerned\"\n\n",
        "Your privacy choices: we use cookies. Reject | Accept | Customise\n\n"
        "Norland and Kestria strike deal on border monitoring; Varna to ease ban step by step\n\n")
    assert clean_plain_text(page_text).title.startswith("Norland and Kestria strike deal")
