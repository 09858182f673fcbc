"""Ingest round 10 (found on held-out scrapes of other stories): a caption line right above a bare
credit ("Photograph: Agency via Picture Desk") leaves the body; an acronym masthead spelled out
beside it is the outlet even when the acronym is also some place's code; a wire dateline naming two
cities ("CITY/CITY, Oct 30 (Agency) -") leaves the body and gives the day in the footer's year.
Pages written for these tests, with invented outlets and names."""

from __future__ import annotations

from newsgraph.ingest.plaintext import clean_plain_text

STORY = ("The council met on Tuesday to discuss the border closure, officials said, after a week of "
         "tension between the two neighbours over smuggling.\n\n"
         "\"We will not accept this,\" the minister told reporters in the capital on Wednesday.\n\n")


def test_a_caption_above_a_bare_credit_leaves_the_body() -> None:
    raw = ("Border row deepens as crossings stay shut\n\nBy Jo Marr\n\n" + STORY
           + "Smoke rises from a fuel depot near the southern port on Tuesday.\n"
           "Photograph: Agency via Picture Desk\n\n"
           "The ministry said talks would resume next week in the capital, without giving a date.\n")
    text = clean_plain_text(raw).text
    assert "Smoke rises" not in text and "talks would resume" in text


def test_a_story_line_above_a_credit_with_a_blank_between_stays() -> None:
    raw = ("Border row deepens as crossings stay shut\n\nBy Jo Marr\n\n" + STORY
           + "The ministry said talks would resume next week.\n\n"
           "Photograph: Agency via Picture Desk\n")
    assert "talks would resume" in clean_plain_text(raw).text


def test_an_acronym_masthead_with_its_spelled_out_name_is_the_outlet_not_the_title() -> None:
    # "HNA" is also an airport code; the line is still the masthead
    raw = ("HNA | Harbour News Agency\nHome  World  Africa  Markets  Video\nLog in | Register\n\n"
           "Gulf state rejects decision to cut ties\n\nBy Jo Marr\n\n"
           "PORT CITY, May 8 (HNA) - The government said on Wednesday it did not recognise the decision, "
           "calling it unlawful and void.\n\n" + STORY + "© 2025 Harbour News Agency. All rights reserved.\n")
    page = clean_plain_text(raw)
    assert page.title == "Gulf state rejects decision to cut ties"
    assert page.outlet == "Harbour News Agency" and page.published == "2025-05-08"
    assert page.text.startswith("The government said")


def test_a_dateline_with_two_cities_gives_the_day_in_the_footers_year() -> None:
    raw = ("Nordwire | World | Europe\n\nTrucks held at border as row deepens\n\n"
           "RIGA/TALLINN, Oct 30 (Nordwire) - Officials moved hundreds of stranded trucks into guarded "
           "lots on Thursday, as the row over the closed crossings deepened.\n\n" + STORY
           + "© 2025 Nordwire. All rights reserved.\n")
    page = clean_plain_text(raw)
    assert page.published == "2025-10-30" and page.text.startswith("Officials moved")
