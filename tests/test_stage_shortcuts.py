"""The per-document stages' shortcuts give what the plain computation gives.

Each shortcut (a pre-check, a cache, a cheaper scan) exists only for speed:
these tests compare it with the straightforward form on varied inputs.
"""

from __future__ import annotations

import random
import re
import unicodedata

import pytest
from anyascii import anyascii

from newsgraph.gazetteer import _norm
from newsgraph.model import DocAnalysis, Document
from newsgraph.nlp import load_nlp
from newsgraph.pipeline.context import DocContext
from newsgraph.stages import quote_marks
from newsgraph.stages.event_triggers import filed_rules, load_lexicon, match
from newsgraph.stages.mention_clean import doc_text, seed_doc_text, span_tokens
from newsgraph.stages.mention_recover import _whole_word_uses
from newsgraph.stages.mentions import extract_mentions
from newsgraph.stages.quote_marks import _kind, find_quote_spans
from newsgraph.stages.sentences import split_sentences
from newsgraph.times import find_times, infer_document_date

TEXT = (
    "Indian Prime Minister Narendra Modi met French President Emmanuel Macron in Paris on Tuesday.\n\n"
    "“We agreed on a plan,” Modi said. Macron, who visited Kyiv last year, said talks with "
    "Volodymyr Zelensky would resume next week. Zelensky's office did not comment.\n"
)


def test_whole_word_uses_is_the_regex_scan() -> None:
    rng = random.Random(7)
    for _ in range(3000):
        text = "".join(rng.choice("ab -’'_é\nXY") for _ in range(rng.randint(0, 40)))
        form = "".join(rng.choice("abX-") for _ in range(rng.randint(0, 3)))
        pattern = r"(?<![\w\-’'])" + re.escape(form) + r"(?![\w\-])"
        assert _whole_word_uses(text, form) == [m.span() for m in re.finditer(pattern, text)], (text, form)


def _slow_norm(text: str) -> str:
    s = unicodedata.normalize("NFKC", text).replace("\u2019", "'")
    s = anyascii(s).casefold().strip()
    s = re.sub(r"['\u2019]s$", "", s)
    s = re.sub(r"^the\s+", "", s)
    s = s.replace(".", "")
    s = re.sub(r"[\s\-]+", " ", s)
    return s.strip(" ,;:'\"")


@pytest.mark.parametrize("name", ["The  U.S.", "Kenya's", "Côte d’Ivoire", "the\tHague", " Port-au-Prince ",
                                  "KYIV", "Kyiv’s", "São Paulo", "ﬁji", "New\nDelhi", "'Macron'", ""])
def test_norm_fast_path_matches_full_normalization(name: str) -> None:
    assert _norm(name) == _slow_norm(name)


@pytest.mark.parametrize("text", ['Kim said "we are ready" on Monday.', "”Fear. I ran” he said.",
                                  "«Oui» et „ja“ and ‟odd” ones", 'x"y "z" "', "no marks at all",
                                  "“One,\n\n“two,” she said. \"Three\""])
def test_quote_mark_scan_pairs_like_classifying_every_character(text: str, monkeypatch: pytest.MonkeyPatch) -> None:
    fast = find_quote_spans(text)
    assert all(_kind(text, s.mark_start) is not None for s in fast)
    monkeypatch.setattr(quote_marks, "_MARK_CHAR", re.compile(r"(?s)."))  # classify every character
    assert find_quote_spans(text) == fast


def test_doc_text_seeded_only_with_the_parsed_text() -> None:
    nlp = load_nlp()
    doc = nlp(TEXT)
    seed_doc_text(doc, "something else entirely")
    assert doc_text(doc) == doc.text  # a mismatched text is not taken
    fresh = nlp(TEXT)
    seed_doc_text(fresh, TEXT)
    assert doc_text(fresh) == fresh.text == TEXT


def test_span_tokens_are_the_slice_tokens() -> None:
    doc = load_nlp()(TEXT)
    for i, j in [(0, 0), (0, 5), (3, 9), (len(doc) - 2, len(doc)), (7, 4)]:
        assert [t.i for t in span_tokens(doc, i, j)] == [t.i for t in doc[i:j]]


def test_tokens_without_filed_rules_match_nothing() -> None:
    doc = load_nlp()(TEXT)
    lex = load_lexicon()
    fired = 0
    for tok in doc:
        rule = match(tok, lex, is_actor=lambda _t: True, subject=None, reported=True)
        if not filed_rules(tok, lex):
            assert rule is None, tok.text
        fired += rule is not None
    assert fired >= 1  # "met" is a trigger: the test is not vacuous


def test_repeated_time_scans_give_the_same_expressions() -> None:
    text = "The summit opened on March 3, 2025. Officials said on Tuesday that talks would resume next week."
    first = [t.to_dict() for t in find_times(text, "2025-03-05")]
    infer_document_date(text)  # scans the same text without tense hints, under other anchors
    again = [t.to_dict() for t in find_times(text, "2025-03-05")]
    assert first == again
    assert any(t["value"] == "2025-03-04" for t in first)  # "on Tuesday" before the anchor


def test_mentions_stage_same_on_repeat_and_fresh_parse() -> None:
    def run() -> list[dict[str, object]]:
        ctx = DocContext(Document(id="t", source="t.txt", text=TEXT), load_nlp()(TEXT), DocAnalysis(doc_id="t"))
        split_sentences(ctx)
        extract_mentions(ctx)
        assert all(TEXT[m.start:m.end] == m.text for m in ctx.analysis.mentions)
        return [m.to_dict() for m in ctx.analysis.mentions]

    first = run()
    assert first == run()
    assert any(m["text"] == "Volodymyr Zelensky" for m in first)
