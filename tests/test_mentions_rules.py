"""Model-free rules of the mention stage: acronym initials, name keys, lexicon data."""

from __future__ import annotations

import pytest

from newsgraph.stages.mention_acronyms import initials_match
from newsgraph.stages.mention_chains import _person_compatible, content_tokens, fathers_names, name_tokens
from newsgraph.stages.mention_lexicon import is_acronym, lexicon


@pytest.mark.parametrize(("long_form", "abbr", "expected"), [
    ("Libyan National Army", "LNA", True),
    ("Islamic State of Iraq and the Levant", "ISIL", True),
    ("Democratic People's Republic of Korea", "DPRK", True),
    ("United Nations", "UN", True),
    ("Government of National Accord", "GNA", True),
    ("Libyan National Army", "LA", False),  # a content word left out
    ("Paris", "PA", False),  # one word is no long form
    ("Volodymyr Zelensky", "UN", False),
])
def test_mentions_acronym_initials(long_form: str, abbr: str, expected: bool) -> None:
    assert initials_match(long_form, abbr) is expected


@pytest.mark.parametrize(("text", "expected"), [
    ("NATO", True), ("U.S.", True), ("LNA", True), ("Kyiv", False), ("A", False), ("Erdoğan", False),
])
def test_mentions_acronym_shape(text: str, expected: bool) -> None:
    assert is_acronym(text) is expected


@pytest.mark.parametrize(("a", "b"), [
    ("al-Qaddafi", "al Qaddafi"), ("Al-Qaddafi", "al qaddafi"), ("Erdoğan", "Erdogan"), ("bin Salman", "bin-Salman"),
])
def test_mentions_name_tokens_ignore_hyphen_space_case_and_diacritics(a: str, b: str) -> None:
    assert name_tokens(a) == name_tokens(b)


def test_mentions_content_tokens_drop_particles() -> None:
    assert content_tokens("Mohammed bin Salman", lexicon()) == ["mohammed", "salman"]
    assert content_tokens("Muammar al-Qaddafi", lexicon()) == ["muammar", "qaddafi"]


@pytest.mark.parametrize(("a", "b", "expected"), [
    (["raul", "castro"], ["fidel", "castro"], False),  # different given names never join
    (["kim", "jong", "un"], ["kim", "yo", "jong"], False),
    (["mohammed", "salman"], ["mohammed", "salman"], True),
    (["hakan", "fidan"], ["hakan", "fidan"], True),
    (["saif", "islam", "gaddafi"], ["saif", "gaddafi"], True),
    (["muammar", "qaddafi"], ["muammar", "qadafi"], True),  # one-letter family-name variant
    # the fuller name without its first given name: consecutive words, after the first
    (["andres", "manuel", "lopez", "obrador"], ["manuel", "lopez", "obrador"], True),
    (["luiz", "inacio", "lula", "silva"], ["inacio", "lula"], True),
    (["kim", "jong", "un"], ["jong", "un"], True),
    (["kim", "jong", "un"], ["yo", "jong"], False),
    (["luiz", "inacio", "lula", "silva"], ["inacio", "silva"], False),
])
def test_mentions_person_compatible(a: list[str], b: list[str], expected: bool) -> None:
    assert _person_compatible(a, b) is expected


def test_mentions_lexicon_demonyms_come_with_country_names() -> None:
    lex = lexicon()
    assert lex.demonym_country("Ukrainian") == "Ukraine"
    assert lex.demonym_country("Turkish") == "Turkey"
    assert lex.demonym_country("Emirati") == "United Arab Emirates"
    assert lex.country("Türkiye") == "Turkey"
    assert lex.country("U.S.") == "United States"
    assert "minister" in lex.heads and "foreign" in lex.modifiers


@pytest.mark.parametrize(("name", "fathers"), [
    ("Mohammed bin Salman", {"salman"}),
    ("Tamim bin Hamad Al Thani", {"hamad"}),
    ("Hamad bin Jassim bin Jaber Al Thani", {"jassim", "jaber"}),
    ("bin Salman", {"salman"}),
    ("Ben Wallace", set()),  # "ben" is also a given name: not read as "son of"
    ("Zine El Abidine Ben Ali", set()),
    ("Muammar al-Qaddafi", set()),
])
def test_mentions_fathers_names(name: str, fathers: set[str]) -> None:
    assert fathers_names(name, lexicon()) == fathers


@pytest.mark.parametrize(("text", "name", "expected"), [
    ("Modi waves in Pune. (Photo by Arjun Mehta/AFP)", "Arjun Mehta/AFP", True),
    ("Modi waves in Pune. (Photo by Arjun Mehta/AFP)", "Arjun Mehta", True),
    ("Modi waves in Pune. Arjun Mehta / Harbor Wire\nThe visit ended.", "Arjun Mehta", True),
    ("Kim Jong Un / North Korea talks stalled.", "Kim Jong Un", False),  # a slash inside a sentence
    ("Arjun Mehta met Macron in Paris.", "Arjun Mehta", False),
])
def test_mentions_photo_credit_is_no_mention(text: str, name: str, expected: bool) -> None:
    from newsgraph.stages.mention_clean import is_photo_credit

    start = text.index(name)
    assert is_photo_credit(text, start, start + len(name)) is expected


@pytest.mark.parametrize(("words", "full", "expected"), [
    (["lopez", "obrador"], ["andres", "manuel", "lopez", "obrador"], True),
    (["amir", "abdollahian"], ["hossein", "amir", "abdollahian"], True),
    (["manuel", "lopez"], ["andres", "manuel", "lopez", "obrador"], False),  # not the end of the name
    (["obrador"], ["andres", "manuel", "lopez", "obrador"], False),  # one word: left to the bare-name rules
    (["mandela", "foundation"], ["nelson", "mandela"], False),
])
def test_mentions_tail_of_a_full_name(words: list[str], full: list[str], expected: bool) -> None:
    from newsgraph.stages.mention_chains import _is_tail

    assert _is_tail(words, full) is expected
