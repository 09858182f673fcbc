"""Sentence boundaries from the spaCy parse, stored as character spans.

One repair: the parser ends a sentence at a clock abbreviation followed by a
capitalised word ("by 4 a.m. Lima time, ..."), so a sentence that opens with
a zone ("Lima time", "GMT") right after "a.m."/"p.m." goes on the one before.
"""

from __future__ import annotations

from typing import Any

from newsgraph.pipeline.context import DocContext

CLOCK_ABBREVIATIONS = frozenset({"a.m.", "p.m.", "am.", "pm."})
TIME_ZONES = frozenset({"gmt", "utc", "est", "edt", "cet", "cest", "bst", "ist", "pst", "pdt", "jst", "msk"})


def split_sentences(ctx: DocContext) -> None:
    spans: list[list[int]] = []
    for s in ctx.doc.sents:
        if spans and _runs_on(ctx.doc, s):
            spans[-1][1] = s.end_char
        else:
            spans.append([s.start_char, s.end_char])
    ctx.analysis.sentences = spans


def _runs_on(doc: Any, sent: Any) -> bool:
    """Does ``sent`` continue the sentence before, cut at "a.m." / "p.m." by the parser?"""
    if sent.start == 0 or doc[sent.start - 1].lower_ not in CLOCK_ABBREVIATIONS:
        return False
    first = doc[sent.start]
    second = doc[sent.start + 1] if sent.start + 1 < len(doc) else None
    return first.lower_ in TIME_ZONES or (second is not None and second.lower_ == "time")
