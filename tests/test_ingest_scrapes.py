"""Scrapes with page furniture around the story: mastheads, consent banners, widget rows, wire credits.

Every outlet and person here is invented for these tests.
"""

from __future__ import annotations

import pytest

from newsgraph.ingest import boilerplate as bp
from newsgraph.ingest.dates import month_day, parse_date_line
from newsgraph.ingest.html import _author, _drop_title_copy
from newsgraph.ingest.plaintext import clean_plain_text

# ---------------------------------------------------------------- line rules


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("We use cookies to improve your visit. By continuing you agree. [Accept all] [Settings]", True),
        ("Ce site utilise des cookies. This site uses cookies to measure audience. [OK] [Refuser]", True),
        ('Privacy notice: our partners store cookies on your device. Click "I agree". [I agree] [Options]', True),
        ("The regulator said websites must let users refuse cookies before tracking them.", False),
        ("Bakers sold 4,000 cookies at the harvest fair on Sunday, organisers said.", False),
    ],
)
def test_ingest_scrapes_consent_banner(line: str, expected: bool) -> None:
    assert bp.is_consent_banner(line) is expected


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Listen to this article  |  Font A- A+  |  3.1k reads", True),
        ("902 views | Partager : Facebook  X  LinkedIn  WhatsApp", True),
        ("Listen to this article (4 min)", True),
        ("Share prices fell sharply in Tamale on Monday", False),
        ("Print media is in decline | Analysis", False),
        ("X | Facebook", False),
    ],
)
def test_ingest_scrapes_widget_line(line: str, expected: bool) -> None:
    assert bp.is_widget_line(line) is expected


@pytest.mark.parametrize(("line", "expected"), [("------------", True), ("* * *", True), ("A - B - C", False)])
def test_ingest_scrapes_rule_line(line: str, expected: bool) -> None:
    assert bp.is_rule_line(line) is expected


@pytest.mark.parametrize(
    ("line", "expected"),
    [("By the news desk", True), ("By Harbor Ledger Bureau", True), ("By Ama Owusu", False), ("By Kofi Mensah and Ama Owusu", False)],
)
def test_ingest_scrapes_desk_byline(line: str, expected: bool) -> None:
    assert bp.desk_byline(line) is expected


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("© 2024 Harbor Ledger. All rights reserved.", ("2024", "Harbor Ledger")),
        ("Copyright (c) The Tidewater Courier Pvt Ltd. Follow us: Facebook", (None, "The Tidewater Courier")),
        ("(c) 2023 Lagoon Wire. All rights reserved.", ("2023", "Lagoon Wire")),
        ("Copyright law is changing fast in the bloc, lawyers say.", None),
        ("The harbour reopened on Monday.", None),
    ],
)
def test_ingest_scrapes_copyright_line(line: str, expected: tuple[str | None, str] | None) -> None:
    assert bp.copyright_line(line) == expected


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("(Reporting by Lagoon Wire bureaus in Accra and Lome; Writing by Ama Owusu; Editing by Tom Reyes)", "Ama Owusu"),
        ("(Reporting by Kofi Mensah in Accra; Writing by Ama Owusu)", "Kofi Mensah"),
        ("(Reporting by Lagoon Wire Accra bureau; Editing by Lagoon Wire desk)", ""),
        ("Writing by Ama Owusu; Editing by Tom Reyes", "Ama Owusu"),
        ("(Additional reporting by Kofi Mensah)", ""),
    ],
)
def test_ingest_scrapes_credit_line(line: str, expected: str) -> None:
    assert bp.credit_line(line) == expected


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Filed 2024-11-03 14:05 GMT", "2024-11-03"),
        ("14/11/2024 09:30 GMT | Updated 15/11/2024 10:00 GMT", "2024-11-14"),
        ("11/14/2024", "2024-11-14"),
        ("05/06/2024", None),  # day or month first? nothing says: no date
        ("2024-11-03 Harbour", None),
        ("14/11/2024 | Opinion", None),
    ],
)
def test_ingest_scrapes_date_lines(line: str, expected: str | None) -> None:
    assert parse_date_line(line) == expected


