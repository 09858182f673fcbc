"""Dates and counts as one evidence sentence states them, for comparing outlets.

The comparison needs each report's own values ("on March 3", "at least 12
people"), not the event's merged date, so they are read again from the
evidence sentence. Only explicit forms are read: month-day(-year), ISO dates,
weekdays (resolved against the publication date), and a number followed by
the noun it counts. Anything vaguer is left out rather than guessed.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from dataclasses import dataclass

MONTHS = {
    m: i + 1
    for i, names in enumerate(
        [
            ("january", "jan"), ("february", "feb"), ("march", "mar"), ("april", "apr"), ("may",),
            ("june", "jun"), ("july", "jul"), ("august", "aug"), ("september", "sep", "sept"),
            ("october", "oct"), ("november", "nov"), ("december", "dec"),
        ]
    )
    for m in names
}
WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
NUMBER_WORDS = {
    w: i
    for i, w in enumerate(
        ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty"]
    )
}
_MULT = {"hundred": 100, "thousand": 1000, "million": 1_000_000, "billion": 1_000_000_000}
_MONTH_RE = "|".join(sorted(MONTHS, key=len, reverse=True))
_MD = re.compile(rf"\b({_MONTH_RE})\.?\s+(\d{{1,2}})(?:st|nd|rd|th)?(?:,?\s+(\d{{4}}))?\b", re.I)
_DM = re.compile(rf"\b(\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?({_MONTH_RE})\.?(?:,?\s+(\d{{4}}))?\b", re.I)
_ISO = re.compile(r"\b(\d{4})-(\d{2})-(\d{2})\b")
_WEEKDAY = re.compile(r"\b(?:on|last)\s+(" + "|".join(WEEKDAYS) + r")\b", re.I)
# Currency signs before an amount: the amount counts the currency ("$40 million" -> dollar).
CURRENCIES = {"$": "dollar", "us$": "dollar", "€": "euro", "£": "pound", "¥": "yen"}
_CUR_RE = "|".join(re.escape(c) for c in sorted(CURRENCIES, key=len, reverse=True))
_NUM = re.compile(
    rf"(?<![-\w.,])({_CUR_RE})?"
    r"(\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?|" + "|".join(NUMBER_WORDS) + r")(?:\s+(" + "|".join(_MULT) + r"))?"
    r"(?:\s+((?:[a-z-]+\s+)?[a-z-]+))?",
    re.I,
)
# Words that cannot be the counted noun: "$40 million in aid" counts dollars, not "in".
_FUNCTION_WORDS = frozenset(["in", "to", "of", "for", "from", "on", "at", "by", "with", "and", "or", "as", "than", "the", "a", "an"])
# Words after a number that show it is not a count of something that happened.
_NOT_COUNTED = frozenset(["years", "year", "months", "month", "days", "day", "percent", "per", "cent", "times", "o'clock", "am", "pm"])
_SPEECH_BEFORE = [[w] for w in ["said", "told", "announced", "stated", "reported", "added", "confirmed"]]
_ADJ_SKIP = frozenset(["more", "other", "people's", "additional", "further"])


@dataclass(frozen=True)
class Value:
    value: str
    start: int  # within the sentence
    end: int


def _iso(y: int, m: int, d: int) -> str | None:
    try:
        return dt.date(y, m, d).isoformat()
    except ValueError:
        return None


def _year_of(published: str | None) -> int | None:
    return int(published[:4]) if published and published[:4].isdigit() else None


def sentence_dates(sentence: str, *, published: str | None = None) -> list[Value]:
    """ISO dates (or month-day when the year is unknown) stated in one sentence."""
    iso, month_days, weekdays = _date_forms(sentence)
    out = list(iso)
    year = _year_of(published)
    for month, day, y, a, b in month_days:
        out.extend(_month_day(month, day, y, year, a, b))
    if published and len(published) >= 10:
        pub = dt.date.fromisoformat(published[:10])
        for weekday, a, b in weekdays:
            back = (pub.weekday() - weekday) % 7
            out.append(Value((pub - dt.timedelta(days=back)).isoformat(), a, b))
    return out


# Sentences read per process and remembered: the comparison reads one evidence sentence once per
# event, claim and pair of events it backs (ten times over on a corpus of 10 000 articles).
_SENTENCES_CACHED = 1 << 16


@functools.lru_cache(maxsize=_SENTENCES_CACHED)
def _date_forms(sentence: str) -> tuple[tuple[Value, ...], tuple[tuple[int, int, str | None, int, int], ...],
                                        tuple[tuple[int, int, int], ...]]:
    """What sentence_dates reads in a sentence whatever its publication date, in sentence_dates'
    order: ISO dates; (month, day, year or None, start, end) of month-day and day-month dates;
    (weekday, start, end) of weekdays not right after a verb of speech."""
    iso = []
    for m in _ISO.finditer(sentence):
        value = _iso(int(m[1]), int(m[2]), int(m[3]))
        if value:
            iso.append(Value(value, m.start(), m.end()))
    month_days = [(MONTHS[m[1].lower()], int(m[2]), m[3], m.start(), m.end()) for m in _MD.finditer(sentence)]
    month_days += [(MONTHS[m[2].lower()], int(m[1]), m[3], m.start(), m.end()) for m in _DM.finditer(sentence)]
    weekdays = []
    for m in _WEEKDAY.finditer(sentence):
        if sentence[max(0, m.start() - 12) : m.start()].lower().split()[-1:] in _SPEECH_BEFORE:
            continue  # "said on Tuesday": when it was said, not when it happened
        weekdays.append((WEEKDAYS.index(m[1].lower()), m.start(), m.end()))
    return tuple(iso), tuple(month_days), tuple(weekdays)


def _month_day(month: int, day: int, y: str | None, year: int | None, a: int, b: int) -> list[Value]:
    if y:
        iso = _iso(int(y), month, day)
    elif year:
        iso = _iso(year, month, day)
    else:
        iso = f"--{month:02d}-{day:02d}" if 1 <= day <= 31 else None
    return [Value(iso, a, b)] if iso else []


def _number(word: str, mult: str | None) -> int | float | None:
    w = word.lower().replace(",", "")
    base: float = NUMBER_WORDS[w] if w in NUMBER_WORDS else float(w)
    if mult:
        base *= _MULT[mult.lower()]
    return int(base) if base == int(base) else base


def sentence_counts(sentence: str) -> list[tuple[str, Value]]:
    """(counted noun, number) pairs: "at least 12 people" -> ("people", "12")."""
    return list(_sentence_counts(sentence))


@functools.lru_cache(maxsize=_SENTENCES_CACHED)
def _sentence_counts(sentence: str) -> tuple[tuple[str, Value], ...]:
    out: list[tuple[str, Value]] = []
    for m in _NUM.finditer(sentence):
        currency, digits, mult, tail = m[1], m[2], m[3], m[4]
        words = (tail or "").lower().split()
        if currency:
            noun = CURRENCIES[currency.lower()]
        elif not words:
            continue
        else:
            noun = words[-1] if len(words) == 1 or words[0] in _ADJ_SKIP else words[0]
        if noun in _NOT_COUNTED or noun in MONTHS or noun.isdigit() or noun in _FUNCTION_WORDS:
            continue
        if not currency and digits.isdigit() and len(digits) == 4 and 1900 <= int(digits) <= 2100:
            continue  # a year
        before = sentence[max(0, m.start() - 12) : m.start()].lower().split()
        if not currency and before and before[-1].strip(".,") in MONTHS:
            continue  # the day of a date
        num = _number(digits, mult)
        if num is None:
            continue
        end = m.end() if not currency else m.end(3) if mult else m.end(2)
        out.append((_singular(noun), Value(str(num), m.start(), end)))
    return tuple(out)


_TERM = re.compile(
    r"\bfor\s+(?:(?:another|a\s+further|an\s+additional|a\s+period\s+of|the\s+full\s+term\s+of|only|just)\s+)?"
    r"(\d+|" + "|".join(NUMBER_WORDS) + r")\s+(day|week|month|year)s?\b",
    re.I,
)


@functools.lru_cache(maxsize=_SENTENCES_CACHED)
def sentence_term(sentence: str) -> Value | None:
    """The term a report gives an act ("renewed for 90 days" -> "90 days"): the first "for N days/
    weeks/months/years" of the sentence, the one its main clause states (a later one is often a
    claim it answers: "..., denying reports it was only for 30 days")."""
    m = _TERM.search(sentence)
    if m is None:
        return None
    num = _number(m[1], None)
    return Value(f"{num} {m[2].lower()}s", m.start(), m.end()) if num is not None else None


def _singular(noun: str) -> str:
    if noun.endswith("ies") and len(noun) > 4:
        return noun[:-3] + "y"
    if noun.endswith("s") and not noun.endswith("ss") and len(noun) > 3:
        return noun[:-1]
    return noun


def dates_conflict(a: str, b: str) -> bool:
    """Different days; "2025-07" and "2025-07-31" agree (one is less precise)."""
    return not (a.startswith(b) or b.startswith(a) or a.endswith(b.lstrip("-")) or b.endswith(a.lstrip("-")))
