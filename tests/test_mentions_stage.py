"""The mentions stage on hand-written news sentences (spaCy model loaded once per session)."""

from __future__ import annotations

import pytest

from newsgraph.model import Chain, DocAnalysis, Document, Mention
from newsgraph.nlp import load_nlp
from newsgraph.pipeline.context import DocContext
from newsgraph.stages.mention_clean import Candidate
from newsgraph.stages.mention_lexicon import lexicon
from newsgraph.stages.mention_recover import recover_by_apposition
from newsgraph.stages.mentions import extract_mentions
from newsgraph.stages.sentences import split_sentences


def analyse(text: str) -> DocAnalysis:
    ctx = DocContext(document=Document(id="t", source="t.txt", text=text), doc=load_nlp()(text),
                     analysis=DocAnalysis(doc_id="t"))
    split_sentences(ctx)
    extract_mentions(ctx)
    return ctx.analysis


def mention(a: DocAnalysis, text: str) -> Mention:
    hits = [m for m in a.mentions if m.text == text]
    assert hits, f"no mention {text!r} in {[m.text for m in a.mentions]}"
    return hits[0]


def chain_of(a: DocAnalysis, text: str, nth: int = 0) -> Chain:
    hits = [m for m in a.mentions if m.text == text]
    assert len(hits) > nth, f"no mention {text!r} #{nth} in {[m.text for m in a.mentions]}"
    return a.chains[hits[nth].chain]


# ------------------------------------------------------------------ titles and roles

@pytest.mark.parametrize(("text", "name", "role", "affiliation"), [
    ("Ukrainian President Volodymyr Zelensky arrived in Paris on Monday.",
     "Volodymyr Zelensky", "President", "Ukraine"),
    ("Jordanian Crown Prince Hussein bin Abdullah received the delegation.",
     "Hussein bin Abdullah", "Crown Prince", "Jordan"),
    ("Turkish Foreign Minister Hakan Fidan met his counterpart in Ankara.",
     "Hakan Fidan", "Foreign Minister", "Turkey"),
    ("France's President Emmanuel Macron spoke to reporters.",
     "Emmanuel Macron", "President", "France"),
    ("The talks were led by Deputy Prime Minister Olha Stefanishyna in Kyiv.",
     "Olha Stefanishyna", "Deputy Prime Minister", None),
    ("The visit was prepared by Lieutenant General Mark Carleton-Smith last week.",
     "Mark Carleton-Smith", "Lieutenant General", None),
    ("Jens Stoltenberg, the Secretary General of the North Atlantic Treaty Organization, said the alliance was united.",
     "Jens Stoltenberg", "Secretary General of the North Atlantic Treaty Organization", None),
    ("Also present was then health minister Viktor Liashko, who spoke briefly.",
     "Viktor Liashko", "health minister", None),
    ("The plan came from Special Presidential Envoy for Climate John Kerry in Beijing.",
     "John Kerry", "Special Presidential Envoy for Climate", None),
])
def test_mentions_title_split_off_the_name(text: str, name: str, role: str, affiliation: str | None) -> None:
    a = analyse(text)
    m = mention(a, name)
    assert m.label == "PERSON"
    assert m.role == role
    if affiliation:
        assert m.affiliation == affiliation
    assert role in a.chains[m.chain].roles


@pytest.mark.parametrize(("text", "name", "affiliation"), [
    ("The talks in Istanbul were attended by Ukrainian Volodymyr Zelensky.", "Volodymyr Zelensky", "Ukraine"),
    ("Aliyev held a call with Turkish Recep Erdogan on Monday.", "Recep Erdogan", "Turkey"),
    ("Macron held a call with Kenyan William Ruto on Monday.", "William Ruto", "Kenya"),  # a regular demonym
    ("Modi received Egyptian Abdel Fattah el-Sisi in Delhi.", "Abdel Fattah el-Sisi", "Egypt"),
    ("Zelensky spoke with Jordanian Abdullah II on Monday.", "Abdullah II", "Jordan"),
])
def test_mentions_leading_nationality_word_becomes_the_affiliation(text: str, name: str, affiliation: str) -> None:
    """"Ukrainian Volodymyr Zelensky": the demonym is no part of the name; it says which country he is of."""
    a = analyse(text)
    m = mention(a, name)
    assert m.label == "PERSON" and m.affiliation == affiliation


