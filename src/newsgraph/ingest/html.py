"""HTML page -> clean body and metadata, via trafilatura and htmldate.

Trafilatura finds the main text and the page's metadata (title, author,
site name, language). The date is htmldate's, searched on a copy of the page
without sidebars and lists of other headlines (pagemeta.py), so another
article's date is never taken; it counts as ``published_basis="metadata"``
(what the page says about itself). The outlet is trafilatura's site name,
else the name beside the headline in ``<title>``, else a sign-off or
"SOURCE:" line in the body, else the name the page's logo and copyright
footer both give. Figure captions are taken out of the body into
``captions``, and the shared line filters (scrub.py) remove the debris
trafilatura keeps.
"""

from __future__ import annotations

import logging
import re
import unicodedata
from typing import Any

import lxml.html

from newsgraph.ingest import boilerplate as bp
from newsgraph.ingest import pagemeta
from newsgraph.ingest.record import Extracted
from newsgraph.ingest.scrub import cut_inline_lists, cut_trailing_list, scrub_lines

log = logging.getLogger(__name__)

_HOSTLIKE = re.compile(r"^[\w.-]+\.[a-z]{2,}$", re.I)


def extract_html(html: str, *, url: str | None = None) -> Extracted:
    """Main text and metadata of one HTML page (empty text when none is found)."""
    meta = _trafilatura(html, url)
    tree = pagemeta.parse(html)
    figure_captions = _figcaptions(tree)
    body = meta.get("text") or ""
    if not body.strip():
        return Extracted(text="", url=url, captions=figure_captions)
    if tree is not None:  # the page's own <h1> headline over a shortened social title
        meta["title"] = pagemeta.page_headline(tree, title=meta.get("title"))
    text, captions, outlet, reporter = _clean_body(body, figure_captions, title=meta.get("title"))
    published = pagemeta.publication_date(tree, url=url, headline=meta.get("title")) if tree is not None else None
    basis = "metadata" if published else "unknown"
    in_title = pagemeta.title_outlet(tree, headline=meta.get("title")) if tree is not None else None
    writer, shown = _meta_row(tree) if published is None or not (meta.get("author") or reporter) else (None, None)
    if published is None and shown is not None:
        published, basis = shown, "text"
    outlet = _outlet(meta.get("sitename"), title=meta.get("title")) or in_title or outlet \
        or (pagemeta.logo_outlet(tree) if tree is not None else None)
    if reporter and outlet and _key(reporter) == _key(outlet):
        reporter = None  # "Reporting by <the outlet>; editing by ...": no writer named
    return Extracted(
        text=text,
        title=meta.get("title"),
        outlet=outlet,
        author=_author(meta.get("author")) or reporter or writer,
        published=published,
        published_basis=basis,
        language=meta.get("language"),
        url=url or meta.get("url"),
        captions=captions,
    )


def _trafilatura(html: str, url: str | None) -> dict[str, Any]:
    """Trafilatura's main text and metadata as a dict ({} when it finds nothing)."""
    import trafilatura  # slow import (~1 s): only when HTML is met

    try:
        doc = trafilatura.bare_extraction(
            html, url=url, with_metadata=True, include_comments=False, include_tables=True
        )
    except Exception as exc:  # trafilatura raises a wide range of errors on broken markup
        log.debug("trafilatura failed on %s: %s", url, exc)
        return {}
    if doc is None:
        return {}
    return doc if isinstance(doc, dict) else dict(doc.as_dict())


def _clean_body(
    text: str, figure_captions: list[str], *, title: str | None
) -> tuple[str, list[str], str | None, str | None]:
    """Drop figure captions, a leading copy of the title and boilerplate lines (a wire credit's
    reporter is returned: the author when the page's metadata names none).

    Trafilatura gives one paragraph per line; the result separates paragraphs
    by a blank line like every other input kind.
    """
    caption_keys = {_key(c) for c in figure_captions}
    lines = [x for x in text.splitlines() if _key(x) not in caption_keys]
    _drop_title_copy(lines, title)
    lines, outlet = cut_trailing_list(lines)
    lines = cut_inline_lists(lines)
    out = scrub_lines(lines)
    paragraphs = [" ".join(x.split()) for x in out.lines if x.strip()]
    # NFC: pages mix composed and decomposed accents ("ü" vs "u" + U+0308); one form for matching.
    text = unicodedata.normalize("NFC", "\n\n".join(paragraphs))
    return text, figure_captions + out.captions, outlet or out.outlet, out.reporter


# A kicker or section label above the headline ("Commentary", "World / Africa") is a few words.
MAX_KICKER_WORDS = 4
# The headline's copy in the body is one of its first lines (after at most two kickers).
TITLE_COPY_WITHIN = 3


def _drop_title_copy(lines: list[str], title: str | None) -> None:
    """Blank the body's copy of the headline, and the short kicker lines above it ("Commentary")."""
    if not title:
        return
    head = [i for i, x in enumerate(lines) if x.strip()][:TITLE_COPY_WITHIN]
    at = next((i for i in head if _key(lines[i]) == _key(title)), None)
    if at is None:
        return
    above = [i for i in head if i < at]
    if all(len(lines[i].split()) <= MAX_KICKER_WORDS and not lines[i].rstrip().endswith(".") for i in above):
        for i in above:
            lines[i] = ""
    lines[at] = ""


