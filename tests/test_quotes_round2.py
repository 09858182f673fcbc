"""Speaker attribution rules added in the second quotes round, each with a case it must not fire on.

Every sentence here is written for these tests; the names are invented.
"""

from __future__ import annotations

from newsgraph.model import DocAnalysis, Document
from newsgraph.nlp import load_nlp
from newsgraph.pipeline.context import DocContext
from newsgraph.stages.mentions import extract_mentions
from newsgraph.stages.quote_cues import Cue, _word_before
from newsgraph.stages.quote_marks import find_quote_spans
from newsgraph.stages.quotes import FoundQuote, _outside_speaker, find_quotes
from newsgraph.stages.sentences import split_sentences


def found_quotes(text: str) -> list[FoundQuote]:
    """sentences -> mentions -> quotes, keeping the speaker span the cue wrote."""
    doc = load_nlp()(text)
    ctx = DocContext(Document(id="d1", source="t.txt", text=text), doc, DocAnalysis(doc_id="d1"))
    split_sentences(ctx)
    extract_mentions(ctx)
    return find_quotes(doc, ctx.analysis)[0]


def quote(text: str, words: str) -> FoundQuote:
    hits = [q for q in found_quotes(text) if words in q.mention.text]
    assert hits, f"no quote containing {words!r}"
    return hits[0]


def speaker(text: str, words: str) -> str:
    return quote(text, words).mention.speaker_text or ""


# ---------------------------------------------------------------- attribution cut off after '?"'


def test_attribution_after_question_mark_quote() -> None:
    text = (
        "Councillor Maren Tovey spoke first at the hearing.\n\n"
        "“Why should the town pay for a bridge nobody uses?” Piet Oduya asked."
    )
    assert "Oduya" in speaker(text, "bridge nobody uses")


def test_new_claim_after_quote_is_not_an_attribution() -> None:
    text = (
        "Mayor Ana Ruiz spoke first at the count.\n\n"
        "“We won the district!” Critics said the count was wrong."
    )
    assert "Critics" not in speaker(text, "won the district")


# ---------------------------------------------------------------- transcript labels inside the marks


def test_label_inside_marks_names_the_turn() -> None:
    text = (
        "The two men spoke on the radio on Sunday.\n\n"
        '"HALVORSEN: We have to act before the winter comes.\n\n'
        '"BRIGGS: But the money is not there, is it?"'
    )
    assert "HALVORSEN" in speaker(text, "before the winter")
    assert "BRIGGS" in speaker(text, "money is not there")


def test_capitalised_word_with_colon_is_not_a_label() -> None:
    text = "“Note: the vote is final,” Halvorsen said."
    assert "Halvorsen" in speaker(text, "vote is final")


# ---------------------------------------------------------------- inverted "Said X:"


def test_inverted_said_opens_sentence() -> None:
    text = (
        "Tax experts were unconvinced by the plan.\n\n"
        "Said Okafor: “I don’t see any interest in real reform here.”"
    )
    assert "Okafor" in speaker(text, "real reform")


def test_inverted_shape_needs_a_speech_verb() -> None:
    text = "Covered in mud, Lena Okafor said: “We kept going all night.”"
    assert "Okafor" in speaker(text, "kept going")
    text = "Mocked online for weeks, Lena Okafor said: “We kept going all night.”"
    assert "Okafor" in speaker(text, "kept going")


# ---------------------------------------------------------------- a closing mark typed as an opening one


def test_opening_mark_glued_to_words_closes() -> None:
    text = "“Not this year,“ he said. “Maybe next year.”"
    spans = find_quote_spans(text)
    assert [text[s.start : s.end] for s in spans] == ["Not this year", "Maybe next year."]


def test_opening_mark_after_space_still_opens() -> None:
    text = "“Go now,” she said, “before it rains.”"
    spans = find_quote_spans(text)
    assert [text[s.start : s.end] for s in spans] == ["Go now", "before it rains."]


# ---------------------------------------------------------------- relative "who" as the speaker span


def test_relative_who_is_the_speaker_as_written() -> None:
    text = "Senator Ilse Marrow, who in 2010 said the plan was “doomed from the start,” now backs it."
    q = quote(text, "doomed")
    assert q.speaker is not None and "Marrow" in (q.mention.speaker_text or "")
    assert text[q.speaker.start : q.speaker.end] == "who"


def test_plain_subject_keeps_its_own_span() -> None:
    text = "Senator Ilse Marrow said the plan was “doomed from the start.”"
    q = quote(text, "doomed")
    assert q.speaker is not None and text[q.speaker.start : q.speaker.end].endswith("Marrow")


# ---------------------------------------------------------------- the speech cue above a thought or "it"


def test_belief_inside_speech_goes_to_the_speaker() -> None:
    text = "Pedro Alves said that many voters now believe the plan is “a fraud on the public.”"
    assert "Alves" in speaker(text, "fraud on the public")


def test_speech_inside_speech_keeps_the_inner_speaker() -> None:
    text = "Pedro Alves said that Rita Kwan called the plan “a fraud on the public.”"
    assert "Kwan" in speaker(text, "fraud on the public")


def test_it_inside_speech_goes_to_the_speaker() -> None:
    text = "Rita Kwan says it underscores that the plan is “a fraud on the public.”"
    assert "Kwan" in speaker(text, "fraud on the public")


