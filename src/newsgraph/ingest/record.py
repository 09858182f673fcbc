"""What every reader (plain text, HTML, JSONL, feed) returns, and how it becomes a Document.

Keeping one intermediate record means the id rule, the "no text" rejection
and the date-basis bookkeeping live in one place for every input kind.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field

from newsgraph.errors import Rejected
from newsgraph.model import Document, content_hash

# Bodies shorter than this many characters are not articles (a cookie wall, a
# "page not found", an empty template). 80 chars is about one short sentence.
MIN_TEXT_CHARS = 80
# ... unless the short body is one real sentence: a capital, at least this many
# words, a full stop, and none of the words of an error page or a wall.
MIN_SENTENCE_WORDS = 5
_SENTENCE = re.compile(r"^[\"“‘']?[A-Z][^\n]*[a-z][^\n]*[.!?][\"”’']?$")
_NOT_ARTICLE = re.compile(
    r"\b(?:not found|404|403|error|forbidden|access denied|javascript|cookies?|browser|sign in|sign up|"
    r"log ?in|subscri\w*|members? only|paywall|page|click|loading|redirect\w*|copyright|rights reserved)\b",
    re.I,
)


@dataclass
class Extracted:
    """Clean body plus what the page says about itself, before it gets an id."""

    text: str
    title: str | None = None
    outlet: str | None = None
    author: str | None = None
    published: str | None = None
    published_basis: str = "unknown"
    language: str | None = None
    url: str | None = None
    captions: list[str] = field(default_factory=list)


def document_id(text: str) -> str:
    """Stable id: "d" + the first 12 hex digits of the cleaned text's hash."""
    return "d" + content_hash(text)[:12]


def to_document(ex: Extracted, *, source: str, min_chars: int = MIN_TEXT_CHARS) -> Document:
    """Build the Document, or raise Rejected when no article text is left."""
    text = unicodedata.normalize("NFC", ex.text.strip())
    if len(text) < min_chars and not is_short_article(text):
        raise Rejected(source, "no article text found")
    published = ex.published
    basis = ex.published_basis if published else "unknown"
    return Document(
        id=document_id(text),
        source=source,
        text=text,
        title=_clean(ex.title),
        outlet=_clean(ex.outlet),
        author=_clean(ex.author),
        published=published,
        published_basis=basis,
        language=ex.language,
        url=ex.url,
        captions=[unicodedata.normalize("NFC", c) for c in ex.captions if c.strip()],
    )


def is_short_article(text: str) -> bool:
    """A body under MIN_TEXT_CHARS that is still news: one or two whole sentences, not a wall or error page."""
    text = " ".join(text.split())
    return (
        len(text.split()) >= MIN_SENTENCE_WORDS
        and bool(_SENTENCE.match(text))
        and not _NOT_ARTICLE.search(text)
    )


def _clean(value: str | None) -> str | None:
    if value is None:
        return None
    value = unicodedata.normalize("NFC", " ".join(value.split()))
    return value or None