@pytest.mark.parametrize(("text", "name", "affiliation"), [
    ("Kremlin spokesman Anton Velikov rejected the accusations on Tuesday.", "Anton Velikov", "Russia"),
    ("Pentagon spokesman Carl Brody said the drills would go ahead.", "Carl Brody", "United States"),
    ("Kenya Foreign Minister Amos Wekesa met his counterpart in Lusaka.", "Amos Wekesa", "Kenya"),
    ("Nairobi spokesman Amos Wekesa declined to comment.", "Amos Wekesa", "Kenya"),  # a capital
    ("Downing Street spokeswoman Ellen Hart said the call had been useful.", "Ellen Hart", "United Kingdom"),
])
def test_mentions_seat_or_country_name_before_a_title_is_the_affiliation(text: str, name: str, affiliation: str) -> None:
    """"Kremlin spokesman X" speaks for Russia as "Russian spokesman X" would."""
    m = mention(analyse(text), name)
    assert m.label == "PERSON" and m.affiliation == affiliation


@pytest.mark.parametrize(("text", "name"), [
    ("Washington Post reporter Jane Mirren asked about the talks.", "Jane Mirren"),  # a paper, not the capital
    ("Harvard professor Alan Weiss said the plan was sound.", "Alan Weiss"),
])
def test_mentions_other_names_before_a_title_are_no_affiliation(text: str, name: str) -> None:
    assert mention(analyse(text), name).affiliation is None


@pytest.mark.parametrize(("text", "name", "role"), [
    ("Secretary of State Alan Weiss arrived on Monday.", "Alan Weiss", "Secretary of State"),
    ("A senior diplomat, Assistant Secretary of State Mara Quist, held talks in the capital.", "Mara Quist",
     "Assistant Secretary of State"),
    ("Minister of State Jo Amani arrived.", "Jo Amani", "Minister of State"),
])
def test_mentions_title_of_state_is_no_organisation(text: str, name: str, role: str) -> None:
    """"Secretary of State X": the model tags "State" (or "State X") as an organisation; it is a title word."""
    a = analyse(text)
    m = mention(a, name)
    assert (m.label, m.role) == ("PERSON", role)
    assert "State" not in [x.text for x in a.mentions]


def test_mentions_bodies_of_state_keep_their_names() -> None:
    a = analyse("The Ministry of State Security said so, and the Department of State agreed.")
    assert {"Ministry of State Security", "Department of State"} <= {m.text for m in a.mentions}


def test_mentions_nationality_word_before_a_fleet_makes_no_person() -> None:
    a = analyse("The Russian Black Sea Fleet left the port on Monday.")
    assert not [m for m in a.mentions if m.label == "PERSON"]


def test_mentions_apposition_role_with_demonym_affiliation() -> None:
    a = analyse("The deal matters, according to Ayse Kaya, a Paris-based Turkish journalist.")
    m = mention(a, "Ayse Kaya")
    assert (m.label, m.role, m.affiliation) == ("PERSON", "journalist", "Turkey")


@pytest.mark.parametrize(("text", "expected"), [
    ("Forces loyal to the Libyan National Army advanced on Tripoli.", "Libyan National Army"),
    ("Erdoğan's spokesman declined to comment.", "Erdoğan"),
    ("Officials praised Macron's speech in Paris.", "Macron"),
    ('He praised the "Libyan National Army" and its allies.', "Libyan National Army"),
])
def test_mentions_determiners_possessives_and_quotes_are_stripped(text: str, expected: str) -> None:
    assert expected in [m.text for m in analyse(text).mentions]


@pytest.mark.parametrize("text", [
    "Emmanuel Macron spoke in Paris on Tuesday.",
    "Volodymyr Zelensky thanked the partners.",
])
def test_mentions_plain_names_are_left_unchanged(text: str) -> None:
    a = analyse(text)
    name = text.split(" spoke")[0].split(" thanked")[0]
    m = mention(a, name)
    assert m.role is None and m.affiliation is None and m.label == "PERSON"


def test_mentions_demonym_kept_as_norp_with_country() -> None:
    a = analyse("Ukrainian officials and French diplomats met in Kyiv.")
    assert mention(a, "Ukrainian").label == "NORP"
    assert mention(a, "Ukrainian").affiliation == "Ukraine"
    assert mention(a, "French").affiliation == "France"


def test_mentions_arabic_article_name_stays_whole() -> None:
    a = analyse("Saif al-Islam Gaddafi was seen in Tripoli. Later al-Islam Gaddafi gave an interview.")
    assert "Saif al-Islam Gaddafi" in [m.text for m in a.mentions]


