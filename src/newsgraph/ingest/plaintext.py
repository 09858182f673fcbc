"""Scraped plain text -> clean body and metadata.

The order matters: the trailing list of other headlines is cut first (so no
date, name or signature is ever read from it), then a masthead above the
headline is taken as the outlet and everything above the headline (menus,
consent banners, section labels) is dropped, then the head of the article
(title, repeated title, byline or desk line such as "Outlet Staff", date
line, counters; a short name line between a byline and a date line is the
outlet) is read line by line, then
the remaining lines are filtered (captions, prompts, stamps) and finally
hard wraps are joined into paragraphs. Removed lines become blank lines so
that removing one never glues its neighbours together.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from newsgraph.ingest import boilerplate as bp
from newsgraph.ingest.dates import is_date_line, month_day, parse_date_line, split_source_tail, with_year
from newsgraph.ingest.outlets import interview_outlet, is_major_place, is_place, split_lead_prefix
from newsgraph.ingest.paragraphs import is_wrapped, join_lines
from newsgraph.ingest.record import Extracted
from newsgraph.ingest.scrub import cut_inline_lists, cut_trailing_list, is_noise, scrub_lines

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
    footer: list[str] = field(default_factory=list)  # the last lines as scraped, before any cut
    byline_seen: bool = False  # a byline was read, even one naming a desk rather than a person


def clean_plain_text(raw: str) -> Extracted:
    """Clean one scraped article; see the module docstring for the order of the steps."""
    st = _State(lines=[_norm_line(x) for x in raw.splitlines()])
    st.footer = [st.lines[i].strip() for i in _nonempty(st.lines)[-FOOTER_LINES:]]
    _cut_trailing_list(st)
    _read_masthead(st)
    _read_head(st)
    _filter_lines(st)
    paragraphs = join_lines(st.lines, wrapped=is_wrapped(st.lines))
    if paragraphs:
        outlet, date, rest = split_lead_prefix(paragraphs[0])
        if rest != paragraphs[0]:
            st.published = st.published or _dateline_with_footer_year(st, paragraphs[0])
            paragraphs[0] = rest
        st.outlet = st.outlet or outlet
        st.published = st.published or date
    text = "\n\n".join(paragraphs)
    outlet = st.outlet or interview_outlet(text) or _copyright_holder(st)
    return Extracted(
        text=text,
        title=st.title,
        outlet=outlet,
        author=None if _names_outlet(st.author, outlet, st) else st.author,
        published=st.published,
        published_basis="text" if st.published else "unknown",
        captions=st.captions,
    )


def _names_outlet(author: str | None, outlet: str | None, st: _State) -> bool:
    """"Reporting by Vell Courier; editing by ...": a credit or byline naming the outlet itself (or the
    copyright holder of its footer) names no writer."""
    if not author:
        return False
    return _key(author) in {_key(outlet or "")} | set(_footer_names(st))


def _norm_line(line: str) -> str:
    return line.replace("\u00a0", " ").replace("\u200b", "").rstrip()


def _nonempty(lines: list[str]) -> list[int]:
    return [i for i, x in enumerate(lines) if x.strip()]


def _cut_trailing_list(st: _State) -> None:
    """Cut the list of other headlines; the last lines above it join the footer, since a long list
    ("MORE FROM ..." with its items) can push the copyright notice out of the page's last lines."""
    before = len(_nonempty(st.lines))
    st.lines, outlet = cut_trailing_list(st.lines)
    st.outlet = st.outlet or outlet
    kept = _nonempty(st.lines)
    if len(kept) < before:
        st.footer = [st.lines[i].strip() for i in kept[-FOOTER_LINES:]] + st.footer
    st.lines = cut_inline_lists(st.lines)  # "Related: A | B" inside the body (the footer is read as scraped)


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
            for j in _nonempty(st.lines[:i]):  # the section label above it ("WORLD NEWS") leaves the body too
                if _section_line(st.lines[j]):
                    st.lines[j] = ""
            continue
        if st.title and _same(line, st.title):
            st.lines[i] = ""
        elif not st.byline_seen and (bp.desk_byline(line) or bp.desk_line(line) or _outlet_desk(line, st.outlet)):
            # "By the desk", "X Staff", "<Outlet> Digital"
            st.byline_seen = True
            st.lines[i] = ""
        elif (by := bp.byline(line)) is not None and st.author is None and not st.byline_seen:
            st.byline_seen = True
            st.author = None if bp.is_desk_name(by[0]) else by[0]
            st.outlet = st.outlet or _byline_outlet(by[1])
            st.published = st.published or _date_in_byline(line)
            st.lines[i] = ""
            _outlet_after_byline(st, i)
        elif (date := parse_date_line(line) or _date_with_badges(line)) is not None:
            st.published = st.published or date
            st.outlet = st.outlet or _source_after_date(line)  # "Jan 14, 2026 (Outlet)"
            st.lines[i] = ""
        elif (row := bp.meta_row(line)) is not None:  # "Jane Doe, Defence Editor · 24 February 2025 · 1,907 reads"
            if row[0] and st.author is None and not st.byline_seen:
                st.author, st.byline_seen = row[0], True
            st.published = st.published or row[1]
            st.lines[i] = ""
        elif st.author is None and not st.byline_seen and (signed := _signed_line(st, i, line)) is not None:
            st.author, outlet, date = signed
            st.outlet = st.outlet or outlet
            st.published = st.published or date
            st.lines[i] = ""


