"""Scraped pages with a caption credit in capitals ("PHOTO: Outlet/Name"), a caption closed by a bare
agency name in parentheses, a print/font-size toolbar, a share bar with messenger icons and a comment
counter, a hashtag row under the story, year-first dotted dates ("2025.10.31 11:20") with a "Modified"
stamp, a date line followed by the outlet in parentheses, and an HTML page whose og:title is a shortened
copy of its <h1> headline (articles written for these tests, with invented names)."""

from __future__ import annotations

import pytest

from newsgraph.ingest import boilerplate as bp
from newsgraph.ingest import pagemeta
from newsgraph.ingest.dates import parse_date_line, split_source_tail
from newsgraph.ingest.html import extract_html
from newsgraph.ingest.plaintext import clean_plain_text
from newsgraph.ingest.scrub import is_noise

HEADLINE = "Dravonia and Quell agree to reopen the Senna river ferry"
BODY = ("The transport ministers of Dravonia and Quell agreed on Monday to reopen the Senna river ferry, "
        "closed since a customs quarrel three summers ago.\n\n"
        "Crossings would resume in April, the two ministries said in a joint statement, and a second boat "
        "would follow once the landing stages on both banks were repaired.\n")


def page(head: str, tail: str = "") -> str:
    return head + "\n\n" + BODY + ("\n" + tail + "\n" if tail else "")


# --- caption credits -----------------------------------------------------------------------------------

@pytest.mark.parametrize("line", [
    "Minister Ana Velt greets her counterpart at the ferry landing in Port Orra. PHOTO: Senna Post/Ilse Varn",
    "The ferry leaves Port Orra on Monday. IMAGE: Harbour Wire",
    "Ministers Ana Velt and Teo Marsk pose for a photo before their talks in Port Orra, Monday. (Varta)",
    "The ferry Senna Star at its berth in Port Orra on Monday. (Quell News Agency)",
])
def test_is_caption_reads_capital_labels_and_bare_agency_credits(line: str) -> None:
    assert bp.is_caption(line)


@pytest.mark.parametrize("line", [
    # prose that mentions a photo and an agency inside its sentences stays
    "Varta reported that the ministers posed for a photo before the talks in Port Orra.",
    "The ministers met on Monday. Varta reported that the talks lasted three hours (Varta)",
    "Thank you all for coming. (Applause)",
    "The ferry line was closed in 2021 after the collapse of the landing stage (Port Orra).",
    "The agency wrote that the ferry was safe; the photo agency disagreed. Photo agencies often do.",
])
def test_is_caption_keeps_prose_about_photos_and_agencies(line: str) -> None:
    assert not bp.is_caption(line)


def test_clean_plain_text_moves_bare_agency_credit_caption_out_of_the_body() -> None:
    caption = "Ministers Ana Velt and Teo Marsk pose for a photo before their talks in Port Orra, Monday. (Varta)"
    out = clean_plain_text(page(HEADLINE + "\n\nBy Lio Brandt\n\n" + caption))
    assert "(Varta)" not in out.text
    assert caption in out.captions


def test_clean_plain_text_keeps_prose_quoting_an_agency() -> None:
    line = "Varta reported that the ministers would meet again in the autumn."
    out = clean_plain_text(page(HEADLINE + "\n\nBy Lio Brandt", line))
    assert line in out.text


# --- toolbars and share bars ---------------------------------------------------------------------------

@pytest.mark.parametrize("line", [
    "[Print] [Font +] [Font -] [Share]",
    "[A+] [A-] [Print]",
    "[ f ] [ X ] [ LINE ] [ Mail ]    312 comments",
    "[KakaoTalk] [Facebook] [Copy link]",
])
def test_is_noise_drops_print_font_and_messenger_toolbars(line: str) -> None:
    assert is_noise(line)


@pytest.mark.parametrize("line", [
    "Print editions of the Senna Post will cost more from March.",
    "The font of the new ferry timetable is larger, a spokesman said.",
    "A new bus line will link the two landing stages.",
    "Line",
])
def test_is_noise_keeps_prose_mentioning_print_font_or_line(line: str) -> None:
    assert not is_noise(line)


# --- hashtag rows ---------------------------------------------------------------------------------------

@pytest.mark.parametrize("line", [
    "Tags #Ana Velt #Dravonia #Senna ferry #Transport",
    "Keywords #Quell",
    "#Dravonia #Quell #ferries",
])
def test_is_tag_line_reads_hashtag_rows(line: str) -> None:
    assert bp.is_tag_line(line)