def test_aside_speech_cue_beats_belief() -> None:
    text = "Over the years, Mr. Alves said, most farmers have come to believe “the river is dying.”"
    assert "Alves" in speaker(text, "river is dying")


# ---------------------------------------------------------------- explicit cue beats a run-on quote


def test_own_cue_beats_paragraph_continuation() -> None:
    text = (
        "Rita Kwan told the meeting: “We are ready. The plan works.\n\n"
        "“Nobody else has a plan,” Tomas Berg said."
    )
    assert "Berg" in speaker(text, "Nobody else")


def test_paragraph_continuation_without_cue_keeps_speaker() -> None:
    text = (
        "Rita Kwan told the meeting: “We are ready. The plan works.\n\n"
        "“Nobody else has a plan.”"
    )
    assert "Kwan" in speaker(text, "Nobody else")


# ---------------------------------------------------------------- a parsed subject inside the marks


def _cue_with_speaker(text: str, verb: str, subject: str) -> tuple[Cue, list[tuple[int, int]]]:
    doc = load_nlp()(text)
    tok = next(t for t in doc if t.text == verb)
    subj = next(t for t in doc if t.text == subject)
    ranges = [(s.mark_start, s.mark_end) for s in find_quote_spans(text)]
    return Cue(tok, subj, tok.text), ranges


def test_subject_inside_marks_gives_way_to_name_before_cue() -> None:
    cue, ranges = _cue_with_speaker("“We will get justice,” Chief Jo Lindqvist said.", "said", "We")
    fixed = _outside_speaker(cue, ranges)
    assert fixed.speaker is not None and fixed.speaker.text == "Lindqvist"


def test_subject_outside_marks_is_kept() -> None:
    cue, ranges = _cue_with_speaker("“We will get justice,” Chief Jo Lindqvist said.", "said", "Lindqvist")
    assert _outside_speaker(cue, ranges).speaker is cue.speaker


def test_word_before_verb_skips_auxiliaries_and_adverbs() -> None:
    doc = load_nlp()("Nadia Berg is once again questioning the count.")
    verb = next(t for t in doc if t.text == "questioning")
    got = _word_before(verb)
    assert got is not None and got.text == "Berg"
    doc = load_nlp()("Quickly questioning the count.")
    assert _word_before(next(t for t in doc if t.text == "questioning")) is None


# ---------------------------------------------------------------- added cue verbs


def test_proclaimed_and_branded_are_cues() -> None:
    assert "Okafor" in speaker("Lena Okafor proclaimed the deal “a triumph for the valley.”", "triumph")
    assert "Okafor" in speaker("Lena Okafor branded the deal “a betrayal of the valley.”", "betrayal")


def test_branded_without_subject_names_a_product() -> None:
    quotes = found_quotes("The shop sold a honey branded “Golden Valley” at the fair.")
    assert all(q.mention.speaker_text is None for q in quotes if "Golden Valley" in q.mention.text)


def test_cue_with_a_verb_between_it_and_the_quote_stays_without_speaker() -> None:
    doc = load_nlp()("“Justice now,” marchers chanted as reporters said nothing.")
    verb = next(t for t in doc if t.text == "said")
    ranges = [(s.mark_start, s.mark_end) for s in find_quote_spans(doc.text)]
    assert _outside_speaker(Cue(verb, None, "said"), ranges).speaker is None


# ---------------------------------------------------------------- a colon with no speech verb


def test_name_before_colon_introduces_quote() -> None:
    text = "Pollsters agree - Carla Binte: “Keep calling voters as late as possible.”"
    assert "Binte" in speaker(text, "Keep calling")


def test_person_clause_before_colon_introduces_quote() -> None:
    text = "Ada Brill won by a mile. She then turned to the crowd again: “Here is what I regret.”"
    assert "Brill" in speaker(text, "what I regret")


def test_thing_before_colon_introduces_no_one() -> None:
    text = "Ada Brill won by a mile.\n\nThe house rule is simple: “no phones at the table.”"
    assert speaker(text, "no phones") == ""


# ---------------------------------------------------------------- addressees


def test_trailing_cue_with_addressee_object() -> None:
    text = "Ada Brill thanked the crowd. “Just one minute, come on, alright?” Piet Oduya urged them."
    assert "Oduya" in speaker(text, "Just one minute")


def test_trailing_cue_with_its_own_object_is_not_an_attribution() -> None:
    text = "Ada Brill spoke first. “We won the district!” Piet Oduya slammed the result."
    assert "Oduya" not in speaker(text, "won the district")



# ---------------------------------------------------------------- "they" as a speaker


def test_they_goes_to_an_earlier_group_subject() -> None:
    text = (
        "Two senators wrote to the agency last week. They sent a letter on Thursday.\n\n"
        '"The program has become plagued by fraud," they wrote.'
    )
    assert speaker(text, "plagued by fraud") == "senators"
    text = 'Marta Quill and Deb Rao met the mayor. "We are not leaving," they said.'
    assert speaker(text, "not leaving") == "Marta Quill and Deb Rao"


def test_they_without_a_group_stays_unresolved() -> None:
    text = 'Marta Quill arrived late at the hall. "We are not leaving," they said.'
    assert speaker(text, "not leaving") == ""
