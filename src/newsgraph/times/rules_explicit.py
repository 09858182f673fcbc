"""Rules for dates the text spells out: calendar days, months, years, decades, quarters.

A day or month without a year ("January 28", "in February") is resolved
against the anchor: the nearest past one, or the nearest future one when the
clause speaks of plans (see tense.py).
"""

from __future__ import annotations

import re
from datetime import date

from newsgraph.times import calendar as cal
from newsgraph.times.patterns import DAY, EDGE, MONTH, ORDINAL_Q, SEASON, WEEKDAY, YEAR, compile_rule
from newsgraph.times.spec import Ctx, Rule, Spec

_Q = {"first": 1, "second": 2, "third": 3, "fourth": 4, "1st": 1, "2nd": 2, "3rd": 3, "4th": 4}
# Words after a bare four-digit number that make it a count, not a year.
_COUNT_NOUNS = re.compile(
    r"\s*(?:people|persons|troops|soldiers|men|women|children|deaths|dead|killed|votes|units|cars|"
    r"homes|jobs|workers|members|employees|shares|dollars|euros|pounds|feet|foot|meters|metres|miles|"
    r"kilometers|kilometres|km|tons|tonnes|barrels|points|rounds|acres|hectares|pages|times|years|"
    r"%|percent|-year|-member|-strong)\b",
    re.IGNORECASE,
)
_NOT_YEAR_BEFORE = re.compile(r"(?:\$|€|£|#|no\.\s*|number\s+|flight\s+|route\s+|page\s+|[\d,.:/-])\s*$", re.I)


# A capitalised word right before the number, itself after a lowercase word or a comma (so not the
# first word of a sentence or a headline in title case): the number belongs to a name.
_NAME_BEFORE = re.compile(r"(?:\b[a-z]+|,)\s+(?P<w>[A-Z][A-Za-z]+)\s+$")
_TIME_CAPITALS = frozenset(
    [
        "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
        "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov",
        "dec", "spring", "summer", "autumn", "fall", "winter", "christmas", "easter", "thanksgiving", "ramadan",
        "fiscal", "fy", "year", "mid", "early", "late", "since", "in", "until", "by", "before", "after", "of",
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "eve", "day",
    ]
)  # fmt: skip


def _day(s: str) -> int:
    return int(re.sub(r"\D", "", s))


def _capitalised(word: str) -> bool:
    return word[:1].isupper()


def _month_day(m: re.Match[str], ctx: Ctx) -> Spec | None:
    """"May 20-21, 2025", "14 Jan 2026", "Sept. 30": a day, with or without a year."""
    mon_s = m.group("mon")
    if not _capitalised(mon_s):
        return None
    month, day = cal.month_number(mon_s), _day(m.group("d"))
    y = m.group("y")
    if y:
        year = int(y)
        if not cal.valid_day(year, month, day):
            return None
        return Spec("DATE", value=date(year, month, day).isoformat(), granularity="day")
    if not cal.valid_day(2000, month, day):  # 2000 is a leap year: allows Feb 29
        return None
    mode = ctx.mode(m.start(), m.end())
    wd = m.groupdict().get("wd")
    weekday = cal.weekday_number(wd) if wd else None

    def resolve(anchor: date) -> str | None:
        if weekday is not None:  # "Saturday, April 25": the year nearest the anchor whose April 25 is a Saturday
            fits = [date(y, month, day) for y in range(anchor.year - 3, anchor.year + 4) if cal.valid_day(y, month, day)]
            fits = [d for d in fits if d.weekday() == weekday]
            if fits:
                return min(fits, key=lambda d: abs((d - anchor).days)).isoformat()
        d = cal.pick_occurrence(anchor, month, day, mode=mode)
        return d.isoformat() if d else None

    return Spec("DATE", resolve=resolve, granularity="day")