# ------------------------------------------------------------------ acronyms

def test_mentions_acronym_in_parentheses_links_bare_uses() -> None:
    text = ("Troops of the Libyan National Army (LNA) entered the town. "
            "A spokesman said the LNA would stay. Later LNA units withdrew.")
    a = analyse(text)
    ch = chain_of(a, "Libyan National Army")
    surfaces = [a.mentions[i].text for i in ch.mentions]
    assert surfaces.count("LNA") == 3
    assert ch.name == "Libyan National Army" and ch.acronym == "LNA" and ch.label == "ORG"


def test_mentions_acronym_in_quotes_is_found() -> None:
    text = 'The Government of National Accord "GNA" rejected the offer, and GNA forces held the line.'
    a = analyse(text)
    ch = chain_of(a, "Government of National Accord")
    assert sum(a.mentions[i].text == "GNA" for i in ch.mentions) == 2


def test_mentions_parenthesised_non_acronym_is_not_a_definition() -> None:
    a = analyse("Talks in Ankara (Turkey) ended. Officials in Paris (France) agreed.")
    assert all(ch.acronym is None for ch in a.chains)


# ------------------------------------------------------------------ chains

def test_mentions_surname_links_to_full_name() -> None:
    a = analyse("Turkish President Recep Tayyip Erdoğan met Emmanuel Macron. Erdoğan said the talks went well. "
                "Macron agreed.")
    assert chain_of(a, "Erdoğan").name == "Recep Tayyip Erdoğan"
    assert chain_of(a, "Macron").name == "Emmanuel Macron"
    assert chain_of(a, "Erdoğan").id != chain_of(a, "Macron").id


def test_mentions_article_variants_link() -> None:
    a = analyse("Muammar al-Qaddafi ruled for decades. Critics of al Qaddafi were jailed. Al-Qaddafi denied it.")
    ch = chain_of(a, "Muammar al-Qaddafi")
    assert chain_of(a, "al Qaddafi").id == ch.id
    assert chain_of(a, "Al-Qaddafi").id == ch.id
    assert ch.label == "PERSON"


def test_mentions_castro_brothers_never_merge_and_bare_name_goes_to_president() -> None:
    text = ("President Raúl Castro met the delegation in Havana. His brother Fidel Castro, the former leader, "
            "did not attend. Castro told reporters the talks were useful. Fidel later sent a letter.")
    a = analyse(text)
    raul, fidel = chain_of(a, "Raúl Castro"), chain_of(a, "Fidel Castro")
    assert raul.id != fidel.id
    assert chain_of(a, "Castro").id == raul.id
    assert chain_of(a, "Fidel").id == fidel.id
    assert fidel.gender == "m"


def test_mentions_bare_family_name_goes_to_most_recent_when_equally_prominent() -> None:
    text = ("Kim Jong Un inspected a factory. A statement was later issued by Kim Yo Jong. "
            "Kim warned of consequences.")
    a = analyse(text)
    un, yo = chain_of(a, "Kim Jong Un"), chain_of(a, "Kim Yo Jong")
    assert un.id != yo.id
    assert chain_of(a, "Kim").id == yo.id


def test_mentions_bare_name_after_a_second_bearer_named_in_full_is_that_bearer() -> None:
    # The first bearer's bare name was seen before; the later bare name follows the second bearer's
    # full name, and is his (a first match by the bare key would give it to the first bearer).
    text = ("Colonel Amos Kalu Mensah said the rebels had attacked the post. Kalu said the army would respond. "
            "Former minister Peter Kalu was sentenced on Monday. Kalu, who lives abroad, has not commented.")
    a = analyse(text)
    amos, peter = chain_of(a, "Amos Kalu Mensah"), chain_of(a, "Peter Kalu")
    assert amos.id != peter.id
    assert chain_of(a, "Kalu", 0).id == amos.id
    assert chain_of(a, "Kalu", 1).id == peter.id


def test_mentions_the_other_bearer_is_not_the_one_named_so_far() -> None:
    text = ("Colonel Amos Kalu Mensah said the rebels had attacked. Kalu Mensah added that villages were empty. "
            "The other Kalu has not been seen in public since March.")
    a = analyse(text)
    assert chain_of(a, "Kalu").id != chain_of(a, "Amos Kalu Mensah").id


