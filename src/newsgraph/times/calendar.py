"""Calendar arithmetic on dates and on TIMEX3 value strings.

Kept apart from the pattern rules so that the event stage can shift a value
("one month after" an event dated 2024-12) without touching regexes.
TIMEX3 values used here: ``YYYY-MM-DD``, ``YYYY-MM``, ``YYYY``, ``YYYY-Wnn``,
``YYYY-Qn``, ``YYYY-Hn``, ``YYYY-SU`` (seasons), ``YYY`` (decade), ``YY``
(century) and ``YYYY-MM-DDThh:mm`` / ``YYYY-MM-DDTMO`` (times of day).
"""

from __future__ import annotations

import calendar as _cal
import re
from datetime import date, timedelta

MONTHS = {
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4, "apr": 4,
    "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8, "september": 9,
    "sep": 9, "sept": 9, "october": 10, "oct": 10, "november": 11, "nov": 11, "december": 12, "dec": 12,
}  # fmt: skip
WEEKDAYS = {
    "monday": 0, "mon": 0, "tuesday": 1, "tue": 1, "tues": 1, "wednesday": 2, "wed": 2,
    "thursday": 3, "thu": 3, "thur": 3, "thurs": 3, "friday": 4, "fri": 4, "saturday": 5,
    "sat": 5, "sunday": 6, "sun": 6,
}  # fmt: skip
# Month and weekday names and abbreviations, lower case: what opens a fronted time ("In February", "On Monday").
TIME_WORDS = frozenset((*MONTHS, *WEEKDAYS))
SEASONS = {"spring": "SP", "summer": "SU", "fall": "FA", "autumn": "FA", "winter": "WI"}
# TIMEX3 duration unit letters; decades and centuries use TimeML's DE/CE.
UNIT_CODES = {
    "second": "S", "minute": "M", "hour": "H", "day": "D", "night": "D", "week": "W",
    "fortnight": "W", "month": "M", "year": "Y", "decade": "DE", "century": "CE", "quarter": "Q",
    "weekend": "WE", "millennium": "ML",
}  # fmt: skip
TIME_UNITS = {"second", "minute", "hour"}


def month_number(word: str) -> int:
    return MONTHS[word.lower().rstrip(".")]


def weekday_number(word: str) -> int:
    return WEEKDAYS[word.lower().rstrip(".")]


def add_months(d: date, n: int) -> date:
    """Move by whole months, clamping the day (Jan 31 + 1 month = Feb 28/29)."""
    total = d.year * 12 + d.month - 1 + n
    y, m = divmod(total, 12)
    m += 1
    return date(y, m, min(d.day, _cal.monthrange(y, m)[1]))


def last_day(y: int, m: int) -> date:
    return date(y, m, _cal.monthrange(y, m)[1])


def valid_day(y: int, m: int, d: int) -> bool:
    return 1 <= m <= 12 and 1 <= d <= _cal.monthrange(y, m)[1]


def week_value(d: date) -> str:
    iso = d.isocalendar()
    return f"{iso[0]:04d}-W{iso[1]:02d}"


def quarter_value(d: date) -> str:
    return f"{d.year:04d}-Q{(d.month - 1) // 3 + 1}"


def month_value(d: date) -> str:
    return f"{d.year:04d}-{d.month:02d}"


def shift(d: date, amount: int, unit: str) -> date | None:
    """``d`` moved by ``amount`` units (negative = back); None for units without a calendar step."""
    if unit in ("day", "night"):
        return d + timedelta(days=amount)
    if unit in ("week", "weekend"):
        return d + timedelta(weeks=amount)
    if unit == "fortnight":
        return d + timedelta(weeks=2 * amount)
    if unit == "month":
        return add_months(d, amount)
    if unit == "quarter":
        return add_months(d, 3 * amount)
    if unit == "year":
        return add_months(d, 12 * amount)
    if unit == "decade":
        return add_months(d, 120 * amount)
    if unit == "century" and 1 <= d.year + 100 * amount <= 9999:
        return add_months(d, 1200 * amount)
    return None


def value_at(d: date, unit: str) -> str:
    """The TIMEX3 value naming the ``unit``-sized period that contains ``d``."""
    if unit in ("day", "night"):
        return d.isoformat()
    if unit == "weekend":
        return week_value(d) + "-WE"
    if unit in ("week", "fortnight"):
        return week_value(d)
    if unit == "month":
        return month_value(d)
    if unit == "quarter":
        return quarter_value(d)
    if unit == "decade":
        return f"{d.year // 10:03d}"
    if unit == "century":
        return f"{d.year // 100:02d}"
    return f"{d.year:04d}"


# Last month of each season in the year TimeML names it by (winter: the one that starts the year).
_SEASON_END = {"SP": 5, "SU": 8, "FA": 11, "WI": 2}


def last_finished_season(anchor: date, code: str) -> int:
    """Year of the latest season ``code`` that ended before the anchor."""
    end = last_day(anchor.year, _SEASON_END[code])
    return anchor.year if end < anchor else anchor.year - 1


def nearest_weekday(anchor: date, weekday: int, *, future: bool) -> date:
    """The given weekday on or before the anchor (or on or after it when ``future``).

    The anchor day itself counts: a Friday article saying "on Friday" means that day.
    """
    delta = (weekday - anchor.weekday()) % 7 if future else -((anchor.weekday() - weekday) % 7)
    return anchor + timedelta(days=delta)


