"""Can two event reports be one happening, and how strong is the evidence that they are?

``compatible`` says "nothing forbids it"; ``evidence`` says "something shows
it". Both are needed for a merge (see resolve/events.py): two visits between
the same two countries are compatible but are not the same visit unless a
date, a named person or a shared named thing ties them together.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date

from newsgraph.model import EventMention, TimeExpression

SYMMETRIC_TYPES = ("CONSULT", "AGREE", "COOPERATE")
MONTHS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
_MONTH_RE = re.compile(r"\b(" + "|".join(MONTHS) + r")[a-z]*\.?\b", re.IGNORECASE)


@dataclass
class Report:
    doc: str
    idx: int
    m: EventMention
    src: set[str] = field(default_factory=set)  # entity ids
    tgt: set[str] = field(default_factory=set)
    persons: set[str] = field(default_factory=set)
    person_country: dict[str, str | None] = field(default_factory=dict)  # person entity id -> country
    src_c: set[str] = field(default_factory=set)  # countries
    tgt_c: set[str] = field(default_factory=set)
    place: str | None = None
    place_c: str | None = None
    place_kind: str | None = None  # the place entity's type (GPE, LOC, FAC ...)
    date: str | None = None  # TIMEX value (2025-07-31, 2025-07, 2025 ...)
    latest: str | None = None  # latest date the document can report as past
    context: set[str] = field(default_factory=set)  # other named things the sentence mentions
    month: str | None = None  # "07" for an unanchored "in July" (no year known, value null)
    # values of the date expressions in the evidence sentence ("" for one with no value: "in July"
    # in an undated article); a clock time alone ("at midnight") is not among them
    sentence_dates: tuple[str, ...] = ()
    tgt_places: frozenset[str] = frozenset()  # target entities that are towns, regions or sites, not countries
    pair_ref: bool = False  # a party named only as "the two governments", "both leaders" (see events._imply_pair)
    # 0-6 for an unanchored "on Monday" (an article without a date) and the days it can name: the
    # week before the days the article can have been written in, when its content bounds them
    weekday: int | None = None
    weekday_window: tuple[str, str] | None = None

    def signature(self) -> tuple[object, ...]:
        """Everything ``compatible`` and ``evidence`` read: two reports with one signature are
        interchangeable for both (a syndicated copy, the same sentence in a hundred articles)."""
        m = self.m
        return (m.type, m.modality, m.mode, m.ordinal, self.date, self.month, self.latest, self.place,
                self.place_c, frozenset(self.src_c), frozenset(self.tgt_c), frozenset(self.src),
                frozenset(self.tgt), frozenset(self.persons), frozenset(self.person_country.items()),
                frozenset(self.context), self.tgt_places, self.sentence_dates, self.weekday,
                self.weekday_window)


def unanchored_month(time: TimeExpression | None) -> str | None:
    """The month an undated report names ("in July" in an article without a date), as "07"; else None.

    Such an expression has no value (its year is unknown), but it still rules out
    other months and agrees with a July report dated elsewhere.
    """
    if time is None or time.value or time.granularity not in ("month", "day"):
        return None
    found = _MONTH_RE.search(time.text or "")
    if found is None or (found.group(1).lower() == "may" and found.group(0) != "May"):
        return None  # lower-case "may" is the modal verb
    return f"{MONTHS.index(found.group(1).lower()) + 1:02d}"


WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_WEEKDAY_RE = re.compile(r"\b(" + "|".join(WEEKDAYS) + r")\b", re.IGNORECASE)


def unanchored_weekday(time: TimeExpression | None) -> int | None:
    """The weekday an undated report names ("on Monday" in an article without a date), 0 for Monday;
    else None. Its day is unknown, but a report dated elsewhere to a Monday fits it, and only 1 in 7 does."""
    if time is None or time.value:
        return None
    found = _WEEKDAY_RE.search(time.text or "")
    return WEEKDAYS.index(found.group(1).lower()) if found else None


def day_weekday(value: str | None) -> int | None:
    """The weekday of a day value ("2025-04-07" -> 0), None for a month, a year or nothing."""
    if not value or len(value) < 10:
        return None
    try:
        return date.fromisoformat(value[:10]).weekday()
    except ValueError:
        return None


_DAY_RE = re.compile(r"\b([0-3]?\d)(?:st|nd|rd|th)?\b")


def unanchored_day(time: TimeExpression | None) -> str | None:
    """The month and day an undated report names ("on April 22" with no year anywhere), as "04-22"."""
    month = unanchored_month(time)
    if month is None or time is None or time.granularity != "day":
        return None
    found = _DAY_RE.search(time.text or "")
    return f"{month}-{int(found.group(1)):02d}" if found and 1 <= int(found.group(1)) <= 31 else None


def months_agree(a: Report, b: Report) -> bool:
    """An unanchored month conflicts with another month, named or dated; an unanchored day ("on June 17"
    with no year anywhere) with a day of that month more than one day away ("2024-06-19": not the same
    visit)."""
    ma = a.month or (a.date[5:7] if a.date and len(a.date) >= 7 else None)
    mb = b.month or (b.date[5:7] if b.date and len(b.date) >= 7 else None)
    if not (a.month or b.month) or not ma or not mb:
        return True
    if ma != mb:
        return False
    da = unanchored_day(a.m.time) if a.month else (a.date[5:10] if a.date and len(a.date) == 10 else None)
    db = unanchored_day(b.m.time) if b.month else (b.date[5:10] if b.date and len(b.date) == 10 else None)
    # one day apart is one happening told by two clocks or two reporting habits ("reopened on June 7" /
    # "on Tuesday, June 6"); further apart in the same month, two happenings
    return not da or not db or abs(int(da[3:5]) - int(db[3:5])) <= 1


def dates_agree(a: str | None, b: str | None) -> bool:
    """Unknown agrees with anything; "2025-07" agrees with "2025-07-31"; "2025-07" conflicts with "2025-01"."""
    return not a or not b or a.startswith(b) or b.startswith(a)


def _after(value: str, latest: str | None) -> bool:
    """True when an event dated ``value`` cannot have been reported as past by a document of ``latest``."""
    return latest is not None and value[: len(latest)] > latest[: len(value)]


# Acts aimed at a place, where other places mean other acts: taking Goma is not taking Bukavu.
PLACE_AIMED_TYPES = ("COERCE", "ASSAULT")


def participants_clash(a: Report, b: Report) -> bool:
    if a.m.type in PLACE_AIMED_TYPES and a.tgt_places and b.tgt_places and a.tgt_places != b.tgt_places:
        return True  # and "captured Goma and Bukavu" sums up two acts: it is neither one alone
    pa, pb = a.src_c | a.tgt_c, b.src_c | b.tgt_c
    if pa and pb and not (pa <= pb or pb <= pa) and not one_side_each(a, b):
        return True
    if a.m.type not in SYMMETRIC_TYPES and a.src_c and b.src_c and not (a.src_c & b.src_c):
        return True
    return _persons_clash(a, b)


def one_sided(r: Report) -> bool:
    """The report names who acted or whom it was done to, not both, and is dated to the day."""
    return bool(r.date) and len(r.date or "") == 10 and bool(r.src_c) != bool(r.tgt_c)


def one_side_each(a: Report, b: Report) -> bool:
    """One report names only who acted, the other only whom it was done to, on the same day and not
    the same country: "X's forces arrested a gendarme on December 8" and "the Y citizen was detained
    on 8 December" tell one act from its two ends. Not for consultations and agreements, whose sides
    are interchangeable anyway."""
    if a.m.type in SYMMETRIC_TYPES or not (one_sided(a) and one_sided(b)) or a.date != b.date:
        return False
    doer, done_to = (a, b) if a.src_c else (b, a)
    return bool(doer.src_c and done_to.tgt_c and not done_to.src_c and not doer.src_c & done_to.tgt_c)


def _persons_clash(a: Report, b: Report) -> bool:
    """Named people differ: a call with X is not a call with Y, even by the same caller."""
    if a.m.type in SYMMETRIC_TYPES:  # roles may be swapped; a name split by entity resolution must not split events
        return _side_clash(a, b)
    sa, sb = a.src & a.persons, b.src & b.persons
    ta, tb = a.tgt & a.persons, b.tgt & b.persons
    return bool((sa and sb and not sa & sb) or (ta and tb and not ta & tb))


def _side_clash(a: Report, b: Report) -> bool:
    """Both reports name someone from the same side, and nobody in common there.

    "The minister met his counterpart" reported once with the visitor's name and
    once with the host's is one meeting; a meeting with the crown prince and
    one with the foreign minister of the same country are two. A person whose
    country is unknown takes no side.
    """
    def sides(r: Report) -> dict[str, set[str]]:
        out: dict[str, set[str]] = {}
        for p in r.persons:
            c = r.person_country.get(p)
            if c:  # a person of unknown country decides nothing
                out.setdefault(c, set()).add(p)
        return out

    sa, sb = sides(a), sides(b)
    return any(side in sb and not people & sb[side] for side, people in sa.items())


def _sentence_months_clash(a: Report, b: Report) -> bool:
    """An undated report whose sentence is dated only in other months than the other report's: "lost
    a thumb on Monday [June 17] after guards rammed the boats" is no ramming "in August". The
    sentence's dates are no date of the act (it may be an earlier one), but they say when the
    sentence is. A definite report ("the visit ..., the first since December") points back to a
    happening told before, and its sentence's dates are usually other things': it is left out."""
    if a.date or a.month or not (b.date or b.month) or a.m.definite or a.doc == b.doc:
        return False
    months = {v[:7] for v in a.sentence_dates if len(v) >= 7 and v[:4].isdigit()}
    if not months:
        return False
    if b.date and len(b.date) >= 7:
        return not any(dates_agree(m, b.date[:7]) for m in months)
    return bool(b.month) and all(m[5:7] != b.month for m in months)


# Modes one act is reported in whichever verb a report uses: a person "seized" by police is arrested.
TAKING_MODES = frozenset({"arrest", "seize"})


def _one_taking(a: Report, b: Report) -> bool:
    """"police arrested X" and "police broke in and seized X": the same person taken (a shared named
    person among the two reports' parties)."""
    return {a.m.mode, b.m.mode} <= TAKING_MODES and bool(a.persons & b.persons)


def compatible(a: Report, b: Report) -> bool:
    """Nothing in the two reports says they are different happenings."""
    if a.m.type != b.m.type or (a.m.modality != b.m.modality and not _told_for_one_day(a, b)):
        return False
    if a.m.mode and b.m.mode and a.m.mode != b.m.mode and not _one_taking(a, b):
        return False
    if "phone" in (a.m.mode, b.m.mode) and (a.place_c or b.place_c):
        return False  # a call has no venue; a report with one is a meeting
    if a.m.ordinal and b.m.ordinal and a.m.ordinal != b.m.ordinal:
        return False
    if a.doc == b.doc and (a.m.ordinal == "previous") != (b.m.ordinal == "previous"):
        return False  # "an earlier call" in the article about a call is another call
    if not dates_agree(a.date, b.date) or not months_agree(a, b):
        return False
    if _sentence_months_clash(a, b) or _sentence_months_clash(b, a):
        return False
    if a.m.modality == "asserted" and ((a.date and _after(a.date, b.latest)) or (b.date and _after(b.date, a.latest))):
        return False
    if a.place_c and b.place_c and a.place_c != b.place_c:
        return False
    return not participants_clash(a, b)


# Modalities of one happening told before and after it: announced ("will visit on May 3"), reported
# ("reportedly met"), and told as done.
_ONE_DAY_MODALITIES = frozenset({"asserted", "planned", "hedged"})


def _told_for_one_day(a: Report, b: Report) -> bool:
    """A visit announced for May 3 in one article and told as done on May 3 in another is one visit:
    reports whose modalities differ only in when they were told agree when both name the same day."""
    return {a.m.modality, b.m.modality} <= _ONE_DAY_MODALITIES and bool(a.date) and len(a.date or "") == 10 \
        and a.date == b.date


def _names_month(r: Report) -> bool:
    """The report says which month: an unanchored "in March", or a date of month precision or finer
    (a bare "in 2021" agrees with March but is no evidence of it)."""
    return bool(r.month) or bool(r.date and len(r.date) >= 7)


def _same_weekday(a: Report, b: Report) -> bool:
    """``a`` names a weekday without a date and ``b`` is dated to a day of that weekday, within the
    week before the days ``a``'s article can have been written in (a Wednesday months away is
    another Wednesday)."""
    if a.weekday is None or a.date or a.weekday_window is None or day_weekday(b.date) != a.weekday:
        return False
    lo, hi = a.weekday_window
    return lo <= (b.date or "")[:10] <= hi


def evidence(a: Report, b: Report) -> float:
    """Positive evidence of identity: agreeing precise dates, shared persons, shared named things."""
    score = 0.0
    if a.date and b.date and dates_agree(a.date, b.date) and min(len(a.date), len(b.date)) >= 7:
        score += 2.0
    elif (a.month or b.month) and months_agree(a, b) and _names_month(a) and _names_month(b):
        score += 1.0 if (a.date or b.date) else 0.5  # same month, year unknown on one side: weaker
    elif _same_weekday(a, b) or _same_weekday(b, a):
        score += 1.0  # "on Monday" (no date known) beside a report dated to a Monday
    shared = len(a.persons & b.persons)
    score += shared if shared > 1 else 0.5 * shared  # one shared leader alone is weak: leaders act often
    if a.m.type not in SYMMETRIC_TYPES[:1] and a.context & b.context:
        score += 1.0
    if score and a.place and a.place == b.place:
        score += 0.5
    return score