def test_mentions_bare_family_name_goes_to_more_prominent_person() -> None:
    text = ("Kim Jong Un inspected a factory. Kim Jong Un also visited troops. "
            "A statement was later issued by Kim Yo Jong. Kim Jong Un then left. Kim warned of consequences.")
    a = analyse(text)
    assert chain_of(a, "Kim").id == chain_of(a, "Kim Jong Un").id


@pytest.mark.parametrize(("text", "short", "person", "other"), [
    # The family name with its particle goes to the name holding that particle, glued or apart,
    # not to the more prominent person whose name merely ends in the same word.
    ("Prime Minister Abiy Ahmed Ali met Foreign Minister Hamid Benali in Rabat on Monday. Abiy Ahmed Ali "
     "spoke first. Abiy spoke again. Ben Ali said the talks were useful.", "Ben Ali", "Hamid Benali", "Abiy Ahmed Ali"),
    ("Pieter Meer and Ilse Vandermeer met in Oslo. Pieter Meer spoke first. Van der Meer replied.",
     "Van der Meer", "Ilse Vandermeer", "Pieter Meer"),
])
def test_mentions_family_name_with_its_particle(text: str, short: str, person: str, other: str) -> None:
    a = analyse(text)
    assert chain_of(a, short).id == chain_of(a, person).id != chain_of(a, other).id


def test_mentions_pronoun_gender() -> None:
    a = analyse("Giorgia Meloni arrived in Paris. She met officials and said her government was ready.")
    assert chain_of(a, "Giorgia Meloni").gender == "f"


def test_mentions_surname_the_model_calls_a_place_is_a_person_in_a_person_chain() -> None:
    a = analyse("Volodymyr Zelensky addressed parliament. Zelensky said Kyiv would not give up.")
    ch = chain_of(a, "Volodymyr Zelensky")
    assert ch.label == "PERSON"
    assert all(a.mentions[i].label == "PERSON" for i in ch.mentions)
    assert chain_of(a, "Kyiv").id != ch.id


@pytest.mark.parametrize(("text", "son", "father"), [
    ("Crown Prince Mohammed bin Salman met the envoy. His father, King Salman, was absent. Salman, 87, is ill.",
     "Mohammed bin Salman", "Salman"),
    ("Emir Tamim bin Hamad Al Thani spoke. His father Hamad abdicated in 2013.",
     "Tamim bin Hamad Al Thani", "Hamad"),
])
def test_mentions_fathers_name_is_not_the_sons_name(text: str, son: str, father: str) -> None:
    """"X bin Y" is Y's son: a bare "Y" in the same article is the father, never X."""
    a = analyse(text)
    assert chain_of(a, father).id != chain_of(a, son).id
    assert all(a.mentions[i].text != father for i in chain_of(a, son).mentions)


def test_mentions_bin_form_goes_to_the_son() -> None:
    a = analyse("The envoy had met Mohammed bin Salman before. Later, bin Salman said he was pleased.")
    assert chain_of(a, "bin Salman").id == chain_of(a, "Mohammed bin Salman").id


@pytest.mark.parametrize(("text", "full", "initials"), [
    ("Crown Prince Mohammed bin Salman flew to Paris. MBS, as the crown prince is known, met investors.",
     "Mohammed bin Salman", "MBS"),
    ("President John F. Kennedy spoke in Berlin. JFK was cheered.", "John F. Kennedy", "JFK"),
])
def test_mentions_person_known_by_initials(text: str, full: str, initials: str) -> None:
    a = analyse(text)
    assert chain_of(a, initials).id == chain_of(a, full).id
    assert mention(a, initials).label == "PERSON"


def test_mentions_title_before_the_next_name_is_not_an_apposition() -> None:
    """", Secretary-General X" gives the title to X, not to the name before the comma."""
    a = analyse("At the United Nations, Secretary-General Ban Ki-moon welcomed the announcement.")
    un = mention(a, "United Nations")
    assert un.role is None and un.label != "PERSON"
    assert mention(a, "Ban Ki-moon").role == "Secretary-General"


def test_mentions_recovered_name_keeps_its_arabic_article() -> None:
    text = "The protests followed the execution of Karim al-Rashid, a prominent Sunni cleric."
    cands: list[Candidate] = []
    recover_by_apposition(load_nlp()(text), cands, lexicon())
    assert [(text[c.start:c.end], c.label, c.role) for c in cands] == [("Karim al-Rashid", "PERSON", "cleric")]


def test_mentions_recovery_does_not_glue_english_words_into_names() -> None:
    text = "Officials in Paris as Macron arrived, a senior analyst said, were calm."
    cands: list[Candidate] = []
    recover_by_apposition(load_nlp()(text), cands, lexicon())
    assert all(" as " not in text[c.start:c.end] for c in cands)


