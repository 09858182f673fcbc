"""Within-document chains: which cleaned mentions one article uses for one referent.

Two passes over the mentions in text order. Pass 1 takes the multi-word names
(full names, organisations): a name joins a chain with the same normalised key
("al Qaddafi" ~ "Al-Qaddafi"), or, for persons, one whose full name contains it
with the same given name ("Khalid Ahmed al-X" ~ "Khalid Ahmed al X"); two full
names with different given names never join. Pass 2 takes short forms: an
acronym goes to its long form (defined in the text, or by initials), and a bare
family or given name goes to the person the article names with it. When two
people share that name (a president and his brother), the bare form goes to
the more prominent (mentions so far, a head-of-state title) and, on a tie, the
more recently named one. A father's name inside a full name ("Y" in "X bin Y")
is no name of that person: a bare "Y" is the father, "bin Y" the son.
"""

from __future__ import annotations

import functools
import itertools
import re
from dataclasses import dataclass, field
from typing import Any

from anyascii import anyascii
from rapidfuzz.distance import Levenshtein
from spacy.attrs import LOWER

from newsgraph.gazetteer import lookup_place
from newsgraph.model import KIN_WORDS, Chain, kin_word
from newsgraph.stages.mention_acronyms import acronym_letters
from newsgraph.stages.mention_clean import Candidate, doc_text
from newsgraph.stages.mention_lexicon import Lexicon, is_acronym

# Prominence of a person for a bare family name: a head-of-state title counts
# as much as two more mentions, and being named last breaks ties (see module doc).
HEAD_OF_STATE_BONUS = 2.0
# Titles of scholars and physicians: no head of state or minister is called so in news.
ACADEMIC_TITLES = frozenset({"dr", "dr.", "doctor", "professor", "prof", "prof."})
RECENCY_BONUS = 1.0
# ... and this much less for a person named as someone's relative (judgement: more than the recency and
# near-full bonuses together, which the relative named last would otherwise collect)
RELATIVE_PENALTY = 2.0
# A bare name right after one of its bearers was named in full ("Former president X Kabila was
# sentenced ... . Kabila, who ...") leans to that one: journalists name the person they go on about.
# Half a mention: it decides between equals, not against a head of state named as often.
NEAR_FULL_CHARS = 300
NEAR_FULL_BONUS = 0.5
# A titled bare name ("Senator Marcos") goes to the bearer the article gave that title, never to one it
# gave only other titles ("President Marcos"): the title outweighs any count of mentions.
TITLE_MATCH_BONUS = 100.0
# Family-name spelling variants inside one article ("Qadafi"/"Qaddafi"): one edit,
# only for names of 5+ letters (shorter names collide too easily).
FUZZY_MIN_LEN = 5
# A person's initials ("JFK", "MBS") are read as a name from three letters up; two
# letters match too many unrelated abbreviations.
PERSON_INITIALS_MIN = 3
FUZZY_MAX_EDITS = 1
MALE = frozenset({"he", "him", "his", "himself"})
FEMALE = frozenset({"she", "her", "hers", "herself"})


_APOSTROPHE = re.compile(r"['`ʼ’]")
_NAME_SEPARATOR = re.compile(r"[\s\-.]+")


def name_tokens(text: str) -> list[str]:
    """Lower-case ASCII words of a name; hyphens, spaces and apostrophes are not told apart."""
    return list(_name_tokens(text))


@functools.lru_cache(maxsize=65536)
def _name_tokens(text: str) -> tuple[str, ...]:
    # Memoised for speed: a document's names recur in every chain test (and across documents).
    flat = anyascii(text).lower()
    flat = _APOSTROPHE.sub("", flat)
    return tuple(w for w in _NAME_SEPARATOR.split(flat) if w)


def content_tokens(text: str, lex: Lexicon) -> list[str]:
    return [w for w in name_tokens(text) if w not in lex.particles and w not in lex.honorifics]


def fathers_names(text: str, lex: Lexicon) -> frozenset[str]:
    """Words of a name that follow "bin/ibn/bint": fathers' names, not the person's own."""
    words = name_tokens(text)
    return frozenset(w for prev, w in itertools.pairwise(words)
                     if prev in lex.patronymic and w not in lex.particles)


@dataclass
class _Chain:
    members: list[int] = field(default_factory=list)
    full: list[str] = field(default_factory=list)  # content tokens of the fullest person name
    full_words: list[str] = field(default_factory=list)  # all its words, particles included
    fathers: frozenset[str] = frozenset()  # words of that name that are a father's name
    person: bool = False
    head: bool = False


