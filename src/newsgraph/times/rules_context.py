"""Rules whose value needs more context than the match: holidays, reporting periods,
weekends, spelled-out years, and anaphoric dates ("that year", "the next day").

Anaphoric expressions get their value from the nearest earlier dated
expression in the same text (the engine fills it in, see engine.resolve_anaphora);
without one, their value stays None.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date, timedelta

from newsgraph.times import calendar as cal
from newsgraph.times.patterns import (
    MONTH_STRICT,
    NUMBER,
    ORDINAL_Q,
    PART_OF_DAY,
    SEASON,
    YEAR,
    compile_rule,
    parse_number,
    unit_name,
)
from newsgraph.times.spec import MONTH_OF_YEAR, Ctx, Rule, Spec

_Q = {"first": 1, "second": 2, "third": 3, "fourth": 4, "1st": 1, "2nd": 2, "3rd": 3, "4th": 4}
# "quarter-century", "a quarter-point cut", "the quarter-final": not a reporting quarter
_QUARTERLY = re.compile(r"\bquarter(?![\s-]*(?:century|centuries|point|points|mile|miles|finals?|hour|pound)\b)", re.IGNORECASE)
# How far back an earnings-style text says "quarter" for "a year ago" to mean the same quarter a
# year before (TimeBank's WSJ reports); about two short paragraphs.
QUARTER_CONTEXT = 1200


def quarterly_context(ctx: Ctx, start: int, *, lo: int | None = None, hi: int | None = None) -> bool:
    """Does the text around ``start`` (or text[lo:hi]) talk about quarters?"""
    lo = max(0, start - QUARTER_CONTEXT) if lo is None else lo
    hi = start + 200 if hi is None else hi
    return _QUARTERLY.search(ctx.text, lo, hi) is not None


def previous_quarter(anchor: date, years_back: int = 0) -> str:
    """The last finished quarter before the anchor (what an earnings report is about)."""
    d = cal.add_months(anchor, -3)
    return cal.quarter_value(d.replace(year=d.year - years_back, day=1))


def _year_ago(m: re.Match[str], ctx: Ctx) -> Spec | None:
    """"the year-ago quarter", "year-earlier results", "the year-earlier third quarter"."""
    if m.group("n"):  # "the year-earlier nine months": the same stretch of months a year back, P9M
        n = parse_number(m.group("n"))
        if n is None or not float(n).is_integer():
            return None
        return Spec("DURATION", value=cal.duration_value(int(n), unit_name(m.group("unit"))))
    q = _Q.get((m.group("q") or "").lower())
    if q:
        return Spec("DATE", resolve=lambda a: f"{a.year - 1:04d}-Q{q}", granularity="quarter")
    if m.group("what") or quarterly_context(ctx, m.start()):
        return Spec("DATE", resolve=lambda a: previous_quarter(a, 1), granularity="quarter", topic_quarter=1)
    return Spec("DATE", resolve=lambda a: f"{a.year - 1:04d}", granularity="year")


def _year_period(m: re.Match[str], ctx: Ctx) -> Spec | None:
    """"the 1988 period", "the 2024 quarter": that year's quarter of the one under discussion.

    Without a quarter named shortly before, just the year.
    """
    return Spec("DATE", value=m.group("y"), granularity="year", topic_quarter=0)


def _period_end(m: re.Match[str], ctx: Ctx) -> Spec | None:
    """"year-end", "the end of the year", "the end of the month": the anchor's year or month.

    After "since" ("the change is since year-end") it is the last such end that has passed, a
    point: the last day of the year (or month) before the anchor's.
    """
    unit = (m.group("u") or m.group("u2") or "year").lower()
    if _SINCE.search(ctx.before(m.start(), 8)):

        def last_end(anchor: date) -> str:
            first = anchor.replace(day=1) if unit == "month" else anchor.replace(month=1, day=1)
            return (first - timedelta(days=1)).isoformat()

        return Spec("DATE", resolve=last_end, granularity="day")
    return Spec("DATE", resolve=lambda a: cal.value_at(a, unit), granularity=unit)


_SINCE = re.compile(r"\bsince\s+$")


def _the_year(m: re.Match[str], ctx: Ctx) -> Spec | None:
    """"the year ended Sept. 30" is a span of a year; "for the full year" is the current year."""
    if re.match(r"\s+(?:ended|ending|to|through)\b", ctx.text[m.end() :], re.IGNORECASE):
        return Spec("DURATION", value="P1Y")
    return Spec("DATE", resolve=lambda a: f"{a.year:04d}", granularity="year")


def _the_weekend(m: re.Match[str], ctx: Ctx) -> Spec | None:
    future = ctx.future(m.start(), m.end())

    def resolve(anchor: date) -> str | None:
        saturday = cal.nearest_weekday(anchor, 5, future=future)
        return cal.value_at(saturday, "weekend")

    return Spec("DATE", resolve=resolve, granularity="week")


def _the_season(m: re.Match[str], ctx: Ctx) -> Spec | None:
    code = cal.SEASONS[m.group("s").lower()]
    return Spec("DATE", resolve=lambda a: f"{a.year:04d}-{code}", granularity="season")


_UNITS = ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
_TEENS = ["ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"]
_TENS = ["twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]


# A plural noun right after "two thousand": what is counted.
_COUNTED = re.compile(r"\s+(?!(?:was|is|has|as|this|its|his|plus|minus|us)\b)[a-z]{2,}s\b")


def _spelled_year(m: re.Match[str], ctx: Ctx) -> Spec | None:
    """"nineteen ninety-six" -> 1996, "two thousand one" -> 2001 (broadcast transcripts)."""
    if m.group("c"):
        century = 19 if m.group("c").lower() == "nineteen" else 20
        t = m.group("t").lower()
        rest = _TEENS.index(t) + 10 if t in _TEENS else 10 * (_TENS.index(t) + 2)
        if m.group("u"):
            rest += _UNITS.index(m.group("u").lower()) + 1
        year = century * 100 + rest
    else:
        extra = m.group("u2")
        if not extra and _COUNTED.match(ctx.text, m.end()):
            return None  # "two thousand years", "two thousand troops": a number of things, not the year
        year = 2000 + (0 if not extra else (_UNITS + _TEENS).index(extra.lower()) + 1)
    if m.group("mon") and m.group("mon")[:1].isupper():  # "January nineteen ninety-seven"
        return Spec("DATE", value=f"{year:04d}-{cal.month_number(m.group('mon')):02d}", granularity="month")
    if m.group("s"):  # "the winter of nineteen ninety-four"
        return Spec("DATE", value=f"{year:04d}-{cal.SEASONS[m.group('s').lower()]}", granularity="season")
    return Spec("DATE", value=f"{year:04d}", granularity="year")


def _thanksgiving(y: int) -> date:
    first = date(y, 11, 1)
    return first + timedelta(days=(3 - first.weekday()) % 7 + 21)


def _election_day(y: int) -> date:
    """US Election Day: the Tuesday after the first Monday of November (Nov. 2-8)."""
    first = date(y, 11, 2)
    return first + timedelta(days=(1 - first.weekday()) % 7)


def _easter(y: int) -> date:
    """Western Easter Sunday (the Gregorian computus, Meeus/Jones/Butcher form)."""
    a, b, c = y % 19, y // 100, y % 100
    d, e = divmod(b, 4)
    g = (8 * b + 13) // 25
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    weekday_shift = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 19 * weekday_shift) // 433
    month = (h + weekday_shift - 7 * m + 90) // 25
    day = (h + weekday_shift - 7 * m + 33 * month + 19) % 32
    return date(y, month, day)


_NOT_EASTER_DAY = re.compile(r"\s+(?:(?!Sunday|Monday|Week|Weekend|Day)[A-Z][a-z]+|eggs?|bunny|bunnies|bonnets?|lil(?:y|ies))\b")


_HOLIDAYS: dict[str, Callable[[int], date]] = {
    "election day": _election_day,
    "easter": _easter,
    "easter sunday": _easter,
    "easter monday": lambda y: _easter(y) + timedelta(days=1),
    "easter week": _easter,
    "christmas eve": lambda y: date(y, 12, 24),
    "christmas": lambda y: date(y, 12, 25),
    "christmas day": lambda y: date(y, 12, 25),
    "new year's eve": lambda y: date(y, 12, 31),
    "new year's day": lambda y: date(y, 1, 1),
    "thanksgiving": _thanksgiving,
    "thanksgiving day": _thanksgiving,
}


def _holiday(m: re.Match[str], ctx: Ctx) -> Spec | None:
    name = " ".join(m.group("h").lower().replace("’", "'").split())
    if name == "election day" and not re.fullmatch(r"Election\s+Day", m.group("h")):
        return None  # "election day" (or "Election day" opening a sentence) is any vote's day; "Election Day" is the US one
    if name.startswith("easter") and (not m.group("h")[:1].isupper() or _NOT_EASTER_DAY.match(ctx.text, m.end())):
        return None  # "Easter Island", "the Easter Rising", "Easter eggs": a name or a thing
    fn = _HOLIDAYS[name]
    unit = "week" if name.endswith("week") else "day"  # "Easter week": the (ISO) week ending on Easter Sunday
    if m.group("y"):
        return Spec("DATE", value=cal.value_at(fn(int(m.group("y"))), unit), granularity=unit)
    rel = (m.group("rel") or "").lower()
    future = rel == "next" or (rel != "last" and ctx.future(m.start(), m.end()))
    # a fixture the whole country counts down to: the coming one when it is near and nearer than the last
    ahead = not rel and name == "election day"

    def resolve(anchor: date) -> str | None:
        if ahead and not future:
            nxt = next(fn(y) for y in (anchor.year, anchor.year + 1) if fn(y) >= anchor)
            past = next(fn(y) for y in (anchor.year, anchor.year - 1) if fn(y) <= anchor)
            if (nxt - anchor).days <= cal.FORWARD_DAYS and (nxt - anchor) < (anchor - past):
                return cal.value_at(nxt, unit)
        for y in (anchor.year + 1, anchor.year, anchor.year - 1) if not future else (anchor.year, anchor.year + 1):
            d = fn(y)
            begun = d - timedelta(days=6) if unit == "week" else d  # a week has begun on its Monday
            if (d < anchor if rel == "last" else begun <= anchor) if not future else d >= anchor:
                return cal.value_at(d, unit)
        return None

    return Spec("DATE", resolve=resolve, granularity=unit)


def _anaphor(m: re.Match[str], ctx: Ctx) -> Spec | None:
    """"that year", "later that month", "the next day": relative to the previous dated mention."""
    unit = m.group("u").lower()
    st = (m.group("st") or "").lower()
    step = {"next": 1, "following": 1, "previous": -1, "preceding": -1, "before": -1, "after": 1}.get(st, 0)
    fallback = None
    if st in ("previous", "preceding"):  # "up from the previous year" with no date named before: the document's

        def fallback(anchor: date) -> str | None:
            moved = cal.shift(anchor, -1, unit)
            return cal.value_at(moved, unit) if moved else None

    return Spec("DATE", granularity=unit, anaphor=(unit, step), resolve=fallback)


def _that_month(m: re.Match[str], ctx: Ctx) -> Spec | None:
    """"the accord of March 2023 ... Prince X went to Tehran that June": the named month of the year
    the text is at (its last dated mention), not the last June before the article; no year named
    before it: no value."""
    return Spec("DATE", granularity="month", anaphor=(MONTH_OF_YEAR, cal.month_number(m.group("mon"))))


def _the_day(m: re.Match[str], ctx: Ctx) -> Spec | None:
    """"later in the day": the day the text is at (the last day it named, else the document's)."""
    return Spec("DATE", granularity="day", anaphor=("day", 0), resolve=lambda a: a.isoformat())


# A day named later in the same sentence ("it was a busy day for traders on Tuesday") is the day
# "a busy day" is about; that expression carries the value
_DAY_LATER_IN_SENTENCE = re.compile(
    r"[^.;!?]*?\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|yesterday|tomorrow|tonight|"
    r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+\d{1,2}\b)",
    re.IGNORECASE,
)


