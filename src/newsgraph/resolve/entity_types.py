"""Decide an entity's type by weighted vote over its mentions, the gazetteer and its shape.

Why: the small spaCy model mislabels often (an air base as NORP, a minister as
ORG, a surname as GPE), but rarely the same way in every mention. Each
mention's label is one vote; stronger, independent evidence weighs more: a
gazetteer hit (a country or capital is a GPE), the name's shape ("... Forces"
is an ORG, "... Sea" a LOC), the words around a mention ("the X airbase",
"the group X"), a role split off the name ("Foreign Minister X" is a person).

Types are grouped in families (PERSON, ORG, PLACE = GPE/LOC/FAC, NORP, other):
the family is voted first, then the most-voted label inside it, because the
model confuses GPE/LOC/FAC far more than it confuses a place with a person.
"""

from __future__ import annotations

import functools
import re
from collections import defaultdict
from collections.abc import Iterable
from importlib import resources
from typing import Any

from newsgraph.gazetteer import Place, demonym_country
from newsgraph.yamlio import load_yaml

__all__ = [
    "PLACE_TYPES", "Evidence", "context_type", "family", "name_shape_type", "place_type", "vote",
]

PLACE_TYPES = frozenset({"GPE", "LOC", "FAC"})

# Vote weights. A model label counts 1 per mention; the rest were set by
# judgement so that one strong cue outweighs two or three model errors
# (checked by hand on the development seeds and on ECB+ spot checks, not fitted).
W_LABEL = 1.0
W_CONTEXT = 2.0  # per mention: "X airbase", "the group X"
W_ROLE = 2.0  # per mention with a role/title split off: a person
W_SHAPE = 3.0  # per chain: "... Forces", "... Sea", "... Airport"
W_GAZETTEER = 4.0  # per chain: a country, capital or seat of government
W_CITY = 1.0  # per chain: some city of that name exists (many surnames are towns too)
W_DEMONYM = 2.0  # per chain: "Emirati" is a nationality

# The model's NORP on a word that is no nationality (a surname, an air base's name) is
# nearly always a mistake; it keeps a small vote (judgement, from the dev seeds' errors).
W_LABEL_NORP_NOT_DEMONYM = 0.25
# Ties between families go to the first here: a tie between a person and a
# nationality reading of a name is usually a person (judgement).
_PRIORITY = {"PERSON": 0, "ORG": 1, "PLACE": 2, "NORP": 3}

Evidence = tuple[str, float, bool]  # (label, weight, strong: not only the model's opinion)


@functools.lru_cache(maxsize=1)
def _cues() -> dict[str, Any]:
    text = resources.files("newsgraph.data").joinpath("entity_types.yaml").read_text(encoding="utf-8")
    data: dict[str, Any] = load_yaml(text)
    for key in ("org_heads", "fac_heads", "loc_heads", "after_modifiers", "person_nouns"):
        data[key] = frozenset(data.get(key) or ())
    return data


def family(label: str) -> str:
    """PERSON | ORG | PLACE | NORP | the label itself for anything else."""
    if label in PLACE_TYPES:
        return "PLACE"
    return label


@functools.lru_cache(maxsize=65536)
def name_shape_type(name: str) -> str | None:
    """Type implied by a name's last word: "... Defence Forces" ORG, "... Sea" LOC.

    Remembered per name: every chain of every stored document asks for each of its names."""
    words = re.findall(r"[A-Za-z][\w'\-]*", name)
    if len(words) < 2:
        return None
    last = words[-1].casefold()
    cues = _cues()
    if last in cues["org_heads"]:
        return "ORG"
    if last in cues["fac_heads"]:
        return "FAC"
    if last in cues["loc_heads"]:
        return "LOC"
    return None


_QUOTE = "\"'\u201c\u201d\u2018\u2019\u00ab\u00bb"
# Compiled once: context_type runs for every mention of every stored document at each build.
# The lowercase word right before a mention, past an "of" and a quote mark ("the group X", "the
# port of 'X'"): what ``\b([a-z]+)\s+(?:of\s+)?[QUOTE]?\s*$`` finds in the text before it,
# matched at the start of that text reversed, since a search from the left tries every position
# of it: most of context_type's time. Hence "fo" for "of", and (?!\w) for the \b before the word.
_WORD_BEFORE_REVERSED = re.compile(rf"\s*[{_QUOTE}]?\s+(?:fo\s+([a-z]+)(?!\w)|([a-z]+)(?!\w))")
_POSSESSIVE = re.compile(r"^['\u2019]s\b")
_LEAD = re.compile(rf"^[{_QUOTE}]?\s*(?:and\s+[A-Z][\w'\u2019\-]*\s+)?")
_WORD_OR_MARK = re.compile(r"[A-Za-z][A-Za-z\-]*|\S")
_WHO = re.compile(r"^,\s+who\b")
_APPOSITION = re.compile(r"^,\s+(?:a|an|the)\s+((?:[\w\-]+\s+){0,4}?)([a-z]+)\b")