def _same_token(a: str, b: str, *, fuzzy: bool) -> bool:
    if a == b:
        return True
    return fuzzy and min(len(a), len(b)) >= FUZZY_MIN_LEN and a[:2] == b[:2] \
        and Levenshtein.distance(a, b) <= FUZZY_MAX_EDITS


def _person_compatible(a: list[str], b: list[str]) -> bool:
    """Same given name, and one name's words appear in order in the other's (family names fuzzily);
    or the shorter name is the fuller one without its first given name(s) ("Manuel Lopez Obrador"
    of "Andres Manuel Lopez Obrador"): consecutive words of it, starting after its first."""
    if not a or not b:
        return False
    short, long_ = (a, b) if len(a) <= len(b) else (b, a)
    if not _same_token(a[0], b[0], fuzzy=False):
        return _inner_run(short, long_)
    pos = 0
    for n, w in enumerate(short):
        last = n == len(short) - 1
        while pos < len(long_) and not _same_token(w, long_[pos], fuzzy=last and pos == len(long_) - 1):
            pos += 1
        if pos == len(long_):
            return False
        pos += 1
    return True


def _is_tail(words: list[str], full: list[str]) -> bool:
    """The last two or more words of a person's full name ("Lopez Obrador" of "Andres Manuel
    Lopez Obrador"): that person, even when the model gave the shorter form another label."""
    return 2 <= len(words) < len(full) and full[-len(words):] == words


def _inner_run(short: list[str], long_: list[str]) -> bool:
    n = len(short)
    if n < 2 or len(long_) <= n or any(len(w) == 1 for w in short + long_):
        return False
    return any(all(_same_token(x, y, fuzzy=False) for x, y in zip(short, long_[k:k + n], strict=True))
               for k in range(1, len(long_) - n + 1))


# A kin word right before a name ("his late father, X"): the name is a relative's.
_KIN_BEFORE = re.compile(r"\b((?:" + "|".join(sorted(KIN_WORDS)) + r")(?:-in-law)?)\s*,?\s*$", re.IGNORECASE)


# Whose relative: "Deby's late father, " or "his father " right before the name.
_KIN_OWNER = re.compile(r"(?:(?P<name>[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3})['’]s|\b(?P<pronoun>his|her|their|whose))"
                        r"\s+(?:(?:late|elder|younger|eldest|youngest|own|former)\s+)?\w+(?:-in-law)?\s*,?\s*$")


