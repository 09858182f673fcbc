"""Rules for stretches and repetitions of time, and clock times.

Durations ("three days" -> P3D, "the past two years" -> P2Y, "a two-year
deal" -> P2Y), sets ("every week" -> P1W, "daily" -> P1D, "every Monday" ->
XXXX-WXX-1) and times of day ("10:30 a.m." -> the anchor day at 10:30).
"""

from __future__ import annotations

import re
from datetime import date

from newsgraph.times import calendar as cal
from newsgraph.times.patterns import (
    MONTH_STRICT,
    NUMBER,
    ORDINAL_Q,
    PART_OF_DAY,
    SEASON,
    UNIT_WORDS,
    VAGUE,
    WEEKDAY,
    compile_rule,
    parse_number,
    unit_name,
)
from newsgraph.times.spec import Ctx, Rule, Spec
from newsgraph.times.tense import sentence_window, tense_at

_ADVERB_SETS = {
    "daily": "P1D", "nightly": "P1D", "weekly": "P1W", "biweekly": "P2W", "monthly": "P1M",
    "quarterly": "P3M", "yearly": "P1Y", "annually": "P1Y", "hourly": "PT1H", "annual": "P1Y",
}  # fmt: skip
_NOUN_AFTER = re.compile(
    r"\s+(?!(?:and|or|but|basis|since|to|in|on|at|from|by|for|the|a|an|until|as|with|during|over|through|than|"
    r"into|after|before|while|because|if|so|that|this|its|their|his|her|outside|inside|near|across|around|along|"
    r"throughout|about|against|within|without|among|between|under|behind|outside|off|up|down|out|there|here)\b)[a-z]+\b"
)
_RECURRING_ADJ = frozenset(["daily", "nightly", "weekly", "hourly"])
_PUBLICATION = re.compile(r"\s+(?:[a-z-]+\s+)?(?:newspapers?|papers?|magazines?|journals?|publications?|tabloids?|editions?|broadsheets?)\b")
_AGE = re.compile(r"\s+old\b", re.IGNORECASE)
# A number or percentage within the last few words before "annually" makes it part of a rate.
_RATE_BEFORE = re.compile(r"(?:\d%?|percent)(?:\s+[a-z]+){0,2}\s+$")
_FREQ = {"once": 1, "twice": 2, "thrice": 3}
# A quantity (a number, money, "four flights") right before "a year"/"a week" makes it a rate.
_RATE = re.compile(
    r"(?:\d[\d,.]*%?|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|dozen|hundred|thousand|million|billion|"
    r"trillion|percent))(?:\s+(?!(?:in|for|within|over|after|about|than|during|by|of|per|and|or|to|at|the)\b)[a-z]+){0,2}\s+$"
)
# "Islam will one day be ...", "hopes to one day lead": "one day" between a modal (or "to") and its verb.
_MODAL_BEFORE = re.compile(r"\b(?:will|would|could|might|may|can|shall|should|must|to)\s+$")
_FRACTION_OF = re.compile(r"\s+of\s+(?!(?:a|the|this|that|last|next)\s+(?:century|year|decade)\b|\d{4}\b|fiscal\b)", re.IGNORECASE)


# "six months of base pay", "a year's salary": money counted in units of time.
_PAY = re.compile(
    r"(?:\s+of|['’]s?)\s+(?:(?:his|her|their|its|the|base|basic|full|gross|net|annual|regular)\s+)*"
    r"(?:pay|salary|salaries|wages?|rent|severance|compensation|pension)\b",
    re.IGNORECASE,
)
# "... a day", "... per week" after a number of smaller units: a share of each longer unit.
_PER_LONGER = re.compile(
    r"\s+(?:a|an|per|each|every)\s+(?P<per>minute|hour|day|week|month|year)\b"
    r"(?!\s+(?:ago|earlier|later|before|after|from|since|back)\b)",
    re.IGNORECASE,
)
_UNIT_ORDER = {"second": 0, "minute": 1, "hour": 2, "day": 3, "week": 4, "month": 5, "year": 6}


