"""Names the small model cuts, splits or leaves out, recovered by the mention stage (invented names)."""

from __future__ import annotations

import pytest

from newsgraph.model import DocAnalysis
from newsgraph.nlp import load_nlp
from newsgraph.stages.mention_acronyms import _described
from newsgraph.stages.mention_clean import Candidate
from newsgraph.stages.mention_lexicon import lexicon
from newsgraph.stages.mention_recover import (
    _shouting_line,
    is_code_name,
    persons_by_coordination,
    recover_acronyms,
)
from test_mentions_stage import analyse


def texts(a: DocAnalysis) -> dict[str, str]:
    return {m.text: m.label for m in a.mentions}


@pytest.mark.parametrize(("text", "expected"), [("K44", True), ("G7", True), ("P-5", True),
                                                 ("Kano", False), ("2024", False), ("ABC", False)])
def test_mentions_code_name_shape(text: str, expected: bool) -> None:
    assert is_code_name(text) is expected


def test_mentions_shouting_line_is_headline_caps() -> None:
    text = "BREAKING NEWS FROM THE FRONT\nThe VMK scheme ended on Monday."
    assert _shouting_line(text, 0)
    assert not _shouting_line(text, text.index("VMK"))


def test_mentions_described_acronym_needs_lower_case_description() -> None:
    text = "the Veloran army (FAVR) and the Northern Trade Bank (NTB)"
    army = Candidate(i=0, j=0, start=4, end=text.index(" (FAVR"), label="ORG")
    bank = Candidate(i=0, j=0, start=text.index("Northern"), end=text.index(" (NTB"), label="ORG")
    assert _described(text, army, "FAVR")
    assert not _described(text, bank, "NTB")  # capitalised long form: initials are checked instead


@pytest.mark.parametrize(("text", "name", "role"), [
    ("Lt Gen Oskar Vrenlo, the army's spokesman, told reporters on Monday.", "Oskar Vrenlo", "Lt Gen"),
    ("The talks were led by Maj Gen Tarik Ommadi of the border force.", "Tarik Ommadi", "Maj Gen"),
])
def test_mentions_abbreviated_rank_is_split_off(text: str, name: str, role: str) -> None:
    a = analyse(text)
    m = [m for m in a.mentions if m.text == name]
    assert m, [x.text for x in a.mentions]
    assert m[0].role == role


def test_mentions_code_name_group_is_kept_as_org() -> None:
    a = analyse("Fighters of the K44 rebels seized the town, and the K44 said it would hold it.")
    assert texts(a).get("K44") == "ORG"


def test_mentions_untagged_acronym_in_running_text() -> None:
    a = analyse("Travel under the VELMA visa scheme was suspended, officials told PRX on Monday.")
    found = texts(a)
    assert found.get("VELMA") == "ORG" and found.get("PRX") == "ORG"


def test_mentions_common_abbreviation_is_no_organisation() -> None:
    a = analyse("The company said its CEO would present GDP figures.")
    assert not {"CEO", "GDP"} & set(texts(a))


def test_mentions_nationality_and_institution_noun_are_one_org() -> None:
    a = analyse("A spokesperson for the Kenyan government said the Kenyan foreign ministry had protested.")
    found = texts(a)
    assert found.get("Kenyan government") == "ORG"
    assert found.get("Kenyan foreign ministry") == "ORG"


def test_mentions_nationality_before_other_nouns_stays_norp() -> None:
    a = analyse("Kenyan officials and Kenyan farmers met on Monday.")
    assert texts(a).get("Kenyan") == "NORP"


def test_mentions_described_acronym_is_linked_to_its_description() -> None:
    a = analyse("The spokesman for the Kenyan army (FAVR) said on Monday that FAVR troops had moved.")
    long_form = [m for m in a.mentions if m.text == "Kenyan army"]
    acro = [m for m in a.mentions if m.text == "FAVR"]
    assert long_form and acro
    assert all(m.chain == long_form[0].chain for m in acro)


def test_mentions_administered_region_is_one_place() -> None:
    a = analyse("Missiles hit targets in Pakistan-administered Kashmir and in Pakistan on Wednesday.")
    found = texts(a)
    assert found.get("Pakistan-administered Kashmir") in ("GPE", "LOC")
    assert "Pakistan" in found  # the country alone stays


def test_mentions_hyphen_word_after_a_place_is_not_joined() -> None:
    a = analyse("The India-Pakistan crisis deepened as Kenya-based diplomats left Nairobi.")
    assert "India-Pakistan" not in texts(a)


