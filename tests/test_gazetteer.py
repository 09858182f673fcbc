"""The offline gazetteer: country names, demonyms, capitals, seats, regions."""

from __future__ import annotations

import pytest

from newsgraph.gazetteer import country_of, demonym_country, lookup_place, metonym_country


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("Türkiye", "Turkey"), ("Turkey", "Turkey"), ("Republic of Türkiye", "Turkey"),
        ("U.S.", "United States"), ("US", "United States"), ("the United States", "United States"),
        ("United States of America", "United States"), ("UAE", "United Arab Emirates"),
        ("Islamic Republic of Iran", "Iran"), ("Korea, Republic of", "South Korea"),
        ("Republic of Korea", "South Korea"), ("Viet Nam", "Vietnam"), ("Britain", "United Kingdom"),
        ("Emirati", "United Arab Emirates"), ("Ukrainian", "Ukraine"), ("Chinese", "China"),
        ("Lebanese", "Lebanon"), ("Kenyan", "Kenya"), ("Iraqi", "Iraq"), ("French", "France"),
        ("Qatari", "Qatar"), ("Jordanian", "Jordan"), ("Americans", "United States"),
        ("Kyiv", "Ukraine"), ("Kiev", "Ukraine"), ("Ankara", "Turkey"), ("Paris", "France"),
        ("Beijing", "China"), ("the White House", "United States"), ("Downing Street", "United Kingdom"),
        ("the Élysée", "France"), ("Zhongnanhai", "China"),
    ],
)
def test_country_of(text: str, country: str) -> None:
    assert country_of(text) == country


@pytest.mark.parametrize("text", ["us", "Kurdish", "Macron", "Zelensky", "Europe", "", "the"])
def test_country_of_rejects_non_countries(text: str) -> None:
    assert country_of(text) is None


def test_lookup_place_kinds_ids_and_coordinates() -> None:
    kyiv = lookup_place("Kyiv")
    assert kyiv is not None and kyiv.kind == "capital" and kyiv.country == "Ukraine"
    assert kyiv.geonames_id == "703448" and kyiv.lat is not None and 50 < kyiv.lat < 51
    turkey = lookup_place("Türkiye")
    assert turkey is not None and turkey.kind == "country" and turkey.geonames_id == "298795"
    lyon = lookup_place("Lyon")
    assert lyon is not None and lyon.kind == "city" and lyon.country == "France"
    house = lookup_place("the White House")
    assert house is not None and house.kind == "seat"
    asia = lookup_place("Asia")
    assert asia is not None and asia.kind == "region" and asia.country == ""


def test_metonyms_are_capitals_and_seats_only() -> None:
    assert metonym_country("Beijing") == "China"
    assert metonym_country("the Pentagon") == "United States"
    assert metonym_country("Lyon") is None  # a city, not a seat of government
    assert metonym_country("France") is None  # the country itself is no metonym


def test_demonym_country_needs_a_capitalized_word() -> None:
    assert demonym_country("Emirati") == "United Arab Emirates"
    assert demonym_country("emirati") is None
    assert demonym_country("Parisian") is None  # a city's people, not a nationality


def test_georgia_does_not_crash() -> None:
    place = lookup_place("Georgia")
    assert place is not None and place.kind == "country"  # the state is not in the table


@pytest.mark.parametrize(("name", "country"), [
    ("Democratic Republic of Congo", "Democratic Republic of the Congo"),  # "of the" written as "of"
    ("the Democratic Republic of Congo", "Democratic Republic of the Congo"),
    ("Republic of Congo", "Republic of the Congo"),
    ("Congo", "Democratic Republic of the Congo"),  # wire style for the bare name
    ("Congo-Brazzaville", "Republic of the Congo"),
])
def test_congo_names(name: str, country: str) -> None:
    place = lookup_place(name)
    assert place is not None and place.country == country


@pytest.mark.parametrize(("word", "country"), [
    ("Honduran", "Honduras"), ("Panamanian", "Panama"), ("Togolese", "Togo"), ("Burkinabe", "Burkina Faso"),
    ("Mauritian", "Mauritius"), ("Kosovar", "Kosovo"), ("Trinidadian", "Trinidad and Tobago"),
])
def test_irregular_demonyms_name_their_country(word: str, country: str) -> None:
    assert country_of(word) == country