@pytest.mark.parametrize("line", [
    "Tags on the new ferry tickets carry the hashtag #SennaStar, the operator said.",
    "The campaign used #SennaStar on posters.",
    "#Dravonia",
    "Tags were checked at the landing stage.",
])
def test_is_tag_line_keeps_sentences_with_tags_or_hashtags(line: str) -> None:
    assert not bp.is_tag_line(line)


def test_clean_plain_text_drops_a_trailing_hashtag_row() -> None:
    out = clean_plain_text(page(HEADLINE + "\n\nBy Lio Brandt", "Tags #Ana Velt #Dravonia #Senna ferry"))
    assert "#" not in out.text
    assert out.text.endswith("were repaired.")


# --- dates ------------------------------------------------------------------------------------------------

@pytest.mark.parametrize(("line", "iso"), [
    ("2025.10.31 14:05", "2025-10-31"),
    ("2025. 10. 31.", "2025-10-31"),
    ("Published : 2025.10.31 11:20  Modified : 2025.10.31 14:02", "2025-10-31"),
    ("Modified : 2025.11.02 09:00  Published : 2025.10.31 11:20", "2025-10-31"),
    ("Published 2026/01/14", "2026-01-14"),
    ("Jan 14, 2026 (Senna Post)", "2026-01-14"),
    ("Jan 14, 2026 (JST)", "2026-01-14"),
])
def test_parse_date_line_reads_dotted_year_first_and_source_tails(line: str, iso: str) -> None:
    assert parse_date_line(line) == iso


@pytest.mark.parametrize("line", [
    "Version 2025.10.31 of the timetable (Senna Post)",
    "The ferry resumed on Jan 14, 2026 (Senna Post)",
    "2025.13.31",
    "(Senna Post)",
])
def test_parse_date_line_rejects_look_alikes(line: str) -> None:
    assert parse_date_line(line) is None


def test_split_source_tail_names_the_outlet_but_not_a_zone() -> None:
    assert split_source_tail("Jan 14, 2026 (Senna Post)") == ("Jan 14, 2026", "Senna Post")
    assert split_source_tail("Jan 14, 2026 (JST)") == ("Jan 14, 2026", None)
    assert split_source_tail("Jan 14, 2026") == ("Jan 14, 2026", None)


def test_clean_plain_text_reads_head_dates_in_both_shapes() -> None:
    korean = clean_plain_text(page(
        HEADLINE + "\n\nBy Lio Brandt\nPublished : 2025.10.31 11:20  Modified : 2025.10.31 14:02\nViews 2,118"))
    assert korean.published == "2025-10-31"
    assert "Modified" not in korean.text
    japanese = clean_plain_text(page(HEADLINE + "\n\nJan 14, 2026 (Senna Post)\n\n[ f ] [ X ] [ LINE ]    12 comments"))
    assert japanese.published == "2026-01-14"
    assert japanese.outlet == "Senna Post"
    assert "Senna Post" not in japanese.text and "comments" not in japanese.text


# --- the page's own headline over a social title ------------------------------------------------------

def html_page(og_title: str, h1: str, *, extra_h1: str = "") -> str:
    paras = "".join(f"<p>{p}</p>" for p in BODY.strip().split("\n\n"))
    return (f"<html><head><title>{og_title} | Senna Post</title>"
            f'<meta property="og:title" content="{og_title}">'
            '<meta property="og:site_name" content="Senna Post"></head><body>'
            f"{extra_h1}<article><h1>{h1}</h1><p>By Lio Brandt</p>{paras}</article></body></html>")


def test_extract_html_prefers_h1_over_shortened_og_title() -> None:
    short = "Dravonia and Quell reopen Senna river ferry, crossings from April"
    out = extract_html(html_page(short, HEADLINE + " after three years"))
    assert out.title == HEADLINE + " after three years"
    assert HEADLINE not in out.text
    assert out.outlet == "Senna Post"


def test_page_headline_keeps_the_title_when_h1_is_another_text() -> None:
    tree = pagemeta.parse(html_page(HEADLINE, "Senna Post"))
    assert pagemeta.page_headline(tree, title=HEADLINE) == HEADLINE
    tree = pagemeta.parse(html_page(HEADLINE, "Weather warning for the northern coast this weekend"))
    assert pagemeta.page_headline(tree, title=HEADLINE) == HEADLINE


def test_page_headline_prefers_the_article_h1_over_a_logo_h1() -> None:
    tree = pagemeta.parse(html_page("Dravonia and Quell agree ferry deal", HEADLINE,
                                    extra_h1="<h1 class='logo'>Senna Post</h1>"))
    assert pagemeta.page_headline(tree, title="Dravonia and Quell agree ferry deal") == HEADLINE
