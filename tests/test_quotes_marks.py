"""Quote-mark pairing: straight, curly, mismatched, multi-paragraph (no spaCy needed)."""

from __future__ import annotations

import pytest

from newsgraph.stages.quote_marks import find_quote_spans, quote_text


def _texts(text: str) -> list[str]:
    return [quote_text(text, s) for s in find_quote_spans(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('Kim said "we are ready" on Monday.', ["we are ready"]),
        ("Kim said “we are ready” on Monday.", ["we are ready"]),
        ('Kim said "we are ready” on Monday.', ["we are ready"]),  # scraped: straight open, curly close
        ("Kim said “we are ready\" on Monday.", ["we are ready"]),  # curly open, straight close
        ("Kim said «nous sommes prêts» hier.", ["nous sommes prêts"]),
        ("“We are,” he said, “ready.”", ["We are", "ready."]),  # interrupted; trailing comma dropped
        ("He said “we are\nready” on Monday.", ["we are ready"]),  # hard line wrap inside
        ("It’s Kim’s view.", []),  # apostrophes are not quotes
    ],
)
def test_quote_marks_pairs(text: str, expected: list[str]) -> None:
    assert _texts(text) == expected


def test_quote_marks_offsets_exclude_marks() -> None:
    text = "Macron said “we stand together” today."
    (span,) = find_quote_spans(text)
    assert text[span.start : span.end] == "we stand together"
    assert text[span.mark_start] == "“" and text[span.mark_end - 1] == "”"


def test_quote_marks_multi_paragraph_quote() -> None:
    text = "Erdoğan said:\n\n“The first part goes on.\n\n“The second part ends here.”\n\nNext paragraph."
    spans = find_quote_spans(text)
    assert [quote_text(text, s) for s in spans] == ["The first part goes on.", "The second part ends here."]
    assert spans[0].closed is False and spans[1].closed is True


def test_quote_marks_stray_mark_does_not_swallow_text() -> None:
    text = "A stray “mark opens here.\n\nAnother paragraph without marks.\n\nAnd a “real quote” later."
    assert _texts(text) == ["real quote"]
