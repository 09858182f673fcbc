"""Which way an under-specified date points: past or future, from the words around it.

"January 28" or "on Wednesday" name a day without a year or week; news
reports past happenings far more often than plans, so the default is the
nearest past one, and the nearest future one only when the clause says so
("will visit on January 28"). The cue nearest to the expression wins, which is
cheap (no parse) and handles "said he will travel on Friday".
"""

from __future__ import annotations

import re

_FUTURE = re.compile(
    r"\b(?:will|shall|won't|going\s+to|plans?\s+to|planning|planned|scheduled|slated|expected|"
    r"set\s+to|intends?\s+to|aims?\s+to|due\s+to\s+(?:visit|meet|hold|travel|arrive|begin|start|take)|"
    r"would|upcoming|forthcoming|next|tomorrow|coming|to\s+be\s+held|is\s+to|are\s+to)\b|'ll\b",
    re.IGNORECASE,
)
_PAST = re.compile(
    r"\b(?:was|were|had|did|said|told|ago|last|earlier|yesterday|met|held|went|came|took|made|"
    r"began|saw|gave|led|left|spoke|became|won|lost|fell|rose|sent|thought|brought|bought|sold|"
    r"paid|found|struck|hit|ran|flew|signed|since|former|previous|"
    r"(?!(?:expected|scheduled|planned|need|speed|indeed|proceed|hundred|united|based|red|bed)\b)"
    r"[a-z]{2,}ed)\b",
    re.IGNORECASE,
)
_BOUNDARY = re.compile(r"(?<=[a-z0-9)\"'”’])[.!?]+[\"'”’]?\s+(?=[A-Z\"“‘])|\n")

# How far to look around an expression for a sentence boundary; a bound on the work per
# expression (news sentences rarely exceed ~300 characters).
WINDOW = 300


def sentence_window(text: str, start: int, end: int) -> tuple[int, int]:
    """Character bounds of the sentence around [start, end) (approximate, no parse)."""
    lo = max(0, start - WINDOW)
    left = lo
    for m in _BOUNDARY.finditer(text, lo, start):
        left = m.end()
    right_m = _BOUNDARY.search(text, end, min(len(text), end + WINDOW))
    right = right_m.start() if right_m else min(len(text), end + WINDOW)
    return left, right


def tense_at(text: str, start: int, end: int) -> str | None:
    """"future", "past" or None for the clause around text[start:end], by the nearest cue."""
    left, right = sentence_window(text, start, end)
    best: tuple[int, str] | None = None
    for label, pattern in (("future", _FUTURE), ("past", _PAST)):
        for m in pattern.finditer(text, left, right):
            if start <= m.start() < end:
                continue  # words inside the expression itself ("last", "next") are not the tense
            dist = start - m.end() if m.end() <= start else m.start() - end
            # A cue before the expression governs it more often than one after it.
            dist = dist if m.end() <= start else dist + 15
            if best is None or dist < best[0]:
                best = (dist, label)
    return best[1] if best else None
