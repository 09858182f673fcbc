"""Whole scraped articles (written for these tests) through the plain-text cleaner."""

from __future__ import annotations

from newsgraph.ingest.plaintext import clean_plain_text

HEAD_AND_TAIL = """Erdoğan and Macron Agree on Grain Corridor Talks

Erdoğan and Macron Agree on Grain Corridor Talks

2024-03-14
1.2K views

Turkish President Recep Tayyip Erdoğan and French President Emmanuel Macron agreed on Thursday to reopen talks on a grain corridor.

Officials in Ankara said a first technical round could take place in Istanbul next month.

SOURCE: Harbor Ledger
Take a look at Harbor Plus. Share your feedback!
Contact us
"""

BYLINE_AND_CAPTION = """Kim Jong Un inspects a shipyard as satellite images show expansion

North Korea's leader visits the east coast, his second such trip this year.

By Min-jun Park
Kim Jong Un tours the shipyard in a photo released by state media. / KCNA Photo

North Korean leader Kim Jong Un toured an expanded shipyard on the east coast, state media reported on Tuesday.

“The work must be finished before winter,” one engineer tells Harbor Ledger.

Satellite images showed a dry dock that had roughly doubled in length, an analyst told Harbor Ledger.
"""

WRAPPED_WITH_SIDEBAR = """Paris and Beijing Sign Aviation Accord

The French and Chinese governments signed an aviation
accord in Beijing on Monday that will add weekly flights
between the two capitals, officials said. The deal
follows two years of talks.
The
agreement also covers cargo routes and maintenance
contracts for regional airports in central China.
Analysts said the accord was smaller than Paris had
hoped for at the start of the negotiations.
Harbor Policy Forum
Latest newsPort strike ends in Rotterdam after nine days
12.03.2024
Wheat futures slide on forecast of record harvest
11.03.2024

15 Mar 2024
"""

OUTLET_PREFIX_NO_TITLE = (
    "Kyiv Evening Wire - Ukrainian President Volodymyr Zelenskyy named a new envoy for grain exports on Tuesday, "
    "his office said, with the task of keeping shipping lanes open through the spring and summer.\n"
    "A Difficult Season\n"
    "Port operators in Odesa said insurance costs had risen again in March, and several shippers had paused "
    "their contracts until the envoy set out her plans.\n"
)

RELATIVE_ONLY = """Macron Visits Ankara

3 hours ago

French President Emmanuel Macron landed in Ankara for talks with Erdoğan on grain shipments and regional security.

Related
Gaddafi-era assets found in Paris vault 2024-01-02
Beijing opens new airport terminal 2024-01-01
"""


def test_ingest_plaintext_head_title_date_counter_source() -> None:
    ex = clean_plain_text(HEAD_AND_TAIL)
    assert ex.title == "Erdoğan and Macron Agree on Grain Corridor Talks"
    assert ex.published == "2024-03-14"
    assert ex.published_basis == "text"
    assert ex.outlet == "Harbor Ledger"
    assert ex.text.startswith("Turkish President Recep Tayyip Erdoğan")
    for junk in ("views", "Agree on Grain Corridor Talks", "SOURCE", "feedback", "Contact us", "Harbor Plus"):
        assert junk not in ex.text


def test_ingest_plaintext_byline_caption_interview_outlet() -> None:
    ex = clean_plain_text(BYLINE_AND_CAPTION)
    assert ex.title == "Kim Jong Un inspects a shipyard as satellite images show expansion"
    assert ex.author == "Min-jun Park"
    assert ex.captions == ["Kim Jong Un tours the shipyard in a photo released by state media. / KCNA Photo"]
    assert "KCNA Photo" not in ex.text
    assert "By Min-jun Park" not in ex.text
    assert ex.text.startswith("North Korea's leader visits the east coast")  # the deck stays
    assert ex.outlet == "Harbor Ledger"
    assert ex.published is None
    assert ex.published_basis == "unknown"


def test_ingest_plaintext_wrapped_signature_and_trailing_list() -> None:
    ex = clean_plain_text(WRAPPED_WITH_SIDEBAR)
    assert ex.title == "Paris and Beijing Sign Aviation Accord"
    assert ex.outlet == "Harbor Policy Forum"
    assert ex.published is None  # sidebar dates and the date after the list are never taken
    assert ex.text.split("\n\n") == [
        "The French and Chinese governments signed an aviation accord in Beijing on Monday that will add "
        "weekly flights between the two capitals, officials said. The deal follows two years of talks.",
        "The agreement also covers cargo routes and maintenance contracts for regional airports in central China.",
        "Analysts said the accord was smaller than Paris had hoped for at the start of the negotiations.",
    ]


def test_ingest_plaintext_outlet_prefix_without_title() -> None:
    ex = clean_plain_text(OUTLET_PREFIX_NO_TITLE)
    assert ex.title is None
    assert ex.outlet == "Kyiv Evening Wire"
    assert ex.text.startswith("Ukrainian President Volodymyr Zelenskyy")
    assert "\n\nA Difficult Season\n\n" in ex.text  # a subheading keeps its own paragraph


