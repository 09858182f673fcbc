"""Did it happen? Modality (asserted, planned, hedged, denied), negation and ordinals of an event.

Why it matters: an analyst's timeline must not show "X may visit Y" or "the
ministry denied that X visited" as visits that took place, and "the first
visit" must never be merged with "the second visit".
"""

from __future__ import annotations

import itertools
from typing import Any

from newsgraph.stages.clauses import coordination_head, summed_up_before

FUTURE_AUX = ("will", "shall", "'ll", "wo")
HEDGE_AUX = ("may", "might", "could", "would",
             "must", "should", "ought")  # "Y must withdraw": asked for, not done (a speaker's demand is a REQUEST)
HEDGE_ADVERBS = ("reportedly", "allegedly", "possibly", "perhaps", "apparently", "purportedly", "likely",
                 "probably", "supposedly", "unlikely")
PLAN_HEADS = ("plan", "intend", "expect", "schedule", "prepare", "aim", "hope", "want", "propose",
              "consider", "set", "due", "go", "seek", "anticipate", "suppose", "supposed", "oblige", "obliged", "require",
              # stated readiness: "is ready/willing/prepared to withdraw" has not happened yet
              "ready", "willing", "prepared", "eager", "keen", "poised")
HEDGE_HEADS = ("appear", "seem", "rumor", "rumour", "unlikely", "likely")
# A passive saying-verb over the event's infinitive passes on hearsay: "X is reported/said/believed
# to have called Y" (an active "X said Y called" is only the source of a report, and stays asserted).
HEARSAY_PASSIVES = ("report", "say", "believe", "think", "understand", "allege", "rumor", "rumour")
DENY_HEADS = ("deny", "refute", "dismiss", "reject")
# Governing verbs that say the act did not take place: "avoided mentioning X's extradition",
# "refrained from attacking", "failed to reach a deal".
AVOID_HEADS = ("avoid", "refrain", "fail")
PLAN_MODIFIERS = ("anticipated", "planned", "upcoming", "expected", "proposed", "scheduled", "forthcoming",
                  "future", "next", "possible", "potential", "prospective")
ORDINALS = {"first": "first", "second": "second", "third": "third", "fourth": "fourth", "fifth": "fifth",
            "latest": "most recent", "last": "most recent", "previous": "previous", "maiden": "first",
            "inaugural": "first"}
# Adjectives that make a report a prior happening, only as modifiers of the trigger noun
# ("an earlier call", "a prior agreement"); as adverbs ("earlier, he met ...") they only place it.
PRIOR_ADJECTIVES = frozenset({"earlier", "prior"})
CLAUSE_EDGES = ("xcomp", "ccomp", "advcl", "conj", "acl", "relcl", "pcomp", "pobj", "prep", "dobj")


def _clause_chain(tok: Any, limit: int = 4) -> list[Any]:
    """The token and the heads that govern its clause (stopping at the sentence root)."""
    chain = [tok]
    while len(chain) <= limit and tok.head.i != tok.i and tok.dep_ in CLAUSE_EDGES:
        tok = coordination_head(tok) if tok.dep_ == "conj" else tok.head
        chain.append(tok)
    return chain


def _negative(tok: Any) -> bool:
    """"not"/"never" on the word or, for an adjective or noun, on the copula or verb that carries it."""
    carriers = [tok, tok.head] if tok.dep_ in ("acomp", "dobj", "attr") else [tok]
    return any(c.dep_ == "neg" or (c.dep_ == "det" and c.lower_ == "no") for t in carriers for c in t.children)


def is_negated(tok: Any, governor: Any | None = None) -> bool:
    """"did not visit", "no talks were held", "never met", "avoided mentioning the extradition"."""
    chain = _clause_chain(tok, limit=3)
    for below, head in itertools.pairwise(chain):
        if below.dep_ == "conj":
            continue  # "has never sought X, and accused Y": a verb beside another is not under it
        if head.pos_ == "VERB" and head.lemma_.lower() in AVOID_HEADS:
            return True
        if head.lemma_.lower() in PLAN_HEADS and _negative(head):
            return True  # "does not plan to attack", "has no plans to visit", "is not ready to sign"
    if _barred(tok) or (governor is not None and _barred(governor)):
        return True
    for t in (tok, governor):
        if t is None:
            continue
        children = list(t.children)  # walked twice: built once (for speed)
        if any(c.dep_ == "neg" for c in children):
            return True
        if any(c.dep_ == "det" and c.lower_ == "no" for c in children):
            return True
    return False


# Verbs that keep someone "from" doing something: "barring the government from signing the treaty".
BARRING_HEADS = frozenset({"bar", "prevent", "stop", "prohibit", "forbid", "block", "ban", "restrain", "keep"})


def _barred(tok: Any) -> bool:
    """"an injunction barring the government from signing the treaty", "prevented X from attacking": an
    act someone is kept from is not done."""
    return tok.dep_ == "pcomp" and tok.head.lower_ == "from" and tok.head.head.lemma_.lower() in BARRING_HEADS