# A copyright footer sits in the last few lines of a scrape.
FOOTER_LINES = 6
# A masthead is a name, maybe with a short tagline ("Outlet | World News", "OUTLET — English edition").
MAX_MASTHEAD_WORDS = 6
MAX_TAGLINE_WORDS = 3
# ... and a longer motto after a name of two words or more written in capitals
MAX_CAPS_TAGLINE_WORDS = 7
_MASTHEAD_SEP = re.compile(r"\s+[|—–]\s+|\s+-\s+")


def _read_masthead(st: _State) -> None:
    """A site name above the headline is the outlet, not the title; the headline is further down.

    Scrapes often start with the masthead, then menus, a consent banner and a
    section label ("NATIONAL", "World / Africa"), then the headline right above
    the byline or date line. The first line is a masthead when the copyright
    footer names it (maybe without an edition word: "DAILY STAR ONLINE" over
    "(c) Daily Star"), or it is a name followed by its own section menu, or a
    short all-capitals name, or a name with a short capitalised tagline, with a
    menu or banner under it; and only when a headline follows it in the head.
    A first line that is itself a menu may still open with the masthead (see
    _masthead_on_menu). An acronym followed by its spelled-out name ("ABC | Alpha Beta Courier")
    gives the spelled-out name. Everything above that headline is page
    furniture and leaves the body; a date line among it is still read.
    """
    head = _nonempty(st.lines)[:HEAD_LINES]
    first = _first(st.lines)
    footer_names = _footer_names(st)
    name: str | None = None
    if head and (menu_name := _masthead_on_menu(st.lines[head[0]].strip(), footer_names)) is not None:
        first, name = head[0], menu_name  # "Outlet | World | Africa | Sport": a menu line, yet the masthead
    elif first < 0 or first not in head:
        return
    else:
        name = _masthead_name(st.lines[first].strip(), footer_names) or _name_over_menu(st, first) \
            or _name_over_breadcrumb(st, first)
    if name is None:
        return
    title_at = _headline_below(st, [i for i in head if i > first], name)
    if title_at is None:
        return
    between = [i for i in head if first < i < title_at]
    holder = _footer_holder(name, st)
    own_menu = _section_menu([p.strip() for p in _MASTHEAD_SEP.split(st.lines[first].strip())[1:]])
    menu_above = any(bp.is_menu(st.lines[i]) for i in head if i < first)  # the site's menu, then its name
    if holder is None and not own_menu and not menu_above and not any(
            _is_noise(st.lines[i]) or _section_path(st.lines[i].strip()) for i in between):
        return  # unconfirmed by a footer and no menu, breadcrumb or banner under it: maybe an all-capitals headline
    st.outlet = st.outlet or holder or _footer_casing(name, st.footer)
    st.title = st.lines[title_at].strip()
    for i in between:  # a date line above the headline ("Posted: 4 March 2025") is still the page's date
        st.published = st.published or parse_date_line(st.lines[i].strip()) or _date_with_badges(st.lines[i])
    for i in range(title_at + 1):
        st.lines[i] = ""


