"""Charges made in a direct quote: '"It is a hybrid attack," the prime minister said'.

The event stage reads a judgement passed in reported speech ("X said that Y's actions were
reckless") as X's accusation, because the speech verb is in the same sentence. A quote often
passes the same judgement in sentences of its own ('"This is a direct threat to our territorial
integrity," Ali said', '"... It is a hybrid attack, and we will respond," she told reporters'):
only the quote stage knows who says them. This stage runs after it and adds, for such a quoted
sentence, the speaker's ACCUSE (its target the party judged when the sentence names one; the
other side is then left to cross-document resolution). A pure function of one document.
"""

from __future__ import annotations

from typing import Any

from newsgraph.model import ActorRef, EventMention, QuoteMention
from newsgraph.pipeline.context import DocContext
from newsgraph.stages.event_actors import ActorContext, actor_refs
from newsgraph.stages.event_charges import charge_summary, judged_parties, judged_subject
from newsgraph.stages.event_triggers import load_lexicon
from newsgraph.stages.mention_clean import doc_text


def extract_quoted_charges(ctx: DocContext) -> None:
    """Append to ``ctx.analysis.events`` the accusations made in the document's attributed quotes."""
    quotes = [q for q in ctx.analysis.quotes if q.speaker_chain is not None]
    if not quotes:
        return
    lex = load_lexicon()
    words = lex.judgement_words
    actx = ActorContext.build(ctx.doc, ctx.analysis, lex)
    text = doc_text(ctx.doc)
    added: list[EventMention] = []
    for sent in ctx.doc.sents:
        own = text[sent.start_char:sent.end_char].rstrip().rstrip("\"”’'")  # without the closing mark, the break
        end = sent.start_char + len(own)
        quote = next((q for q in quotes if q.start <= sent.start_char + 1 and end <= q.end), None)
        if quote is None or _reports_a_charge(sent, ctx.analysis.events + added):
            continue
        judged = _judgement(sent, words)
        if judged is None:
            continue
        accusers = _speaker_refs(quote, actx)
        if not accusers:
            continue
        accused = judged_parties(judged, accusers, actx)
        if accused is None:
            continue
        root = sent.root
        added.append(EventMention(
            type="ACCUSE", mode=None, trigger=root.text, trigger_start=root.idx, trigger_end=root.idx + len(root.text),
            start=sent.start_char, end=end, sentence=own,
            source=accusers, target=accused, location=None, time=None, date_basis="unknown", modality="asserted",
            ordinal=None, summary=charge_summary(accusers, accused, "quoted")))
    ctx.analysis.events = ctx.analysis.events + added


def _reports_a_charge(sent: Any, events: list[EventMention]) -> bool:
    return any(e.type == "ACCUSE" and sent.start_char <= e.start < sent.end_char for e in events)


def _judgement(sent: Any, words: frozenset[str]) -> Any | None:
    """The subject judged by the sentence's main clause (or a clause joined to it), if any."""
    for clause in (sent.root, *[c for c in sent.root.children if c.dep_ == "conj" and c.pos_ in ("VERB", "AUX")]):
        subject = judged_subject(clause, words)
        if subject is not None:
            return subject
    return None


def _speaker_refs(quote: QuoteMention, actx: ActorContext) -> list[ActorRef]:
    """The speaker as an event party: the reference to the speaker's chain nearest the quote."""
    mentions = [m for m in actx.analysis.mentions if m.chain == quote.speaker_chain]
    if not mentions:
        return []
    m = min(mentions, key=lambda m: min(abs(m.start - quote.end), abs(m.end - quote.start)))
    span = actx.doc.char_span(m.start, m.end, alignment_mode="expand")
    if span is None:
        return []
    return [r for r in actor_refs(span.root, actx) if r.chain == quote.speaker_chain] or \
        [ActorRef(text=m.text, start=m.start, end=m.end, chain=m.chain, country=None)]
