"""Which way an under-specified date points: past or future, from the words around it.

"January 28" or "on Wednesday" name a day without a year or week; news
reports past happenings far more often than plans, so the default is the
nearest past one, and the nearest future one only when the clause says so
("will visit on January 28"). The cue nearest to the expression wins, which is
cheap (no parse) and handles "said he will travel on Friday".
"""

from __future__ import annotations

import re

# "next" is no future cue in "the next day" (a narrative's following day: "recalled its envoy the next day
# and, early on January 18, hit back").
_FUTURE = re.compile(
    r"\b(?:will|shall|won't|going\s+to|plans?\s+to|planning|planned|scheduled|slated|expected|"
    r"set\s+to|intends?\s+to|aims?\s+to|due\s+to\s+(?:visit|meet|hold|travel|arrive|begin|start|take)|"
    r"would|upcoming|forthcoming|next(?!\s+(?:to|day|morning|afternoon|evening|night)\b)|tomorrow|coming(?!\s+(?:from|out|under|in)\b)|to\s+be\s+held|is\s+to|are\s+to|"
    r"as\s+(?:soon|early)\s+as)\b|'ll\b",
    re.IGNORECASE,
)
_PAST = re.compile(
    r"\b(?:was|were|had|did|said|told|ago|last|earlier|yesterday|met|held|went|came|took|made|"
    r"began|saw|gave|led|left|spoke|became|won|lost|fell|rose|sent|thought|brought|bought|sold|"
    r"paid|found|struck|hit|ran|flew|signed|since|former|previous|"
    r"(?!(?:expected|scheduled|planned|hundred|united|based|red|bed|need|speed|indeed|feed|seed|breed|(?:suc|ex|pro)ceed)\b)"
    r"[a-z]{2,}ed)\b",
    re.IGNORECASE,
)
# A present tense after "before", "until" or "once" tells what is still to come ("it came before he flies
# to Washington on Monday", "until the envoy returns on Friday"); "before he was", "before it has" do not.
_FUTURE_CLAUSE = re.compile(
    r"\b(?:before|until|once)\s+(?:he|she|it|they|we|[A-Z][a-z]+)\s+"
    r"(?!(?:was|is|has|does|says|his|its|this|thus|as|us)\b)[a-z]{2,}(?<!s)s\b"
)
# Future cues in the present tense: after the expression only these count ("planned", "would"
# after it are as often a past plan: "On Friday, the government planned to pay").
_PRESENT_FUTURE = re.compile(r"will\b|shall\b|'ll\b|going\s+to\b|plans\s+to\b|intends\s+to\b|aims\s+to\b|is\s+to\b|are\s+to\b", re.IGNORECASE)
# Past cues that place the clause itself in the past (used to pick the year of "January 28").
_STRONG_PAST = frozenset(
    ["ago", "last", "earlier", "yesterday", "did", "met", "held", "went", "came", "took", "began", "saw", "gave", "led", "left", "spoke", "became", "won", "lost", "fell", "rose", "sent", "brought", "bought", "sold", "paid", "found", "struck", "flew", "signed"]
)
_BOUNDARY = re.compile(r"(?<=[a-z0-9)\"'”’])[.!?]+[\"'”’]?\s+(?=[A-Z\"“‘])|\n")

# Where a new clause starts: its tense cues are its own ("hoped she would bring aid to the
# countries, where the Aug. 7 blasts killed 257": "would" does not reach "Aug. 7").
_CLAUSE = re.compile(
    r"[;:]\s*|\s[-–—]+\s|,\s+(?:where|which|who|whom|whose|while|whereas|although|though|but)\b|"
    r"\b(?:when|where|whereas|unless|because)\b",
    re.IGNORECASE,
)
# How far to look around an expression for a sentence boundary; a bound on the work per
# expression (news sentences rarely exceed ~300 characters).
WINDOW = 300


def sentence_window(text: str, start: int, end: int) -> tuple[int, int]:
    """Character bounds of the sentence around [start, end) (approximate, no parse)."""
    lo = max(0, start - WINDOW)
    left = lo
    for m in _BOUNDARY.finditer(text, lo, start):
        if not _abbreviation(text, m.start()):
            left = m.end()
    right = min(len(text), end + WINDOW)
    for m in _BOUNDARY.finditer(text, end, right):
        if not _abbreviation(text, m.start()):
            right = m.start()
            break
    return left, right


# Words ending in a period that do not end a sentence ("4 a.m. EDT", "Mr. Macron", "Gen. Smith").
_ABBREVIATIONS = frozenset(
    ["a.m", "p.m", "mr", "mrs", "ms", "dr", "gen", "sen", "rep", "gov", "lt", "col", "capt", "sgt", "st", "jr", "sr", "inc", "corp", "co", "ltd", "no", "u.s", "u.n", "jan", "feb", "aug", "sept", "sep", "oct", "nov", "dec", "vs"]
)
_WORD_BEFORE = re.compile(r"([A-Za-z.]+)$")


def _abbreviation(text: str, dot: int) -> bool:
    m = _WORD_BEFORE.search(text, max(0, dot - 8), dot)
    return m is not None and m.group(1).lower().strip(".") in _ABBREVIATIONS


PLUPERFECT = re.compile(r"\bhad\s+(?!to\b)", re.IGNORECASE)
# "as planned", "as originally scheduled", "as previously expected": the plan word compares
_AS_PLANNED = re.compile(r"\bas\s+(?:(?:previously|originally|earlier|initially|first)\s+)?$", re.IGNORECASE)
_PLAN_WORDS = frozenset(["planned", "scheduled", "expected"])
_PASSIVE_AUX = re.compile(r"\b(?:be|been|being|is|are|am|get|gets)\s+$", re.IGNORECASE)


