"""Person mentions the model missed, recovered from what the article itself shows.

Two general cues: (1) once an article names a person in full, every later
capitalised use of that full name or of its family name is a mention of them
("Kaya said" after "Ayse Kaya, a journalist"); (2) a run of 2-4
capitalised words followed by a titled apposition (", a senior analyst at ...")
or next to a speech verb ("..., X Y said") is a person's name.
"""

from __future__ import annotations

import functools
import itertools
import re
from typing import Any

from spacy.attrs import POS

from newsgraph.gazetteer import is_major_place, lookup_place
from newsgraph.stages.mention_clean import Candidate, doc_text, looks_like_person, tokens_shaped, tokens_where
from newsgraph.stages.mention_lexicon import Lexicon
from newsgraph.stages.mention_lexicon import _read_yaml as read_yaml
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


def recover_named_facilities(doc: Any, cands: list[Candidate], lex: Lexicon) -> None:
    """"the Aswan High Dam", "Bole International Airport": capitalised words no entity holds, ending in a
    capitalised facility noun, name a facility (FAC) even where the model tagged nothing."""
    heads = {k for k, v in lex.type_after.items() if v == "FAC"}
    covered = {k for c in cands for k in range(c.i, c.j)}
    added: list[Candidate] = []
    for t in tokens_shaped(doc, lambda w: w[:1].isupper() and w.lower() in heads):
        if t.i in covered or t.i == 0:
            continue
        k = t.i
        while k > 0 and t.i - k < 4 and (k - 1) not in covered and doc[k - 1].text[:1].isupper() \
                and doc[k - 1].is_alpha and not doc[k - 1].is_sent_start and doc[k - 1].lower_ not in ("the", "a", "an") \
                and doc[k - 1].lower_ not in lex.heads and doc[k - 1].whitespace_ == " ":
            k -= 1
        if k == t.i:
            continue
        added.append(Candidate(i=k, j=t.i + 1, start=doc[k].idx, end=t.idx + len(t.text), label="FAC",
                               notes=["name before a facility noun"]))
        covered.update(range(k, t.i + 1))
    if added:
        cands.extend(added)
        cands.sort(key=lambda c: c.start)


def recover_titled_names(doc: Any, cands: list[Candidate], lex: Lexicon) -> None:
    """"Prime Minister Abiy travelled ...": a capitalised title word right before capitalised words no
    entity holds makes them a person's name (one to three words, none a title, country or
    nationality); the model often misses a name it does not know after a title."""
    covered = {k for c in cands for k in range(c.i, c.j)}
    added: list[Candidate] = []
    for t in tokens_shaped(doc, lambda w: w[:1].isupper() and lex.title_word(w)):
        k = t.i + 1
        if t.i in covered or k >= len(doc) or k in covered or not t.whitespace_ or t.lower_ not in lex.heads:
            continue
        j = k
        while j < len(doc) and j - k < 3 and j not in covered and doc[j].pos_ == "PROPN" \
                and _untagged_name_word(doc[j], lex) and (j == k or doc[j - 1].whitespace_ == " "):
            j += 1
        if j == k or (j < len(doc) and doc[j].text[:1].isupper() and doc[j].is_alpha) \
                or any(doc[x].lower_ in lex.org_heads or lex.type_after.get(doc[x].lower_) for x in range(k, j)):
            continue  # nothing, a run that goes on into words we did not take, or a body ("Minister Office")
        c = Candidate(i=k, j=j, start=doc[k].idx, end=doc[j - 1].idx + len(doc[j - 1].text), label="PERSON")
        attach_role(doc, c, lex)
        c.notes.append("name after a title")
        added.append(c)
        covered.update(range(k, j))
    if added:
        cands.extend(added)
        cands.sort(key=lambda c: c.start)


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


# ---- spans the model cut, missed or split (see each function) ----

_PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
_ADMINISTERED = re.compile(r"-(?:administered|occupied) $")
_CODE_NAME = re.compile(r"[A-Z]{1,4}-?\d{1,3}")
_NOT_NAME_ENT = frozenset({"DATE", "TIME", "MONEY", "PERCENT", "QUANTITY", "CARDINAL", "ORDINAL"})


