"""Events stage: find event mentions in one document and code them in PLOVER.

For each sentence: match verbal and nominal triggers against the lexicon
(``event_triggers``), drop triggers that only name the content of another
("agreed to *establish*", "hosted the *meeting*"), read actors and place from
the parse (``event_roles``), the date from the sentence's time expressions
(``event_dates``), and modality and ordinal (``event_modality``). Generic
statements are not events: plural nominals ("two visits", "a flurry of
meetings"), negated triggers, and mentions with neither actor nor place
unless they are definite ("the visit", which cross-document resolution may
attach to an earlier report in the same article).
"""

from __future__ import annotations

from typing import Any

from newsgraph.model import ActorRef, EventMention, TimeExpression
from newsgraph.pipeline.context import DocContext
from newsgraph.stages.event_actors import ActorContext, is_actor, subjects
from newsgraph.stages.event_dates import pick_time
from newsgraph.stages.event_modality import is_negated, modality, ordinal
from newsgraph.stages.event_roles import governor, read_roles
from newsgraph.stages.event_triggers import Lexicon, TriggerRule, load_lexicon, match

# Plural nouns that still name one happening ("held talks", "imposed sanctions").
PLURAL_SINGLE = ("talk", "negotiation", "consultation", "discussion", "sanction", "talks")
# Verbs whose complement names what is agreed, demanded, refused, threatened:
# the complement is part of that event, not a second one.
CONTENT_TYPES = ("AGREE", "REQUEST", "REJECT", "THREATEN", "ACCUSE")
COPULAS = ("mark", "be", "become", "represent", "constitute")
DEFINITE_DETS = ("the", "this", "that", "these", "those")


def _speaker(tok: Any, lex: Lexicon) -> Any | None:
    """The speech verb reporting the clause ``tok`` heads ("noted that ..."), if any."""
    t = tok
    for _ in range(3):
        if t.dep_ not in ("ccomp", "conj") or t.head is t:
            return None
        t = t.head
        if t.lemma_.lower() in lex.speech_verbs:
            return t
    return None


def _candidates(sent: Any, lex: Lexicon, actx: ActorContext) -> list[tuple[Any, TriggerRule, Any | None]]:
    found = []
    for tok in sent:
        if tok.pos_ not in ("VERB", "NOUN", "PROPN"):
            continue
        speaker = _speaker(tok, lex) if tok.pos_ == "VERB" else None
        subj = next(iter(subjects(tok)), None) if tok.pos_ == "VERB" else None
        rule = match(tok, lex, is_actor=lambda t: is_actor(t, actx), subject=subj, reported=speaker is not None)
        if rule is not None:
            found.append((tok, rule, speaker))
    return found


def _absorbed(tok: Any, rules: dict[int, TriggerRule]) -> bool:
    """True when this trigger only names part of another trigger's event."""
    head = tok.head
    if head.i not in rules or head is tok:
        return False
    if tok.pos_ in ("NOUN", "PROPN") and tok.dep_ in ("dobj", "nsubjpass", "attr", "oprd", "appos"):
        return True
    if tok.dep_ in ("xcomp", "ccomp", "acl") and rules[head.i].type in CONTENT_TYPES:
        return True
    return tok.pos_ in ("NOUN", "PROPN") and tok.dep_ in ("acl", "compound")


def _copula_subject(tok: Any, rules: dict[int, TriggerRule]) -> Any | None:
    """"The visit marked the first trip ...": the object trigger restates the subject trigger."""
    head = tok.head
    if tok.dep_ in ("attr", "dobj") and head.lemma_.lower() in COPULAS:
        for c in head.children:
            if c.dep_ == "nsubj" and c.i in rules and rules[c.i].type == rules[tok.i].type:
                return c
    return None


def _is_definite(tok: Any) -> bool:
    return any(c.dep_ in ("det", "poss") and (c.dep_ == "poss" or c.lower_ in DEFINITE_DETS) for c in tok.children)


def _summary(rule: TriggerRule, source: list[ActorRef], target: list[ActorRef], place: ActorRef | None,
             trigger: str) -> str:
    def name(refs: list[ActorRef]) -> str:
        return "/".join(dict.fromkeys(r.country or r.text for r in refs))

    who = "–".join(x for x in (name(source), name(target)) if x)
    what = rule.mode or trigger.lower()
    return " ".join(x for x in (who, what, f"in {place.text}" if place else "") if x)


def _build(tok: Any, rule: TriggerRule, speaker: Any | None, actx: ActorContext, sent: Any,
           times: list[TimeExpression], rules: dict[int, TriggerRule], extra_ordinal: tuple[Any, ...]) -> EventMention | None:
    gov = governor(tok, actx)
    if is_negated(tok, gov):
        return None
    roles = read_roles(tok, rule, actx, speaker=speaker)
    noun = tok.pos_ in ("NOUN", "PROPN")
    definite = noun and _is_definite(tok)
    if not roles.source and not roles.target and not (definite or roles.place):
        return None
    anchors = {tok.i} | ({gov.i} if gov is not None else set())
    time = pick_time(actx.doc, tok, anchors=anchors, triggers=set(rules), times=times)
    return EventMention(
        type=rule.type, mode=rule.mode, trigger=tok.text, trigger_start=tok.idx, trigger_end=tok.idx + len(tok.text),
        start=sent.start_char, end=sent.end_char, sentence=sent.text,
        source=roles.source, target=roles.target, location=roles.place, time=time,
        date_basis=time.basis if time else "unknown", modality=modality(tok, gov),
        ordinal=ordinal(tok, extra=extra_ordinal), summary=_summary(rule, roles.source, roles.target, roles.place, tok.text),
        definite=bool(definite and not roles.source),
    )


def events_in_sentence(sent: Any, lex: Lexicon, actx: ActorContext, times: list[TimeExpression]) -> list[EventMention]:
    """Every event mention one sentence reports (pure; used by the stage and by the evals)."""
    cands = _candidates(sent, lex, actx)
    rules = {tok.i: rule for tok, rule, _ in cands}
    out = []
    restated: dict[int, list[Any]] = {}
    for tok, _rule, _ in cands:
        subj = _copula_subject(tok, rules)
        if subj is not None:
            restated.setdefault(subj.i, []).append(tok)
    for tok, rule, speaker in cands:
        if _absorbed(tok, rules) or any(tok in v for v in restated.values()):
            continue
        if tok.tag_ == "NNS" and tok.lemma_.lower() not in PLURAL_SINGLE:
            continue
        ev = _build(tok, rule, speaker, actx, sent, times, rules, tuple(restated.get(tok.i, ())))
        if ev is not None:
            out.append(ev)
    return out


def extract_events(ctx: DocContext) -> None:
    """Fill ``ctx.analysis.events`` with the document's event mentions, in text order."""
    lex = load_lexicon()
    actx = ActorContext.build(ctx.doc, ctx.analysis, lex)
    times = sorted(ctx.analysis.times, key=lambda t: t.start)
    events: list[EventMention] = []
    for sent in ctx.doc.sents:
        in_sent = [t for t in times if sent.start_char <= t.start < sent.end_char]
        events.extend(events_in_sentence(sent, lex, actx, in_sent))
    ctx.analysis.events = events
