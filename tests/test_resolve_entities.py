"""Cross-document entity resolution on hand-built analyses (no model needed)."""

from __future__ import annotations

from dataclasses import dataclass

import pytest

from newsgraph.model import Chain, DocAnalysis, Document, Entity, Mention
from newsgraph.resolve.entities import resolve_entities


@dataclass
class M:
    """One mention for a fixture: surface (found left to right in the text) and its model label."""

    text: str
    label: str
    role: str | None = None
    affiliation: str | None = None


def make(doc_id: str, text: str, chains: list[list[M]], *, acronyms: dict[int, str] | None = None
         ) -> tuple[DocAnalysis, Document]:
    """A DocAnalysis whose chains hold the given mentions, offsets found in ``text``."""
    analysis = DocAnalysis(doc_id=doc_id)
    cursor: dict[str, int] = {}
    for cid, chain_mentions in enumerate(chains):
        chain = Chain(id=cid, name=max((m.text for m in chain_mentions), key=len),
                      label=chain_mentions[0].label, acronym=(acronyms or {}).get(cid))
        for m in chain_mentions:
            start = text.index(m.text, cursor.get(m.text, 0))
            cursor[m.text] = start + len(m.text)
            chain.mentions.append(len(analysis.mentions))
            analysis.mentions.append(Mention(start, start + len(m.text), m.text, m.label, role=m.role,
                                             affiliation=m.affiliation, chain=cid))
        analysis.chains.append(chain)
    return analysis, Document(id=doc_id, source=f"{doc_id}.txt", text=text)


DOC_A = make(
    "a",
    "President Volodymyr Zelensky met Recep Tayyip Erdoğan in Ankara on Monday. Zelensky thanked "
    "Türkiye for its help. The White House said it welcomed the talks. Kim Jong Un was not mentioned.",
    [
        [M("Volodymyr Zelensky", "PERSON", role="President", affiliation="Ukraine"), M("Zelensky", "ORG")],
        [M("Recep Tayyip Erdoğan", "PERSON")],
        [M("Ankara", "GPE")],
        [M("Türkiye", "GPE")],
        [M("White House", "ORG")],
        [M("Kim Jong Un", "PERSON")],
    ],
)
DOC_B = make(
    "b",
    "Zelenskyy flew to Paris, where French President Emmanuel Macron hosted Volodymyr Zelenskyy. "
    "Turkey offered to host talks. Erdogan spoke by phone. Kim Yo Jong, the sister of the leader, "
    "issued a statement. The Kurdistan Workers' Party (PKK) was blamed.",
    [
        [M("Zelenskyy", "PERSON"), M("Volodymyr Zelenskyy", "PERSON")],
        [M("Paris", "GPE")],
        [M("Emmanuel Macron", "PERSON", role="President", affiliation="French")],
        [M("Turkey", "GPE")],
        [M("Erdogan", "NORP")],
        [M("Kim Yo Jong", "PERSON")],
        [M("Kurdistan Workers' Party", "ORG")],
    ],
    acronyms={6: "PKK"},
)
DOC_C = make(
    "c",
    "Aircraft left the Incirlik air base near Adana. Incirlik, a NATO airfield, is busy. "
    "Macron called Zelenskiy. The PKK denied it. Kim Jong Un watched a test.",
    [
        [M("Incirlik", "NORP"), M("Incirlik", "PERSON")],
        [M("Adana", "GPE")],
        [M("NATO", "ORG")],
        [M("Macron", "PERSON")],
        [M("Zelenskiy", "PERSON")],
        [M("PKK", "ORG")],
        [M("Kim Jong Un", "PERSON")],
    ],
)


def _resolve(*docs: tuple[DocAnalysis, Document]) -> tuple[list[Entity], dict[tuple[str, int], str]]:
    return resolve_entities([d[0] for d in docs], {d[1].id: d[1] for d in docs})


def _entity_of(entities: list[Entity], surface: str) -> Entity:
    hits = [e for e in entities if surface in e.aliases]
    assert len(hits) == 1, f"{surface!r} in {[e.name for e in hits]}"
    return hits[0]


@pytest.fixture(scope="module")
def resolved() -> tuple[list[Entity], dict[tuple[str, int], str]]:
    return _resolve(DOC_A, DOC_B, DOC_C)