# "Outlet Digital", "Outlet News Team": the outlet's name and at most this many words more.
MAX_DESK_EXTRA_WORDS = 2


def _outlet_desk(line: str, outlet: str | None) -> bool:
    """"Vell Courier Digital" under a "Vell Courier" masthead: the outlet's own name with a word or two
    more signs the piece for a desk, it is neither the headline nor a person's byline."""
    if not outlet or not bp.is_signature(line):
        return False
    key, own = _key(line), _key(outlet)
    extra = len(key.split()) - len(own.split())
    return key.startswith(own + " ") and 0 < extra <= MAX_DESK_EXTRA_WORDS


def _name_over_menu(st: _State, first: int) -> str | None:
    """"Vell Courier" over "Menu  News  Region  Opinion  Video": a short name line right above a
    navigation bar is the site's masthead (a share bar under a headline is no menu)."""
    line = st.lines[first].strip()
    below = [i for i in _nonempty(st.lines) if i > first][:1]
    if not below or not bp.is_signature(line) or len(line.split()) > MAX_MASTHEAD_WORDS or is_major_place(line):
        return None
    nxt = st.lines[below[0]].strip()
    return line if bp.is_menu(nxt) and not bp.is_widget_line(nxt) else None


def _name_over_breadcrumb(st: _State, first: int) -> str | None:
    """"Vell Courier" over "World > Europe" and the headline: a short name line right above a breadcrumb
    is the site's masthead when the page's last lines name it too ("Vell Courier, the news division of
    ..."); a kicker or topic label over a breadcrumb is not repeated in the footer."""
    line = st.lines[first].strip()
    below = [i for i in _nonempty(st.lines) if i > first][:1]
    if not below or not bp.is_signature(line) or len(line.split()) > MAX_MASTHEAD_WORDS or is_place(line):
        return None
    if not _section_path(st.lines[below[0]].strip()):
        return None
    named = re.compile(r"(?<!\w)" + re.escape(line) + r"(?!\w)", re.I)
    return line if any(named.search(x) for x in st.footer) else None


def _footer_holder(name: str, st: _State) -> str | None:
    """The copyright holder a masthead names, as the footer writes it: the same name, or the start
    of the masthead's ("DAILY STAR ONLINE" over "(c) 2025 Daily Star": an edition word added)."""
    key = _key(name)
    for x in st.footer:
        c = bp.copyright_line(x)
        if c is not None and (key == _key(c[1]) or key.startswith(_key(c[1]) + " ")):
            return c[1]
    return None


def _masthead_on_menu(line: str, footer_names: list[str]) -> str | None:
    """"Vell Courier | World | Europe | Sport | Video": a first line that reads as a menu bar (and so as
    noise) but opens with the site's name, which the copyright footer confirms (a bare menu's first
    item, "Home", is not the footer's holder)."""
    parts = _MASTHEAD_SEP.split(line)
    name = parts[0].strip()
    if not _section_menu([p.strip() for p in parts[1:]]) or not footer_names:
        return None
    key = _key(name)
    if key in footer_names or any(key.startswith(f + " ") for f in footer_names):
        return _masthead_name(line, footer_names)
    return None


