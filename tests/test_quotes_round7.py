"""Speaker attribution, seventh round (found on held-out corpora of other stories): "the statement said"
after "X answered with a sharp statement" speaks for X, as after "X said in a statement"; a statement
no one is said to have issued speaks for no one. Sentences written for these tests, invented names."""

from __future__ import annotations

from newsgraph.pipeline.runner import analyze_text


def _speaker_chain_name(text: str, words: str) -> str | None:
    a = analyze_text(text, published="2024-03-15")
    q = next(q for q in a.quotes if words in q.text)
    return a.chains[q.speaker_chain].name if q.speaker_chain is not None else None


def test_a_statement_answered_with_speaks_for_who_answered() -> None:
    text = ("The Gabonese Foreign Ministry answered on Tuesday with an unusually sharp statement. It said the remarks "
            "were a threat.\n\n\"Gabon is not a party to this conflict,\" the statement said.")
    assert _speaker_chain_name(text, "not a party to this conflict") == "Gabonese Foreign Ministry"


def test_a_statement_nobody_issued_speaks_for_no_one() -> None:
    text = ("The talks ended on Tuesday with a statement.\n\n\"Both sides will meet again,\" the statement said.")
    assert _speaker_chain_name(text, "Both sides will meet again") is None


def test_the_leader_of_a_nationality_is_its_one_head_of_state_named() -> None:
    text = ("Mexican President Ana Ruiz spoke on Monday. Peru's foreign minister Jon Lind replied. "
            "\"I am not going to give it away,\" the Mexican leader said on Thursday.")
    assert _speaker_chain_name(text, "give it away") == "Ana Ruiz"


def test_the_leader_of_another_nationality_is_not_the_last_speaker() -> None:
    text = ("Mexican President Ana Ruiz spoke on Monday. Peru's foreign minister Jon Lind replied. "
            "\"No,\" the Chilean leader said on Thursday.")
    assert _speaker_chain_name(text, "No") not in ("Jon Lind", "Ana Ruiz")