def _a_day_predicate(m: re.Match[str], ctx: Ctx) -> Spec | None:
    """"Officials said it was a great day for the city": the day the text is at, unless a day named
    later in the sentence says which day ("it was a busy day for traders on Tuesday")."""
    if _DAY_LATER_IN_SENTENCE.match(ctx.text, m.end()):
        return None
    return _the_day(m, ctx)


def _latest_unit(m: re.Match[str], ctx: Ctx) -> Spec | None:
    """"sales in the latest fiscal year", "the most recent month": the last such calendar unit that
    has ended (like "the latest quarter"); "latest" cannot be a stretch the way "the past year" is."""
    unit = m.group("u").lower()

    def resolve(anchor: date) -> str | None:
        moved = cal.shift(anchor, -1, unit)
        return cal.value_at(moved, unit) if moved else None

    return Spec("DATE", resolve=resolve, granularity=unit)


def _in_the_pod(m: re.Match[str], ctx: Ctx) -> Spec | None:
    """"Dealers placed buy orders in the morning": with a past verb that did something, that part
    of the day the text is at (the last day it named, else the document's). Not a habit ("used to
    jog in the morning"), a plan ("will decide in the morning") or a report ("said in the morning")."""
    if not ctx.past_action(m.start(), m.end()) or _HABIT_BEFORE.search(ctx.text, max(0, m.start() - 60), m.start()):
        return None
    code = PART_OF_DAY[m.group("pod").lower()]
    return Spec("TIME", granularity="time", anaphor=("day", 0), pod=code, resolve=lambda a: f"{a.isoformat()}T{code}")


