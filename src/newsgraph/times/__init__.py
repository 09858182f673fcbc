"""Time expressions in news text, normalized to TIMEX3 values.

Public API::

    find_times(text, anchor=None, *, anchor_range=None, tense_hints=True) -> list[TimeExpression]
    offset_after(text, expr) -> Offset | None    # "one month after ..." -> Offset(1, "month", +1)
    apply_offset(value, offset) -> str | None    # Offset(1, "month", +1) on "2024-12" -> "2025-01"
    infer_document_date(text, captions=()) -> dict | None   (see anchor.py)

``anchor`` is the document date (ISO string or ``date``). Without it, and
without ``anchor_range``, relative expressions keep ``value=None`` and
``basis="unknown"``: a missing value is better than a guessed one. With
``anchor_range=(lo, hi)`` (the document date is only known as an interval), a
relative expression gets a value only when both ends of the interval give the
same one. See docs/times.md for the rules and conventions.
"""

from __future__ import annotations

import bisect
import functools
import re
from dataclasses import dataclass
from datetime import date

from newsgraph.model import TimeExpression
from newsgraph.times import calendar as cal
from newsgraph.times.engine import combine, resolve, resolve_anaphor, scan
from newsgraph.times.patterns import MONTH, NUMBER, UNIT_WORDS, parse_number, unit_name
from newsgraph.times.rules_context import QUARTER_CONTEXT
from newsgraph.times.spec import MONTH_OF_YEAR, Ctx, Spec
from newsgraph.times.tense import PLUPERFECT

# A quarter named in the text ("the third quarter", "Q3 2025") is the one later "the quarter" or
# "a year earlier" in an earnings report refers to.
_SEASON_VALUE = re.compile(r"\d{4}-(?:SP|SU|FA|WI)$")
_QUARTER_VALUE = re.compile(r"^\d{4}-Q[1-4]$")
# Year-to-date periods of an earnings report; after one, "a year earlier" means the same months of
# the year before, valued as that year.
_YEAR_TO_DATE = ("P6M", "P9M")
# A quarter set off by a comma right after another one names the same quarter ("the year-ago
# quarter, the second quarter"); the text from the end of the first to the end of the second.
_APPOSED_QUARTER = re.compile(r",\s+the\s+(?:first|second|third|fourth)[\s-]+quarter", re.IGNORECASE)

__all__ = ["Offset", "apply_offset", "find_times", "infer_document_date", "offset_after", "parse_anchor"]


def parse_anchor(anchor: str | date | None) -> date | None:
    """Accept ``date``, "2025-07-31", "2025-07-31T10:00:00" or "20250731"; None when unusable."""
    if anchor is None or isinstance(anchor, date):
        return anchor
    s = anchor.strip()
    m = re.match(r"^(\d{4})-?(\d{2})-?(\d{2})", s)
    if not m:
        return None
    y, mo, d = (int(g) for g in m.groups())
    return date(y, mo, d) if cal.valid_day(y, mo, d) else None


