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
_TIME = (r"(?:[\s,]+(?:[-–—|/@]\s*)?(?:at\s+)?\d{1,2}[:.]\d{2}(?::\d{2})?\s*(?:[ap]\.?m\.?)?"
         r"(?:\s*[A-Z]{2,5}|\s*[+-]\d{2}:?\d{2})?)?")  # "10:15", ", 10:15 am EST", " - 10:15", " at 10:15"

# Each pattern matches a whole (short) string that is only a date, maybe with a time.
DATE_PATTERNS = [
    re.compile(r"(?P<y>\d{4})-(?P<m>\d{1,2})-(?P<d>\d{1,2})(?:[T ][\d:.+\-Z]*)?", re.I),
    re.compile(r"(?P<y>\d{4})/(?P<m>\d{1,2})/(?P<d>\d{1,2})" + _TIME, re.I),
    re.compile(
        _WEEKDAY + r"(?P<d>\d{1,2})(?:st|nd|rd|th)?(?:\s+of)?[\s.\-/]+" + _MON + r"[\s.,\-/]+(?P<y>\d{4})" + _TIME, re.I
    ),
    re.compile(_WEEKDAY + _MON + r"\s+(?P<d>\d{1,2})(?:st|nd|rd|th)?,?\s+(?P<y>\d{4})" + _TIME, re.I),
    re.compile(r"(?P<d>\d{1,2})\.(?P<m>\d{1,2})\.(?P<y>\d{4})" + _TIME, re.I),
]

# Words that may precede a date line: "Published: 3 March 2024", "Updated on ...".
_PREFIX = re.compile(
    r"^(?:(?:first\s+)?published|posted|updated|last\s+updated|date|dated|on)\b\s*(?:on|at)?\s*:?\s*", re.I
)


# A time written before the date: "Published 10:15 AM, March 4, 2025".
_LEAD_TIME = re.compile(r"^\d{1,2}[:.]\d{2}(?![.\d])\s*(?:[ap]\.?m\.?)?(?:\s+[A-Z]{2,5})?\s*[,|/-]?\s*(?:on\s+)?", re.I)
# Labels that open one of several dates on a line: "Published March 4, 2025 Updated March 5, 2025".
_LABEL = re.compile(r"\b(?:first\s+published|published|posted|last\s+updated|updated|modified)\b", re.I)


def parse_date_line(line: str) -> str | None:
    """ISO date when ``line`` is nothing but a full date (with an optional label and time), or
    several labelled dates, of which the publication one is taken ("Updated: X | Published: Y")."""
    found = _single_date(line)
    if found is not None:
        return found
    labels = list(_LABEL.finditer(line))
    if len(labels) < 2 or len(line) > 140 or line[: labels[0].start()].strip(" |·•–—-"):
        return None
    dated = []
    for k, lab in enumerate(labels):
        end = labels[k + 1].start() if k + 1 < len(labels) else len(line)
        iso = _single_date(line[lab.start(): end].strip().strip("|·•–—-,").strip())
        if iso is None:
            return None  # a label without a date: not a date line
        dated.append((lab.group(0).lower(), iso))
    first = [iso for label, iso in dated if label.endswith(("published", "posted"))]
    return first[0] if first else None


def _single_date(line: str) -> str | None:
    s = _PREFIX.sub("", line.strip().strip("|·•–—-").strip())
    s = _LEAD_TIME.sub("", s).rstrip(" .")
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
