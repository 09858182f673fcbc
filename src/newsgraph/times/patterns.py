"""Regex building blocks for time expressions, and the spelled-out numbers they use.

Fragments are plain strings so the rule modules can combine them; every rule
compiles its pattern once at import time (no per-token parsing).
"""

from __future__ import annotations

import re

MONTH = (
    r"(?:(?:january|february|march|april|may|june|july|august|september|october|november|december)\b|"
    r"(?:jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec)\b\.?)"
)
# Full names and dotted abbreviations only: bare "Jan"/"Mar" are too often other words.
MONTH_STRICT = (
    r"(?:january|february|march|april|may|june|july|august|september|october|november|december|"
    r"(?:jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec)\.)"
)
WEEKDAY = (
    r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|"
    r"(?:mon|tues?|wed|thu(?:rs?)?|fri|sat|sun)\.)"
)
DAY = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?"
YEAR = r"(?:1[6-9]\d\d|20\d\d)"
ORDINAL_Q = r"(?:first|second|third|fourth|1st|2nd|3rd|4th)"
UNIT_WORDS = (
    r"(?:seconds?|minutes?|hours?|days?|nights?|weeks?|weekends?|fortnights?|months?|years?|"
    r"decades?|centur(?:y|ies)|quarters?)"
)
PART_OF_DAY = {"morning": "MO", "afternoon": "AF", "evening": "EV", "night": "NI"}
SEASON = r"(?:spring|summer|fall|autumn|winter)"
EDGE = (
    r"(?:early|mid|late|earlier|later|(?:at\s+)?the\s+(?:end|beginning|start|middle|turn|close)\s+of)"
)

_SMALL = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
    "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20,
    "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
    "hundred": 100, "a hundred": 100, "half a": 0.5, "a half": 0.5, "half an": 0.5, "a dozen": 12,
    "dozen": 12, "a couple of": 2, "a couple": 2, "couple of": 2, "an additional": 1, "an extra": 1,
    "a further": 1,
}  # fmt: skip
_VAGUE = (
    "several", "a few", "few", "many", "some", "the past few", "the last few", "the next few",
    "dozens of", "hundreds of", "the coming", "the past several", "numerous", "a number of",
)
_FRACTIONS = {"½": (1, 2), "¼": (1, 4), "¾": (3, 4)}
_TENS = r"(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)"
NUMBER = (
    r"(?:\d+(?:\.\d+|\s+[13]/[24]|\s*[½¼¾])?|" + _TENS + r"[\s-](?:one|two|three|four|five|six|seven|eight|nine)|"
    + "|".join(sorted((re.escape(k).replace(r"\ ", r"\s+") for k in _SMALL), key=len, reverse=True))
    + ")"
)
VAGUE = "(?:" + "|".join(sorted((v.replace(" ", r"\s+") for v in _VAGUE), key=len, reverse=True)) + ")"


def parse_number(text: str) -> float | None:
    """Value of a NUMBER match ("two", "twenty-one", "3", "half a"); None for vague quantities."""
    t = " ".join(text.lower().replace("-", " ").split())
    if t in _SMALL:
        return float(_SMALL[t])
    parts = t.split()
    frac = re.fullmatch(r"(\d+)\s*(?:([13])/([24])|([½¼¾]))", t)
    if frac:
        num, den = (int(frac.group(2)), int(frac.group(3))) if frac.group(2) else _FRACTIONS[frac.group(4)]
        return int(frac.group(1)) + num / den
    if len(parts) == 2 and parts[0] in _SMALL and parts[1] in _SMALL:
        return float(_SMALL[parts[0]] + _SMALL[parts[1]])
    try:
        return float(t)
    except ValueError:
        return None


def unit_name(word: str) -> str:
    """Singular unit from its surface form ("centuries" -> "century")."""
    w = word.lower()
    if w.startswith("centur"):
        return "century"
    return w[:-1] if w.endswith("s") else w


def compile_rule(pattern: str) -> re.Pattern[str]:
    return re.compile(pattern, re.IGNORECASE)
