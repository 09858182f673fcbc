"""Rebuild paragraphs from scraped lines: join hard wraps, keep real breaks.

Scraped text comes in two layouts, sometimes mixed in one file: one paragraph
per line (with or without blank lines between), or prose hard-wrapped every
60-80 characters mid-sentence. Joining every line would glue headings onto
paragraphs; joining none would leave sentences broken. So the layout is
decided per file: a file is "wrapped" when several lines visibly continue on
the next one (the next line starts in lower case). In a wrapped file a line
is joined to the next unless it ends a sentence; in an unwrapped file only
where the continuation is unmistakable.
"""

from __future__ import annotations

import itertools
import re

# A line ending with one of these closes a sentence (or a heading/quote/list intro).
_TERMINAL = re.compile(r"""[.!?…:"”’)\]]\s*$""")
_CONTINUES = re.compile(r"[,;\-–—(/&]\s*$")
# Words a sentence cannot end on: a line ending with one continues on the next.
_FUNCTION_WORDS_TEXT = (
    "a an the of in on at to for from by with and or but nor than whose "
    "its his her their our your my into onto via although because whether"
)
FUNCTION_WORDS = frozenset(_FUNCTION_WORDS_TEXT.split())

# Wrapped when at least this many line pairs visibly continue and they are at
# least this share of adjacent pairs (2 and 10%: one stray lowercase start in a
# one-paragraph-per-line file must not flip the whole file).
MIN_WRAP_PAIRS = 2
MIN_WRAP_SHARE = 0.10


def is_wrapped(lines: list[str]) -> bool:
    """Does this file hard-wrap its paragraphs?"""
    pairs = cont = 0
    for a, b in itertools.pairwise(lines):
        if not a.strip() or not b.strip():
            continue
        pairs += 1
        if not _TERMINAL.search(a) and _starts_lower(b):
            cont += 1
    return cont >= MIN_WRAP_PAIRS and cont >= MIN_WRAP_SHARE * pairs


def join_lines(lines: list[str], *, wrapped: bool | None = None) -> list[str]:
    """Paragraphs from lines: blank lines always break; adjacent lines join when they continue."""
    if wrapped is None:
        wrapped = is_wrapped(lines)
    paragraphs: list[str] = []
    current = ""
    for line in lines:
        s = " ".join(line.split())
        if not s:
            if current:
                paragraphs.append(current)
            current = ""
            continue
        if current and _continues(current, s, wrapped=wrapped):
            current = _glue(current, s)
        else:
            if current:
                paragraphs.append(current)
            current = s
    if current:
        paragraphs.append(current)
    return paragraphs


def _continues(prev: str, nxt: str, *, wrapped: bool) -> bool:
    if _starts_lower(nxt) and not prev.endswith((".", "!", "?")):
        return True
    if _CONTINUES.search(prev):
        return True
    last = prev.rsplit(None, 1)[-1].lower().strip("\"“‘'(")
    if last in FUNCTION_WORDS:
        return True
    if wrapped:
        return not _TERMINAL.search(prev) or _starts_lower(nxt)
    return False


def _glue(prev: str, nxt: str) -> str:
    # "inter-\nnational" is a hyphenated break only when the next part is lower case.
    if prev.endswith("-") and not prev.endswith(" -") and _starts_lower(nxt):
        return prev[:-1] + nxt
    return prev + " " + nxt


def _starts_lower(s: str) -> bool:
    s = s.lstrip("\"“‘'(")
    return bool(s) and s[0].islower()
