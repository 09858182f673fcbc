"""What an HTML page says about itself, read so that sidebars cannot answer.

Two general habits of news pages mislead the libraries:

- **Sidebar dates.** A page often carries lists of *other* articles ("Recent
  posts", "Related", "Most read"), each headline with its date. When the page
  prints no date of its own, htmldate's text search takes one of those, and
  that date belongs to another article. So the date search runs on a copy of
  the page without such blocks: ``<aside>``/``<nav>``, containers whose class
  or id says sidebar/widget/related/recent/popular/..., and lists of headline
  links. A block holding the article's ``<h1>`` or ``<article>`` is never
  removed.
- **Outlet in the logo and the footer.** A page without metadata names its
  site in its logo (an element classed ``logo``/``brand``/``site-name``/
  ``masthead``, or the link to the site's root) and in its copyright line
  ("© Outlet"); the name both give is the outlet. Either alone is not enough:
  a bare "© Name" may be a photo credit, a link to "/" may say "Home".
- **Social titles.** ``og:title`` (which trafilatura reads first) is often a
  shorter or reworded headline for sharing ("..., reach US" for "... after
  more than a year"); the page's own ``<h1>`` headline, when it is plainly the
  same headline (same opening words or most words shared), is the title.
- **Outlet in the window title.** ``<title>Headline :: Outlet</title>`` (also
  ``|``, `` - ``, ``–``, ``—``, ``·``, ``•``, ``»``) names the outlet when one
  side of the separator is the headline; trafilatura only uses ``og:site_name``
  and a few separators.
"""

from __future__ import annotations

import datetime as dt
import logging
import re
from collections.abc import Callable

import lxml.html
from lxml.etree import ParserError

log = logging.getLogger(__name__)

# Class/id words of blocks that list other articles or hold site furniture.
_SIDE_WORDS = re.compile(
    r"(?:^|[\s_-])(?:sidebar|side-bar|widget|widgets|related|recent|popular|trending|most-?read|"
    r"most-?viewed|recommended|recommendations|more-stories|more-news|latest|teaser-list|"
    r"breadcrumbs?)(?:$|[\s_-])",
    re.I,
)
_SIDE_TAGS = ("aside", "nav")
# A list is a list of other headlines when it has at least this many items and
# at least this share of them carry a link of at least MIN_HEADLINE_WORDS words.
# (Two items: the smallest "related" box seen; a byline/date meta list has
# links of one or two words - author, section - so it stays.)
MIN_LIST_ITEMS = 2
MIN_LINKED_SHARE = 0.66
MIN_HEADLINE_WORDS = 3
# A marked block (sidebar/widget/... or <aside>/<nav>) is a list of other articles
# when at least this share of its words are in headline links: a list of
# headlines with dates is about 0.7, an article body or a date-and-tags box under
# 0.2 (looked at on the htmldate evaluation pages).
MIN_SIDE_LINK_DENSITY = 0.4
# A list entry (headline, date, teaser) is at most this long; a longer block
# holding a link to this page is opened up instead of kept whole.
MAX_ENTRY_WORDS = 40

_XML_DECL = re.compile(r"^\s*<\?xml[^>]*\?>")
# " :: ", " | ", " - ", " – ", " — ", " · ", " • ", " » " between headline and outlet.
_TITLE_SEP = re.compile(r"\s*(?:\|\||\||::)\s*|\s+[-–—·•»]\s+")
# An outlet name is short: at most six words / 60 characters ("The Times of India").
MAX_OUTLET_WORDS = 6
MAX_OUTLET_CHARS = 60


def parse(html: str) -> lxml.html.HtmlElement | None:
    """The page as an lxml tree, or None when lxml cannot read it."""
    # lxml refuses a str that still carries its XML declaration (XHTML pages); the
    # text is already decoded, so the declared encoding has nothing left to say.
    html = _XML_DECL.sub("", html, count=1)
    try:
        return lxml.html.fromstring(html)
    except (ValueError, ParserError):
        return None