def test_ingest_scrapes_month_day() -> None:
    assert month_day("March 3") == (3, 3)
    assert month_day("3 March") == (3, 3)
    assert month_day("Marching") is None


def test_ingest_scrapes_html_author_without_job_title() -> None:
    assert _author("Ama Owusu; Senior Fellow") == "Ama Owusu"
    assert _author("Ama Owusu; Kofi Mensah") == "Ama Owusu; Kofi Mensah"
    assert _author("Staff Writer") is None


def test_ingest_scrapes_html_kicker_above_title_copy() -> None:
    lines = ["Commentary", "Can the harbour talks resume?", "The talks stalled in May."]
    _drop_title_copy(lines, "Can the harbour talks resume?")
    assert lines == ["", "", "The talks stalled in May."]
    keep = ["The talks stalled in May after a long week.", "Can the harbour talks resume?", "More text."]
    _drop_title_copy(keep, "Can the harbour talks resume?")
    assert keep[0].startswith("The talks stalled")  # a sentence above the copy is not a kicker


# ---------------------------------------------------------------- whole scrapes

CAPS_MASTHEAD = """Skip to main content
THE TIDEWATER COURIER
Home | Coast | World | Business | Opinion | Subscribe

Privacy notice: We and our partners use cookies to store information on your device. [I agree] [Options]

COAST / PORTS
Port workers end strike after deal on night-shift pay in Marabella

14 November 2024, 07:40 am
Listen to this article  |  Font A- A+  |  3.1k reads

Marabella: Dock workers at the port of Marabella ended a nine-day strike on Wednesday after the port authority agreed to raise night-shift pay.

"We got what we came for," union leader Ines Valcourt told reporters outside the gate.

Tags: Marabella, ports, strikes

YOU MAY ALSO LIKE
> Rail fares to rise by four per cent in January
> Coastal storm warning lifted for the northern districts

------------------------------
Copyright (c) The Tidewater Courier Pvt Ltd. Follow us: Facebook | X
"""


def test_ingest_scrapes_caps_masthead_is_outlet_not_title() -> None:
    ex = clean_plain_text(CAPS_MASTHEAD)
    assert ex.title == "Port workers end strike after deal on night-shift pay in Marabella"
    assert ex.outlet == "The Tidewater Courier"
    assert ex.published == "2024-11-14"
    assert ex.text.startswith("Marabella: Dock workers")
    for junk in ("cookies", "COAST", "Listen to", "3.1k", "Rail fares", "Skip to", "-----"):
        assert junk not in ex.text


WIRE_MASTHEAD = """Lagoon Wire | World News
Markets  Politics  World  Business  Video
-----------------------------------------

Ghana and Togo agree to reopen border crossing at Aflao

3 minute read
Filed 2024-03-03 18:20 GMT

ACCRA, March 3 (Lagoon Wire) - Ghana and Togo agreed on Sunday to reopen the Aflao crossing, officials from both governments said.

Traders had lobbied for months for the crossing to reopen.

(Reporting by Lagoon Wire bureaus in Accra and Lome; Writing by Ama Owusu; Editing by Tom Reyes)

Our Standards: The Lagoon Wire Trust Principles.

Read next
- Floods close schools in the northern region
- Central bank holds rates for a third month

(c) 2024 Lagoon Wire. All rights reserved.
"""


def test_ingest_scrapes_wire_masthead_filed_line_and_writer_credit() -> None:
    ex = clean_plain_text(WIRE_MASTHEAD)
    assert ex.title == "Ghana and Togo agree to reopen border crossing at Aflao"
    assert ex.outlet == "Lagoon Wire"
    assert ex.author == "Ama Owusu"
    assert ex.published == "2024-03-03"
    assert ex.text.startswith("Ghana and Togo agreed")
    for junk in ("Markets", "Filed", "Our Standards", "Read next", "Floods close", "minute read"):
        assert junk not in ex.text


