"""Scraped plain text -> clean body and metadata.

The order matters: the trailing list of other headlines is cut first (so no
date, name or signature is ever read from it), then the head of the article
(title, repeated title, byline, date line, counters) is read line by line,
then the remaining lines are filtered (captions, prompts, stamps) and
finally hard wraps are joined into paragraphs. Removed lines become blank
lines so that removing one never glues its neighbours together.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from newsgraph.ingest import boilerplate as bp
from newsgraph.ingest.dates import parse_date_line
from newsgraph.ingest.outlets import interview_outlet, split_lead_prefix
from newsgraph.ingest.paragraphs import is_wrapped, join_lines
from newsgraph.ingest.record import Extracted

# The head of an article (title, deck, byline, date, counters) fits in its
# first 10 non-empty lines in every scraped layout we have seen; a date line
# further down is more likely a sidebar than the article's own.
HEAD_LINES = 10
# A trailing list is other headlines: no line in it is a paragraph of prose.
MAX_TRAIL_LINE_WORDS = 40


@dataclass
class _State:
    lines: list[str]
    title: str | None = None
    author: str | None = None
    outlet: str | None = None
    published: str | None = None
    captions: list[str] = field(default_factory=list)


def clean_plain_text(raw: str) -> Extracted:
    """Clean one scraped article; see the module docstring for the order of the steps."""
    st = _State(lines=[_norm_line(x) for x in raw.splitlines()])
    _cut_trailing_list(st)
    _read_head(st)
    _filter_lines(st)
    paragraphs = join_lines(st.lines, wrapped=is_wrapped(st.lines))
    if paragraphs:
        outlet, date, rest = split_lead_prefix(paragraphs[0])
        if rest != paragraphs[0]:
            paragraphs[0] = rest
        st.outlet = st.outlet or outlet
        st.published = st.published or date
    text = "\n\n".join(paragraphs)
    outlet = st.outlet or interview_outlet(text)
    return Extracted(
        text=text,
        title=st.title,
        outlet=outlet,
        author=st.author,
        published=st.published,
        published_basis="text" if st.published else "unknown",
        captions=st.captions,
    )


def _norm_line(line: str) -> str:
    return line.replace("\u00a0", " ").replace("\u200b", "").rstrip()


def _nonempty(lines: list[str]) -> list[int]:
    return [i for i, x in enumerate(lines) if x.strip()]


def _cut_trailing_list(st: _State) -> None:
    """Drop a trailing "Latest news / Related / Read more" list and all after it.

    A short standalone name just above the list (after a sentence-ending
    line) is the outlet signing off; it names the outlet and is dropped too.
    """
    idx = _nonempty(st.lines)
    for pos, i in enumerate(idx):
        if pos < 3 or not bp.is_trail_header(st.lines[i]):
            continue
        after = [st.lines[j] for j in idx[pos + 1 :]]
        if any(len(x.split()) > MAX_TRAIL_LINE_WORDS for x in after):
            continue
        st.lines = st.lines[:i]
        _take_signature(st, idx[pos - 1], idx[pos - 2] if pos >= 2 else None)
        return


def _take_signature(st: _State, i: int, before: int | None) -> None:
    line = st.lines[i]
    prev_ok = before is None or st.lines[before].rstrip().endswith((".", "!", "?", "”", '"'))
    if prev_ok and bp.is_signature(line) and not parse_date_line(line):
        st.outlet = line.strip()
        st.lines[i] = ""


def _read_head(st: _State) -> None:
    """Title, repeated title, byline, date line and counters in the first lines."""
    for i in _nonempty(st.lines)[:HEAD_LINES]:
        line = st.lines[i].strip()
        if st.title is None and st.author is None and i == _first(st.lines):
            if bp.looks_like_headline(line) and not _is_noise(line) and not bp.byline(line):
                st.title = line
                st.lines[i] = ""
                continue
        if st.title and _same(line, st.title):
            st.lines[i] = ""
        elif (by := bp.byline(line)) is not None and st.author is None:
            st.author = by[0]
            st.lines[i] = ""
        elif (date := parse_date_line(line)) is not None:
            st.published = st.published or date
            st.lines[i] = ""


def _first(lines: list[str]) -> int:
    """Index of the first line that is not menu/counter noise."""
    for i in _nonempty(lines):
        if not _is_noise(lines[i]):
            return i
    return -1


def _is_noise(line: str) -> bool:
    return bp.is_counter(line) or bp.is_relative_stamp(line) or bp.is_menu(line) or bp.is_prompt(line)


def _filter_lines(st: _State) -> None:
    """Blank out boilerplate lines anywhere; captions move to st.captions."""
    for i, raw in enumerate(st.lines):
        line = raw.strip()
        if not line:
            continue
        if _is_noise(line):
            st.lines[i] = ""
        elif bp.is_caption(line):
            st.captions.append(line)
            st.lines[i] = ""
        elif (name := bp.source_line(line)) is not None:
            st.outlet = st.outlet or name
            st.lines[i] = ""


def _same(a: str, b: str) -> bool:
    def key(s: str) -> str:
        return re.sub(r"\W+", " ", s).strip().casefold()

    return key(a) == key(b)
