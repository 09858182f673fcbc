"""Accusations no trigger word names: charges told by another party, and judgements passed in speech.

"Defence Minister X said Y had fired missiles after the ceasefire" reports a strike and, besides it,
X's charge against Y; "said that Y's actions were reckless", '"This is a direct threat," Ali said'
pass a judgement with the words that make "called it ..." an accusation (the lexicon's `predicate`
lists of ACCUSE). The event stage calls :func:`charges` and :func:`judgements` on each sentence; the
quote stage's follow-up (``quote_charges``) reuses :func:`judged_subject` for a quote's own sentences.
"""

from __future__ import annotations

from typing import Any

from newsgraph.model import ActorRef, EventMention, TimeExpression
from newsgraph.stages.event_actors import ActorContext, actor_refs, subjects
from newsgraph.stages.event_dates import pick_time
from newsgraph.stages.event_modality import is_negated, modality
from newsgraph.stages.event_spans import evidence_span, parties, unique_refs
from newsgraph.stages.event_triggers import Lexicon, TriggerRule
from newsgraph.stages.mention_clean import doc_text


def charge_summary(accusers: list[ActorRef], accused: list[ActorRef], trigger: str) -> str:
    """"Israel–Iran accuse (said)": the one-line summary of an accusation no trigger names."""
    return " ".join(x for x in (parties(accusers, accused), f"accuse ({trigger.lower()})") if x)


# Acts that, told by another party as done by someone, are that party's charge against the doer.
CHARGED_TYPES = ("ASSAULT", "COERCE", "SEIZE")
OWN_SIDE_WORDS = ("it", "they", "we", "he", "she", "its", "their", "our", "his", "her")


def charges(events: list[EventMention], cands: list[tuple[Any, TriggerRule, Any | None]], actx: ActorContext,
             sent: Any, times: list[TimeExpression], rules: dict[int, TriggerRule]) -> list[EventMention]:
    """"Defence Minister X said Y had fired missiles after the ceasefire": besides the strike, the speaker
    accuses Y (PLOVER ACCUSE, dated like the statement). Only when the speaker is a named party, the doer
    another named party (not "it", "its forces": a side telling its own act), and the sentence
    reports no accusation by that speaker already."""
    speakers = {tok.idx: speaker for tok, _, speaker in cands if speaker is not None}
    out: list[EventMention] = []
    for ev in events:
        speaker = speakers.get(ev.trigger_start)
        if speaker is None or ev.type not in CHARGED_TYPES or not ev.source or ev.modality != "asserted":
            continue
        if is_negated(speaker, None):
            continue
        accusers = _speakers(speaker, actx)
        if not accusers or any(_own_side_word(r) for r in ev.source):
            continue
        if any(same_side(a, d) for a in accusers for d in ev.source) or _accused_already(accusers, [*events, *out]):
            continue
        out.append(_accusation(speaker, accusers, list(ev.source), (ev.start, ev.end, ev.sentence), actx, times, rules))
    return out


# Nouns of a text that speaks for whoever issued it: "a statement from X's border troops said ...".
ISSUED_NOUNS = ("statement", "communique", "communiqué", "letter", "note", "release", "declaration", "report")


def _speakers(speaker: Any, actx: ActorContext) -> list[ActorRef]:
    """Who says what the speech verb reports: its subject, or the issuer of a statement that "said" it."""
    refs = [r for s in subjects(speaker) for r in actor_refs(s, actx)]
    if not refs:
        for s in subjects(speaker):
            if s.lemma_.lower() in ISSUED_NOUNS:
                issuers = [g for c in s.children if c.dep_ == "prep" and c.lower_ in ("from", "by", "of")
                           for g in c.children if g.dep_ == "pobj"]
                issuers += [c for c in s.children if c.dep_ == "poss"]
                refs += [r for g in issuers for r in actor_refs(g, actx)]
    return unique_refs(refs)


def _accusation(speaker: Any, accusers: list[ActorRef], accused: list[ActorRef], ev_span: tuple[int, int, str],
                actx: ActorContext, times: list[TimeExpression], rules: dict[int, TriggerRule]) -> EventMention:
    time = pick_time(actx.doc, speaker, anchors={speaker.i}, triggers=set(rules), times=times)
    start, end, sentence = ev_span
    return EventMention(
        type="ACCUSE", mode=None, trigger=speaker.text, trigger_start=speaker.idx,
        trigger_end=speaker.idx + len(speaker.text), start=start, end=end, sentence=sentence,
        source=accusers, target=accused, location=None, time=time,
        date_basis=time.basis if time else "unknown", modality=modality(speaker), ordinal=None,
        summary=charge_summary(accusers, accused, speaker.text))


def _accused_already(accusers: list[ActorRef], events: list[EventMention]) -> bool:
    return any(o.type == "ACCUSE" and any(same_side(a, r) for a in accusers for r in o.source) for o in events)


