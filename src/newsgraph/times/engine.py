"""Scan text with every rule, keep the longest non-overlapping matches, resolve their values.

One pass per compiled pattern over the whole text (regex engines scan in C;
no per-token parsing), then a greedy choice: longest match first, rule
priority breaking ties. Handlers run only for matches that survive, and a
handler may still refuse its match (returns None), letting a shorter one in.
"""

from __future__ import annotations

import functools
import re
from datetime import date

from newsgraph.model import TimeExpression
from newsgraph.times import calendar as cal
from newsgraph.times import rules_context, rules_explicit, rules_extent, rules_relative
from newsgraph.times.spec import MONTH_OF_YEAR, Ctx, Rule, Spec

RULES: list[Rule] = rules_explicit.RULES + rules_relative.RULES + rules_context.RULES + rules_extent.RULES

Found = tuple[int, int, Spec]

# Trigger words per rule: a rule's pattern only runs in windows around its trigger tokens, so a
# document is scanned once by a cheap tokenizer instead of ~40 times by full patterns (5-10x
# faster on TimeBank). "#" stands for any run of digits.
_MONTHS = " ".join(cal.MONTHS)
_WEEKDAYS = " ".join(cal.WEEKDAYS)
_SEASONS = " ".join(cal.SEASONS)
_UNITS = (
    "second seconds minute minutes hour hours day days night nights week weeks weekend weekends fortnight "
    "fortnights month months year years decade decades century centuries quarter quarters"
)
TRIGGERS: dict[str, str] = {
    "iso": "#", "numeric": "#", "month_day": _MONTHS, "month_day_and": _MONTHS, "second_day": _MONTHS, "day_month": _MONTHS, "month_year": _MONTHS,
    "year": "#", "edge_year": "#", "decade": "#", "decade_word": "twenties thirties forties fifties sixties seventies eighties nineties", "century": "century", "season_year": _SEASONS,
    "quarter": "quarter q", "fiscal": "fiscal", "day_of_month": "day",
    "ref": "now currently current nowadays present moment days presently right recently recent lately past "
    "future soon shortly coming near term date years months weeks quarters previously foreseeable",
    "deictic": "today yesterday tomorrow tonight night overnight morning afternoon evening day",
    "weekday": _WEEKDAYS, "mid_pod": "mid midmorning midafternoon", "month_alone": _MONTHS, "month_rel_year": _MONTHS, "unit_rel": "week weekend month year decade century quarter",
    "rel_season": _SEASONS, "ago": "ago earlier later now hence", "quarter_rel": "quarter period",
    "year_ago": "ago earlier prior", "year_period": "period quarter", "period_end": "end", "the_year": "year", "the_day": "day", "latest_unit": "latest recent", "in_the_pod": "morning afternoon evening", "nth_day": "day", "the_weekend": "weekend",
    "the_season": _SEASONS, "spelled_year": "nineteen twenty thousand", "holiday": "christmas thanksgiving year election easter",
    "anaphor": "day week month year", "that_month": _MONTHS, "month_of_that_year": _MONTHS, "duration": _UNITS, "bare_units": _UNITS, "the_units": "years months weeks days hours decades", "unit_long": "long", "vague_span": "while time period", "recent_units": _UNITS, "set": "every each per",
    "season_set": "every each summers winters springs falls autumns", "set_weekday": "every each mondays tuesdays wednesdays thursdays fridays saturdays sundays " + _WEEKDAYS, "quarter_set": "quarters", "adverb_set": "daily nightly weekly biweekly monthly quarterly yearly annually hourly annual",
    "frequency": "once twice thrice times", "day_around": "day", "clock": "# noon midday midnight",
}  # fmt: skip
# Characters around a trigger a match may reach (the longest prefix such as "at the beginning
# of the next" or suffix such as "-21, 2025" found in the rules is under 40).
WINDOW = 48
_TOKEN = re.compile(r"[A-Za-z]+|\d+")


def _trigger_index() -> dict[str, list[int]]:
    index: dict[str, list[int]] = {}
    for i, rule in enumerate(RULES):
        for word in TRIGGERS[rule.name].split():
            index.setdefault(word, []).append(i)
    return index


_INDEX = _trigger_index()


def _windows(text: str) -> list[list[tuple[int, int]]]:
    """Per rule, the merged character windows around its trigger tokens."""
    spans: list[list[tuple[int, int]]] = [[] for _ in RULES]
    for m in _TOKEN.finditer(text):
        tok = m.group()
        key = "#" if tok[0].isdigit() else tok.lower()
        rules = _INDEX.get(key)
        if not rules:
            continue
        lo, hi = max(0, m.start() - WINDOW), m.end() + WINDOW
        for i in rules:
            win = spans[i]
            if win and lo <= win[-1][1]:
                win[-1] = (win[-1][0], hi)
            else:
                win.append((lo, hi))
    return spans

