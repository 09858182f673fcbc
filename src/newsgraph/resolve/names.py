"""Transliteration-aware name keys, and when two person names may be one person.

Why: the same person reaches English news in many spellings ("Zelensky",
"Zelenskyy", "Zelenskiy"; "Gaddafi", "Qaddafi", "Kadhafi"; "Mohammed",
"Muhammad", "Mohamed"). Resolution blocks on keys that make those spellings
equal, then checks candidates with :func:`same_person`, which is strict about
given names: "Raúl X" and "Fidel X" are brothers, not spellings.

Two levels of normalization per token:

* :func:`fine_token` folds what transliteration varies (Arabic article forms,
  apostrophes for ayn/hamza, doubled letters, kh/h, q/k, ei/ey/ai, Cyrillic
  -ey/-ei/-y, -sky/-skiy/-skyy, tch/tsch/ch, x/ks, German/Polish final -ej/-yj,
  Hungarian/Polish sz, Ukrainian initial Hr/Hl for Russian Gr/Gl ...) but keeps vowels;
* :func:`skeleton` also drops inner vowels, so "Muhammad"/"Mohamed" and
  "Nur'"/"Nuraa" meet. It is only a blocking key; decisions look at the
  fine forms too.

Some spellings can be read two ways, and only one way is the transliteration
(German "ch" is English "kh" in "Michail" but not in "Chan"; German "S" before
a vowel is "Z" in "Selenskyj" but not in "Sanders"). :func:`_respellings` gives
those second readings under guards; decisions and blocking keys try them too.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

import jellyfish
from anyascii import anyascii

__all__ = [
    "ARTICLES", "PARTICLES", "NameParts", "bare_keys", "block_keys", "canonical_display", "canonical_name",
    "compound_surnames",
    "fine_token", "given_compatible", "inner_keys", "middle_initials", "name_key", "name_parts",
    "name_similarity", "name_tokens", "same_person", "single_key", "skeleton", "surname_key",
]

# Arabic definite-article forms written before a name ("al-", "el-", "ad-", "ash-" ...).
ARTICLES = frozenset({"al", "el", "ad", "as", "ash", "at", "az", "an", "ar", "ul", "ed", "es", "et"})
# Other connecting particles that spellings drop or keep at will ("bin", "ibn", "van der").
PARTICLES = ARTICLES | frozenset({"bin", "ibn", "ben", "bint", "van", "von", "der", "den", "de", "da",
                                  "di", "du", "del", "dos", "das", "la", "le"})
# "Son/daughter of": the word after it is the father's name (nasab), never a family name.
# "ben" is left out: it is also a given name ("Ben Wallace") and part of family names ("Ben Ali").
PATRONYMIC = frozenset({"bin", "ibn", "bint", "binti"})
# "Father/mother of": with the next word it forms one by-name (kunya), "Abu Bakr", "Umm Kulthum".
KUNYA = frozenset({"abu", "abou", "umm", "um"})
# Second words of Persian/Afghan/South Asian compound given names ("Ahmad Shah", "Ali Akbar",
# "Mohammad Reza"): a name that drops them names someone else ("Ahmad Massoud" is the son of
# "Ahmad Shah Massoud"). Only words that are not also common Arabic fathers' names
# ("Khalid Ahmed al-X": Ahmed is the father, so "Khalid al-X" is the same man).
COMPOUND_GIVEN_SECOND = frozenset({"shah", "reza", "akbar", "asghar", "javad", "bagher", "baqir", "baqer",
                                   "taqi", "naqi"})
# Courtesy titles that are not part of a name (the mention stage splits real roles off).
HONORIFICS = frozenset({"mr", "mrs", "ms", "miss", "dr", "sir", "dame", "lord", "lady", "prof",
                        "sheikh", "shaikh", "sayyid", "haji", "hajji"})

# Given names whose transliterations the generic rules cannot fold
# (different consonants, not only vowels): one spelling per line of equals.
_GIVEN_EQUIV = {
    "aleksandr": "aleksander", "aleksandar": "aleksander",
    "yevgeny": "evgeny", "yevgeni": "evgeny", "evgeni": "evgeny",
    "yuri": "yury", "iouri": "yury", "youri": "yury",
    "petro": "pyotr", "petr": "pyotr",  # Ukrainian / Czech-style forms of the Russian name
    "binyamin": "benjamin",
}

# Jaro-Winkler over fine forms above which two given names with the same
# skeleton count as one name ("ahmed"/"ahmad" 0.92, "mohamed"/"muhamad" 0.83,
# "amir"/"umar" 0.67). Set from those hand-checked pairs, not tuned on a corpus.
GIVEN_NAME_MIN_JW = 0.8
# Jaro-Winkler over fine surname forms for two surnames with the same skeleton
# ("sara"/"sar" 0.93, "zelenski" equal); below it the skeleton match is a coincidence.
SURNAME_MIN_JW = 0.85

_APOSTROPHES = "'\u2019\u2018\u02bc\u02bb\u02be\u02bf`\u00b4"


def _ascii(text: str) -> str:
    s = unicodedata.normalize("NFKC", text)
    for ch in _APOSTROPHES:
        s = s.replace(ch, "'")
    return anyascii(s)


def name_tokens(name: str) -> list[str]:
    """Lower-case ASCII tokens of a name, without honorifics, particles or possessive."""
    return list(_name_tokens(name))


@functools.lru_cache(maxsize=262144)
def _name_tokens(name: str) -> tuple[str, ...]:
    """Cached: resolution asks for the tokens of the same few thousand names again and again."""
    s = _ascii(name).casefold()
    s = re.sub(r"'s\b", "", s)
    s = s.replace("'", "")  # ayn/hamza apostrophes vanish: "nur'" -> "nur", "sa'ad" -> "saad"
    s = re.sub(r"[^a-z0-9]+", " ", s)
    toks = [t for t in s.split() if t not in HONORIFICS]
    if toks[:1] == ["the"]:
        toks = toks[1:]
    # "Alhakim"-style glued articles are kept: without a hyphen we cannot tell "Al" from "Alan".
    kept = [t for t in toks if t not in PARTICLES]
    return tuple(kept or toks)


_DIGRAPHS = (
    ("tsch", "ch"), ("tch", "ch"), ("sz", "s"), ("sch", "sh"), ("kh", "h"), ("gh", "g"), ("dh", "d"),
    ("th", "t"), ("ph", "f"), ("zh", "j"), ("dj", "j"), ("ck", "k"), ("q", "k"), ("x", "ks"),
    ("ch", "C"), ("sh", "S"), ("c", "k"),
)
_VOWELS = "aeiou"


@functools.lru_cache(maxsize=65536)
def fine_token(token: str) -> str:
    """Fold transliteration variation in one lower-case token, keeping vowels."""
    t = _GIVEN_EQUIV.get(token, token)
    if len(t) > 3:  # German/Polish/Czech final j after a vowel: Sergej / Sergei, Nikolaj / Nikolai
        t = re.sub(r"(?<=[aeiouy])j$", "i", t)
    for a, b in _DIGRAPHS:
        t = t.replace(a, b)
    t = t[:1] + t[1:].replace("w", "v")  # Kowalenko / Kovalenko; an initial w/v: see _respellings
    if len(t) > 3 and t[:2] in ("hr", "hl"):  # Ukrainian h for Russian g: Hrytsenko / Grytsenko
        t = "g" + t[1:]
    if t[:1] in ("g",) and len(t) > 3:  # Gaddafi / Qaddafi / Kadhafi: one sound, three letters
        t = "k" + t[1:]
    if t.startswith("y") and len(t) > 2 and t[1] in "e":  # Yevgeny / Evgeny
        t = t[1:]
    t = re.sub(r"(sk|tsk|ck)(i|y|ii|iy|yy|ij|yi)$", r"\1i", t)  # -sky/-skiy/-skyy
    if len(t) > 4:  # Arabic/Persian final ta marbuta: Haniyeh / Haniya / Haniyah, Shehadeh / Shehada
        t = re.sub(r"(?<=[^aeiou])[ae]h$|(?<=[aeiouy])[ae]h$", "a", t)
    t = re.sub(r"(.)\1+", r"\1", t)  # doubled letters: aa/a, dd/d, ii/i
    t = t.replace("ou", "u").replace("oo", "u").replace("ee", "i")
    t = re.sub(r"(ai|ay|ei|ey)", "i", t)  # y/i/e alternations: Heydar / Haidar / Heidar
    t = re.sub(r"(?<=[a-z])y(?=[aeiou]|$)", "i", t)  # Andrey / Andrei, Dmitriy / Dmitri
    t = re.sub(r"iy$|yi$|ij$", "i", t)
    t = re.sub(r"(.)\1+", r"\1", t)
    return t


@functools.lru_cache(maxsize=65536)
def skeleton(token: str) -> str:
    """Blocking key of one token: its fine form without inner vowels (initial vowel -> 'a')."""
    t = fine_token(token)
    if not t:
        return t
    head = "a" if t[0] in _VOWELS + "y" else t[0]
    return head + re.sub(r"[aeiouy]", "", t[1:])


def name_key(name: str) -> str:
    """Transliteration-aware key of a whole name: skeletons of its tokens, in order."""
    return " ".join(skeleton(t) for t in name_tokens(name))


def surname_key(name: str) -> str:
    """Key of the family name (last token): what a bare-surname mention shares with the full name."""
    toks = name_tokens(name)
    return skeleton(toks[-1]) if toks else ""


def _jw(a: str, b: str) -> float:
    return float(jellyfish.jaro_winkler_similarity(a, b))


# A token spelled the German way for a Slavic name: "-ow/-ew" endings of a long word
# (Sacharow, Jakowlew; short English "Barlow", "Jarrow" stay out), final "-yj/-ij/-ej",
# or "sch" for "sh". Only such tokens may read an initial "S"+vowel as "Z".
_GERMAN_SLAVIC = re.compile(r"sch|[yie]j$|^.{5,}(?:ow|ew|owa|ewa)$")


@functools.lru_cache(maxsize=65536)
def _respellings(token: str, given: bool) -> tuple[str, ...]:
    """Second readings of a lower-case token in English conventions, where its letters
    are ambiguous between transliteration systems; empty when there is none.

    * German/Polish "ch" (not in "sch", "tch") is English "kh": "Michail", "Chamenei";
      only in words of six letters or more, so "Chan" / "Khan", "Chen" stay apart;
    * German/Polish/Scandinavian "J" is English "Y": an initial "J" + vowel in given names
      ("Julia" / "Yulia", "Jurij" / "Yuri"); before a vowel in family names only when
      German-marked ("Jakowlew", "Sjuganow"), so "Jones" is never "Yones" (Polish family
      names are written the Polish way in English too: "Maciejewski" keeps its j);
    * German initial "S" + vowel is English "Z" in a German-marked word only
      ("Selenskyj", "Sacharow"), so "Sanders" is never "Zanders" (Polish keeps S as S);
    * German/Polish initial "W" is English "V" ("Wolodymyr", "Widrak") in given names of
      four letters or more and family names of six or more, so "Wu" / "Vu", "Ward" /
      "Vard", "Wang" / "Vang" stay apart (inside a word "w" is always "v": "Kowalenko");
    * an initial "Kh" is sometimes written for Arabic q/g ("Khadafy" / "Gaddafi"):
      family names of seven letters or more.
    """
    out: list[str] = []
    if len(token) >= 6 and re.search(r"(?<![stk])ch", token):
        out.append(re.sub(r"(?<![stk])ch", "kh", token))
    if not given and _GERMAN_SLAVIC.search(token) and "j" in token[:-1]:
        out += [re.sub(r"j(?=[aeiou])", "y", v) for v in [token, *out]]
    elif given and re.match(r"j[aeiou]", token) and len(token) > 2:
        out += ["y" + v[1:] for v in [token, *out]]
    if not given and _GERMAN_SLAVIC.search(token) and re.match(r"s[aeiouyj]", token):
        out += ["z" + v[1:] for v in [token, *out]]
    if token.startswith("w") and len(token) >= (4 if given else 6):
        out += ["v" + v[1:] for v in [token, *out]]
    if not given and len(token) >= 7 and token.startswith("kh"):
        out += ["k" + v[2:] for v in [token, *out] if v.startswith("kh")]
    if not given and _GERMAN_SLAVIC.search(token):
        # German "s" between vowels is "z" (Morosow / Morozov), German "sch" also stands for
        # Russian zh (Prigoschin / Prigozhin, Schukow / Zhukov)
        out += [re.sub(r"(?<=[aeiouy])s(?=[aeiouy])", "z", v) for v in [token, *out]]
        out += [v.replace("sch", "zh") for v in [token, *out] if "sch" in v]
    if given and re.search(r"ij[aeou]", token):  # Slavic "ija": Julija / Yulia, Marija / Maria
        out += [v.replace("ij", "iy") for v in [token, *out]]
    return tuple(dict.fromkeys(v for v in out if v != token))


def _readings(token: str, given: bool) -> tuple[str, ...]:
    return (token, *_respellings(token, given))


def given_compatible(a: str, b: str) -> bool:
    """Two given-name tokens are one name (spelling variants, or an initial of the other).

    A second reading (:func:`_respellings`) must give the very same fine form: "Julia" is
    "Yulia" and "Christina" is "Kristina", but "Juan" is not "Yan" nor "Jana" "Ana"."""
    if len(a) == 1 or len(b) == 1:
        return a[0] == b[0]
    if _given_alike(a, b):
        return True
    fa = {fine_token(x) for x in _readings(a, True)}
    return any(fine_token(y) in fa for y in _readings(b, True))


def _given_alike(a: str, b: str) -> bool:
    if skeleton(a) != skeleton(b):
        return False
    return _jw(fine_token(a), fine_token(b)) >= GIVEN_NAME_MIN_JW


def _surname_compatible(a: str, b: str) -> bool:
    return any(_surname_alike(x, y) for x in _readings(a, False) for y in _readings(b, False))


def _surname_alike(a: str, b: str) -> bool:
    if skeleton(a) != skeleton(b):
        return False
    fa, fb = fine_token(a), fine_token(b)
    short, long_ = sorted((fa, fb), key=len)
    if long_ == short + "i" and short[-1:] not in _VOWELS:
        return False  # a nisba suffix makes a new family name: Abbas / Abbasi, Hashem / Hashemi
    return fa == fb or _jw(fa, fb) >= SURNAME_MIN_JW


def _middles_compatible(ma: list[str], mb: list[str]) -> bool:
    """Middle parts: different initials distinguish ("George H. W. Bush" is not "George W.
    Bush"); a middle part present on one side only is an omission, which the resolver
    accepts only when it fits a single person in the corpus."""
    ia = [t for t in ma if len(t) == 1]
    ib = [t for t in mb if len(t) == 1]
    if ia and ib and ia != ib and not (_initials_cover(ma, ib) or _initials_cover(mb, ia)):
        return False
    fa = [t for t in ma if len(t) > 1]
    fb = [t for t in mb if len(t) > 1]
    if fa and fb:
        short, long_ = (fa, fb) if len(fa) <= len(fb) else (fb, fa)
        return all(any(given_compatible(s, x) for x in long_) for s in short)
    return True


def middle_initials(name: str) -> tuple[str, ...]:
    """Single-letter middle parts of a name: ("h", "w") for "George H. W. Bush"."""
    toks = name_tokens(name)
    return tuple(t for t in toks[1:-1] if len(t) == 1)


def _initials_cover(full: list[str], initials: list[str]) -> bool:
    letters = [t[0] for t in full]
    return bool(initials) and all(i in letters for i in initials) and len(initials) == len(full)


@dataclass(frozen=True)
class NameParts:
    """A person name split the way Arabic/Persian naming needs.

    ``tokens`` are content tokens (as :func:`name_tokens`, but a kunya "Abu X"
    and a compound given name "Ahmad Shah" are one token each); ``patronyms``
    holds the indices of tokens that follow "bin/ibn/bint" (a father's name);
    ``hyphen_tail`` says the last two tokens were written with a hyphen.
    """

    tokens: tuple[str, ...]
    patronyms: frozenset[int] = frozenset()
    hyphen_tail: bool = False

    @property
    def given(self) -> str:
        return self.tokens[0] if self.tokens else ""

    @property
    def family(self) -> str | None:
        """The family name: the last token unless it is a father's name."""
        if len(self.tokens) < 2 or len(self.tokens) - 1 in self.patronyms:
            return None
        return self.tokens[-1]

    @property
    def father(self) -> str | None:
        first = min(self.patronyms, default=None)
        return self.tokens[first] if first is not None else None

    @property
    def only_patronym(self) -> bool:
        """"bin Salman" on its own: a man named by his father's name."""
        return bool(self.tokens) and len(self.patronyms) == len(self.tokens)


def _raw_words(name: str) -> list[tuple[str, bool]]:
    """Lower-case ASCII words, each with whether a hyphen joined it to the word before."""
    s = _ascii(name).casefold()
    s = re.sub(r"'s\b", "", s).replace("'", "")
    out: list[tuple[str, bool]] = []
    for chunk in re.sub(r"[^a-z0-9\-]+", " ", s).split():
        for n, w in enumerate(p for p in chunk.split("-") if p):
            out.append((w, n > 0))
    out = [(w, h) for w, h in out if w not in HONORIFICS]
    return out[1:] if out[:1] and out[0][0] == "the" else out


@functools.lru_cache(maxsize=65536)
def name_parts(name: str) -> NameParts:
    """Structure of a person name: kunya and compound given names joined, fathers' names marked."""
    raw = _raw_words(name)
    toks: list[str] = []
    pats: set[int] = set()
    hyph: list[bool] = []
    i = 0
    while i < len(raw):
        t, h = raw[i]
        nxt = raw[i + 1][0] if i + 1 < len(raw) else None
        step, tok = 1, t
        if t in PATRONYMIC and nxt and nxt not in PARTICLES:
            pats.add(len(toks))
            step, tok = 2, nxt
        elif t in KUNYA and nxt and nxt not in PARTICLES:
            step, tok = 2, t + nxt
        elif t in PARTICLES and nxt:
            i += 1
            continue
        elif not toks and nxt in COMPOUND_GIVEN_SECOND and i + 2 < len(raw):
            step, tok = 2, t + nxt
        toks.append(tok)
        hyph.append(h if step == 1 else False)
        i += step
    if not toks:
        toks = [w for w, _h in raw]
        hyph = [False] * len(toks)
    n = len(toks)
    tail = n >= 2 and hyph[-1] and not {n - 1, n - 2} & pats
    return NameParts(tuple(toks), frozenset(pats), tail)


def compound_surnames(names: Iterable[str]) -> frozenset[str]:
    """Two-word family names a corpus attests as one: written with a hyphen, or glued into
    one word somewhere else ("Amir-Abdollahian", "Amirabdollahian" -> "amirabdollahian")."""
    pairs: set[str] = set()
    singles: set[str] = set()
    out: set[str] = set()
    for name in names:
        p = name_parts(name)
        singles.update(p.tokens)
        for k in range(1, len(p.tokens)):
            if not {k, k - 1} & p.patronyms:
                pairs.add(p.tokens[k - 1] + p.tokens[k])
        if p.hyphen_tail:
            out.add(p.tokens[-2] + p.tokens[-1])
    return frozenset(out | (pairs & singles))


def _joined_tail(p: NameParts, compounds: frozenset[str]) -> NameParts | None:
    """The same name with its last two tokens read as one compound family name, when the
    name or the corpus attests that compound ("Amir Abdollahian" ~ "Amir-Abdollahian")."""
    n = len(p.tokens)
    if n < 2 or {n - 1, n - 2} & p.patronyms:
        return None
    joined = p.tokens[-2] + p.tokens[-1]
    if not (p.hyphen_tail or joined in compounds):
        return None
    return NameParts((*p.tokens[:-2], joined), p.patronyms)


@functools.lru_cache(maxsize=65536)
def glued_family(name: str) -> NameParts | None:
    """The name with the particles before its family name glued to it ("Ilse van der Meer" ->
    "ilse vandermeer", "Hamid Ben Ali" -> "hamid benali"), as other writers spell it in one
    word; None when no such particle precedes the last word. Fathers' names ("bin X") and
    Arabic articles stay apart: "al-Maliki" is "Maliki" as often as "Almaliki" is rare."""
    raw = [w for w, _h in _raw_words(name)]
    k = len(raw) - 1
    while k > 0 and raw[k - 1] in PARTICLES and raw[k - 1] not in PATRONYMIC and raw[k - 1] not in ARTICLES:
        k -= 1
    if k >= len(raw) - 1:
        return None
    p = name_parts(name)
    if p.patronyms and len(p.tokens) - 1 in p.patronyms:
        return None
    return NameParts((*p.tokens[:-1], "".join(raw[k:])), p.patronyms)


def particle_fits(short: str, full: str) -> bool:
    """Does ``short``, a family name written with its particles ("Ben Ali", "van der Meer"),
    match ``full``'s family name with those particles, written apart or glued ("Hamid Ben
    Ali", "Hamid Benali")? Then ``full`` is a better referent than a name that merely ends
    in the same last word ("Abiy Ahmed Ali")."""
    glued = glued_family(short)
    if glued is None:
        return False
    other = glued_family(full)
    family = other.family if other is not None else name_parts(full).family
    return family is not None and _surname_compatible(glued.tokens[-1], family)


def _single_fits(single: NameParts, full: NameParts) -> bool:
    """A one-word name against a fuller one: the family name, the father's name when the
    single was written "bin X", or the exact given name ("Kim" / "Kim Jong Un")."""
    word = single.tokens[0]
    if single.only_patronym:
        return full.father is not None and _surname_compatible(word, full.father)
    if len(full.tokens) == 1:
        return not full.only_patronym and _surname_compatible(word, full.tokens[0])
    if word == full.given:
        return True
    return full.family is not None and _surname_compatible(word, full.family)


def _parts_match(pa: NameParts, pb: NameParts) -> bool:
    if len(pa.tokens) == 1 or len(pb.tokens) == 1:
        single, full = (pa, pb) if len(pa.tokens) == 1 else (pb, pa)
        return _single_fits(single, full)
    if _swapped(pa, pb):
        return True
    if not given_compatible(pa.given, pb.given):
        return _inner_run_match(pa, pb)
    if pa.patronyms or pb.patronyms:
        return _nasab_match(pa, pb)
    if not _surname_compatible(pa.tokens[-1], pb.tokens[-1]):
        return _without_second_surname(pa, pb)
    return _middles_compatible(list(pa.tokens[1:-1]), list(pb.tokens[1:-1]))


# A name of this many words or more may end in two family names (father's, then mother's).
TWO_SURNAME_MIN_WORDS = 4


def _without_second_surname(pa: NameParts, pb: NameParts) -> bool:
    """"Gustavo Petro" / "Gustavo Francisco Petro Urrego", "Andrés Manuel López" / "Andrés Manuel López
    Obrador": a name of four words or more may carry two family names, and the shorter form keeps only
    the first of them (the given name agreeing, its middle names among the fuller one's). A three-word
    name is left alone: "George Walker" is not "George Walker Bush"."""
    short, full = (pa, pb) if len(pa.tokens) < len(pb.tokens) else (pb, pa)
    if len(full.tokens) < TWO_SURNAME_MIN_WORDS or len(short.tokens) < 2 or short.patronyms or full.patronyms:
        return False
    if any(len(t) == 1 for t in (short.tokens[-1], full.tokens[-2])):
        return False
    return _surname_compatible(short.tokens[-1], full.tokens[-2]) and _middles_compatible(
        list(short.tokens[1:-1]), list(full.tokens[1:-2]))


def maternal_surname_dropped(a: str, b: str, bare_surnames: frozenset[str]) -> bool:
    """"Jorge Glas" / "Jorge Glas Espinel": a three-word name may be a given name and two family names
    (father's, then mother's), and the shorter form keeps the first. Only when the corpus calls the
    person by that first family name alone ("Glas was arrested") and never by the last one, which says
    the middle word is a family name: "George Walker" stays apart from "George Walker Bush", whom the
    corpus calls "Bush"."""
    pa, pb = name_parts(a), name_parts(b)
    short, full = (pa, pb) if len(pa.tokens) < len(pb.tokens) else (pb, pa)
    if len(short.tokens) != 2 or len(full.tokens) != 3 or short.patronyms or full.patronyms:
        return False
    if min(len(t) for t in (*short.tokens, *full.tokens)) < 2 or not given_compatible(short.given, full.given):
        return False
    return _surname_compatible(short.tokens[-1], full.tokens[1]) and skeleton(full.tokens[1]) in bare_surnames \
        and skeleton(full.tokens[2]) not in bare_surnames


def _swapped(pa: NameParts, pb: NameParts) -> bool:
    """"Takaichi Sanae" / "Sanae Takaichi", "Ishiba Shigeru" / "Shigeru Ishiba": a two-word name written
    family name first by one outlet and last by another, each word spelled alike (initials never)."""
    if len(pa.tokens) != 2 or len(pb.tokens) != 2 or pa.patronyms or pb.patronyms:
        return False
    (a1, a2), (b1, b2) = pa.tokens, pb.tokens
    if min(len(a1), len(a2), len(b1), len(b2)) < 2 or (a1 == b1 and a2 == b2):
        return False
    return _surname_compatible(a1, b2) and _surname_compatible(a2, b1)


def swap_key(name: str) -> str | None:
    """Blocking key shared by a two-word name and the same words in the other order (see _swapped)."""
    p = name_parts(name)
    if len(p.tokens) != 2 or p.patronyms or min(len(t) for t in p.tokens) < 2:
        return None
    return "swap:" + "|".join(sorted(skeleton(t) for t in p.tokens))


def _inner_run_match(pa: NameParts, pb: NameParts) -> bool:
    """A shorter name that is the fuller name without its first given name(s):
    "Tayyip Erdogan" / "Recep Tayyip Erdoğan", "Manuel Lopez Obrador" / "Andrés Manuel
    López Obrador", "Inacio Lula" / "Luiz Inácio Lula da Silva".

    The shorter name's words must be consecutive words of the fuller one, starting
    after its first word (so its given name is one the fuller name carries) and
    spelled alike, every one of them. Single-letter initials and "bin X" names are
    left to the other rules: "Jong Un" fits "Kim Jong Un", "Yo Jong" never fits it.
    """
    short, full = (pa, pb) if len(pa.tokens) < len(pb.tokens) else (pb, pa)
    n, m = len(short.tokens), len(full.tokens)
    if n < 2 or m <= n or short.patronyms or full.patronyms:
        return False
    if any(len(t) == 1 for t in short.tokens + full.tokens):
        return False
    for k in range(1, m - n + 1):
        run = full.tokens[k : k + n]
        if given_compatible(short.tokens[0], run[0]) and all(
            _surname_compatible(x, y) for x, y in zip(short.tokens[1:], run[1:], strict=True)
        ):
            return True
    return False


def _nasab_match(pa: NameParts, pb: NameParts) -> bool:
    """Names with a "bin X" part: fathers' names must agree where both give one, family names
    where both give one, and at least one of the two must be compared."""
    compared = False
    if pa.father and pb.father:
        if not _surname_compatible(pa.father, pb.father):
            return False
        compared = True
    if pa.family and pb.family:
        if not _surname_compatible(pa.family, pb.family):
            return False
        compared = True
    return compared


def same_person(a: str, b: str, *, compounds: frozenset[str] = frozenset()) -> bool:
    """May names ``a`` and ``b`` denote one person? Different given names never do.

    A shorter name may drop the fuller name's first given name(s) ("Tayyip
    Erdogan" / "Recep Tayyip Erdoğan"): see :func:`_inner_run_match`.
    A bare single name is compatible with a fuller name whose family name
    (last token) it spells, or whose first token it equals exactly
    ("Kim" / "Kim Jong Un"); a father's name ("Salman" in "Mohammed bin
    Salman") is no family name. A compound family name may be written as two
    words, hyphenated or glued ("Amir Abdollahian"), when it is hyphenated in
    ``a`` or ``b`` or listed in ``compounds`` (see :func:`compound_surnames`).
    """
    pa, pb = name_parts(a), name_parts(b)
    if not pa.tokens or not pb.tokens:
        return False
    va = [pa] + [x for x in (_joined_tail(pa, compounds), glued_family(a)) if x]
    vb = [pb] + [x for x in (_joined_tail(pb, compounds), glued_family(b)) if x]
    return any(_parts_match(x, y) for x in va for y in vb)


def block_keys(name: str, *, compounds: frozenset[str] = frozenset()) -> set[str]:
    """Blocking keys of a multi-word person name: family name, compound family name,
    and given + father's name for "X bin Y" forms."""
    p = name_parts(name)
    keys: set[str] = set()
    if p.family:
        keys |= _family_keys(p.family)
    joined = _joined_tail(p, compounds)
    if joined and joined.family:
        keys |= _family_keys(joined.family)
    glued = glued_family(name)
    if glued and glued.family:
        keys |= _family_keys(glued.family)
    if p.father:
        keys.add("nasab:" + skeleton(p.given) + ":" + skeleton(p.father))
    if not keys and p.tokens:
        keys |= _family_keys(p.tokens[-1])
    swap = swap_key(name)
    if swap:
        keys.add(swap)
    return keys


def _family_keys(token: str) -> set[str]:
    """Skeletons of a family name under each of its readings (see :func:`_respellings`)."""
    return {skeleton(t) for t in _readings(token, False)}


def inner_keys(name: str) -> set[str]:
    """Extra blocking keys of a name of three or more words: its inner words, under which a
    shorter form ending there ("Inacio Lula" of "Luiz Inácio Lula da Silva") finds it."""
    p = name_parts(name)
    if len(p.tokens) < 3 or p.patronyms:
        return set()
    return {skeleton(t) for t in p.tokens[1:-1] if len(t) > 1}


def bare_keys(name: str, *, compounds: frozenset[str] = frozenset()) -> set[str]:
    """Keys under which a one-word mention may find this (fuller) person name."""
    p = name_parts(name)
    keys = {"first:" + p.given} if p.given else set()
    if p.father:
        keys.add("bin:" + skeleton(p.father))
    keys |= {k for k in block_keys(name, compounds=compounds)
             if not k.startswith(("nasab:", "swap:"))} if p.family else set()
    return keys


def single_key(name: str) -> set[str]:
    """Keys a one-word name looks up in :func:`bare_keys` ("bin X" only finds fathers' names)."""
    p = name_parts(name)
    if not p.tokens:
        return set()
    if p.only_patronym:
        return {"bin:" + skeleton(p.tokens[0])}
    return _family_keys(p.tokens[0]) | {"first:" + p.tokens[0]}


def name_similarity(a: str, b: str) -> float:
    """Similarity in [0, 1]: 1.0 for equal fine forms, high for transliteration variants."""
    fa = " ".join(fine_token(t) for t in name_tokens(a))
    fb = " ".join(fine_token(t) for t in name_tokens(b))
    if not fa or not fb:
        return 0.0
    if fa == fb:
        return 1.0
    key_bonus = 1.0 if name_key(a) == name_key(b) else 0.0
    return round(0.7 * _jw(fa, fb) + 0.3 * key_bonus, 4)


def canonical_display(surface: str) -> str:
    """Tidy one surface for display: Arabic articles hyphenated and lower-case mid-name."""
    parts = surface.split()
    out: list[str] = []
    for i, p in enumerate(parts):
        low = p.casefold()
        if low in ARTICLES and i + 1 < len(parts) and i > 0:
            out.append(f"{low}-")
            continue
        m = re.match(r"^(Al|El)-(\w)", p)
        if m and i > 0:
            p = m.group(1).lower() + p[2:]
        out.append(p)
    return re.sub(r"- ", "-", " ".join(out))


def canonical_name(surfaces: Mapping[str, int]) -> str:
    """The most complete well-attested form among surfaces (surface -> count).

    Completeness (name tokens, particles and nationality words not counted)
    comes first: "X Y al-Z" beats "al Z". Among equally complete forms the
    spelling family with most mentions wins (spaces and hyphens do not make a
    new family), and inside it the hyphenated, then the most frequent form.
    """
    from newsgraph.gazetteer import demonym_country

    def completeness(s: str) -> int:
        words = [w for w in re.split(r"[\s\-]+", s) if w]
        lead = 1 if len(words) > 1 and demonym_country(words[0]) else 0
        return max(len(name_tokens(" ".join(words[lead:]))), 0)

    if not surfaces:
        return ""
    best = max(completeness(s) for s in surfaces)
    families: dict[str, list[str]] = {}
    for s in sorted(surfaces):
        if completeness(s) == best:
            families.setdefault(" ".join(fine_token(t) for t in name_tokens(s)), []).append(s)
    fam = max(sorted(families), key=lambda k: sum(surfaces[s] for s in families[k]))
    pick = max(sorted(families[fam]), key=lambda s: ("-" in s, surfaces[s], s[:1].isupper()))
    return canonical_display(pick)