def _masthead_name(line: str, footer_names: list[str]) -> str | None:
    """The outlet a first line names when it is a masthead (see _read_masthead), else None."""
    if not line or line[-1] in ".,;:!?\"”":
        return None
    parts = _MASTHEAD_SEP.split(line)
    name, tagline = parts[0].strip(), [p.strip() for p in parts[1:]]
    menu = _section_menu(tagline)  # "Outlet — Politics | Security | Energy | Europe": name + sections
    if len(line.split()) > MAX_MASTHEAD_WORDS + MAX_TAGLINE_WORDS and not menu:
        return None
    if not bp.is_signature(name) or len(name.split()) > MAX_MASTHEAD_WORDS:
        return None
    if all(w.lower() in _SECTION_WORDS for w in name.split()):
        return None  # "WORLD NEWS", "NATIONAL": a section label over the headline, not the site's name
    if (full := _expansion(name, tagline)) is not None:
        return full  # before the place test: an acronym may also be some place's code ("ABC | Alpha Beta Courier")
    if is_place(name):
        return None
    if _key(name) in footer_names or any(_key(name).startswith(f + " ") for f in footer_names) or menu:
        return name
    if tagline and _all_caps(name) and len(name.split()) >= 2 and not _all_caps(" ".join(tagline)) \
            and all(len(p.split()) <= MAX_CAPS_TAGLINE_WORDS for p in tagline):
        return name  # "PULSO REGIONAL  |  News from the Andes in English": a capitalised name, then its motto
    if any(len(p.split()) > MAX_TAGLINE_WORDS for p in tagline):
        return None
    letters = [c for c in name if c.isalpha()]
    if len(letters) > 3 and all(c.isupper() for c in letters) and (not tagline or not _all_caps(line)):
        return name
    if tagline and all(bp.is_signature(p) for p in tagline):
        return name
    if tagline and _all_caps(name) and not _all_caps(" ".join(tagline)):
        return name
    return None


def _section_menu(tagline: list[str]) -> bool:
    """Three or more short capitalised section names after a masthead's name, between separators or,
    flattened by the scraper, between runs of spaces ("Outlet | World  Africa  Business  Sport")."""
    if len(tagline) == 1:
        tagline = [p for p in re.split(r"\s{2,}", tagline[0]) if p]
    return len(tagline) >= 3 and all(len(p.split()) <= 3 and bp.is_signature(p) for p in tagline)


_SMALL_WORDS = frozenset({"of", "for", "and", "the", "&", "on", "de", "in", "at", "du", "des", "la", "le"})


def _expansion(name: str, tagline: list[str]) -> str | None:
    """"ABC | Alpha Beta Courier": an acronym followed by the words its letters stand for; the spelled-out
    name is the outlet's name, the acronym only its logo."""
    if not (2 <= len(name) <= 6 and name.isalpha() and name.isupper()):
        return None
    for part in tagline:
        initials = "".join(w[0] for w in part.split() if w.lower() not in _SMALL_WORDS)
        if initials.upper() == name and bp.is_signature(part):
            return part
    return None


def _all_caps(s: str) -> bool:
    letters = [c for c in s if c.isalpha()]
    return bool(letters) and all(c.isupper() for c in letters)


def _headline_below(st: _State, below: list[int], name: str) -> int | None:
    """The headline under the masthead ``name``: the last headline-like line above the first byline,
    desk line ("Outlet Staff", "<masthead> Digital"), date or counter line (section labels and banners
    come before it); the first such line when the head has no byline or date. A date line before any
    headline-like line is passed over: some sites print the date above the section label and headline.
    A date line that cannot be read (day and month ambiguous) still counts as one, never as the headline."""
    found: list[int] = []
    for i in below:
        line = st.lines[i].strip()
        if not found and (is_date_line(line) or _date_with_badges(line) or _outlet_desk(line, name)):
            continue  # "Posted: 4 March 2025" or "<masthead> Online" above the section label and headline
        if bp.byline(line) or bp.desk_byline(line) or bp.desk_line(line) or is_date_line(line) \
                or _date_with_badges(line) or bp.is_counter(line) or bp.is_widget_line(line) \
                or bp.is_meta_row(line) or bp.meta_row(line) or _outlet_desk(line, name):
            return _above_bare_byline(st, found, i)
        if _is_title(line) and not _section_path(line):
            found.append(i)
    return found[0] if found else None


