"""HTML pages (written for these tests): sidebar dates are never the publication date; outlet from <title>."""

from __future__ import annotations

import lxml.html
import pytest

from newsgraph.ingest import pagemeta
from newsgraph.ingest.html import extract_html

BODY = """
<h1>{headline}</h1>
<p class="byline">By Lena Hoffmann</p>
<div class="entry">
<p>Indian Prime Minister Narendra Modi and French President Emmanuel Macron agreed on new steps for jet engine
co-production during talks in Paris, officials from both delegations said after the meeting ended.</p>
<p>The two leaders also discussed a space partnership, and Modi invited Macron to attend a summit in New Delhi,
according to a joint statement released by the two governments later in the evening.</p>
<p>Analysts said the engine agreement, first proposed in December 2021, was the most concrete result of the
visit, though the financing of the programme has not yet been settled and several contracts still need approval from both parliaments.</p>
</div>
"""

SIDEBAR = """
<div id="sidebar"><div class="widget"><h4>Recent posts</h4><ul>
<li><a href="/a">Monsoon rains flood low-lying districts of Mumbai</a><br><small>28 July 2023</small></li>
<li><a href="/b">Seoul and Tokyo resume defence dialogue after pause</a><br><small>1 August 2023</small></li>
<li><a href="/c">Shipping rates climb as canal restrictions tighten</a><br><small>22 September 2022</small></li>
</ul></div></div>
"""


def page(*, title: str, head: str = "", body_extra: str = "", after: str = SIDEBAR,
         headline: str = "Modi and Macron agree on jet engine plan") -> str:
    return (
        f"<!DOCTYPE html><html lang='en'><head><meta charset='utf-8'><title>{title}</title>{head}</head>"
        f"<body><div id='main'><div class='post'>{BODY.format(headline=headline)}{body_extra}</div></div>"
        f"{after}</body></html>"
    )


def test_ingest_html_sidebar_date_is_not_the_publication_date() -> None:
    ex = extract_html(page(title="Modi and Macron agree on jet engine plan :: Harbour Post"))
    assert ex.published is None and ex.published_basis == "unknown"
    assert "Monsoon" not in ex.text and "28 July" not in ex.text


def test_ingest_html_own_date_wins_over_sidebar() -> None:
    head = "<meta property='article:published_time' content='2023-08-09T07:30:00+00:00'>"
    ex = extract_html(page(title="Modi and Macron agree on jet engine plan", head=head))
    assert (ex.published, ex.published_basis) == ("2023-08-09", "metadata")


def test_ingest_html_date_line_in_article_header_kept() -> None:
    extra = "<p class='post-date'>Published 9 August 2023</p>"
    ex = extract_html(page(title="Modi and Macron agree on jet engine plan", body_extra=extra))
    assert ex.published == "2023-08-09"


def test_ingest_html_headline_list_without_sidebar_class_is_ignored_for_the_date() -> None:
    plain_list = (
        "<div><h4>More</h4><ul>"
        "<li><a href='/x'>Grain ships leave Odesa under new insurance scheme</a> 3 March 2021</li>"
        "<li><a href='/y'>Erdogan hosts Gulf leaders for energy summit</a> 4 March 2021</li>"
        "</ul></div>"
    )
    ex = extract_html(page(title="Modi and Macron agree on jet engine plan", after=plain_list))
    assert ex.published is None


@pytest.mark.parametrize(
    ("title", "outlet"),
    [
        ("Modi and Macron agree on jet engine plan :: Harbour Post", "Harbour Post"),
        ("Modi and Macron agree on jet engine plan | Harbour Post", "Harbour Post"),
        ("Harbour Post — Modi and Macron agree on jet engine plan", "Harbour Post"),
        ("Modi and Macron agree on jet engine plan", None),
        # the other side is a second headline, not a name: too long
        ("Modi and Macron agree on jet engine plan | Talks in Paris end with a promise of more contracts soon", None),
    ],
)
def test_ingest_html_outlet_from_window_title(title: str, outlet: str | None) -> None:
    ex = extract_html(page(title=title))
    assert ex.outlet == outlet
    assert ex.title == "Modi and Macron agree on jet engine plan"


@pytest.mark.parametrize("headline", ["Norway pledges $1.5 billion in aid to Kenya",
                                      "Chile and Peru sign a $300 million port deal"])
def test_ingest_html_site_name_equal_to_the_headline_is_not_the_outlet(headline: str) -> None:
    # trafilatura gives the whole headline back as site name when a "$" defeats its title split
    ex = extract_html(page(title=f"{headline} | Harbour Post", headline=headline))
    assert ex.outlet == "Harbour Post"


def test_ingest_html_site_name_meta_wins_over_window_title() -> None:
    head = "<meta property='og:site_name' content='Harbour Post Group'>"
    ex = extract_html(page(title="Modi and Macron agree on jet engine plan | HP", head=head))
    assert ex.outlet == "Harbour Post Group"


@pytest.mark.parametrize(
    ("window", "headlines", "expected"),
    [
        ("Kim Jong Un visits shipyard - Eastern Courier", ["Kim Jong Un visits shipyard"], "Eastern Courier"),
        ("Eastern Courier » Kim Jong Un visits shipyard", ["Kim Jong Un visits shipyard"], "Eastern Courier"),
        # a hyphen inside a word is not a separator
        ("Kim Jong Un visits long-range test site", ["Kim Jong Un visits long"], None),
        ("Kim Jong Un visits shipyard - Eastern Courier", ["Something else"], None),
        ("Kim Jong Un visits shipyard - Eastern Courier", [], None),
    ],
)
def test_ingest_html_split_window_title(window: str, headlines: list[str], expected: str | None) -> None:
    assert pagemeta.split_window_title(window, headlines=headlines) == expected


