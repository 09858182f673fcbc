"""Speaker and mention rules of the fourth round (found on two held-out corpora), each with a case
it must not fire on. Every sentence is written for these tests; names, bodies and places are invented.
"""

from __future__ import annotations

import pytest

from newsgraph.stages.mention_recover import is_name_word
from test_mentions_recall import texts
from test_mentions_stage import analyse
from test_quotes_round2 import speaker

# ---------------------------------------------------------------- an act inside a speech clause


@pytest.mark.parametrize(("sentence", "words"), [
    ('Prime Minister Halvard Brenn said the operation would continue "for as long as it takes".', "as long as"),
    ('Defence Minister Halvard Brenn said rebels had crossed the line and ordered the army to respond '
     '"decisively" against their camps.', "decisively"),
])
def test_quote_inside_an_act_of_the_speech_clause_is_the_outer_speakers(sentence: str, words: str) -> None:
    assert "Brenn" in speaker("The shelling went on overnight. " + sentence, words)


def test_continue_as_speech_still_names_its_own_speaker() -> None:
    text = ('Halvard Brenn spoke first. "The port stays open," said Ilse Marrow. '
            '"We will not close it," Marrow continued.')
    assert "Marrow" in speaker(text, "not close it")


# ---------------------------------------------------------------- a role opening the next paragraph


def test_role_opening_the_next_paragraph_refers_to_the_last_subject() -> None:
    text = ("In a speech from the palace on Friday, Halvard Brenn called the raid a success and warned the rebels.\n\n"
            "\"Their depots have been destroyed,\" the president said.")
    assert "Brenn" in speaker(text, "depots have been")


# ---------------------------------------------------------------- ", the foreign minister, Jo Doe, said"


def test_name_the_parser_hung_on_an_earlier_noun_speaks() -> None:
    text = ("Speaking in Varna, where he was attending a meeting of the Union of Coastal States, "
            "Norland's foreign minister, Tomas Veyra, said the raid had \"crossed every line\".")
    assert "Veyra" in speaker(text, "crossed every line")


# ---------------------------------------------------------------- names with an apostrophe inside


@pytest.mark.parametrize(("word", "ok"), [("Khamene'i", True), ("Ma’ruf", True), ("O'Neill", True),
                                          ("Veyra", True), ("'s", False), ("B-52", False), ("3rd", False)])
def test_name_word_shape(word: str, ok: bool) -> None:
    assert is_name_word(word) is ok


def test_apostrophe_family_name_joins_the_given_name_and_is_found_again() -> None:
    a = analyse("In a televised message, Supreme Leader Ayatollah Reza Tabari'i said the raid was a crime. "
                "Earlier this month, Tabari'i dismissed a written proposal from the envoys.")
    found = texts(a)
    assert found.get("Reza Tabari'i") == "PERSON"
    assert found.get("Tabari'i") == "PERSON"
    assert "Supreme" not in found  # a piece of the title, not an organisation


def test_title_word_before_a_name_that_is_no_title_stays() -> None:
    a = analyse("The Crown Prosecution Service declined to charge Jo Lind.")
    assert texts(a).get("Crown Prosecution Service") == "ORG"


# ---------------------------------------------------------------- "Norland's defence ministry"


@pytest.mark.parametrize(("sentence", "body", "country"), [
    ("Peru's defence ministry said nobody was hurt.", "Peru's defence ministry", "Peru"),
    ("Chile's government rejected the plan on Monday.", "Chile's government", "Chile"),
])
def test_country_possessive_and_institution_is_one_organisation(sentence: str, body: str, country: str) -> None:
    a = analyse(sentence)
    hit = [m for m in a.mentions if m.text == body]
    assert hit and hit[0].label == "ORG" and hit[0].affiliation == country


def test_country_possessive_before_a_person_noun_stays_a_country() -> None:
    a = analyse("Peru's ambassador left the capital on Monday.")
    assert texts(a).get("Peru") == "GPE"


def test_a_place_beside_a_place_does_not_speak_for_a_participle() -> None:
    text = ("Jo Lind spoke out on Tuesday about the death of a driver in Varna, Norland, arguing that "
            "the shootings should be recognized as \"intolerable.\"")
    assert "Norland" not in speaker(text, "intolerable")


