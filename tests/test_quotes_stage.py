"""The quotes stage on sentences written for these tests: cues, speakers, non-quotes."""

from __future__ import annotations

from typing import Any

import pytest

from newsgraph.model import Chain, DocAnalysis, Document, Mention, QuoteMention
from newsgraph.nlp import load_nlp
from newsgraph.pipeline.context import DocContext
from newsgraph.stages.mentions import extract_mentions
from newsgraph.stages.quotes import extract_quotes, find_quotes
from newsgraph.stages.sentences import split_sentences


def analyse(text: str) -> DocAnalysis:
    """sentences -> mentions -> quotes, as the pipeline runs them."""
    doc = load_nlp()(text)
    ctx = DocContext(Document(id="d1", source="t.txt", text=text), doc, DocAnalysis(doc_id="d1"))
    split_sentences(ctx)
    extract_mentions(ctx)
    extract_quotes(ctx)
    return ctx.analysis


def quote_with(analysis: DocAnalysis, words: str) -> QuoteMention:
    hits = [q for q in analysis.quotes if words in q.text]
    assert hits, f"no quote containing {words!r}; got {[q.text for q in analysis.quotes]}"
    return hits[0]


def speaker_of(text: str, words: str) -> str | None:
    return quote_with(analyse(text), words).speaker_text


@pytest.mark.parametrize(
    ("text", "words", "speaker"),
    [
        ("“We will not give up,” Zelenskyy said.", "not give up", "Zelenskyy"),  # cue after
        ("Zelenskyy said: “We will not give up.”", "not give up", "Zelenskyy"),  # cue before
        ("“We will not give up,” said Volodymyr Zelenskyy.", "not give up", "Zelenskyy"),  # inverted
        ("“The talks were frank,” Macron tells Le Monde.", "talks were frank", "Macron"),  # tells OUTLET
        ("The ties are “stronger than ever,” according to Erdoğan.", "stronger than ever", "Erdoğan"),
        ("Erdoğan noted that the ties are “stronger than ever”.", "stronger than ever", "Erdoğan"),
        (
            "Macron said in an interview with Le Figaro: “Europe must stand together.”",
            "stand together",
            "Macron",
        ),
        ("Kim Jong Un described the launch as “a great success”.", "great success", "Kim Jong Un"),
        (
            "As Mohammed bin Salman put it, the aim was to “open a new chapter”.",
            "open a new chapter",
            "Mohammed bin Salman",
        ),
        (
            "Macron welcomed the deal. Erdoğan echoed this, stating that it “ends years of mistrust.”",
            "years of mistrust",
            "Erdoğan",
        ),
        ("“Nobody wins a trade war,” Xi Jinping says.", "trade war", "Xi Jinping"),
        ("“Nobody wins a trade war,” Xi Jinping was quoted as saying.", "trade war", "Xi Jinping"),
    ],
)
def test_quotes_cue_patterns(text: str, words: str, speaker: str) -> None:
    got = speaker_of(text, words)
    assert got is not None and speaker.split()[-1] in got


def test_quotes_interrupted_quote_has_one_speaker() -> None:
    a = analyse("“We are ready,” Zelenskyy said, “and we will not wait for anyone.”")
    assert [q.speaker_text for q in a.quotes] == ["Zelenskyy", "Zelenskyy"]
    assert [q.text for q in a.quotes] == ["We are ready", "and we will not wait for anyone."]


def test_quotes_multi_sentence_quote() -> None:
    text = 'As Erdoğan explained, "The talks went well. We agreed on a plan. The work starts now."'
    q = quote_with(analyse(text), "We agreed on a plan")
    assert q.speaker_text == "Erdoğan" and q.text.endswith("The work starts now.")


def test_quotes_offsets_point_at_the_words() -> None:
    text = "“We will not give up,” Zelenskyy said."
    q = analyse(text).quotes[0]
    assert text[q.start : q.end] == q.text == "We will not give up"


def test_quotes_quote_only_paragraph_keeps_speaker() -> None:
    text = (
        "Kyiv is preparing for winter.\n\n"
        "“The grid will hold,” Zelenskyy said.\n\n"
        "“We have repaired every line that was hit.”\n\n"
        "The weather turned cold on Friday."
    )
    assert speaker_of(text, "repaired every line") == "Zelenskyy"


def test_quotes_multi_paragraph_quote_keeps_speaker() -> None:
    text = (
        "Erdoğan spoke to reporters in Ankara.\n\n"
        "“We have made our choice,” he said. “The first step is trade.\n\n"
        "“The second step is security.”"
    )
    a = analyse(text)
    assert quote_with(a, "second step").speaker_text == "Erdoğan"


def test_quotes_organisation_speaker() -> None:
    text = "The Elysee Palace described the call between the two leaders as “open and constructive”."
    assert "Elysee" in (speaker_of(text, "open and constructive") or "")


def test_quotes_he_adds_goes_to_last_named_speaker() -> None:
    text = (
        "Paris wants stronger ties, according to Jean Dupont, a French historian.\n\n"
        "“The relationship is old and deep,” Dupont said.\n\n"
        "Beijing also matters, says Li Wei, a Chinese economist.\n\n"
        "“Trade will decide everything,” he adds."
    )
    assert speaker_of(text, "Trade will decide") == "Li Wei"