@functools.lru_cache(maxsize=1)
def _shape_words() -> dict[str, frozenset[str]]:
    """The word lists of ``name_shapes.yaml`` this module reads (lower-case)."""
    data = read_yaml("name_shapes.yaml")
    keys = ("national_bodies", "national_body_modifiers", "locative_preps", "not_acronyms", "place_apposition_nouns")
    return {k: frozenset(str(w).lower() for w in data.get(k) or []) for k in keys}


def locative_preps() -> frozenset[str]:
    return _shape_words()["locative_preps"]


def place_apposition_nouns() -> frozenset[str]:
    return _shape_words()["place_apposition_nouns"]


def is_code_name(text: str) -> bool:
    """"M23", "G7", "P-5": capitals and a number, the shape of a group's or a forum's code name."""
    return bool(_CODE_NAME.fullmatch(text))


def _one_line_space(text: str, a: Candidate, b: Candidate) -> bool:
    return text[a.end:b.start] == " "


def join_person_parts(doc: Any, cands: list[Candidate], lex: Lexicon) -> list[Candidate]:
    """Give a person's name back the words the model cut off (``cands`` sorted by offset).

    Two PERSON spans with only a space between them are one name ("Given Middle" +
    "Family", three-part names the model splits); a PERSON span followed by a
    capitalised proper noun that no entity holds takes it as a further family name
    ("Given Family Family2", "Reza Tabari'i": an apostrophe inside a transliterated
    name often keeps the model from tagging it), unless that word is a title, a
    country or a nationality.
    """
    text = doc_text(doc)
    out = _join_adjacent_persons(text, _join_across_particles(doc, cands, lex))
    taken = {k for c in out for k in range(c.i, c.j)}
    extended = False
    for c in out:
        k = c.j
        if c.label != "PERSON" or k >= len(doc) or k in taken or doc[k - 1].whitespace_ != " ":
            continue
        t = doc[k]
        if t.pos_ == "PROPN" and _untagged_name_word(t, lex) and c.j - c.i + 1 <= 4:
            c.j, c.end = k + 1, t.idx + len(t.text)
            extended = True
    # "Essa" + untagged "Kayd" + "Mohamud": the word taken above makes the two parts adjacent
    return _join_adjacent_persons(text, out) if extended else out


# Lower-case particles a European or Arabic family name starts with, which the model often leaves
# outside a person's span ("Ursula von" + "der" + "Leyen"). Not the short Arabic ones that are also
# English words ("as", "at", "an").
FAMILY_PARTICLES = frozenset({"van", "von", "de", "da", "di", "der", "den", "du", "le", "la", "dos", "das", "del",
                              "ter", "ten", "bin", "ibn", "bint", "al", "el"})


def _join_across_particles(doc: Any, cands: list[Candidate], lex: Lexicon) -> list[Candidate]:
    """A person's span ending in, or followed by, a family-name particle takes the capitalised word
    after the particles, whatever the model made of it: "Ursula von" + "der" + "Leyen" (tagged a
    place) is "Ursula von der Leyen". At most two particles; the word must not be a title, a
    country or a nationality, and only a one-word span of another kind gives it up."""
    by_start = {c.i: c for c in cands}
    drop: set[int] = set()
    for c in cands:
        if c.label != "PERSON" or id(c) in drop:
            continue
        k, bridged = c.j, doc[c.j - 1].lower_ in FAMILY_PARTICLES and doc[c.j - 1].text.islower()
        while k < len(doc) and k - c.j < 2 and doc[k].text in FAMILY_PARTICLES and doc[k - 1].whitespace_ == " ":
            k, bridged = k + 1, True
        if not bridged or k >= len(doc) or doc[k - 1].whitespace_ != " " or k - c.i > 5:
            continue
        t, other = doc[k], by_start.get(k)
        if not (is_name_word(t.text) and t.text[:1].isupper() and not t.is_upper and not lex.title_word(t.text)
                and not lex.country(t.text) and not lex.demonym_country(t.text)):
            continue
        if other is not None and other.j - other.i != 1:
            continue
        if other is None and any(x.i <= k < x.j for x in cands):
            continue
        if other is not None:
            drop.add(id(other))
        c.j, c.end = k + 1, t.idx + len(t.text)
    return [c for c in cands if id(c) not in drop]