class _Builder:
    def __init__(self, text: str, cands: list[Candidate], lex: Lexicon) -> None:
        self.text, self.cands, self.lex = text, cands, lex
        self.chains: list[_Chain] = []
        self.of: dict[int, int] = {}  # candidate index -> chain index
        self.keys = [" ".join(name_tokens(text[c.start:c.end])) for c in cands]
        self.content = [content_tokens(text[c.start:c.end], lex) for c in cands]

    def surface(self, n: int) -> str:
        c = self.cands[n]
        return self.text[c.start:c.end]

    def join(self, n: int, k: int) -> None:
        ch = self.chains[k]
        ch.members.append(n)
        self.of[n] = k
        c = self.cands[n]
        if c.label == "PERSON" and len(self.content[n]) > len(ch.full) and not is_acronym(self.surface(n)):
            ch.full = self.content[n]
            ch.full_words = name_tokens(self.surface(n))
            ch.fathers = fathers_names(self.surface(n), self.lex)
        ch.person = ch.person or (c.label == "PERSON" and len(self.content[n]) >= 2)
        ch.head = ch.head or c.head_of_state

    def new(self, n: int) -> None:
        self.chains.append(_Chain())
        self.join(n, len(self.chains) - 1)

    def by_key(self, n: int) -> int | None:
        hits = [self.of[m] for m in self.of if self.keys[m] == self.keys[n]]
        return hits[-1] if hits else None

    def is_short(self, n: int) -> bool:
        return len(self.content[n]) < 2 or is_acronym(self.surface(n)) or self.cands[n].long_form is not None

    def first_pass(self) -> None:
        for n, c in enumerate(self.cands):
            if self.is_short(n):
                continue
            k = self.by_key(n)
            if k is None and c.label == "PERSON" and self.kin_named(n):
                # a relative of someone: never a part of that someone's name; "father of <name>" is kept
                # as the role, so that cross-document resolution keeps the two apart too
                c.role = self.kin_role(n)
            elif k is None and c.label == "PERSON":
                k = next((x for x, ch in enumerate(self.chains)
                          if ch.person and _person_compatible(self.content[n], ch.full)), None)
            elif k is None and not self.lex.country(self.surface(n)):
                k = next((x for x, ch in enumerate(self.chains)
                          if ch.person and _is_tail(self.content[n], ch.full)), None)
            self.join(n, k) if k is not None else self.new(n)

    def second_pass(self) -> None:
        index = {id(c): n for n, c in enumerate(self.cands)}
        for n, c in enumerate(self.cands):
            if not self.is_short(n):
                continue
            k: int | None = None
            if c.long_form is not None and index.get(id(c.long_form)) in self.of:
                k = self.of[index[id(c.long_form)]]
            if k is None and self.may_be_person_part(n) and self.said_other(n):
                self.new(n)  # "the other Kabila": not the bearer the article has been naming
                continue
            if k is None and self.may_be_person_part(n) and len(self.person_options(n)) > 1:
                k = self.pick_person(n)  # two bearers of the name: who was named last, not the first match
                c.linked_by_rule = k is not None
            k = k if k is not None else self.by_key(n)
            if k is None and is_acronym(self.surface(n)):
                k = self.by_initials(n)
                if k is None:
                    k = self.person_by_initials(n)
                    c.linked_by_rule = k is not None
            if k is None and self.may_be_person_part(n):
                k = self.pick_person(n)
                if k is not None:
                    c.linked_by_rule = True
            self.join(n, k) if k is not None else self.new(n)

    def by_initials(self, n: int) -> int | None:
        letters = acronym_letters(self.surface(n))
        for k, ch in enumerate(self.chains):
            if ch.person:
                continue
            for m in ch.members:
                words = [w for w in self.surface(m).split() if w[:1].isupper()]
                if len(words) >= 2 and "".join(w[0] for w in words).upper() == letters:
                    return k
        return None

    def person_by_initials(self, n: int) -> int | None:
        """A person known by the initials of every word of the full name ("JFK", "AMLO", and
        with a lower-case "bin" too); only when one person of the article fits."""
        letters = acronym_letters(self.surface(n))
        if len(letters) < PERSON_INITIALS_MIN:
            return None
        hits = {k for k, ch in enumerate(self.chains) if ch.person for m in ch.members
                if "".join(w[0] for w in re.split(r"[\s\-]+", self.surface(m)) if w).upper() == letters}
        return hits.pop() if len(hits) == 1 else None

    def may_be_person_part(self, n: int) -> bool:
        c, text = self.cands[n], self.surface(n)
        if len(self.content[n]) != 1 or is_acronym(text):
            return False
        return c.label == "PERSON" or not (self.lex.country(text) or self.lex.demonym_country(text))

    def particle_options(self, n: int) -> list[int]:
        """Person chains whose full name has the particles a family name is written with here
        ("Ben Ali", "van der Meer"), apart or glued into one word ("Benali", "Vandermeer")."""
        words = name_tokens(self.surface(n))
        lead = 0
        while lead < len(words) - 1 and words[lead] in self.lex.particles \
                and words[lead] not in self.lex.patronymic and words[lead] not in self.lex.articles:
            lead += 1
        if lead == 0 or lead != len(words) - 1:
            return []
        glued = "".join(words)
        return [k for k, ch in enumerate(self.chains) if ch.person and (
            any(_same_token(glued, w, fuzzy=True) for w in ch.full)
            or any(ch.full_words[i:i + len(words)] == words for i in range(len(ch.full_words))))]

    def relative(self, k: int) -> bool:
        """Is chain ``k`` someone named as another's relative ("his late father Anton Rupert")? A bare
        family name later in the article is rather the person the story is about."""
        return any((r := self.cands[m].role) and kin_word(r) for m in self.chains[k].members)

    def kin_role(self, n: int) -> str:
        """"father of Deby" for "Deby's late father, X"; "father of <the person named last>" for "his
        father, X"; the kin word alone when no one is named before it."""
        c = self.cands[n]
        word = self.kin_named(n) or ""
        before = self.text[max(0, c.start - 80):c.start]
        owner = _KIN_OWNER.search(before)
        if owner and owner.group("name"):
            return f"{word} of {owner.group('name')}"
        if owner and owner.group("pronoun"):
            persons = [k for k, ch in enumerate(self.chains) if ch.person]
            if persons:
                last = max(persons, key=lambda k: max(self.cands[m].start for m in self.chains[k].members))
                name = max((self.surface(m) for m in self.chains[last].members), key=len)
                return f"{word} of {name}"
        return word

    def kin_named(self, n: int) -> str | None:
        """"his father, Idriss Deby", "her brother Ali": a person named as a relative of someone is not
        that someone, though the son's name holds the father's ("Mahamat Idriss Deby"). The kin word."""
        m = _KIN_BEFORE.search(self.text, max(0, self.cands[n].start - 30), self.cands[n].start)
        return m.group(1).lower() if m else None

    def said_other(self, n: int) -> bool:
        """"the other X", "another X": a bare name marked as someone else than the one named so far."""
        before = self.text[max(0, self.cands[n].start - 12):self.cands[n].start].lower().split()
        return bool(before) and before[-1] in ("other", "another")

    def academic_title(self, n: int) -> bool:
        """"Dr Sánchez added": a scholar's title says the bare name is not the head of state who shares it."""
        surface = self.surface(n).lower().split()
        before = self.text[max(0, self.cands[n].start - 12):self.cands[n].start].lower().split()
        words = (surface[:1] if len(surface) > 1 else []) + before[-1:]
        return any(w in ACADEMIC_TITLES for w in words)

    def person_options(self, n: int) -> list[int]:
        """Person chains whose full name has this bare name (as a father's name only for "bin Y")."""
        word = self.content[n][0]
        as_father = bool(fathers_names(self.surface(n), self.lex))  # "bin Y" on its own
        options = [k for k, ch in enumerate(self.chains)
                   if ch.person and any(_same_token(word, w, fuzzy=True) and (w in ch.fathers) == as_father
                                        for w in ch.full)]
        # "Ben Ali" is the person whose name has "Ben Ali" or "Benali", before one merely ending in "Ali"
        return self.particle_options(n) or options

    def pick_person(self, n: int) -> int | None:
        pos = self.cands[n].start
        options = self.person_options(n)
        if not options:
            return None
        before = {k: [m for m in self.chains[k].members if self.cands[m].start < pos] for k in options}
        if not any(before.values()):  # a headline or lead naming the person before introducing them
            before = {k: self.chains[k].members for k in options}
        latest = max(options, key=lambda k: max((self.cands[m].start for m in before[k]), default=-1))

        def last_full(k: int) -> int:
            return max((self.cands[m].start for m in before[k] if len(self.content[m]) >= 2), default=-1)

        near = max(options, key=last_full)
        near_ok = last_full(near) >= 0 and pos - last_full(near) <= NEAR_FULL_CHARS

        academic = self.academic_title(n)

        title = _title_head(self.cands[n].role)
        titles = {k: {t for m in self.chains[k].members if (t := _title_head(self.cands[m].role))}
                  for k in options} if title else {}
        if title and not any(title in ts for ts in titles.values()):
            title = None  # a title no bearer was given ("Governor Trudeau" as a taunt) decides nothing

        def score(k: int) -> tuple[float, int]:
            s = len(before[k]) + (HEAD_OF_STATE_BONUS if self.chains[k].head and not academic else 0.0)
            if title and title in titles[k]:
                s += TITLE_MATCH_BONUS
            elif title and titles[k]:
                s -= TITLE_MATCH_BONUS
            s -= RELATIVE_PENALTY if self.relative(k) else 0.0
            s += RECENCY_BONUS if k == latest else 0.0
            s += NEAR_FULL_BONUS if near_ok and k == near else 0.0
            return s, max((self.cands[m].start for m in before[k]), default=-1)

        return max(options, key=score)