def test_resolve_entities_joins_spelling_variants(resolved: tuple[list[Entity], dict]) -> None:
    entities, _ = resolved
    zel = _entity_of(entities, "Zelensky")
    assert {"Zelenskyy", "Zelenskiy", "Volodymyr Zelenskyy", "Volodymyr Zelensky"} <= set(zel.aliases)
    assert zel.type == "PERSON"
    erd = _entity_of(entities, "Erdogan")
    assert "Recep Tayyip Erdoğan" in erd.aliases and erd.name == "Recep Tayyip Erdoğan"
    assert erd.type == "PERSON"  # the model's NORP on the bare surname is outvoted


def test_resolve_entities_unifies_country_names(resolved: tuple[list[Entity], dict]) -> None:
    entities, _ = resolved
    turkey = _entity_of(entities, "Türkiye")
    assert "Turkey" in turkey.aliases and turkey.name == "Turkey" and turkey.type == "GPE"
    assert turkey.ids["geonames"] == "298795" and turkey.country == "Turkey"


def test_resolve_entities_keeps_siblings_apart(resolved: tuple[list[Entity], dict]) -> None:
    entities, _ = resolved
    assert _entity_of(entities, "Kim Jong Un") is not _entity_of(entities, "Kim Yo Jong")
    assert len(_entity_of(entities, "Kim Jong Un").mentions) == 2


def test_resolve_entities_metonyms_and_places(resolved: tuple[list[Entity], dict]) -> None:
    entities, _ = resolved
    ankara = _entity_of(entities, "Ankara")
    assert ankara.metonym_of == "Turkey" and ankara.country == "Turkey" and ankara.type == "GPE"
    house = _entity_of(entities, "White House")
    assert house.metonym_of == "United States" and house.type in ("FAC", "ORG")
    adana = _entity_of(entities, "Adana")
    assert adana.metonym_of is None and adana.country == "Turkey" and "geonames" in adana.ids


def test_resolve_entities_types_by_vote(resolved: tuple[list[Entity], dict]) -> None:
    entities, _ = resolved
    base = _entity_of(entities, "Incirlik")
    assert base.type == "FAC"  # "the Incirlik air base", "a NATO airfield" outvote NORP/PERSON
    assert 0 < base.type_confidence < 1
    assert _entity_of(entities, "Zelensky").type_confidence < 1  # one ORG vote against


def test_resolve_entities_acronym_joins_long_form(resolved: tuple[list[Entity], dict]) -> None:
    entities, _ = resolved
    pkk = _entity_of(entities, "PKK")
    assert pkk.name == "Kurdistan Workers' Party" and pkk.type == "ORG"


def test_resolve_entities_roles_affiliations_country(resolved: tuple[list[Entity], dict]) -> None:
    entities, _ = resolved
    macron = _entity_of(entities, "Macron")
    assert "Emmanuel Macron" in macron.aliases
    assert macron.affiliations == ["France"] and macron.country == "France"
    assert macron.roles and macron.roles[0]["role"] == "President" and macron.roles[0]["doc"] == "b"
    zel = _entity_of(entities, "Zelensky")
    assert zel.country == "Ukraine"


def test_resolve_entities_chain_map_and_mentions(resolved: tuple[list[Entity], dict]) -> None:
    entities, chain_map = resolved
    zel = _entity_of(entities, "Zelensky")
    assert chain_map[("a", 0)] == chain_map[("b", 0)] == chain_map[("c", 4)] == zel.id
    total = sum(len(a.mentions) for a, _ in (DOC_A, DOC_B, DOC_C))
    assert sum(len(e.mentions) for e in entities) == total
    assert len(chain_map) == sum(len(a.chains) for a, _ in (DOC_A, DOC_B, DOC_C))
    first = zel.mentions[0]
    assert (first.doc, first.text) == ("a", "Volodymyr Zelensky")
    assert DOC_A[1].text[first.start:first.end] == first.text


def test_resolve_entities_is_order_independent() -> None:
    one = _resolve(DOC_A, DOC_B, DOC_C)
    two = _resolve(DOC_C, DOC_A, DOC_B)
    assert [e.to_dict() for e in one[0]] == [e.to_dict() for e in two[0]]
    assert one[1] == two[1]
    assert [e.id for e in one[0]] == [f"e{i}" for i in range(1, len(one[0]) + 1)]


def test_resolve_entities_incremental_prefix_keeps_ids() -> None:
    """Building A+B at once gives A's entities the ids building A alone gave them."""
    alone, _ = _resolve(DOC_A)
    both, _ = _resolve(DOC_A, DOC_B)
    by_id = {e.id: e.name for e in both}
    for e in alone:
        assert by_id[e.id] == e.name


