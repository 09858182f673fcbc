"""Who a cue's speaker token is: a named mention, a pronoun, or a description.

Named speakers map to the entity stage's mentions and chains. Pronouns ("he
adds") go to the nearest preceding compatible person that was a subject or a
speaker; descriptions ("the Chinese analyst") go to the nearest person
introduced with matching words (role, affiliation, apposition). When the
entity stage has produced no mentions (it runs first in the pipeline, so only
in isolated use), spaCy's own entities stand in.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from spacy.attrs import DEP

from newsgraph.gazetteer import country_of, demonym_country
from newsgraph.model import DocAnalysis
from newsgraph.stages.mention_clean import doc_text, tokens_where
from newsgraph.stages.quote_cues import CueData, Token, cue_data
from newsgraph.stages.quote_kinds import words_before

SPEAKER_LABELS = ("PERSON", "ORG", "NORP", "GPE")
# Bodies a bare "the ministry said" names again after the article introduced them by name.
BODY_NOUNS = frozenset({"ministry", "committee", "council", "commission", "agency", "office", "department",
                        "court", "tribunal", "parliament", "cabinet", "army", "military", "embassy", "government",
                        "presidency", "secretariat", "directorate", "bureau"})
GOVERNMENT_NOUNS = frozenset({"government", "administration"})
# Texts that speak for the body that issued them, like its spokesperson ("the ministry statement said").
TEXT_NOUNS = frozenset({"statement", "communique", "communiqué", "readout", "release"})
# An unnamed official of a named body speaks for it, as its spokesperson does ("a foreign ministry official").
OFFICIAL_NOUNS = frozenset({"official", "officials"})
# Texts someone sends or issues, which "the letter said" quotes (see _document_author).
AUTHORED_NOUNS = frozenset({"letter", "statement", "communique", "communiqué", "note", "memo", "report", "complaint"})
_SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})
_PARAGRAPH = re.compile(r"\n[ \t]*\n")
# How far back (characters) a pronoun or description may look for its antecedent:
# about four news paragraphs; beyond that, reporters repeat the name.
MAX_BACK_CHARS = 2500
# Shared prefix length for "Ukrainian" ~ "Ukraine", "analysts" ~ "analyst".
_STEM = 5
_STOP = frozenset(["a", "an", "the", "of", "and", "in", "on", "at", "for", "to", "with", "from", "by", "as", "former", "senior", "top", "new"])


@dataclass
class Candidate:
    """A possible antecedent: a named person or organisation seen before in the text."""

    pos: int
    text: str
    chain: int | None
    label: str
    gender: str | None
    words: frozenset[str]
    speaker: bool = False  # True once speech was attributed to it


@dataclass(frozen=True)
class Speaker:
    text: str | None  # name as the article gives it (antecedent's name for pronouns)
    chain: int | None
    start: int  # span of the speaker as written at the cue ("he", "the Chinese analyst")
    end: int
    label: str | None = None


def _stem_match(a: str, b: str) -> bool:
    """One role word for another: the same word, a plural or possessive of it, or a longer form of it
    ("minister" ~ "ministers"); not two words that only start alike ("minister" is no "ministry")."""
    if a == b:
        return True
    if len(a) < _STEM or len(b) < _STEM:
        return False
    short, long_ = sorted((a, b), key=len)
    return long_.startswith(short) or a.rstrip("'s") == b.rstrip("'s")


def _words(text: str | None) -> set[str]:
    if not text:
        return set()
    return {w.strip(".,").lower() for w in text.split() if w.strip(".,").lower() not in _STOP}


@dataclass
class SpeakerResolver:
    """Per-document speaker lookup; remembers attributed speakers for later pronouns."""

    doc: Any
    analysis: DocAnalysis
    quote_ranges: list[tuple[int, int]]
    data: CueData = field(default_factory=cue_data)
    mentions: list[tuple[int, int, str, str, int | None]] = field(default_factory=list)
    candidates: list[Candidate] = field(default_factory=list)
    # Role and affiliation words of the entity stage's mentions by start offset, gathered once
    # per document for _describing_words (for speed: no scan of every mention per candidate).
    _words_at: dict[int, set[str]] = field(default_factory=dict, init=False, repr=False)

    def __post_init__(self) -> None:
        for men in self.analysis.mentions:
            self._words_at.setdefault(men.start, set()).update(_words(men.role) | _words(men.affiliation))
        self.mentions = self._collect_mentions()
        self.candidates = [c for m in self.mentions if (c := self._candidate(m)) is not None]
        self._share_words()

    def _share_words(self) -> None:
        """Mentions of one referent share what the article said about it ("Li" gets "Chinese academic")."""
        groups: dict[object, set[str]] = {}
        genders: dict[object, str] = {}
        for c in self.candidates:
            key = self._key(c.text, c.chain)
            groups.setdefault(key, set()).update(c.words)
            if c.gender:
                genders.setdefault(key, c.gender)
        for c in self.candidates:
            key = self._key(c.text, c.chain)
            c.words = frozenset(groups[key])
            c.gender = c.gender or genders.get(key)

    @staticmethod
    def _key(text: str, chain: int | None) -> object:
        if chain is not None:
            return chain
        words = text.lower().split()
        return words[-1] if words else ""

    # ---------------------------------------------------------------- setup

    def _collect_mentions(self) -> list[tuple[int, int, str, str, int | None]]:
        """The entity stage's mentions (spaCy's entities when it has not run), plus proper-noun
        subjects that neither tagged ("Erdoğan spoke ..." at a sentence start)."""
        out: list[tuple[int, int, str, str, int | None]] = []
        if self.analysis.mentions:
            for m in self.analysis.mentions:
                chain = m.chain if 0 <= m.chain < len(self.analysis.chains) else None
                out.append((m.start, m.end, m.text, m.label, chain))
        else:
            out = [(e.start_char, e.end_char, e.text, e.label_, None) for e in self.doc.ents]
        covered = {i for a, b, *_ in out for i in range(a, b)}
        for t in tokens_where(self.doc, DEP, _SUBJECT_DEPS):  # the subjects, without a Token per word
            if _looks_proper(t) and t.idx not in covered:  # cheap test first
                a, b = _name_extent(t)
                out.append((a, b, doc_text(self.doc)[a:b], "PERSON", self._chain_named(doc_text(self.doc)[a:b])))
                covered.update(range(a, b))
        return sorted(out)

    def _chain_named(self, name: str) -> int | None:
        last = name.lower().split()[-1:]
        for i, ch in enumerate(self.analysis.chains):
            if ch.label == "PERSON" and ch.name.lower().split()[-1:] == last:
                return i
        return None

    def inside_quote(self, pos: int) -> bool:
        return any(a <= pos < b for a, b in self.quote_ranges)

    def _candidate(self, m: tuple[int, int, str, str, int | None]) -> Candidate | None:
        start, end, text, label, chain = m
        if label not in SPEAKER_LABELS or self.inside_quote(start):
            return None
        span = self.doc.char_span(start, end, alignment_mode="expand")
        if span is None:
            return None
        root = span.root
        if root.dep_ not in ("nsubj", "nsubjpass") and not self._is_described(root):
            return None
        words = self._describing_words(m, root)
        name = self.analysis.chains[chain].name if chain is not None else text
        speaks = _is_speech_subject(root, self.data)
        return Candidate(start, name, chain, label, self._gender(chain, words, span), frozenset(words), speaks)

    def _is_described(self, root: Token) -> bool:
        return any(c.dep_ == "appos" for c in root.children) or root.dep_ == "appos"

    def _describing_words(self, m: tuple[int, int, str, str, int | None], root: Token) -> set[str]:
        start, _end, _text, _label, chain = m
        words = set(self._words_at.get(start, ()))
        if chain is not None:
            ch = self.analysis.chains[chain]
            for r in ch.roles + ch.affiliations:
                words |= _words(r)
        appos = [c for c in root.children if c.dep_ == "appos"]
        if root.dep_ == "appos":
            appos.append(root.head)
        for a in appos:
            words |= {t.lower_ for t in a.subtree if t.is_alpha and t.lower_ not in _STOP}
        # title words before the name: "Foreign Minister X", "Mr X"
        for t in root.subtree:
            if t.dep_ == "compound" and t.idx < start:
                words.add(t.lower_)
        return words

    def _gender(self, chain: int | None, words: set[str], span: Any) -> str | None:
        if chain is not None and self.analysis.chains[chain].gender:
            return self.analysis.chains[chain].gender
        before = {t.lower_ for t in span.doc[max(0, span.start - 2) : span.start]}
        for g, gw in self.data.gender_words.items():
            if gw & (words | before):
                return g
        return None

    # ---------------------------------------------------------------- lookups

    def mention_at(self, pos: int) -> tuple[int, int, str, str, int | None] | None:
        for m in self.mentions:
            if m[0] <= pos < m[1]:
                return m
        return None

    def remember(self, speaker: Speaker, pos: int) -> None:
        """Record an attributed speaker so later pronouns and descriptions can reach it."""
        if speaker.text is None or (speaker.chain is None and speaker.label is None):
            return
        # the words it was written with describe it too: "the ministry spokesperson" is the
        # one a later "the spokesperson said" refers to
        written = _words(doc_text(self.doc)[speaker.start : speaker.end])
        words: set[str] = {w for w in written if w not in self.data.pronouns}
        gender = None
        last = speaker.text.split()[-1].lower() if speaker.text.split() else ""
        for c in self.candidates:
            same_chain = speaker.chain is not None and c.chain == speaker.chain
            if same_chain or c.text.lower().split()[-1:] == [last]:
                words |= c.words
                gender = gender or c.gender
        self.candidates.append(
            Candidate(pos, speaker.text, speaker.chain, speaker.label or "PERSON", gender, frozenset(words), True)
        )

    def resolve(self, tok: Token) -> Speaker:
        """The speaker that ``tok`` (a cue's subject or object) stands for."""
        if is_relative_subject(tok):
            # "Macron, who said ...": the antecedent's name, the span of "who" (as for "he")
            ante = self.resolve(tok.head.head)
            return Speaker(ante.text, ante.chain, tok.idx, tok.idx + len(tok), ante.label)
        m = self.mention_at(tok.idx)
        if m is not None and m[2][:1].islower() and tok.lower_ in BODY_NOUNS:
            # "the foreign ministry said", taken for a name: the body the article named before, if any
            mods = [t for t in tok.children if t.dep_ in ("amod", "compound", "nmod", "det") and t.i < tok.i]
            body = self._named_body(tok, mods) if any(t.lower_ == "the" for t in mods) else None
            if body is not None:
                return Speaker(body[0], body[1], m[0], m[1], "ORG")
        if m is not None:
            name = self.analysis.chains[m[4]].name if m[4] is not None else m[2]
            return Speaker(name, m[4], m[0], m[1], m[3])
        named = self._appositive_name(tok)
        if named is not None:
            return named
        lower = tok.lower_
        if tok.pos_ == "PRON" and lower in self.data.pronouns:
            return self._pronoun(tok, self.data.pronouns[lower])
        if _looks_proper(tok):
            return self._proper(tok)
        return self._description(tok)

    def _appositive_name(self, tok: Token) -> Speaker | None:
        """A description with the name beside it: "his spokesman, Jane Doe, said" -> Jane Doe."""
        if tok.pos_ not in ("NOUN", "PROPN"):
            return None
        for c in tok.children:
            if c.dep_ != "appos":
                continue
            m = self.mention_at(c.idx)
            if m is not None and m[3] in ("PERSON", "ORG"):
                name = self.analysis.chains[m[4]].name if m[4] is not None else m[2]
                return Speaker(name, m[4], m[0], m[1], m[3])
            if c.pos_ == "PROPN":
                return self._proper(c)
        # "the head of the Commission, Jo Doe,": the parser hangs the name on the body, or makes it a subject
        # of its own; a person named right after the phrase, between commas, is the head (a body named
        # there, "the head of the bloc, the Commission", is not)
        bodies = [o for p in tok.children if p.dep_ == "prep" and p.lower_ == "of" for o in p.children
                  if o.dep_ == "pobj"] if tok.pos_ == "NOUN" else []
        for body in bodies:
            after = body.i + 1  # the comma right after the body's head word
            m = self.mention_at(tok.doc[after + 1].idx) if after + 1 < len(tok.doc) and tok.doc[after].text == "," \
                else None
            if m is not None and m[3] == "PERSON":
                name = self.analysis.chains[m[4]].name if m[4] is not None else m[2]
                return Speaker(name, m[4], m[0], m[1], m[3])
        return None

    def _prior(self, pos: int) -> list[Candidate]:
        """Candidates before ``pos``, nearest first."""
        cands = [c for c in self.candidates if pos - MAX_BACK_CHARS <= c.pos < pos]
        return sorted(cands, key=lambda c: -c.pos)

    def _pronoun(self, tok: Token, need: str | None) -> Speaker:
        end = tok.idx + len(tok)
        host = self._free_relative_host(tok, need)
        if host is not None:
            return Speaker(host.text, host.chain, tok.idx, end, "PERSON")
        if need in ("m", "f") and (voice := self._spokesperson_before(tok)) is not None:
            return Speaker(voice.text, voice.chain, tok.idx, end, voice.label)
        if need in ("m", "f"):
            # a named speaker the tagger called ORG ("Okonjo said") is a person once "he"
            # refers to it; "the Council" is not
            # a possessor ("Peterson's press secretary, Ahmed Karim, said ...") owns the one who speaks
            people = [c for c in self._prior(tok.idx)
                      if (c.label == "PERSON" or (c.speaker and c.label == "ORG" and not self._has_article(c)))
                      and not self._possessor(c)]
            # a person of that gender named later than any subject, as an object, in the pronoun's
            # own sentence ("X described Jane Doe as a disgrace after she blamed ..."), is nearer
            # than a subject of unknown gender; across sentences "he tells ..." continues the last
            # speaker, however many people that speaker mentioned in between
            named = self._named_person_before(tok.idx, need)
            named_here = None if named is not None and named[2] < tok.sent.start_char else named
            # a person of that gender, or of unknown gender, named in this sentence or the one before,
            # whatever its role ("the delegation, led by Jo Marr, told the judges ... she said"), is
            # nearer than anyone of unknown gender named further back
            near = self._previous_sentence_start(tok)
            unknown = self._named_person_before(tok.idx, None)
            recent = next((p for p in (named, unknown) if p is not None and p[2] >= near), None)
            for c in people:
                if c.gender == need or (c.gender is None and (named_here is None or named_here[2] < c.pos)):
                    if c.gender is None and recent is not None and c.pos < near and recent[1] != c.chain:
                        return Speaker(recent[0], recent[1], tok.idx, end, "PERSON")
                    return Speaker(c.text, c.chain, tok.idx, end, "PERSON")
            if named is not None:
                return Speaker(named[0], named[1], tok.idx, end, "PERSON")
            if recent is not None:  # no one known to have that gender
                return Speaker(recent[0], recent[1], tok.idx, end, "PERSON")
            # else the guessed genders may be wrong; the nearest speaker is likelier
            for c in people:
                if c.speaker:
                    return Speaker(c.text, c.chain, tok.idx, end, "PERSON")
        elif need == "org":
            for c in self._prior(tok.idx):
                if c.label in ("ORG", "GPE", "NORP"):
                    return Speaker(c.text, c.chain, tok.idx, end, c.label)
        elif tok.lower_ == "they":
            group = self._group_before(tok)
            if group is not None:
                return Speaker(group.text, group.chain, tok.idx, end, group.label)
        return Speaker(None, None, tok.idx, end)

    def _free_relative_host(self, tok: Token, need: str | None) -> Candidate | None:
        """The sayer of "what he called ...": the subject of the clause the free relative sits in.

        "Doe thanked Roe for what he called a bold role" reports Doe's words: the
        "what"-clause gives the host subject's own phrasing, however near another
        name stands. A host subject of the other gender is not it.
        """
        verb = tok.head
        if tok.dep_ != "nsubj" or not any(c.lower_ == "what" and c.i < tok.i for c in verb.children):
            return None
        for host in verb.ancestors:
            subj = next((c for c in host.children if c.dep_ in _SUBJECT_DEPS), None)
            if subj is None:
                continue
            m = self.mention_at(subj.idx)
            if m is None or m[3] != "PERSON" or self.inside_quote(m[0]):
                return None
            cand = self._as_candidate(m)
            gender = self.analysis.chains[m[4]].gender if m[4] is not None else cand.gender
            if need in ("m", "f") and gender not in (None, need):
                return None
            return cand
        return None

    def _group_before(self, tok: Token) -> Speaker | None:
        """What "they" stands for: the nearest earlier subject that is a group.

        A plural noun ("the senators"), a pair ("Doe and Roe") or a named group
        ("Democrats", "the council"), as the clause's subject: reporters open a
        paragraph with the group and go on with "they say".
        """
        doc = tok.doc
        i = tok.i - 1
        while i >= 0 and doc[i].idx >= tok.idx - MAX_BACK_CHARS:
            t = doc[i]
            i -= 1
            if t.dep_ not in _SUBJECT_DEPS or t.pos_ == "PRON" or self.inside_quote(t.idx):
                continue
            m = self.mention_at(t.idx)
            if any(c.dep_ == "conj" for c in t.children):  # "Doe and Roe"
                phrase = doc_text(doc)[t.left_edge.idx : t.right_edge.idx + len(t.right_edge)]
                return Speaker(phrase, None, t.left_edge.idx, t.right_edge.idx + len(t.right_edge), m[3] if m else None)
            if m is not None and m[3] in ("NORP", "ORG"):
                name = self.analysis.chains[m[4]].name if m[4] is not None else m[2]
                return Speaker(name, m[4], m[0], m[1], m[3])
            if t.tag_ in ("NNS", "NNPS"):
                return self._description(t)
        return None

    def _spokesperson_before(self, tok: Token) -> Speaker | None:
        """"The spokesman for the general staff confirmed it. '...,' he told reporters": a spokesperson
        of a named body, unnamed, who is the subject of the sentence before, is who "he" or "she" is, and
        speaks for that body (a named person further back is not meant)."""
        if tok.sent.start == 0:
            return None
        prev = tok.doc[tok.sent.start - 1].sent
        subj = next((c for c in prev.root.children if c.dep_ in _SUBJECT_DEPS), None)
        if subj is None or subj.lower_ not in self.data.voice_nouns or self.mention_at(subj.idx) is not None \
                or any(c.dep_ == "appos" for c in subj.children) or self.inside_quote(subj.idx):
            return None
        return self._voiced_body(subj, subj.idx, subj.idx + len(subj))

    def _previous_sentence_start(self, tok: Token) -> int:
        """Where the sentence before ``tok``'s starts (its own start when it opens the text)."""
        start: int = tok.sent.start
        first: int = tok.doc[start - 1].sent.start_char if start > 0 else tok.sent.start_char
        return first

    def _named_person_before(self, pos: int, gender: str | None) -> tuple[str, int, int] | None:
        """(name, chain, position) of the nearest earlier person mention whose chain has ``gender``."""
        for start, _end, _text, label, chain in reversed(self.mentions):
            if start >= pos or start < pos - MAX_BACK_CHARS or self.inside_quote(start):
                continue
            if label == "PERSON" and chain is not None and self.analysis.chains[chain].gender == gender:
                return self.analysis.chains[chain].name, chain, start
        return None

    def _possessor(self, c: Candidate) -> bool:
        """Is the candidate written as an owner ("Peterson's press secretary")?"""
        end = c.pos + len(c.text)
        return doc_text(self.doc)[end:end + 2] in ("'s", "’s")

    def _has_article(self, c: Candidate) -> bool:
        return words_before(doc_text(self.doc), c.pos, 1) == ["the"]

    def _proper(self, tok: Token) -> Speaker:
        start, end = _name_extent(tok)
        last = doc_text(tok.doc)[start:end].split()[-1].lower()
        for i, ch in enumerate(self.analysis.chains):
            if ch.name.lower().split() and ch.name.lower().split()[-1] == last:
                return Speaker(ch.name, i, start, end, ch.label)
        return Speaker(doc_text(tok.doc)[start:end], None, start, end, "PERSON")

    def _description(self, tok: Token) -> Speaker:
        mods = [t for t in tok.children if t.dep_ in ("amod", "compound", "nmod", "det") and t.i < tok.i]
        start = min([tok.idx] + [t.idx for t in mods])
        end = tok.idx + len(tok)
        phrase = doc_text(tok.doc)[start:end]
        voiced = self._voiced_body(tok, start, end) or self._earlier_voice(tok, start, end) \
            or self._document_author(tok, mods, start, end)
        if voiced is not None:
            return voiced
        if tok.tag_ in ("NNS", "NNPS") or not any(t.lower_ in ("the", "this", "that") for t in mods):
            return Speaker(phrase, None, start, end)  # "analysts", "a source": nobody in particular
        body = self._named_body(tok, mods)
        if body is not None:
            return Speaker(body[0], body[1], start, end, "ORG")
        head = tok.lower_
        modifiers = {t.lower_ for t in mods if t.dep_ != "det"}
        best = self._match_description(tok.idx, head, modifiers, tok)
        if tok.lower_ in BODY_NOUNS and best is not None and best.label != "ORG":
            best = None  # "the foreign ministry" is no person, whatever words it shares with one
        if best is None and head in TITLE_HEADS:
            titled = self._only_titled(head, tok.idx)
            if titled is not None:
                return Speaker(self.analysis.chains[titled].name, titled, start, end, "PERSON")
        if best is None:
            return Speaker(phrase, None, start, end)
        return Speaker(best.text, best.chain, start, end, best.label)

    def _only_titled(self, head: str, pos: int) -> int | None:
        """'"...," the Chadian president told journalists' after "talks with President X" in an object: the
        one person the article gave that title before, wherever it named them (the speaker candidates
        are subjects and appositions only)."""
        found = {m[4] for m in self.mentions if m[0] < pos and m[3] == "PERSON" and m[4] is not None
                 and any(_stem_match(head, w) for r in self.analysis.chains[m[4]].roles for w in _words(r))}
        return found.pop() if len(found) == 1 else None

    def _named_body(self, tok: Token, mods: list[Token]) -> tuple[str, int | None] | None:
        """"The ministry said", "the foreign ministry said": "the" + body noun (and words the name had) is
        the latest organisation the article named with that noun as its last word and those words in it
        ("Ecuador's foreign ministry"), else, for a bare "the ministry", the latest named "Ministry of X";
        "the government" with no
        such organisation is the government of the latest country named as having one ("Mali's
        government", "the Malian government", "the government of Mali")."""
        word = tok.lower_
        if word not in BODY_NOUNS:
            return None
        wanted = {t.lower_ for t in mods if t.dep_ != "det"}
        if any(t.dep_ not in ("det", "amod", "compound") for t in mods):
            return None
        for m in reversed(self.mentions):
            start, _end, text, label, chain = m
            if start >= tok.idx or label != "ORG" or self.inside_quote(start):
                continue
            words = text.lower().split()
            if words[-1:] == [word] and wanted <= set(words):
                return (self.analysis.chains[chain].name if chain is not None else text), chain
        if not wanted:  # "the ministry" after "Ethiopia's Ministry of Water and Energy": the noun heads the name
            for start, _end, text, label, chain in reversed(self.mentions):
                if start >= tok.idx or label != "ORG" or self.inside_quote(start):
                    continue
                words = text.lower().split()
                at = next((k for k, w in enumerate(words) if w == word), None)
                if at is not None and at + 1 < len(words) and words[at + 1] == "of":
                    return (self.analysis.chains[chain].name if chain is not None else text), chain
        if word in GOVERNMENT_NOUNS and not wanted:
            return self._governing_country(tok)
        return None

    def _governing_country(self, tok: Token) -> tuple[str, int | None] | None:
        """The country of the latest "X's government", "the X government" or "the government of X"
        before ``tok`` (X a country, its people or a person whose chain knows the country)."""
        doc = tok.doc
        for t in reversed(doc[max(0, tok.i - 400):tok.i]):
            if t.lower_ not in GOVERNMENT_NOUNS or self.inside_quote(t.idx):
                continue
            owners = [c for c in t.children if c.dep_ in ("poss", "amod", "compound")]
            owners += [g for c in t.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children if g.dep_ == "pobj"]
            for o in owners:
                m = self.mention_at(o.idx)
                if m is None or self.inside_quote(m[0]):
                    continue
                country = country_of(m[2]) if m[3] in ("GPE", "NORP") else None
                if country is None and m[3] == "PERSON" and m[4] is not None:
                    country = next((c for a in self.analysis.chains[m[4]].affiliations if (c := country_of(a))), None)
                if country:
                    return self._country_chain(country)
        return None

    def _country_chain(self, country: str) -> tuple[str, int | None]:
        """The article's own chain for a country (its name as the article gives it), else the country."""
        for m in reversed(self.mentions):
            if m[3] == "GPE" and m[4] is not None and country_of(m[2]) == country:
                return self.analysis.chains[m[4]].name, m[4]
        return country, None

    def _voiced_body(self, tok: Token, start: int, end: int) -> Speaker | None:
        """The body a spokesperson speaks for: "the Foreign Office spokesperson", "a spokesman for the army".

        A spokesperson's words are the institution's statement, so the quote goes
        to the body named beside the noun (a compound or possessive before it, or "for"/"of"
        after it); a spokesperson named by no body stays a description. A body written as a common
        noun ("a foreign ministry spokesman", "the ministry's spokesman") is the organisation the
        article named before with that noun (see _named_body). A statement or readout "of" a body
        speaks for it the same way ("the ministry statement said").
        """
        official = tok.lower_ in OFFICIAL_NOUNS
        if tok.lower_ not in self.data.voice_nouns and tok.lower_ not in TEXT_NOUNS and not official:
            return None
        body = [t for t in tok.children if t.dep_ in ("compound", "nmod", "poss") and t.i < tok.i]
        if official and not any(t.lower_ in BODY_NOUNS or (self.mention_at(t.idx) or ("",) * 4)[3] == "ORG"
                                for t in body):
            return None  # "an Egyptian official": no body named; "a foreign ministry official" speaks for it
        if len(body) == 1 and body[0].dep_ == "poss" and body[0].lower_ in ("his", "her", "its") \
                and tok.lower_ in self.data.voice_nouns:
            # "according to his spokesperson": the words are those of the one the spokesperson speaks for
            owner = self._pronoun(body[0], "org" if body[0].lower_ == "its" else self.data.pronouns[body[0].lower_])
            if owner.text is None:
                return None
            return Speaker(owner.text, owner.chain, min(start, body[0].idx), end, owner.label)
        if body:
            lo = min(t.left_edge.idx for t in body)
            hi = max(t.right_edge.idx + len(t.right_edge) for t in body)
            root = max(body, key=lambda t: t.i)
        else:
            preps = [c for c in tok.children if c.dep_ == "prep" and c.lower_ in ("for", "of", "at")]
            objs = [o for p in preps for o in p.children if o.dep_ == "pobj"]
            if not objs:
                return None
            root = objs[0]
            lo, hi = root.left_edge.idx, root.right_edge.idx + len(root.right_edge)
        m = self.mention_at(root.idx)
        if m is not None and m[3] in ("ORG", "GPE", "NORP"):
            name = self.analysis.chains[m[4]].name if m[4] is not None else m[2]
            return Speaker(name, m[4], min(start, lo), max(end, hi), m[3])
        if m is not None:
            return None  # a person's spokesman ("a spokesman for Doe") speaks for that person: left to the reader
        named = self._common_body(tok, root)
        if named is not None:
            return Speaker(named[0], named[1], min(start, lo), max(end, hi), "ORG")
        text = doc_text(tok.doc)[lo:hi]
        if len(_words(text)) < 2 or tok.lower_ in TEXT_NOUNS:
            return None  # "a government spokesman": no body in particular
        return Speaker(text, None, min(start, lo), max(end, hi), "ORG")

    def _document_author(self, tok: Token, mods: list[Token], start: int, end: int) -> Speaker | None:
        """"The letter said ..." after "Cairo sent a letter to the council": a text named again with "the"
        speaks for whoever sent, issued or wrote it in this paragraph or the one before (the subject of
        the verb it is the object of, or of the clause "in a letter" hangs on)."""
        if tok.lemma_.lower() not in AUTHORED_NOUNS or [t.lower_ for t in mods] != ["the"]:
            return None
        doc = tok.doc
        breaks = [m.end() for m in _PARAGRAPH.finditer(doc_text(doc), 0, tok.idx)]
        lo = breaks[-2] if len(breaks) > 1 else 0
        for t in reversed(doc[max(0, tok.i - 150):tok.i]):
            if t.idx < lo:
                break
            if t.lemma_.lower() != tok.lemma_.lower() or self.inside_quote(t.idx):
                continue
            # "sent a letter", "said in a statement", "answered with a sharp statement"
            verb = t.head if t.dep_ == "dobj" else (t.head.head if t.dep_ == "pobj" and t.head.lower_ in ("in", "with")
                                                    else None)
            subj = next((c for c in verb.children if c.dep_ == "nsubj"), None) if verb is not None else None
            m = self.mention_at(subj.idx) if subj is not None else None
            if m is not None and m[3] in ("ORG", "GPE", "NORP", "PERSON"):
                name = self.analysis.chains[m[4]].name if m[4] is not None else m[2]
                return Speaker(name, m[4], start, end, m[3])
            return None  # the latest mention of the text decides, even with no author to give
        return None

    def _earlier_voice(self, tok: Token, start: int, end: int) -> Speaker | None:
        """"The spokesperson said" after "a State Department spokesperson cautioned ...": a spokesperson
        named again with "the" and no body speaks for the body of the latest spokesperson given one in
        the same paragraph or the one before."""
        if tok.lower_ not in self.data.voice_nouns or not any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children):
            return None
        doc = tok.doc
        breaks = [m.end() for m in _PARAGRAPH.finditer(doc_text(doc), 0, tok.idx)]
        lo = breaks[-2] if len(breaks) > 1 else 0  # this paragraph or the one before
        for t in reversed(doc[max(0, tok.i - 120):tok.i]):
            if t.idx < lo:
                break
            if t.lower_ in self.data.voice_nouns and not self.inside_quote(t.idx):
                linked = ([t.head] if t.dep_ == "appos" else []) + [c for c in t.children if c.dep_ == "appos"]
                if any((self.mention_at(x.idx) or ("",) * 4)[3] == "PERSON" for x in linked):
                    return None  # "Wang Wenbin, a spokesman for the ministry": the person is meant (see _match_description)
                # ("In Quito, a spokesperson for the ministry": the parser's apposition to a place names no one)
                earlier = self._voiced_body(t, t.idx, t.idx + len(t))
                if earlier is not None:
                    return Speaker(earlier.text, earlier.chain, start, end, earlier.label)
        return None

    def _common_body(self, tok: Token, root: Token) -> tuple[str, int | None] | None:
        """The organisation a lowercase body noun beside a spokesperson stands for, with the words
        written with it ("a foreign ministry spokesman": foreign + ministry), as _named_body finds it."""
        if root.lower_ not in BODY_NOUNS or not root.text.islower():
            return None
        mods = [t for t in (*root.children, *tok.children) if t.i < root.i and t.dep_ in ("amod", "compound", "det")]
        return self._named_body(root, [t for t in mods if t.text.islower()])

    def _previous_subject(self, tok: Token) -> Candidate | None:
        """The person the sentence before is about, in the same paragraph or closing the one before.

        '"...," the foreign minister said' right after "Doe struck a guarded tone."
        refers back to Doe: reporters name a person, then vary the reference
        with a role the article may never have given, often opening the next
        paragraph with the quote (a heading between them breaks the link). The person is the subject
        of that sentence's main verb, or its possessor ("Doe's remarks were
        blunt"); a name opening the sentence counts even where the parser took
        it for a modifier. A person that sentence names with the very role
        ("Doe met Finance Minister Roe") is the one meant instead.
        """
        doc = tok.doc
        if tok.sent.start == 0:
            return None
        prev = doc[tok.sent.start - 1].sent
        first = next((t for t in prev if not (t.is_punct or t.is_space)), None)  # past a stray closing mark
        while first is not None and self.inside_quote(first.idx) and prev.start > 0:
            # the quote's own first sentences ('"We must build on it. X must come home," the minister
            # said'): the person is the subject of the sentence before the quote opened
            prev = doc[prev.start - 1].sent
            first = next((t for t in prev if not (t.is_punct or t.is_space)), None)
        if first is None or (_PARAGRAPH.search(doc_text(doc), first.idx, tok.idx) and not (
                _ends_statement(prev) and not _PARAGRAPH.search(doc_text(doc), tok.sent.start_char, tok.idx))):
            return None  # a paragraph break only right after a sentence of prose (no heading between)
        titled = self._titled_person(first.idx, tok.idx, tok.lower_)
        if titled is not None:
            return titled
        root = prev.root
        subj = [c for c in root.children if c.dep_ in _SUBJECT_DEPS]
        who = subj[0] if subj else None
        if who is None and first.head.i == root.i and _looks_proper(first):
            who = first
        if who is None:
            return None
        owner = next((c for c in who.children if c.dep_ == "poss"), None)
        for t in (who, owner):
            m = self.mention_at(t.idx) if t is not None else None
            if m is not None and m[3] == "PERSON" and not self.inside_quote(m[0]):
                return self._as_candidate(m)
        return None

    def _titled_person(self, lo: int, hi: int, head: str) -> Candidate | None:
        """The last person mentioned between ``lo`` and ``hi`` whose role words include ``head``."""
        for m in reversed(self.mentions):
            if not (lo <= m[0] < hi) or m[3] != "PERSON" or self.inside_quote(m[0]):
                continue
            words = set(self._words_at.get(m[0], ()))
            if m[4] is not None:
                ch = self.analysis.chains[m[4]]
                for r in ch.roles:
                    words |= _words(r)
            if any(_stem_match(head, w) for w in words):
                return self._as_candidate(m)
        return None

    def _as_candidate(self, m: tuple[int, int, str, str, int | None]) -> Candidate:
        """A mention as a candidate, with the words the article gave its referent."""
        start, _end, text, label, chain = m
        name = self.analysis.chains[chain].name if chain is not None else text
        known = next((c for c in self.candidates if c.pos == start), None)
        if known is not None:
            return known
        words: set[str] = set()
        for c in self.candidates:
            if c.text == name or (chain is not None and c.chain == chain):
                words |= c.words
        return Candidate(start, name, chain, label, None, frozenset(words))

    def _other_nation(self, modifiers: set[str], chain: int) -> bool:
        """The description's nationality ("the Mexican leader") is none of the person's known countries."""
        nations = _nations(modifiers)
        known = set(self.analysis.chains[chain].affiliations)
        return bool(nations) and bool(known) and not nations & known

    def _match_description(self, pos: int, head: str, modifiers: set[str], tok: Token | None = None) -> Candidate | None:
        prior = [c for c in self._prior(pos) if c.label == "PERSON" or c.label == "ORG"]
        role_match = next((c for c in prior if any(_stem_match(head, w) for w in c.words)), None)
        lead = self._previous_subject(tok) if tok is not None else None
        if role_match is not None and (lead is None or role_match.pos >= lead.pos):
            return role_match  # the role names someone at least as recent as the last sentence's subject
        if lead is not None and _other_office(head, lead.words):
            lead = None  # "President X arrived ... the prime minister said": a president is no minister
        if lead is not None and lead.chain is not None and self._other_nation(modifiers, lead.chain):
            lead = None  # "Peru's foreign minister X replied. '...,' the Mexican leader said": not X
        if lead is not None and (role_match is None or not lead.words or any(_stem_match(head, w) for w in lead.words)):
            return lead  # no one else has the role, or the subject's known roles do not rule it out
        if role_match is not None:  # a person introduced earlier with the same role noun
            return role_match
        for c in prior:  # else a recent speaker sharing a modifier ("Chinese")
            if c.speaker and any(_stem_match(m, w) for m in modifiers for w in c.words):
                return c
        if head in LEADER_HEADS and modifiers:
            # "the Mexican leader said" after "Mexican President X": the one head of state or government
            # of that nationality the article named
            nations = _nations(modifiers)
            leaders = {c.chain: c for c in prior if c.label == "PERSON" and c.chain is not None
                       and c.words & HEAD_OF_STATE_WORDS and nations
                       and nations & set(self.analysis.chains[c.chain].affiliations)}
            if len(leaders) == 1:
                return next(iter(leaders.values()))
        return None


