"""Sentence boundaries from the spaCy parse, stored as character spans."""

from __future__ import annotations

from newsgraph.pipeline.context import DocContext


def split_sentences(ctx: DocContext) -> None:
    ctx.analysis.sentences = [[s.start_char, s.end_char] for s in ctx.doc.sents]