def _join_adjacent_persons(text: str, cands: list[Candidate]) -> list[Candidate]:
    """Two PERSON spans with only a space between them are one name (at most five words)."""
    out: list[Candidate] = []
    for c in cands:
        prev = out[-1] if out else None
        if prev is not None and prev.label == c.label == "PERSON" and _one_line_space(text, prev, c) \
                and c.j - prev.i <= 5:
            prev.j, prev.end = c.j, c.end
            continue
        out.append(c)
    return out


# A word of a name: letters, with apostrophes inside ("Tabari'i", "Ma'ruf", "O’Neill").
_NAME_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)*")


def is_name_word(text: str) -> bool:
    return bool(_NAME_WORD.fullmatch(text))


def join_split_places(doc: Any, cands: list[Candidate]) -> list[Candidate]:
    """"Country-administered Region" / "Country-occupied Region" names one territory, not the country.

    The model tags the country alone ("Country" + "Region"); the whole is kept as one place mention.
    """
    text = doc_text(doc)
    out: list[Candidate] = []
    for c in cands:
        prev = out[-1] if out else None
        if prev is not None and prev.label in _PLACE_LABELS | {"NORP"} and c.label in _PLACE_LABELS \
                and _ADMINISTERED.fullmatch(text[prev.end:c.start]) and prev.j - prev.i == 1:
            prev.j, prev.end, prev.label = c.j, c.end, c.label
            prev.affiliation = None
            continue
        out.append(c)
    return out


# First words of an institution's name that may run on with "and" ("Ministry of Foreign Affairs and Trade").
_OF_AND_HEADS = frozenset({"ministry", "department", "office", "commission", "secretariat", "directorate"})


def join_ministry_names(doc: Any, cands: list[Candidate], lex: Lexicon) -> list[Candidate]:
    """"the Ministry of Foreign Affairs and International Cooperation" is one body; the model ends it at
    "and". A span "Ministry (Department, Office ...) of X" takes "and" and the capitalised words after it
    (tagged or not), unless a title or a name of another kind starts there."""
    out: list[Candidate] = []
    by_start = {c.i: c for c in cands}
    skip: set[int] = set()
    for c in cands:
        if c.i in skip:
            continue
        out.append(c)
        words = doc[c.i:c.j]
        if c.label != "ORG" or words[0].lower_ not in _OF_AND_HEADS or not any(t.lower_ == "of" for t in words):
            continue
        k = c.j - 1 if doc[c.j - 1].lower_ == "and" else c.j  # the model may end the span on the "and"
        if k + 1 >= len(doc) or doc[k].lower_ != "and":
            continue
        nxt = by_start.get(k + 1)
        if nxt is not None and nxt.label == "ORG":
            end = nxt.j
            skip.add(nxt.i)
        elif nxt is None:
            end = k + 1
            while end < len(doc) and end - k <= 4 and _bare_name_word(doc[end], lex):
                end += 1
            if end == k + 1:
                continue
        else:
            continue
        c.j, c.end = end, doc[end - 1].idx + len(doc[end - 1].text)
        c.notes.append("institution name with 'and'")
    return out


# Lower-case nouns that say what kind of place a name before them is ("Kalasin province").
PLACE_KIND_NOUNS = frozenset({"province", "district", "region", "county", "village", "town", "area", "prefecture",
                              "governorate", "municipality", "oblast", "commune", "canton", "subdistrict",
                              "township"})
_MAX_PLACE_WORDS = 4