_HABIT_BEFORE = re.compile(r"(?:used\s+to|would|usually|often|always|every|each|typically|normally|generally)[^.;!?]*$", re.IGNORECASE)


def _nth_day(m: re.Match[str], ctx: Ctx) -> Spec | None:
    """"today is the eighth day of the blockade", "it's the second day of an offensive": today."""
    return Spec("DATE", resolve=lambda a: a.isoformat(), granularity="day")


_ORDINAL_DAY = (
    r"(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|"
    r"(?:thir|four|fif|six|seven|eigh|nine)teenth|twentieth|\d{1,3}(?:st|nd|rd|th))"
)
_THE_YEAR = r"\b(?:the\s+(?:full\s+|fiscal\s+|entire\s+|whole\s+)?year)\b(?![-\s]+(?:ago|earlier|before|two\s+thousand))"
RULES: list[Rule] = [
    Rule(
        "year_ago",
        compile_rule(
            rf"\b(?:the\s+)?(?:(?:comparable|corresponding|same)\s+)?(?:year-ago|year-earlier|prior-year)"
            rf"(?:\s+(?:(?P<q>{ORDINAL_Q})[\s-]+)?(?P<what>quarter|period)|\s+(?P<n>{NUMBER})[\s-]+(?P<unit>months|weeks))?\b"
        ),
        _year_ago,
        1,
    ),
    Rule("year_period", compile_rule(rf"\bthe\s+(?P<y>{YEAR})\s+(?:period|quarter)\b"), _year_period, 1),
    Rule(
        "period_end",
        compile_rule(r"\b(?:the\s+)?(?:end\s+of\s+the\s+(?P<u>year|month)|(?P<u2>year|month)[\s-]end|year['’]s\s+end)\b"),
        _period_end,
    ),
    Rule("the_year", compile_rule(_THE_YEAR), _the_year, -1),
    # "Oct. 12, the day before the market plunge": an apposition naming the same day again
    Rule("the_day", compile_rule(r"(?<=\d,\s)(?P<x>the\s+day)\s+(?:before|after)\s+(?:the|a|an|his|her|its|their)\b"), _the_day, 1),
    Rule("the_day", compile_rule(r"\b(?:earlier|later)\s+in\s+(?P<x>the\s+day)\b(?!\s+(?:of|before|after)\b)"), _the_day),
    # "Officials said it was a great day for the city", "this is a sad day": the day the text is at
    # (not "it will be a long day": a day to come is not the day the text is at).
    # Not after "today is" (today is the expression), not a number of days ("a two-day"), not the
    # idioms "a new day" (a change of fortune) and "a field day" (an opportunity)
    Rule(
        "the_day",
        compile_rule(
            r"\b(?:it|this)\s+(?:is|was|['’]s|has\s+been|had\s+been)\s+[\"“'`]*(?P<x>an?\s+"
            r"(?!(?:new|field|one|two|three|four|five|six|seven|eight|nine|ten|single|couple|few|half|full|whole)\b)"
            r"[a-z]{3,}(?:\s+(?!day\b)[a-z]{3,})?\s+day)\b(?![-'’])"
        ),
        _a_day_predicate,
    ),
    Rule("that_month", compile_rule(rf"\b(?:that|the\s+same)\s+(?P<mon>{MONTH_STRICT})\b(?!\s+\d)"), _that_month),
    # "in May of that year": the month of the year the text is at, as "that May" (no year named before: no value)
    Rule("month_of_that_year",
         compile_rule(rf"\b(?P<mon>{MONTH_STRICT})\s+of\s+(?:that|the\s+same)\s+year\b"), _that_month, 2),
    Rule("latest_unit", compile_rule(r"\bthe\s+(?:latest|most\s+recent)\s+(?:fiscal\s+)?(?P<u>year|month|week)\b"), _latest_unit),
    Rule(
        "in_the_pod",
        compile_rule(r"(?<![\d.])\s(?:in|during)\s+(?P<x>the\s+(?P<pod>morning|afternoon|evening))\b(?!\s+(?:of|before|after|hours?)\b)"),
        _in_the_pod,
    ),
    Rule(
        "nth_day",
        compile_rule(
            rf"\b(?:it['’]s|it\s+is|today\s+is|this\s+is)\s+(?P<x>the\s+{_ORDINAL_DAY}\s+(?:straight\s+|consecutive\s+|full\s+)?day)\b"
        ),
        _nth_day,
    ),
    Rule("the_weekend", compile_rule(r"\bthe\s+weekend\b"), _the_weekend),
    Rule("the_season", compile_rule(rf"\bthe\s+(?:(?:early|late)\s+)?(?P<s>{SEASON})\b(?!\s+of)"), _the_season),
    Rule(
        "spelled_year",
        compile_rule(
            rf"\b(?:the\s+year\s+|(?P<mon>{MONTH_STRICT})\s+(?:of\s+)?|(?:the\s+)?(?P<s>{SEASON})\s+of\s+)?(?:(?P<c>nineteen|twenty)[\s-]+(?P<t>" + "|".join(_TENS + _TEENS) + r")"
            r"(?:[\s-]+(?P<u>" + "|".join(_UNITS) + r"))?|two\s+thousand(?:\s+and)?(?:\s+(?P<u2>" + "|".join(_UNITS + _TEENS) + r"))?)\b"
        ),
        _spelled_year,
    ),
    Rule(
        "holiday",
        compile_rule(
            r"\b(?:(?P<rel>last|next|this)\s+)?(?P<h>christmas\s+eve|christmas(?:\s+day)?|new\s+year['’]s\s+(?:day|eve)|"
            r"thanksgiving(?:\s+day)?|election\s+day|easter(?:\s+(?:sunday|monday|week))?)(?:,?\s+(?P<y>(?:1[6-9]|20)\d\d))?\b"
        ),
        _holiday,
    ),
    Rule(
        "anaphor",
        compile_rule(
            r"\b(?:(?:earlier|later)\s+(?:in\s+)?)?(?:that|the\s+same|that\s+same|the\s+(?P<st>next|following|previous|preceding))\s+"
            r"(?P<u>day|week|month|year)\b"
        ),
        _anaphor,
    ),
]
