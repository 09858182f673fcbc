"""Turn one raw spaCy entity span into a clean name span (token range) or nothing.

The small English model's spans carry debris that would otherwise become
separate "entities" downstream: a leading determiner or quote mark ("the
"Libyan National Army"), a possessive ("X's"), a title ("Foreign Minister X" labelled
ORG), a sentence-initial auxiliary ("Will X"), a glued prefix ("post-X Y"),
or a run across a paragraph break. Each rule here removes one kind of debris
and never adds text, except the transliteration apostrophe ("...Nur'"),
which the model sometimes leaves outside the span.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from spacy.attrs import ORTH

from newsgraph.gazetteer import demonym_country
from newsgraph.stages.mention_lexicon import Lexicon

LEADING_DROP = frozenset({"the", "a", "an", "this", "that", "these", "those", "his", "her", "its",
                          "their", "our", "my", "your", "both", "all", "some", "any", "every"})
# Parts of speech that never begin a name (a name span starting with them is debris).
NON_NAME_POS = frozenset({"AUX", "VERB", "ADP", "CCONJ", "SCONJ", "PRON", "PART", "ADV", "INTJ", "NUM", "SYM"})
POSSESSIVE = frozenset({"'s", "’s", "'", "’", "s"})
APOSTROPHES = "'’ʼ"


_TEXT_KEY = "newsgraph.text"


def doc_text(doc: Any) -> str:
    """``doc.text``, built once per Doc (spaCy re-joins every token on each access)."""
    cached = doc.user_data.get(_TEXT_KEY)
    if cached is None:
        cached = doc.user_data[_TEXT_KEY] = doc.text
    return str(cached)


def span_tokens(doc: Any, i: int, j: int) -> list[Any]:
    """``list(doc[i:j])`` for token bounds ``0 <= i <= j <= len(doc)``, without building a Span.

    Slicing a Doc makes a Span object first (about three times the cost of
    indexing its tokens); the mention rules take such token lists thousands
    of times per document.
    """
    return [doc[k] for k in range(i, j)]


def tokens_where(doc: Any, attr: int, values: frozenset[str]) -> list[Any]:
    """The tokens of ``doc`` whose string attribute ``attr`` (``spacy.attrs.POS``, ``DEP``, ...) is
    one of ``values``, in text order: ``[t for t in doc if t.pos_ in values]`` for ``attr=POS``.

    For speed: a whole-document scan that keeps few tokens reads one attribute
    column (``Doc.to_array``) instead of building a Token object per token.
    """
    column = doc.to_array(attr).tolist() if len(doc) else []
    strings = doc.vocab.strings
    keep = {v for v in set(column) if strings[v] in values}
    return [doc[k] for k, v in enumerate(column) if v in keep]


def tokens_shaped(doc: Any, shape: Callable[[str], bool]) -> list[Any]:
    """The tokens of ``doc`` whose text passes ``shape``, in text order: ``[t for t in doc if
    shape(t.text)]``, with ``shape`` asked once per distinct word (same speed-up as :func:`tokens_where`)."""
    column = doc.to_array(ORTH).tolist() if len(doc) else []
    strings = doc.vocab.strings
    keep = {v for v in set(column) if shape(strings[v])}
    return [doc[k] for k, v in enumerate(column) if v in keep]


def seed_doc_text(doc: Any, text: str) -> None:
    """Give :func:`doc_text` the string ``doc`` was parsed from, so it never re-joins the tokens.

    spaCy's tokenization is non-destructive (a Doc's text is exactly its input),
    and a stage's ``ctx.doc`` is the parse of ``ctx.document.text``. The length
    check guards against a caller that pairs a document with another text's parse.
    """
    if _TEXT_KEY in doc.user_data:
        return
    end = doc[-1].idx + len(doc[-1].text_with_ws) if len(doc) else 0
    if end == len(text):
        doc.user_data[_TEXT_KEY] = text


@dataclass
class Candidate:
    """A cleaned mention before chaining; token range [i, j) and char range [start, end)."""

    i: int
    j: int
    start: int
    end: int
    label: str
    role: str | None = None
    affiliation: str | None = None
    gender: str | None = None  # from a kin word or gendered title next to the name
    head_of_state: bool = False
    long_form: Candidate | None = None  # the long form this acronym stands for
    linked_by_rule: bool = False
    notes: list[str] = field(default_factory=list)


def _split_at_newline(doc: Any, i: int, j: int) -> tuple[int, int]:
    """Keep the first piece of a span that runs across a line break (paragraphs, headings)."""
    for k in range(i, j):
        if "\n" in doc[k].text or "\n" in doc[k].whitespace_:
            piece_end = k if "\n" in doc[k].text else k + 1
            if any(doc[x].is_alpha for x in range(i, piece_end)):
                return i, piece_end
            rest = k + 1  # past the token holding or followed by the line break
            return _split_at_newline(doc, rest, j) if rest < j else (j, j)
    return i, j


def _strip_glued_prefix(doc: Any, i: int, j: int, lex: Lexicon) -> int:
    """"post-X Y" names Y (X is a modifier); "post-X" alone still names X."""
    if j - i >= 3 and doc[i].lower_ in lex.glued_prefixes and doc[i + 1].text == "-":
        return i + 3 if j - i > 3 else i + 2
    return i


def _strip_edges(doc: Any, i: int, j: int, lex: Lexicon) -> tuple[int, int]:
    while i < j:
        t = doc[i]
        if t.lower_ in LEADING_DROP or t.is_punct or t.is_space or t.is_quote or (t.pos_ in NON_NAME_POS and t.lower_ not in lex.particles \
                and not (t.text[:1].isupper() and t.pos_ == "PROPN")):
            i += 1
        else:
            new_i = _strip_glued_prefix(doc, i, j, lex)
            if new_i == i:
                break
            i = new_i
    while j > i:
        t = doc[j - 1]
        if t.text in APOSTROPHES and j - 2 >= i and _apostrophe_is_letter(doc, j - 1):
            break  # "...Nur'": the apostrophe transliterates a consonant; keep it
        if t.tag_ == "POS" or t.text in POSSESSIVE or t.is_punct or t.is_space or t.is_quote:
            j -= 1
        else:
            break
    return i, j


def _apostrophe_is_letter(doc: Any, k: int) -> bool:
    """True when the apostrophe at token k ends a word rather than closing a quote."""
    text = doc_text(doc)
    idx = doc[k].idx
    if idx == 0 or not text[idx - 1].isalpha() or text[idx - 1].lower() == "s":
        return False
    after = text[idx + 1: idx + 2]
    if after.isalpha():
        return False
    # An opening single quote earlier in the same sentence means this one closes it.
    sent_start = doc[k].sent.start_char if doc.has_annotation("SENT_START") else 0
    return "‘" not in text[sent_start:idx]


def _cut_at_verb(doc: Any, i: int, j: int) -> int:
    """"Irina Doe leads Heart" tagged as one name: a lower-case verb inside a span ends the name before it
    (names hold no verbs; a lower-case particle or "of"/"and" is not one)."""
    for k in range(i + 1, j - 1):
        t = doc[k]
        if t.pos_ in ("VERB", "AUX") and t.text.islower() and t.tag_ in ("VBZ", "VBD", "VBP"):
            return k
    return j


# English words glued after a name by a hyphen, which make a modifier, not a longer name ("a Correa-era
# minister", "the Moreno-led government").
_HYPHEN_SUFFIXES = frozenset({"era", "led", "based", "born", "style", "like", "run", "made", "held", "type", "wide",
                              "free", "owned", "year", "time", "day", "proof", "bound", "ruled", "sized"})


def _extend_hyphen_syllable(doc: Any, j: int) -> int:
    """"Yoon Suk-yeol", "Lee Jae-myung": a given name's second syllable, glued by a hyphen and written in
    lower case, is part of the name the model cut at the hyphen."""
    if j + 1 < len(doc) and doc[j].text == "-" and not doc[j - 1].whitespace_ and not doc[j].whitespace_ \
            and doc[j + 1].is_alpha and doc[j + 1].text.islower() and len(doc[j + 1].text) <= 5 \
            and doc[j + 1].text not in _HYPHEN_SUFFIXES \
            and not (j + 2 < len(doc) and doc[j + 2].text == "-" and not doc[j + 1].whitespace_):
        return j + 2  # (not a linking particle: "Jaish-e-Mohammed" is left to extend_linked_names)
    return j


def clean_span(doc: Any, i: int, j: int, label: str, lex: Lexicon) -> Candidate | None:
    """Clean the entity span [i, j) of ``doc``; None when nothing name-like is left."""
    i, j = _split_at_newline(doc, i, j)
    j = _cut_at_verb(doc, i, j)
    i, j = _strip_edges(doc, i, j, lex)
    if i >= j:
        return None
    if label == "PERSON":
        j = _extend_hyphen_syllable(doc, j)
    start, end = doc[i].idx, doc[j - 1].idx + len(doc[j - 1].text)
    end = _extend_apostrophe(doc_text(doc), start, end)
    text = doc_text(doc)[start:end]
    if not any(ch.isupper() for ch in text) or sum(ch.isalnum() for ch in text) < 2 \
            or not any(ch.isalpha() for ch in text):  # "M23", "G7": a letter and digits make a code name
        return None
    if label in ("PERSON", "NORP") and any(ch.isdigit() for ch in text):
        return None
    if is_photo_credit(doc_text(doc), start, end):
        return None
    return Candidate(i=i, j=j, start=start, end=end, label=label)


# "Jane Doe/AFP", "Jane Doe / Harbor Wire": a photographer's credit, with the agency after a slash.
_CREDIT = re.compile(r"[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)+\s*/\s*[A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*){0,3}")
_AGENCY_AFTER = re.compile(r"[ \t]*/[ \t]*[A-Z][\w&.-]*(?:[ \t]+[A-Z][\w&.-]*){0,3}")
# A credit closes its caption: only a bracket, a full stop or the line's end follows it.
_CREDIT_END = re.compile(r"\s*(?:[)\]]|\.?\s*$|\.?\s*\n)")


def is_photo_credit(text: str, start: int, end: int) -> bool:
    """Is text[start:end] a photo credit "Name/AGENCY" (or a name with "/AGENCY" right after it)?

    A credit left in the body names who took a picture, not someone in the story.
    """
    span = text[start:end]
    if _CREDIT.fullmatch(span):
        return bool(_CREDIT_END.match(text, end))
    after = _AGENCY_AFTER.match(text, end)
    return len(span.split()) >= 2 and "/" not in span and after is not None \
        and bool(_CREDIT_END.match(text, after.end()))


def _extend_apostrophe(text: str, start: int, end: int) -> int:
    """Include a word-final apostrophe the model left out ("Al-Nur'" + "'")."""
    if end < len(text) and text[end] in APOSTROPHES and text[end - 1].isalpha() \
            and text[end - 1].lower() != "s" and not text[end + 1: end + 2].isalpha():
        line_start = text.rfind("\n", 0, start) + 1
        if "‘" not in text[line_start:start] and (start == 0 or text[start - 1] not in APOSTROPHES):
            return end + 1
    return end


def strip_inner_title(doc: Any, cand: Candidate, lex: Lexicon) -> Candidate | None:
    """Split a title the model put inside the span ("Foreign Minister X" as ORG -> X).

    Only when what is left looks like a person's name and the removed part holds
    a title head (so "Security Council" or "General Assembly" stay whole). A
    span that is all title ("Lieutenant General") is not a name: None.
    """
    i, j = cand.i, cand.j
    k = i
    saw_head = False
    while k < j and _title_or_demonym(doc[k], lex):
        saw_head = saw_head or doc[k].lower_ in lex.heads or doc[k].lower_ in lex.honorifics
        k += 1
    if k == i:
        return cand
    rest = [doc[x] for x in range(k, j)]
    if not rest:
        return None if saw_head else cand
    demonym_only = not saw_head and all(_demonym(doc[x], lex) for x in range(i, k))
    if not (saw_head or (demonym_only and cand.label == "PERSON")):
        return cand
    if not looks_like_person(rest, lex):
        return cand
    cand.i = k
    cand.start = doc[k].idx
    cand.label = "PERSON"
    if demonym_only:  # "Ukrainian Volodymyr Zelensky": the nationality word says whose he is
        cand.affiliation = cand.affiliation or _demonym(doc[k - 1], lex)
    return cand


def names_after_demonym(doc: Any, cands: list[Candidate], lex: Lexicon) -> list[Candidate]:
    """"Ukrainian Volodymyr Zelensky": the lone nationality word right before a person's name is his
    affiliation. When the model cut the name ("Turkish Recep Erdogan" -> NORP "Turkish" + PERSON
    "Erdogan"), the capitalised words between them are given back to the name. ``cands`` sorted."""
    for n, c in enumerate(cands):
        country = _demonym(doc[c.i], lex) if c.label == "NORP" and c.j - c.i == 1 else None
        person = next((o for o in cands[n + 1:n + 2] if o.label == "PERSON"), None)
        if not country or person is None or doc[c.j - 1].whitespace_ != " ":
            continue
        gap = list(doc[c.j:person.i])
        if len(gap) > 2 or not all(t.pos_ == "PROPN" and t.text[:1].isupper() and not lex.title_word(t.text)
                                   and t.whitespace_ == " " for t in gap):
            continue
        if gap:
            person.i, person.start = c.j, doc[c.j].idx
        person.affiliation = person.affiliation or country
    return cands


def _demonym(tok: Any, lex: Lexicon) -> str | None:
    """The country of a nationality word: the lexicon's irregular forms, then the gazetteer's
    suffix rules ("Kenyan", "Sudanese"-style forms the table does not list)."""
    return lex.demonym_country(tok.text) or demonym_country(tok.text)


def _title_or_demonym(tok: Any, lex: Lexicon) -> bool:
    return lex.title_word(tok.text) or _demonym(tok, lex) is not None or tok.text == "-"


def looks_like_person(tokens: list[Any], lex: Lexicon) -> bool:
    words = [t for t in tokens if t.is_alpha]
    if not words or len(words) > 5:
        return False
    if any(w.lower_ in lex.org_heads for w in words) or lex.country(" ".join(t.text for t in tokens)):
        return False
    return all(t.text[:1].isupper() or t.lower_ in lex.particles for t in words)
