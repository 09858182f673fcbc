"""Reported (indirect) speech becomes claims: speaker, cue verb, content span, polarity."""

from __future__ import annotations

import pytest

from newsgraph.model import ClaimMention
from test_quotes_stage import analyse


def claims_of(text: str) -> list[ClaimMention]:
    return analyse(text).claims


@pytest.mark.parametrize(
    ("text", "speaker", "cue", "content", "polarity"),
    [
        (
            "Erdoğan noted that the new pipeline is stoking tension in the region.",
            "Erdoğan", "noted", "the new pipeline is stoking tension in the region", "asserted",
        ),
        (
            "Macron said the summit would take place in Paris next month.",
            "Macron", "said", "the summit would take place in Paris next month", "asserted",
        ),
        (
            "The Chinese foreign ministry denied that Beijing had sent troops to the border.",
            "ministry", "denied", "Beijing had sent troops to the border", "denied",
        ),
        (
            "Zelenskyy rejected claims that Kyiv had ordered the strike.",
            "Zelenskyy", "rejected", "Kyiv had ordered the strike", "denied",
        ),
        (
            "Kim Jong Un did not deny that the missile had failed after launch.",
            "Kim Jong Un", "deny", "the missile had failed after launch", "asserted",
        ),
    ],
)
def test_claims_indirect_speech(text: str, speaker: str, cue: str, content: str, polarity: str) -> None:
    (claim,) = claims_of(text)
    assert speaker.split()[-1] in (claim.speaker_text or "")
    assert claim.cue == cue
    assert claim.text == content
    assert claim.polarity == polarity
    assert text[claim.start : claim.end] == content


def test_claims_not_from_direct_quotes() -> None:
    text = "“We said that the border would stay open,” Zelenskyy told reporters."
    assert claims_of(text) == []


def test_claims_negated_assertion_is_no_claim() -> None:
    assert claims_of("Macron did not say that the deal was finished.") == []


def test_claims_pronoun_speaker_resolved() -> None:
    text = "Mohammed bin Salman met the envoys in Riyadh. He said that oil output would rise next year."
    (claim,) = claims_of(text)
    assert "Salman" in (claim.speaker_text or "")
