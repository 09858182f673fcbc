"""Scraped plain text -> clean body and metadata.

The order matters: the trailing list of other headlines is cut first (so no
date, name or signature is ever read from it), then the head of the article
(title, repeated title, byline, date line, counters; a short name line
between a byline and a date line is the outlet) is read line by line, then
the remaining lines are filtered (captions, prompts, stamps) and finally
hard wraps are joined into paragraphs. Removed lines become blank lines so
that removing one never glues its neighbours together.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from newsgraph.ingest import boilerplate as bp
from newsgraph.ingest.dates import parse_date_line
from newsgraph.ingest.outlets import interview_outlet, is_place, split_lead_prefix
from newsgraph.ingest.paragraphs import is_wrapped, join_lines
from newsgraph.ingest.record import Extracted
from newsgraph.ingest.scrub import cut_trailing_list, is_noise, scrub_lines

# The head of an article (title, deck, byline, date, counters) fits in its
# first 10 non-empty lines in every scraped layout we have seen; a date line
# further down is more likely a sidebar than the article's own.
HEAD_LINES = 10


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
    st.lines, outlet = cut_trailing_list(st.lines)
    st.outlet = st.outlet or outlet


def _read_head(st: _State) -> None:
    """Title, repeated title, byline, date line and counters in the first lines."""
    for i in _nonempty(st.lines)[:HEAD_LINES]:
        line = st.lines[i].strip()
        if st.title is None and _dateline_only(st, line):  # "NAIROBI, March 4 (AFP) -" above the title
            st.lines[i] = ""
            continue
        if st.title is None and st.author is None and i == _first(st.lines) and _is_title(line):
            st.title = line
            st.lines[i] = ""
            continue
        if st.title and _same(line, st.title):
            st.lines[i] = ""
        elif (by := bp.byline(line)) is not None and st.author is None:
            st.author = by[0]
            st.outlet = st.outlet or _byline_outlet(by[1])
            st.published = st.published or _date_in_byline(line)
            st.lines[i] = ""
            _outlet_after_byline(st, i)
        elif (date := parse_date_line(line) or _date_with_badges(line)) is not None:
            st.published = st.published or date
            st.lines[i] = ""
        elif st.author is None and (signed := _signed_line(st, i, line)) is not None:
            st.author, outlet, date = signed
            st.outlet = st.outlet or outlet
            st.published = st.published or date
            st.lines[i] = ""


def _dateline_only(st: _State, line: str) -> bool:
    """A wire dateline on a line of its own ("NAIROBI, March 4 (AFP) -"): its outlet and date, no title."""
    if not line.rstrip().endswith(("-", "–", "—", ":")):
        return False
    outlet, date, rest = split_lead_prefix(line)
    if rest or not (outlet or date):
        return False
    st.outlet = st.outlet or outlet
    st.published = st.published or date
    return True


def _date_with_badges(line: str) -> str | None:
    """"4 March 2025 | 5 min read", "Mar 4, 2025 · 1.2K views": a date beside counters only."""
    parts = bp.byline_parts(line)
    if len(parts) < 2:
        return None
    dates = [d for p in parts if (d := parse_date_line(p)) is not None]
    rest = [p for p in parts if parse_date_line(p) is None]
    if len(dates) != 1 or not all(_is_noise(p) or _section_label(p) or _CLOCK.fullmatch(p) for p in rest):
        return None
    return dates[0]


_CLOCK = re.compile(r"\d{1,2}[:.]\d{2}(?::\d{2})?\s*(?:[ap]\.?m\.?)?(?:\s*[A-Z]{2,5})?", re.I)  # "10:15 AM ET"


def _section_label(part: str) -> bool:
    """"World", "Middle East", "Politics": a section or region label, never a person."""
    words = part.split()
    return 1 <= len(words) <= 3 and (is_place(part) or any(w.lower() in _NOT_PERSON for w in words))


# Words of section labels, regions and outlet names that sit where a byline's name would ("World |
# March 4, 2025", "Middle East | ...", "Metro Desk | ..."): a line holding one names no author.
_NOT_PERSON = frozenset({
    "news", "world", "politics", "business", "economy", "opinion", "analysis", "comment", "sport", "sports",
    "culture", "tech", "technology", "science", "health", "environment", "video", "live", "latest", "features",
    "feature", "interview", "breaking", "local", "national", "international", "region", "editorial", "home",
    "east", "west", "north", "south", "central", "middle", "greater", "eastern", "western", "northern",
    "southern", "report", "desk", "team", "staff", "bureau", "service", "agency", "daily", "weekly", "times",
    "post", "today", "herald", "tribune", "journal", "gazette", "press", "media", "online", "network", "radio",
})


def _signed_line(st: _State, i: int, line: str) -> tuple[str, str | None, str | None] | None:
    """"Jane Doe | The Daily Post" under the title, with a date on it or on the next line: a byline
    without "By". The name must look like a person's (2-4 capitalised words, no section or place)."""
    parts = bp.byline_parts(line)
    if len(parts) < 2 or st.title is None:
        return None
    name = parts[0]
    words = name.split()
    if not 2 <= len(words) <= 4 or not bp.is_signature(name) or is_place(name) \
            or any(w.lower() in _NOT_PERSON for w in words):
        return None
    dates = [d for p in parts[1:] if (d := parse_date_line(p)) is not None]
    after = [j for j in _nonempty(st.lines) if j > i][:1]
    next_date = parse_date_line(st.lines[after[0]].strip()) if after else None
    if not dates and next_date is None:
        return None
    outlet = next((p for p in parts[1:] if parse_date_line(p) is None and bp.is_signature(p)
                   and not _JOB.search(p)), None)
    return name, outlet, dates[0] if dates else None


