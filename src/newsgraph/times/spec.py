"""What a rule says about a match: its TIMEX3 type and how to get its value.

A value is either fixed by the text ("May 20, 2025") or a function of the
anchor day (the document date) for relative expressions. Keeping the function
rather than a value is what lets the engine resolve one expression against
both ends of an uncertain document-date interval and keep it only when they agree.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date

from newsgraph.times.tense import past_action, sentence_window, tense_at

# A preposition right before a yearless date that fixes its direction: deadlines look ahead,
# "since" and "ended" look back.
_LEAD_IN = re.compile(
    r"\b(?P<w>since|ended|until|till|through|by|effective|due)\s+"
    r"(?:(?:early|late|mid)[\s-]*|the\s+(?:end|middle|start|beginning)\s+of\s+)?$"
)

# "until 9 a.m. Tuesday", "by Friday", "postponed until Tuesday morning": a deadline, which looks ahead.
_DEADLINE = re.compile(
    r"\b(?:until|till|by|through|deadline\s+(?:of|is))\s+(?:(?:\d{1,2}(?:[:.]\d\d)?\s*[ap]\.?m\.?|noon|midnight)"
    r"(?:\s+[a-z]{2,4}t)?,?\s+)?(?:(?:on|next|this)\s+)?$"
)
_DEADLINE_AFTER = re.compile(r"\s+(?:deadline|target\s+date|due\s+date|expiry|expiration)\b", re.IGNORECASE)
_GRANT_TIME = re.compile(r"\b(?:gave|given|giv(?:es|ing)|extend(?:s|ed|ing)?|postpon(?:e|es|ed|ing)|delay(?:s|ed|ing)?)\b", re.IGNORECASE)
_PLUPERFECT = re.compile(r"\bhad\b(?!\s+to\b)", re.IGNORECASE)

Resolver = Callable[[date], "str | None"]


# Anaphor unit of "that June": the step is the month's number, the year the previous mention's.
MONTH_OF_YEAR = "month_of_year"


@dataclass(frozen=True)
class Spec:
    type: str  # DATE | TIME | DURATION | SET
    value: str | None = None  # fixed by the text
    resolve: Resolver | None = None  # needs the anchor day
    granularity: str | None = None
    basis: str | None = None  # overrides the default (explicit when fixed, relative when resolved)
    offset: tuple[float, str, int] | None = None  # (amount, unit, +1/-1) for "N units after/before"
    anaphor: tuple[str, int] | None = None  # (unit, step): "that year" (year, 0), "the next day" (day, 1)
    clock: str | None = None  # "T10:30" for clock times, to join with a neighbouring date
    # Years back from the quarter the text last named ("the quarter" 0, "a year earlier" in an
    # earnings report 1); ``resolve`` is the fallback when no quarter was named shortly before.
    topic_quarter: int | None = None
    # "the latest quarter": the topic quarter counts only if it has ended by the anchor (an
    # earnings report that looks ahead to "fourth-quarter results" still reports the third).
    finished: bool = False
    # "that quarter": the quarter named last, even when it is not the one the report is about.
    last_named: bool = False
    # "the following Monday", "the previous Friday": computed from the day of the previous dated
    # expression when there is one (``resolve``, against the anchor, is the fallback).
    from_previous: Resolver | None = None
    # "a day earlier", "two weeks later", "the day before" (no anchor of their own): like
    # ``from_previous`` but only from a dated expression earlier in the same paragraph; without
    # one, from the story's day (the first day the text names outside a dateline), else ``resolve``.
    local: bool = False
    # With ``local``: it counts forward ("three days later"), moving a narrative on, so a dated
    # expression in the paragraph just before counts too (a paragraph may open with the next step).
    forward: bool = False
    # With ``local``: when the paragraph's last dated expression is coarser than a day ("this
    # week ... overnight"), count from the story's day or the anchor instead of giving no value.
    coarse_falls_back: bool = False
    # A part-of-day code ("MO") added to the day an ``anaphor`` resolves to ("in the morning").
    pod: str | None = None


@dataclass
class Ctx:
    """Read-only context a rule handler may consult (the whole text, tense switch)."""

    text: str
    tense_hints: bool = True
    _tense: dict[tuple[int, int], str | None] = field(default_factory=dict)

    def future(self, start: int, end: int) -> bool:
        """True when the clause around text[start:end] points forward in time."""
        if not self.tense_hints:
            return False
        key = (start, end)
        if key not in self._tense:
            self._tense[key] = tense_at(self.text, start, end)
        return self._tense[key] == "future"

    def mode(self, start: int, end: int) -> str:
        """How to pick a yearless day or month: "future" or "past" on a clear cue, else "auto".

        "ahead" (a deadline: "until May", "by Jan. 14") takes the next one unless it is
        more than half a year away (a deadline just passed).

        Only unambiguous past cues count here ("was", "took", "ago"); "-ed" words
        are too often participles of plans ("extended to Nov. 16").
        """
        if not self.tense_hints:
            return "past"
        lead = _LEAD_IN.search(self.before(start, 40))
        if lead:  # "since March", "the year ended Jan. 31" / "until May", "effective Feb. 1"
            return "past" if lead.group("w") in ("since", "ended") else "ahead"
        if _DEADLINE_AFTER.match(self.text, end):
            return "ahead"  # "the Jan. 14 deadline"
        if self.before(start, 4).endswith("to ") and self.extended(start):
            return "ahead"  # "would extend its bid, due to expire last Thursday, to Nov. 6"
        strong = tense_at(self.text, start, end, weak_past=False)
        if strong == "future" and self.past_marked(start, end):
            return "auto"  # "will begin ... since he was rescued in late November": the nearer past cue
        if strong is not None:
            return strong
        return "future" if self.future(start, end) else "auto"

    def deadline(self, start: int, end: int) -> bool:
        """"until Tuesday", "by 9 a.m. Friday" in a clause without a clear past cue."""
        if not self.tense_hints or not _DEADLINE.search(self.before(start, 40)):
            return False
        left, right = sentence_window(self.text, start, end)
        if _PLUPERFECT.search(self.text, left, right):
            return False  # "had filed reports by Wednesday", "until Thursday they had not"
        if _GRANT_TIME.search(self.text, left, start):
            return True  # "gave them until Tuesday", "extended the deadline to Friday"
        return tense_at(self.text, start, end, weak_past=False) != "past"

    def extended(self, start: int) -> bool:
        """Is there a verb that grants time ("extended", "postponed") earlier in the sentence?"""
        left, _right = sentence_window(self.text, start, start)
        return _GRANT_TIME.search(self.text, left, start) is not None and not _PLUPERFECT.search(self.text, left, start)

    def past_marked(self, start: int, end: int) -> bool:
        if not self.tense_hints:
            return False
        self.future(start, end)
        return self._tense.get((start, end)) == "past"

    def past_action(self, start: int, end: int) -> bool:
        """A past verb that did something governs the expression ("captured the town in January")."""
        return self.tense_hints and past_action(self.text, start, end)

    def before(self, pos: int, n: int = 24) -> str:
        """Lower-cased text just before ``pos`` (to check a preposition such as "in May")."""
        return self.text[max(0, pos - n) : pos].lower()


Handler = Callable[[re.Match[str], Ctx], "Spec | None"]


@dataclass(frozen=True)
class Rule:
    """One compiled pattern and its handler. The span is group ``x`` when the pattern has one."""

    name: str
    pattern: re.Pattern[str]
    handler: Handler
    priority: int = 0  # breaks ties between equally long matches (higher wins)