def _title_head(role: str | None) -> str | None:
    """A role written as a title before a name ("Senator", "Vice President"), lower case; None for no role
    or a described one ("leader of the opposition party")."""
    if not role or not role[:1].isupper() or len(role.split()) > 3:
        return None
    return role.casefold()


def build_chains(doc: Any, cands: list[Candidate], lex: Lexicon) -> list[Chain]:
    """Group ``cands`` (sorted by offset) into chains; returns them, ids in order of first mention."""
    b = _Builder(doc_text(doc), cands, lex)
    b.first_pass()
    b.second_pass()
    order = sorted(range(len(b.chains)), key=lambda k: min(cands[m].start for m in b.chains[k].members))
    out: list[Chain] = []
    for new_id, k in enumerate(order):
        members = sorted(b.chains[k].members, key=lambda m: cands[m].start)
        out.append(_make_chain(doc, new_id, members, b, lex))
    return out


def _make_chain(doc: Any, cid: int, members: list[int], b: _Builder, lex: Lexicon) -> Chain:
    cands = b.cands
    label = _vote(members, b)
    if label == "GPE" and _bare_capital(members, b):
        for m in members:
            cands[m].label = "GPE"  # the capital the model took for a person, in every sentence
    for m in members:
        if label == "PERSON" and (cands[m].linked_by_rule or (len(b.content[m]) == 1
                                                             and not is_acronym(b.surface(m)))):
            cands[m].label = "PERSON"  # a family name of the chain's person, whatever the model said
    name_m = max(members, key=lambda m: (not is_acronym(b.surface(m)), len(b.content[m]),
                                         len(b.surface(m)), -cands[m].start))
    acronym = next((b.surface(m) for m in members if is_acronym(b.surface(m)) and m != name_m), None)
    chain = Chain(id=cid, name=b.surface(name_m), label=label, mentions=list(members), acronym=acronym)
    for m in members:
        c = cands[m]
        if c.role and c.role not in chain.roles:
            chain.roles.append(c.role)
        if c.affiliation and c.affiliation not in chain.affiliations and label in ("PERSON", "ORG"):
            chain.affiliations.append(c.affiliation)
    if label == "PERSON":
        chain.gender = _gender(doc, members, cands)
    return chain


