"""Direct quotes and reported claims of one document (a pure per-document stage).

Steps, each in its own module: pair the quote marks (``quote_marks``), drop
spans that are names or discussed terms (``quote_kinds``), find the speech cue
in the sentence around the quote (``quote_cues``), and resolve the cue's
speaker to a mention, pronoun antecedent or described person
(``quote_speakers``). A quote whose sentence has no cue and that opens its
sentence continues the previous sentence's speaker: the usual shape of a
quote-only paragraph after "X said". Shapes the parse misses have their own
rules: an attribution cut off after '?"' ('"Why?" he asks.'), an inverted
'Said X:', a transcript label, a colon after a person. Indirect speech becomes claims
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
from newsgraph.stages.quote_cues import Cue, CueData, Token, cue_data, find_cue, verb_speaker
from newsgraph.stages.quote_kinds import is_short_term, looks_like_name, non_speech_marker
from newsgraph.stages.quote_marks import QuoteSpan, find_quote_spans, quote_text
from newsgraph.stages.quote_speakers import Speaker, SpeakerResolver, untitled

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


def _outside_speaker(cue: Cue, ranges: list[tuple[int, int]]) -> Cue:
    """A cue after a quote whose parse gives it no subject outside the marks takes the name between.

    A misparse can hang '," Chief Jo Lind said' on the quoted clause, leaving
    "said" without a subject or handing it the quote's own "We"; words in marks
    never name who says them, and the words between the closing mark and the
    verb do.
    """
    if cue.speaker is not None and _outside(cue.speaker.idx, ranges):
        return cue
    doc, verb = cue.token.doc, cue.token
    closes = [b for a, b in ranges if b <= verb.idx]
    if not closes:
        return cue if cue.speaker is None else Cue(verb, None, cue.text)
    between = [t for t in doc[verb.sent.start : verb.i] if t.idx >= max(closes) and not t.is_punct and not t.is_space]
    if not between or len(between) > _TRAILING_WORDS * 2 or any(t.pos_ in ("VERB", "AUX") and t.is_lower for t in between):
        return Cue(verb, None, cue.text)
    first = next((t for t in between if t.pos_ in ("PROPN", "PRON", "NOUN") or not t.is_lower), None)
    while first is not None and not first.is_lower and first.i + 1 < verb.i and doc[first.i + 1].pos_ == "PROPN":
        first = doc[first.i + 1]  # "Chief Jo Lind": the name's last word
    return Cue(verb, first, cue.text)


def _best_cue(cues: list[Cue], root: Token | None, span: QuoteSpan) -> Cue | None:
    if not cues:
        return None

    def dist(c: Cue) -> int:
        i = c.token.idx
        return 0 if span.mark_start <= i < span.mark_end else min(abs(i - span.mark_start), abs(i - span.mark_end))

    best = min(cues, key=lambda c: (not _linked(c, root), c.speaker is None, dist(c)))
    best = _inner_cue(best, cues, root)
    return _outer_cue(best, cues, root) or best


def _inner_cue(best: Cue, cues: list[Cue], root: Token | None) -> Cue:
    """The speech cue nearest the quote in the parse when ``best`` reports another one's words.

    'X told him the strike was aimed "not at Norland", the agency reported': the
    words in marks are X's, which the agency passes on; the innermost cue whose
    clause holds the quote names who said them (a cue of thought or of an act is
    left to :func:`_outer_cue`).
    """
    if not _linked(best, root):
        return best
    data = cue_data()
    relays = str(best.token.lemma_).lower() in RELAY_VERBS  # the parse may hang the quote on "reported"
    # "X told him ..., according to a readout of the call": the readout is where the reporter
    # read X's words, not a speaker inside X's clause
    inner = [c for c in cues if c is not best and c.speaker is not None and _linked(c, root)
             and not (c.token.lower_ == "according" and c.token.head.i == best.token.i)
             and (relays or any(a.i == best.token.i for a in c.token.ancestors))
             and str(c.token.lemma_).lower() not in data.belief_verbs | data.action_verbs | RELAY_VERBS]
    return max(inner, key=lambda c: sum(1 for _ in c.token.ancestors)) if inner else best


# Verbs of passing on what someone else said: "the agency reported", "the paper quoted".
RELAY_VERBS = frozenset({"report", "quote", "cite", "carry", "relay"})


# Subjects that are no one: "it underscores that ...", "which suggests ...".
_NON_PERSON = frozenset({"it", "this", "that", "which"})


def _outer_cue(best: Cue, cues: list[Cue], root: Token | None) -> Cue | None:
    """The speech cue whose clause holds ``best`` when the quote cannot be ``best``'s speaker's words.

    'She says it underscores that he is "unfit"' and 'He says people think "..."':
    a thought is not quoted and "it" says nothing; 'He said the army would respond
    "forcefully"': an act, not an utterance. The words in marks are the outer
    speaker's.
    """
    lemma = str(best.token.lemma_).lower()
    inner_thought = lemma in cue_data().belief_verbs
    inner_act = lemma in cue_data().action_verbs
    inner_thing = best.speaker is not None and best.speaker.lower_ in _NON_PERSON
    if not (inner_thought or inner_act or inner_thing) or not _linked(best, root):
        return None
    by_token = {c.token.i: c for c in cues if c.speaker is not None}
    for t in best.token.ancestors:  # nearest clause first
        outer = by_token.get(t.i)
        if outer is not None and str(t.lemma_).lower() not in cue_data().belief_verbs:
            return outer
        # "Doe said, many have come to believe '...'": the cue set off as an aside
        aside = next((by_token[c.i] for c in t.children if c.dep_ == "parataxis" and c.i in by_token), None)
        if aside is not None and str(aside.token.lemma_).lower() not in cue_data().belief_verbs:
            return aside
    return None


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
    cues = [_outside_speaker(c, ranges) for t in _frame_tokens(doc, a, b, ranges) if (c := find_cue(t, data=data))]
    cue = _best_cue(cues, root, span)
    if looks_like_name(quoted, list(inner) if inner is not None else []):
        return None  # a name or title in marks, even inside reported speech
    if _habitual_naming(cue, span, quoted, data):
        return None  # "what the government calls a 'hybrid war'": a term it uses, not words it said once
    speaker: Speaker | None = None
    cue_text: str | None = None
    continued = found[-1] if found and not found[-1].span.closed and found[-1].span.mark_end <= span.mark_start else None
    if (label := _label_inside(doc, span)) is not None:
        # a transcript turn ('"DOE: ...'): a new speaker even where the last turn's quote ran on
        speaker, cue_text = resolver.resolve(label), "—"
    elif (
        continued is not None
        and doc_text(doc)[continued.span.mark_end : span.mark_start].strip() == ""
        and not (cue is not None and cue.speaker is not None and _linked(cue, root))
    ):
        # the next paragraph of a multi-paragraph quote: same speaker, unless its own
        # clause names one ('"...," he went on.')
        speaker, cue_text = continued.speaker, continued.mention.cue
    elif (tagged := _inverted_speaker(doc, a, span, data) or _tagged_speaker(doc, span)) is not None:
        speaker, cue_text = resolver.resolve(tagged), "—"
    elif cue is not None and cue.speaker is not None:
        speaker = resolver.resolve(cue.speaker)
        cue_text = cue.text
    elif (trailing := _trailing_cue(doc, sents, span, ranges, data)) is not None:
        speaker, cue_text = resolver.resolve(trailing.speaker), trailing.text
    elif (introducer := _colon_speaker(doc, a, span, resolver)) is not None:
        speaker, cue_text = resolver.resolve(introducer), ":"
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
        speaker_text=untitled(speaker.text, speaker.label, data) if speaker else None,
        cue=cue_text,
        sent=first,
    )
    return FoundQuote(span, mention, speaker if speaker and speaker.text else None, (a, b))


def _habitual_naming(cue: Cue | None, span: QuoteSpan, quoted: str, data: CueData) -> bool:
    """A short term after a naming verb in the simple present ("what Baku calls a 'real' peace", "what
    the movement calls 'active neutrality'") is the side's habitual word for a thing: no quote. Told in
    the past ("called the ruling a 'defeat'"), it reports one statement, and is a quote."""
    return (cue is not None and cue.token.tag_ in ("VBZ", "VBP") and cue.token.idx < span.mark_start and cue.token.lemma_.lower() in data.naming_verbs
            and is_short_term(quoted))


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


# Words after the quote a pure attribution may hold before its cue ("a narrator in the ad asks").
_TRAILING_WORDS = 8


def _trailing_cue(
    doc: Any, sents: list[tuple[int, int]], span: QuoteSpan, ranges: list[tuple[int, int]], data: CueData
) -> Cue | None:
    """The cue of a short attribution the sentence splitter cut off after the quote.

    '"Why not?" he asks.' splits after '?"', leaving the speaker in a sentence of
    its own. Only a bare attribution counts: the cue opens that sentence's words
    (after at most a few speaker words), in the same paragraph, and carries no
    clause of its own; '"We won!" Critics said the count was wrong.' is a new claim.
    """
    text = doc_text(doc)
    nxt = next(((a, b) for a, b in sents if a >= span.end and b > span.mark_end), None)
    if nxt is None or text[span.mark_end : max(nxt[0], span.mark_end)].strip(" \t") != "":
        return None
    words = [t for t in _frame_tokens(doc, max(nxt[0], span.mark_end), nxt[1], ranges) if not t.is_punct]
    for t in words[:_TRAILING_WORDS]:
        if t.idx >= nxt[1] or any(a <= t.idx < b for a, b in ranges):
            break
        cue = find_cue(t, data=data)
        if cue is None or cue.speaker is None or not (nxt[0] <= cue.speaker.idx < nxt[1]):
            continue
        if any(_own_clause(c) for c in cue.token.children):
            return None
        return cue
    return None


_COLON_PRONOUNS = frozenset({"he", "she", "they"})


def _colon_speaker(doc: Any, frame_start: int, span: QuoteSpan, resolver: SpeakerResolver) -> Token | None:
    """Who introduces a quote with a colon and no speech verb.

    'Pollster Jo Park: "..."' and 'She then turned to the crowd: "..."': a
    person's name right before the colon, or a person subject of the clause
    the colon ends. A thing ("The rule is simple: ...") introduces no one.
    """
    text = doc_text(doc)
    before = text[frame_start : span.mark_start].rstrip()
    if not before.endswith(":"):
        return None
    colon = doc.char_span(frame_start + len(before) - 1, frame_start + len(before), alignment_mode="expand")
    if colon is None or colon[0].i == 0:
        return None
    prev = doc[colon[0].i - 1]
    m = resolver.mention_at(prev.idx)
    if m is not None and m[3] == "PERSON":
        return prev
    verb = colon[0].head
    if verb.pos_ not in ("VERB", "AUX") or verb.idx < frame_start:
        return None
    subj = verb_speaker(verb)
    if subj is None or subj.idx < frame_start:
        return None
    if subj.lower_ in _COLON_PRONOUNS:
        return subj
    m = resolver.mention_at(subj.idx)
    return subj if m is not None and m[3] in ("PERSON", "ORG") else None


def _own_clause(child: Token) -> bool:
    """Does this dependent give the cue words of its own ("said the count was wrong", "slammed the plan")?

    An addressee is not one: "he urged them", "asked Doe", "told reporters".
    """
    if child.dep_ in ("ccomp", "xcomp"):
        return True
    if child.dep_ != "dobj":
        return False
    return child.pos_ not in ("PRON", "PROPN") and str(child.head.lemma_).lower() not in ("tell", "ask")


_DASH_NAME = re.compile(r"[ \t\xa0]*[―—–][ \t\xa0]*(?=[A-Z])")
# A transcript label: a few words on their own before a colon ("DOE:", "Sen. Jane Doe:").
_LABEL_LINE = re.compile(r"(?:^|\n)((?:[A-Z][A-Za-z.'’-]*[ ]?){1,4}):[ \t]*$")
# A label typed inside the marks ('"DOE: Well, ...'): capitals only, so "Note: ..." is not one.
_LABEL_INSIDE = re.compile(r"([A-Z][A-Z.'’-]+(?: [A-Z][A-Z.'’-]+){0,2}):\s")
# An inverted attribution opening the sentence: 'Said Doe: "..."', 'Added the mayor, "..."'.
_INVERTED = re.compile(r"\s*([A-Z][a-z]+)\s+([^!?\n\"“”,:;]{2,60})[:,]\s*$")


def _inverted_speaker(doc: Any, frame_start: int, span: QuoteSpan, data: CueData) -> Token | None:
    """The speaker of a sentence that opens with its cue verb ('Said Doe: "..."').

    The tagger often takes a capitalised "Said" for a name, so the parse has no
    cue; the shape (past-tense speech verb, a short name or description, a
    colon or comma, the quote) is unambiguous.
    """
    text = doc_text(doc)
    m = _INVERTED.match(text, frame_start, span.mark_start)
    if m is None:
        return None
    verb = doc.char_span(m.start(1), m.end(1), alignment_mode="expand")
    who = doc.char_span(m.start(2), m.end(2), alignment_mode="expand")
    if verb is None or who is None or len(verb) != 1:
        return None
    word = verb[0].lower_
    if not (word.endswith("ed") or word in ("said", "told", "wrote")) or str(verb[0].lemma_).lower() not in data.speech_verbs:
        return None
    return who.root if who.root.pos_ in ("PROPN", "NOUN", "PRON") else None


def _label_inside(doc: Any, span: QuoteSpan) -> Token | None:
    """A speaker label typed inside the marks: '"DOE: Well, ...' in a pasted transcript."""
    inside = _LABEL_INSIDE.match(doc_text(doc), span.start)
    if inside is None:
        return None
    tok = doc.char_span(inside.start(1), inside.end(1), alignment_mode="expand")
    return tok.root if tok is not None else None


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
