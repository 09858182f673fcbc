"""Direct quotes and reported claims of one document (a pure per-document stage).

Steps, each in its own module: pair the quote marks (``quote_marks``), drop
spans that are names or discussed terms (``quote_kinds``), find the speech cue
in the sentence around the quote (``quote_cues``), and resolve the cue's
speaker to a mention, pronoun antecedent or described person
(``quote_speakers``). A quote whose sentence has no cue and that opens its
sentence continues the previous sentence's speaker: the usual shape of a
quote-only paragraph after "X said". Indirect speech becomes claims
(``quote_claims``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from newsgraph.model import DocAnalysis, QuoteMention
from newsgraph.pipeline.context import DocContext
from newsgraph.stages.mention_clean import doc_text, seed_doc_text
from newsgraph.stages.quote_claims import extract_claims
from newsgraph.stages.quote_cues import Cue, CueData, Token, cue_data, find_cue
from newsgraph.stages.quote_kinds import is_short_term, looks_like_name, non_speech_marker
from newsgraph.stages.quote_marks import QuoteSpan, find_quote_spans, quote_text
from newsgraph.stages.quote_speakers import Speaker, SpeakerResolver

_PARA = re.compile(r"\n\s*\n")


@dataclass
class FoundQuote:
    """A quote with what was learned on the way (the speaker span serves evaluation)."""

    span: QuoteSpan
    mention: QuoteMention
    speaker: Speaker | None
    frame: tuple[int, int]  # character span of the sentence(s) around the quote


def extract_quotes(ctx: DocContext) -> None:
    """Fill ``ctx.analysis.quotes`` and ``ctx.analysis.claims``."""
    seed_doc_text(ctx.doc, ctx.document.text)
    found, resolver = find_quotes(ctx.doc, ctx.analysis)
    ctx.analysis.quotes = [f.mention for f in found]
    ctx.analysis.claims = extract_claims(ctx.doc, ctx.analysis, resolver)


def find_quotes(doc: Any, analysis: DocAnalysis) -> tuple[list[FoundQuote], SpeakerResolver]:
    """Every speech quote of ``doc`` in text order (names and discussed terms left out)."""
    text = doc_text(doc)
    data = cue_data()
    spans = find_quote_spans(text)
    ranges = [(s.mark_start, s.mark_end) for s in spans]
    resolver = SpeakerResolver(doc, analysis, ranges, data)
    sents = _sentences(doc, analysis)
    found: list[FoundQuote] = []
    for span in spans:
        fq = _one_quote(doc, span, sents, ranges, resolver, found, data)
        if fq is not None:
            fq.mention.event = _event_index(analysis, span.start)
            found.append(fq)
    return found, resolver


def _sentences(doc: Any, analysis: DocAnalysis) -> list[tuple[int, int]]:
    """Sentence spans, cut at blank lines too: the parser sometimes runs a paragraph into the next."""
    base = [(a, b) for a, b in analysis.sentences] or [(s.start_char, s.end_char) for s in doc.sents]
    out: list[tuple[int, int]] = []
    for a, b in base:
        for m in _PARA.finditer(doc_text(doc), a, b):
            if m.start() > a:
                out.append((a, m.start()))
            a = m.end()
        if b > a:
            out.append((a, b))
    return out


def _frame(sents: list[tuple[int, int]], span: QuoteSpan) -> tuple[int, int, int]:
    """Character span of the sentences the quote touches, and the index of the first.

    Overlap is tested on the quoted words, not the marks: the parser often
    hangs a closing mark on the next sentence.
    """
    idx = [i for i, (a, b) in enumerate(sents) if a < max(span.end, span.start + 1) and b > span.start]
    if not idx:
        return span.mark_start, span.mark_end, 0
    return min(sents[idx[0]][0], span.mark_start), max(sents[idx[-1]][1], span.mark_end), idx[0]


def _outside(pos: int, ranges: list[tuple[int, int]]) -> bool:
    return not any(a <= pos < b for a, b in ranges)


def _frame_tokens(doc: Any, a: int, b: int, ranges: list[tuple[int, int]]) -> list[Token]:
    span = doc.char_span(a, b, alignment_mode="expand")
    if span is None:
        return []
    lo, hi = span.start_char, span.end_char
    near = [(x, y) for x, y in ranges if x < hi and y > lo]  # for speed: the only ranges a token here can be in
    return [t for t in span if _outside(t.idx, near) and not t.is_space]


def _quote_root(doc: Any, span: QuoteSpan) -> Token | None:
    inner = doc.char_span(span.start, span.end, alignment_mode="expand")
    if inner is None or len(inner) == 0:
        return None
    for t in inner:
        if not (span.start <= t.head.idx < span.end) or t.head.i == t.i:
            return t
    return inner[0]


def _linked(cue: Cue, root: Token | None) -> bool:
    """Is the quote inside the cue's clause (or, for "according to", its host clause)?"""
    if root is None:
        return False
    ancestors = {t.i for t in root.ancestors} | {root.i}
    return cue.token.i in ancestors or (cue.token.head.i in ancestors and cue.token.dep_ == "prep")