def judgements(events: list[EventMention], sent: Any, lex: Lexicon, actx: ActorContext,
                times: list[TimeExpression], rules: dict[int, TriggerRule]) -> list[EventMention]:
    """"Defense Secretary X said that Y's actions were aggressive and reckless", '"This is a direct threat
    to our integrity," Ali said', '"We consider this a flagrant violation," the spokesman said': a
    judgement the speaker passes, with the words that make "called it ..." an accusation, is the
    speaker's ACCUSE of the party judged (the owner of the conduct, or the subject itself when it is a
    party; none when the sentence names no party: the other side is left to cross-document resolution)."""
    out: list[EventMention] = []
    words = lex.judgement_words
    speech = actx.speech_positions()
    for i in range(sent.start, sent.end):
        if i not in speech:
            continue
        verb = sent.doc[i]
        if is_negated(verb, None):
            continue
        said = [c for c in verb.children if c.dep_ == "ccomp"]
        for clause in [*said, *[g for c in said for g in c.children if g.dep_ == "conj" and g.pos_ in ("VERB", "AUX")]]:
            # "They were abducted, and this is an act of aggression," said X: each joined clause is X's
            subj = judged_subject(clause, words)
            if subj is None:
                continue
            accusers = _speakers(verb, actx)
            accused = judged_parties(subj, accusers, actx)
            if not accusers or accused is None or _accused_already(accusers, [*events, *out]):
                continue
            start, end = evidence_span(sent, verb)
            out.append(_accusation(verb, accusers, accused, (start, end, doc_text(actx.doc)[start:end]),
                                   actx, times, rules))
    return out


# Verbs that pass a judgement on their object in the first person: "We consider this a flagrant violation".
JUDGING_VERBS = ("consider", "regard", "view", "see", "call", "deem")


def judged_subject(clause: Any, words: frozenset[str]) -> Any | None:
    """What ``clause`` judges with one of ``words``: "It is a hybrid attack" -> "It", "Y's actions were
    reckless" -> "actions", "We consider this a flagrant violation" -> "this"; None otherwise."""
    if is_negated(clause, None):
        return None
    lemma = clause.lemma_.lower()
    if lemma == "be":
        preds = [c for c in clause.children if c.dep_ in ("attr", "acomp")]
        subject = next(iter(subjects(clause)), None)
    elif lemma in JUDGING_VERBS:
        preds = [c for c in clause.children if c.dep_ in ("oprd", "attr")]
        preds += [g for c in clause.children if c.dep_ == "dobj" for g in c.children if g.dep_ in ("oprd", "amod")]
        subject = next((c for c in clause.children if c.dep_ == "dobj"), None)
        small = [c for c in clause.children if c.dep_ in ("ccomp", "xcomp") and c.pos_ in ("NOUN", "PROPN", "ADJ")]
        preds += small  # the parser's small clause: "consider [this a flagrant violation]"
        if subject is None and small:
            subject = next((c for c in small[0].children if c.dep_ == "nsubj"), None)
    else:
        return None
    if subject is None or any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in subject.children):
        return None  # "An attack on one of us is an attack on all": a rule, no charge
    if any(_judging_word(t, words) for p in preds for t in _predicate_words(p)):
        return subject
    return None


def judged_parties(subject: Any, accusers: list[ActorRef], actx: ActorContext) -> list[ActorRef] | None:
    """The parties a judgement of ``subject`` accuses: the owner of the conduct ("Y's actions"), or the
    subject itself when it names a party; [] when it names none ("It", "This"); None when the judged
    party is the speakers' own side (no charge)."""
    owner = next((c for c in subject.children if c.dep_ == "poss"), subject)
    accused = [r for r in actor_refs(owner, actx) if not _own_side_word(r)]
    return None if any(same_side(a, d) for a in accusers for d in accused) else accused


def _own_side_word(ref: ActorRef) -> bool:
    """"it", "its forces", "our army": a party named by a pronoun, most often the speaker's own side."""
    return ref.text.lower().split()[0] in OWN_SIDE_WORDS


def _predicate_words(pred: Any) -> list[Any]:
    """The predicate's head, its modifiers and its conjuncts ("unjustified and unjustifiable", "a flagrant
    violation"), not what hangs on them ("a first step towards de-escalation")."""
    heads = [pred, *[c for c in pred.children if c.dep_ == "conj"]]
    return [w for h in heads for w in (h, *[c for c in h.children if c.dep_ in ("amod", "compound", "advmod")])]


def _judging_word(tok: Any, words: frozenset[str]) -> bool:
    if (tok.i > 0 and tok.doc[tok.i - 1].text in ("-", "de-")) or tok.lower_.startswith("de-"):
        return False  # "de-escalation" is no escalation
    return tok.lower_ in words or tok.lemma_.lower() in words


def same_side(a: ActorRef, b: ActorRef) -> bool:
    return (a.chain is not None and a.chain == b.chain) or (a.country is not None and a.country == b.country) \
        or (a.start, a.end) == (b.start, b.end)
