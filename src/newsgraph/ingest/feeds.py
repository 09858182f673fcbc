"""RSS/Atom feeds: one entry per article, with the entry's own metadata.

feedparser is lenient: it returns something for almost any input and sets
``bozo`` when the XML is broken. A feed is called malformed only when it is
broken *and* yields no entries, so a feed with one stray character still
delivers its articles.
"""

from __future__ import annotations

import re
import time
from dataclasses import dataclass
from typing import TYPE_CHECKING

from newsgraph.errors import IngestError

if TYPE_CHECKING:
    import feedparser
# feedparser is imported when a feed is parsed: every ingest process imports this module (for
# looks_like_feed), and a folder of articles has no feed (0.04 s per process).

_FEED_START = re.compile(r"^\s*(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*)*<(?:rss|feed|rdf:RDF)\b", re.S | re.I)
_FEED_TYPES = (
    "application/rss+xml",
    "application/atom+xml",
    "application/rdf+xml",
    "application/xml",
    "text/xml",
)


@dataclass
class FeedEntry:
    """One feed item: where it points, and what the feed says about it."""

    link: str | None
    title: str | None
    author: str | None
    published: str | None  # ISO date
    content_html: str | None  # full content when the feed carries it (not the summary teaser)
    feed_title: str | None


def looks_like_feed(text: str, *, content_type: str = "") -> bool:
    """RSS/Atom by content type, or by the document's first element (generic XML types are sniffed)."""
    if content_type in _FEED_TYPES[:3]:
        return True
    return bool(_FEED_START.match(text[:4000]))


def parse_feed(text: str, *, item: str) -> list[FeedEntry]:
    """Entries of a feed; IngestError when it is not a readable feed.

    feedparser sets ``bozo`` on any XML problem; a feed counts as malformed
    only when, in addition, no entry has a link or content to ingest.
    """
    import feedparser

    parsed = feedparser.parse(text)
    entries = list(parsed.entries)
    usable = [e for e in entries if e.get("link") or e.get("content")]
    if parsed.bozo and not usable:
        # broken XML that yielded nothing usable (feedparser still invents partial entries)
        reason = getattr(parsed, "bozo_exception", None)
        raise IngestError(item, f"malformed feed ({_short(reason)})")
    if not entries:
        if not parsed.version:
            raise IngestError(item, "not an RSS or Atom feed")
        return []
    feed_title = parsed.feed.get("title") or None
    return [_entry(e, feed_title) for e in entries]


def _entry(e: feedparser.FeedParserDict, feed_title: str | None) -> FeedEntry:
    content = None
    for c in e.get("content", []) or []:
        value = c.get("value") or ""
        if value.strip():
            content = value
            break
    return FeedEntry(
        link=e.get("link") or None,
        title=e.get("title") or None,
        author=e.get("author") or None,
        published=_iso(e.get("published_parsed") or e.get("updated_parsed")),
        content_html=content,
        feed_title=feed_title,
    )


def _iso(parsed: time.struct_time | None) -> str | None:
    if not parsed:
        return None
    return f"{parsed.tm_year:04d}-{parsed.tm_mon:02d}-{parsed.tm_mday:02d}"


def _short(exc: object) -> str:
    msg = str(exc or "unreadable XML").splitlines()[0]
    return msg[:120]
