"""Trigger lexicon, round 2: protest, threat, assault, retreat, request, reject, accuse and sanction
families, each with a sentence that must fire its type and one that must not (sentences written for
these tests, with invented or varied names)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from newsgraph.model import EventMention
from newsgraph.stages.event_triggers import load_lexicon
from test_events_stage import run as run_events

pytestmark = pytest.mark.slow


def run(nlp: Any, text: str, published: str | None = "2025-06-11") -> list[EventMention]:
    """The events stage on one text (the helper of test_events_stage, with another anchor)."""
    return run_events(nlp, text, published)


def types(events: list[EventMention]) -> list[tuple[str, str]]:
    return [(e.type, e.trigger) for e in events]


POSITIVE = [
    # PROTEST
    ("Dock workers in Valparaiso went on strike on Tuesday over unpaid wages.", "PROTEST"),
    ("Opposition supporters staged rallies in Lusaka against the new electoral law.", "PROTEST"),
    ("The teachers' union organised a general strike across Peru on Monday.", "PROTEST"),
    ("Farmers blocked roads near Lyon to protest against the fuel tax.", "PROTEST"),
    ("Students boycotted the graduation ceremony in Dhaka on Friday.", "PROTEST"),
    ("Residents of Goma took to the streets on Saturday after the curfew was announced.", "PROTEST"),
    ("Miners in Oruro began a hunger strike on Wednesday.", "PROTEST"),
    ("The dockers' union called a strike for Monday in Durban.", "PROTEST"),
    # THREATEN
    ("The Ruritanian army vowed retaliation after the border post was shelled.", "THREATEN"),
    ("Venezuela warned Guyana of consequences if the drilling continued.", "THREATEN"),
    ("Ecuador issued an ultimatum to the rebels on Thursday.", "THREATEN"),
    # ASSAULT
    ("Gunmen wounded three police officers in Kaduna on Sunday.", "ASSAULT"),
    ("Soldiers opened fire on demonstrators in Bamako on Tuesday.", "ASSAULT"),
    ("Militiamen clashed with government troops near Beni on Monday.", "ASSAULT"),
    ("Rebels fired mortars at the airport in Mogadishu on Friday.", "ASSAULT"),
    ("The militia fired rockets on the border town of Metula on Tuesday.", "ASSAULT"),
    ("Insurgents bombarded the garrison town of Diffa overnight.", "ASSAULT"),
    ("Militants detonated a car bomb outside the ministry in Kabul on Monday.", "ASSAULT"),
    ("The army demolished five homes in a village near Hebron on Sunday.", "COERCE"),
    ("The interior ministry outlawed the nationalist group on Friday.", "COERCE"),
    # RETREAT
    ("The rebels released twelve hostages in Darfur on Monday.", "RETREAT"),
    ("Twelve hostages were released by the rebels in Darfur on Monday.", "RETREAT"),
    ("About 300 fighters surrendered to the Colombian army on Thursday.", "RETREAT"),
    ("Azerbaijan lifted the blockade of the mountain road on Saturday.", "RETREAT"),
    ("The gunman gave himself up to police in Leeds on Monday.", "RETREAT"),
    ("The militia declared a ceasefire in Tripoli on Wednesday.", "RETREAT"),
    ("Peacekeepers evacuated their base near Kidal on Thursday.", "RETREAT"),
    # REQUEST
    ("Kenya pressed for an emergency session of the Security Council.", "REQUEST"),
    ("The family of the journalist sought asylum in Norway in May.", "REQUEST"),
    ("The African Union called on both sides in Juba to lay down their weapons.", "REQUEST"),
    ("Chile called on Monday for an inquiry into the shooting in Arica.", "REQUEST"),
    ("The UN envoy called upon the Malian junta on March 3 to release the detainees.", "REQUEST"),
    # AGREE / CONCEDE: accepting what another side offered or demanded
    ("Slovenia accepted the mediation plan of the European Union on Tuesday.", "AGREE"),
    ("The Peruvian government accepted the demands of the striking miners on Friday.", "CONCEDE"),
    ("The regional trade forum agreed to set up a shipping office in Mombasa.", "AGREE"),
    # REJECT
    ("Hungary turned down the proposal of the European Commission on Tuesday.", "REJECT"),
    ("The Kosovo authorities denied the request of the Serbian delegation.", "REJECT"),
    ("China blocked the resolution on Myanmar at the Security Council on Monday.", "REJECT"),
    ("The junta reneged on its promise to hold elections in 2024.", "REJECT"),
    # ACCUSE
    ("Ghana lodged a formal protest with Togo over the arrest of its fishermen.", "ACCUSE"),
    ("Lebanon complained to the United Nations about the overflights.", "ACCUSE"),
    ("A court in Lagos indicted the former governor on Friday.", "ACCUSE"),
    ("The Chilean president lambasted the mining company on Thursday.", "ACCUSE"),
    # SANCTION
    ("Canada recalled its ambassador to Riyadh on Tuesday.", "SANCTION"),
    ("Britain froze the assets of the Belarusian oligarch on Monday.", "SANCTION"),
    ("The European Union halted aid to Niger after the coup.", "SANCTION"),
    ("Washington imposed tariffs on Mexican steel on Thursday.", "SANCTION"),
    ("Israel denied entry to the Irish lawmakers on Sunday.", "SANCTION"),
    ("Qatar closed its embassy in Tripoli in 2014.", "SANCTION"),
    ("Norway suspended talks with the Colombian rebels on Friday.", "SANCTION"),
]


@pytest.mark.parametrize(("text", "etype"), POSITIVE)
def test_family_fires(nlp: Any, text: str, etype: str) -> None:
    events = run(nlp, text)
    assert etype in {e.type for e in events}, f"no {etype} in {types(events)}"


# Sentences where a family word appears in another sense: the type must not be reported.
NEGATIVE = [
    ("The company released its quarterly report on Tuesday.", "RETREAT"),
    ("The ministry released figures on unemployment in Peru on Monday.", "RETREAT"),
    ("Lithuanian troops struck the targets in the exercise area on Friday.", "PROTEST"),
    ("Israeli jets launched an air strike on a depot near Homs on Friday.", "PROTEST"),
    ("The minister rallied support for the budget on Tuesday.", "PROTEST"),
    ("Indian troops demonstrated their new artillery in Rajasthan on Monday.", "PROTEST"),
    ("The union called off the strike in Lagos on Friday.", "PROTEST"),
    ("Farmers blocked roads near Lyon on Monday.", "REJECT"),
    ("The Senate blocked the bill on Thursday.", "PROTEST"),
    ("The Polish president recalled that the treaty was signed in 1991.", "SANCTION"),
    ("The airline fired its chief executive on Monday.", "ASSAULT"),
    ("Two parties clashed over the budget in parliament on Tuesday.", "ASSAULT"),
    ("A storm injured twenty people in Manila on Sunday.", "ASSAULT"),
    ("The Sudanese government denied entry to the journalists on Monday.", "REJECT"),  # a sanction, no refusal of a charge
    ("The Peruvian president insisted on Monday that the vote was fair.", "REQUEST"),
    ("The Italian prime minister held a phone call with the Tunisian president on Monday.", "REQUEST"),
    ("Police were called to the house in Galway on Saturday.", "REQUEST"),
    ("Firefighters were called on Saturday to a blaze in Cork.", "REQUEST"),
    ("The Estonian minister called on Tuesday evening, an aide said.", "REQUEST"),
    ("Rescuers evacuated residents of the coastal villages in Fiji on Sunday.", "RETREAT"),
    ("Residents of the coastal villages in Fiji were evacuated on Sunday.", "RETREAT"),
    ("The quarterly figures were released by the statistics office in Lima on Monday.", "RETREAT"),
    ("Azerbaijan launched missiles on Sunday.", "ASSAULT"),
    ("The Mexican president promised to cooperate with the inquiry.", "THREATEN"),
    ("The Chilean government promised new measures to support farmers on Monday.", "THREATEN"),
    ("Police surrendered the suspect to the Dutch authorities on Monday.", "RETREAT"),
    ("The military regime ended its participation in the regional bloc.", "RETREAT"),
    ("A guard, who declined to give his name, spoke to reporters in Quito on Monday.", "AID"),
    ("The prisoner killed himself in his cell in Ghent on Sunday.", "ASSAULT"),
    ("The retired general delivered a speech to the cadets in Lima on Friday.", "AID"),
    ("The mayor injured his knee in a fall in Porto on Sunday.", "ASSAULT"),
    ("The governor of Oaxaca abused his power, the auditors said on Monday.", "ASSAULT"),
    ("The company demolished its old warehouse in Gdansk on Monday.", "COERCE"),
    ("The Uruguayan minister accepted responsibility for the delay on Monday.", "AGREE"),
    ("The Uruguayan minister accepted the award in Montevideo on Monday.", "AGREE"),
    ("The president accepted the resignation of his finance minister on Monday.", "CONCEDE"),
]


@pytest.mark.parametrize(("text", "etype"), NEGATIVE)
def test_family_other_sense(nlp: Any, text: str, etype: str) -> None:
    events = run(nlp, text)
    assert etype not in {e.type for e in events}, f"unexpected {etype} in {types(events)}"


def test_called_off_strike_is_concession(nlp: Any) -> None:
    events = run(nlp, "The nurses' union called off the strike in Accra on Friday.")
    assert "CONCEDE" in {e.type for e in events}, types(events)


def test_state_protest_is_accusation_not_street_protest(nlp: Any) -> None:
    events = run(nlp, "Ghana lodged a formal protest with Togo over the arrest of its fishermen.")
    assert "PROTEST" not in {e.type for e in events}, types(events)


def test_staged_protest_gives_subject_as_source(nlp: Any) -> None:
    events = run(nlp, "Kenyan nurses staged a protest in Nairobi on Monday.")
    protest = [e for e in events if e.type == "PROTEST"]
    assert len(protest) == 1, types(events)  # the verb and its noun are one event
    assert any("nurses" in r.text for r in protest[0].source)


def test_on_is_read_as_a_preposition_not_a_yaml_boolean() -> None:
    """Unquoted `on` in a YAML list is the boolean true: every shipped preposition list holds strings."""
    lex = load_lexicon()
    for table in (lex.verbs, lex.nouns):
        for rules in table.values():
            for rule in rules:
                for key in ("prep", "not_prep"):
                    assert all(isinstance(p, str) for p in rule.requires.get(key, ())), (rule.lemma, key)


def test_staged_lemma_quirk_is_covered() -> None:
    """spaCy's lemmatizer turns "staged" into "stag": the protest entries list both forms."""
    lex = load_lexicon()
    assert any(r.type == "PROTEST" for r in lex.verbs.get("stag", []))
    assert "stag" in lex.light_verbs


def test_an_unquoted_on_in_a_user_lexicon_is_a_clear_error(tmp_path: Path) -> None:
    """YAML reads `on` as true: a word list holding it must be refused, naming the entry."""
    from newsgraph.errors import ConfigError
    from newsgraph.stages.event_triggers import _load

    bad = tmp_path / "mine.yaml"
    bad.write_text("entries:\n  - type: REQUEST\n    verbs: [call]\n    requires: {prep: [for, on]}\n", encoding="utf-8")
    with pytest.raises(ConfigError, match=r"mine\.yaml entry 1: prep must list words.*True"):
        _load((str(bad),))
    good = tmp_path / "ok.yaml"
    good.write_text('entries:\n  - type: REQUEST\n    verbs: [call]\n    requires: {prep: [for, "on"]}\n', encoding="utf-8")
    assert _load((str(good),)).verbs["call"]
