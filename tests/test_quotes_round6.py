"""Speaker attribution, sixth round (found on held-out corpora of other stories): "he" after "X's press
secretary, Y, said ..." is Y, not the owner X; a pronoun inside a quotation gives no gender to the
person named before it ('... to bring her back," he said'); "the Peruvian president told journalists"
is the one person the article titled president, even when it named him only as an object ("talks with
President X"). Each rule has a case it must not fire on. Sentences written for these tests, with
invented names."""

from __future__ import annotations

from test_quotes_round2 import speaker


def test_he_after_an_owned_spokesman_is_the_spokesman_not_the_owner() -> None:
    text = ("Chief Adviser Dr John Peterson spoke. Peterson’s press secretary, Ahmed Karim, said the government "
            "would not let the matter rest. “Every legal avenue will be used to bring her back and put her before "
            "a court,” he said.")
    assert speaker(text, "Every legal avenue") == "Ahmed Karim"


def test_he_after_a_named_subject_stays_that_subject() -> None:
    text = ("John Peterson met the envoys on Monday. “We will bring her back,” he said.")
    assert speaker(text, "bring her back") == "John Peterson"


def test_the_titled_person_named_as_an_object_speaks_as_the_president() -> None:
    text = ("Maria Gonzalez travelled to Lima for talks with President John Peterson. According to Gonzalez, the "
            "agreement no longer served the interests of Peru. \"We did not take this decision against anyone,\" "
            "the Peruvian president told a group of journalists in January.")
    assert speaker(text, "did not take this decision") == "John Peterson"


def test_no_one_titled_president_leaves_the_president_unnamed() -> None:
    text = ("Maria Gonzalez travelled to Lima for talks with John Peterson. According to Gonzalez, the agreement no "
            "longer served the interests of Peru. \"We did not take this decision against anyone,\" the Peruvian "
            "president told a group of journalists in January.")
    assert speaker(text, "did not take this decision") not in ("John Peterson", "Maria Gonzalez")



def test_the_spokesperson_after_a_place_apposition_speaks_for_the_ministry() -> None:
    # the parser makes "a spokesperson" an apposition to "Quito": no person is meant
    text = ("In Quito, a spokesperson for the Ministry of Foreign Affairs denied rumours that Peru was preparing to "
            "shut the border posts.\n\n\"There is no plan to close the border,\" the spokesperson said.")
    assert speaker(text, "no plan to close") == "Ministry of Foreign Affairs"


def test_the_spokesman_named_in_apposition_is_the_person() -> None:
    text = ("Wang Wenbin, a spokesman for the ministry of foreign affairs, spoke on Monday. "
            "\"There is no plan to close the border,\" the spokesman said.")
    assert speaker(text, "no plan to close") == "Wang Wenbin"


def test_said_after_a_relative_clause_goes_with_the_relative_verb() -> None:
    text = ('Lopez, 62, was declared persona non grata by Chilean Foreign Minister Maria Gonzalez on March 14, in a '
            'short post on X in which Gonzalez called him a "race-baiting politician" and said he was "no longer '
            'welcome in our great country".')
    assert speaker(text, "no longer welcome") == "Maria Gonzalez"


def test_said_after_a_relative_clause_with_its_own_auxiliary_stays_the_main_subjects() -> None:
    assert speaker('Lopez met the man who had called him a liar and said "we will talk again".', "talk again") == "Lopez"