def find_times(
    text: str,
    anchor: str | date | None = None,
    *,
    anchor_range: tuple[date, date] | None = None,
    tense_hints: bool = True,
) -> list[TimeExpression]:
    """TIMEX3 expressions in ``text``, in text order, with values resolved against the anchor.

    ``tense_hints=False`` makes every bare day/month ("January 28", "Friday")
    resolve to the nearest past one, ignoring "will"/"next" in the clause.
    """
    day = parse_anchor(anchor)
    anchors: list[date] = [day] if day else (list(anchor_range) if anchor_range else [])
    items: list[TimeExpression] = []
    specs = []
    previous: str | None = None  # the last calendar value seen, for "that year", "the next day"
    previous_end = -1  # where it ends, for "a day earlier" (same paragraph only)
    narrative: str | None = None  # the last one not told as a flashback ("had cut in 2016"), for "that June"
    narrative_end = -1
    story: str | None = None  # the first day named outside a dateline: what "a day earlier" is about
    breaks = [m.end() for m in _PARAGRAPH_BREAK.finditer(text)]
    quarter: tuple[str, int] | None = None  # the quarter under discussion and where, for "the quarter"
    named: tuple[str, int] | None = None  # the last quarter named, for "that quarter"
    for start, end, spec in _scan(text, tense_hints):
        if _unit_pair(text, start, end):
            continue
        value, basis = resolve(spec, anchors)
        if value and narrative and basis == "relative" and narrative_end >= _paragraph_start(breaks, _paragraph_start(breaks, start) - 1):
            value = _in_story_year(text[start:end], value, narrative)
        # "a day earlier" counts only from a date in its own paragraph (else the story's day)
        since = _paragraph_start(breaks, _paragraph_start(breaks, start) - 1) if spec.forward else _paragraph_start(breaks, start)
        near = previous if not spec.local or previous_end >= since else None
        base = _reference_day(spec, near, story)
        if base is None and near is not None and spec.coarse_falls_back:
            base = _reference_day(spec, None, story)
        if spec.from_previous is not None and base is not None:
            value, basis = spec.from_previous(base), "relative"
        elif spec.local and near is not None and not spec.coarse_falls_back:
            value, basis = None, "unknown"  # "in 2015 ... a week later": no day to count from
        if spec.local:
            if value and cal.parse_value(value):
                previous, previous_end = value, end
        elif spec.from_previous is not None and base is not None:
            pass  # "the previous Friday" is not a new reference point
        elif spec.anaphor is not None:
            anchored = value
            value = resolve_anaphor(spec.anaphor, narrative if spec.anaphor[0] == MONTH_OF_YEAR else previous) or anchored
            if value is None and previous_end >= _paragraph_start(breaks, start):
                value = _unknown_within(spec.anaphor, previous)
            if value and spec.pod and not value.endswith(spec.pod):
                value = f"{value}T{spec.pod}" if len(value) == 10 else None
            basis = "relative" if value else "unknown"
            if value and spec.anaphor[0] == MONTH_OF_YEAR:
                previous, previous_end = value, end  # "that June" is where the text now is
                narrative, narrative_end = value, end
        elif (
            spec.topic_quarter is not None
            and quarter is not None
            and start - quarter[1] <= QUARTER_CONTEXT
            and (not spec.finished or _finished(quarter[0], anchors))
        ):
            value = _topic_value(spec, named[0] if spec.last_named and named is not None else quarter[0])
            basis = "relative"
        elif value and spec.type == "DATE" and cal.parse_value(value):
            previous, previous_end = value, end
            if not _flashback(text, start):
                narrative, narrative_end = value, end
            if story is None and len(value) == 10 and not _on_short_line(text, start, end):
                story = value
        elif value and spec.type == "DATE" and _SEASON_VALUE.match(value) and not _flashback(text, start):
            narrative, narrative_end = value, end  # "the spring of 2023 ... in May of that year": its year
        if value and items and _QUARTER_VALUE.match(value) and _APPOSED_QUARTER.fullmatch(text[items[-1].end : end]):
            # "in the comparable year-ago quarter, the second quarter ended Oct. 31": one quarter,
            # the year from the first, the number from the second
            prev = items[-1]
            if prev.value and _QUARTER_VALUE.match(prev.value) and prev.value[:4] != value[:4]:
                value = prev.value[:4] + value[4:]
                items[-1] = TimeExpression(prev.start, prev.end, prev.text, type=prev.type, value=value, basis=prev.basis, granularity=prev.granularity)
        if value and spec.type == "DATE" and _QUARTER_VALUE.match(value) and spec.topic_quarter is None:
            named = (value, end)
            if not _keeps_topic(quarter, value, start, anchors):
                quarter = (value, end)
        elif value and spec.finished and _QUARTER_VALUE.match(value) and (quarter is None or quarter[0] != value):
            quarter = (value, end)  # "the latest quarter" after a mention of the coming one: the ended one is the topic
        elif quarter is not None and spec.type == "DURATION" and value in _YEAR_TO_DATE and start - quarter[1] <= QUARTER_CONTEXT:
            quarter = (quarter[0][:4], end)  # "in the first nine months": the period under discussion is now the year
        if _in_title(text, start, end):
            continue
        items.append(
            TimeExpression(start, end, text[start:end], type=spec.type, value=value, basis=basis, granularity=spec.granularity)
        )
        specs.append(spec)
    return combine(text, items, specs)


@functools.lru_cache(maxsize=4)
def _scan(text: str, tense_hints: bool) -> tuple[tuple[int, int, Spec], ...]:
    """``scan`` memoized on its only inputs (the specs are frozen; no anchor is involved).

    Dating an undated document scans its text twice with the same settings
    (``infer_document_date``: the explicit bounds, then a yearless day inside
    them, under a different anchor); the second scan is then free.
    """
    return tuple(scan(text, Ctx(text, tense_hints=tense_hints)))


_PARAGRAPH_BREAK = re.compile(r"\n[ \t]*\n")
_GRAN_ORDER = {"time": 0, "day": 0, "week": 1, "month": 2, "quarter": 3, "year": 4}
# A line holding a date and at most this many other words is a dateline or byline ("August 19,
# 2022", "Updated: Sunday, March 19, 2023 10:31 GMT"), not a sentence about the story's own day.
_DATELINE_WORDS = 4


