"""Rules for expressions whose value depends on the document date.

"yesterday", "on Wednesday", "last year", "earlier this month", "in February",
"two years ago", "now", "recently". Each handler returns a resolver (anchor
day -> value) so that the engine can resolve it against an exact date or
against both ends of an inferred interval.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from newsgraph.times import calendar as cal
from newsgraph.times.patterns import (
    DAY,
    EDGE,
    MONTH_STRICT,
    NUMBER,
    PART_OF_DAY,
    SEASON,
    UNIT_WORDS,
    VAGUE,
    WEEKDAY,
    YEAR,
    compile_rule,
    parse_number,
    unit_name,
)
from newsgraph.times.rules_context import previous_quarter, quarterly_context
from newsgraph.times.spec import Ctx, Rule, Spec
from newsgraph.times.tense import sentence_window

_REF = {
    "now": "PRESENT_REF", "currently": "PRESENT_REF", "current": "PRESENT_REF", "nowadays": "PRESENT_REF",
    "at present": "PRESENT_REF", "at the moment": "PRESENT_REF", "these days": "PRESENT_REF",
    "presently": "PRESENT_REF", "right now": "PRESENT_REF", "recently": "PAST_REF", "recent": "PAST_REF",
    "lately": "PAST_REF", "the past": "PAST_REF", "in the past": "PAST_REF", "once": "PAST_REF",
    "formerly": "PAST_REF", "previously": "PAST_REF", "the future": "FUTURE_REF", "future": "FUTURE_REF",
    "soon": "FUTURE_REF", "shortly": "FUTURE_REF", "later": "FUTURE_REF", "in the future": "FUTURE_REF",
    "the coming years": "FUTURE_REF", "the coming months": "FUTURE_REF",
    "the coming weeks": "FUTURE_REF", "the coming days": "FUTURE_REF", "coming years": "FUTURE_REF",
    "coming months": "FUTURE_REF", "coming weeks": "FUTURE_REF", "coming days": "FUTURE_REF",
    "the near future": "FUTURE_REF", "the near term": "FUTURE_REF", "the short term": "FUTURE_REF",
    "a later date": "FUTURE_REF", "past years": "PAST_REF", "coming quarters": "FUTURE_REF",
    "future quarters": "FUTURE_REF", "the foreseeable future": "FUTURE_REF",
}  # fmt: skip
# Kept out of the rule: on TimeBank these are far more often untagged than tagged ("recent" as an
# adjective: 6 of 15 tagged on TimeBank + AQUAINT, under the ~0.4 precision a rule needs to help F1).
_REF_WORDS = [k for k in _REF if k not in ("once", "formerly", "later", "previously", "recent")]
# "soon after the vote", "shortly before noon", "as soon as possible": a relation to another time
# or a conjunction, not a reference to the future (TimeML leaves them untagged).
_RELATIONAL_SOON = re.compile(r"\s+(?:after|before|afterwards?|thereafter)\b", re.IGNORECASE)
_AS_SOON = re.compile(r"\bas\s+$", re.IGNORECASE)
# "Monday and Tuesday nights": a day coordinated with a plural (recurring) one
_SHARED_PLURAL = re.compile(
    rf"\s*(?:,\s*)?(?:and|or|&)\s+(?P<wd>{WEEKDAY})(?:s\b|\s+(?P<pod>morning|afternoon|evening|night)s\b)", re.IGNORECASE
)
# "Wednesday's ruling", "Friday's attack": a weekday owning a done act (a finding, an announcement,
# a violent event) is a day that has passed, whatever the clause says about what comes next
_DONE_ACT = re.compile(
    r"(?:\s+(?:night|morning|afternoon|evening))?['’]s\s+(?:[a-z-]+\s+)?(?:ruling|decision|verdict|judgment|remarks|"
    r"attack|attacks|bombing|bombings|blast|explosion|shooting|killing|killings|slaying|crash|raid|arrest|arrests|"
    r"resignation|death|deaths|sell-off|plunge)\b"
)
# A present-tense verb of a scheduled happening right before a weekday ("the talks resume Monday",
# "she travels on Friday to Paris"): news writes upcoming fixtures this way
_SCHEDULE_VERB = re.compile(
    r"\b(?:meets?|visits|travels?|arrives?|leaves|returns|resumes?|reconvenes?|convenes?|opens|begins?|starts)"
    r"(?:\s+(?:separately|again|jointly|together|here|there))?\s+(?:on\s+)?$",
    re.IGNORECASE,
)
# "the boom soon became a flood", "he was soon released": in a past narrative "soon" means shortly
# after that, not the future
_PAST_SOON_BEFORE = re.compile(r"\b(?:was|were|had|did)\s+$", re.IGNORECASE)
_PAST_SOON_AFTER = re.compile(
    r"\s+(?:after(?:wards?)?\s+|thereafter\s+)?(?:became|began|came|went|found|left|took|gave|saw|fell|rose|grew|spread|"
    r"(?!(?:expected|scheduled|planned|needed)\b)[a-z]{3,}ed)\b",
    re.IGNORECASE,
)
_AWAITED = re.compile(r"\b(?:ahead\s+of|await(?:s|ed|ing)?|before|until|for|expect(?:s|ed|ing)?)\s+$", re.IGNORECASE)
# "the March accession", "its May issue": a capitalised "March"/"May" between a determiner and a
# lower-case noun is the month used as a modifier (the noun "march" and the verb "may" are written
# in lower case there; "the March of Dimes", "the March on Washington" are names, kept out)
_DETERMINER_BEFORE = re.compile(r"\b(?:the|its|his|her|their|our|this|that)\s+$", re.IGNORECASE)
_LOWER_NOUN_AFTER = re.compile(
    r"\s+(?!(?:of|on|to|for|in|at|from|against|through|and|or|by|with|into|across|past|toward|towards)\b)[a-z]{3,}\b"
)
_THEN_BEFORE = re.compile(r"\bthen[\s-]+$", re.IGNORECASE)
# "most recently last October", "as recently as 1995": "recently" grades the time that follows;
# that time is the expression, "recently" adds no second one
_RECENTLY_GRADE = re.compile(r"\b(?:most|as)\s+$", re.IGNORECASE)
_TIME_NEXT = re.compile(
    rf"\s+(?:as\s+)?(?:(?:in|on|during|at)\s+)?(?:(?:last|this|next|early|late|mid)[\s-]+)?(?:{MONTH_STRICT}|{WEEKDAY}|"
    r"(?:1[6-9]|20)\d\d\b|today\b|yesterday\b|(?:week|month|year|spring|summer|fall|autumn|winter)\b)",
    re.IGNORECASE,
)
_DEICTIC_DAYS = {"today": 0, "yesterday": -1, "tomorrow": 1, "tonight": 0}
_REL_STEP = {
    "last": -1, "past": -1, "previous": -1, "preceding": -1, "prior": -1, "this": 0, "current": 0,
    "present": 0, "same": 0, "next": 1, "coming": 1, "following": 1, "upcoming": 1,
}  # fmt: skip


# A lowercase word after "<owner>'s future" that is not a preposition, conjunction, verb or particle:
# the noun "future" modifies ("the company's future earning power"), so "future" is an adjective.
_NOUN_NEXT = re.compile(
    r"\s+(?!(?:of|in|on|at|for|to|with|from|by|as|and|or|but|that|which|who|is|was|are|were|will|would|may|might|"
    r"can|could|should|must|has|had|have|looks?|looked|seems?|seemed|remains?|remained|lies|lay|depends?|depended|"
    r"hangs?|hung|rests?|away|now|still|too|also|again|itself|there|here|than|into|after|before|if|so|then|under|"
    r"over|without|within|beyond|ahead|looking|appears?|appeared|became|becomes|did|does|do|holds?|held|brings?|"
    r"brought|looms?|loomed)\b)[a-z]+\b"
)


# "the future of the alliance", "the future looks bleak": the prospects (fate) of something, not a
# time; "worried about the future", "in the future", "the future that awaits him" stay FUTURE_REF
_PROSPECTS_AFTER = re.compile(r"\s+(?:of\b|(?:looks?|looked|seems?|seemed|appears?|appeared)\b)", re.IGNORECASE)


def _ref(m: re.Match[str], ctx: Ctx) -> Spec | None:
    key = " ".join(m.group("x").lower().split())
    if key == "the future" and _PROSPECTS_AFTER.match(ctx.text, m.end()):
        return None
    if key == "current" and not re.match(r"\s+[a-z]", ctx.text[m.end() :]):
        return None  # "current" as an adjective before a noun ("the current talks") only
    if key == "recently" and _RECENTLY_GRADE.search(ctx.before(m.start(), 6)) and _TIME_NEXT.match(ctx.text, m.end()):
        return None
    if key in ("current", "currently") and _THEN_BEFORE.search(ctx.before(m.start(), 8)):
        return Spec("DATE", value="PAST_REF", basis="relative")  # "the then current price": current back then
    if key == "future" and not re.search(r"['’]s\s+$", ctx.before(m.start(), 4)):
        return None  # bare "future" counts only as a noun after a possessive ("the boy's future")
    if key == "future" and _NOUN_NEXT.match(ctx.text, m.end()):
        return None  # "the firm's future earnings", "its future flagship": an adjective before a noun
    if key == "the foreseeable future":
        return None  # "for the foreseeable future": an idiom for "indefinitely", no time is referred to
    if key in ("soon", "shortly") and (_RELATIONAL_SOON.match(ctx.text, m.end()) or _AS_SOON.search(ctx.before(m.start(), 6))):
        return None
    if key == "soon" and (_PAST_SOON_BEFORE.search(ctx.before(m.start(), 8)) or _PAST_SOON_AFTER.match(ctx.text, m.end())):
        return None
    return Spec("DATE", value=_REF[key], basis="relative")


# Nouns for a population, a society or an age: after "today's"/"tomorrow's" they mean the
# present (or coming) times in general ("today's youth", "the people of tomorrow" is not a date either).
_GENERIC_TODAY = re.compile(
    r"['’]s\s+(?:(?:young|modern|typical|average)\s+)?(?:youth|young|world|society|societies|generations?|children|kids|"
    r"teenagers|adults|parents|families|women|men|people|students|workers|consumers|voters|culture|technology|"
    r"standards|dollars|personal\s+computers|computers|economy|businesses|companies)\b"
)


def _deictic(m: re.Match[str], ctx: Ctx) -> Spec | None:
    """"today", "yesterday morning", "last night", "this afternoon", "the day before yesterday"."""
    word = m.group("w").lower()
    pod = (m.group("pod") or "").lower()
    if word in ("today", "tomorrow") and not pod and _GENERIC_TODAY.match(ctx.text, m.end()):
        return None  # "today's youth", "tomorrow's world": the present / future age, not a day
    if word == "tomorrow" and re.search(r"\bthe\s+[a-z]+\s+of\s+$", ctx.before(m.start(), 30)):
        return None  # "the people of tomorrow", "the cars of tomorrow": the future in general
    if word == "overnight" and not pod:
        # "shares fell on overnight losses in New York": the night before the day the paragraph
        # (else the story) is at, as for "a day earlier"; a story filed Monday about Friday's
        # trading means Thursday night, not Sunday night
        def night_before(a: date) -> str:
            return f"{(a - timedelta(days=1)).isoformat()}TNI"

        return Spec("TIME", resolve=night_before, granularity="time", from_previous=night_before, local=True, coarse_falls_back=True)
    if word == "last night" or word == "overnight":
        days, pod = -1, "night"
    elif word.startswith("this"):
        days = 0
    elif word.startswith("the day before"):
        days = -2
    elif word.startswith("the day after"):
        days = 2
    else:
        days = _DEICTIC_DAYS[word]
    if word == "tonight":
        pod = "night"
    if pod:
        code = PART_OF_DAY[pod]
        return Spec("TIME", resolve=lambda a: f"{(a + timedelta(days=days)).isoformat()}T{code}", granularity="time")
    return Spec("DATE", resolve=lambda a: (a + timedelta(days=days)).isoformat(), granularity="day")


def _mid_pod(m: re.Match[str], ctx: Ctx) -> Spec | None:
    """"by mid-afternoon", "at mid-morning yesterday": that part of the anchor day (or of yesterday)."""
    days = {"yesterday": -1, "today": 0}[(m.group("w") or "today").lower()]
    code = PART_OF_DAY[m.group("pod").lower()]
    return Spec("TIME", resolve=lambda a: f"{(a + timedelta(days=days)).isoformat()}T{code}", granularity="time")


def _weekday(m: re.Match[str], ctx: Ctx) -> Spec | None:
    """"Wednesday", "last Friday", "next Monday", "Friday night": the nearest such day."""
    wd_s = m.group("wd")
    if not wd_s[:1].isupper():
        return None
    wd = cal.weekday_number(wd_s)
    rel_word = (m.group("rel") or "").lower()
    rel = {"previous": "last", "preceding": "last", "following": "next"}.get(rel_word, rel_word)
    future = rel in ("next", "coming") or (rel != "last" and (ctx.deadline(m.start(), m.end()) or ctx.future(m.start(), m.end())))
    if not future and not rel and ctx.tense_hints and _SCHEDULE_VERB.search(ctx.before(m.start(), 30)):
        future = True  # "Arafat and Netanyahu meet separately Monday": a present-tense schedule
    if future and not rel and _DONE_ACT.match(ctx.text, m.end()) and not _AWAITED.search(ctx.before(m.start(), 20)):
        future = False  # "would try to get around Wednesday's ruling": the ruling has been made
    strict = rel in ("last", "next")
    pod = (m.group("pod") or "").lower()
    shared = None if rel or pod else _SHARED_PLURAL.match(ctx.text, m.end())
    if shared is not None and shared.group("wd")[:1].isupper():
        # "on Monday and Tuesday nights", "Saturday and Sundays": the plural head is shared, every one recurs
        code = PART_OF_DAY.get((shared.group("pod") or "").lower())
        return Spec("SET", value=f"XXXX-WXX-{wd + 1}" + (f"T{code}" if code else ""))

    def resolve(anchor: date) -> str | None:
        start = anchor + timedelta(days=(1 if future else -1)) if strict else anchor
        d = cal.nearest_weekday(start, wd, future=future)
        return d.isoformat() + (f"T{PART_OF_DAY[pod]}" if pod else "")

    # "the previous Friday", "the following Monday": the one before/after the day the text is at
    # ("following"/"preceding" count only after "the": "following Monday's vote" is a preposition)
    from_previous = resolve if m.group("the") and rel_word in ("previous", "preceding", "following") else None
    return Spec("TIME" if pod else "DATE", resolve=resolve, granularity="time" if pod else "day", from_previous=from_previous)


def _month_alone(m: re.Match[str], ctx: Ctx) -> Spec | None:
    """"in February", "last April", "late November": that month in the nearest past year."""
    mon_s = m.group("mon")
    if not mon_s[:1].isupper():
        return None
    rel = (m.group("rel") or "").lower()
    edge = m.group("edge")
    if mon_s.lower() in ("may", "march") and not (
        rel
        or edge
        or re.search(r"\b(?:in|since|until|by|of|from|during|through|before|after|early|late|mid|last|next|this)\s+$", ctx.before(m.start()))
        or (_DETERMINER_BEFORE.search(ctx.before(m.start(), 8)) and _LOWER_NOUN_AFTER.match(ctx.text, m.end()))
    ):
        return None  # "May" and "March" are also a verb and a noun
    month = cal.month_number(mon_s)
    mode = {"next": "future", "last": "past"}.get(rel) or ctx.mode(m.start(), m.end())
    if mode == "auto" and ctx.past_action(m.start(), m.end()):
        mode = "past"  # "captured the town in January": a past-tense verb before a bare month means the last one
    future = mode == "future"

    def resolve(anchor: date) -> str | None:
        probe = anchor
        if rel in ("last", "next"):  # "last April" skips the current month
            # "last February" written in March is not the month just ended (that one is "last
            # month"): it skips the preceding month of the same year too and means the February a
            # year before; "last December" written in January is the December just ended
            probe = cal.add_months(anchor.replace(day=1), 1 if future else (-2 if anchor.month > 1 else -1))
            probe = probe if future else cal.last_day(probe.year, probe.month)
        elif rel == "this":
            return f"{anchor.year:04d}-{month:02d}"
        d = cal.pick_occurrence(probe, month, None, mode=mode)
        return cal.month_value(d) if d else None

    return Spec("DATE", resolve=resolve, granularity="month")


def _month_rel_year(m: re.Match[str], ctx: Ctx) -> Spec | None:
    """"January this year", "in June last year", "March 3 next year", "in March of last year": that month
    (day) in that year."""
    mon_s = m.group("mon")
    if not mon_s[:1].isupper():
        return None
    month, step = cal.month_number(mon_s), _REL_STEP[m.group("rel").lower()]
    day = int(re.sub(r"\D", "", m.group("d"))) if m.group("d") else None
    if day is not None and not cal.valid_day(2000, month, day):
        return None

    def resolve(anchor: date) -> str | None:
        year = anchor.year + step
        if day is None:
            return f"{year:04d}-{month:02d}"
        return date(year, month, day).isoformat() if cal.valid_day(year, month, day) else None

    return Spec("DATE", resolve=resolve, granularity="month" if day is None else "day")


_PERIOD_BEFORE = re.compile(r"\b(?:quarter|period)\s+$")
_PERIOD_AFTER = re.compile(r"['’]s\s+(?:(?:comparable|corresponding|same)\s+)?(?:quarter|period)\b", re.IGNORECASE)


# "this quarter's loss", "this quarter's results": figures, which exist for a quarter reported on
_RESULTS_AFTER = re.compile(
    r"['’]s\s+(?:(?:net|operating|pretax|pre-tax|reported)\s+)?(?:results|earnings|profits?|loss(?:es)?|net|income|revenues?|sales)\b",
    re.IGNORECASE,
)


def _unit_rel(m: re.Match[str], ctx: Ctx) -> Spec | None:
    """"last year", "earlier this month", "at the beginning of next week", "the past year"."""
    rel = " ".join(m.group("rel").lower().split())
    rel = "last" if rel == "this past" else rel
    unit = unit_name(m.group("unit"))
    if m.group("the") and rel in ("following", "previous", "preceding") and unit in ("week", "month", "year"):
        return None  # "the following year": relative to the story's time, the anaphor rule's job
    if m.group("the") and rel in ("past", "last") and not m.group("edge"):
        return Spec("DURATION", value=cal.duration_value(1, unit))  # "the past year" is a stretch of time
    step = _REL_STEP[rel]
    if unit == "year" and step < 0 and (_PERIOD_BEFORE.search(ctx.before(m.start(), 30)) or _PERIOD_AFTER.match(ctx.text, m.end())):
        # "the corresponding period last year", "last year's quarter": the quarter under discussion, a year back
        return Spec("DATE", resolve=lambda a: previous_quarter(a, -step), granularity="quarter", topic_quarter=-step)

    def resolve(anchor: date) -> str | None:
        moved = cal.shift(anchor, step, unit) if unit != "century" else anchor.replace(year=anchor.year + 100 * step)
        return cal.value_at(moved, unit) if moved else None

    if unit == "quarter" and rel == "this" and _RESULTS_AFTER.match(ctx.text, m.end()) and not ctx.future(m.start(), m.end()):
        # "This quarter's loss includes charges" in a report on the quarter just ended: that
        # quarter (a finished quarter under discussion), else the anchor's, as before
        return Spec("DATE", resolve=resolve, granularity=unit, topic_quarter=0, finished=True)
    return Spec("DATE", resolve=resolve, granularity=unit)


def _rel_season(m: re.Match[str], ctx: Ctx) -> Spec | None:
    rel = " ".join((m.group("rel") or "this").lower().split())
    code = cal.SEASONS[m.group("s").lower()]
    if rel == "this past":  # the latest one that has ended: "this past spring" said in October is this year's
        return Spec("DATE", resolve=lambda a: f"{cal.last_finished_season(a, code):04d}-{code}", granularity="season")
    step = _REL_STEP.get(rel, 0)
    return Spec("DATE", resolve=lambda a: f"{a.year + step:04d}-{code}", granularity="season")


def _ago(m: re.Match[str], ctx: Ctx) -> Spec | None:
    """"two years ago", "a week earlier", "three months later", "days ago" (-> PAST_REF)."""
    unit = unit_name(m.group("unit"))
    word = m.group("dir").lower()
    sign = 1 if word in ("later", "from now", "hence", "after", "on") else -1
    if unit in cal.TIME_UNITS and word in ("later", "earlier"):
        return None  # "an hour later": the duration (the date rule has no finer step than a day)
    n = parse_number(m.group("n")) if m.group("n") else None
    if n is not None and (m.group("half") or m.group("half2")):
        n += 0.5
    if n is not None and not float(n).is_integer() and unit in cal.SUBUNIT:
        unit, factor = cal.SUBUNIT[unit]  # "a year and a half ago": 18 months back
        n *= factor
    if n is None or not float(n).is_integer():
        if word in ("ago", "from now", "hence"):
            return Spec("DATE", value="PAST_REF" if sign < 0 else "FUTURE_REF", basis="relative")
        return None
    amount = int(n) * sign
    if unit == "year" and sign < 0 and quarterly_context(ctx, m.start()):
        # "profit rose from $3 million a year earlier" in a quarterly report: the same quarter then
        return Spec("DATE", resolve=lambda a: previous_quarter(a, -amount), granularity="quarter", topic_quarter=-amount)

    def resolve(anchor: date) -> str | None:
        moved = cal.shift(anchor, amount, unit)
        if moved is None:
            return None
        return cal.value_at(moved, "day" if unit in ("hour", "minute", "second") else unit)

    # "arrived a day earlier": from the day the paragraph is at, not from the document date
    # ("two days earlier than planned" names its own reference and keeps the anchor)
    local = word in ("earlier", "later") and not _THAN.match(ctx.text, m.end())
    return Spec("DATE", resolve=resolve, granularity=unit, offset=(float(abs(amount)), unit, sign),
                from_previous=resolve if local else None, local=local, forward=local and sign > 0)


_THAN = re.compile(r"\s+than\b", re.IGNORECASE)
# "the day before," / "the day after.": a bare one, ending its clause; "the day before the vote"
# is anchored on an event and "the day before March 3" is joined with its date (engine.combine)
_DAY_AROUND_END = re.compile(r"\s*(?:[,.;:)!?\u2014]|-{1,2}\s|$)")


def _day_around(m: re.Match[str], ctx: Ctx) -> Spec | None:
    """"Guterres had arrived the day before.": one day off the day the paragraph is at."""
    if not _DAY_AROUND_END.match(ctx.text, m.end()):
        return None
    step = 1 if m.group("d").lower() == "after" else -1

    def resolve(anchor: date) -> str | None:
        return (anchor + timedelta(days=step)).isoformat()

    return Spec("DATE", resolve=resolve, granularity="day", from_previous=resolve, local=True)


_QUARTER_ENDED = re.compile(rf"\s+(?:ended|ending|through|to)\s+(?P<mon>{MONTH_STRICT})\s*(?P<d>{DAY})\b(?:,?\s+(?P<y>{YEAR})\b)?", re.IGNORECASE)


def _quarter_ended(m: re.Match[str], ctx: Ctx) -> Spec | None:
    """"the quarter ended Sept. 30": the calendar quarter holding most of the three months to that day.

    A fiscal quarter ending July 31 (May-July) is mostly the second calendar quarter.
    """
    month, day = cal.month_number(m.group("mon")), int(re.sub(r"\D", "", m.group("d")))
    if not cal.valid_day(2000, month, day):
        return None
    y = m.group("y")

    def value(end: date) -> str:
        return cal.quarter_value(end - timedelta(days=45))

    if y:
        return Spec("DATE", value=value(date(int(y), month, day)), granularity="quarter") if cal.valid_day(int(y), month, day) else None

    def resolve(anchor: date) -> str | None:
        end = cal.pick_occurrence(anchor, month, day, mode="past")
        return value(end) if end else None

    return Spec("DATE", resolve=resolve, granularity="quarter")


def _quarter_in_sentence(ctx: Ctx, start: int, end: int) -> bool:
    left, right = sentence_window(ctx.text, start, end)
    return quarterly_context(ctx, start, lo=left, hi=right)


def _quarter_rel(m: re.Match[str], ctx: Ctx) -> Spec | None:
    """"the latest quarter", "the quarter": the last finished one in a past-tense clause."""
    rel = " ".join((m.group("rel") or m.group("rel2") or "").lower().split())
    back = rel in ("latest", "most recent", "past", "last", "previous")
    if not rel:
        back = ctx.past_marked(m.start(), m.end())

    ended = _QUARTER_ENDED.match(ctx.text, m.end())
    if ended and not (m.group("rel2") or rel in ("current", "past", "last", "previous")):
        return _quarter_ended(ended, ctx)

    def resolve(anchor: date) -> str | None:
        return cal.quarter_value(cal.add_months(anchor, -3) if back else anchor)

    # "the quarter", "the latest period", "that quarter": the one the text last named, if any
    topic = None if rel == "current" else 0
    return Spec(
        "DATE", resolve=resolve, granularity="quarter", topic_quarter=topic, finished=back and bool(rel),
        last_named=(m.group("det") or "").lower() == "that" and not rel,
    )


_N = rf"(?:{NUMBER}|{VAGUE})"
RULES: list[Rule] = [
    Rule(
        "ref",
        compile_rule(r"\b(?P<x>" + "|".join(sorted((re.escape(k).replace(r"\ ", r"\s+") for k in _REF_WORDS), key=len, reverse=True)) + r")\b"),
        _ref,
        -1,
    ),
    Rule(
        "deictic",
        compile_rule(
            r"\b(?P<w>today|yesterday|tomorrow|tonight|last\s+night|overnight|this(?=\s+(?:morning|afternoon|evening))|"
            r"the\s+day\s+(?:before\s+yesterday|after\s+tomorrow))(?:\s+(?P<pod>morning|afternoon|evening|night))?\b"
        ),
        _deictic,
        1,
    ),
    Rule(
        "mid_pod",
        compile_rule(r"\b(?:at|by|in|around|until|before|after|from)\s+(?P<x>mid[\s-]?(?P<pod>morning|afternoon)(?:\s+(?P<w>yesterday|today))?)\b"),
        _mid_pod,
        1,
    ),
    Rule(
        "weekday",
        compile_rule(rf"\b(?:(?P<the>the\s+)?(?P<rel>last|this|next|coming|past|previous|(?<=the\s)(?:preceding|following))\s+)?(?P<wd>{WEEKDAY})(?:\s+(?P<pod>morning|afternoon|evening|night))?(?:\b|(?<=\.))"),
        _weekday,
    ),
    Rule(
        "month_alone",
        compile_rule(rf"\b(?:(?P<rel>last|this|next)\s+|(?P<edge>{EDGE})[\s-]+)?(?P<mon>{MONTH_STRICT})(?:\b|(?<=\.))(?!\s*\d)"),
        _month_alone,
    ),
    Rule(
        "month_rel_year",
        compile_rule(rf"\b(?:{EDGE}[\s-]+)?(?P<mon>{MONTH_STRICT})(?:\s+(?P<d>{DAY}))?,?\s+(?:of\s+)?(?P<rel>this|last|next)\s+year\b"),
        _month_rel_year,
        2,
    ),
    Rule(
        "unit_rel",
        compile_rule(
            rf"\b(?:(?P<edge>{EDGE})[\s-]+)?(?:(?P<the>the)\s+)?(?P<rel>this\s+past|last|past|previous|preceding|prior|this|current|present|"
            r"next|coming|following|upcoming)\s+(?:fiscal\s+)?(?P<unit>week|weekend|month|year|decade|century|quarter)\b"
        ),
        _unit_rel,
        1,
    ),
    Rule("rel_season", compile_rule(rf"\b(?:(?P<rel>this\s+past|last|this|next|past)\s+)(?P<s>{SEASON})\b"), _rel_season),
    Rule(
        "ago",
        compile_rule(
            rf"\b(?:(?P<n>{_N})[\s-]*)?(?P<half>and[\s-]+a[\s-]+half[\s-]+)?(?P<unit>{UNIT_WORDS})(?P<half2>\s+and\s+a\s+half)?"
            r"(?:,?\s+or\s+so,?)?\s+(?P<dir>ago|earlier|later|from\s+now|hence)\b"  # "a week or so ago": about a week
        ),
        _ago,
        2,
    ),
    Rule("day_around", compile_rule(r"\bthe\s+day\s+(?P<d>before|after)\b(?!\s+(?:yesterday|tomorrow)\b)"), _day_around),
    Rule(
        "quarter_rel",
        compile_rule(r"\b(?P<det>the|this|that)\s+(?:(?P<rel>latest|most\s+recent|past|last|previous|current)\s+)?quarter\b(?!\s+of\b)|"
            r"\bthe\s+(?P<rel2>latest|most\s+recent)\s+period\b"),
        _quarter_rel,
    ),
]