def complete_place_names(doc: Any, cands: list[Candidate], lex: Lexicon) -> None:
    """"Vel Amara province", "Kor Pen Dal district": a place the model tagged in part takes the
    untagged capitalised words beside it when a place-kind noun follows the whole; the noun itself
    ("province") is no part of the name, so a later bare "Kalasin" is the same surface."""
    taken = {k for c in cands for k in range(c.i, c.j)}
    for c in cands:
        if c.label not in _PLACE_LABELS | {"PERSON"} or (c.label == "PERSON" and c.role):
            continue
        if c.j - c.i > 1 and doc[c.j - 1].is_lower and doc[c.j - 1].lower_ in PLACE_KIND_NOUNS:
            c.j -= 1  # the model kept the kind noun: "Kalasin province" -> "Kalasin"
            c.end = doc[c.j - 1].idx + len(doc[c.j - 1].text)
        right = c.j
        while right < len(doc) and right - c.i < _MAX_PLACE_WORDS and right not in taken \
                and _bare_name_word(doc[right], lex):
            right += 1
        if right >= len(doc) or not (doc[right].is_lower and doc[right].lower_ in PLACE_KIND_NOUNS):
            continue
        left = c.i
        while left > 0 and right - left < _MAX_PLACE_WORDS and left - 1 not in taken \
                and _bare_name_word(doc[left - 1], lex) and not doc[left - 1].is_sent_start:
            left -= 1
        if c.label == "PERSON":
            c.label = "GPE"  # "Prey Chan village": a name before a place-kind noun is a place
            c.notes.append("name before a place-kind noun")
        if (left, right) != (c.i, c.j):
            taken.update(range(left, right))
            c.i, c.j = left, right
            c.start, c.end = doc[left].idx, doc[right - 1].idx + len(doc[right - 1].text)
            c.notes.append("place name before a place-kind noun")


def _untagged_name_word(t: Any, lex: Lexicon) -> bool:
    """A capitalised name word (not all capitals) that no entity holds, and no title, country or
    nationality word."""
    return bool(is_name_word(t.text) and t.text[:1].isupper() and not t.is_upper and not t.ent_type_
                and not lex.title_word(t.text) and not lex.country(t.text) and not lex.demonym_country(t.text))


def _bare_name_word(t: Any, lex: Lexicon) -> bool:
    """An untagged name word inside a sentence, whatever its tag (the tagger often calls an unknown
    name's words ADJ or ADP: "Banteay", "Than")."""
    return not t.is_sent_start and _untagged_name_word(t, lex)


def join_cut_coordinations(doc: Any, cands: list[Candidate]) -> list[Candidate]:
    """"Party of Action and" + "Solidarity": a name the model ended on "and" goes on into the name
    right after it (one space between); the two are one organisation."""
    text = doc_text(doc)
    out: list[Candidate] = []
    for c in cands:
        prev = out[-1] if out else None
        if prev is not None and prev.label == "ORG" and c.label in ("ORG", "PERSON", "GPE") \
                and doc[prev.j - 1].lower_ in ("and", "&") and text[prev.end:c.start] == " ":
            prev.j, prev.end = c.j, c.end
            continue
        out.append(c)
    return out


def strip_owner_possessive(doc: Any, cands: list[Candidate], lex: Lexicon) -> None:
    """"Sandu's Party of Action and Solidarity": a person's possessive the model put at the head of an
    organisation's name is not part of it (a country's is: "Peru's Foreign Ministry", see
    add_national_bodies). Only when two words or more of the name are left."""
    for c in cands:
        if c.label != "ORG" or c.j - c.i < 4 or doc[c.i + 1].text not in ("'s", "’s"):
            continue
        owner = doc[c.i].text
        if lex.country(owner) or lex.demonym_country(owner) or is_major_place(owner) or not owner[:1].isupper() \
                or doc[c.i].pos_ != "PROPN" or owner.lower() in ("people", "women", "children", "workers"):
            continue
        c.i += 2
        c.start = doc[c.i].idx
        c.notes.append("owner's possessive dropped")


def join_slashed_orgs(doc: Any, cands: list[Candidate]) -> list[Candidate]:
    """"AAA/B12" (two organisation names joined by a slash, no spaces) names one alliance."""
    text = doc_text(doc)
    out: list[Candidate] = []
    for c in cands:
        prev = out[-1] if out else None
        if prev is not None and prev.label == c.label == "ORG" and text[prev.end:c.start] == "/":
            prev.j, prev.end = c.j, c.end
            continue
        out.append(c)
    return out


