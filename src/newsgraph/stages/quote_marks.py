"""Find quoted spans by their marks: straight, curly and guillemet quotes, in scraped text.

Scraped news mixes mark styles ("...” is common after a CMS converts only one
side), quotes run across hard line wraps, and a quote that goes on for several
paragraphs leaves its paragraph unclosed and reopens the next one. This module
only pairs marks; deciding whether a span is speech, and whose, is done later.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

OPENERS = "“„«‟"
CLOSERS = "”»"
STRAIGHT = '"'
# Longest quote we accept without a closing mark before giving up (characters).
# Set well above the longest multi-sentence quote paragraphs seen in news
# (~1,200 characters); a stray mark must not swallow the rest of the article.
MAX_QUOTE_CHARS = 2000

_PARA_BREAK = re.compile(r"\n\s*\n")
# Every character ``_kind`` can call a mark: a scan for these finds the few positions worth
# classifying instead of calling ``_kind`` on each character of the text.
_MARK_CHAR = re.compile("[" + re.escape(OPENERS + CLOSERS + STRAIGHT) + "]")


@dataclass(frozen=True)
class QuoteSpan:
    """One quoted stretch: ``mark_start``/``mark_end`` include the marks, ``start``/``end`` do not."""

    mark_start: int
    mark_end: int
    start: int
    end: int
    closed: bool = True  # False when the quote ran to a paragraph end without a closing mark


def _kind(text: str, i: int) -> str | None:
    """'open', 'close', 'either' or None for the mark at ``i``."""
    ch = text[i]
    if ch in OPENERS:
        # an opening mark typed for a closing one, glued to the words before it and followed
        # by a space ('"Not yet,“ he said'): it closes
        glued = i > 0 and (text[i - 1].isalnum() or text[i - 1] in ".,!?;")
        return "close" if glued and (i + 1 == len(text) or text[i + 1].isspace()) else "open"
    if ch in CLOSERS:
        # a closing mark typed at the start of a line before a word opens a quote ("”Fear. I ...")
        at_line_start = i == 0 or text[i - 1] == "\n"
        return "open" if at_line_start and i + 1 < len(text) and text[i + 1].isalnum() else "close"
    if ch != STRAIGHT:
        return None
    before = text[i - 1] if i > 0 else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    opens = before.isspace() or before in "([{—–-/:" or before in OPENERS
    closes = after.isspace() or after in ".,;:!?)]}—–-" or after in CLOSERS
    if opens and not closes:
        return "open"
    if closes and not opens:
        return "close"
    return "either"


def _paragraph_ends(text: str) -> list[int]:
    return [m.start() for m in _PARA_BREAK.finditer(text)] + [len(text)]


def _next_para_end(ends: list[int], pos: int) -> int:
    """End of the paragraph holding ``pos`` (``ends`` always holds the text length last)."""
    return next(e for e in ends if e >= pos)


def _trimmed(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def find_quote_spans(text: str) -> list[QuoteSpan]:
    """Pair quote marks into spans, in text order; nested quotes are left inside their outer quote."""
    marks = [(i, k) for m in _MARK_CHAR.finditer(text) if (k := _kind(text, i := m.start())) is not None]
    ends = _paragraph_ends(text)
    spans: list[QuoteSpan] = []
    open_at: int | None = None
    for i, kind in marks:
        if open_at is not None:
            para_end = _next_para_end(ends, open_at)
            if i > para_end or i - open_at > MAX_QUOTE_CHARS:
                # Unclosed at the paragraph end: a multi-paragraph quote when this
                # paragraph's quote reopens in the next one, else a stray mark.
                if kind in ("open", "either") and i - open_at <= MAX_QUOTE_CHARS and _only_space(text, para_end, i):
                    spans.append(_span(text, open_at, para_end, closed=False))
                open_at = None
        if open_at is None:
            if kind in ("open", "either"):
                open_at = i
            continue
        if kind in ("close", "either"):
            spans.append(_span(text, open_at, i + 1, closed=True))
            open_at = None
        # a second opener while open: an apostrophe-like stray or nested quote; keep the outer one
    return [s for s in spans if s.end > s.start]


def _only_space(text: str, a: int, b: int) -> bool:
    return text[a:b].strip() == ""


def _span(text: str, mark_start: int, mark_end: int, *, closed: bool) -> QuoteSpan:
    inner_start = mark_start + 1
    inner_end = mark_end - 1 if closed else mark_end
    start, end = _trimmed(text, inner_start, inner_end)
    # "...," he said: the comma belongs to the framing sentence, not to the words quoted.
    while end > start and text[end - 1] in ",;:":
        end -= 1
    return QuoteSpan(mark_start, mark_end, start, end, closed)


def quote_text(text: str, span: QuoteSpan) -> str:
    """The quoted words with hard line wraps joined (offsets still point at the raw text)."""
    return " ".join(text[span.start : span.end].split())
