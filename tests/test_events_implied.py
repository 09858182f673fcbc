"""An act between the articles' two main countries that names one side only gets the other as its
implied counterpart ("Ankara closed its crossings" in a Turkey-Greece story: Greece), listed apart
in ``implied``. Reports and mentions built by hand, no parser; invented sentences."""

from __future__ import annotations

import pytest

from newsgraph.model import DocAnalysis, Document, Event, EventMention, Mention
from newsgraph.resolve.events import _main_pair, resolve_events
from test_events_resolve import CHAIN, ENTITIES, report


def _mentions(**counts: int) -> list[Mention]:
    """Entity mentions by entity id: how often the article names each."""
    out: list[Mention] = []
    for eid, n in counts.items():
        e = next(x for x in ENTITIES if x.id == eid)
        out += [Mention(start=5000 + 20 * len(out), end=5010 + 20 * len(out), text=e.name, label=e.type,
                        chain=CHAIN[eid]) for _ in range(n)]
    return out


def _resolve(m: EventMention, **counts: int) -> Event:
    analysis = DocAnalysis(doc_id="d1", events=[m], mentions=_mentions(**counts))
    documents = {"d1": Document(id="d1", source="d1", text="", published="2024-05-02")}
    chain_map = {("d1", CHAIN[e.id]): e.id for e in ENTITIES}
    (ev,) = resolve_events([analysis], documents, ENTITIES, chain_map)
    return ev


def test_a_one_sided_act_in_a_two_country_story_gets_the_other_side() -> None:
    # "Ankara closed its land crossings on Monday." in an article about Turkey and Greece
    m = report("closed", etype="COERCE", mode=None, src=("ankara",))
    ev = _resolve(m, turkey=6, erdogan=3, greece=4, mitsotakis=2)
    assert ev.target == ["greece"] and ev.implied == ["greece"]


def test_a_target_alone_gets_the_other_side_as_source() -> None:
    # "A drone hit a depot near Izmir port." in the same story
    m = report("hit", etype="ASSAULT", mode=None, tgt=("izmir",))
    ev = _resolve(m, turkey=5, greece=5)
    assert ev.source == ["greece"] and ev.implied == ["greece"]


def test_an_act_that_names_both_sides_implies_nothing() -> None:
    m = report("accused", etype="ACCUSE", mode=None, src=("fidan",), tgt=("athens",))
    ev = _resolve(m, turkey=5, greece=5)
    assert ev.implied == [] and "saudi" not in ev.target


def test_an_actor_of_a_third_country_gets_no_counterpart() -> None:
    # Saudi Arabia urging restraint in a Turkey-Greece story: whom it urges is not the story's pair
    m = report("urged", etype="REQUEST", mode=None, src=("faisal",))
    ev = _resolve(m, turkey=6, greece=4, saudi=1)
    assert ev.implied == [] and ev.target == []


def test_no_counterpart_without_two_leading_countries() -> None:
    m = report("closed", etype="COERCE", mode=None, src=("turkey",))
    assert _resolve(m, turkey=9).implied == []  # one country only
    assert _resolve(m, turkey=9, greece=1).implied == []  # the other named once in passing
    assert _resolve(m, turkey=6, greece=3, iran=3).implied == []  # two countries tie for second place


def test_a_protest_gets_no_counterpart() -> None:
    m = report("protested", etype="PROTEST", mode=None, src=("athens",))
    assert _resolve(m, turkey=5, greece=5).implied == []


def test_the_main_pair_needs_a_clear_second() -> None:
    from collections import Counter

    assert _main_pair(Counter({"A": 10, "B": 3})) == ("A", "B")
    assert _main_pair(Counter({"A": 10, "B": 2})) is None  # under a quarter of the first
    assert _main_pair(Counter({"A": 10, "B": 4, "C": 4})) is None
    assert _main_pair(Counter({"A": 10, "B": 4, "C": 3})) == ("A", "B")


def _pair_named(m: EventMention) -> EventMention:
    from newsgraph.model import ActorRef

    m.source = [ActorRef(text="the two governments", start=m.start, end=m.start + 19, chain=None, country=None)]
    return m


def test_the_two_governments_are_the_articles_two_countries() -> None:
    # "The two governments signed five agreements." in an article about Turkey and Greece
    m = _pair_named(report("signed", etype="AGREE", mode=None))
    ev = _resolve(m, turkey=6, greece=4)
    assert sorted(ev.source + ev.target) == ["greece", "turkey"] and ev.implied == ["greece", "turkey"]


def test_the_two_governments_without_a_pair_of_countries_is_no_event() -> None:
    m = _pair_named(report("signed", etype="AGREE", mode=None))
    analysis = DocAnalysis(doc_id="d1", events=[m], mentions=_mentions(turkey=6))
    documents = {"d1": Document(id="d1", source="d1", text="", published="2024-05-02")}
    chain_map = {("d1", CHAIN[e.id]): e.id for e in ENTITIES}
    assert resolve_events([analysis], documents, ENTITIES, chain_map) == []


def test_a_side_named_but_unresolved_gets_no_counterpart() -> None:
    from newsgraph.model import ActorRef

    # "Opposition forces seized Athens." in a Turkey-Greece story: the doer is named, just not resolved
    m = report("seized", etype="COERCE", mode="seize", tgt=("athens",))
    m.source = [ActorRef(text="opposition forces", start=m.start, end=m.start + 17, chain=None, country=None)]
    ev = _resolve(m, turkey=5, greece=5)
    assert ev.implied == [] and ev.source == []


@pytest.mark.parametrize("text, is_pair", [
    ("the two governments", True), ("both leaders", True), ("the two men", True),
    ("governments", True), ("the leaders", True), ("sides", True),  # "both governments": "both" left out of the ref
    ("EU leaders", False), ("Western governments", False), ("the men", False), ("two soldiers", False),
])
def test_what_names_a_pair_of_parties(text: str, is_pair: bool) -> None:
    from newsgraph.resolve.events import _PAIR_REF

    assert (_PAIR_REF.match(text) is not None) == is_pair


def test_talks_that_name_no_party_are_the_articles_pair() -> None:
    """Round 12: "A fifth round in Izmir on May 23 ended without progress." in a Turkey-Greece story."""
    m = report("round", etype="CONSULT", mode=None, place="izmir", definite=True)
    ev = _resolve(m, turkey=6, greece=4)
    assert sorted(ev.source + ev.target) == ["greece", "turkey"] and ev.implied == ["greece", "turkey"]


def test_talks_that_name_no_party_without_a_pair_get_none() -> None:
    m = report("round", etype="CONSULT", mode=None, place="izmir", definite=True)
    ev = _resolve(m, turkey=6)
    assert ev.implied == [] and not (ev.source or ev.target)


def test_another_act_that_names_no_party_gets_no_pair() -> None:
    m = report("ban", etype="SANCTION", mode=None, place="izmir", definite=True)
    assert _resolve(m, turkey=6, greece=4).implied == []