def add_national_bodies(doc: Any, cands: list[Candidate], lex: Lexicon) -> None:
    """"the Rwandan government", "the Chilean foreign ministry", "Peru's defence ministry": a nationality
    word (or a country's possessive) and an institution noun name that country's institution, one ORG
    mention (the model tags the nationality or the country alone)."""
    words = _shape_words()
    by_start = {c.i: c for c in cands}
    joined: set[int] = set()
    for c in cands:
        if id(c) in joined:
            continue
        owner = _body_owner(doc, c, lex)
        if owner is None:
            continue
        country, k = owner
        first = k
        body = by_start.get(first) if k > c.j else None
        if body is not None and body.label == "ORG" and doc[body.j - 1].lower_ in words["national_bodies"] \
                and not lex.country(doc_text(doc)[body.start:body.end]):
            # "Belarus's Foreign Ministry": the model tags the country and the body apart; one body
            # of that country, so that two countries' "Foreign Ministry" never become one entity
            c.affiliation = c.affiliation or country
            c.j, c.end, c.label = body.j, body.end, "ORG"
            c.notes.append("country's possessive and institution name")
            joined.add(id(body))
            continue
        while k < len(doc) and k - first < 3 and doc[k].lower_ in words["national_body_modifiers"] and doc[k].is_lower:
            k += 1
        if k < len(doc) and doc[k].is_lower and doc[k].lower_ in words["national_bodies"] \
                and (k == first or doc[k].lower_ == "ministry"):
            c.affiliation = c.affiliation or country
            c.j, c.end, c.label = k + 1, doc[k].idx + len(doc[k].text), "ORG"
            c.notes.append("nationality and institution noun")
    if joined:
        cands[:] = [c for c in cands if id(c) not in joined]


def _body_owner(doc: Any, c: Candidate, lex: Lexicon) -> tuple[str, int] | None:
    """The country of a one-word nationality ("Rwandan", "Emirati", which the model may tag ORG), of a
    country with a possessive ("Peru's"), or of a country name used as a modifier ("the UAE foreign
    ministry"), and where the institution's words start."""
    if c.label in ("NORP", "ORG") and c.j - c.i == 1 and (demonym := lex.demonym_country(doc[c.i].text)):
        return demonym, c.j
    if c.label not in ("GPE", "ORG") or c.j >= len(doc):
        return None
    name = doc_text(doc)[c.start:c.end]
    country = lex.country(name)
    if country is None and name.isupper() and (place := lookup_place(name)) is not None and place.kind == "country":
        country = place.country  # "the UAE foreign ministry", "the US government"
    if country is None:
        return None
    if doc[c.j].text in ("'s", "’s") and not doc[c.j - 1].whitespace_:
        return country, c.j + 1
    return (country, c.j) if doc[c.j].is_lower else None


def recover_acronyms(doc: Any, cands: list[Candidate], lex: Lexicon) -> None:
    """An all-caps word of 3-8 letters (or a code name like "M23") in running text that no entity
    holds names an organisation ("told ABC", "the ABCD scheme").

    A country's initials ("DRC") are the country (GPE). Not in a line written all in capitals
    (headlines, banners), not a field label ("SOURCE:"), not a common abbreviation (``not_acronyms``: units, formats, roman numerals).
    """
    stop = _shape_words()["not_acronyms"]
    text = doc_text(doc)
    covered = {k for c in cands for k in range(c.i, c.j)}
    for t in tokens_shaped(doc, _acronym_shaped):
        if t.i in covered or t.ent_type_ in _NOT_NAME_ENT:
            continue
        word = t.text
        if word.lower() in stop or lex.country(word) or _shouting_line(text, t.idx):
            continue
        if t.i + 1 < len(doc) and doc[t.i + 1].text in ("-", ":") and not t.whitespace_:
            continue  # "ABC-led": part of a compound; "SOURCE:", "UPDATE:": a field label
        place = lookup_place(word)
        label = "GPE" if place is not None and place.kind == "country" else "ORG"  # "DRC", "UAE"
        cands.append(Candidate(i=t.i, j=t.i + 1, start=t.idx, end=t.idx + len(word), label=label,
                               notes=["acronym in running text"]))