def publication_date(
    tree: lxml.html.HtmlElement, *, url: str | None, headline: str | None = None
) -> str | None:
    """htmldate's publication date (ISO day) found on the page without its sidebars."""
    from htmldate import find_date

    try:
        pruned = without_sidebars(tree, url=url, headline=headline)
        found = find_date(pruned, url=url, original_date=True, extensive_search=False,
                          max_date=dt.date.today().isoformat())
        from_text = not found
        if from_text:  # no date in the markup: htmldate's search of the page's text
            found = find_date(pruned, url=url, original_date=True, extensive_search=True,
                              max_date=dt.date.today().isoformat())
    except Exception as exc:  # htmldate fails on some broken trees
        log.debug("htmldate failed on %s: %s", url, exc)
        return None
    if not found:
        return None
    day = found[:10]
    if from_text and day_only_in_prose(day, pruned):
        return None  # a date the article's sentences mention ("had warned on 24 March"), not its own
    if day.endswith("-01") and not day_is_written(day, lxml.html.tostring(pruned, encoding="unicode")):
        return None  # htmldate's guess from a bare month or year ("December 2021" -> 2021-12-01)
    return day


# A text block holding a date is a dateline or byline ("By A. Writer | 3 May 2021") rather than a
# sentence when it has at most this many words (judgement: bylines run to a dozen words).
DATELINE_MAX_WORDS = 14
# ... and a date among the first words of a paragraph is a dateline leading it ("Karlsruhe, (12.11.2021).").
DATELINE_LEAD_WORDS = 4


def day_only_in_prose(iso: str, tree: lxml.html.HtmlElement) -> bool:
    """Is the day ``iso`` written in the article's running sentences ("... had warned on
    24 March 2022 that ...") and in no short block of its own (a dateline, a byline, a
    timestamp)? Then, on a page whose markup gives no date, it says when something happened,
    not when the page was published. A day not found written at all (a month name in a
    language not listed here) gets the benefit of the doubt."""
    in_prose = False
    for el in tree.iter():
        if not isinstance(el.tag, str) or el.tag in ("script", "style"):
            continue
        own = " ".join((el.text or "").split())
        if not own:
            continue
        block = " ".join(el.text_content().split())
        short = len(block.split()) <= DATELINE_MAX_WORDS
        if not day_is_written(iso, block if short else own):
            continue
        if short or day_is_written(iso, " ".join(own.split()[:DATELINE_LEAD_WORDS])):
            return False  # a block of its own, or a dateline leading a paragraph ("Bonn, 3.5.2021 - ...")
        in_prose = True
    return in_prose


def day_is_written(iso: str, text: str) -> bool:
    """Is the day ``iso`` written out in ``text`` (numeric, or with an English/German/French month)?

    htmldate, when a page gives only a month or a year, returns the first of
    that month or of January; a first-of-month date is kept only when the day
    itself appears. The same test tells a dateline from a date in running prose.
    """
    y, m, d = iso[:4], int(iso[5:7]), int(iso[8:10])
    low = text.casefold()
    pats = [rf"{y}[-/.]0?{m}[-/.]0?{d}(?!\d)", rf"(?<!\d)0?{d}[-/.]0?{m}[-/.]{y}", rf"(?<!\d)0?{m}/0?{d}/{y}"]
    for names in _MONTH_NAMES:
        name, short = re.escape(names[m - 1]), re.escape(names[m - 1][:3])
        pats.append(rf"(?<!\d)0?{d}(?:st|nd|rd|th|er)?\.?\s+(?:{name}|{short}\.?)\s+{y}")
        pats.append(rf"(?:{name}|{short}\.?)\s+0?{d}(?:st|nd|rd|th)?,?\s+{y}")
    return any(re.search(p, low) for p in pats)


_MONTH_NAMES = [
    tuple(line.split())
    for line in (
        "january february march april may june july august september october november december",
        "januar februar märz april mai juni juli august september oktober november dezember",
        "janvier février mars avril mai juin juillet août septembre octobre novembre décembre",
    )
]


def without_sidebars(
    tree: lxml.html.HtmlElement, *, url: str | None = None, headline: str | None = None
) -> lxml.html.HtmlElement:
    """A copy of ``tree`` without blocks that list other articles (see module docstring).

    An entry of such a list that points to this very page (its URL or its
    headline) stays: its date is this article's.
    """
    copy = lxml.html.fromstring(lxml.html.tostring(tree))
    keep = _article_path(copy)
    is_self = _self_link_test(copy, url=url, headline=headline)
    doomed = [el for el in copy.iter() if isinstance(el.tag, str) and _is_side_block(el)]
    for el in doomed:
        if el not in keep:
            _drop_except_self(el, is_self)
    return copy


