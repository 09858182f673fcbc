"""Rules added to the quotes stage after reading its errors on PolNeAR and the demo corpus.

Each case is written for this file, with speakers of other stories; each
rule also has a case that must stay as it was.
"""

from __future__ import annotations

import pytest

from newsgraph.stages.quote_marks import find_quote_spans
from test_quotes_stage import analyse, quote_with


@pytest.mark.parametrize(
    ("text", "words", "speaker"),
    [
        # a description with the name in apposition: the name speaks, not "his spokesman"
        (
            "At the United Nations, Secretary-General Antonio Guterres welcomed the truce. "
            "“A ceasefire is the first step,” his spokesman, Stephane Dujarric, told reporters.",
            "first step",
            "Dujarric",
        ),
        (
            "In Ankara, the foreign ministry spokesman, Oncu Keceli, said the deal showed that "
            "“dialogue comes first” in Turkish policy.",
            "dialogue comes first",
            "Keceli",
        ),
        # the apposition beats an earlier person whose role shares words ("minister" ~ "ministry")
        (
            "The foreign ministry spokesman, Oncu Keceli, said talks would resume. "
            "The Greek foreign minister, Nikos Dendias, wrote on Twitter that the two countries “share one sea”.",
            "share one sea",
            "Dendias",
        ),
    ],
)
def test_quotes_rules_appositive_name_is_the_speaker(text: str, words: str, speaker: str) -> None:
    got = quote_with(analyse(text), words).speaker_text
    assert got is not None and got.endswith(speaker)


def test_quotes_rules_description_without_a_name_stays_a_description() -> None:
    text = "“The border stays open,” a government spokesman told reporters in Nairobi."
    got = quote_with(analyse(text), "border stays open").speaker_text
    assert got is None or "spokesman" in got


def test_quotes_rules_aspectual_continue_is_not_a_cue() -> None:
    text = (
        "According to Modi, India will continue to support the two neighbours as they "
        "“walk the road of friendship”. He said Delhi was ready to host more talks."
    )
    assert quote_with(analyse(text), "walk the road").speaker_text == "Modi"


def test_quotes_rules_continue_with_a_quote_is_still_a_cue() -> None:
    text = "Lula spoke for an hour. “We will not sell the forest,” he continued."
    assert quote_with(analyse(text), "sell the forest").speaker_text == "Lula"


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("The prime minister said a new ambassador would be named “in the coming weeks”.", "in the coming weeks"),
        ("Scholz said a successor would be named “within days”.", "within days"),
    ],
)
def test_quotes_rules_fragment_after_named_is_speech(text: str, words: str) -> None:
    q = quote_with(analyse(text), words)
    assert q.speaker_text is not None


def test_quotes_rules_name_after_named_is_still_a_name() -> None:
    a = analyse("Sheinbaum said the new bridge would be named “Puente de la Amistad”.")
    assert all(q.speaker_text is None for q in a.quotes if "Puente" in q.text)


def test_quotes_rules_closing_mark_at_line_start_opens_a_quote() -> None:
    text = "”Fear. I am afraid the wrong man will win.” ― Ana Lopez, 24\n\n“He is clueless,” said Maria Gomez."
    spans = find_quote_spans(text)
    assert [text[s.start : s.end] for s in spans] == ["Fear. I am afraid the wrong man will win.", "He is clueless"]
    a = analyse(text)
    assert quote_with(a, "Fear.").speaker_text == "Ana Lopez"


def test_quotes_rules_closing_mark_mid_line_still_closes() -> None:
    text = "He said it was “over” and left."
    (span,) = find_quote_spans(text)
    assert text[span.start : span.end] == "over"


def test_quotes_rules_subject_in_the_verbs_own_paragraph() -> None:
    # the parser can run two paragraphs into one sentence and give "said" both names as subjects
    text = "“Fear rules this campaign.” ― Ana Lopez, 24\n\n“He is clueless,” said Maria Gomez."
    assert quote_with(analyse(text), "clueless").speaker_text == "Maria Gomez"


@pytest.mark.parametrize("verb", ["yells", "screams", "exclaimed", "pleaded"])
def test_quotes_rules_manner_of_speaking_verbs(verb: str) -> None:
    text = f"Jacinda Ardern walked to the podium.\n\n“Stay home and stay safe,” she {verb}."
    assert quote_with(analyse(text), "Stay home").speaker_text == "Jacinda Ardern"


def test_quotes_rules_participle_after_a_preposition_borrows_the_host_subject() -> None:
    # "after saying" hangs from the preposition; the sayer is the host clause's (passive) subject
    text = (
        "Angela Merkel described the surgery in her memoir.\n\n"
        "After saying her knee was “so stiff I could barely stand,” she was taken to a clinic in Berlin."
    )
    assert quote_with(analyse(text), "so stiff").speaker_text == "Angela Merkel"


def test_quotes_rules_pronoun_reaches_a_later_named_person_of_its_gender() -> None:
    # "she" is Sheinbaum, named (as an object) after Lula, whose gender the text never gives
    text = (
        "Luiz Inacio Lula da Silva described Claudia Sheinbaum as a “partner” after she "
        "blamed the tariffs on “old thinking” in Washington. She said her country would not retaliate."
    )
    got = quote_with(analyse(text), "old thinking").speaker_text
    assert got is not None and got.endswith("Sheinbaum")


def test_quotes_rules_pronoun_keeps_the_nearest_subject_when_nobody_else_fits() -> None:
    text = "Olaf Scholz spoke to reporters in Berlin.\n\n“Europe must act together,” he said."
    got = quote_with(analyse(text), "act together").speaker_text
    assert got is not None and got.endswith("Scholz")


def test_quotes_rules_pronoun_in_a_new_sentence_continues_the_last_speaker() -> None:
    # the analyst (gender never given) names a man inside his reported speech; "he tells" in the
    # next paragraph is still the analyst, not the man he talked about
    text = (
        "Kowalczyk doubts that Hungary would ever hand Viktor Orban's rival to Brussels, "
        "“as the matter looks deeply personal”.\n\n"
        "“These ties will likely change over the next decade,” he tells Radio Nord."
    )
    got = quote_with(analyse(text), "over the next decade").speaker_text
    assert got is not None and got.endswith("Kowalczyk")