def test_person_jordan_never_merges_with_country_jordan() -> None:
    d1 = make("p1", "Michael Jordan scored again. Jordan smiled.",
              [[M("Michael Jordan", "PERSON"), M("Jordan", "PERSON")]])
    d2 = make("p2", "King Abdullah of Jordan visited Amman.", [[M("Jordan", "GPE")], [M("Amman", "GPE")]])
    entities, cmap = _resolve(d1, d2)
    assert cmap[("p1", 0)] != cmap[("p2", 0)]
    country = next(e for e in entities if e.id == cmap[("p2", 0)])
    assert country.type == "GPE" and country.name == "Jordan"
    person = next(e for e in entities if e.id == cmap[("p1", 0)])
    assert person.type == "PERSON"


def test_bare_surname_goes_to_dominant_person_only() -> None:
    raul = make("r1", "Raúl Castro spoke. Castro said more. Castro left. Castro returned.",
                [[M("Raúl Castro", "PERSON"), M("Castro", "PERSON"), M("Castro", "PERSON"),
                  M("Castro", "PERSON")]])
    fidel = make("r2", "Fidel Castro died.", [[M("Fidel Castro", "PERSON")]])
    bare = make("r3", "Castro was praised.", [[M("Castro", "PERSON")]])
    _, cmap = _resolve(raul, fidel, bare)
    assert cmap[("r1", 0)] != cmap[("r2", 0)]
    assert cmap[("r3", 0)] == cmap[("r1", 0)]  # four mentions against one: clearly the corpus's Castro
    even = make("r1", "Raúl Castro spoke.", [[M("Raúl Castro", "PERSON")]])
    _, cmap = _resolve(even, fidel, bare)
    assert cmap[("r3", 0)] not in (cmap[("r1", 0)], cmap[("r2", 0)])  # ambiguous: stays apart


def test_george_bush_and_george_w_bush_stay_apart_when_both_occur() -> None:
    d1 = make("g1", "George W. Bush met the press.", [[M("George W. Bush", "PERSON")]])
    d2 = make("g2", "George H. W. Bush served one term. George Bush was 41st.",
              [[M("George H. W. Bush", "PERSON"), M("George Bush", "PERSON")]])
    d3 = make("g3", "George Bush spoke in 1990.", [[M("George Bush", "PERSON")]])
    _, cmap = _resolve(d1, d2, d3)
    assert cmap[("g1", 0)] != cmap[("g2", 0)]
    assert cmap[("g3", 0)] != cmap[("g1", 0)]


def test_middle_names_complete_link() -> None:
    """A~B and A~C must not drag B and C together when their middle names differ."""
    a = make("m1", "Ali Hassan said so.", [[M("Ali Hassan", "PERSON")]])
    b = make("m2", "Ali Reza Hassan agreed.", [[M("Ali Reza Hassan", "PERSON")]])
    c = make("m3", "Ali Akbar Hassan disagreed.", [[M("Ali Akbar Hassan", "PERSON")]])
    _, cmap = _resolve(a, b, c)
    assert cmap[("m2", 0)] != cmap[("m3", 0)]


def test_shorter_form_without_first_given_name_joins_the_full_name() -> None:
    d1 = make("l1", "Luiz Inácio Lula da Silva won. Andrés Manuel López Obrador called.",
              [[M("Luiz Inácio Lula da Silva", "PERSON")], [M("Andrés Manuel López Obrador", "PERSON")]])
    d2 = make("l2", "Inacio Lula spoke. Manuel Lopez Obrador agreed. Kim Yo Jong and Kim Jong Un watched.",
              [[M("Inacio Lula", "PERSON")], [M("Manuel Lopez Obrador", "PERSON")],
               [M("Kim Yo Jong", "PERSON")], [M("Kim Jong Un", "PERSON")]])
    d3 = make("l3", "Jong Un inspected a factory.", [[M("Jong Un", "PERSON")]])
    entities, cmap = _resolve(d1, d2, d3)
    assert cmap[("l1", 0)] == cmap[("l2", 0)]  # found through the inner-word block "Lula"
    assert cmap[("l1", 1)] == cmap[("l2", 1)]
    assert cmap[("l2", 2)] != cmap[("l2", 3)]  # siblings stay apart
    assert cmap[("l3", 0)] == cmap[("l2", 3)] != cmap[("l2", 2)]
    assert _entity_of(entities, "Inacio Lula").name == "Luiz Inácio Lula da Silva"