def _duration(m: re.Match[str], ctx: Ctx) -> Spec | None:
    """"three days", "the past two years", "a two-year term", "several months" (PXM)."""
    unit = unit_name(m.group("unit"))
    n_text = m.group("n")
    amount = parse_number(n_text) if n_text else None
    if n_text and amount is None and not re.match(VAGUE, n_text, re.IGNORECASE):
        return None
    if amount is not None and amount > 1000:
        return None
    if amount is not None and (m.group("half") or m.group("half2")):
        amount += 0.5  # "two and a half years", "a year and a half"
    if n_text is None and not m.group("pre"):
        return None
    rest = ctx.text[m.end() : m.end() + 40]
    if n_text is not None and n_text.lower() in ("a", "an") and not m.group("pre") and _RATE.search(ctx.before(m.start(), 40)):
        return None  # "$500 million a year", "four flights a week": a rate, not a stretch of time
    if unit == "quarter" and _FRACTION_OF.match(rest) and n_text is not None and n_text.lower() in ("a", "one", "three"):
        return None  # "a quarter of the market", "three-quarters of its food": a fraction
    if _AGE.match(rest):
        return None  # "52 years old": a person's age, which TimeML leaves untagged
    if n_text is not None and _PAY.match(rest):
        return None  # "a bonus equal to six months of base pay": an amount of money, not a stretch of time
    per = _PER_LONGER.match(rest)
    if per and n_text is not None and _UNIT_ORDER.get(unit, 9) < _UNIT_ORDER.get(unit_name(per.group("per")), 0):
        return None  # "24 hours a day", "five days a week": how much of each day or week, a rate
    if unit == "second" and n_text.lower() in ("a", "one") and _NOUN_AFTER.match(rest):
        return None  # "a second group": the ordinal, not a duration
    if unit == "day" and n_text.lower() == "one" and not m.group("pre") and _MODAL_BEFORE.search(ctx.before(m.start(), 16)):
        return Spec("DATE", value="FUTURE_REF", basis="relative")  # "will one day be": some day in the future
    ahead = _ahead_point(m, ctx, unit, amount)
    if ahead is not None:
        return ahead
    offset = None
    after = re.match(r"\s+(?P<d>after|before|later|earlier)\b", ctx.text[m.end() :])
    if after and amount is not None and not m.group("workdays"):  # "eight trading days after": not calendar days
        sign = 1 if after.group("d").lower() in ("after", "later") else -1
        offset = (float(amount), unit, sign)
    return Spec("DURATION", value=cal.duration_value(amount, unit), offset=offset)


# "in five years" right after a verb or its object, not "in five years of war" / "in two weeks' time"
_IN_BEFORE = re.compile(r"(?<![\w-])in\s+$", re.IGNORECASE)
_POINT_UNITS = frozenset(["day", "week", "month", "year"])


def _ahead_point(m: re.Match[str], ctx: Ctx, unit: str, amount: float | None) -> Spec | None:
    """"the bonds would be redeemed in five years", "he will return in three weeks": in a clause
    about the future, "in" + a count of days to years is the point that far after the anchor
    (TimeML gives it a DATE at the unit's granularity), not a stretch of time.

    Durations stay: no future cue ("rose 5% in two years", "his second letter in two weeks"), a
    rate ("will grow 8% in two years"), "within five years", "in the next five years", a vague
    count ("in a few weeks") and clock units ("in two hours").
    """
    if amount is None or not float(amount).is_integer() or unit not in _POINT_UNITS:
        return None
    if m.group("pre") or m.group("workdays") or re.match(r"\s*(?:of\b|['’])", ctx.text[m.end() :]):
        return None
    lead = _IN_BEFORE.search(ctx.text, max(0, m.start() - 8), m.start())
    if lead is None or _RATE_BEFORE.search(ctx.before(lead.start(), 30)):
        return None
    if tense_at(ctx.text, m.start(), m.end(), weak_past=False) != "future" or not ctx.future(m.start(), m.end()):
        return None
    n = int(amount)

    def resolve(anchor: date) -> str | None:
        moved = cal.shift(anchor, n, unit)
        return cal.value_at(moved, unit) if moved else None

    return Spec("DATE", resolve=resolve, granularity=unit)


def _bare_units(m: re.Match[str], ctx: Ctx) -> Spec | None:
    """"for years", "over decades": an unspecified number of units."""
    return Spec("DURATION", value=cal.duration_value(None, unit_name(m.group("unit"))))


