"""Head and tail layouts of scraped articles beyond "By X" bylines: labelled authors, "Name | Outlet"
lines, breadcrumbs, a wire dateline above the title, dates beside reading-time badges, wire credits
and tag lists at the end (articles written for these tests, with invented names)."""

from __future__ import annotations

import pytest

from newsgraph.ingest.plaintext import clean_plain_text

BODY = ("Chile and Peru agreed on Tuesday to reopen the Tacna border crossing after a week of talks in Lima.\n\n"
        "Trucks would move again from Friday, the two foreign ministries said.\n")


def head(lines: str) -> str:
    return lines + "\n\n" + BODY


@pytest.mark.parametrize(("text", "author", "outlet", "published"), [
    (head("Border crossing to reopen\nPublished: 04.03.2025\nAuthor: Lucia Quispe"), "Lucia Quispe", None, "2025-03-04"),
    (head("Border crossing to reopen\n\nLucia Quispe | The Andes Courier\nTue 4 Mar 2025 10.15 GMT"),
     "Lucia Quispe", "The Andes Courier", "2025-03-04"),
    (head("Border crossing to reopen\n\nLucia Quispe | March 4, 2025"), "Lucia Quispe", None, "2025-03-04"),
    (head("Border crossing to reopen\nReporter: Lucia Quispe\n4 March 2025 | 5 min read"),
     "Lucia Quispe", None, "2025-03-04"),
])
def test_authors_without_by(text: str, author: str, outlet: str | None, published: str) -> None:
    got = clean_plain_text(text)
    assert (got.title, got.author, got.outlet, got.published) == ("Border crossing to reopen", author, outlet, published)
    assert got.text.startswith("Chile and Peru agreed")


@pytest.mark.parametrize("label", ["World", "Middle East", "South America", "Metro Desk", "Andes Report"])
def test_a_section_or_region_beside_a_date_is_no_author(label: str) -> None:
    got = clean_plain_text(head(f"Border crossing to reopen\n\n{label} | March 4, 2025"))
    assert got.author is None and got.published == "2025-03-04"
    assert got.text.startswith("Chile and Peru agreed")


def test_name_and_pipe_without_any_date_is_left_alone() -> None:
    got = clean_plain_text(head("Border crossing to reopen\n\nLucia Quispe | The Andes Courier"))
    assert got.author is None


def test_breadcrumb_is_no_title() -> None:
    got = clean_plain_text(head("Home > World > Americas\nBorder crossing to reopen\nBy Lucia Quispe"))
    assert got.title == "Border crossing to reopen" and got.author == "Lucia Quispe"
    assert "Home" not in got.text


def test_an_inequality_in_a_sentence_is_no_breadcrumb() -> None:
    got = clean_plain_text(head("Border crossing to reopen\n\nExports rose 5% > forecast, traders said."))
    assert "Exports rose 5% > forecast" in got.text


def test_wire_dateline_above_the_title() -> None:
    got = clean_plain_text(head("LIMA, March 4 (AFP) -\n\nBorder crossing to reopen"))
    assert got.title == "Border crossing to reopen" and got.outlet == "AFP"
    assert got.published is None  # "March 4" without a year is no date


def test_undated_badge_line_keeps_the_date_unknown() -> None:
    got = clean_plain_text(head("Border crossing to reopen\nUpdated 3 hours ago | 5 min read"))
    assert got.published is None


@pytest.mark.parametrize(("tail", "author"), [
    ("Reporting by Lucia Quispe; Editing by Mark Holt", "Lucia Quispe"),
    ("(Reporting by Lucia Quispe in Lima; additional reporting by Ana Vela in Tacna; Editing by Mark Holt)",
     "Lucia Quispe"),
    ("Editing by Mark Holt", None),
    ("Tags: Chile, Peru, Trade", None),
])
def test_wire_credit_and_tag_lines_leave_the_body(tail: str, author: str | None) -> None:
    got = clean_plain_text("Border crossing to reopen\n\n" + BODY + "\n" + tail + "\n")
    assert got.text.endswith("the two foreign ministries said.")
    assert got.author == author


def test_a_sentence_about_reporting_stays() -> None:
    got = clean_plain_text("Border crossing to reopen\n\n" + BODY + "\nThe reporting by local radio was wrong, he said.\n")
    assert got.text.endswith("was wrong, he said.")


def test_byline_author_wins_over_a_credit_line() -> None:
    got = clean_plain_text("Border crossing to reopen\nBy Ana Vela\n\n" + BODY + "\nReporting by Lucia Quispe\n")
    assert got.author == "Ana Vela"


@pytest.mark.parametrize(("line", "iso"), [
    ("4th of March 2025", "2025-03-04"),
    ("Published 10:15 AM, March 4, 2025", "2025-03-04"),
    ("4 March 2025 - 10:15", "2025-03-04"),
    ("Published: Tuesday, March 4, 2025 - 10:15", "2025-03-04"),
    ("Published March 4, 2025 Updated March 5, 2025", "2025-03-04"),
    ("Updated: March 5, 2025 | Published: March 4, 2025", "2025-03-04"),
])
def test_date_line_layouts(line: str, iso: str) -> None:
    from newsgraph.ingest.dates import parse_date_line

    assert parse_date_line(line) == iso


@pytest.mark.parametrize("line", [
    "Updated March 5, 2025 Updated March 6, 2025",  # no publication date among them
    "The report was published March 4, 2025 and updated March 5, 2025",  # a sentence
    "10:15 AM",
])
def test_not_a_publication_date_line(line: str) -> None:
    from newsgraph.ingest.dates import parse_date_line

    assert parse_date_line(line) is None


def test_date_beside_a_clock_and_a_relative_stamp() -> None:
    got = clean_plain_text(head("Border crossing to reopen\nMarch 4, 2025 / 10:15 AM / Updated 2 hours ago"))
    assert got.published == "2025-03-04" and got.text.startswith("Chile and Peru agreed")


def test_a_sentence_opening_with_produced_by_stays() -> None:
    body = "Border crossing to reopen\n\n" + BODY + "\nProduced by a state factory, the trucks were sold to Bolivia.\n"
    got = clean_plain_text(body)
    assert got.text.endswith("the trucks were sold to Bolivia.")


def test_html_wire_credit_names_the_author_when_the_page_does_not() -> None:
    from newsgraph.ingest.html import extract_html

    paragraphs = "".join(f"<p>{p}</p>" for p in BODY.split("\n\n") if p.strip())
    page = (f"<html><head><title>Border crossing to reopen</title></head><body><article><h1>Border crossing to reopen"
            f"</h1>{paragraphs}<p>{'The ministries gave no figure for the trucks waiting at the crossing. ' * 3}</p>"
            f"<p>Reporting by Lucia Quispe in Lima; Editing by Mark Holt</p></article></body></html>")
    got = extract_html(page, url="https://example.org/border")
    assert got.author == "Lucia Quispe"
    assert "Editing by" not in got.text