def test_canonical_name_and_aliases_with_counts() -> None:
    d1 = make("n1", "Mohammed bin Salman arrived. Mohammed bin Salman left.",
              [[M("Mohammed bin Salman", "PERSON"), M("Mohammed bin Salman", "PERSON")]])
    d2 = make("n2", "Muhammad bin Salman spoke.", [[M("Muhammad bin Salman", "PERSON")]])
    entities, _ = _resolve(d1, d2)
    assert len(entities) == 1
    assert entities[0].name == "Mohammed bin Salman"
    assert entities[0].aliases == {"Mohammed bin Salman": 2, "Muhammad bin Salman": 1}


def test_empty_input() -> None:
    assert resolve_entities([], {}) == ([], {})


def test_omitted_initial_joins_when_only_one_person_fits() -> None:
    d1 = make("x1", "Richard M. Nixon resigned.", [[M("Richard M. Nixon", "PERSON")]])
    d2 = make("x2", "Richard Nixon flew home.", [[M("Richard Nixon", "PERSON")]])
    _, cmap = _resolve(d1, d2)
    assert cmap[("x1", 0)] == cmap[("x2", 0)]


def test_org_short_forms_join_but_not_a_bare_head_word() -> None:
    d1 = make("o1", "The Boston Red Sox signed him. Microsoft Corp. paid. The US Army moved.",
              [[M("Boston Red Sox", "ORG")], [M("Microsoft Corp.", "ORG")], [M("US Army", "ORG")]])
    d2 = make("o2", "The Red Sox lost. Microsoft grew. The Army of another state moved.",
              [[M("Red Sox", "ORG")], [M("Microsoft", "ORG")], [M("Army", "ORG")]])
    _, cmap = _resolve(d1, d2)
    assert cmap[("o1", 0)] == cmap[("o2", 0)]
    assert cmap[("o1", 1)] == cmap[("o2", 1)]
    assert cmap[("o1", 2)] != cmap[("o2", 2)]


def test_fathers_name_never_joins_the_son() -> None:
    """A bare "Y" is not "X bin Y" (his father); "bin Y" and the other spellings of "X bin Y" are."""
    d1 = make("s1", "Crown Prince Mohammed bin Salman met the envoy. Later bin Salman left.",
              [[M("Mohammed bin Salman", "PERSON", role="Crown Prince"), M("bin Salman", "PERSON")]])
    d2 = make("s2", "King Salman sent a letter.", [[M("Salman", "PERSON", role="King")]])
    d3 = make("s3", "Muhammad bin Salman spoke. The emir Tamim bin Hamad Al Thani replied.",
              [[M("Muhammad bin Salman", "PERSON")], [M("Tamim bin Hamad Al Thani", "PERSON")]])
    d4 = make("s4", "Hamad abdicated in 2013.", [[M("Hamad", "PERSON")]])
    _, cmap = _resolve(d1, d2, d3, d4)
    assert cmap[("s1", 0)] == cmap[("s3", 0)]
    assert cmap[("s2", 0)] != cmap[("s1", 0)]
    assert cmap[("s4", 0)] != cmap[("s3", 1)]


@pytest.mark.parametrize("forms", [
    ("Dominique Strauss-Kahn", "Strauss-Kahn", "Dominique Strauss Kahn", "Strauss Kahn"),
    ("Ursula von der Leyen", "von der Leyen", "Von der Leyen"),
    ("Jean-Yves Le Drian", "Jean Yves Le Drian", "Le Drian"),
])
def test_compound_family_names_join_in_every_spelling(forms: tuple[str, ...]) -> None:
    docs = [make(f"h{n}", f"{f} spoke.", [[M(f, "PERSON")]]) for n, f in enumerate(forms)]
    _, cmap = _resolve(*docs)
    assert len({cmap[(f"h{n}", 0)] for n in range(len(forms))}) == 1


def test_compound_family_names_keep_relatives_apart() -> None:
    d1 = make("l1", "Marine Le Pen spoke.", [[M("Marine Le Pen", "PERSON")]])
    d2 = make("l2", "Jean-Marie Le Pen spoke.", [[M("Jean-Marie Le Pen", "PERSON")]])
    _, cmap = _resolve(d1, d2)
    assert cmap[("l1", 0)] != cmap[("l2", 0)]


