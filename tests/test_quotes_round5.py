"""Speaker attribution, fifth round (found on held-out corpora of other stories): "the prime minister
said" after a named prime minister; a spokesperson's or a statement's body written in lower case ("a
foreign ministry spokesman", "the ministry's spokesman", "the ministry statement"); "the spokesperson"
again after "a State Department spokesperson"; "X told him ..., according to a readout" is X's; a
quote of several sentences looks for its person before the quote opened. Each rule has a case it must
not fire on. Every sentence here is written for these tests; the names are invented or varied."""

from __future__ import annotations

from test_quotes_round2 import found_quotes, speaker


def test_the_prime_minister_is_the_named_prime_minister() -> None:
    # the tagger calls a lowercase "prime minister" a proper noun; with "the" it is a description
    text = ("Prime Minister Keir Holloway received the visiting president at his office. Holloway, for his "
            'part, promised "a new chapter". "Our two nations are bound by history," the prime minister said.')
    assert speaker(text, "bound by history") == "Keir Holloway"


def test_the_prime_minister_is_not_the_last_named_president() -> None:
    text = ('President Ana Lucero arrived in the capital on Monday. "We came to listen," the prime minister said.')
    assert speaker(text, "came to listen") != "Ana Lucero"


def test_a_lowercase_ministry_spokesman_speaks_for_the_ministry_named_before() -> None:
    text = ("In a statement on Saturday, the Moroccan foreign ministry accused the interior minister of sabotage. "
            '"This arrest was staged to humiliate us," a foreign ministry spokesman said.')
    assert speaker(text, "staged to humiliate").lower() == "moroccan foreign ministry"


def test_the_ministrys_spokesman_speaks_for_the_ministry() -> None:
    text = ("The Moroccan foreign ministry summoned the envoy on Sunday. "
            '"There is no freeze of consular work," the ministry spokesman said. '
            "The ministry's spokesman said the staff had been posted \"against the rules in force\".")
    assert speaker(text, "no freeze of consular").lower() == "moroccan foreign ministry"
    assert speaker(text, "against the rules").lower() == "moroccan foreign ministry"


def test_a_ministry_spokesman_with_no_ministry_named_is_no_body() -> None:
    text = 'Talks resumed in Geneva. "We are ready," a foreign ministry spokesman said.'
    assert speaker(text, "We are ready") != "Geneva"


def test_the_ministry_statement_speaks_for_the_ministry() -> None:
    text = ("The Moroccan foreign ministry replied on Thursday. "
            '"Morocco will apply strict reciprocity," the ministry statement said.')
    assert speaker(text, "strict reciprocity").lower() == "moroccan foreign ministry"


def test_the_presidency_is_the_presidency_named_before() -> None:
    text = ("The Tunisian presidency said the head of state had granted the request. "
            'The presidency said the decision was taken "for humanitarian reasons".')
    assert speaker(text, "humanitarian reasons").lower() == "tunisian presidency"


def test_the_foreign_ministry_is_no_person_who_spoke_before() -> None:
    # "foreign" is in the foreign minister's words, but a ministry is not a minister
    text = ('Foreign Minister Ada Kwarteng said the talks were "useful". Delhi dismissed the claim. '
            '"These allegations are absurd," the foreign ministry said.')
    assert speaker(text, "allegations are absurd") != "Ada Kwarteng"


def test_the_spokesperson_again_is_the_earlier_spokespersons_body() -> None:
    text = ("In Washington, a State Department spokesperson cautioned that the deals carried risks.\n\n"
            '"We advise anyone to weigh the risk of sanctions," the spokesperson told reporters.')
    assert speaker(text, "weigh the risk") == "State Department"


def test_the_spokesperson_two_paragraphs_on_is_not_the_earlier_body() -> None:
    text = ("In Washington, a State Department spokesperson cautioned that the deals carried risks.\n\n"
            "The minister left for Ankara.\n\n"
            '"We advise anyone to weigh the risk of sanctions," the spokesperson told reporters.')
    assert speaker(text, "weigh the risk") != "State Department"


def test_told_then_according_to_a_readout_is_the_teller() -> None:
    text = ("The two ministers spoke by telephone on Friday. "
            '"Our only interest is the safety of our people," Jalil Okafor told his counterpart, '
            "according to a Foreign Office readout of the call.")
    assert speaker(text, "only interest is the safety") == "Jalil Okafor"


def test_according_to_a_readout_alone_is_the_readout() -> None:
    text = ('"Our only interest is the safety of our people," according to a Foreign Office readout of the call.')
    assert speaker(text, "only interest is the safety") != "Jalil Okafor"


def test_a_quote_of_two_sentences_finds_the_person_before_it_opened() -> None:
    text = ("In Paris, Pascal Duret thanked his counterpart. Jean-Luc Marchetti, still at the foreign ministry, "
            'welcomed the pardon as a first step. "Now we must build on it. The reporter must also come home," '
            "the foreign minister said.")
    assert speaker(text, "Now we must build") == "Jean-Luc Marchetti"


def test_the_spokesperson_named_beside_a_person_is_that_person() -> None:
    text = ("Lin Haoran, a spokesman for the foreign ministry, faced the questions afterwards. "
            'China, the spokesman said, "has no selfish interest" in the region.')
    assert speaker(text, "no selfish interest") == "Lin Haoran"


# Round 12: a short term after a naming verb in the simple present is the side's habitual word, no quote.


def test_what_a_side_calls_a_term_is_no_quote() -> None:
    text = 'The halt was part of what Quito calls a "hybrid war" against it. Officials in Lima call it a "water grab".'
    attributed = [q.mention.text for q in found_quotes(text) if q.mention.speaker_text]
    assert not any("hybrid war" in t or "water grab" in t for t in attributed)


def test_what_someone_called_a_term_once_is_a_quote() -> None:
    text = 'Foreign Minister Ana Ruiz called the ruling a "defeat" for the region.'
    assert speaker(text, "defeat") == "Ana Ruiz"


def test_the_head_of_a_body_named_beside_it_is_that_person() -> None:
    """Round 12: "the head of the Commission, Jo Doe": the parser hangs the name on the body."""
    text = ('According to the head of the Andean Commission, Tomas Ibarra, the easing was decided '
            '"to relieve the hardship of ordinary people" rather than as a reward.')
    assert speaker(text, "relieve the hardship") == "Tomas Ibarra"


def test_he_after_an_unnamed_spokesman_of_a_body_is_the_spokesman() -> None:
    """Round 12: "he" continues the spokesman of the sentence before, not a person named further back."""
    text = ('Foreign Minister Ana Ruiz flew home on Monday. In Lima, the spokesman for the general staff '
            'confirmed that the operation was over. "The last soldiers have now left," he told reporters.')
    assert speaker(text, "last soldiers") == "the general staff"


def test_he_after_a_named_person_is_still_that_person() -> None:
    text = ('In Lima, Defence Minister Tomas Ibarra confirmed that the operation was over. '
            '"The last soldiers have now left," he told reporters.')
    assert speaker(text, "last soldiers") == "Tomas Ibarra"
