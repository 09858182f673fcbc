"""Recognise a date written on its own (a date line, a dateline) and give its ISO form.

Only complete dates with a year count: a head line "2026-01-29" or
"January 29, 2026" is the publication date the page prints; "3 hours ago" or
"Jan 5" without a year is not enough and leaves the date unknown (a later
stage infers it from the content).
"""

from __future__ import annotations

import datetime as dt
import re

MONTHS = {
    name: i
    for i, names in enumerate(
        [
            ("january", "jan"),
            ("february", "feb"),
            ("march", "mar"),
            ("april", "apr"),
            ("may",),
            ("june", "jun"),
            ("july", "jul"),
            ("august", "aug"),
            ("september", "sep", "sept"),
            ("october", "oct"),
            ("november", "nov"),
            ("december", "dec"),
        ],
        start=1,
    )
    for name in names
}
_MON = r"(?P<mon>" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\.?"
_WEEKDAY = r"(?:(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)[a-z]*\.?,?\s+)?"
_TIME = r"(?:[\s,]+(?:at\s+)?\d{1,2}[:.]\d{2}(?::\d{2})?\s*(?:[ap]\.?m\.?)?(?:\s*[A-Z]{2,5}|\s*[+-]\d{2}:?\d{2})?)?"

# Each pattern matches a whole (short) string that is only a date, maybe with a time.
DATE_PATTERNS = [
    re.compile(r"(?P<y>\d{4})-(?P<m>\d{1,2})-(?P<d>\d{1,2})(?:[T ][\d:.+\-Z]*)?", re.I),
    re.compile(r"(?P<y>\d{4})/(?P<m>\d{1,2})/(?P<d>\d{1,2})" + _TIME, re.I),
    re.compile(
        _WEEKDAY + r"(?P<d>\d{1,2})(?:st|nd|rd|th)?[\s.\-/]+" + _MON + r"[\s.,\-/]+(?P<y>\d{4})" + _TIME, re.I
    ),
    re.compile(_WEEKDAY + _MON + r"\s+(?P<d>\d{1,2})(?:st|nd|rd|th)?,?\s+(?P<y>\d{4})" + _TIME, re.I),
    re.compile(r"(?P<d>\d{1,2})\.(?P<m>\d{1,2})\.(?P<y>\d{4})" + _TIME, re.I),
]

# Words that may precede a date line: "Published: 3 March 2024", "Updated on ...".
_PREFIX = re.compile(
    r"^(?:(?:first\s+)?published|posted|updated|last\s+updated|date|dated|on)\b\s*(?:on|at)?\s*:?\s*", re.I
)


def parse_date_line(line: str) -> str | None:
    """ISO date when ``line`` is nothing but a full date (with an optional label and time)."""
    s = _PREFIX.sub("", line.strip().strip("|·•–—-").strip())
    s = s.rstrip(" .")
    if not s or len(s) > 60:
        return None
    for pat in DATE_PATTERNS:
        m = pat.fullmatch(s)
        if m:
            return _iso(m)
    return None


def find_date_prefix(text: str) -> tuple[str, int] | None:
    """A full date at the very start of ``text`` (a dateline): (ISO, end offset)."""
    for pat in DATE_PATTERNS:
        m = pat.match(text)
        if m:
            iso = _iso(m)
            if iso:
                return iso, m.end()
    return None


def _iso(m: re.Match[str]) -> str | None:
    g = m.groupdict()
    try:
        month = MONTHS[g["mon"].lower()] if g.get("mon") else int(g["m"])
        day = dt.date(int(g["y"]), month, int(g["d"]))
    except (ValueError, KeyError):
        return None
    if not 1900 <= day.year <= 2100:
        return None
    return day.isoformat()