DATELINE_ONLY = """Lagoon Wire | World News

Ghana and Togo agree to reopen border crossing at Aflao

ACCRA, March 3 (Lagoon Wire) - Ghana and Togo agreed on Sunday to reopen the Aflao crossing, officials said.

Traders had lobbied for months for the crossing to reopen, and lorries queued overnight.
{footer}"""


def test_ingest_scrapes_dateline_year_from_copyright_footer() -> None:
    ex = clean_plain_text(DATELINE_ONLY.format(footer="\n(c) 2024 Lagoon Wire. All rights reserved.\n"))
    assert ex.published == "2024-03-03"
    assert ex.outlet == "Lagoon Wire"


def test_ingest_scrapes_dateline_without_year_stays_undated() -> None:
    ex = clean_plain_text(DATELINE_ONLY.format(footer=""))
    assert ex.published is None  # nothing gives the year: no guess


DESK_BYLINE = """Harbour dredging contract goes to a local consortium

By the news desk
1 284 views | Partager : Facebook  X  LinkedIn

The port authority awarded the dredging contract to a consortium of three local firms on Friday.

The work is due to start in the dry season.
"""


def test_ingest_scrapes_desk_byline_names_no_author() -> None:
    ex = clean_plain_text(DESK_BYLINE)
    assert ex.title == "Harbour dredging contract goes to a local consortium"
    assert ex.author is None
    assert ex.text.startswith("The port authority")
    assert "news desk" not in ex.text and "views" not in ex.text


BUREAU_BYLINE = DESK_BYLINE.replace("By the news desk", "By Harbor Ledger Bureau")
PERSON_BYLINE = DESK_BYLINE.replace("By the news desk", "By Ines Valcourt")


def test_ingest_scrapes_bureau_byline_is_not_a_person() -> None:
    assert clean_plain_text(BUREAU_BYLINE).author is None
    assert clean_plain_text(PERSON_BYLINE).author == "Ines Valcourt"


PLAIN_FIRST_LINE_TITLE = """Floods | What we know so far

By Ines Valcourt
2024-11-14

Heavy rain flooded three districts of Marabella overnight, the city said.
"""


def test_ingest_scrapes_first_line_headline_is_kept_as_title() -> None:
    ex = clean_plain_text(PLAIN_FIRST_LINE_TITLE)
    assert ex.title == "Floods | What we know so far"
    assert ex.outlet is None
    assert ex.author == "Ines Valcourt"


def test_ingest_scrapes_quoted_cookie_sentence_is_story_text() -> None:
    assert not bp.is_consent_banner("“We use cookies only with consent,” the company said in a statement.")
    assert not bp.is_prompt("Our standards have slipped, the minister admitted in parliament.")
    assert bp.is_prompt("Our Standards: The Lagoon Wire Trust Principles.")


CAPS_HEADLINE = """HARBOUR STRIKE ENDS

Dock workers return after nine days as the port agrees a pay rise

2024-11-14

Dock workers at the port of Marabella ended a nine-day strike on Wednesday.
"""


def test_ingest_scrapes_caps_headline_without_furniture_is_not_a_masthead() -> None:
    ex = clean_plain_text(CAPS_HEADLINE)
    assert ex.title == "HARBOUR STRIKE ENDS"
    assert ex.outlet is None


NO_MASTHEAD = """Harbour dredging contract goes to a local consortium

By Ines Valcourt

The port authority awarded the dredging contract to a consortium of three local firms on Friday.

{footer}
"""


def test_ingest_scrapes_copyright_footer_names_the_outlet() -> None:
    assert clean_plain_text(NO_MASTHEAD.format(footer="© 2024 Harbor Ledger. All rights reserved.")).outlet \
        == "Harbor Ledger"
    assert clean_plain_text(NO_MASTHEAD.format(footer="© Rafael Ortiz")).outlet is None  # a photo credit
