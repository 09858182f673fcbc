"""Person mentions the model missed, recovered from what the article itself shows.

Two general cues: (1) once an article names a person in full, every later
capitalised use of that full name or of its family name is a mention of them
("Kaya said" after "Ayse Kaya, a journalist"); (2) a run of 2-4
capitalised words followed by a titled apposition (", a senior analyst at ...")
or next to a speech verb ("..., X Y said") is a person's name.
"""

from __future__ import annotations

import re
from typing import Any

from newsgraph.stages.mention_clean import Candidate, doc_text, looks_like_person
from newsgraph.stages.mention_lexicon import Lexicon
from newsgraph.stages.mention_roles import attach_role

SPEECH_VERBS = frozenset({"said", "says", "told", "tells", "added", "adds", "noted", "notes", "stated",
                          "wrote", "writes", "argued", "argues", "explained", "explains", "warned"})
MAX_NAME_WORDS = 4


def _covered(cands: list[Candidate], start: int, end: int) -> bool:
    return any(c.start < end and start < c.end for c in cands)


def recover_by_apposition(doc: Any, cands: list[Candidate], lex: Lexicon) -> None:
    """Add "First Last, a <title> ..." and "First Last said" names the model left out."""
    n = len(doc)
    i = 0
    while i < n:
        j = i
        while j < n and j - i < MAX_NAME_WORDS and doc[j].pos_ == "PROPN" and doc[j].text[:1].isupper() \
                and doc[j].is_alpha:
            j += 1
        if j - i >= 2 and _is_new_name(doc, cands, i, j, lex):
            cand = Candidate(i=i, j=j, start=doc[i].idx, end=doc[j - 1].idx + len(doc[j - 1].text),
                             label="PERSON", notes=["name recovered from context"])
            attach_role(doc, cand, lex)
            speech = (j < n and doc[j].lower_ in SPEECH_VERBS) or (i > 0 and doc[i - 1].lower_ in SPEECH_VERBS)
            if cand.role or speech:
                cands.append(cand)
        i = max(j, i + 1)


def _is_new_name(doc: Any, cands: list[Candidate], i: int, j: int, lex: Lexicon) -> bool:
    tokens = list(doc[i:j])
    if _covered(cands, doc[i].idx, doc[j - 1].idx + len(doc[j - 1].text)):
        return False
    if any(lex.title_word(t.text) or lex.demonym_country(t.text) or lex.country(t.text) for t in tokens):
        return False
    return looks_like_person(tokens, lex)


def propagate_person_names(doc: Any, cands: list[Candidate], lex: Lexicon) -> None:
    """Add later uses of a full name, or of its family name, that the model did not tag."""
    text = doc_text(doc)
    forms: dict[str, bool] = {}  # form -> must the model tag it PROPN (given names: "Will", "Mark")
    for c in cands:
        if c.label != "PERSON" or c.j - c.i < 2:
            continue
        surface = text[c.start:c.end]
        forms[surface] = False
        words = surface.split()
        for word, strict in ((words[-1], False), (words[0], True)):
            if len(word) >= 3 and word[:1].isupper() and not lex.title_word(word) and word.lower() not in lex.particles \
                    and not lex.country(word) and not lex.demonym_country(word) and len(words) > 1:
                forms.setdefault(word, strict)
    for form in sorted(forms, key=len, reverse=True):
        for m in re.finditer(r"(?<![\w\-’'])" + re.escape(form) + r"(?![\w\-])", text):
            if _covered(cands, m.start(), m.end()):
                continue
            span = doc.char_span(m.start(), m.end())
            if span is None or (forms[form] and any(t.pos_ != "PROPN" for t in span)):
                continue
            cands.append(Candidate(i=span.start, j=span.end, start=m.start(), end=m.end(), label="PERSON",
                                   notes=["later use of a name the article introduced"]))
