"""Small helpers the event stages share: a report's evidence span, its parties without repeats, a summary."""

from __future__ import annotations

from typing import Any

from newsgraph.model import ActorRef
from newsgraph.stages.mention_clean import doc_text


def evidence_span(sent: Any, tok: Any) -> tuple[int, int]:
    """The sentence, cut at paragraph breaks the parser did not see ("A heading\n\nThe visit ...")."""
    base = sent.start_char
    text = doc_text(sent.doc)[base:sent.end_char]  # == sent.text, without re-joining its tokens
    rel = tok.idx - base
    lo = text.rfind("\n\n", 0, rel)
    hi = text.find("\n\n", rel)
    start = base + (lo + 2 if lo >= 0 else 0)
    end = base + (hi if hi >= 0 else len(text.rstrip()))
    return start, end


def unique_refs(refs: list[ActorRef]) -> list[ActorRef]:
    """The references in order, each span once."""
    return list({(r.start, r.end): r for r in refs}.values())


def parties(source: list[ActorRef], target: list[ActorRef]) -> str:
    """"Chile–Peru": the two sides of a report by country (else by name), for its one-line summary."""
    def name(refs: list[ActorRef]) -> str:
        return "/".join(dict.fromkeys(r.country or r.text for r in refs))

    return "–".join(x for x in (name(source), name(target)) if x)
