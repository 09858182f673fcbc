"""The term a report gives an act ("renewed for 90 days"), read for comparing outlets."""

from __future__ import annotations

import pytest

from newsgraph.model import Document, Event, EventDate, MentionRef
from newsgraph.resolve.compare import _event_value_disputes
from newsgraph.resolve.compare_values import sentence_term


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The Nile water pact was extended for another 90 days, officials said.", "90 days"),
        ("The truce has been extended for six months, rejecting claims it was only for three months.", "6 months"),
        ("The ceasefire was renewed for a further two weeks.", "2 weeks"),
        ("Macron and Modi met for talks.", None),
    ],
)
def test_sentence_term(sentence: str, expected: str | None) -> None:
    term = sentence_term(sentence)
    assert (term.value if term else None) == expected


def test_two_outlets_giving_an_act_different_terms_is_a_dispute() -> None:
    a = MentionRef("d1", 0, 60, "The Nile water pact has been extended for 90 days, the minister said.")
    b = MentionRef("d2", 0, 60, "The Nile water pact was extended on Friday for another 30 days.")
    docs = {"d1": Document(id="d1", source="Cairo Daily", text="", outlet="Cairo Daily"),
            "d2": Document(id="d2", source="Khartoum Post", text="", outlet="Khartoum Post")}
    ev = Event(id="v1", type="AGREE", mode="extension", summary="", source=[], target=[], location=None,
               date=EventDate(), modality="asserted", mentions=[a, b])
    terms = [d for d in _event_value_disputes(ev, docs) if d["subject"].endswith("term")]
    assert [g["value"] for g in terms[0]["values"]] == ["30 days", "90 days"]