# "By Jane Doe, Staff Writer": the part after the name is her job, not the outlet.
_JOB = re.compile(r"\b(?:writer|correspondent|editor|reporter|staff|contributor|columnist|analyst|bureau)s?\b", re.I)


def _byline_outlet(org: str | None) -> str | None:
    return org if org and not _JOB.search(org) and parse_date_line(org) is None else None


def _date_in_byline(line: str) -> str | None:
    """The date of a one-line head "By Jane Doe / Outlet / Sunday, March 3, 2024"."""
    for part in bp.byline_parts(line)[1:]:
        if (date := parse_date_line(part)) is not None:
            return date
    return None


def _outlet_after_byline(st: _State, i: int) -> None:
    """Byline, then a short name line, then a date line: the name line is the outlet.

    A name line with no date after it may be a deck or the first words of the
    story, so it is left alone.
    """
    after = [j for j in _nonempty(st.lines) if j > i][:2]
    if len(after) < 2 or st.outlet:
        return
    name, next_line = st.lines[after[0]].strip(), st.lines[after[1]].strip()
    if not bp.is_signature(name) or parse_date_line(name) is not None or bp.byline(name):
        return
    if parse_date_line(next_line) is None or is_place(name):
        return
    st.outlet = name
    st.lines[after[0]] = ""


def _is_title(line: str) -> bool:
    return bp.looks_like_headline(line) and not _is_noise(line) and not bp.byline(line)


def _first(lines: list[str]) -> int:
    """Index of the first line that is not menu/counter noise."""
    for i in _nonempty(lines):
        if not _is_noise(lines[i]):
            return i
    return -1


def _is_noise(line: str) -> bool:
    return is_noise(line)


def _filter_lines(st: _State) -> None:
    """Blank out boilerplate lines anywhere; captions move to st.captions."""
    out = scrub_lines(st.lines)
    st.lines = out.lines
    st.captions.extend(out.captions)
    st.outlet = st.outlet or out.outlet
    st.author = st.author or out.reporter


def _same(a: str, b: str) -> bool:
    def key(s: str) -> str:
        return re.sub(r"\W+", " ", s).strip().casefold()

    return key(a) == key(b)
