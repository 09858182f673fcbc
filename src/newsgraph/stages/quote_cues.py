"""Speech cues: which token in a sentence attributes words to someone, and who that is.

The cue lists live in ``newsgraph/data/speech_cues.yaml`` so that a newsroom's
house style ("X tells OUTLET", "X quipped") is a data change. This module
reads the dependency parse: a cue verb's subject is the speaker ("Zelenskyy
said"), a participle borrows its clause's subject ("Erdoğan echoed this,
stating that ..."), and prepositional cues name the speaker as their object
("according to Macron").
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

from newsgraph.stages.clauses import coordination_head
from newsgraph.stages.mention_clean import doc_text
from newsgraph.yamlio import load_yaml

Token = Any  # spacy.tokens.Token (spaCy is untyped here)

_PARA_BREAK = re.compile(r"\n[ \t]*\n")

_CUES_FILE = Path(__file__).resolve().parent.parent / "data" / "speech_cues.yaml"
# Dependencies through which a subject-less cue verb borrows the subject of the
# verb it hangs from: "stating that" (advcl), "and noted" (conj), "calling them" (xcomp).
_BORROW_DEPS = ("advcl", "conj", "xcomp", "ccomp", "acl", "relcl", "pcomp", "prep")
_MAX_CLIMB = 3  # clause levels to climb for a subject; more reaches unrelated clauses


@dataclass(frozen=True)
class CueData:
    speech_verbs: frozenset[str]
    naming_verbs: frozenset[str]
    claim_verbs: frozenset[str]
    denial_verbs: frozenset[str]
    claim_nouns: frozenset[str]
    prepositional: tuple[tuple[str, ...], ...]
    non_speech_before: tuple[tuple[str, ...], ...]
    naming_markers: tuple[tuple[str, ...], ...]
    aspectual_verbs: frozenset[str]
    belief_verbs: frozenset[str]
    action_verbs: frozenset[str]
    pronouns: dict[str, str | None]
    gender_words: dict[str, frozenset[str]]
    voice_nouns: frozenset[str] = frozenset()
    name_titles: frozenset[str] = frozenset()


@lru_cache(maxsize=1)
def cue_data() -> CueData:
    """The shipped cue lists (read once; read-only afterwards)."""
    raw = load_yaml(_CUES_FILE.read_text("utf-8"))
    return CueData(
        speech_verbs=frozenset(raw["speech_verbs"]),
        naming_verbs=frozenset(raw["naming_verbs"]),
        claim_verbs=frozenset(raw["claim_verbs"]),
        denial_verbs=frozenset(raw["denial_verbs"]),
        claim_nouns=frozenset(raw["claim_nouns"]),
        prepositional=tuple(tuple(p) for p in raw["prepositional_cues"]),
        non_speech_before=tuple(tuple(p.split()) for p in raw["non_speech_before"]),
        naming_markers=tuple(tuple(p.split()) for p in raw["naming_markers"]),
        aspectual_verbs=frozenset(raw["aspectual_verbs"]),
        belief_verbs=frozenset(raw["belief_verbs"]),
        action_verbs=frozenset(raw["action_verbs"]),
        pronouns=dict(raw["pronouns"]),
        gender_words={k: frozenset(v) for k, v in raw["gender_words"].items()},
        voice_nouns=frozenset(raw.get("voice_nouns", [])),
        name_titles=frozenset(raw.get("name_titles", [])),
    )


@dataclass(frozen=True)
class Cue:
    """A cue token and the token naming its speaker (None when the cue names nobody)."""

    token: Token
    speaker: Token | None
    text: str  # the cue as written: "said", "according to", "put it"


def _lemma(tok: Token) -> str:
    return str(tok.lemma_).lower()


def _same_paragraph(a: Token, b: Token) -> bool:
    lo, hi = min(a.idx, b.idx), max(a.idx, b.idx)
    return _PARA_BREAK.search(doc_text(a.doc), lo, hi) is None


def _subject(verb: Token, *, speech: bool = True) -> Token | None:
    """The subject of ``verb``; with ``speech`` false (a host clause of no speech verb), no passive agent.

    "as mentioned by X" and "Doe was asked by X, who ... '...'" name a sayer; in
    "talks brokered by X and praising ..." the agent belongs to the participle,
    not to the praise.
    """
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "csubj")]
    if subjects:
        # the parser sometimes runs two paragraphs into one sentence, giving a verb two
        # subjects: take the one in the verb's own paragraph, the nearest if several
        own = [c for c in subjects if _same_paragraph(c, verb)] or subjects
        if len(own) > 1 and all(c.i < verb.i and c.sent.start == verb.sent.start for c in own) \
                and any(t.lower_ == "and" for t in verb.doc[min(c.i for c in own):max(c.i for c in own)]):
            # "the EU's chief, X, and commissioner Y said": a coordination the parser split into two
            # subjects; the first named leads, as when it parses "X and Y said"
            return min(own, key=lambda c: c.i)
        return min(own, key=lambda c: abs(c.i - verb.i))
    for child in verb.children:
        if child.dep_ == "nsubjpass" and _lemma(verb) in ("quote", "cite"):
            return child  # "X was quoted as saying"
    for child in verb.children if speech else ():
        if child.dep_ == "agent":  # "as mentioned by X"
            objs = [c for c in child.children if c.dep_ == "pobj"]
            if objs:
                return objs[0]
    return None


_SKIP_BEFORE_VERB = frozenset({"ADV", "AUX", "PART"})


def _word_before(verb: Token) -> Token | None:
    """The noun or pronoun before ``verb`` on its line, past auxiliaries and adverbs."""
    i = verb.i - 1
    while i >= 0 and verb.doc[i].pos_ in _SKIP_BEFORE_VERB and "\n" not in verb.doc[i].text:
        i -= 1
    prev = verb.doc[i] if i >= 0 else None
    return prev if prev is not None and prev.pos_ in ("PROPN", "PRON", "NOUN") else None


def _conjunct_host(tok: Token) -> Token:
    """The clause ``tok`` hangs from, mending a participle joined to a participle of another form.

    In "saying it followed talks brokered by X and praising both sides" the
    parser often joins "praising" to "brokered"; coordinated participles share
    their form, so the host is the nearest earlier "-ing" verb of the sentence.
    """
    head = tok.head
    if tok.dep_ != "conj" or tok.tag_ != "VBG" or head.tag_ == "VBG":
        return head
    for i in range(head.i - 1, tok.sent.start - 1, -1):
        t = tok.doc[i]
        if t.tag_ == "VBG" and t.pos_ == "VERB" and t.dep_ in ("advcl", "conj", "xcomp"):
            return t
    return head


def _stranded_appositive(verb: Token) -> Token | None:
    """The name in ", the foreign minister, Jo Doe, said" when the parser hung the description on
    the noun before it (a long opening clause) and left the verb without a subject."""
    if verb.tag_ not in ("VBD", "VBZ", "VBP"):
        return None  # a participle ("..., arguing that") borrows its host's subject instead
    i = verb.i - 1
    if i >= 0 and verb.doc[i].text == ",":
        i -= 1
    name = verb.doc[i] if i >= 0 else None
    if name is None or name.pos_ != "PROPN" or name.dep_ != "appos" or name.head.i > name.i \
            or name.head.pos_ != "NOUN":
        return None  # "in Tulsa, Oklahoma, said": a place set beside a place, no description
    return name


def verb_speaker(verb: Token) -> Token | None:
    """The subject of a cue verb, climbing to the governing clause for participles and conjuncts."""
    tok = verb
    for _ in range(_MAX_CLIMB):
        subj = _subject(tok, speech=tok is verb or _lemma(tok) in cue_data().speech_verbs)
        if subj is None and tok is not verb:
            # a participle's sayer is its host clause's subject, passive or not:
            # "After saying ..., she was taken to hospital"
            subj = next((c for c in tok.children if c.dep_ == "nsubjpass"), None)
        if subj is not None and "\n" in doc_text(tok.doc)[min(subj.idx, tok.idx) : max(subj.idx, tok.idx)]:
            # the parser ran a heading into the sentence: take the word before the verb,
            # past auxiliaries and adverbs ("Doe is once again questioning")
            # (a hard-wrapped "Zelenskyy,\nin turn, said" keeps its subject)
            prev = _word_before(tok)
            if prev is not None:
                subj = prev
        if subj is None and tok is verb:
            subj = _stranded_appositive(verb)
        if subj is not None:
            # "Macron, who said ...": the relative pronoun is the speaker as written; the
            # resolver takes it to its antecedent, as it does for "he"
            return subj
        if tok.dep_ not in _BORROW_DEPS or tok.head.i == tok.i:
            return None
        tok = _conjunct_host(tok) if tok.tag_ == "VBG" else coordination_head(tok)
        if tok.pos_ == "ADP" and tok.dep_ == "prep" and tok.head.i != tok.i:
            tok = tok.head  # "after saying", "by adding": the clause the preposition hangs from
        if tok.pos_ not in ("VERB", "AUX"):
            return None
    return None


def _prepositional_cue(tok: Token, data: CueData) -> Cue | None:
    doc = tok.doc
    first = tok.lower_  # a pattern whose first word differs cannot match: skip it without reading on
    for pattern in data.prepositional:
        n = len(pattern)
        if tok.i + n > len(doc) or (n and pattern[0] != first):
            continue
        words = [doc[tok.i + k].lower_ for k in range(n)]
        if tuple(words) != pattern:
            continue
        last = doc[tok.i + n - 1]
        objs = [c for c in last.children if c.dep_ in ("pobj", "dobj", "pcomp")]
        speaker = objs[0] if objs else (doc[last.i + 1] if last.i + 1 < len(doc) else None)
        return Cue(tok, speaker, " ".join(words))
    return None


def find_cue(tok: Token, *, data: CueData | None = None) -> Cue | None:
    """The cue that ``tok`` starts, if any."""
    data = data or cue_data()
    prep = _prepositional_cue(tok, data)
    if prep is not None:
        return prep
    lemma = _lemma(tok)
    if tok.pos_ not in ("VERB", "AUX") and not (tok.pos_ == "NOUN" and tok.tag_ == "VBZ"):
        return None
    if lemma == "put":
        # "as X put it": only with "it" as object
        if not any(c.dep_ == "dobj" and c.lower_ == "it" for c in tok.children):
            return None
        return Cue(tok, verb_speaker(tok), "put it")
    if lemma not in data.speech_verbs:
        return None
    if lemma in data.aspectual_verbs and any(c.dep_ in ("xcomp", "dobj") and c.i > tok.i for c in tok.children):
        return None  # "will continue to support", "continuing the commitment": aspect, not speech
    speaker = verb_speaker(tok)
    if lemma in data.naming_verbs and speaker is None:
        return None  # "a group called 'X'"
    return Cue(tok, speaker, tok.text)