def test_ingest_plaintext_relative_stamp_only_gives_unknown_date() -> None:
    ex = clean_plain_text(RELATIVE_ONLY)
    assert ex.published is None
    assert ex.published_basis == "unknown"
    assert "ago" not in ex.text
    assert "Gaddafi" not in ex.text and "Related" not in ex.text
    assert ex.outlet is None


def test_ingest_plaintext_clean_text_unchanged() -> None:
    body = (
        "Macron met Erdoğan in Ankara on Thursday.\n\n"
        "The two leaders discussed grain shipments, the war in Ukraine and trade."
    )
    ex = clean_plain_text(body)
    assert ex.text == body
    assert ex.title is None and ex.outlet is None and ex.author is None and ex.captions == []


RECENT_POSTS_SIDEBAR = """How Seoul and Tokyo Rebuilt Their Defence Dialogue

By Hana Sato

South Korean President Yoon Suk Yeol and Japanese Prime Minister Fumio Kishida agreed to resume regular defence
talks, a step officials in both capitals described as overdue after years of quarrels over history.

The first round was held in Tokyo, and a second is planned for the spring in Seoul.

Recent posts
Monsoon rains flood low-lying districts of Mumbai
28 July 2023
Shipping rates climb as canal restrictions tighten
1 August 2023
"""

SEE_ALSO_PROSE = """Grain corridor talks resume in Istanbul

Officials from Ankara and Kyiv met in Istanbul on Monday to discuss the grain corridor and insurance for ships.

See also
The talks follow a month in which three ships were delayed at anchor, according to port officials in Odesa.
Erdoğan said he would speak to Zelensky again this week and hoped for a written agreement before the summer.
"""


def test_ingest_plaintext_recent_posts_dates_never_published() -> None:
    ex = clean_plain_text(RECENT_POSTS_SIDEBAR)
    assert ex.published is None and ex.published_basis == "unknown"
    assert ex.author == "Hana Sato"
    assert "Monsoon" not in ex.text and "2023" not in ex.text and "Recent posts" not in ex.text
    assert ex.text.endswith("planned for the spring in Seoul.")


def test_ingest_plaintext_see_also_followed_by_prose_is_not_a_list() -> None:
    ex = clean_plain_text(SEE_ALSO_PROSE)
    assert "written agreement before the summer" in ex.text
    assert "three ships were delayed" in ex.text


BYLINE_OUTLET_DATE = """Modi opens a new metro line in Pune

By Priya Raman
Harbor Ledger
Sunday, March 10, 2024

Indian Prime Minister Narendra Modi opened a new metro line in Pune on Sunday, his office said.

Modi waves to commuters at a new station in Pune. (Photo by Arjun Mehta/Harbor Wire)

The line links the city centre with the airport and will carry 200,000 people a day, officials said.
"""


def test_ingest_plaintext_outlet_line_between_byline_and_date() -> None:
    ex = clean_plain_text(BYLINE_OUTLET_DATE)
    assert (ex.author, ex.outlet, ex.published) == ("Priya Raman", "Harbor Ledger", "2024-03-10")
    assert ex.text.startswith("Indian Prime Minister Narendra Modi opened")


def test_ingest_plaintext_one_line_byline_outlet_date() -> None:
    raw = BYLINE_OUTLET_DATE.replace(
        "By Priya Raman\nHarbor Ledger\nSunday, March 10, 2024", "By Priya Raman / Harbor Ledger / Sunday, March 10, 2024"
    )
    ex = clean_plain_text(raw)
    assert (ex.author, ex.outlet, ex.published) == ("Priya Raman", "Harbor Ledger", "2024-03-10")
    assert ex.text.startswith("Indian Prime Minister Narendra Modi opened")


def test_ingest_plaintext_name_line_after_byline_without_date_stays() -> None:
    raw = BYLINE_OUTLET_DATE.replace("Harbor Ledger\nSunday, March 10, 2024\n", "Pune Metro Opens\n")
    ex = clean_plain_text(raw)
    assert ex.outlet is None
    assert ex.text.startswith("Pune Metro Opens")  # no date follows: not read as an outlet


def test_ingest_plaintext_byline_job_title_is_not_outlet() -> None:
    raw = BYLINE_OUTLET_DATE.replace("By Priya Raman\nHarbor Ledger\n", "By Priya Raman, Staff Writer\n")
    ex = clean_plain_text(raw)
    assert ex.author == "Priya Raman" and ex.outlet is None


def test_ingest_plaintext_parenthesised_photo_credit_in_body_is_a_caption() -> None:
    ex = clean_plain_text(BYLINE_OUTLET_DATE)
    assert ex.captions == ["Modi waves to commuters at a new station in Pune. (Photo by Arjun Mehta/Harbor Wire)"]
    assert "Arjun Mehta" not in ex.text
    assert "The line links the city centre" in ex.text


def test_ingest_plaintext_wire_dateline_dropped_outlet_kept() -> None:
    raw = (
        "Seoul and Tokyo resume talks\n\n"
        "SEOUL (Harbor Wire) - South Korean and Japanese officials resumed talks on Monday after a year-long "
        "pause, the foreign ministry said.\n\nA second round is planned for May.\n"
    )
    ex = clean_plain_text(raw)
    assert ex.outlet == "Harbor Wire"
    assert ex.text.startswith("South Korean and Japanese officials resumed talks")
