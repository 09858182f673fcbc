"""Reported (indirect) speech as claims: "Erdoğan noted that ..." -> who, cue, content, polarity.

A claim is a speech or belief verb with a that-clause (``ccomp``) outside
quote marks, or a denial verb whose object is a claim noun with its own
clause ("rejected reports that ..."). Its speaker is resolved the same way
as a quote's, so "he denied that" reaches the person named before.
Negated assertion verbs ("did not say that") report nothing and are skipped;
a negated denial ("did not deny that") is asserted.
"""

from __future__ import annotations

from typing import Any

from spacy.attrs import POS

from newsgraph.model import ClaimMention, DocAnalysis
from newsgraph.stages.mention_clean import doc_text, tokens_where
from newsgraph.stages.quote_cues import CueData, Token, cue_data, verb_speaker
from newsgraph.stages.quote_speakers import SpeakerResolver

# A content clause shorter than this (in words) is a fragment ("said so").
MIN_CONTENT_WORDS = 3
_VERB_POS = frozenset({"VERB", "AUX"})


def _content_clause(verb: Token, data: CueData) -> Token | None:
    for c in verb.children:
        if c.dep_ == "ccomp" and c.i > verb.i:
            return c
    if str(verb.lemma_).lower() in data.denial_verbs:
        for c in verb.children:
            if c.dep_ in ("dobj", "nsubjpass") and str(c.lemma_).lower() in data.claim_nouns:
                for cc in c.children:
                    if cc.dep_ in ("acl", "ccomp", "relcl", "appos") and cc.i > c.i:
                        return cc
    return None


def _content_span(clause: Token) -> tuple[int, int]:
    toks = [t for t in clause.subtree if not t.is_space]
    while toks and (toks[0].dep_ == "mark" or toks[0].is_punct):
        toks = toks[1:]
    while toks and toks[-1].is_punct:
        toks = toks[:-1]
    if not toks:
        return clause.idx, clause.idx
    return toks[0].idx, toks[-1].idx + len(toks[-1])


def _polarity(verb: Token, data: CueData) -> str | None:
    """denied / asserted, or None for a negated assertion ("did not say that" reports nothing)."""
    negated = any(c.dep_ == "neg" for c in verb.children)
    denial = str(verb.lemma_).lower() in data.denial_verbs
    if denial:
        return "asserted" if negated else "denied"
    return None if negated else "asserted"


def _claim_at(verb: Token, analysis: DocAnalysis, resolver: SpeakerResolver, data: CueData) -> ClaimMention | None:
    clause = _content_clause(verb, data)
    if clause is None:
        return None
    start, end = _content_span(clause)
    text = doc_text(verb.doc)[start:end]
    if len(text.split()) < MIN_CONTENT_WORDS:
        return None
    if any(a <= start and end <= b for a, b in resolver.quote_ranges):
        return None  # entirely quoted: a quote, not a claim
    polarity = _polarity(verb, data)
    if polarity is None:
        return None
    subj = verb_speaker(verb)
    speaker = resolver.resolve(subj) if subj is not None else None
    if speaker is None or speaker.text is None:
        return None  # "it is worth noting that": nobody to compare across sources
    sent = next((i for i, (a, b) in enumerate(analysis.sentences) if a <= verb.idx < b), 0)
    return ClaimMention(
        start=start,
        end=end,
        text=" ".join(text.split()),
        speaker_chain=speaker.chain if speaker else None,
        speaker_text=speaker.text if speaker else None,
        cue=verb.text,
        polarity=polarity,
        sent=sent,
    )


def extract_claims(doc: Any, analysis: DocAnalysis, resolver: SpeakerResolver) -> list[ClaimMention]:
    """All indirect-speech claims of ``doc`` in text order."""
    data = cue_data()
    claims: list[ClaimMention] = []
    for tok in tokens_where(doc, POS, _VERB_POS):  # the verbs, without a Token per word
        if str(tok.lemma_).lower() not in data.claim_verbs:
            continue
        if resolver.inside_quote(tok.idx):
            continue  # speech inside a quote belongs to the quote
        claim = _claim_at(tok, analysis, resolver, data)
        if claim is not None:
            claims.append(claim)
    return claims
