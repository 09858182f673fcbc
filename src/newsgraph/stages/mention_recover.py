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

from spacy.attrs import POS

from newsgraph.stages.mention_clean import Candidate, doc_text, looks_like_person, tokens_where
from newsgraph.stages.mention_lexicon import Lexicon
from newsgraph.stages.mention_roles import attach_role

SPEECH_VERBS = frozenset({"said", "says", "told", "tells", "added", "adds", "noted", "notes", "stated",
                          "wrote", "writes", "argued", "argues", "explained", "explains", "warned"})
MAX_NAME_WORDS = 4
# Arabic articles that may join a name with a space ("Nimr al Nimr"); the others
# ("as", "at", "an") are English words unless hyphenated.
SPACED_ARTICLES = frozenset({"al", "el"})
_PROPN = frozenset({"PROPN"})


def _covered(cands: list[Candidate], start: int, end: int) -> bool:
    return any(c.start < end and start < c.end for c in cands)


def recover_by_apposition(doc: Any, cands: list[Candidate], lex: Lexicon) -> None:
    """Add "First Last, a <title> ..." and "First Last said" names the model left out."""
    n = len(doc)
    # once per token, not once per run that reaches it; only proper nouns can be capitalised
    # names, so only they are looked at (no Token object for the other words)
    caps = [False] * n
    for t in tokens_where(doc, POS, _PROPN):
        caps[t.i] = _capitalised(t)
    i = 0
    while i < n:
        if not caps[i]:  # no run starts here (what _name_run would find, without the call)
            i += 1
            continue
        j, words = _name_run(doc, i, lex, caps)
        if words >= 2 and _is_new_name(doc, cands, i, j, lex):
            cand = Candidate(i=i, j=j, start=doc[i].idx, end=doc[j - 1].idx + len(doc[j - 1].text),
                             label="PERSON", notes=["name recovered from context"])
            attach_role(doc, cand, lex)
            speech = (j < n and doc[j].lower_ in SPEECH_VERBS) or (i > 0 and doc[i - 1].lower_ in SPEECH_VERBS)
            if cand.role or speech:
                cands.append(cand)
        i = max(j, i + 1)


def _capitalised(tok: Any) -> bool:
    return bool(tok.pos_ == "PROPN" and tok.text[:1].isupper() and tok.is_alpha)


def _name_run(doc: Any, i: int, lex: Lexicon, caps: list[bool]) -> tuple[int, int]:
    """End of the run of capitalised words from token ``i`` and how many it holds; name
    particles between two of them ("X al-Y", "X bin Y") stay inside the run.

    ``caps[k]`` is ``_capitalised(doc[k])``, computed once per document by the caller.
    """
    n, j, words = len(doc), i, 0
    while j < n and words < MAX_NAME_WORDS:
        if caps[j]:
            j, words = j + 1, words + 1
            continue
        k = j
        if words and (low := doc[j].lower_) in lex.particles:
            k += 1
            if k < n and doc[k].text == "-" and not doc[k - 1].whitespace_:
                k += 1
            elif low in lex.articles and low not in SPACED_ARTICLES:
                k = j  # "as", "at", "an" without a hyphen are English words
        if k == j or k >= n or not caps[k]:
            break
        j = k
    return j, words


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
        if len(words) < 2:
            continue
        own = [(words[0], True)]
        if words[-2].lower() not in lex.patronymic:  # "X bin Y": a later "Y" is the father, not X
            own.insert(0, (words[-1], False))
        for word, strict in own:
            if len(word) >= 3 and word[:1].isupper() and not lex.title_word(word) and word.lower() not in lex.particles \
                    and not lex.country(word) and not lex.demonym_country(word):
                forms.setdefault(word, strict)
    for form in sorted(forms, key=len, reverse=True):
        for start, end in _whole_word_uses(text, form):
            if _covered(cands, start, end):
                continue
            span = doc.char_span(start, end)
            if span is None or (forms[form] and any(t.pos_ != "PROPN" for t in span)):
                continue
            cands.append(Candidate(i=span.start, j=span.end, start=start, end=end, label="PERSON",
                                   notes=["later use of a name the article introduced"]))


def _whole_word_uses(text: str, form: str) -> list[tuple[int, int]]:
    """Spans where ``form`` stands as a whole word: what ``re.finditer`` of ``_word_pattern(form)`` gives.

    A pattern that opens with a lookbehind makes the regex engine try every
    position of the text; ``str.find`` jumps to the candidates and the
    character before and after each one are tested against the pattern's
    lookbehind and lookahead classes (for speed: no pattern is compiled per
    name). After a use the search goes on from its end, as ``finditer`` does.
    """
    if not form:  # str.find would not advance past an empty match
        return [m.span() for m in _word_pattern(form).finditer(text)]
    out: list[tuple[int, int]] = []
    size = len(form)
    pos = text.find(form)
    while pos >= 0:
        end = pos + size
        if not (pos and _WORD_BEFORE.match(text, pos - 1)) and not _WORD_AFTER.match(text, end):
            out.append((pos, end))
            pos = text.find(form, end)
        else:
            pos = text.find(form, pos + 1)
    return out


# The characters that may not touch a whole-word use: before it and after it (see _word_pattern).
_WORD_BEFORE = re.compile(r"[\w\-’']")
_WORD_AFTER = re.compile(r"[\w\-]")


def _word_pattern(form: str) -> re.Pattern[str]:
    return re.compile(r"(?<![\w\-’'])" + re.escape(form) + r"(?![\w\-])")