def _acronym_shaped(word: str) -> bool:
    return (word.isalpha() and word.isupper() and 3 <= len(word) <= 8) or is_code_name(word)


def _shouting_line(text: str, pos: int) -> bool:
    """Is the line around ``pos`` mostly capitals (a headline or banner, where caps say nothing)?"""
    start = text.rfind("\n", 0, pos) + 1
    end = text.find("\n", pos)
    line = text[start:end if end >= 0 else len(text)]
    letters = [ch for ch in line if ch.isalpha()]
    return sum(ch.islower() for ch in letters) < len(letters) / 2


def complete_place_lists(doc: Any, cands: list[Candidate], lex: Lexicon) -> None:
    """"over A, B and C": in a list of names where one item is a place (by label or the gazetteer),
    an item the model left untagged is a place too, and so is a one-word "person" with no role
    when no other item is a person (coordinated names are of one kind)."""
    by_start = {c.i: c for c in cands}
    covered = {k for c in cands for k in range(c.i, c.j)}
    # A list can only start at a mention or a proper noun (see _item_end); skipping the other
    # tokens is the same walk, without a Token object for each of them.
    starts_at = sorted(set(by_start) | {t.i for t in tokens_where(doc, POS, _PROPN)})
    k = 0
    for s in starts_at:
        if s < k:
            continue
        k = s
        items, end = _list_items(doc, k, lex, by_start)
        if len(items) < 3 or not any(by_start.get(i) for i, _ in items):
            k = max(end, k + 1)
            continue
        texts = [doc[i:j].text for i, j in items]
        is_place = [bool((c := by_start.get(i)) and c.j == j and c.label in _PLACE_LABELS) or is_major_place(x)
                    for (i, j), x in zip(items, texts, strict=True)]
        if any(is_place):
            starts = [i for i, _ in items]
            for i, j in items:
                c = by_start.get(i)
                if c is None and not any(x2 in covered for x2 in range(i, j)):
                    cands.append(Candidate(i=i, j=j, start=doc[i].idx, end=doc[j - 1].idx + len(doc[j - 1].text),
                                           label="GPE", notes=["item of a list of places"]))
                elif c is not None and c.label == "PERSON" and not c.role and c.j - c.i == 1 and not any(
                        o is not c and o is not None and o.label == "PERSON" for o in map(by_start.get, starts)):
                    c.label = "GPE"
        k = max(end, k + 1)


def _list_items(doc: Any, k: int, lex: Lexicon, by_start: dict[int, Candidate]) -> tuple[list[tuple[int, int]], int]:
    """Items (token ranges) of a list "A, B and C" of capitalised names starting at token ``k``, and
    the token after it; no items unless the list closes with "and"/"or" and a last name."""
    items: list[tuple[int, int]] = []
    n, p = len(doc), k
    while p < n:
        q = _item_end(doc, p, lex, by_start)
        if q == p:
            return [], max(p, k + 1)
        items.append((p, q))
        if q + 1 < n and doc[q].text == "," and doc[q + 1].lower_ in ("and", "or"):
            p = q + 2
        elif q < n and doc[q].lower_ in ("and", "or"):
            p = q + 1
        elif q < n and doc[q].text == ",":
            p = q + 1
            continue
        else:
            return [], q
        last = _item_end(doc, p, lex, by_start)
        return ([*items, (p, last)], last) if last > p else ([], p)
    return [], p


def _item_end(doc: Any, p: int, lex: Lexicon, by_start: dict[int, Candidate]) -> int:
    """End of the list item at token ``p``: a mention starting there, or up to 3 capitalised proper
    nouns (not at a sentence start, where capitals say nothing); ``p`` when there is none."""
    c = by_start.get(p)
    if c is not None:
        return c.j
    if p >= len(doc) or doc[p].is_sent_start:
        return p
    q = p
    while q < len(doc) and q - p < 3 and _list_word(doc[q], lex):
        q += 1
    return q