def _the_units(m: re.Match[str], ctx: Ctx) -> Spec | None:
    """"the early years", "the first hours of the war", "over the years", "the weeks ahead": some units."""
    unit = m.group("unit") or m.group("unit2") or m.group("unit3")
    return Spec("DURATION", value=cal.duration_value(None, unit_name(unit)))


def _unit_long(m: re.Match[str], ctx: Ctx) -> Spec | None:
    """"a day-long meeting" (P1D), "a decades-long battle" (some decades), "an hour-long speech"."""
    word = m.group("unit").lower()
    amount = None if word.endswith("s") else 1
    return Spec("DURATION", value=cal.duration_value(amount, unit_name(word)))


def _vague_span(m: re.Match[str], ctx: Ctx) -> Spec | None:
    """"for a while", "for some time", "for a fairly lengthy period": a stretch of time whose length
    and unit the text does not give (TimeML: PXX)."""
    return Spec("DURATION", value="PXX")


def _set(m: re.Match[str], ctx: Ctx) -> Spec | None:
    """"every week", "each year", "every two months", "every other day"."""
    unit = unit_name(m.group("unit"))
    n_text = m.group("n")
    if m.group(0).lower().startswith("per") and not n_text and _RATE.search(ctx.before(m.start(), 40)):
        return None  # "15 million instructions per second", "60 miles per hour": a rate, not a repetition
    amount = 2 if m.group("other") else (parse_number(n_text) if n_text else 1)
    if amount is None:
        return None
    return Spec("SET", value=cal.duration_value(amount, unit))


def _set_weekday(m: re.Match[str], ctx: Ctx) -> Spec | None:
    """"every Monday", "Mondays", "on Tuesday nights" (XXXX-WXX-2TNI), "each July" (XXXX-07)."""
    mon = m.group("mon")
    if mon:
        return Spec("SET", value=f"XXXX-{cal.month_number(mon):02d}") if mon[:1].isupper() else None
    wd = m.group("wd") or m.group("wd2")
    if not wd[:1].isupper():
        return None
    pod = (m.group("pod") or "").lower()
    return Spec("SET", value=f"XXXX-WXX-{cal.weekday_number(wd) + 1}" + (f"T{PART_OF_DAY[pod]}" if pod else ""))


def _recurring_noun(m: re.Match[str], ctx: Ctx) -> bool:
    """"his daily life", "a weekly radio address", "hourly earnings": an adjective for something that recurs."""
    if m.group("w").lower() not in _RECURRING_ADJ or _PUBLICATION.match(ctx.text, m.end()):
        return False
    return re.search(r"\baverage\s+$", ctx.before(m.start(), 10)) is None


def _adverb_set(m: re.Match[str], ctx: Ctx) -> Spec | None:
    word = m.group("w").lower()
    if word.endswith("ly") and word != "annually" and _NOUN_AFTER.match(ctx.text, m.end()) and not _recurring_noun(m, ctx):
        return None  # "a quarterly dividend", "a daily newspaper", "average daily volume": a payment, a paper, a statistic
    if word in ("daily", "weekly", "monthly") and re.match(r"\s+[A-Z][a-z]", ctx.text[m.end() :]):
        return None  # "the Communist Party daily Granma", "the weekly Der Spiegel": a publication
    if word == "annually" and _RATE_BEFORE.search(ctx.before(m.start(), 30)):
        return None  # "grow 8% annually", "10,000 units annually": a rate, not a recurring event
    if word == "annual" and not re.match(r"\s+basis\b", ctx.text[m.end() :]):
        return None  # "annual report" is not a repetition mention; "an annual rate of 3%" is a rate
    return Spec("SET", value=_ADVERB_SETS[word])


def _season_set(m: re.Match[str], ctx: Ctx) -> Spec | None:
    """"every summer", "the past three summers": summers are not one stretch of time, so a SET
    of that season (XXXX-SU), like "each July" (XXXX-07)."""
    return Spec("SET", value=f"XXXX-{cal.SEASONS[(m.group('s') or m.group('s2')).lower()]}")


