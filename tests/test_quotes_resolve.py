"""resolve_quotes: deterministic ids, chains to entities, event mentions to events."""

from __future__ import annotations

from newsgraph.model import ClaimMention, DocAnalysis, QuoteMention
from newsgraph.resolve.quotes import resolve_quotes


def _analyses() -> list[DocAnalysis]:
    a = DocAnalysis(doc_id="d1", quotes=[
        QuoteMention(50, 60, "later one", speaker_chain=None, speaker_text="they"),
        QuoteMention(5, 20, "first one", speaker_chain=2, speaker_text="Macron", cue="said", event=0),
    ], claims=[ClaimMention(30, 40, "the deal holds", speaker_chain=2, speaker_text="Macron", cue="noted")])
    b = DocAnalysis(doc_id="d2", quotes=[QuoteMention(0, 9, "second doc", speaker_chain=0, speaker_text="Kim")])
    return [a, b]


def test_quotes_resolve_ids_speakers_events() -> None:
    quotes, claims = resolve_quotes(_analyses(), {("d1", 2): "e7", ("d2", 0): "e3"}, {("d1", 0): "v4"})
    assert [(q.id, q.doc, q.text, q.speaker, q.event) for q in quotes] == [
        ("q1", "d1", "first one", "e7", "v4"),
        ("q2", "d1", "later one", None, None),
        ("q3", "d2", "second doc", "e3", None),
    ]
    assert [(c.id, c.speaker, c.cue, c.polarity) for c in claims] == [("c1", "e7", "noted", "asserted")]


def test_quotes_resolve_is_deterministic() -> None:
    one = resolve_quotes(_analyses(), {("d1", 2): "e7"}, {})
    two = resolve_quotes(_analyses(), {("d1", 2): "e7"}, {})
    assert one == two