def test_person_never_merges_with_an_organization_of_the_same_name() -> None:
    d1 = make("f1", "Gerald Ford pardoned Nixon. Ford said so.",
              [[M("Gerald Ford", "PERSON"), M("Ford", "PERSON")]])
    d2 = make("f2", "The carmaker Ford cut jobs. Ford Motor Company confirmed it.",
              [[M("Ford", "ORG"), M("Ford Motor Company", "ORG")]])
    d3 = make("f3", "The Ford Motor Company sold cars.", [[M("Ford Motor Company", "ORG")]])
    entities, cmap = _resolve(d1, d2, d3)
    assert cmap[("f1", 0)] != cmap[("f2", 0)]
    assert cmap[("f2", 0)] == cmap[("f3", 0)]
    person = next(e for e in entities if e.id == cmap[("f1", 0)])
    assert person.type == "PERSON" and "Ford Motor Company" not in person.aliases


@pytest.mark.parametrize(("text", "name", "expected"), [
    ("Modi wrote on Facebook that the line was open.", "Facebook", "ORG"),
    ("Kim said in a post on Telegram that talks went well.", "Telegram", "ORG"),
    ("A tanker sailed through the Dardanelles on Monday.", "Dardanelles", "LOC"),
    ("Ships crossing the Skagerrak slowed down.", "Skagerrak", "LOC"),
    ("Macron met Modi in Paris.", "Modi", None),
])
def test_context_type_platforms_and_waterways(text: str, name: str, expected: str | None) -> None:
    from newsgraph.resolve.entity_types import context_type

    start = text.index(name)
    assert context_type(text, start, start + len(name)) == expected


def test_platform_the_model_calls_a_person_is_typed_org() -> None:
    d = make("p1", "Modi wrote on Facebook that the metro was open.", [[M("Facebook", "PERSON")]])
    entities, _ = _resolve(d)
    assert _entity_of(entities, "Facebook").type == "ORG"


def test_bare_family_name_with_its_particle_goes_to_the_person_with_that_particle() -> None:
    # "Ben Ali" alone in a third article: it names Hamid Benali (glued elsewhere), not Abiy Ahmed
    # Ali, whose name merely ends in the same word, although Abiy is mentioned more often.
    one = make("a", "Abiy Ahmed Ali spoke. Abiy Ahmed Ali left. Abiy Ahmed Ali returned.",
               [[M("Abiy Ahmed Ali", "PERSON"), M("Abiy Ahmed Ali", "PERSON"), M("Abiy Ahmed Ali", "PERSON")]])
    two = make("b", "Hamid Benali arrived in Rabat.", [[M("Hamid Benali", "PERSON")]])
    three = make("c", "Ben Ali said the talks went well.", [[M("Ben Ali", "PERSON")]])
    four = make("d", "Minister Hamid Ben Ali flew home.", [[M("Hamid Ben Ali", "PERSON")]])
    entities, _ = _resolve(one, two, three, four)
    benali = _entity_of(entities, "Hamid Benali")
    assert {"Ben Ali", "Hamid Ben Ali"} <= set(benali.aliases)
    assert "Ben Ali" not in _entity_of(entities, "Abiy Ahmed Ali").aliases


def test_an_acronym_is_never_a_bare_family_name() -> None:
    # "UN" must not join "Kim Jong Un" as his family name said alone
    doc = make("u", "Kim Jong Un met envoys. The UN said talks were needed. Kim Jong Un left.",
               [[M("Kim Jong Un", "PERSON"), M("Kim Jong Un", "PERSON")], [M("UN", "ORG")]])
    entities, _ = _resolve(doc)
    assert _entity_of(entities, "UN") is not _entity_of(entities, "Kim Jong Un")


def test_a_middle_word_said_alone_in_the_chain_makes_a_maternal_surname() -> None:
    # "Gabriela Sommerfeld Rosero ... Sommerfeld" says Sommerfeld is her family name, so the shorter
    # "Gabriela Sommerfeld" of another article is the same woman
    a = make("m1", "Foreign Minister Gabriela Sommerfeld Rosero spoke. Sommerfeld said more.",
             [[M("Gabriela Sommerfeld Rosero", "PERSON"), M("Sommerfeld", "PERSON")]])
    b = make("m2", "Gabriela Sommerfeld met envoys in Lima.", [[M("Gabriela Sommerfeld", "PERSON")]])
    entities, _ = _resolve(a, b)
    assert _entity_of(entities, "Gabriela Sommerfeld") is _entity_of(entities, "Gabriela Sommerfeld Rosero")