_QUARTER_NUMBER = {"first": 1, "second": 2, "third": 3, "fourth": 4, "1st": 1, "2nd": 2, "3rd": 3, "4th": 4}
# Words that make a clause a habit: what it says of a quarter holds for that quarter of every year.
_HABIT = re.compile(
    r"\b(?:usually|typically|normally|generally|traditionally|historically|customarily|tends?\s+to|(?:each|every)\s+year)\b",
    re.IGNORECASE,
)
_QUARTERS = re.compile(r"\bquarters\b", re.IGNORECASE)
_OF_YEAR = re.compile(r"\s+(?:of\s+)?(?:(?:fiscal|calendar)\s+)?(?:1[6-9]|20)\d\d\b")


def _quarter_set(m: re.Match[str], ctx: Ctx) -> Spec | None:
    """"business is usually conducted in the second and fourth quarters": a habit repeats in that
    quarter of every year, a SET (XXXX-Q2, XXXX-Q4) like "each July" (XXXX-07).

    Without a habit word plural quarters are just several quarters ("profit fell in the third
    and fourth quarters"), and the quarter rule dates them; with a year ("... quarters of 1990")
    they are that year's.
    """
    word = _QUARTERS.search(ctx.text, m.start())  # the plural itself (after the match for "second and ...")
    left, right = sentence_window(ctx.text, m.start(), m.end())
    if word is None or not _HABIT.search(ctx.text, left, right) or _OF_YEAR.match(ctx.text, word.end()):
        return None
    return Spec("SET", value=f"XXXX-Q{_QUARTER_NUMBER[(m.group('q') or m.group('q2')).lower()]}")


def _frequency(m: re.Match[str], ctx: Ctx) -> Spec | None:
    """"twice a week", "three times a year": TimeML keeps the period (P1W)."""
    return Spec("SET", value=cal.duration_value(1, unit_name(m.group("unit"))))


def _clock(m: re.Match[str], ctx: Ctx) -> Spec | None:
    """"10:30 a.m.", "3 p.m. EDT", "noon": a time on the anchor day (TimeML's convention)."""
    if m.group("word"):
        if m.group("word").lower() == "noon" and re.search(r"\bhigh\s+$", ctx.before(m.start(), 8)):
            return None  # "high noon comes today": a decisive moment, not midday
        hh, mi = (24, 0) if m.group("word").lower() == "midnight" else (12, 0)
    elif m.group("hp"):  # "4 in the morning", "5:30 in the afternoon"
        hh, mi = int(m.group("hp")), int(m.group("mip") or 0)
        if m.group("pod").lower() != "morning" and hh < 12:
            hh += 12
    elif m.group("h24"):
        hh, mi = int(m.group("h24")), int(m.group("mi24"))
    else:
        hh, mi = int(m.group("h")), int(m.group("mi") or 0)
        ap = (m.group("ap") or "").lower().replace(".", "")
        if ap == "pm" and hh < 12:
            hh += 12
        elif ap == "am" and hh == 12:
            hh = 0
    label = f"T{hh:02d}:{mi:02d}"

    def resolve(anchor: date) -> str | None:
        return anchor.isoformat() + label

    return Spec("TIME", resolve=resolve, granularity="time", clock=label)