def _best_cue(cues: list[Cue], root: Token | None, span: QuoteSpan) -> Cue | None:
    if not cues:
        return None

    def dist(c: Cue) -> int:
        i = c.token.idx
        return 0 if span.mark_start <= i < span.mark_end else min(abs(i - span.mark_start), abs(i - span.mark_end))

    return min(cues, key=lambda c: (not _linked(c, root), c.speaker is None, dist(c)))


def _opens_sentence(doc: Any, frame_start: int, span: QuoteSpan) -> bool:
    return not any(ch.isalpha() for ch in doc_text(doc)[frame_start : span.mark_start])


def _one_quote(
    doc: Any,
    span: QuoteSpan,
    sents: list[tuple[int, int]],
    ranges: list[tuple[int, int]],
    resolver: SpeakerResolver,
    found: list[FoundQuote],
    data: CueData,
) -> FoundQuote | None:
    text = doc_text(doc)
    quoted = quote_text(text, span)
    inner = doc.char_span(span.start, span.end, alignment_mode="expand")
    first_word = inner[0] if inner is not None and len(inner) else None
    if not quoted or non_speech_marker(text, span.mark_start, data, first_word):
        return None
    a, b, first = _frame(sents, span)
    root = _quote_root(doc, span)
    cues = [c for t in _frame_tokens(doc, a, b, ranges) if (c := find_cue(t, data=data)) is not None]
    cue = _best_cue(cues, root, span)
    if looks_like_name(quoted, list(inner) if inner is not None else []):
        return None  # a name or title in marks, even inside reported speech
    speaker: Speaker | None = None
    cue_text: str | None = None
    continued = found[-1] if found and not found[-1].span.closed and found[-1].span.mark_end <= span.mark_start else None
    if continued is not None and doc_text(doc)[continued.span.mark_end : span.mark_start].strip() == "":
        # the next paragraph of a multi-paragraph quote: same speaker, whatever the parse says
        speaker, cue_text = continued.speaker, continued.mention.cue
    elif (tagged := _tagged_speaker(doc, span)) is not None:
        speaker, cue_text = resolver.resolve(tagged), "—"
    elif cue is not None and cue.speaker is not None:
        speaker = resolver.resolve(cue.speaker)
        cue_text = cue.text
    elif _opens_sentence(doc, a, span):
        speaker, cue_text = _inherited(doc, sents, first, found, resolver, ranges, data)
    elif found and found[-1].frame[1] > a and found[-1].speaker is not None:
        # '"...," ensuring that "..."': a second quote in the same sentence continues the first
        speaker, cue_text = found[-1].speaker, found[-1].mention.cue
    if speaker is None and cue is None and is_short_term(quoted):
        return None  # an emphasised term, not a quote
    if speaker is not None and speaker.text is not None:
        resolver.remember(speaker, speaker.start)
    mention = QuoteMention(
        start=span.start,
        end=span.end,
        text=quoted,
        speaker_chain=speaker.chain if speaker else None,
        speaker_text=speaker.text if speaker else None,
        cue=cue_text,
        sent=first,
    )
    return FoundQuote(span, mention, speaker if speaker and speaker.text else None, (a, b))


def _inherited(
    doc: Any,
    sents: list[tuple[int, int]],
    first: int,
    found: list[FoundQuote],
    resolver: SpeakerResolver,
    ranges: list[tuple[int, int]],
    data: CueData,
) -> tuple[Speaker | None, str | None]:
    """Speaker of the sentence before: its attributed quote, else its cue's subject."""
    if first == 0:
        return None, None
    pa, pb = sents[first - 1]
    for fq in reversed(found):
        if pa <= fq.span.mark_start < pb or fq.frame[0] <= pa < fq.frame[1]:
            if fq.speaker is not None:
                return fq.speaker, fq.mention.cue
            break
    for t in _frame_tokens(doc, pa, pb, ranges):
        cue = find_cue(t, data=data)
        if cue is not None and cue.speaker is not None and cue.token.dep_ in ("ROOT", "conj", "ccomp"):
            return resolver.resolve(cue.speaker), cue.text
    return None, None


_DASH_NAME = re.compile(r"[ \t\xa0]*[―—–][ \t\xa0]*(?=[A-Z])")
_LABEL_LINE = re.compile(r"(?:^|\n)([A-Z][A-Za-z.'’ -]{1,40}):[ \t]*$")


def _tagged_speaker(doc: Any, span: QuoteSpan) -> Token | None:
    """A name set off by a dash after the quote ("...” — Jane Doe") or a transcript label ("DOE: “...”")."""
    text = doc_text(doc)
    m = _DASH_NAME.match(text, span.mark_end)
    if m is not None:
        tok = doc.char_span(m.end(), m.end() + 1, alignment_mode="expand")
        if tok is not None and tok[0].pos_ in ("PROPN", "NOUN"):
            return tok[0]
    line_start = text.rfind("\n", 0, span.mark_start) + 1
    label = _LABEL_LINE.search(text[max(0, line_start - 1) : span.mark_start])
    if label is not None:
        tok = doc.char_span(line_start + label.start(1) - (1 if line_start else 0), span.mark_start,
                            alignment_mode="expand")
        if tok is not None:
            return tok[0]
    return None


def _event_index(analysis: DocAnalysis, pos: int) -> int | None:
    for i, ev in enumerate(analysis.events):
        if ev.start <= pos < ev.end:
            return i
    return None
