"""Acronyms an article introduces ("Long Name (LN)", `Long Name "LN"`) and their bare uses.

The small model often misses or mislabels a bare acronym ("LN" as WORK_OF_ART
or nothing at all), but the article itself defines it once. The definition is
only accepted when the acronym's letters are the initials of the long form (in
order, function words optional), so a parenthesised country or date is never
taken for one. Every later standalone use of the acronym then becomes a
mention tied to the long form, with the long form's label.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

from newsgraph.stages.mention_clean import Candidate, doc_text
from newsgraph.stages.mention_lexicon import is_acronym

_DEFINITION = re.compile(r"[ \t]*[(“\"]\s*([A-Z][A-Za-z0-9&.\-]{1,11}?)\s*[)”\"]")
_BRACKETED = re.compile(_DEFINITION.pattern.removeprefix(r"[ \t]*"))  # see _definitions
# A run of capitalised words (with the function words names contain) right before "(".
_LONG_FORM = re.compile(r"((?:[A-Z][\w'’\-]*|of|the|and|for|al|el|de|du|la|le)(?:[ \t]+|-))*"
                        r"[A-Z][\w'’\-]*[ \t]*$")
_FUNCTION_WORDS = frozenset({"of", "the", "and", "for", "al", "el", "de", "du", "la", "le"})


def acronym_letters(abbr: str) -> str:
    return "".join(ch for ch in abbr if ch.isalnum()).upper()


def initials_match(long_form: str, abbr: str) -> bool:
    """True when ``abbr`` spells the initials of ``long_form`` ("Libyan National Army", "LNA")."""
    letters = acronym_letters(abbr)
    words = [w for w in re.split(r"[\s\-]+", long_form) if w and w[0].isalnum()]
    if len(letters) < 2 or len(words) < 2:
        return False
    content = "".join(w[0] for w in words if w[0].isupper() or w[0].isdigit()).upper()
    if content == letters:
        return True
    initials = [w[0].upper() for w in words]
    if initials[0] != letters[0]:
        return False
    pos = 0
    for ch in letters:
        while pos < len(initials) and initials[pos] != ch:
            pos += 1
        if pos == len(initials):
            return False
        pos += 1
    # Every capitalised content word must be used: "Libyan National Army" is not "LA".
    return len(letters) >= len([w for w in words if w.lower() not in _FUNCTION_WORDS])


def find_definitions(doc: Any, cands: list[Candidate]) -> list[tuple[int, int, int]]:
    """(index of long-form candidate, acronym start, acronym end) per definition found.

    A long form the model missed is added to ``cands`` (label ORG) before it is returned.
    """
    text = doc_text(doc)
    found: list[tuple[int, int, int]] = []
    ends = {c.end: n for n, c in enumerate(cands)}
    for start, m in _definitions(text):
        abbr = m.group(1)
        if not is_acronym(abbr):
            continue
        owner = ends.get(start)
        if owner is not None and _described(text, cands[owner], abbr):
            pass  # "the Kenyan army (KDF)": a description, not a spelled-out long form
        elif owner is None or not initials_match(text[cands[owner].start:cands[owner].end], abbr):
            owner = _add_long_form(doc, cands, start, abbr)
        if owner is not None:
            found.append((owner, m.start(1), m.end(1)))
    return found


def _described(text: str, owner: Candidate, abbr: str) -> bool:
    """Is the organisation right before "(ABBR)" given by a description with lower-case words
    ("the Kenyan army (KDF)")? The acronym then abbreviates its name in another language, so its
    letters cannot be checked against the words; an all-caps acronym of 3+ letters is required."""
    words = text[owner.start:owner.end].split()
    return owner.label == "ORG" and len(words) >= 2 and any(w[:1].islower() for w in words[1:]) \
        and abbr.isalpha() and abbr.isupper() and len(abbr) >= 3


def _definitions(text: str) -> Iterator[tuple[int, re.Match[str]]]:
    """Each match of ``_DEFINITION.finditer(text)`` as (its start, the match of its bracketed part,
    whose group 1 is the acronym), found faster.

    ``_DEFINITION`` opens with optional blanks, so the regex engine tries it at
    every position; this scans for the bracketed part alone (``_BRACKETED``, which
    starts with a bracket the engine jumps to) and takes the blanks before it
    that the previous match did not consume.
    """
    last = 0
    for m in _BRACKETED.finditer(text):
        start = m.start()
        while start > last and text[start - 1] in " \t":
            start -= 1
        yield start, m
        last = m.end()


def _add_long_form(doc: Any, cands: list[Candidate], end: int, abbr: str) -> int | None:
    text = doc_text(doc)
    line_start = text.rfind("\n", 0, end) + 1
    m = _LONG_FORM.search(text, line_start, end)
    if not m:
        return None
    start = m.start()
    words = text[start:end].split()
    while words and words[0].lower() in _FUNCTION_WORDS:
        start = text.index(words[0], start) + len(words[0])
        start += len(text[start:]) - len(text[start:].lstrip())
        words.pop(0)
    long_end = len(text[:end].rstrip())
    # Only as many trailing words as the acronym has letters (a sentence-initial word is no part of it).
    while words and not initials_match(text[start:long_end], abbr) and len(words) > 2:
        start = text.index(words[1], start + len(words[0]))
        words.pop(0)
    if not initials_match(text[start:long_end], abbr):
        return None
    span = doc.char_span(start, long_end, alignment_mode="expand")
    if span is None or any(c.start < long_end and start < c.end for c in cands):
        return None
    cands.append(Candidate(i=span.start, j=span.end, start=start, end=long_end, label="ORG",
                           notes=["long form of an acronym"]))
    return len(cands) - 1


def add_acronym_mentions(doc: Any, cands: list[Candidate], definitions: list[tuple[int, int, int]]) -> None:
    """Tie every standalone use of a defined acronym to its long form (adding mentions the model missed)."""
    text = doc_text(doc)
    for owner, a_start, a_end in definitions:
        abbr = text[a_start:a_end]
        pattern = re.compile(r"(?<![\w.])" + re.escape(abbr) + r"(?![\w])")
        for m in pattern.finditer(text):
            hit = [c for c in cands if c.start < m.end() and m.start() < c.end]
            if hit:
                for c in hit:
                    if c.start == m.start() and c.end == m.end() and c is not cands[owner]:
                        c.long_form = cands[owner]
                        c.label = cands[owner].label
                continue
            span = doc.char_span(m.start(), m.end(), alignment_mode="expand")
            if span is None:
                continue
            cands.append(Candidate(i=span.start, j=span.end, start=m.start(), end=m.end(),
                                   label=cands[owner].label, long_form=cands[owner],
                                   notes=["acronym defined in the article"]))
