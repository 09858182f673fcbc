"""Quotes and claims across documents: give each an id and point it at entities and events.

Per-document quotes name their speaker by within-document chain; the entity
resolver maps chains to corpus entities, and the event resolver maps event
mentions to events. This step only joins those maps: ids follow document ids
and then the text, as entity and event ids do, so the same documents give the
same ids whatever order they arrived in.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from newsgraph.model import Claim, DocAnalysis, Quote


def resolve_quotes(
    analyses: Sequence[DocAnalysis],
    chain_map: Mapping[tuple[str, int], str],
    events_by_mention: Mapping[tuple[str, int], str],
) -> tuple[list[Quote], list[Claim]]:
    """Corpus-level quotes ("q1" ...) and claims ("c1" ...), speakers as entity ids."""
    quotes: list[Quote] = []
    claims: list[Claim] = []
    for an in sorted(analyses, key=lambda a: a.doc_id):
        for qm in sorted(an.quotes, key=lambda q: (q.start, q.end)):
            speaker = chain_map.get((an.doc_id, qm.speaker_chain)) if qm.speaker_chain is not None else None
            event = events_by_mention.get((an.doc_id, qm.event)) if qm.event is not None else None
            quotes.append(
                Quote(
                    id=f"q{len(quotes) + 1}", doc=an.doc_id, start=qm.start, end=qm.end, text=qm.text,
                    speaker=speaker, speaker_text=qm.speaker_text, cue=qm.cue, event=event,
                )
            )
        for cm in sorted(an.claims, key=lambda c: (c.start, c.end)):
            speaker = chain_map.get((an.doc_id, cm.speaker_chain)) if cm.speaker_chain is not None else None
            claims.append(
                Claim(
                    id=f"c{len(claims) + 1}", doc=an.doc_id, start=cm.start, end=cm.end, text=cm.text,
                    speaker=speaker, speaker_text=cm.speaker_text, cue=cm.cue, polarity=cm.polarity,
                )
            )
    return quotes, claims