def _month_year(m: re.Match[str], ctx: Ctx) -> Spec | None:
    if not _capitalised(m.group("mon")):
        return None
    return Spec("DATE", value=f"{int(m.group('y')):04d}-{cal.month_number(m.group('mon')):02d}", granularity="month")


def _iso(m: re.Match[str], ctx: Ctx) -> Spec | None:
    y, mo, d = int(m.group("y")), int(m.group("m")), int(m.group("d"))
    if not cal.valid_day(y, mo, d):
        return None
    if m.group("hh"):
        return Spec("TIME", value=f"{y:04d}-{mo:02d}-{d:02d}T{m.group('hh')}:{m.group('mi')}", granularity="time")
    return Spec("DATE", value=date(y, mo, d).isoformat(), granularity="day")


def _numeric(m: re.Match[str], ctx: Ctx) -> Spec | None:
    """"8/7/1998" (US order with slashes unless impossible), "14.01.2026" (day first with dots)."""
    a, b, y = int(m.group("a")), int(m.group("b")), int(m.group("y"))
    if y < 100:
        y += 1900 if y >= 50 else 2000
    month, day = (a, b) if m.group("sep") == "/" else (b, a)
    if month > 12:
        month, day = day, month
    if not cal.valid_day(y, month, day):
        return None
    return Spec("DATE", value=date(y, month, day).isoformat(), granularity="day")


# "the post-1959 politics", "pre-1990 levels": a year with a before/after prefix is still that year
# (TIMEX3 puts the "before"/"after" in a modifier, the value stays the year)
_PRE_POST = re.compile(r"\b(?:pre|post)-$", re.IGNORECASE)
# "in 1994, 1995 and 1997": a year after a year and a comma is the next item of a list of years
_YEAR_LIST = re.compile(rf"(?<![\d,.$])\b{YEAR},\s*$")


def _bare_year(m: re.Match[str], ctx: Ctx) -> Spec | None:
    if _COUNT_NOUNS.match(ctx.text, m.end()):
        return None
    before = ctx.before(m.start(), 12)
    if _NOT_YEAR_BEFORE.search(before) and not _PRE_POST.search(before[-8:]) and not _YEAR_LIST.search(before):
        return None
    name = _NAME_BEFORE.search(ctx.text, max(0, m.start() - 40), m.start())
    if name and name.group("w").lower() not in _TIME_CAPITALS:
        return None  # "a venture called Orion 1980", "under Resolution 1973": the number is part of a name
    return Spec("DATE", value=m.group("y"), granularity="year")


def _edge_year(m: re.Match[str], ctx: Ctx) -> Spec | None:
    """"late 2024", "the first half of 2025" (halves get TimeML's H1/H2)."""
    y = m.group("y")
    half = m.group("half")
    if half:
        return Spec("DATE", value=f"{y}-H{1 if half.lower() == 'first' else 2}", granularity="half")
    if m.group("two"):  # "the first two quarters of 1990" is its first half
        return Spec("DATE", value=f"{y}-H{1 if m.group('two').lower() == 'first' else 2}", granularity="half")
    return Spec("DATE", value=y, granularity="year")


def _decade(m: re.Match[str], ctx: Ctx) -> Spec | None:
    """"the 1970s" -> 197 (TimeML writes a decade as its first three digits)."""
    if m.group("dec"):
        return Spec("DATE", value=m.group("dec")[:3], granularity="decade")
    two = int(m.group("d2"))
    return Spec("DATE", value=f"{19 if two >= 30 else 20}{two // 10}", granularity="decade")


_DECADE_WORDS = ["twenties", "thirties", "forties", "fifties", "sixties", "seventies", "eighties", "nineties"]


def _decade_word(m: re.Match[str], ctx: Ctx) -> Spec | None:
    """"the nineties", "the early eighties" -> 199, 198 (the 1900s: later decades are written in digits)."""
    return Spec("DATE", value=f"19{_DECADE_WORDS.index(m.group('w').lower()) + 2}", granularity="decade")