# Class names of caption and photo-credit elements that are not <figcaption>: "caption",
# "wp-caption-text", "photo-credit", "credit" (a token of the class attribute, or its start or end).
_CAPTION_CLASS = re.compile(r"(?:^|[\s_-])(?:caption|credit|credits)(?:$|[\s_-])", re.I)
MAX_CAPTION_WORDS = 60


def _figcaptions(tree: lxml.html.HtmlElement | None) -> list[str]:
    """Texts of the page's captions: <figcaption>, and short elements classed as a caption or credit."""
    if tree is None:
        return []
    caps = [" ".join(el.text_content().split()) for el in tree.iter("figcaption")]
    for el in _classed(tree, ("caption", "credit")):
        if _CAPTION_CLASS.search(el.get("class") or ""):
            text = " ".join(el.text_content().split())
            if len(text.split()) <= MAX_CAPTION_WORDS:
                caps.append(text)
    return [c for c in caps if c]


def _classed(tree: lxml.html.HtmlElement, words: tuple[str, ...]) -> list[lxml.html.HtmlElement]:
    """Elements whose class attribute contains one of ``words`` (any case), found by XPath in C:
    a Python pass over every element of a page cost about a millisecond a page."""
    lower = "translate(@class, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ', 'abcdefghijklmnopqrstuvwxyz')"
    test = " or ".join(f"contains({lower}, '{w}')" for w in words)
    found: list[lxml.html.HtmlElement] = tree.xpath(f"//*[@class and ({test})]")
    return found


# Class words of the element holding a page's writer and date under the headline.
_META_CLASS = re.compile(r"(?:^|[\s_-])(?:meta|byline|dateline|article-info|post-info|info|author)(?:$|[\s_-])", re.I)


def _meta_row(tree: lxml.html.HtmlElement | None) -> tuple[str | None, str | None]:
    """(writer, date) from a short element classed as the article's meta or byline line, such as
    "Jane Doe, Defence Editor · Monday 24 February 2025 · 1,907 reads", when the markup has no
    date htmldate can read (see boilerplate.meta_row)."""
    if tree is None:
        return None, None
    for el in _classed(tree, ("meta", "byline", "dateline", "info", "author")):
        if not _META_CLASS.search(el.get("class") or ""):
            continue
        text = " ".join(el.text_content().split())
        if not text or len(text.split()) > 25:
            continue
        found = bp.meta_row(text)
        if found is not None:
            return found
    return None, None


def _outlet(sitename: str | None, *, title: str | None = None) -> str | None:
    """Trafilatura's site name, unless it is a bare host name or the headline itself (when a
    window title's "Headline | Outlet" defeats its split, it gives the headline back)."""
    if not sitename:
        return None
    name = sitename.strip()
    if title and _key(name) == _key(title):
        return None
    return None if _HOSTLIKE.match(name) and " " not in name else name


def _key(s: str) -> str:
    return " ".join(s.split()).casefold()


def _author(value: str | None) -> str | None:
    """Trafilatura's author without the job titles it joins in as further "authors"
    ("Jane Doe; Senior Fellow" -> "Jane Doe"); several real names stay joined by "; "."""
    if not value:
        return None
    names = [n for p in value.split(";") if (n := _byline_name(p)) and not bp.is_job_title(n)]
    return "; ".join(names) or None


# What a byline row runs on into after the name: "Nadia Ferhat · Published 26 February 2024".
_AFTER_NAME = re.compile(r"\s*[·•|]\s*.*$|\s+(?:published|updated|posted)\b.*$", re.I)


def _byline_name(part: str) -> str:
    return _AFTER_NAME.sub("", part.strip()).strip()


_BLOCKS = (
    "p",
    "div",
    "li",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "blockquote",
    "pre",
    "tr",
    "section",
    "article",
)


def extract_fragment(html: str, *, url: str | None = None) -> Extracted:
    """Body of an HTML fragment (feed entry content): trafilatura, else the block elements' text.

    Trafilatura expects whole pages and may find nothing in a three-paragraph
    fragment, which is nonetheless all article.
    """
    full = extract_html(html, url=url)
    if full.text.strip():
        return full
    try:
        root = lxml.html.fragment_fromstring(html, create_parent="div")
    except (ValueError, lxml.etree.ParserError):
        return full
    for el in root.iter("figcaption"):
        el.drop_tree()
    for br in root.iter("br"):
        br.tail = "\n" + (br.tail or "")
    for el in root.iter(*_BLOCKS):
        el.tail = "\n" + (el.tail or "")
        el.text = "\n" + (el.text or "")
    lines = root.text_content().splitlines()
    out = scrub_lines(lines)
    paragraphs = [" ".join(x.split()) for x in out.lines if x.strip()]
    return Extracted(text="\n\n".join(paragraphs), url=url, captions=full.captions + out.captions)