# "the Mexican leader", "the Iranian head of state": a head of state or government named by nationality.
LEADER_HEADS = frozenset({"leader", "head"})
HEAD_OF_STATE_WORDS = frozenset({"president", "premier", "prime", "chancellor", "king", "emir", "sultan"})
# Titles a "the <title> said" speaker may be found by among all the persons the article titled.
TITLE_HEADS = frozenset({"president", "minister", "premier", "chancellor", "king", "queen", "emir", "sultan",
                         "leader", "governor", "mayor", "ambassador", "envoy", "general", "commander", "secretary"})
# Offices no one holds two of at once: a person the article gave one of them is not meant by another.
EXCLUSIVE_OFFICES = frozenset({"president", "minister", "ambassador", "king", "queen", "emir", "governor",
                               "mayor", "senator"})


def _nations(modifiers: set[str]) -> set[str]:
    """Countries of the nationality words of a description ("the mexican leader" -> Mexico)."""
    return {n for m in modifiers if (n := demonym_country(m.capitalize()))}


def _other_office(head: str, words: frozenset[str]) -> bool:
    """Whether ``words`` give their person an office other than ``head`` and not ``head`` itself."""
    if head not in EXCLUSIVE_OFFICES:
        return False
    return any(w in EXCLUSIVE_OFFICES for w in words) and not any(_stem_match(head, w) for w in words)