def _vote(members: list[int], b: _Builder) -> str:
    votes: dict[str, float] = {}
    for m in members:
        c = b.cands[m]
        w = 1.0 + (1.0 if len(b.content[m]) >= 2 else 0.0) + (2.0 if c.role else 0.0)
        votes[c.label] = votes.get(c.label, 0.0) + w
    if b.chains[b.of[members[0]]].person and any(b.cands[m].linked_by_rule for m in members):
        votes["PERSON"] = votes.get("PERSON", 0.0) + 1.0  # a surname of a named person is a person
    label = max(votes, key=lambda lab: (votes[lab], lab == "PERSON"))
    if label == "PERSON" and _bare_capital(members, b):
        return "GPE"
    return label


def _bare_capital(members: list[int], b: _Builder) -> bool:
    """"On Thursday Kigali said it regretted the closure": the small model may take an unfamiliar capital
    used for its government for a person. A chain never given a first name or a title, whose one word is
    a capital or a seat of government in the gazetteer, is the place (a person so named is introduced
    with a full name or a title somewhere in the article)."""
    if any(b.cands[m].role or len(b.content[m]) != 1 for m in members):
        return False
    words = {b.surface(m).casefold() for m in members}
    if len(words) != 1:
        return False
    place = lookup_place(b.surface(members[0]))
    return place is not None and place.kind in ("capital", "seat")


def _gender(doc: Any, members: list[int], cands: list[Candidate]) -> str | None:
    """Gender from a kin word or title, else from the first he/she that follows a mention."""
    hints = [cands[m].gender for m in members if cands[m].gender]
    if hints:
        return max(set(hints), key=hints.count)
    persons = sorted(c.i for c in cands if c.label == "PERSON")
    male = female = 0
    # For speed: the words' lower-case string ids, compared with the pronouns' ids (no Token per word).
    male_ids = {doc.vocab.strings[w] for w in MALE}
    female_ids = {doc.vocab.strings[w] for w in FEMALE}
    # a pronoun inside a quotation is the speaker's word about someone else ('"... to bring her back," he said')
    straight, opening, closing = (doc.vocab.strings[q] for q in ('"', "“", "”"))
    for m in members:
        c = cands[m]
        stop = next((i for i in persons if i >= c.j), len(doc))
        sent_end = c.i
        if doc.has_annotation("SENT_START"):
            sent = doc[c.i].sent
            nxt = sent.end
            sent_end = doc[nxt].sent.end if nxt < len(doc) else nxt
        else:
            sent_end = min(len(doc), c.j + 40)
        end = min(stop, sent_end)
        words = doc[c.j:end].to_array([LOWER])[:, 0].tolist() if end > c.j else []
        quoted = False
        for word in words:
            if word in (straight, opening, closing):
                quoted = (not quoted) if word == straight else word == opening
                continue
            if quoted:
                continue
            if word in male_ids:
                male += 1
                break
            if word in female_ids:
                female += 1
                break
    if male > female:
        return "m"
    if female > male:
        return "f"
    return None