_TIME_DATE_GLUE = re.compile(r"^\s*(?:,|on|of)?\s*$", re.IGNORECASE)
# "10:35 a.m. (0735 GMT) Friday": the same time in another zone, in brackets between the time and its day
_ZONE_ASIDE = re.compile(r"^\s*\(\s*\d{1,2}[:.]?\d\d\s*(?:[ap]\.?m\.?\s*)?(?:GMT|UTC|[A-Z]{2,4}T)\s*\)\s*(?:,|on)?\s*$")
_DATE_TIME_GLUE = re.compile(r"^\s*(?:,|at|,\s*at)?\s*$", re.IGNORECASE)
_THE_PERIOD = re.compile(r"the\s+(?:(?:same|comparable|corresponding)\s+)?(?:quarter|period)", re.IGNORECASE)
_A_YEAR_BACK = re.compile(r"(?:a|one)\s+year\s+(?:ago|earlier|before)", re.IGNORECASE)
_OFFSET_GLUE = re.compile(r"^\s+(?P<d>after|before|from)\s+$", re.IGNORECASE)


Candidate = tuple[int, int, int, Rule, re.Match[str]]


@functools.lru_cache(maxsize=4)
def _candidates(text: str) -> tuple[Candidate, ...]:
    """Every rule's pattern matches in ``text``, longest first, rule priority breaking ties.

    They depend on the text alone (handlers, which see the context, run later),
    so a text scanned twice, with and without tense hints (an undated document:
    its date inference, then its tagging), runs the patterns once.
    """
    cands: list[Candidate] = []
    for rule, windows in zip(RULES, _windows(text), strict=True):
        has_x = "x" in rule.pattern.groupindex
        for lo, hi in windows:
            for m in rule.pattern.finditer(text, lo, hi):
                s, e = m.span("x") if has_x and m.group("x") is not None else m.span()
                if e > s:
                    cands.append((s, e, rule.priority, rule, m))
    cands.sort(key=lambda c: (-(c[1] - c[0]), -c[2], c[0]))
    return tuple(cands)


def scan(text: str, ctx: Ctx) -> list[Found]:
    """Every accepted (start, end, spec), in text order."""
    taken = bytearray(len(text))
    found: list[Found] = []
    for s, e, _prio, rule, m in _candidates(text):
        if any(taken[s:e]):
            continue
        spec = rule.handler(m, ctx)
        if spec is None:
            continue
        taken[s:e] = b"\x01" * (e - s)
        found.append((s, e, spec))
    found.sort(key=lambda f: f[0])
    return found


def resolve(spec: Spec, anchors: list[date]) -> tuple[str | None, str]:
    """(value, basis): fixed values are explicit; anchored ones need every anchor to agree."""
    if spec.value is not None:
        return spec.value, spec.basis or "explicit"
    if spec.resolve is None or not anchors:
        return None, "unknown"
    values = {spec.resolve(a) for a in anchors}
    if len(values) == 1:
        (value,) = values
        if value is not None:
            return value, spec.basis or "relative"
    return None, "unknown"


_GRAN_ORDER = ["day", "week", "month", "quarter", "year"]


def resolve_anaphor(anaphor: tuple[str, int], previous: str | None) -> str | None:
    """Value of "that year" / "the next day" given the previous dated expression's value."""
    if previous is None:
        return None
    if anaphor[0] == MONTH_OF_YEAR and previous[:4].isdigit():
        return f"{previous[:4]}-{anaphor[1]:02d}"  # only the year is read: a season or quarter names it too
    parsed = cal.parse_value(previous)
    if parsed is None:
        return None
    start, gran = parsed
    unit, step = anaphor
    if _GRAN_ORDER.index(gran) > _GRAN_ORDER.index(unit):
        return None  # "the next day" after "in 1998" cannot be a day
    moved = cal.shift(start, step, unit)
    return cal.value_at(moved, unit) if moved else None


def _is_day(value: str | None) -> bool:
    return value is not None and len(value) == 10 and value[4] == "-" and value[7] == "-"


_DAY_BEFORE = re.compile(r"\b(?:the\s+)?day\s+(?P<d>before|after)\s+$", re.IGNORECASE)


def _day_before(text: str, item: TimeExpression) -> TimeExpression:
    """"the day before last Tuesday('s hearing)", "the day after March 3": one day off that day."""
    m = _DAY_BEFORE.search(text, max(0, item.start - 20), item.start)
    if m is None or item.type != "DATE" or (item.value is not None and not _is_day(item.value)):
        return item
    value = cal.shift_value(item.value, 1 if m.group("d").lower() == "after" else -1, "day") if item.value else None
    return TimeExpression(m.start(), item.end, text[m.start() : item.end], type="DATE", value=value, basis=item.basis, granularity="day")