def untitled(name: str | None, label: str | None, data: CueData) -> str | None:
    """A person's name without the rank or courtesy title in front ("Lt Gen Jo Marr" -> "Jo Marr").

    The title is how the article addressed the person, not part of the name the
    reader looks for; at least two words stay, so "Gen Marr" keeps its title.
    """
    if not name or label not in ("PERSON", None):
        return name
    words = name.split()
    while len(words) > 2 and words[0].lower().strip(".") in data.name_titles:
        words = words[1:]
    return " ".join(words)


def is_relative_subject(tok: Token) -> bool:
    """ "who" in "Macron, who said ...": the subject of a relative clause, standing for the noun it hangs on."""
    return (tok.dep_ == "nsubj" and str(tok.lemma_).lower() in ("who", "which", "that")
            and tok.head.dep_ == "relcl" and tok.head.head.i != tok.head.i)


def _ends_statement(sent: Any) -> bool:
    """Is ``sent`` a sentence of prose (a verb, closing punctuation), not a heading or a caption?"""
    words = [t for t in sent if not (t.is_punct or t.is_space)]
    last = next((t for t in reversed(sent) if not t.is_space), None)
    return (last is not None and last.text[-1:] in ".!?\"'”" and len(words) >= 4
            and any(t.pos_ in ("VERB", "AUX") for t in words))