def _century(m: re.Match[str], ctx: Ctx) -> Spec | None:
    return Spec("DATE", value=f"{int(m.group('n')) - 1:02d}", granularity="century")


def _season_year(m: re.Match[str], ctx: Ctx) -> Spec | None:
    return Spec("DATE", value=f"{m.group('y')}-{cal.SEASONS[m.group('s').lower()]}", granularity="season")


def _quarter(m: re.Match[str], ctx: Ctx) -> Spec | None:
    """"the third quarter (of 2025)", "Q3 2025", "last year's fourth quarter"; without a year, the anchor's."""
    q = _Q.get((m.group("q") or "").lower()) or int(m.group("qn") or 0)
    if not q:
        return None
    y = m.group("y") or m.group("y0")
    if y:
        return Spec("DATE", value=f"{y}-Q{q}", granularity="quarter")
    step = {"last": -1, "next": 1}.get((m.group("rel") or "").lower(), 0)  # "next year's first quarter"
    # In a past-tense clause a quarter that has not begun yet is last year's ("profits fell in the
    # fourth quarter" said in January).
    past = not m.group("rel") and ctx.past_marked(m.start(), m.end())

    def resolve(anchor: date) -> str | None:
        year = anchor.year + step
        if past and date(year, 3 * q - 2, 1) > anchor:
            year -= 1
        return f"{year:04d}-Q{q}"

    return Spec("DATE", resolve=resolve, granularity="quarter")


def _fiscal(m: re.Match[str], ctx: Ctx) -> Spec | None:
    return Spec("DATE", value=m.group("y"), granularity="year")


def _day_of_month(m: re.Match[str], ctx: Ctx) -> Spec | None:
    """"the last day of July" -> 07-31, "the first day of March 2025" -> 2025-03-01."""
    if not _capitalised(m.group("mon")):
        return None
    month = cal.month_number(m.group("mon"))
    first = m.group("which").lower() == "first"
    y = m.group("y")

    def pick(year: int) -> str:
        return (date(year, month, 1) if first else cal.last_day(year, month)).isoformat()

    if y:
        return Spec("DATE", value=pick(int(y)), granularity="day")
    future = ctx.future(m.start(), m.end())

    def resolve(anchor: date) -> str | None:
        d = cal.nearest_month_day(anchor, month, 1 if first else None, future=future)
        if d is None or (not first and not future and cal.last_day(d.year, month) > anchor):
            d = date(d.year - 1, month, 1) if d else None
        return pick(d.year) if d else None

    return Spec("DATE", resolve=resolve, granularity="day")