_WEEK_OF = re.compile(r"\b(?:the\s+)?week\s+of\s+$", re.IGNORECASE)


def _week_of(text: str, item: TimeExpression) -> TimeExpression:
    """"the week of March 6": the (ISO) week holding that day, in one span."""
    m = _WEEK_OF.search(text, max(0, item.start - 14), item.start)
    if m is None or item.type != "DATE" or item.value is None or not _is_day(item.value):
        return item
    value = cal.value_at(date.fromisoformat(item.value), "week")
    return TimeExpression(m.start(), item.end, text[m.start() : item.end], type="DATE", value=value, basis=item.basis, granularity="week")


def combine(text: str, items: list[TimeExpression], specs: list[Spec]) -> list[TimeExpression]:
    """Merge neighbours that name one time: "10 a.m. Friday", "two weeks after March 3, 2025"."""
    items = [_week_of(text, _day_before(text, item)) for item in items]
    out: list[TimeExpression] = []
    out_specs: list[Spec | None] = []
    for item, spec in zip(items, specs, strict=True):
        prev_spec = out_specs[-1] if out else None
        if prev_spec is not None:
            gap = text[out[-1].end : item.start]
            if prev_spec.clock and item.type == "DATE" and _is_day(item.value) and _ZONE_ASIDE.match(gap):
                # "10:35 a.m. (0735 GMT) Friday": two expressions, the time on that day
                prev = out[-1]
                value = f"{item.value}{prev_spec.clock}"
                out[-1] = TimeExpression(prev.start, prev.end, prev.text, type="TIME", value=value, basis=item.basis, granularity="time")
                out.append(item)
                out_specs.append(spec)
                continue
            merged = _merge_pair(out[-1], prev_spec, item, spec, gap, text)
            if merged is not None:
                out[-1] = merged
                out_specs[-1] = None
                continue
        out.append(item)
        out_specs.append(spec)
    return _restated_day(text, out, out_specs)


_OPEN_ASIDE = re.compile(r"^\s*[(\[]\s*$")


def _restated_day(text: str, out: list[TimeExpression], out_specs: list[Spec | None]) -> list[TimeExpression]:
    """"at 4 in the morning (4 a.m. EDT Thursday)": a bracket restating the same clock time with a
    day gives the time that day (only the same hour: another zone's hour may fall on another day)."""
    for i in range(len(out) - 1):
        spec, nxt = out_specs[i], out[i + 1]
        if spec is None or not spec.clock or nxt.type != "TIME" or not nxt.value or not _is_day(nxt.value[:10]):
            continue
        if nxt.value[10:] == spec.clock and _OPEN_ASIDE.match(text[out[i].end : nxt.start]):
            cur = out[i]
            out[i] = TimeExpression(cur.start, cur.end, cur.text, type="TIME", value=nxt.value, basis=nxt.basis, granularity="time")
    return out


def _merge_pair(
    prev: TimeExpression, prev_spec: Spec, item: TimeExpression, spec: Spec, gap: str, text: str
) -> TimeExpression | None:
    span = (prev.start, item.end, text[prev.start : item.end])
    if prev_spec.clock and item.type == "DATE" and _is_day(item.value) and _TIME_DATE_GLUE.match(gap) and len(gap) < 6:
        value = f"{item.value}{prev_spec.clock}"
        return TimeExpression(*span, type="TIME", value=value, basis=item.basis, granularity="time")
    if spec.clock and prev.type == "DATE" and _is_day(prev.value) and _DATE_TIME_GLUE.match(gap) and len(gap) < 6:
        value = f"{prev.value}{spec.clock}"
        return TimeExpression(*span, type="TIME", value=value, basis=prev.basis, granularity="time")
    if _THE_PERIOD.fullmatch(prev.text) and _A_YEAR_BACK.fullmatch(item.text) and gap in (" ", ", ") and item.value:
        # "the quarter a year ago", "the same period a year earlier": one period, the year-ago one
        return TimeExpression(*span, type="DATE", value=item.value, basis=item.basis, granularity=item.granularity)
    glue = _OFFSET_GLUE.match(gap)
    if prev_spec.offset is not None and glue and item.type == "DATE" and item.value:
        amount, unit, _sign = prev_spec.offset
        sign = 1 if glue.group("d").lower() in ("after", "from") else -1
        if not float(amount).is_integer():
            return None
        shifted = cal.shift_value(item.value, int(amount) * sign, unit)
        if shifted is None:
            return None
        gran = cal.parse_value(shifted)
        return TimeExpression(*span, type="DATE", value=shifted, basis=item.basis, granularity=gran[1] if gran else None)
    return None