_UNITS_SG = r"(?:second|minute|hour|day|night|week|weekend|fortnight|month|year|decade|century|quarter)"
RULES: list[Rule] = [
    Rule(
        "duration",
        compile_rule(
            rf"\b(?P<pre>the\s+(?:(?:past|last|next|coming|first|previous|following|final|remaining|same|entire|whole)\s+)?)?"
            rf"(?P<n>{NUMBER}|{VAGUE})[\s-]+(?:(?P<half>and[\s-]+a[\s-]+half)[\s-]+|(?:full|straight|consecutive|more|long|(?P<workdays>trading|business|working))[\s-]+)?"
            rf"(?P<unit>{UNIT_WORDS})\b(?!-old)(?P<half2>\s+and\s+a\s+half\b)?"
        ),
        _duration,
    ),
    Rule("recent_units", compile_rule(rf"\b(?:recent|past)\s+(?P<unit>{UNIT_WORDS})\b"), _bare_units),
    Rule("bare_units", compile_rule(r"\b(?:for|over|in|within)\s+(?P<x>(?P<unit>years|months|weeks|days|decades|centuries|hours))\b(?!\s+(?:ago|of|to))"), _bare_units),
    Rule(
        "the_units",
        compile_rule(
            r"\b(?:the\s+(?:early|first|final|ensuing|intervening|heady)\s+(?P<unit>years|months|weeks|days|hours|decades)\b|"
            r"(?<=over\s)the\s+(?P<unit2>years|decades)\b|the\s+(?P<unit3>years|months|weeks|days)(?:\s+ahead\b|(?=\s+that\s+followed\b)))"
            r"(?!\s+(?:before|after|since|ago|earlier|later|between|when|leading)\b)"
            rf"(?!\s+of\s+(?:{WEEKDAY}|{MONTH_STRICT}|today|yesterday|tomorrow|\d))"  # "the early hours of Thursday": a time of day
        ),
        _the_units,
    ),
    # "stayed for a while", "will be there for some time", "for a fairly lengthy period": only after
    # "for" ("some time ago", "at some time" and "a long time ago" are not stretches)
    Rule(
        "vague_span",
        compile_rule(
            r"\bfor\s+(?P<x>(?:quite\s+)?a\s+(?:little\s+)?while|some\s+time|(?:quite\s+)?a\s+(?:(?:very|fairly|rather|relatively|"
            r"quite|somewhat)\s+)?(?:long|short|brief|lengthy|extended|prolonged|considerable)\s+(?:time|period|while))\b"
        ),
        _vague_span,
    ),
    Rule("unit_long", compile_rule(r"(?<![\w-])(?P<unit>hours?|days?|weeks?|months?|years?|decades?)-long\b"), _unit_long),
    Rule(
        "set",
        compile_rule(rf"\b(?:every|each|per)\s+(?:(?P<other>other)\s+|(?P<n>{NUMBER})\s+)?(?P<unit>{_UNITS_SG}s?)\b"),
        _set,
        1,
    ),
    Rule(
        "set_weekday",
        compile_rule(
            rf"\b(?:(?:every|each)\s+(?:(?P<wd>{WEEKDAY})|(?P<mon>{MONTH_STRICT})(?:\b|(?<=\.)))|"
            r"(?P<wd2>monday|tuesday|wednesday|thursday|friday|saturday|sunday)(?:s|\s+(?P<pod>morning|afternoon|evening|night)s)\b)"
        ),
        _set_weekday,
        2,
    ),
    Rule(
        "season_set",
        compile_rule(
            rf"\b(?:(?:every|each)\s+(?P<s>{SEASON})|the\s+(?:past|last|previous|next|coming|following)\s+"
            rf"(?:{NUMBER}|{VAGUE})\s+(?P<s2>{SEASON})s)\b"
        ),
        _season_set,
        2,
    ),
    # "the second and fourth quarters": the plural quarter, and each ordinal coordinated with it
    Rule(
        "quarter_set",
        compile_rule(
            rf"\b(?:the\s+)?(?P<q>{ORDINAL_Q})[\s-]+quarters\b|"
            rf"\b(?P<x>(?P<q2>{ORDINAL_Q}))(?=(?:\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+)(?:the\s+)?{ORDINAL_Q}"
            rf"(?:(?:\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+)(?:the\s+)?{ORDINAL_Q})*[\s-]+quarters\b)"
        ),
        _quarter_set,
        1,
    ),
    Rule("adverb_set", compile_rule(r"\b(?P<w>daily|nightly|weekly|biweekly|monthly|quarterly|yearly|annually|hourly|annual)\b"), _adverb_set),
    Rule(
        "frequency",
        compile_rule(rf"\b(?:once|twice|thrice|{NUMBER}\s+times)\s+(?:a|an|per|every|each)\s+(?P<unit>{_UNITS_SG})\b"),
        _frequency,
        2,
    ),
    Rule(
        "clock",
        compile_rule(
            r"\b(?:(?P<h>1[0-2]|0?[1-9])(?:[:.](?P<mi>[0-5]\d))?\s*(?P<ap>[ap]\.?m\b\.?)(?:\s+(?:[A-Z]{2,4}T|GMT|UTC)\b)?|"
            r"(?P<h24>[01]\d|2[0-3]):(?P<mi24>[0-5]\d)\s*(?:GMT|UTC|local\s+time|hours|hrs)\b|(?P<word>noon|midday|midnight)|"
            r"(?P<hp>1[0-2]|[1-9])(?::(?P<mip>[0-5]\d))?\s+(?:o['’]clock\s+)?in\s+the\s+(?P<pod>morning|afternoon|evening)\b)"
        ),
        _clock,
    ),
]