# What may follow the second day of "April 24 and 25": a year, punctuation or a function word, not a
# noun ("on Aug. 7 and 12 people died" is one date).
_SECOND_DAY_END = (
    rf"(?:,?\s+(?P<y>{YEAR})\b|(?=\s*(?:[,.;:)'\"”’]|$)|\s+(?:in|at|on|to|for|with|when|while|during|before|after|"
    r"and|or|but|as|respectively|the|this|next|last)\b))"
)
_D_RANGE = rf"(?P<d>{DAY})(?:\s*(?:-|–|—|to|and)\s*(?P<d2>{DAY}))?"
RULES: list[Rule] = [
    Rule("iso", compile_rule(r"\b(?P<y>\d{4})-(?P<m>\d{2})-(?P<d>\d{2})(?:T(?P<hh>\d{2}):(?P<mi>\d{2}))?\b"), _iso, 5),
    Rule(
        "numeric",
        compile_rule(r"\b(?P<a>\d{1,2})(?P<sep>[/.])(?P<b>\d{1,2})(?P=sep)(?P<y>\d{4}|\d{2})\b(?![.,/]\d)"),
        _numeric,
    ),
    Rule(
        "month_day",
        compile_rule(rf"\b(?:(?P<wd>{WEEKDAY}),?\s+)?(?P<mon>{MONTH})\s*(?P<d>{DAY})(?:\s*(?:-|–|—|to)\s*{DAY})?\b(?:,?\s+(?P<y>{YEAR})\b)?"),
        _month_day,
        2,
    ),
    # "April 24 and 25, 1999": two days, two expressions; the year after the second day is both days'.
    Rule(
        "month_day_and",
        compile_rule(rf"\b(?P<x>(?:(?P<wd>{WEEKDAY}),?\s+)?(?P<mon>{MONTH})\s*(?P<d>{DAY}))\s+and\s+{DAY}\b{_SECOND_DAY_END}"),
        _month_day,
        3,
    ),
    Rule(
        "second_day",
        compile_rule(rf"\b(?:{WEEKDAY},?\s+)?(?P<mon>{MONTH})\s*{DAY}\s+and\s+(?P<x>(?P<d>{DAY}))\b{_SECOND_DAY_END}"),
        _month_day,
        2,
    ),
    Rule(
        "day_month",
        compile_rule(
            rf"\b(?:the\s+)?{_D_RANGE}(?:\s+of)?[\s.\-/]+(?P<mon>{MONTH})(?:[\s.,\-/]*(?P<y>{YEAR})\b)?"
        ),
        _month_day,
        2,
    ),
    Rule("month_year", compile_rule(rf"\b(?P<mon>{MONTH}),?\s+(?:of\s+)?(?P<y>{YEAR})\b"), _month_year, 1),
    Rule("year", compile_rule(rf"\b(?P<y>{YEAR})\b(?!['’]?s\b|-\d|[.,]\d)"), _bare_year),
    Rule(
        "edge_year",
        compile_rule(rf"\b(?:{EDGE}|(?:the\s+)?(?:(?P<half>first|second|last|latter)\s+half|(?P<two>first|last|final|second)\s+two\s+quarters)\s+of)[\s-]+(?P<y>{YEAR})\b"),
        _edge_year,
        1,
    ),
    Rule(
        "decade",
        compile_rule(rf"\b(?:the\s+)?(?:{EDGE}[\s-]+)?(?:(?P<dec>1[0-9]\d0|20\d0)|['’](?P<d2>\d0))['’]?s\b"),
        _decade,
    ),
    # Only after "the": "in his forties" is an age.
    Rule("decade_word", compile_rule(rf"\bthe\s+(?:{EDGE}[\s-]+)?(?:nineteen[\s-]+)?(?P<w>{'|'.join(_DECADE_WORDS)})\b"), _decade_word),
    Rule("century", compile_rule(r"\b(?:the\s+)?(?:(?:early|mid|late)[\s-]+)?(?P<n>\d{1,2})(?:st|nd|rd|th)[\s-]+century\b"), _century),
    Rule("season_year", compile_rule(rf"\b(?:{EDGE}[\s-]+)?(?P<s>{SEASON})\s+(?:of\s+)?(?P<y>{YEAR})\b"), _season_year, 1),
    Rule(
        "quarter",
        compile_rule(
            rf"\b(?:the\s+|(?P<rel>this|last|next)\s+year['’]s\s+)?(?:(?P<y0>{YEAR})\s+)?(?:(?P<q>{ORDINAL_Q})[\s-]+(?:fiscal\s+|calendar\s+)?quarter|Q(?P<qn>[1-4]))"
            rf"(?:\s+(?:of\s+)?(?:(?:fiscal|calendar)\s+)?(?P<y>{YEAR})\b)?"
        ),
        _quarter,
    ),
    Rule("fiscal", compile_rule(rf"\bfiscal(?:\s+year)?\s+(?P<y>{YEAR})\b"), _fiscal, 1),
    Rule(
        "day_of_month",
        compile_rule(rf"\b(?:the\s+)?(?P<which>first|last)\s+day\s+of\s+(?P<mon>{MONTH})(?:,?\s+(?P<y>{YEAR})\b)?"),
        _day_of_month,
        3,
    ),
]
