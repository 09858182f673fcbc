"""Titles and roles around a name: "Deputy Foreign Minister X", "X, the Secretary General of Y".

Two places hold a role in English news: the title words right before the name
(possibly led by a demonym or a possessive country: "Turkish Foreign
Minister", "Ukraine's President", "Special Envoy for Z") and an apposition right
after it ("X, a senior analyst at Y"). Both are read from tokens with the
title lexicon in ``data/roles.yaml``; the demonym or the possessor becomes the
affiliation, a kin word or a gendered title gives the gender, and a head-of-
state title raises the person's prominence for resolving bare family names.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from newsgraph.gazetteer import country_of, lookup_place
from newsgraph.stages.mention_clean import Candidate
from newsgraph.stages.mention_lexicon import Lexicon

# Words that make a demonym another country's: "North Korean", "South Sudanese", "East Timorese".
COMPASS_WORDS = frozenset({"North", "South", "East", "West", "Central"})
DETERMINERS = frozenset({"the", "a", "an", "his", "her", "its", "their", "our"})
OF_WORDS = frozenset({"of", "for", "at", "to", "on", "in"})
# Words that make a head-of-state title something less (a deputy is not the head).
NOT_HEAD = frozenset({"deputy", "vice", "former", "ex", "late", "assistant", "under", "acting", "first"})
# Time words before a title that say its holder held it before: "then prime minister", "the late king".
PAST_HOLDER = frozenset({"then", "former", "ex", "late"})
MAX_APPOSITION_LEAD = 5  # tokens between ", a" and the title head: "a Paris-based Turkish journalist"
MAX_OF_OBJECT = 5  # capitalised tokens in "of the Presidential Office"-style complements
MAX_KIN_LOOKAHEAD = 4  # ", Secretary General of Z and brother of Y": "and brother" follows the role


@dataclass
class RoleInfo:
    role: str | None = None
    affiliation: str | None = None
    gender: str | None = None
    head_of_state: bool = False


def attach_role(doc: Any, cand: Candidate, lex: Lexicon) -> None:
    """Fill ``cand.role`` / affiliation / gender / head_of_state from the words around it."""
    left = _scan_left(doc, cand.i, lex)
    right = _scan_right(doc, cand.j, lex) if not left.role else RoleInfo()
    cand.role = cand.role or left.role or right.role
    cand.affiliation = cand.affiliation or left.affiliation or right.affiliation
    cand.gender = cand.gender or left.gender or right.gender
    cand.head_of_state = left.head_of_state or right.head_of_state


def _is_title(tok: Any, lex: Lexicon) -> bool:
    low = tok.lower_
    return lex.title_word(tok.text) or low in lex.kin or low in lex.temporal


def _scan_left(doc: Any, k: int, lex: Lexicon) -> RoleInfo:
    p = k - 1
    if p >= 1 and doc[p].text == "," and doc[p - 1].lower_ in (lex.heads | lex.kin):
        p -= 1  # "Ukraine's new leader, X"
    taken: list[int] = []
    while p >= 0 and "\n" not in doc[p].text and "\n" not in doc[p].whitespace_:
        t = doc[p]
        if _is_title(t, lex) or lex.demonym_country(t.text) or (t.text == "-" and taken):
            taken.append(p)
            p -= 1
            continue
        q = _of_phrase_start(doc, p, lex) if not taken else None
        if q is None and taken and t.lower_ in OF_WORDS and not any(doc[x].lower_ in lex.heads for x in taken):
            # "Secretary of State X": "State" is a title word of its own, but the head is before "of"
            q = _of_phrase_start(doc, taken[0], lex)
        if q is not None:
            taken.extend(range(p, q - 1, -1))
            p = q - 1
            continue
        if t.is_lower and t.pos_ in ("NOUN", "ADJ", "PROPN") and taken and t.lower_ not in DETERMINERS \
                and doc[taken[-1]].lower_ in lex.heads and doc[taken[-1]].lower_ not in lex.modifiers:
            taken.append(p)  # an unlisted portfolio word: "tourism minister"
            p -= 1
            continue
        break
    if not taken:
        owner = _possessor(doc, p - 1, lex) if p >= 1 and doc[p].tag_ == "POS" else None
        return RoleInfo(affiliation=owner if owner and lex.country(owner) else None)  # "Libya's X"
    info = _role_from_tokens(doc, sorted(taken), lex)
    if info.role and p >= 1 and doc[p].tag_ == "POS" and not info.affiliation:
        info.affiliation = _possessor(doc, p - 1, lex)
    elif info.role and p >= 0 and not info.affiliation:
        info.affiliation = _seat_before(doc, p) or _opening_capital(doc, p)
    return info


def _opening_capital(doc: Any, end: int) -> str | None:
    """"In Madrid, Foreign Minister X demanded ...": a sentence that opens in a national capital names the
    home of an official given a bare title there (an official abroad is given a nationality)."""
    if doc[end].text != "," or end < 2:
        return None
    start = _name_start(doc, end - 1, same_line=True)
    if start < 1 or doc[start - 1].lower_ != "in" or not doc[start - 1].is_sent_start:
        return None
    place = lookup_place(doc[start:end].text)
    return place.country if place is not None and place.kind == "capital" else None


def _seat_before(doc: Any, end: int) -> str | None:
    """The country a name right before a title stands for: "Kremlin spokesman X", "White House press
    secretary X", "Ukraine Foreign Minister X" (a country, its capital or its seat of government).
    The whole capitalised name must be one ("Washington Post reporter X" is no affiliation)."""
    if not doc[end].text[:1].isupper() or doc[end].pos_ != "PROPN":
        return None
    return country_of(doc[_name_start(doc, end, same_line=True): end + 1].text)


def _of_phrase_start(doc: Any, p: int, lex: Lexicon) -> int | None:
    """Index of the title word in "Envoy for Z" when p is the last token of Z; else None."""
    if not doc[p].text[:1].isupper():
        return None  # "chief negotiator on the [Chagos Archipelago]": the name is the object, not after it
    q = p
    steps = 0
    while q >= 0 and steps < MAX_OF_OBJECT and (doc[q].text[:1].isupper() or doc[q].lower_ == "the"):
        if _is_title(doc[q], lex) and doc[q].lower_ not in lex.modifiers:
            return None
        q -= 1
        steps += 1
    if q < 1 or q == p or doc[q].lower_ not in OF_WORDS or doc[q - 1].lower_ not in lex.heads:
        return None
    return q - 1


def _possessor(doc: Any, end: int, lex: Lexicon) -> str | None:
    """Text of the capitalised name ending at token ``end`` ("Ukraine" in "Ukraine's President")."""
    start = _name_start(doc, end)
    if not doc[end].text[:1].isupper():
        return None
    text = doc[start: end + 1].text
    return lex.country(text) or text


def _name_start(doc: Any, end: int, *, same_line: bool = False) -> int:
    """First token of the run of capitalised proper nouns that ends at token ``end`` (``same_line``: not
    across a line break)."""
    start = end
    while start - 1 >= 0 and doc[start - 1].text[:1].isupper() and doc[start - 1].pos_ == "PROPN" \
            and not (same_line and "\n" in doc[start - 1].whitespace_):
        start -= 1
    return start


def _role_from_tokens(doc: Any, idx: list[int], lex: Lexicon) -> RoleInfo:
    info = RoleInfo()
    words: list[Any] = []
    for x in idx:
        t = doc[x]
        low = t.lower_
        country = lex.demonym_country(t.text)
        if country and x > 0 and doc[x - 1].text in COMPASS_WORDS:
            # "North Korean leader X": the two words name another people than "Korean" alone
            country = lex.demonym_country(f"{doc[x - 1].text} {t.text}") or country
        if country:
            info.affiliation = info.affiliation or country
            continue
        if low in lex.masculine:
            info.gender = "m"
        elif low in lex.feminine:
            info.gender = "f"
        if low in lex.temporal or low in lex.honorifics or low in lex.kin:
            continue
        words.append(t)
    while words and words[0].text == "-":
        words.pop(0)
    if not any(w.lower_ in lex.heads for w in words):
        return info
    info.role = "".join(w.text_with_ws for w in words).strip()
    # "then prime minister X": the time word leaves the role's text, but X holds it no more
    info.head_of_state = _is_head_of_state(info.role, lex) and not any(doc[x].lower_ in PAST_HOLDER for x in idx)
    if not info.affiliation:
        info.affiliation = _object_country(words, lex)
    return info


def _object_country(words: list[Any], lex: Lexicon) -> str | None:
    """"President of Z": Z when it is a country ("Envoy for Z" is about Z, not from it)."""
    for n, w in enumerate(words):
        if w.lower_ == "of":
            tail = [t.text for t in words[n + 1:] if t.lower_ != "the"]
            return lex.country(" ".join(tail)) if tail else None
    return None


def _is_head_of_state(role: str, lex: Lexicon) -> bool:
    low = role.lower().split()
    if any(w in NOT_HEAD for w in low) or any(w in OF_WORDS for w in low):
        return False
    joined = " ".join(low)
    return any(joined.endswith(h) for h in lex.head_of_state)


def _scan_right(doc: Any, j: int, lex: Lexicon) -> RoleInfo:
    """", a senior analyst at Z" / ", Secretary General of the Z" right after the name."""
    n = len(doc)
    if j >= n or doc[j].text != ",":
        return RoleInfo()
    p = j + 1
    if p < n and doc[p].lower_ in DETERMINERS:
        p += 1
    first = p
    head = None
    while p < n and p - first <= MAX_APPOSITION_LEAD:
        t = doc[p]
        if t.lower_ in lex.heads or t.lower_ in lex.kin:
            head = p
            while head + 1 < n and doc[head + 1].lower_ in lex.heads:
                head += 1  # "Secretary General"
            if head + 1 < n and doc[head + 1].text in ("'s", "’s"):
                # "the prime minister's political director": the first title is the owner's, not the role
                p = first = head + 2
                head = None
                continue
            break
        glued = p > first and doc[p - 1].text == "-"  # "Paris-based"
        if (t.is_punct and t.text != "-") or (t.pos_ in ("VERB", "AUX", "CCONJ", "ADP") and not glued):
            return RoleInfo()
        p += 1
    if head is None:
        return RoleInfo()
    end = _of_object_end(doc, head + 1, lex)
    if _title_of_next_name(doc, end, lex):
        return RoleInfo()
    idx = [x for x in range(first, end) if _in_role(doc[x], lex, x >= head)]
    info = _role_from_tokens(doc, idx, lex)
    info.gender = info.gender or _kin_gender(doc, end, lex)
    return info


def _title_of_next_name(doc: Any, q: int, lex: Lexicon) -> bool:
    """", Secretary-General X Y": the title is the next name's, not an apposition to this one."""
    while q < len(doc) and (doc[q].text == "-" or doc[q].lower_ in lex.heads):
        q += 1
    return q < len(doc) and doc[q].pos_ == "PROPN" and doc[q].is_alpha and doc[q].text[:1].isupper()