REPORTING_HEADS = ("say", "announce", "tell", "state", "confirm", "declare", "add", "write", "report")


def _reported(tok: Any) -> bool:
    """The clause is what a past speech verb reports ("X said [Y would go]"), where "would" is the
    reported form of "will" rather than a condition; unless "if" or "unless" makes it one."""
    if tok.dep_ != "ccomp" or tok.head.lemma_.lower() not in REPORTING_HEADS or tok.head.tag_ != "VBD":
        return False
    return not any(c.dep_ == "advcl" and any(g.dep_ == "mark" and g.lower_ in ("if", "unless") for g in c.children)
                   for c in tok.children)


def modality(tok: Any, governor: Any | None = None) -> str:
    """asserted | planned | hedged | denied, read from auxiliaries, adverbs and governing verbs."""
    anchors = [t for t in (governor, tok) if t is not None]
    own_clause = governor is not None and governor.dep_ == "relcl" and governor.head.i == tok.i
    if own_clause:  # "rejected the sanctions that X imposed": X's act is told by its own clause
        anchors = [governor]
    if tok.dep_ == "conj" and tok.pos_ == "VERB" and not any(c.dep_ in ("aux", "auxpass") for c in tok.children):
        anchors.append(coordination_head(tok))  # "would restore X and reopen Y": the second verb shares the auxiliary
    for anchor in anchors:
        for c in anchor.children:
            low = c.lower_
            if c.dep_ in ("aux", "auxpass") and low in FUTURE_AUX:
                return "planned"
            if c.dep_ == "aux" and low == "would" and _reported(anchor):
                return "planned"  # "said the treaty would be held in abeyance": a reported "will"
            if c.dep_ in ("aux", "auxpass") and low in HEDGE_AUX:
                return "hedged"
            if c.dep_ in ("advmod", "amod") and low in HEDGE_ADVERBS:
                return "hedged"
            if c.dep_ == "amod" and low in PLAN_MODIFIERS:
                return "planned"
    for anchor in [] if own_clause else anchors:
        for head in _clause_chain(anchor)[1:]:
            lemma = head.lemma_.lower()
            if lemma in DENY_HEADS and head.pos_ == "VERB" and _denied_part(anchor, head):
                return "denied"  # "denied any involvement in the attack"
            if lemma in DENY_HEADS and head.pos_ == "VERB" and not any(c.dep_ == "dobj" for c in head.children) \
                    and not summed_up_before(anchor if anchor.dep_ == "ccomp" else _clause_top(anchor, head), head):
                return "denied"  # (not "X accused Y; Y denied the charge": that denial has its own object)
            if lemma in PLAN_HEADS:
                return "planned"
            if lemma in HEDGE_HEADS:
                return "hedged"
            if lemma in HEARSAY_PASSIVES and any(c.dep_ == "auxpass" for c in head.children):
                return "hedged"
            if any(c.dep_ in ("aux", "auxpass") and c.lower_ in FUTURE_AUX for c in head.children):
                return "planned"
    return "asserted"


# Nouns for taking part in a happening: denying one of them denies the part in what follows "in/for".
PART_NOUNS = ("involvement", "role", "part", "hand", "responsibility", "complicity", "participation", "link",
              "links", "connection", "connections")


def _denied_part(anchor: Any, head: Any) -> bool:
    """"Belgrade denied any involvement in the attack": the denial's object is a part taken in the event."""
    obj = next((c for c in head.children if c.dep_ == "dobj"), None)
    if obj is None or obj.lemma_.lower() not in PART_NOUNS:
        return False
    return any(t.i == anchor.i for t in obj.subtree) and anchor.i != obj.i


def _clause_top(tok: Any, head: Any) -> Any:
    """The child of ``head`` whose subtree holds ``tok`` (the clause ``head`` governs it through)."""
    while tok.head.i != head.i and tok.head.i != tok.i:
        tok = tok.head
    return tok


def ordinal(tok: Any, *, extra: tuple[Any, ...] = ()) -> str | None:
    """"first", "second", "most recent" ... said of this event (its modifiers, appositive or copula)."""
    for t in (tok, *extra, *[c for c in tok.children if c.dep_ == "appos"]):
        children = list(t.children)  # walked twice: built once (for speed)
        for c in children:
            low = c.lower_
            if c.dep_ in ("amod", "advmod", "nummod", "npadvmod") and low in ORDINALS:
                return ORDINALS[low]
            if c.dep_ == "amod" and low == "recent" and any(g.lower_ == "most" for g in c.children):
                return "most recent"
            if c.dep_ == "amod" and low in PRIOR_ADJECTIVES:  # "an earlier call": not the article's own
                return "previous"
        for p in children:
            if p.dep_ == "prep" and p.lower_ == "for":
                for g in p.children:
                    if g.lemma_ == "time":
                        for c in g.children:
                            if c.lower_ in ORDINALS:
                                return ORDINALS[c.lower_]
    return None