def _above_bare_byline(st: _State, found: list[int], stop: int) -> int | None:
    """The headline among the candidates above the first byline/date line ``stop``: the last one,
    unless that is a person's name without "By" right above a date line, with the headline right
    above it ("Headline / Jane Doe / 4 March 2025"): then the line above the name."""
    if not found:
        return None
    lines = _nonempty(st.lines)
    pos = lines.index(found[-1])
    if len(found) >= 2 and found[-2] == lines[pos - 1] and lines[pos + 1] == stop \
            and is_date_line(st.lines[stop].strip()) and _person_name(st.lines[found[-1]].strip()):
        return found[-2]
    if len(found) >= 2 and found[-2] == lines[pos - 1] \
            and _deck_under(st.lines[found[-2]].strip(), st.lines[found[-1]].strip()):
        return found[-2]
    return found[-1]


def _deck_under(headline: str, line: str) -> bool:
    """"Headline / longer summary line (the deck)": the line under a headline of at least four words
    is its deck when it is longer and reads as a sentence or two clauses ("...; X says Y")."""
    words, head_words = len(line.split()), len(headline.split())
    if not 4 <= head_words <= 20 or "|" in headline or headline.endswith("."):
        return False  # a label, a banner or a sentence above is no headline
    return words > head_words and (";" in line or line.endswith(".") or words >= 14)


# Particles inside a person's name ("Ahmad bin Ali", "Anna van Dijk").
_NAME_PARTICLES = frozenset({"de", "del", "der", "van", "von", "al", "el", "bin", "ibn", "la", "le", "da", "di", "du", "dos"})


def _person_name(line: str) -> bool:
    """"Jane Doe": 2-4 capitalised words (particles aside) that are no place, section or outlet name."""
    words = line.split()
    return 2 <= len(words) <= 4 and bp.is_signature(line) and not is_place(line) \
        and all(w[0].isupper() or w.lower() in _NAME_PARTICLES for w in words) \
        and not any(w.lower() in _NOT_PERSON or any(c.isdigit() for c in w) for w in words)


def _section_path(line: str) -> bool:
    """"India / Jammu and Kashmir", "ANALYSIS / AFRICA": a breadcrumb of short section names."""
    parts = re.split(r"\s+[/>›»]\s+", line.strip())
    return len(parts) >= 2 and all(1 <= len(p.split()) <= 3 for p in parts)


def _footer_names(st: _State) -> list[str]:
    return [_key(c[1]) for x in st.footer if (c := bp.copyright_line(x)) is not None]


def _footer_casing(name: str, footer: list[str]) -> str:
    """An all-capitals masthead written as the footer writes it ("THE DAILY STAR" -> "The Daily Star")."""
    if not _all_caps(name):
        return name
    for line in footer:
        m = re.search(r"(?<!\w)" + re.escape(name) + r"(?!\w)", line, re.I)
        if m and not _all_caps(m.group(0)):
            return m.group(0)
    return name


def _copyright_holder(st: _State) -> str | None:
    """The outlet a "© 2025 Outlet. All rights reserved" footer names, when nothing else did. A bare
    "© Name" may be a photo credit, so the footer needs a year or "rights reserved"."""
    names = [c[1] for x in st.footer if (c := bp.copyright_line(x)) is not None
             and (c[0] or re.search(r"rights reserved", x, re.I))]
    return names[-1] if names else None


def _dateline_with_footer_year(st: _State, paragraph: str) -> str | None:
    """A wire dateline's day ("CITY, May 10 (Agency) -") in the year of the copyright footer."""
    m = re.match(r"^[A-Z][\w.'’ /-]{1,40}?,\s*(?P<date>[^()]{3,30}?)\s*\(", paragraph)  # "CITY/CITY, Oct 30 (
    md = month_day(m.group("date")) if m else None
    years = [int(c[0]) for x in st.footer if (c := bp.copyright_line(x)) is not None and c[0]]
    return with_year(md, years[-1]) if md and years else None


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


def _source_after_date(line: str) -> str | None:
    """"Outlet" of a date line "Jan 14, 2026 (Outlet)", when the name is an outlet's (no time zone)."""
    rest, name = split_source_tail(line)
    return name if name and parse_date_line(rest) is not None and bp.is_signature(name) else None