def test_mentions_izafe_compound_name_is_kept_whole() -> None:
    a = analyse("Missiles hit camps of Harkat-e-Varun and Tanzim-e-Sorab near the border.")
    found = texts(a)
    assert "Tanzim-e-Sorab" in found or "Harkat-e-Varun" in found
    assert all(found[t] != "PERSON" for t in ("Tanzim-e-Sorab", "Harkat-e-Varun") if t in found)


def test_mentions_untagged_place_in_a_list_of_places() -> None:
    a = analyse("Drones were sent over Jammu, Pathankot and Amritsar on Friday night.")
    found = texts(a)
    assert found.get("Pathankot") == "GPE" and found.get("Amritsar") in ("GPE", "LOC")


def test_mentions_list_of_people_gets_no_place() -> None:
    a = analyse("The meeting brought together Anna Velik, Rohan Desmet and Tomas Kreel in Vienna.")
    names = [m for m in a.mentions if m.text in ("Anna Velik", "Rohan Desmet", "Tomas Kreel")]
    assert len(names) == 3 and all(m.label not in ("GPE", "LOC") for m in names)


def test_mentions_three_part_name_is_joined() -> None:
    a = analyse("The country will send a team led by former foreign minister Aram Bhelto Zandovi to Geneva.")
    names = [m.text for m in a.mentions if m.label == "PERSON"]
    assert "Aram Bhelto Zandovi" in names


def test_mentions_city_after_preposition_of_place_is_a_place() -> None:
    a = analyse("Fighting was reported near Goma on Wednesday, and Amina Kesso said it had stopped.")
    assert texts(a).get("Goma") in ("GPE", "LOC")


def test_mentions_city_name_inside_a_full_name_stays_a_person() -> None:
    a = analyse("Marta Goma, a senior analyst at the institute, spoke on Monday. Later Goma said the talks had failed.")
    assert all(m.label == "PERSON" for m in a.mentions if m.text in ("Goma", "Marta Goma"))


def test_mentions_place_apposition_types_a_one_word_name() -> None:
    a = analyse("Fighting was reported on Wednesday around Velokane, a mining town in the north.")
    assert texts(a).get("Velokane") in ("GPE", "LOC")


def test_mentions_person_apposition_gives_no_place() -> None:
    a = analyse("Fighting was reported on Wednesday, said Velokane Torres, a senior analyst.")
    assert texts(a).get("Velokane Torres") == "PERSON"


def test_mentions_type_noun_mines_after_a_name() -> None:
    a = analyse("Traders smuggled coltan out of the Vurunga mines under cover of the war.")
    assert texts(a).get("Vurunga") == "FAC"


def test_mentions_counterpart_apposition_is_a_role() -> None:
    a = analyse("The minister met on Friday. His Kenyan counterpart, Amani Kiprono Wekesa, rejected the charge.")
    m = [m for m in a.mentions if m.text == "Amani Kiprono Wekesa"]
    assert m and m[0].label == "PERSON"


def _cand(doc: object, text: str, phrase: str, label: str) -> Candidate:
    start = text.index(phrase)
    span = doc.char_span(start, start + len(phrase))  # type: ignore[attr-defined]
    return Candidate(i=span.start, j=span.end, start=start, end=start + len(phrase), label=label)


@pytest.mark.parametrize(("org", "expected"), [("Liesel Marant Okoye", "PERSON"), ("Varno Shipping Group", "ORG")])
def test_mentions_person_shaped_org_coordinated_with_a_person(org: str, expected: str) -> None:
    text = f"The deal signed by {org} and Olek Brandt was welcomed."
    doc = load_nlp()(text)
    cands = [_cand(doc, text, org, "ORG"), _cand(doc, text, "Olek Brandt", "PERSON")]
    persons_by_coordination(doc, cands, lexicon())
    assert cands[0].label == expected


def test_mentions_all_caps_field_label_is_no_organisation() -> None:
    a = analyse("SOURCE:Harbor Daily\nThe embassy in the capital reopened on Monday.")
    assert "SOURCE" not in texts(a)


def test_mentions_country_initials_in_running_text_are_the_country() -> None:
    text = "Aid groups say the fighting in eastern DRC has displaced thousands, officials told PRX."
    doc = load_nlp()(text)
    cands: list[Candidate] = []
    recover_acronyms(doc, cands, lexicon())
    found = {text[c.start:c.end]: c.label for c in cands}
    assert found == {"DRC": "GPE", "PRX": "ORG"}
