"""What every reader (plain text, HTML, JSONL, feed) returns, and how it becomes a Document.

Keeping one intermediate record means the id rule, the "no text" rejection
and the date-basis bookkeeping live in one place for every input kind.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass, field

from newsgraph.errors import Rejected
from newsgraph.model import Document, content_hash

# Bodies shorter than this many characters are not articles (a cookie wall, a
# "page not found", an empty template). 80 chars is about one short sentence.
MIN_TEXT_CHARS = 80


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
    if len(text) < min_chars:
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


def _clean(value: str | None) -> str | None:
    if value is None:
        return None
    value = unicodedata.normalize("NFC", " ".join(value.split()))
    return value or None