def nearest_month_day(anchor: date, month: int, day: int | None, *, future: bool) -> date | None:
    """The latest (month, day) on or before the anchor, or the earliest on or after it.

    ``day`` None means the whole month: a month counts as "past" when it has
    started by the anchor, "future" when it has not ended.
    """
    for years in range(0, 9):  # 8 years back reaches a Feb 29
        y = anchor.year + (years if future else -years)
        if day is None:
            first, last = date(y, month, 1), last_day(y, month)
            if (first <= anchor) if not future else (last >= anchor):
                return first
            continue
        if not valid_day(y, month, day):
            continue
        d = date(y, month, day)
        if (d <= anchor) if not future else (d >= anchor):
            return d
    return None


# A day or month named without a year and without a future cue is read as upcoming only when
# it falls at most this many days ahead and nearer than the past one (deadlines, "payable Jan. 2",
# "reconvenes Jan. 24"). A quarter: on TimeBank the yearless dates that gold puts ahead of the
# document date sit within ~75 days of it; farther ones are mostly past.
FORWARD_DAYS = 92
# A deadline ("until May", "by Jan. 14") is read as upcoming up to half a year ahead; one farther
# off is more likely the one that just passed (a judgment: deadlines in news are weeks to months).
DEADLINE_DAYS = 183


def pick_occurrence(anchor: date, month: int, day: int | None, *, mode: str) -> date | None:
    """The occurrence of (month, day) a clause means: ``mode`` is "past", "future" or "auto"."""
    if mode in ("past", "future"):
        return nearest_month_day(anchor, month, day, future=mode == "future")
    past = nearest_month_day(anchor, month, day, future=False)
    nxt = nearest_month_day(anchor, month, day, future=True)
    if mode == "ahead":
        return nxt if nxt is not None and (nxt - anchor).days <= DEADLINE_DAYS else past
    if nxt is None or (past is not None and past.year == anchor.year and past.month == anchor.month and day is None):
        return past
    ahead = (nxt - anchor).days
    if ahead <= FORWARD_DAYS and (past is None or ahead < (anchor - past).days):
        return nxt
    return past


_VALUE_RE = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?|-W(\d{2})|-Q([1-4]))?$")


def parse_value(value: str) -> tuple[date, str] | None:
    """Turn a TIMEX3 DATE value into (first day, granularity); None when it is not a calendar date."""
    m = _VALUE_RE.match(value)
    if not m:
        return None
    y = int(m.group(1))
    if m.group(3):
        return date(y, int(m.group(2)), int(m.group(3))), "day"
    if m.group(2):
        return date(y, int(m.group(2)), 1), "month"
    if m.group(4):
        return date.fromisocalendar(y, int(m.group(4)), 1), "week"
    if m.group(5):
        return date(y, 3 * int(m.group(5)) - 2, 1), "quarter"
    return date(y, 1, 1), "year"


def shift_value(value: str, amount: int, unit: str) -> str | None:
    """Shift a TIMEX3 value by ``amount`` units, keeping the coarser of the two granularities.

    "one month after 2024-12-08" -> "2025-01-08"; "one month after 2024-12" ->
    "2025-01"; "a week after 2025" -> "2025" would be a guess, so it gives
    None when the shift is finer than what the value knows.
    """
    parsed = parse_value(value)
    if parsed is None:
        return None
    start, gran = parsed
    order = ["day", "week", "month", "quarter", "year"]
    u = {"night": "day", "weekend": "week", "fortnight": "week", "decade": "year"}.get(unit, unit)
    if u not in order:
        return None
    moved = shift(start, amount, unit)
    if moved is None:
        return None
    if order.index(u) < order.index(gran):
        return None
    return value_at(moved, gran)


# A fraction of a unit written in the next smaller one: "5 1/2 hours" is PT5H30M (TimeML writes
# whole sub-units rather than a decimal), "a year and a half" P1Y6M, "half an hour" PT30M.
SUBUNIT = {"year": ("month", 12), "month": ("day", 30), "week": ("day", 7), "day": ("hour", 24),
            "hour": ("minute", 60), "minute": ("second", 60)}  # fmt: skip


def _split_fraction(amount: float, unit: str) -> str | None:
    small, factor = SUBUNIT[unit]
    whole = int(amount)
    rest = (amount - whole) * factor
    if abs(rest - round(rest)) > 1e-6:
        return None
    parts = [(whole, unit), (round(rest), small)]
    date_part = "".join(f"{n}{UNIT_CODES[u]}" for n, u in parts if n and u not in TIME_UNITS)
    time_part = "".join(f"{n}{UNIT_CODES[u]}" for n, u in parts if n and u in TIME_UNITS)
    return "P" + date_part + (f"T{time_part}" if time_part else "")


def duration_value(amount: str | int | float | None, unit: str) -> str:
    """TIMEX3 duration: P3D, PT4H, P2DE; ``amount`` None means "some" (PXY)."""
    code = UNIT_CODES[unit]
    if unit == "fortnight":
        amount = 2 * amount if isinstance(amount, (int, float)) else amount
    if isinstance(amount, float) and not amount.is_integer() and unit in SUBUNIT:
        split = _split_fraction(amount, unit)
        if split is not None:
            return split
    if amount is None:
        num = "X"
    elif isinstance(amount, float) and not amount.is_integer():
        num = f"{amount:g}"
    else:
        num = str(int(amount))
    if unit == "quarter":
        return f"P{int(amount) * 3}M" if isinstance(amount, (int, float)) else "PXM"
    if unit in ("decade", "century") and isinstance(amount, (int, float)):
        # TimeBank writes "two decades" as P20Y and "a century" as P100Y.
        years = amount * (10 if unit == "decade" else 100)
        return f"P{years:g}Y"
    return f"PT{num}{code}" if unit in TIME_UNITS else f"P{num}{code}"