def _list_word(t: Any, lex: Lexicon) -> bool:
    return bool(t.pos_ == "PROPN" and t.is_alpha and t.text[:1].isupper() and t.ent_type_ not in _NOT_NAME_ENT
                and not lex.title_word(t.text) and not lex.demonym_country(t.text))


# "-e-Name", "-ul-Name": a short lower-case linking particle between hyphens, then a capitalised word.
_LINKED_TAIL = re.compile(r"-(?:[a-z]{1,3}-)+[A-Z][^\W\d_]+")


def extend_linked_names(doc: Any, cands: list[Candidate]) -> None:
    """"Xxx-e-Yyy", "Xxx-ul-Yyy" (names joined by a linking particle) is one name; the model often
    tags only the part before the first hyphen, which leaves "-e-Yyy" out."""
    text = doc_text(doc)
    for c in cands:
        m = _LINKED_TAIL.match(text, c.end)
        if m is None:
            continue
        span = doc.char_span(c.start, m.end(), alignment_mode="expand")
        if span is not None and span.end_char == m.end():
            c.j, c.end = span.end, m.end()


def persons_by_coordination(doc: Any, cands: list[Candidate], lex: Lexicon) -> None:
    """"X Y Z and Given Family": a person-shaped "organisation" (2-4 capitalised words, no
    organisation head) coordinated with a person's full name is a person too."""
    text = doc_text(doc)
    ordered = sorted(cands, key=lambda c: c.start)
    for a, b in itertools.pairwise(ordered):
        if text[a.end:b.start] not in (" and ", ", "):
            continue
        for org, person in ((a, b), (b, a)):
            if org.label == "ORG" and person.label == "PERSON" and person.j - person.i >= 2 \
                    and 2 <= org.j - org.i <= 4 and not org.long_form and _person_shaped(doc, org, lex):
                org.label = "PERSON"
                attach_role(doc, org, lex)


def _person_shaped(doc: Any, c: Candidate, lex: Lexicon) -> bool:
    tokens = list(doc[c.i:c.j])
    words = [t for t in tokens if t.is_alpha]
    return len(words) >= 2 and looks_like_person(tokens, lex) and not any(t.is_upper for t in words) \
        and not any(lex.title_word(t.text) or lex.country(t.text) for t in words)


def recover_country_names(doc: Any, cands: list[Candidate]) -> None:
    """Add a country named in full, or a capital, that the model left untagged ("Senegal recalled its
    ambassador", "On May 2 Dakar summoned the envoy": a sentence-initial name the small model often misses). Only a whole country name standing alone:
    no capitalised word right before (other than at a sentence start) or after it, so "Michael Jordan",
    "Chad Smith" and "Georgia Tech" stay what they are. Only untagged proper nouns are looked up
    (one attribute array for the parts of speech: this runs on every document)."""
    n = len(doc)
    if not n:
        return
    covered = {k for c in cands for k in range(c.i, c.j)}
    pos = doc.to_array([POS]).tolist()
    propn = doc.vocab.strings["PROPN"]
    added = False
    k = 0
    while k < n:
        if pos[k] != propn or k in covered or not doc[k].is_title:
            k += 1
            continue
        for j in range(min(n, k + 3), k, -1):
            span = doc[k:j]
            if any(x in covered for x in range(k, j)) or not span[-1].is_title \
                    or not all(w.is_title or w.lower_ in ("and", "of", "the") for w in span):
                continue
            place = lookup_place(span.text)
            if place is None or place.kind not in ("country", "capital"):
                continue  # a capital too: "On July 31 Kyiv called in the envoy" (the government, by metonymy)
            before = doc[k - 1] if k > 0 else None
            after = doc[j] if j < n else None
            if (before is not None and before.is_title and not doc[k].is_sent_start) \
                    or (after is not None and after.is_title):
                continue
            cands.append(Candidate(k, j, span.start_char, span.end_char, "GPE"))
            covered.update(range(k, j))
            added = True
            k = j - 1
            break
        k += 1
    if added:
        cands.sort(key=lambda c: c.start)
