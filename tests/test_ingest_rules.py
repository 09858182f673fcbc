"""Line-level cleaning rules, each with inputs that must match and inputs that must not."""

from __future__ import annotations

import pytest

from newsgraph.ingest import boilerplate as bp
from newsgraph.ingest.dates import parse_date_line
from newsgraph.ingest.outlets import interview_outlet, split_lead_prefix
from newsgraph.ingest.paragraphs import is_wrapped, join_lines


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("16 view", True),
        ("1.2K views", True),
        ("Views: 340", True),
        ("5 comments", True),
        ("4 min read", True),
        ("16 people were injured", False),
        ("The views of the Kyiv council", False),
        ("\U0001F441 4,318 views", True),  # an icon before the counter
        ("\U0001F4AC 12 comments", True),
        ("\U0001F441 4,318 people came", False),
    ],
)
def test_ingest_rules_counter(line: str, expected: bool) -> None:
    assert bp.is_counter(line) is expected


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("3 hours ago", True),
        ("Updated 20 mins ago", True),
        ("an hour ago", True),
        ("yesterday", True),
        ("Three years ago Erdoğan visited Paris.", False),
        ("2024-03-01", False),
    ],
)
def test_ingest_rules_relative_stamp(line: str, expected: bool) -> None:
    assert bp.is_relative_stamp(line) is expected


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Share your feedback!", True),
        ("Subscribe to our newsletter", True),
        ("Contact us", True),
        ("Follow us on social media", True),
        ("Take a look at Harbor Plus. Share your feedback!", True),
        (
            "Macron said the contact group would meet again in Paris after the summit ended without a deal.",
            False,
        ),
        ("Kim Jong Un watched the launch.", False),
        # the tail of a wrapped sentence, not a call to action
        ("read the ministry's privacy policy before you apply.", False),
    ],
)
def test_ingest_rules_prompt(line: str, expected: bool) -> None:
    assert bp.is_prompt(line) is expected


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Home | World | Politics | Business", True),
        ("News • Sport • Weather", True),
        ("Kyiv | Paris", False),
        ("Ankara and Paris disagree on the route.", False),
    ],
)
def test_ingest_rules_menu(line: str, expected: bool) -> None:
    assert bp.is_menu(line) is expected


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Macron and Erdoğan meet in Ankara. / Reuters", True),
        ("Kim Jong Un at a launch site, March 2024 (AP). / AP", True),
        ("Photo: Olena Marchuk", True),
        ("Photo by Min-jun Park/Harbor Ledger", True),
        ("The ratio rose to 3 / 4 of all exports.", False),
        ("Zelenskyy said the photo was taken in Kyiv.", False),
        # a slash inside a sentence (an album or film title), not a credit
        ("Critics in Seoul praised the new album, Blue Harbour / Open Water.", False),
        ("Modi greets Macron in New Delhi / AFP", True),
        ("A tanker waits off Mumbai. (Photo by Arjun Mehta/Harbor Wire)", True),
        ("Macron greets Modi in Paris (Harbor Wire Photo / Claire Dumont)", True),
        ("Kim said he had seen the photo (by then widely shared) on Monday.", False),
    ],
)
def test_ingest_rules_caption(line: str, expected: bool) -> None:
    assert bp.is_caption(line) is expected


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Latest news", True),
        ("Latest newsPort strike ends in Rotterdam", True),
        ("Related", True),
        ("Read more:", True),
        ("More stories", True),
        ("Related talks between Ankara and Paris broke down in May.", False),
        ("Latest figures show exports fell.", False),
        ("Recent posts", True),
        ("Recent postsModi opens new metro line in Pune", True),
        ("Recent talks in Ankara ended without a deal.", False),
    ],
)
def test_ingest_rules_trail_header(line: str, expected: bool) -> None:
    assert bp.is_trail_header(line) is expected


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("SOURCE: Harbor Ledger", "Harbor Ledger"),
        ("SOURCE:Kyiv Evening Wire", "Kyiv Evening Wire"),
        ("Source: Reuters", "Reuters"),
        ("The source of the leak in Beijing is unknown.", None),
    ],
)
def test_ingest_rules_source_line(line: str, expected: str | None) -> None:
    assert bp.source_line(line) == expected


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("By Claire Dumont", ("Claire Dumont", None)),
        ("By Min-jun Park, Harbor Ledger", ("Min-jun Park", "Harbor Ledger")),
        ("By Min-jun Park / Harbor Ledger / Monday, March 4, 2024", ("Min-jun Park", "Harbor Ledger")),
        ("BY Olena Marchuk and Claire Dumont", ("Olena Marchuk and Claire Dumont", None)),
        ("By the end of the week Macron had left Paris.", None),
        ("by reporters in Kyiv", None),
    ],
)
def test_ingest_rules_byline(line: str, expected: tuple[str, str | None] | None) -> None:
    assert bp.byline(line) == expected


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("2024-03-14", "2024-03-14"),
        ("14 March 2024", "2024-03-14"),
        ("March 14, 2024", "2024-03-14"),
        ("Published: Thu, 14 Mar 2024 09:30 GMT", "2024-03-14"),
        ("14.Mar.2024", "2024-03-14"),
        ("14.03.2024", "2024-03-14"),
        ("3 hours ago", None),
        ("March 14", None),
        ("2024-02-30", None),
        ("On 14 March 2024 Macron flew to Ankara.", None),
    ],
)
def test_ingest_rules_date_line(line: str, expected: str | None) -> None:
    assert parse_date_line(line) == expected


