"""Clause structure read from the parse, with repairs for misparses that several stages meet.

Events and quotes both ask which verb a coordinated verb goes with ("X repeated
that Y has never sought Z, and accused W"): one answer, in one place.
"""

from __future__ import annotations

from typing import Any

_FINITE_PAST = "VBD"


def coordination_head(verb: Any) -> Any:
    """The verb a conjunct verb is coordinated with, mending one common misparse.

    In "X repeated that Y has never sought Z, and accused W of ..." the parser
    joins "accused" to "sought", inside the reported clause. A plain past-tense
    conjunct without an auxiliary of its own cannot share "has"/"will" with a
    head of another form: it goes with the nearest governing past-tense verb
    whose that-clause holds that head (here "repeated", whose subject accuses).
    """
    head = verb.head
    relative = _relative_before(verb)
    if relative is not None:
        return relative
    if verb.dep_ == "conj" and verb.tag_ == _FINITE_PAST and head.tag_ == _FINITE_PAST \
            and verb.lemma_.lower() in SPEECH_ACTS and not any(
                c.dep_ in ("aux", "auxpass", "nsubj", "nsubjpass") for c in verb.children):
        return _speaker_of_thing_clause(head) or head
    if verb.dep_ != "conj" or verb.tag_ != _FINITE_PAST or head.tag_ == _FINITE_PAST \
            or not any(c.dep_ in ("aux", "auxpass") for c in head.children) \
            or any(c.dep_ in ("aux", "auxpass", "nsubj", "nsubjpass") for c in verb.children):
        return head
    t = head
    while t.dep_ == "conj" and t.head.i != t.i:
        t = t.head
    if t.dep_ == "ccomp" and t.head.tag_ == _FINITE_PAST:
        return t.head
    return head


def _relative_before(verb: Any) -> Any | None:
    """"X was declared persona non grata in a post in which Y called him a liar and said he was no
    longer welcome": the parser joins "said" to the main verb; a past-tense verb with no subject of its
    own, right after "and" that closes a relative clause whose verb has the same tense, is that verb's."""
    if verb.dep_ != "conj" or verb.tag_ != _FINITE_PAST or any(
            c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass") for c in verb.children):
        return None
    doc = verb.doc
    cc = verb.i - 1
    if cc < 1 or doc[cc].dep_ != "cc":
        return None
    before = doc[cc - 1]
    for rel in (before, *before.ancestors):
        if rel.i == verb.head.i:
            return None
        if rel.dep_ == "relcl" and rel.tag_ == _FINITE_PAST and rel.right_edge.i == cc - 1 and rel.head.i > verb.head.i:
            return rel
    return None


# Acts done by saying, which a thing cannot do: "the release showed ..., and accused Y" is the speaker's.
SPEECH_ACTS = frozenset({"accuse", "condemn", "urge", "demand", "warn", "reject", "deny", "criticise", "criticize",
                         "blame", "denounce", "threaten", "welcome", "praise", "call"})


def _speaker_of_thing_clause(head: Any) -> Any | None:
    """"X said on Sunday that the prisoner release showed Y, and accused Z": the parser joins "accused"
    to "showed", whose subject is a thing (no name, no entity), which accuses no one. The act goes with
    the past-tense verb of saying whose that-clause holds the thing's verb."""
    t = head
    while t.dep_ == "conj" and t.head.i != t.i:
        t = t.head
    if t.dep_ != "ccomp" or t.head.tag_ != _FINITE_PAST or t.head.i > t.i \
            or not any(c.dep_ == "mark" for c in t.children):
        return None
    subj = next((c for c in t.children if c.dep_ == "nsubj"), None)
    if subj is None or subj.pos_ != "NOUN" or subj.ent_type_:
        return None
    return t.head


# Nouns that sum up a statement just made: "X accused Y of Z, a charge Y rejected".
SUMMING_NOUNS = frozenset({"charge", "claim", "accusation", "allegation", "assertion", "report", "account"})


def summed_up_before(clause: Any, head: Any) -> bool:
    """Is ``clause`` (parsed as the complement of ``head``) a statement that a noun between them sums up?

    In "X accused Y of Z, a charge Y flatly rejected" the parser makes the
    accusation the complement of "rejected"; the words "a charge" show that
    what is rejected is the charge, and the accusation stands as said.
    """
    if clause.dep_ != "ccomp" or clause.i > head.i:
        return False
    doc = clause.doc
    return any(doc[k].pos_ == "NOUN" and doc[k].lemma_.lower() in SUMMING_NOUNS
               for k in range(clause.right_edge.i + 1, head.i))