# "quarter-to-quarter", "year-over-year", "day-to-day": one unit compared with the next, not a time.
_PAIR_AFTER = re.compile(r"-(?:to|over|on|by)-(\w+)\b", re.IGNORECASE)
_PAIR_BEFORE = re.compile(r"\b(\w+)-(?:to|over|on|by)-$", re.IGNORECASE)
_PAIR_UNITS = frozenset(["day", "week", "month", "quarter", "year"])


def _unit_pair(text: str, start: int, end: int) -> bool:
    words = text[start:end].lower().split()
    after = _PAIR_AFTER.match(text, end)
    if after and words[-1] in _PAIR_UNITS and after.group(1).lower() == words[-1]:
        return True
    before = _PAIR_BEFORE.search(text[max(0, start - 20) : start])
    return bool(before and words[0] in _PAIR_UNITS and before.group(1).lower() == words[0])


def _paragraph_start(breaks: list[int], pos: int) -> int:
    i = bisect.bisect_right(breaks, pos)
    return breaks[i - 1] if i else 0


def _on_short_line(text: str, start: int, end: int) -> bool:
    lo = text.rfind("\n", 0, start) + 1
    hi = text.find("\n", end)
    rest = text[lo:start] + " " + text[end : hi if hi >= 0 else len(text)]
    return len(_WORD.findall(rest)) <= _DATELINE_WORDS


_COARSE_VALUE = re.compile(r"^\d{4}(?:-\d{2})?$")


def _unknown_within(anaphor: tuple[str, int], previous: str | None) -> str | None:
    """"that same day" after "last October" in its paragraph: a day of that month, which one
    unknown (TimeML "1998-10-XX"); "that month" after "in 1994": "1994-XX".

    Only for the same day or month ("the next day" after a month could cross into the next
    one), and only from a year or month, the calendar units that hold a day or a month.
    """
    unit, step = anaphor
    if step != 0 or previous is None or not _COARSE_VALUE.match(previous):
        return None
    if unit == "day":
        return previous + ("-XX" if len(previous) == 7 else "-XX-XX")
    if unit == "month" and len(previous) == 4:
        return previous + "-XX"
    return None


_MONTH_WORD = re.compile(rf"\b{MONTH}", re.IGNORECASE)
# How far after a dated day of another year a yearless day may be and still continue its story.
STORY_DAYS = 62


def _in_story_year(span: str, value: str, narrative: str) -> str:
    """"On April 18, 2021, X was admitted to hospital ... On April 24 it summoned the ambassador": a
    yearless day of the month a few weeks after the day the story is at, in the same or the previous
    paragraph, is in that day's year, not the one the article's date would give it."""
    day, told = cal.parse_value(value), cal.parse_value(narrative)
    if day is None or told is None or day[1] != "day" or told[1] != "day" or day[0].year == told[0].year \
            or _HAS_YEAR.search(span) or not _MONTH_WORD.search(span):
        return value
    try:
        moved = day[0].replace(year=told[0].year)
    except ValueError:  # February 29
        return value
    return moved.isoformat() if 0 < (moved - told[0]).days <= STORY_DAYS else value


_CLAUSE_EDGE = re.compile(r"[,;:.!?\n]")


def _flashback(text: str, start: int) -> bool:
    """"which restored the relations Riyadh had cut in January 2016": a time in a pluperfect clause
    looks back from the story; the year the story is at stays the one before it."""
    left = max((m.end() for m in _CLAUSE_EDGE.finditer(text, max(0, start - 80), start)), default=max(0, start - 80))
    return PLUPERFECT.search(text, left, start) is not None


def _reference_day(spec: Spec, previous: str | None, story: str | None) -> date | None:
    """The day a ``from_previous`` spec counts from: the previous dated expression if it is at
    least as fine as the spec's unit, for a ``local`` spec else the story's day; None: the anchor."""
    if spec.from_previous is None:
        return None
    want = _GRAN_ORDER.get(spec.granularity or "day", 0)
    if previous is not None:  # a coarser one ("in 2015 ... a week later") gives no day to count from
        return _day_of(previous, want)
    return _day_of(story, want) if spec.local and story is not None else None


def _day_of(value: str, want: int) -> date | None:
    parsed = cal.parse_value(value)
    return parsed[0] if parsed is not None and _GRAN_ORDER.get(parsed[1], 9) <= want else None