def _looks_proper(tok: Token) -> bool:
    """A proper noun, or a capitalised word the tagger missed ("Okonjo" as ADV at a sentence start)."""
    if tok.pos_ == "PROPN":
        return not _lowercase_with_article(tok)
    return tok.text[:1].isupper() and tok.is_alpha and tok.pos_ in ("ADV", "ADJ", "X", "INTJ") and not tok.is_stop


def _lowercase_with_article(tok: Token) -> bool:
    """"the prime minister", "the foreign minister": a lowercase noun with an article is a description
    even where the tagger called it a proper noun (a lowercase name such as "al-Hakim" has no article)."""
    return tok.text[:1].islower() and any(c.dep_ == "det" and c.lower_ in ("the", "a", "an") for c in tok.children)


def _is_speech_subject(root: Token, data: CueData) -> bool:
    """Subject of a speech verb ("X tells ...") or object of "according to X"."""
    head = root.head
    if root.dep_ in ("nsubj", "nsubjpass") and str(head.lemma_).lower() in data.speech_verbs:
        return True
    return bool(root.dep_ == "pobj" and head.lower_ == "to" and head.i > 0
                and head.doc[head.i - 1].lower_ == "according")


_NAME_JOINERS = frozenset({"al", "el", "bin", "ibn", "abu", "de", "van", "von", "-"})


def _name_extent(tok: Token) -> tuple[int, int]:
    """Character span of the run of proper nouns around ``tok`` ("Abdel Fattah al Burhan")."""
    doc = tok.doc

    def part(t: Token) -> bool:
        return t.pos_ == "PROPN" or t.lower_ in _NAME_JOINERS

    a = tok.i
    while a > 0 and part(doc[a - 1]) and "\n" not in doc_text(doc)[doc[a - 1].idx : tok.idx]:
        a -= 1
    b = tok.i
    while b + 1 < len(doc) and part(doc[b + 1]) and "\n" not in doc_text(doc)[tok.idx : doc[b + 1].idx]:
        b += 1
    while b > a and doc[b].lower_ in _NAME_JOINERS:
        b -= 1
    return doc[a].idx, doc[b].idx + len(doc[b])
