"""JSON Lines: one article per line, ``text`` or ``html`` plus optional metadata.

Fields: ``text`` | ``html`` (one required), ``url``, ``title``, ``published``,
``outlet``, ``author``. Given fields win over what is read from the body. A
bad line is reported by its number ("file.jsonl:7: invalid JSON") and the
other lines still load.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

from newsgraph.errors import IngestError
from newsgraph.ingest.dates import parse_date_line
from newsgraph.ingest.html import extract_html
from newsgraph.ingest.plaintext import clean_plain_text
from newsgraph.ingest.record import Extracted

_FIELDS = ("url", "title", "outlet", "author")


def iter_jsonl(text: str, *, item: str) -> Iterator[tuple[str, Extracted] | IngestError]:
    """(source, record) per good line, IngestError per bad one; blank lines are skipped."""
    for n, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        where = f"{item}:{n}"
        try:
            data = json.loads(line)
        except json.JSONDecodeError as exc:
            yield IngestError(where, f"invalid JSON ({exc.msg} at column {exc.colno})")
            continue
        if not isinstance(data, dict):
            yield IngestError(where, "each line must be a JSON object")
            continue
        try:
            yield _source(data, where), _record(data)
        except ValueError as exc:
            yield IngestError(where, str(exc))


def _source(data: dict[str, Any], where: str) -> str:
    url = data.get("url")
    return url if isinstance(url, str) and url.strip() else where


def _record(data: dict[str, Any]) -> Extracted:
    text, html = data.get("text"), data.get("html")
    if isinstance(text, str) and text.strip():
        ex = clean_plain_text(text)
    elif isinstance(html, str) and html.strip():
        ex = extract_html(html, url=data.get("url") if isinstance(data.get("url"), str) else None)
    else:
        raise ValueError("needs 'text' or 'html'")
    for name in _FIELDS:
        value = data.get(name)
        if value is not None and not isinstance(value, str):
            raise ValueError(f"field {name!r} must be a string")
        if value and value.strip():
            setattr(ex, name, value.strip())
    published = data.get("published")
    if published is not None:
        iso = parse_published(published)
        if iso is not None:  # an unreadable date leaves the date unknown, the article stays
            ex.published, ex.published_basis = iso, "metadata"
    return ex


def parse_published(value: object) -> str | None:
    """ISO date from a metadata value: ISO dates/datetimes first, then dateparser."""
    if not isinstance(value, str) or not value.strip():
        return None
    iso = parse_date_line(value)
    if iso:
        return iso
    import dateparser  # slow import: only for unusual formats

    parsed = dateparser.parse(
        value, settings={"STRICT_PARSING": True, "REQUIRE_PARTS": ["day", "month", "year"]}
    )
    return parsed.date().isoformat() if parsed else None