WRAPPED = [
    "President Emmanuel Macron arrived in Ankara on",
    "Thursday for talks with his Turkish counterpart, the",
    "first visit by a French leader in four years.",
    "Recep Tayyip Erdoğan greeted him at the palace and the two",
    "men spoke for an hour before their delegations joined them.",
]
ONE_PER_LINE = [
    "Macron arrived in Ankara on Thursday for talks with Erdoğan.",
    "A Shift in Tone",
    "The two men spoke for an hour before their delegations joined them.",
]


def test_ingest_rules_wrapped_layout_detected() -> None:
    assert is_wrapped(WRAPPED)
    assert not is_wrapped(ONE_PER_LINE)


def test_ingest_rules_join_wrapped() -> None:
    paras = join_lines(WRAPPED)
    assert paras == [
        "President Emmanuel Macron arrived in Ankara on Thursday for talks with his Turkish counterpart, "
        "the first visit by a French leader in four years.",
        "Recep Tayyip Erdoğan greeted him at the palace and the two men spoke for an hour before their "
        "delegations joined them.",
    ]


def test_ingest_rules_one_paragraph_per_line_unchanged() -> None:
    assert join_lines(ONE_PER_LINE) == ONE_PER_LINE


def test_ingest_rules_short_fragment_line_joins() -> None:
    lines = ["Kim Jong Un visited the yard.", "The", "inspection lasted two hours and ended at dusk."]
    assert join_lines(lines, wrapped=True) == [
        "Kim Jong Un visited the yard.",
        "The inspection lasted two hours and ended at dusk.",
    ]


@pytest.mark.parametrize(
    ("para", "outlet", "rest_starts"),
    [
        (
            "Harbor Ledger - Talks between Ankara and Paris resumed on Monday after a long pause.",
            "Harbor Ledger",
            "Talks between",
        ),
        ("Kyiv - Talks between Ankara and Paris resumed on Monday after a long pause.", None, "Kyiv - "),
        ("PARIS - Talks between Ankara and Paris resumed on Monday after a long pause.", None, "PARIS - "),
        ("Talks between Ankara and Paris resumed on Monday - a long pause ended.", None, "Talks between"),
    ],
)
def test_ingest_rules_lead_prefix(para: str, outlet: str | None, rest_starts: str) -> None:
    got_outlet, _date, rest = split_lead_prefix(para)
    assert got_outlet == outlet
    assert rest.startswith(rest_starts)


def test_ingest_rules_wire_dateline() -> None:
    para = "BEIJING, March 5, 2024 (Harbor Wire) - Officials met on Tuesday to discuss river water sharing."
    outlet, date, rest = split_lead_prefix(para)
    assert (outlet, date) == ("Harbor Wire", "2024-03-05")
    assert rest == "Officials met on Tuesday to discuss river water sharing."  # the dateline is not body text


def test_ingest_rules_wire_dateline_without_date_is_stripped() -> None:
    para = "NEW DELHI (Harbor Wire) - Modi opened a metro line in Pune on Sunday, his office said."
    outlet, date, rest = split_lead_prefix(para)
    assert (outlet, date) == ("Harbor Wire", None)
    assert rest == "Modi opened a metro line in Pune on Sunday, his office said."



def test_ingest_rules_interview_outlet() -> None:
    text = (
        "“We will not sign,” Erdoğan's adviser tells Harbor Ledger. Macron met Erdoğan in Ankara.\n\n"
        "“Paris knows our position,” the adviser told Harbor Ledger."
    )
    assert interview_outlet(text) == "Harbor Ledger"
    # a person told things twice is named elsewhere too, so is not an outlet
    people = "Erdoğan met Macron. He told Macron twice. Later he told Macron again."
    assert interview_outlet(people) is None
    assert interview_outlet("The minister told Harbor Ledger that talks would go on.") is None