@pytest.mark.parametrize(
    ("html", "expected"),
    [
        ("<ul><li><a href='/1'>Zelensky meets Erdogan in Istanbul</a></li>"
         "<li><a href='/2'>Grain deal talks resume in Ankara</a></li></ul>", True),
        # a byline/date meta list: one-word links and plain dates
        ("<ul><li><a href='/author/x'>Hoffmann</a></li><li>9 August 2023</li></ul>", False),
        ("<ul><li><a href='/1'>Zelensky meets Erdogan in Istanbul</a></li></ul>", False),
        ("<ul><li>Engines</li><li>Space</li><li>Trade</li></ul>", False),
    ],
)
def test_ingest_html_headline_list(html: str, expected: bool) -> None:
    assert pagemeta.is_headline_list(lxml.html.fragment_fromstring(html)) is expected


def test_ingest_html_pruning_keeps_the_article() -> None:
    tree = lxml.html.fromstring(
        "<html><body><div class='latest-story'><h1>Modi in Paris</h1><p>Text 9 August 2023</p></div>"
        "<aside><p><a href='/o'>Other news from the capital</a> 1 May 2020</p></aside></body></html>"
    )
    pruned = pagemeta.without_sidebars(tree)
    text = pruned.text_content()
    assert "Modi in Paris" in text and "9 August 2023" in text
    assert "1 May 2020" not in text
    assert "1 May 2020" in tree.text_content()  # the original is not modified


def test_ingest_html_aside_with_the_posts_own_date_and_tags_is_kept() -> None:
    tree = lxml.html.fromstring(
        "<html><body><h1>Modi in Paris</h1><aside class='post-data'>Date 9.8.2023 Tags "
        "<a href='/t/india'>India</a> <a href='/t/france'>France</a></aside></body></html>"
    )
    assert "9.8.2023" in pagemeta.without_sidebars(tree).text_content()


def test_ingest_html_sidebar_entry_for_this_page_keeps_its_date() -> None:
    tree = lxml.html.fromstring(
        "<html><body><div class='content'><p>Modi and Macron agreed on an engine plan.</p></div>"
        "<div class='sidebar'><ul>"
        "<li><a href='https://news.example/modi-paris'>Modi and Macron agree on engine plan</a> 9 August 2023</li>"
        "<li><a href='https://news.example/other'>Monsoon floods low-lying districts</a> 1 May 2020</li>"
        "</ul></div></body></html>"
    )
    text = pagemeta.without_sidebars(tree, url="https://news.example/modi-paris").text_content()
    assert "9 August 2023" in text and "1 May 2020" not in text


@pytest.mark.parametrize(
    ("iso", "html", "expected"),
    [
        ("2023-11-01", "<p>Posted 01.11.2023</p>", True),
        ("2023-11-01", "<p>November 1, 2023</p>", True),
        ("2023-11-01", "<p>1. November 2023</p>", True),
        ("2023-11-01", "<p>1er novembre 2023</p>", True),
        ("2023-11-01", "<p>first proposed in November 2023</p>", False),
        ("2021-01-01", "<p>first proposed in December 2021</p>", False),
    ],
)
def test_ingest_html_first_of_month_must_be_written(iso: str, html: str, expected: bool) -> None:
    assert pagemeta.day_is_written(iso, html) is expected


def test_ingest_html_xhtml_with_xml_declaration() -> None:
    head = "<meta property='article:published_time' content='2023-08-09T07:30:00+00:00'>"
    xhtml = '<?xml version="1.0" encoding="utf-8"?>\n' + page(
        title="Modi and Macron agree on jet engine plan | Harbour Post", head=head,
        body_extra="<figure><figcaption>Modi and Macron in Paris. / AFP</figcaption></figure>",
    )
    ex = extract_html(xhtml)
    assert ex.published == "2023-08-09"
    assert ex.outlet == "Harbour Post"
    assert "Modi and Macron in Paris. / AFP" in ex.captions


_PROSE = ("<p>Chile and Peru signed a fisheries accord in Lima, ending years of talks between the two "
          "neighbours over catch limits in their shared waters.</p>"
          "<p>Peru had warned on 14 March 2019 that it would act if the talks failed, and both governments "
          "said the accord would be reviewed after five years of joint monitoring.</p>"
          "<p>Officials from both sides said the text also covered research vessels and port inspections, "
          "and that a joint committee would meet twice a year.</p>")


def _undated_page(extra: str = "") -> str:
    return ("<!DOCTYPE html><html lang='en'><head><meta charset='utf-8'><title>Chile and Peru sign fisheries "
            "accord</title></head><body><article><h1>Chile and Peru sign fisheries accord</h1>"
            f"{extra}{_PROSE}</article></body></html>")


def test_a_date_mentioned_only_in_the_prose_is_not_the_publication_date() -> None:
    # No date in the markup: the one the article's sentences mention is when something happened.
    assert extract_html(_undated_page()).published is None


def test_a_date_written_in_a_byline_of_its_own_is_the_publication_date() -> None:
    ex = extract_html(_undated_page("<div>By Ana Ruiz | 2 June 2021</div>"))
    assert ex.published == "2021-06-02"
