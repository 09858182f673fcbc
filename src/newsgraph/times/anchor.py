"""When was an undated article written? An interval inferred from its own content.

Evidence, in the order it is used:

1. Explicit dates the text reports as past ("met in July 2025", "was toppled
   in late 2024") and dated captions ("... July 2025 (AP)": a photo shows
   something that has happened): the article is no earlier than the start of
   the latest such period -> lower bound ``lo``. Fiscal years are not evidence
   (they name budgets, not happenings).
2. When that evidence is a month or a day, a yearless date the text reports as
   past and that falls inside it ("landed on the last day of July" next to a
   caption dated July 2025) pins it further: ``lo`` becomes that day. Other
   yearless dates give nothing: the year they fall in is unknown.
3. Explicit dates the text anticipates ("will visit in January 2026"): the
   article is no later than the end of that period -> upper bound ``hi``.
4. When the article's lead (its first LEAD_CHARS characters) calls its news
   recent ("A recent visit ...", "this week", "days ago") and the latest past
   evidence is a day or a month, ``hi`` is at most RECENCY_DAYS after it.

The result is ``{"value", "range": [lo, hi], "basis": "inferred", "evidence"}``
with ``hi`` None when nothing bounds the interval from above; ``value`` is
``lo``, the earliest day the evidence allows (a bound, not an estimate:
relative expressions are resolved against the whole range, and not at all
when it is open).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from datetime import date, timedelta

from newsgraph.model import TimeExpression
from newsgraph.times import calendar as cal
from newsgraph.times.patterns import MONTH_STRICT
from newsgraph.times.tense import tense_at

Finder = Callable[[str, "date | None"], list[TimeExpression]]

# Upper bound after the latest dated past event of an article that calls its news recent: about
# two months. A judgment, not a fit: "recent" in news means days to weeks; two months keeps
# background pieces about "a recent visit" inside the interval.
RECENCY_DAYS = 61


def period(value: str | None) -> tuple[date, date] | None:
    """First and last day of a TIMEX3 calendar value (day, week, month, quarter, half, season, year)."""
    if not value:
        return None
    parsed = cal.parse_value(value)
    if parsed is not None:
        start, gran = parsed
        if gran == "day":
            return start, start
        if gran == "week":
            return start, start + timedelta(days=6)
        if gran == "month":
            return start, cal.last_day(start.year, start.month)
        if gran == "quarter":
            end_month = start.month + 2
            return start, cal.last_day(start.year, end_month)
        return start, date(start.year, 12, 31)
    if len(value) == 7 and value[:4].isdigit() and value[5] == "H":
        y = int(value[:4])
        return (date(y, 1, 1), date(y, 6, 30)) if value[6] == "1" else (date(y, 7, 1), date(y, 12, 31))
    if len(value) == 7 and value[:4].isdigit() and value[5:] in ("SP", "SU", "FA", "WI"):
        y = int(value[:4])
        first = {"SP": 3, "SU": 6, "FA": 9, "WI": 12}[value[5:]]
        return date(y, first, 1), cal.last_day(y, first) if first == 12 else cal.last_day(y, first + 2)
    return None


# The headline and first sentence or two: where an article says what its news is.
LEAD_CHARS = 400
_RECENT = re.compile(
    r"\b(?:recent(?!\s+(?:years|decades|months|centuries|history|times))|recently|this\s+week|last\s+week|"
    r"days\s+ago|earlier\s+this\s+(?:week|month)|yesterday)\b",
    re.IGNORECASE,
)
_MONTH_NAME = re.compile(MONTH_STRICT, re.IGNORECASE)


def _explicit_bounds(
    sources: Iterable[tuple[str, bool]], find: Finder
) -> tuple[tuple[date, date, str] | None, tuple[date, str] | None]:
    """(lower bound as (start, end, why), upper bound as (end, why)) from explicit dates."""
    lo: tuple[date, date, str] | None = None
    hi: tuple[date, str] | None = None
    for text, is_caption in sources:
        for t in find(text, None):
            if t.type != "DATE" or t.basis != "explicit" or t.text.lower().startswith("fiscal"):
                continue
            span = period(t.value)
            if span is None:
                continue
            tense = "past" if is_caption else tense_at(text, t.start, t.end)
            where = "caption" if is_caption else "text"
            if tense == "past" and (lo is None or span[0] > lo[0]):
                lo = (span[0], span[1], f"{where} reports {t.text!r} as past")
            elif tense == "future" and (hi is None or span[1] < hi[0]):
                hi = (span[1], f"{where} anticipates {t.text!r}")
    return lo, hi


def _pin_yearless(text: str, lo: tuple[date, date, str], find: Finder) -> tuple[date, date, str] | None:
    """The latest yearless day or month reported as past that falls inside the evidence period ``lo``."""
    best: tuple[date, date, str] | None = None
    for t in find(text, lo[1]):
        if t.type != "DATE" or t.basis != "relative" or t.granularity not in ("day", "month"):
            continue
        if not _MONTH_NAME.search(t.text) or tense_at(text, t.start, t.end) != "past":
            continue  # only named months and days: "today" or "this month" say nothing without a date
        span = period(t.value)
        if span is None or span[0] < lo[0] or span[1] > lo[1]:
            continue
        if best is None or span[0] > best[0]:
            best = (span[0], span[1], f"text reports {t.text!r} as past, read inside it as {t.value}")
    return best


def infer_document_date(text: str, captions: Iterable[str] = ()) -> dict[str, object] | None:
    """The document's date interval from its content, or None when nothing dates it from below."""
    from newsgraph.times import find_times  # late import: the package imports this module

    def find(s: str, anchor: date | None) -> list[TimeExpression]:
        return find_times(s, anchor, tense_hints=False)

    lo_ev, hi_ev = _explicit_bounds([(text, False)] + [(c, True) for c in captions], find)
    if lo_ev is None:
        return None
    short = (lo_ev[1] - lo_ev[0]).days <= 31  # a month or a day, not a year or a decade
    evidence = [lo_ev[2]]
    lo = lo_ev[0]
    pinned = _pin_yearless(text, lo_ev, find) if short else None
    if pinned is not None and pinned[0] > lo:
        lo = pinned[0]
        evidence.append(pinned[2])
    hi: date | None = None
    if hi_ev is not None and hi_ev[0] >= lo:
        hi = hi_ev[0]
        evidence.append(hi_ev[1])
    elif hi_ev is not None:
        evidence.append(f"ignored: {hi_ev[1]} (before the lower bound)")
    recent = _RECENT.search(text, 0, LEAD_CHARS)
    if recent and short:
        cap = lo_ev[1] + timedelta(days=RECENCY_DAYS)
        if hi is None or cap < hi:
            hi = cap
            evidence.append(f"lead calls its news {recent.group(0)!r}: at most {RECENCY_DAYS} days after {lo_ev[1]}")
    return {
        "value": lo.isoformat(),
        "range": [lo.isoformat(), hi.isoformat() if hi else None],
        "basis": "inferred",
        "evidence": "; ".join(evidence),
    }