def _kin_gender(doc: Any, p: int, lex: Lexicon) -> str | None:
    """", Secretary General of Z and brother of Y": the kin word later in the apposition."""
    for t in doc[p:min(len(doc), p + MAX_KIN_LOOKAHEAD)]:
        if t.is_sent_start or t.text in ".;" or t.pos_ == "VERB":
            break
        if t.lower_ in lex.kin:
            return "m" if t.lower_ in lex.masculine else "f" if t.lower_ in lex.feminine else None
    return None


def _in_role(tok: Any, lex: Lexicon, after_head: bool) -> bool:
    """Keep lexicon words (and everything from the head on); drop unlisted adjectives."""
    return after_head or _is_title(tok, lex) or lex.demonym_country(tok.text) is not None


def _of_object_end(doc: Any, p: int, lex: Lexicon) -> int:
    """End (exclusive) of an "of the Presidential Office" complement starting at p."""
    n = len(doc)
    if p >= n or doc[p].lower_ not in OF_WORDS:
        return p
    q = p + 1
    if q < n and doc[q].lower_ == "the":
        q += 1
    start = q
    while q < n and q - start < MAX_OF_OBJECT and (doc[q].text[:1].isupper() or
                                                   (doc[q].lower_ in ("of", "for") and q > start)):
        q += 1
    while q > start and not doc[q - 1].text[:1].isupper():
        q -= 1
    return q if q > start else p