def _date_with_badges(line: str) -> str | None:
    """"4 March 2025 | 5 min read", "Mar 4, 2025 · 1.2K views", "Sunday, 12.01.2025   Lima 18°C": a
    date beside counters, section labels or a weather badge only (parts apart by a separator or, as a
    scraper flattens a top bar, by a run of spaces)."""
    parts = [q.strip() for p in bp.byline_parts(line) for q in _SPACED.split(p) if q.strip()]
    if len(parts) < 2:
        return None
    dates = [d for p in parts if (d := parse_date_line(p)) is not None]
    rest = [p for p in parts if parse_date_line(p) is None]
    if len(dates) != 1 or not all(_is_noise(p) or _section_label(p) or _CLOCK.fullmatch(p) for p in rest):
        return None
    return dates[0]


_SPACED = re.compile(r"\s{2,}")


_CLOCK = re.compile(r"\d{1,2}[:.]\d{2}(?::\d{2})?\s*(?:[ap]\.?m\.?)?(?:\s*[A-Z]{2,5})?", re.I)  # "10:15 AM ET"


def _section_label(part: str) -> bool:
    """"World", "Middle East", "Politics": a section or region label, never a person."""
    words = part.split()
    return 1 <= len(words) <= 3 and (is_place(part) or any(w.lower() in _NOT_PERSON for w in words))


# Words of section labels, regions and outlet names that sit where a byline's name would ("World |
# March 4, 2025", "Middle East | ...", "Metro Desk | ..."): a line holding one names no author.
_SECTION_NAMES = frozenset({
    "news", "world", "politics", "business", "economy", "opinion", "analysis", "comment", "sport", "sports",
    "culture", "tech", "technology", "science", "health", "environment", "video", "live", "latest", "features",
    "feature", "interview", "breaking", "local", "national", "international", "region", "editorial", "home",
})
_NOT_PERSON = _SECTION_NAMES | frozenset({
    "east", "west", "north", "south", "central", "middle", "greater", "eastern", "western", "northern",
    "southern", "report", "desk", "team", "staff", "bureau", "service", "agency", "daily", "weekly", "times",
    "post", "today", "herald", "tribune", "journal", "gazette", "press", "media", "online", "network", "radio",
})


# Words section labels are made of ("WORLD NEWS", "Breaking news", "TOP STORIES"): a name made of these
# alone is no outlet's masthead.
_SECTION_WORDS = _SECTION_NAMES | frozenset({
    "defence", "defense", "security", "top", "stories", "markets", "diplomacy", "conflict", "&", "and",
})


def _signed_line(st: _State, i: int, line: str) -> tuple[str, str | None, str | None] | None:
    """"Jane Doe | The Daily Post" under the title, with a date on it or on the next line: a byline
    without "By". The name must look like a person's (2-4 capitalised words, no section or place).
    A name alone on its line ("Jane Doe") counts only with a date line right under it."""
    parts = bp.byline_parts(line)
    if not parts or st.title is None or (len(parts) == 1 and not _person_name(parts[0])):
        return None
    name = parts[0]
    words = name.split()
    if not 2 <= len(words) <= 4 or not bp.is_signature(name) or is_place(name) \
            or any(w.lower() in _NOT_PERSON or any(c.isdigit() for c in w) for w in words):
        return None  # "World | ...", "Published: 30-01-2024 | ..." name no writer
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
    return is_noise(line) or _section_line(line)


def _section_line(line: str) -> bool:
    """"WORLD NEWS", "Top stories" on a line of their own: a section label, no headline."""
    words = line.split()
    return 1 <= len(words) <= 4 and all(w.lower() in _SECTION_WORDS for w in words)


def _filter_lines(st: _State) -> None:
    """Blank out boilerplate lines anywhere; captions move to st.captions."""
    out = scrub_lines(st.lines)
    st.lines = out.lines
    st.captions.extend(out.captions)
    st.outlet = st.outlet or out.outlet
    st.author = st.author or out.reporter


def _key(s: str) -> str:
    """Compare names and titles: punctuation, case and a leading "The" do not count."""
    return re.sub(r"^the\s+", "", re.sub(r"\W+", " ", s).strip().casefold())


def _same(a: str, b: str) -> bool:
    return _key(a) == _key(b)