def _drop_except_self(el: lxml.html.HtmlElement, is_self: _SelfTest) -> None:
    if not any(is_self(a) for a in el.iter("a")):
        if el.getparent() is not None:
            el.drop_tree()
        return
    entries = [a for a in el.iter("a") if _words(a) >= MIN_HEADLINE_WORDS]
    if el.tag == "li" or (len(entries) <= 1 and _words(el) <= MAX_ENTRY_WORDS):
        return  # the entry about this page, with its date
    for child in list(el):
        if isinstance(child.tag, str):
            _drop_except_self(child, is_self)


_SelfTest = Callable[[lxml.html.HtmlElement], bool]


def _self_link_test(tree: lxml.html.HtmlElement, *, url: str | None, headline: str | None) -> _SelfTest:
    urls = {_url_key(u) for u in [url, *tree.xpath("//link[@rel='canonical']/@href")] if u}
    heads = {_key(h) for h in _headlines(tree, headline) if len(h.split()) >= MIN_HEADLINE_WORDS}

    def is_self(a: lxml.html.HtmlElement) -> bool:
        href = a.get("href")
        return bool(href and _url_key(href) in urls) or _key(a.text_content()) in heads

    return is_self


def _url_key(u: str) -> str:
    return re.sub(r"^[a-z]+://(?:www\.)?", "", u.strip().casefold()).split("#")[0].rstrip("/")


def _article_path(tree: lxml.html.HtmlElement) -> set[lxml.html.HtmlElement]:
    """The article's own elements and their ancestors: never removed."""
    anchors = tree.xpath("(//h1)[1] | (//article)[1] | (//*[@itemprop='articleBody'])[1]")
    keep: set[lxml.html.HtmlElement] = set()
    for el in anchors:
        keep.update(el.iterancestors())
        keep.add(el)
    return keep


def _is_side_block(el: lxml.html.HtmlElement) -> bool:
    if el.tag in ("html", "body", "head", "main", "article"):
        return False
    if el.tag in ("ul", "ol") and is_headline_list(el):
        return True
    marks = f"{el.get('class', '')} {el.get('id', '')}".strip()
    if el.tag in _SIDE_TAGS or (marks and _SIDE_WORDS.search(marks)):
        # Blog templates put the post itself in a "widget", and an <aside> may hold the
        # post's own date and tag links: only a block mostly of headline links is a list.
        return headline_link_density(el) >= MIN_SIDE_LINK_DENSITY
    return False


def headline_link_density(el: lxml.html.HtmlElement) -> float:
    """Share of the block's words that sit in links of headline length (3+ words)."""
    total = _words(el)
    linked = sum(n for a in el.iter("a") if (n := _words(a)) >= MIN_HEADLINE_WORDS)
    return linked / total if total else 0.0


def is_headline_list(el: lxml.html.HtmlElement) -> bool:
    """A list whose items are mostly links with headline-length text (other articles)."""
    items = [li for li in el if li.tag == "li"]
    if len(items) < MIN_LIST_ITEMS:
        return False
    linked = sum(1 for li in items if any(_words(a) >= MIN_HEADLINE_WORDS for a in li.iter("a")))
    return linked >= MIN_LINKED_SHARE * len(items)


def _words(el: lxml.html.HtmlElement) -> int:
    return len(el.text_content().split())


# The <h1> replaces the metadata title only when it is the same headline reworded: the same first words,
# or most of the title's words in it (a logo or section name in an <h1> shares neither).
SAME_OPENING_WORDS = 4
MIN_SHARED_WORDS = 0.6
MIN_HEADLINE_WORDS = 4
MAX_HEADLINE_WORDS = 30


def page_headline(tree: lxml.html.HtmlElement, *, title: str | None) -> str | None:
    """The page's own headline (its <h1>, the one inside <article> first) when the metadata title is a
    shortened or reworded copy of it (a social ``og:title``); else ``title``."""
    if not title:
        return title
    h1s = tree.xpath("//article//h1") or tree.xpath("//h1")
    texts = list(dict.fromkeys(" ".join(h.text_content().split()) for h in h1s))
    texts = [t for t in texts if t]
    if len(texts) != 1:
        return title  # no <h1>, or several: no single headline of the page's own
    h1 = texts[0]
    words, title_words = _key(h1).split(), _key(title).split()
    if words == title_words or not MIN_HEADLINE_WORDS <= len(words) <= MAX_HEADLINE_WORDS \
            or h1.rstrip().endswith((".", ",", ";")):
        return title
    same_opening = len(title_words) >= SAME_OPENING_WORDS and words[:SAME_OPENING_WORDS] == title_words[:SAME_OPENING_WORDS]
    shared = len(set(title_words) & set(words)) / max(len(set(title_words)), 1)
    return h1 if same_opening or shared >= MIN_SHARED_WORDS else title