# ------------------------------------------------------------------ offsets

PARAGRAPHS = [
    "Ukrainian President Volodymyr Zelensky met Turkish Foreign Minister Hakan Fidan in Ankara on Friday. "
    "Zelensky's office said the talks covered grain exports.",
    "The Libyan National Army (LNA), loyal to Fayez Serraj's rivals, said the \"LNA\" would hold the port. "
    "Erdoğan's aides disagreed.",
    "Qatari Emir Tamim bin Hamad Al Thani hosted Emmanuel Macron.\n\nMacron's team later flew to Beijing, "
    "where Chinese officials met them.",
    "Kim Jong Un and his sister Kim Yo Jong appeared together. Kim's remarks were brief.",
]


@pytest.mark.parametrize("text", PARAGRAPHS)
def test_mentions_offsets_match_text_exactly(text: str) -> None:
    a = analyse(text)
    assert a.mentions
    for m in a.mentions:
        assert text[m.start:m.end] == m.text
        assert m.text == m.text.strip() and not m.text.lower().startswith("the ")
        assert not m.text.endswith(("'s", "’s"))
        assert 0 <= m.chain < len(a.chains)
        assert a.sentences[m.sent][0] <= m.start < a.sentences[m.sent][1]
    for ch in a.chains:
        assert ch.mentions == sorted(ch.mentions)
        assert all(a.mentions[i].chain == ch.id for i in ch.mentions)


def test_mentions_analysis_round_trips_through_dict() -> None:
    a = analyse(PARAGRAPHS[0])
    assert DocAnalysis.from_dict(a.to_dict()) == a


def test_mentions_analysis_round_trips_through_json_text() -> None:
    import json

    a = analyse(PARAGRAPHS[0])
    assert a.mentions and a.chains  # something nested to decode
    assert DocAnalysis.from_json(json.dumps(a.to_dict())) == a


def _span_candidate(doc: object, phrase: str, label: str) -> Candidate:
    text = doc.text  # type: ignore[attr-defined]
    start = text.index(phrase)
    span = doc.char_span(start, start + len(phrase))  # type: ignore[attr-defined]
    return Candidate(i=span.start, j=span.end, start=start, end=start + len(phrase), label=label)


@pytest.mark.parametrize(("text", "phrase", "parts"), [
    ("India wants the ports of Mumbai and Vadhavan to share the load.", "Mumbai and Vadhavan",
     ["Mumbai", "Vadhavan"]),
    ("Talks moved between Seoul and Busan last week.", "Seoul and Busan", ["Seoul", "Busan"]),
    # one name: a country, an organisation head at the end, a name with "of", no place on either side
    ("Bosnia and Herzegovina signed the deal.", "Bosnia and Herzegovina", ["Bosnia and Herzegovina"]),
    ("The Food and Agriculture Organization warned.", "Food and Agriculture Organization",
     ["Food and Agriculture Organization"]),
    ("Marks and Spencer opened a store.", "Marks and Spencer", ["Marks and Spencer"]),
])
def test_mentions_coordinated_place_names_split_in_two(text: str, phrase: str, parts: list[str]) -> None:
    from newsgraph.stages.mentions import _split_coordination

    doc = load_nlp()(text)
    got = _split_coordination(doc, _span_candidate(doc, phrase, "ORG"))
    assert [text[c.start:c.end] for c in got] == parts
    if len(parts) == 2:
        assert [c.label for c in got] == ["GPE", "GPE"]
        assert [doc[c.i:c.j].text for c in got] == parts


def test_mentions_a_bare_name_after_a_new_namesake_is_not_the_former_leader() -> None:
    """Round 12: "then prime minister X" no longer holds the office, so the head-of-state weight does not
    draw a later bare family name away from the namesake just introduced."""
    a = analyse("The accord was signed with then prime minister Lena Varga in attendance. According to Jonas "
                "Varga, a security analyst, the timing could hardly be worse. \"They have an audience,\" Varga said.")
    assert chain_of(a, "Varga").name == "Jonas Varga"


def test_mentions_a_bare_name_still_goes_to_the_sitting_leader() -> None:
    a = analyse("The accord was signed with Prime Minister Lena Varga in attendance. According to Jonas "
                "Varga, a security analyst, the timing could hardly be worse. Varga said the accord would hold.")
    assert chain_of(a, "Varga").name == "Lena Varga"