def test_quotes_description_goes_to_person_introduced_as_one() -> None:
    text = (
        "Beijing is watching closely, says Li Wei, a Chinese economist at a Shanghai university.\n\n"
        "The market is “very nervous about tariffs”, according to the Chinese economist."
    )
    assert speaker_of(text, "very nervous") == "Li Wei"


def _hand_built(text: str, people: list[tuple[str, str]]) -> DocContext:
    """A parsed doc with mentions and chains given by hand (name, gender), so genders are known."""
    doc = load_nlp()(text)
    mentions, chains = [], []
    for ci, (name, gender) in enumerate(people):
        idx = []
        start = text.find(name)
        while start >= 0:
            idx.append(len(mentions))
            mentions.append(Mention(start, start + len(name), name, "PERSON", chain=ci))
            start = text.find(name, start + 1)
        chains.append(Chain(id=ci, name=name, label="PERSON", mentions=idx, gender=gender))
    mentions.sort(key=lambda m: m.start)
    analysis = DocAnalysis(doc_id="d1", mentions=mentions, chains=chains)
    return DocContext(Document(id="d1", source="t.txt", text=text), doc, analysis)


@pytest.mark.parametrize(("pronoun", "speaker"), [("she", "Giorgia Meloni"), ("he", "Emmanuel Macron")])
def test_quotes_pronoun_picks_speaker_of_matching_gender(pronoun: str, speaker: str) -> None:
    text = (
        "Giorgia Meloni met Emmanuel Macron in Paris. Meloni said the meeting was useful. "
        "Macron said the talks would go on.\n\n"
        f"“We found common ground on migration,” {pronoun} said."
    )
    ctx = _hand_built(text, [("Giorgia Meloni", "f"), ("Emmanuel Macron", "m"), ("Meloni", "f"), ("Macron", "m")])
    # the short names belong to the same chains as the full ones
    for m in ctx.analysis.mentions:
        m.chain = 0 if "Meloni" in m.text else 1
    ctx.analysis.chains = ctx.analysis.chains[:2]
    extract_quotes(ctx)
    (q,) = ctx.analysis.quotes
    assert q.speaker_text == speaker
    assert q.speaker_chain == (0 if speaker.endswith("Meloni") else 1)


@pytest.mark.parametrize(
    ("text", "quoted"),
    [
        ("The army tested the “Oreshnik” missile again.", "Oreshnik"),  # a name in marks
        ('Fighters of the "Free Liberation Front" faction crossed the river.', "Free Liberation Front"),
        ("The Kurdish-led force, known as “SDF”, held the town.", "SDF"),  # acronym after "known as"
        ('The rebels call themselves the "NLF" in leaflets.', "NLF"),
        ("Buses drove through the so-called “humanitarian corridors”.", "humanitarian corridors"),  # scare quotes
        ("The word “reset” appears in every speech.", "reset"),  # a word discussed as a word
        ("The plan offers “cheap loans and advice” to small firms.", "cheap loans and advice"),  # no cue
    ],
)
def test_quotes_non_quotes_get_no_speaker(text: str, quoted: str) -> None:
    a = analyse(text)
    assert all(q.speaker_text is None for q in a.quotes if q.text.strip(" ,.") == quoted)


def test_quotes_names_in_marks_next_to_a_real_quote() -> None:
    text = "Zelenskyy said the “Patriot” systems “saved thousands of lives”."
    a = analyse(text)
    assert [q.text for q in a.quotes] == ["saved thousands of lives"]
    assert a.quotes[0].speaker_text == "Zelenskyy"


def test_quotes_event_index_when_sentence_reports_one() -> None:
    from newsgraph.model import EventMention

    text = "Macron visited Beijing on Monday. “The visit was a success,” Macron said after the visit."
    doc = load_nlp()(text)
    ctx = DocContext(Document(id="d1", source="t.txt", text=text), doc, DocAnalysis(doc_id="d1"))
    second = text.index("“")
    ctx.analysis.events = [
        EventMention("CONSULT", "visit", "visited", 7, 14, 0, second - 1, text[: second - 1]),
        EventMention("CONSULT", "visit", "visit", 90, 95, second, len(text), text[second:]),
    ]
    extract_quotes(ctx)
    assert ctx.analysis.quotes[0].event == 1


def test_quotes_find_quotes_reports_local_speaker_span() -> None:
    text = "Volodymyr Zelenskyy spoke in Kyiv.\n\n“We will rebuild,” he said."
    doc: Any = load_nlp()(text)
    ctx = DocContext(Document(id="d1", source="t.txt", text=text), doc, DocAnalysis(doc_id="d1"))
    split_sentences(ctx)
    extract_mentions(ctx)
    found, _ = find_quotes(doc, ctx.analysis)
    assert found[0].speaker is not None
    assert text[found[0].speaker.start : found[0].speaker.end] == "he"
    assert "Zelenskyy" in (found[0].mention.speaker_text or "")