# ---------------------------------------------------------------- the innermost speech cue


def test_words_passed_on_by_an_agency_are_the_inner_speakers() -> None:
    text = ("On Tuesday, President Jo Lind telephoned the emir and told him the strike had been aimed only "
            "at the garrison and \"not at Norland or its people\", the state news agency reported.")
    assert "Lind" in speaker(text, "not at Norland")


def test_a_thought_inside_a_report_stays_the_reporters() -> None:
    text = "Ilse Marrow said many people think the plan is \"a betrayal of the voters\"."
    assert "Marrow" in speaker(text, "a betrayal")


# ---------------------------------------------------------------- place names before "province"; "Ministry of A and B"


@pytest.mark.parametrize(("sentence", "name"), [
    ("Most of the victims died in Kalasin province on Monday.", "Kalasin"),
    ("Soldiers opened fire near a village in Banteay Meanchey province.", "Banteay Meanchey"),
    ("A mine exploded in the Huai Thap Than district on Monday.", "Huai Thap Than"),
])
def test_a_place_name_before_a_kind_noun_is_the_whole_name_without_the_noun(sentence: str, name: str) -> None:
    found = texts(analyse(sentence))
    assert found.get(name) in ("GPE", "LOC")


def test_a_kind_noun_after_a_name_of_a_person_with_a_role_changes_nothing() -> None:
    found = texts(analyse("Governor Jo Lind toured the district on Monday."))
    assert found.get("Jo Lind") == "PERSON"


def test_ministry_name_runs_on_after_and() -> None:
    found = texts(analyse("A spokesperson for the Ministry of Foreign Affairs and International Cooperation "
                          "said the talks would go on."))
    assert found.get("Ministry of Foreign Affairs and International Cooperation") == "ORG"


def test_ministry_and_another_body_stay_two() -> None:
    found = texts(analyse("The Ministry of Defence and the army agreed on Monday."))
    assert found.get("Ministry of Defence") == "ORG"


def test_a_past_verb_beside_a_reported_clause_speaks_for_the_reporting_subject() -> None:
    text = ('Speaking at the assembly on Wednesday, President Jo Lind repeated that Norland "has never sought and '
            'will never seek" a bomb, and accused Sudland of bombing the port "in the middle of negotiations".')
    assert "Lind" in speaker(text, "middle of negotiations")


# ---------------------------------------------------------------- "by 4 a.m. Kyiv time" is one sentence


@pytest.mark.parametrize(("text", "count"), [
    ('Kyiv had reached no formal deal, he wrote, but if Moldova stopped its "illegal aggression" by 4 a.m. '
     'Kyiv time, "we have no intention to go on."', 1),  # the parser cuts after "a.m."
    ("The raids began at 4 a.m. GMT on Monday. Nobody was hurt.", 2),
    ("The raids began at 4 a.m. The army said nobody was hurt.", 2),
])
def test_a_clock_time_with_its_zone_does_not_end_the_sentence(text: str, count: int) -> None:
    assert len(analyse(text).sentences) == count


def test_quote_after_a_zoned_clock_time_keeps_its_speaker() -> None:
    text = ('Jo Lind struck a more cautious note. Ukraine had reached no formal deal, he wrote, but if Moldova '
            'stopped its "illegal aggression" by 4 a.m. Kyiv time, "we have no intention to go on."')
    assert "Lind" in speaker(text, "no intention")


def test_the_ministry_is_the_ministry_the_article_named() -> None:
    text = ("Peru and Chile agreed to a ceasefire early on Sunday, Ecuador's foreign ministry announced.\n\n"
            "The ministry said the two sides had also agreed to \"consolidate lasting peace\" between them.")
    assert speaker(text, "consolidate lasting peace") == "Ecuador's foreign ministry"


def test_the_ministry_nobody_named_stays_a_description() -> None:
    text = "The ministry said the two sides had also agreed to \"consolidate lasting peace\" between them."
    assert speaker(text, "consolidate lasting peace") == "The ministry"
