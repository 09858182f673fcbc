"""Correct the small model's label of one cleaned span, where a general cue says more.

Cues, strongest first: a type noun next to the name ("the group X", "X
airbase"), an organisation head word at the end ("... Forces", "... Group"), a
title before the name (persons), the gazetteer (countries, demonyms), the shape
of transliterated personal names ("Given al-Family"), and acronym shape. The
cross-document type vote still weighs these mentions; this only fixes what one
sentence already shows.
"""

from __future__ import annotations

import re
from typing import Any

from newsgraph.gazetteer import is_major_place
from newsgraph.stages.mention_clean import Candidate, doc_text, span_tokens
from newsgraph.stages.mention_lexicon import Lexicon, is_acronym
from newsgraph.stages.mention_recover import is_code_name, locative_preps, place_apposition_nouns

PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
_IZAFE = re.compile(r"[^\W\d_]-e-[A-Z]")
MAX_TYPE_NOUN_GAP = 1  # tokens (an opening quote) allowed between "the group" and the name


def fix_label(doc: Any, cand: Candidate, lex: Lexicon) -> str:
    """Best label for ``cand`` given the words around and inside it."""
    text = doc_text(doc)[cand.start:cand.end]
    words = [t for t in span_tokens(doc, cand.i, cand.j) if t.is_alpha]
    by_noun = _type_noun(doc, cand, lex)
    if by_noun and not (cand.role and cand.label == "PERSON"):
        return by_noun
    if words and words[-1].lower_ in lex.org_heads and len(words) > 1 and not cand.role:
        return "ORG"
    if cand.label == "PERSON" and cand.role:
        return "PERSON"
    if lex.countries.get(" ".join(text.split()).casefold()):
        return "GPE"
    if lex.demonym_country(text):
        return "NORP"
    if _person_shape(words, lex) and (cand.label != "ORG" or len(words) == 3):
        return "PERSON"
    if is_code_name(text) and cand.label in ("GPE", "LOC", "FAC", "PERSON", "NORP", "WORK_OF_ART"):
        return "ORG"  # "M23", "G7": a code name is a group or a forum, never a place or a person
    if cand.label == "PERSON" and not cand.role and _IZAFE.search(text) and " " not in text:
        return "ORG"  # "Xxx-e-Yyy": an izafe compound names a group or a movement, not a person
    if cand.label == "PERSON" and _place_by_preposition(doc, cand, text):
        return "GPE"
    if cand.label in ("PERSON", "ORG") and not cand.role and cand.j - cand.i == 1 and _place_apposition(doc, cand.j):
        return "GPE"
    if is_acronym(text) and cand.label in ("WORK_OF_ART", "LAW", "PERSON", "NORP", "PRODUCT"):
        return "ORG"
    if cand.label in ("LAW", "WORK_OF_ART") and words and words[-1].lower_ in lex.org_heads:
        return "ORG"
    return cand.label


def _type_noun(doc: Any, cand: Candidate, lex: Lexicon) -> str | None:
    """"the group 'X'" / "X airbase": the common noun that names the kind of thing X is."""
    p = cand.i - 1
    gap = 0
    while p >= 0 and (doc[p].is_quote or (doc[p].is_punct and doc[p].text in "“\"‘'")) and gap < MAX_TYPE_NOUN_GAP:
        p -= 1
        gap += 1
    if p >= 0 and doc[p].is_lower and doc[p].lower_ in lex.type_before:
        return lex.type_before[doc[p].lower_]
    q = cand.j
    while q < len(doc) and doc[q].is_quote:
        q += 1
    if q < len(doc) and doc[q].is_lower:
        low = doc[q].lower_
        if low in ("naval", "air", "military") and q + 1 < len(doc):
            low = doc[q + 1].lower_  # "X naval base", "X air base"
        return lex.type_after.get(low)
    return None


def _person_shape(words: list[Any], lex: Lexicon) -> bool:
    """"Given al-Family", "Given bin Father": a capitalised word, a name particle, a capitalised word."""
    if len(words) < 3 or words[-1].lower_ in lex.org_heads:
        return False
    for a, b, c in zip(words, words[1:], words[2:], strict=False):
        if b.lower_ in lex.particles and a.text[:1].isupper() and c.text[:1].isupper() \
                and a.lower_ not in lex.particles:
            return True
    return False


def _place_by_preposition(doc: Any, cand: Candidate, text: str) -> bool:
    """"fighting near X", "in X": a one-word "person" with no role, right after a preposition of
    place, that the gazetteer knows as a city or country is the place ("in X's view" stays a person)."""
    if cand.role or cand.j - cand.i != 1 or cand.i == 0 or not is_major_place(text):
        return False
    after = doc[cand.j] if cand.j < len(doc) else None
    if after is not None and after.tag_ == "POS":
        return False
    return doc[cand.i - 1].lower_ in locative_preps()


MAX_APPOSITION_WORDS = 4  # ", the two largest cities": words before the place noun


def _place_apposition(doc: Any, j: int) -> bool:
    """", the capital of Z" / ", a mining town in Z" right after a one-word name: the name is a place."""
    if j + 1 >= len(doc) or doc[j].text != ",":
        return False
    nouns = place_apposition_nouns()
    for k in range(j + 1, min(len(doc), j + 2 + MAX_APPOSITION_WORDS)):
        t = doc[k]
        if t.lower_ in nouns and t.is_lower:
            return k > j + 1 and doc[j + 1].lower_ in ("the", "a", "an", "one")
        if t.is_punct or t.pos_ in ("VERB", "AUX", "PROPN", "PRON"):
            return False
    return False