def _cues(text: str, left: int, right: int, start: int, end: int, *, weak_past: bool = True) -> list[tuple[int, str]]:
    """(position, label) of tense cues in text[left:right], outside the expression itself."""
    out = []
    for label, pattern in (("future", _FUTURE), ("future", _FUTURE_CLAUSE), ("past", _PAST)):
        for m in pattern.finditer(text, left, right):
            if start <= m.start() < end:
                continue  # "last", "next" inside the expression are not the clause's tense
            word = m.group(0).lower()
            if label == "past" and not weak_past and word not in _STRONG_PAST:
                continue  # "-ed" words, copulas and reporting verbs often frame a plan ("was extended to Nov. 16")
            if label == "past" and _PASSIVE_AUX.search(text, max(0, m.start() - 8), m.start()):
                continue  # "will be named": a participle after "be" says nothing about the time
            if label == "future" and _AS_PLANNED.search(text, max(0, m.start() - 24), m.start()) and word in _PLAN_WORDS:
                continue  # "began as previously planned Saturday night": a comparison with the plan, no tense
            out.append((m.start(), label))
    return out


def tense_at(text: str, start: int, end: int, *, weak_past: bool = True) -> str | None:
    """"future", "past" or None for the clause around text[start:end].

    The nearest cue *before* the expression decides ("said he will travel on
    Friday" -> future; "said on Friday that he will" -> past). With no cue
    before it, only a past cue after it counts: "Friday, officials said".
    """
    left, right = sentence_window(text, start, end)
    outer, last = left, None
    for m in _CLAUSE.finditer(text, left, start):
        left, last = m.end(), m
    cues = _cues(text, left, right, start, end, weak_past=weak_past)
    if not cues and last is not None and last.group(0).strip().lower() == "when":
        # "is expected to come up when the leaders gather in Djibouti on Sunday": a "when" clause with no
        # tense of its own happens when the clause it hangs on says (a plan, so the coming Sunday)
        main = _cues(text, outer, last.start(), start, end, weak_past=weak_past)
        if main and max(main)[1] == "future":
            return "future"
    before = [c for c in cues if c[0] < start]
    if before:
        pos, label = max(before)
        if label == "future" and PLUPERFECT.search(text, left, pos):
            return None  # "had been scheduled to expire at midnight Friday": a plan made in the past, either way
        return label
    after = [c for c in cues if c[0] >= end]
    if after and min(after)[1] == "past":
        return "past"
    if after and _PRESENT_FUTURE.match(text, min(after)[0]):
        return "future"  # "On Tuesday, the league plans to hold a news conference"
    return None


# Verbs that report speech or thought: their tense is the telling's, not the reported event's
# ("said it will release results in mid-November", "told oil companies of a cut in September").
_REPORTING = frozenset(
    ["said", "told", "added", "announced", "reported", "stated", "noted", "explained", "claimed", "confirmed", "disclosed", "revealed", "indicated", "warned", "predicted", "estimated", "argued", "insisted", "suggested", "agreed", "decided", "hoped", "expected", "wanted", "asked", "urged", "promised", "vowed", "pledged", "threatened", "proposed", "recommended"]
)
# "to" + a verb: an action not yet done when the clause's verb happened ("decided to admit them in
# March", "placed orders to start trading for November"); "to the north", "to investors" are prepositions.
_INFINITIVE = re.compile(
    r"\bto\s+(?!(?:the|a|an|his|her|its|their|our|my|your|this|that|these|those|him|them|us|me|it|be\s+\w+ed\s+by|"
    r"about|around|over|under|almost|nearly|more|less|date|\d)\b)[a-z]+\b"
)
# An "-ed" word after these is an adjective, not a verb ("a still unspecified date", "the expanded plan").
_MODIFIER_BEFORE = re.compile(r"\b(?:a|an|the|still|yet|as|so|very|more|most|newly|recently|previously|its|their|his|her|our)\s+$", re.IGNORECASE)


def past_action(text: str, start: int, end: int) -> bool:
    """Does a past-tense verb in the clause govern text[start:end]?

    True for "captured the town in January" (the nearest cue before the expression is a past
    verb that did something); False when that cue reports speech ("said ... in January"), is an
    adjective ("a still unspecified date in January"), or an infinitive stands between it and the
    expression ("decided to admit them in March"): those leave the expression's direction open.
    """
    left, right = sentence_window(text, start, end)
    for m in _CLAUSE.finditer(text, left, start):
        left = m.end()
    for m in _CLAUSE.finditer(text, end, right):
        right = m.start()
        break
    cues = _cues(text, left, right, start, end)
    before = [c for c in cues if c[0] < start]
    after = [c for c in cues if c[0] >= end]
    if before:
        pos, label = max(before)
    elif after:  # "In January, a bombing killed two": a fronted date and the verb after it
        pos, label = min(after)
    else:
        return False
    if label != "past":
        return False
    word = _PAST.match(text, pos)
    if word is None or word.group(0).lower() in _REPORTING:
        return False
    if word.group(0).lower().endswith("ed") and _MODIFIER_BEFORE.search(text, max(0, pos - 14), pos):
        return False
    lo, hi = (word.end(), start) if pos < start else (end, pos)
    return _INFINITIVE.search(text, lo, hi) is None