def test_a_middle_word_never_said_alone_keeps_the_names_apart() -> None:
    # "George Walker Bush ... Bush": the corpus calls him by the last word, not the middle one
    a = make("w1", "George Walker Bush spoke. Bush said more.",
             [[M("George Walker Bush", "PERSON"), M("Bush", "PERSON")]])
    b = make("w2", "George Walker met envoys in Lima.", [[M("George Walker", "PERSON")]])
    entities, _ = _resolve(a, b)
    assert _entity_of(entities, "George Walker") is not _entity_of(entities, "George Walker Bush")


def test_a_fuller_name_adding_the_fathers_names_joins_when_the_first_word_is_said_alone() -> None:
    # naming by the given name: "Abiy Ahmed ... Abiy said"; "Abiy Ahmed Ali" adds the grandfather's name
    a = make("x1", "Prime Minister Abiy Ahmed spoke. Abiy said more.",
             [[M("Abiy Ahmed", "PERSON"), M("Abiy", "PERSON")]])
    b = make("x2", "Abiy Ahmed Ali met envoys in Cairo.", [[M("Abiy Ahmed Ali", "PERSON")]])
    entities, _ = _resolve(a, b)
    assert _entity_of(entities, "Abiy Ahmed") is _entity_of(entities, "Abiy Ahmed Ali")


def test_a_fuller_name_stays_apart_when_two_fit_or_the_first_word_is_never_alone() -> None:
    # two fuller names start with "Kim Jong": nothing says which one is meant
    a = make("k1", "Kim Jong spoke. Kim said more.", [[M("Kim Jong", "PERSON"), M("Kim", "PERSON")]])
    b = make("k2", "Kim Jong Un met envoys.", [[M("Kim Jong Un", "PERSON")]])
    c = make("k3", "Kim Jong Il died in 2011.", [[M("Kim Jong Il", "PERSON")]])
    entities, _ = _resolve(a, b, c)
    assert _entity_of(entities, "Kim Jong") is not _entity_of(entities, "Kim Jong Un")
    assert _entity_of(entities, "Kim Jong") is not _entity_of(entities, "Kim Jong Il")
    # "John Paul" is never called "John" alone here: no evidence that "Jones" only adds a father's name
    d = make("j1", "John Paul spoke in Lima.", [[M("John Paul", "PERSON")]])
    e = make("j2", "John Paul Jones met envoys.", [[M("John Paul Jones", "PERSON")]])
    entities, _ = _resolve(d, e)
    assert _entity_of(entities, "John Paul") is not _entity_of(entities, "John Paul Jones")


def test_a_countrys_body_named_by_adjective_or_possessive_is_one_body() -> None:
    a = make("f1", "The Peruvian Foreign Ministry protested.", [[M("Peruvian Foreign Ministry", "ORG")]])
    b = make("f2", "Peru's foreign ministry said nothing.", [[M("Peru's foreign ministry", "ORG")]])
    c = make("f3", "Chile's foreign ministry replied.", [[M("Chile's foreign ministry", "ORG")]])
    entities, _ = _resolve(a, b, c)
    assert _entity_of(entities, "Peruvian Foreign Ministry") is _entity_of(entities, "Peru's foreign ministry")
    assert _entity_of(entities, "Chile's foreign ministry") is not _entity_of(entities, "Peru's foreign ministry")


def test_a_name_the_model_alone_called_an_organisation_joins_the_one_person_it_fits() -> None:
    a = make("o1", "President Ebrahim Raisi spoke in Tehran.", [[M("Ebrahim Raisi", "PERSON")]])
    b = make("o2", "Talks with Ibrahim Raisi went on.", [[M("Ibrahim Raisi", "ORG")]])
    entities, _ = _resolve(a, b)
    assert _entity_of(entities, "Ibrahim Raisi") is _entity_of(entities, "Ebrahim Raisi")
    assert _entity_of(entities, "Ebrahim Raisi").type == "PERSON"


def test_a_relative_named_in_apposition_stays_apart_from_the_fuller_name_holding_theirs() -> None:
    # the son's name holds the father's: "his late father, Idriss Deby" is another man
    a = make("d1", "President Mahamat Idriss Deby spoke. His late father, Idriss Deby, ruled for decades.",
             [[M("Mahamat Idriss Deby", "PERSON", role="President")], [M("Idriss Deby", "PERSON", role="father")]])
    a[0].chains[1].roles.append("father of Mahamat Idriss Deby")  # as the mention stage records "his father, X"
    b = make("d2", "Mahamat Idriss Deby met envoys.", [[M("Mahamat Idriss Deby", "PERSON")]])
    entities, _ = _resolve(a, b)
    assert _entity_of(entities, "Idriss Deby") is not _entity_of(entities, "Mahamat Idriss Deby")