def title_outlet(tree: lxml.html.HtmlElement, *, headline: str | None) -> str | None:
    """The outlet named beside the headline in ``<title>`` ("Headline | Outlet"), if any."""
    titles = tree.xpath("//head/title | //title")
    if not titles:
        return None
    return split_window_title(titles[0].text_content(), headlines=_headlines(tree, headline))


def split_window_title(window: str, *, headlines: list[str]) -> str | None:
    """The non-headline side of "Headline SEP Outlet" / "Outlet SEP Headline", else None."""
    window = " ".join(window.split())
    keys = {_key(h) for h in headlines if h and h.strip()}
    if not keys:
        return None
    for m in _TITLE_SEP.finditer(window):
        left, right = window[: m.start()].strip(), window[m.end() :].strip()
        if _names_headline(left, keys):
            other = right
        elif _names_headline(right, keys):
            other = left
        else:
            continue
        return other if _is_outlet_name(other) else None
    return None


# A window title may cut the headline short ("Outlet - Noboa lifts levy to 50 percent" for "Noboa lifts
# levy to 50 percent, Bogota weighs response"): a start of the headline this long still names it.
MIN_CUT_HEADLINE_WORDS = 5


def _names_headline(part: str, keys: set[str]) -> bool:
    key = _key(part)
    return key in keys or (len(key.split()) >= MIN_CUT_HEADLINE_WORDS and any(k.startswith(key + " ") for k in keys))


def _headlines(tree: lxml.html.HtmlElement, headline: str | None) -> list[str]:
    found = [headline or ""]
    found += [h.text_content() for h in tree.iter("h1")][:3]
    found += [str(v) for v in tree.xpath("//meta[@property='og:title' or @name='twitter:title']/@content")]
    return found


def _is_outlet_name(name: str) -> bool:
    words = name.split()
    if not 1 <= len(words) <= MAX_OUTLET_WORDS or len(name) > MAX_OUTLET_CHARS:
        return False
    return not _TITLE_SEP.search(name) and name[:1].isalnum()


def _key(s: str) -> str:
    return re.sub(r"\W+", " ", s).strip().casefold()


# Class/id words of the element holding the site's name: its logo or masthead.
_LOGO_WORDS = re.compile(r"(?:^|[\s_-])(?:logo|brand|site-?name|site-?title|masthead)(?:$|[\s_-])", re.I)
_FOOTER_WORDS = re.compile(r"(?:^|[\s_-])(?:footer|colophon|copyright)(?:$|[\s_-])", re.I)
# A copyright line is short ("© 2025 Outlet. All rights reserved.").
MAX_COPYRIGHT_WORDS = 15


def logo_outlet(tree: lxml.html.HtmlElement) -> str | None:
    """The outlet a page names both in its logo (or its link to the site's root) and in the copyright
    line of its footer: "<div class="logo"><a href="/">Outlet</a></div> ... <footer>© Outlet</footer>"."""
    from newsgraph.ingest import boilerplate as bp

    logos = {_key(n) for n in _logo_names(tree)}
    if not logos:
        return None
    for el in _footer_blocks(tree):
        text = " ".join(el.text_content().split())
        if len(text.split()) <= MAX_COPYRIGHT_WORDS and (c := bp.copyright_line(text)) is not None \
                and _key(c[1]) in logos:
            return c[1]
    return None


def _logo_names(tree: lxml.html.HtmlElement) -> list[str]:
    from newsgraph.ingest import boilerplate as bp

    found = [el for el in tree.iter() if isinstance(el.tag, str)
             and _LOGO_WORDS.search(f"{el.get('class', '')} {el.get('id', '')}")]
    found += [a for a in tree.iter("a") if (a.get("href") or "").strip() == "/"]
    names = [" ".join(el.text_content().split()) for el in found]
    return [n for n in names if n and len(n.split()) <= MAX_OUTLET_WORDS and bp.is_signature(n)]


def _footer_blocks(tree: lxml.html.HtmlElement) -> list[lxml.html.HtmlElement]:
    """The elements inside the page's footers (``<footer>``, or classed/id'd footer or copyright)."""
    feet = [el for el in tree.iter() if isinstance(el.tag, str) and (
        el.tag == "footer" or _FOOTER_WORDS.search(f"{el.get('class', '')} {el.get('id', '')}"))]
    return [el for foot in feet for el in foot.iter() if isinstance(el.tag, str)]