def context_type(text: str, start: int, end: int) -> str | None:
    """Type implied by the words right around one mention ("the X airbase", "the port of X")."""
    cues = _cues()
    after = text[end:end + 80]
    if _is_person_apposition(after, cues["person_nouns"]):
        return "PERSON"
    head = _after_head(after, cues)
    if head:
        return head
    before = text[max(0, start - 40):start]
    word = _word_before(before)
    if word and word in cues["type_before"]:
        return str(cues["type_before"][word])
    phrases, any_phrase = _before_phrases()
    if any_phrase is None or any_phrase.search(before):  # one scan rules out all of them, mostly
        for pattern, label in phrases:
            if pattern.search(before):
                return label
    return None


def _word_before(before: str) -> str | None:
    """The lowercase word ending ``before``, past an "of" and a quote mark; None if it does not end so."""
    m = _WORD_BEFORE_REVERSED.match(before[::-1])
    return (m.group(1) or m.group(2))[::-1] if m else None


@functools.lru_cache(maxsize=1)
def _before_phrases() -> tuple[tuple[tuple[re.Pattern[str], str], ...], re.Pattern[str] | None]:
    """"wrote on X" (a platform), "through the X" (a waterway): see entity_types.yaml.

    Also one pattern matching wherever any of them matches: context_type runs for every mention
    of every stored document, and most mentions follow none of the phrases, so one search then
    stands for one per phrase. The first phrase that matches still decides (None if the
    phrases cannot be joined into one pattern: one has groups, whose numbers would shift)."""
    phrases = tuple((re.compile(p), str(label)) for p, label in _cues().get("before_phrases") or ())
    if any(p.groups for p, _ in phrases):
        return phrases, None
    try:
        joined = re.compile("|".join(f"(?:{p.pattern})" for p, _ in phrases)) if phrases else None
    except re.error:
        return phrases, None
    return phrases, joined


def is_place_head(word: str) -> bool:
    """A generic last word of a place name: "base", "sea", "airport" (and "air" of "air base")."""
    w = word.casefold()
    return w in _cues()["fac_heads"] or w in _cues()["loc_heads"] or w == "air"


def _after_head(after: str, cues: dict[str, Any]) -> str | None:
    """Type from a noun right after the name, past up to two modifiers ("X military airbase")
    and a coordinated name ("X and Y bases"); never across a possessive ("China's bases")."""
    if _POSSESSIVE.match(after):
        return None
    lead = _LEAD.match(after)
    # Word by word, as far as needed (mostly one word): no list of every word in the 80 characters.
    for k, found in enumerate(_WORD_OR_MARK.finditer(after, lead.end() if lead else 0)):
        word = found.group()
        if word in cues["type_after"]:
            return str(cues["type_after"][word])
        if word not in cues["after_modifiers"] or k == 2:
            return None
    return None


def _is_person_apposition(after: str, nouns: frozenset[str]) -> bool:
    """", who ..." or ", a Beirut-based political analyst": only people take those."""
    if not after.startswith(","):  # both forms open with a comma: most mentions are done here
        return False
    if _WHO.match(after):
        return True
    m = _APPOSITION.match(after)
    return bool(m and m.group(2) in nouns)


def place_type(place: Place | None) -> list[Evidence]:
    """Evidence from a gazetteer hit on the entity's name."""
    if place is None:
        return []
    if place.kind == "region":
        return [("LOC", W_GAZETTEER, True)]
    if place.kind == "seat":
        return [("FAC", W_GAZETTEER, True)]
    if place.kind in ("country", "capital"):
        return [("GPE", W_GAZETTEER, True)]
    return [("GPE", W_CITY, False)]


def label_evidence(label: str, surface: str) -> Evidence:
    """One mention's model label as a vote."""
    if label == "NORP" and not demonym_country(surface):
        return (label, W_LABEL_NORP_NOT_DEMONYM, False)
    return (label, W_LABEL, False)


def surface_evidence(surfaces: Iterable[str]) -> list[Evidence]:
    """Per-name evidence: shape words and nationality adjectives."""
    out: list[Evidence] = []
    for s in set(surfaces):
        shape = name_shape_type(s)
        if shape:
            out.append((shape, W_SHAPE, True))
        elif demonym_country(s) and s[:1].isupper() and " " not in s.strip():
            out.append(("NORP", W_DEMONYM, True))
    return out


def vote(evidence: Iterable[Evidence]) -> tuple[str, float]:
    """Winning type and its share of the total weight (the type confidence)."""
    by_family: dict[str, float] = defaultdict(float)
    by_label: dict[str, float] = defaultdict(float)
    total = 0.0
    for label, weight, _strong in evidence:
        by_family["PLACE" if label in PLACE_TYPES else label] += weight  # family(label), inlined: hot
        by_label[label] += weight
        total += weight
    if not total:
        return "MISC", 0.0
    if len(by_label) == 1:  # one label (most chains): it wins, with the same sums as below
        best, = by_label
        return best, round(by_family["PLACE" if best in PLACE_TYPES else best] / total, 3)
    best_family = max(sorted(by_family), key=lambda f: (by_family[f], -_PRIORITY.get(f, 9)))
    labels = sorted(lab for lab in by_label if family(lab) == best_family)
    best = max(labels, key=lambda lab: by_label[lab])
    return best, round(by_family[best_family] / total, 3)


def is_strong(evidence: Iterable[Evidence], fam: str) -> bool:
    """Is the family backed by more than the model's own labels?"""
    return any(strong and family(label) == fam for label, _w, strong in evidence)