# Time words written in lower case in running text; capitalised after another word they are part
# of a title or name: CBS's "60 Minutes", ABC's "This Week", "High Noon", "VOA Today".
_LOWER_TIME_WORDS = frozenset(
    ["second", "seconds", "minute", "minutes", "hour", "hours", "day", "days", "night", "nights", "week", "weeks", "weekend", "month", "months", "year", "years", "decade", "decades", "century", "noon", "midnight", "today", "tonight", "tomorrow", "yesterday", "morning", "evening", "afternoon", "now"]
)
_WORD = re.compile(r"[A-Za-z]+")
_HAS_YEAR = re.compile(r"\b(?:1[6-9]|20)\d\d\b")


def _in_title(text: str, start: int, end: int) -> bool:
    """Is text[start:end] part of a title: a lower-case time word capitalised mid-phrase?

    Not when it names a year ("Fiscal Year 2026", "Summer 2024"): capitals there are a style.
    """
    if _HAS_YEAR.search(text, start, end):
        return False
    for m in _WORD.finditer(text, start, end):
        w = m.group()
        if not (w[0].isupper() and w[1:].islower() and w.lower() in _LOWER_TIME_WORDS) or w == "Day":
            continue  # "Thanksgiving Day", "Election Day" are names of days, not titles
        before = text[max(0, m.start() - 30) : m.start()]
        prev = re.search(r"([A-Za-z0-9]+)([^A-Za-z0-9]*)$", before)
        if prev and prev.group(2) in (" ", "-") and (prev.group(1)[0].isupper() or prev.group(1)[0].isdigit()):
            return True
    return False


def _finished(value: str, anchors: list[date]) -> bool:
    """Has the period ``value`` ended by every anchor? (True when there is no anchor to check.)"""
    parsed = cal.parse_value(value)
    if parsed is None:
        return True
    start, gran = parsed
    end = cal.add_months(start, {"quarter": 3, "month": 1, "year": 12}.get(gran, 0))
    return all(a >= end for a in anchors)


def _keeps_topic(quarter: tuple[str, int] | None, value: str, start: int, anchors: list[date]) -> bool:
    """Does a report's quarter stay the topic when a quarter that has not ended yet is named?

    "Third-quarter net rose ... the earthquake will result in a fourth-quarter charge ... a year
    ago": the coming quarter is an aside; the ended one is still what the report compares.
    """
    return (
        quarter is not None
        and start - quarter[1] <= QUARTER_CONTEXT
        and _finished(quarter[0], anchors)
        and (not _finished(value, anchors) or (value[:4] == quarter[0][:4] and value < quarter[0]))
    )


def _topic_value(spec: Spec, quarter: str) -> str | None:
    """The quarter under discussion, moved back ``spec.topic_quarter`` years or into the spec's year."""
    if spec.value and spec.value.isdigit():  # "the 1988 period"
        return f"{spec.value}{quarter[4:]}"
    return cal.shift_value(quarter, -(spec.topic_quarter or 0), "year")


@dataclass(frozen=True)
class Offset:
    """A signed distance in calendar units: "one month after" is Offset(1, "month", +1)."""

    amount: int
    unit: str
    sign: int


_OFFSET_TEXT = re.compile(
    rf"^(?:(?:just|only|barely|some|about|nearly|almost|roughly|around|less\s+than|more\s+than)\s+)?"
    rf"(?P<n>{NUMBER})\s+(?P<unit>{UNIT_WORDS})$",
    re.IGNORECASE,
)
_AFTER = re.compile(r"\s+(?P<d>after|before|following|since|later\s+than|prior\s+to)\b", re.IGNORECASE)


def offset_after(text: str, expr: TimeExpression) -> Offset | None:
    """The offset an expression like "one month" carries when ``text`` goes on with "after"/"before".

    For the event stage: in "just one month after the regime's fall", find_times
    gives "one month" (a DURATION P1M); ``offset_after`` returns Offset(1,
    "month", +1) and ``apply_offset(<date of the fall>, offset)`` the date.
    """
    m = _OFFSET_TEXT.match(expr.text.strip())
    after = _AFTER.match(text, expr.end)
    if not m or not after:
        return None
    n = parse_number(m.group("n"))
    if n is None or not float(n).is_integer():
        return None
    sign = -1 if after.group("d").lower() in ("before", "prior to") else 1
    return Offset(int(n), unit_name(m.group("unit")), sign)


def apply_offset(value: str | None, offset: Offset) -> str | None:
    """Shift a TIMEX3 date value; None when the value is missing or too coarse for the unit."""
    if not value:
        return None
    return cal.shift_value(value, offset.amount * offset.sign, offset.unit)


from newsgraph.times.anchor import infer_document_date  # noqa: E402  (anchor.py uses find_times)
