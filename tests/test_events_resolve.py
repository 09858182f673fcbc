"""Cross-document event resolution: which reports are one happening (reports built by hand, no parser)."""

from __future__ import annotations

from itertools import count

import pytest

from newsgraph.model import ActorRef, DocAnalysis, Document, Entity, Event, EventMention, TimeExpression
from newsgraph.resolve.event_match import Report, compatible, evidence, unanchored_month
from newsgraph.resolve.events import _same_stem, resolve_events

# ---------------------------------------------------------------- a tiny world

ENTITIES = [
    Entity(id="turkey", name="Turkey", type="GPE", country="Turkey"),
    Entity(id="greece", name="Greece", type="GPE", country="Greece"),
    Entity(id="ankara", name="Ankara", type="GPE", country="Turkey"),
    Entity(id="athens", name="Athens", type="GPE", country="Greece"),
    Entity(id="izmir", name="Izmir port", type="FAC", country="Turkey"),
    Entity(id="saudi", name="Saudi Arabia", type="GPE", country="Saudi Arabia"),
    Entity(id="iran", name="Iran", type="GPE", country="Iran"),
    Entity(id="erdogan", name="Recep Tayyip Erdogan", type="PERSON", country="Turkey"),
    Entity(id="fidan", name="Hakan Fidan", type="PERSON", country="Turkey"),
    Entity(id="mitsotakis", name="Kyriakos Mitsotakis", type="PERSON", country="Greece"),
    Entity(id="gerapetritis", name="Giorgos Gerapetritis", type="PERSON", country="Greece"),
    Entity(id="mbs", name="Mohammed bin Salman", type="PERSON", country="Saudi Arabia"),
    Entity(id="faisal", name="Faisal bin Farhan", type="PERSON", country="Saudi Arabia"),
    Entity(id="araghchi", name="Abbas Araghchi", type="PERSON", country="Iran"),
    Entity(id="palace", name="Presidential Complex", type="FAC", country="Turkey"),
    Entity(id="maximos", name="Maximos Mansion", type="FAC", country="Greece"),
    Entity(id="yilmaz", name="Cevdet Yilmaz", type="PERSON", country=None),  # country unknown to the resolver
    Entity(id="kurtulmus", name="Numan Kurtulmus", type="PERSON", country=None),
]
CHAIN = {e.id: i for i, e in enumerate(ENTITIES)}
_pos = count(0, 200)


def ref(eid: str) -> ActorRef:
    e = next(x for x in ENTITIES if x.id == eid)
    return ActorRef(text=e.name, start=0, end=len(e.name), chain=CHAIN[eid], country=e.country)


def when(text: str, value: str | None, granularity: str = "month") -> TimeExpression:
    return TimeExpression(start=0, end=len(text), text=text, type="DATE", value=value,
                          basis="explicit" if value else "unknown", granularity=granularity)


def report(trigger: str, *, etype: str = "CONSULT", mode: str | None = "visit", src: tuple[str, ...] = (),
           tgt: tuple[str, ...] = (), place: str | None = None, time: TimeExpression | None = None,
           definite: bool = False, ordinal: str | None = None) -> EventMention:
    start = next(_pos)
    location = ref(place) if place else None
    if location is not None:
        location = ActorRef(location.text, start + 50, start + 60, location.chain, location.country)
    return EventMention(
        type=etype, mode=mode, trigger=trigger, trigger_start=start, trigger_end=start + len(trigger),
        start=start, end=start + 100, sentence=f"{trigger} ({start})", source=[ref(s) for s in src],
        target=[ref(t) for t in tgt], location=location, time=time, definite=definite, ordinal=ordinal,
    )


def resolve(*docs: tuple[str, str | None, list[EventMention]]) -> list[Event]:
    analyses = [DocAnalysis(doc_id=d, events=evs) for d, _, evs in docs]
    documents = {d: Document(id=d, source=d, text="", published=pub) for d, pub, _ in docs}
    chain_map = {(d, CHAIN[e.id]): e.id for d, _, _ in docs for e in ENTITIES}
    return resolve_events(analyses, documents, ENTITIES, chain_map)


def together(events: list[Event], a: EventMention, b: EventMention) -> bool:
    for ev in events:
        starts = {m.start for m in ev.mentions}
        if a.start in starts or b.start in starts:
            return a.start in starts and b.start in starts
    return False


# ---------------------------------------------------------------- unanchored months


@pytest.mark.parametrize(
    ("time", "expected"),
    [
        (when("July", None), "07"),
        (when("in Sept.", None), "09"),
        (when("May 3", None, "day"), "05"),
        (when("may", None), None),  # the modal verb, not the month
        (when("July 2024", "2024-07"), None),  # a dated expression needs no hint
        (when("this month", None), None),  # no month named
        (when("the 1990s", None, "year"), None),
        (None, None),
    ],
)
def test_events_resolve_unanchored_month(time: TimeExpression | None, expected: str | None) -> None:
    assert unanchored_month(time) == expected


def _bare(m: EventMention, date: str | None = None, month: str | None = None) -> Report:
    return Report(doc="d", idx=0, m=m, src_c={r.country for r in m.source if r.country},
                  tgt_c={r.country for r in m.target if r.country}, date=date, month=month,
                  place=next(e.id for e in ENTITIES if e.name == m.location.text) if m.location else None)


def test_events_resolve_unanchored_month_agrees_with_dated_report() -> None:
    a = _bare(report("visited", src=("greece",), tgt=("turkey",), place="ankara"), date="2024-07-12")
    b = _bare(report("visit", src=("greece",), tgt=("turkey",), place="ankara"), month="07")
    c = _bare(report("visit", src=("greece",), tgt=("turkey",), place="ankara"), month="03")
    assert compatible(a, b) and evidence(a, b) >= 1.0
    assert not compatible(a, c)  # "in March" is not the July visit


def test_events_resolve_unanchored_month_joins_across_documents() -> None:
    dated = report("landed", src=("greece",), tgt=("turkey",), place="ankara", time=when("on July 12", "2024-07-12", "day"))
    undated = report("visit", src=("greece",), tgt=("turkey",), place="ankara", time=when("in July", None))
    other = report("visit", src=("greece",), tgt=("turkey",), place="ankara", time=when("in March", None))
    events = resolve(("d1", "2024-07-20", [dated]), ("d2", None, [undated]), ("d3", None, [other]))
    assert together(events, dated, undated)
    assert not together(events, dated, other)


# ---------------------------------------------------------------- persons by side


def test_events_resolve_visitor_and_host_named_apart_are_one_meeting() -> None:
    a = report("met", mode=None, src=("fidan",), tgt=("greece",), place="athens", time=when("on May 2", "2024-05-02", "day"))
    b = report("talks", mode=None, src=("turkey",), tgt=("gerapetritis",), place="athens", time=when("on May 2", "2024-05-02", "day"))
    events = resolve(("d1", "2024-05-03", [a]), ("d2", "2024-05-04", [b]))
    assert together(events, a, b)


def test_events_resolve_meetings_with_two_people_of_one_side_stay_apart() -> None:
    a = report("met", mode=None, src=("araghchi",), tgt=("mbs",), time=when("in August", "2024-08"))
    b = report("talks", mode=None, src=("araghchi",), tgt=("faisal",), time=when("in August", "2024-08"))
    events = resolve(("d1", "2024-08-20", [a]), ("d2", "2024-08-21", [b]))
    assert not together(events, a, b)


# ---------------------------------------------------------------- within one article


def test_events_resolve_undated_lead_joins_the_one_dated_visit() -> None:
    lead = report("visit", src=("greece",), tgt=("ankara",), place="ankara")
    body = report("landed", src=("greece",), tgt=("ankara",), place="ankara", time=when("on March 4", "2024-03-04", "day"))
    events = resolve(("d1", "2024-03-10", [lead, body]))
    assert together(events, lead, body)


def test_events_resolve_undated_lead_stays_alone_when_two_visits_fit() -> None:
    lead = report("visit", src=("greece",), tgt=("ankara",), place="ankara")
    first = report("landed", src=("greece",), tgt=("ankara",), place="ankara", time=when("on March 4", "2024-03-04", "day"))
    second = report("visit", src=("greece",), tgt=("ankara",), place="ankara", time=when("in May", "2024-05"))
    events = resolve(("d1", "2024-06-10", [lead, first, second]))
    assert not together(events, lead, first) and not together(events, lead, second)


def test_events_resolve_event_date_is_the_most_precise_agreed_one() -> None:
    """Two reports say "earlier this month", one says "on Tuesday": the day, which both months allow."""
    a = report("reopened", etype="COOPERATE", mode=None, src=("turkey",), tgt=("greece",), place="athens",
               time=when("earlier this month", "2024-06"))
    b = report("reopened", etype="COOPERATE", mode=None, src=("turkey",), tgt=("greece",), place="athens",
               time=when("in June", "2024-06"))
    c = report("reopened", etype="COOPERATE", mode=None, src=("turkey",), tgt=("greece",), place="athens",
               time=when("on Tuesday", "2024-06-04", "day"))
    events = resolve(("d1", "2024-06-20", [a]), ("d2", "2024-06-21", [b]), ("d3", "2024-06-05", [c]))
    assert together(events, a, c) and together(events, b, c)
    ev = next(e for e in events if len(e.mentions) == 3)
    assert ev.date.value == "2024-06-04" and ev.date_disagreement == []


def test_events_resolve_meetings_during_a_visit_join_it() -> None:
    """"After meeting the vice president, the Greek delegation was received by Erdogan at the palace":
    a participant the visit already names (country unknown) and a building in the visited country."""
    lead = report("visit", src=("greece",), tgt=("ankara",), place="ankara")
    body = report("landed", src=("greece",), tgt=("ankara", "yilmaz"), place="ankara",
                  time=when("on March 4", "2024-03-04", "day"))
    met = report("meeting", mode=None, src=("greece",), tgt=("yilmaz",))
    received = report("received", src=("greece",), tgt=("erdogan",), place="palace")
    events = resolve(("d1", "2024-03-10", [lead, body, met, received]))
    assert together(events, lead, body) and together(events, body, met) and together(events, body, received)


@pytest.mark.parametrize(
    ("target", "place"),
    [
        ("kurtulmus", None),  # a person of unknown country the visit never names
        ("erdogan", "maximos"),  # a building in another country
    ],
)
def test_events_resolve_meeting_unlike_the_visit_stays_apart(target: str, place: str | None) -> None:
    body = report("landed", src=("greece",), tgt=("ankara", "yilmaz"), place="ankara",
                  time=when("on March 4", "2024-03-04", "day"))
    other = report("received", src=("greece",), tgt=(target,), place=place)
    events = resolve(("d1", "2024-03-10", [body, other]))
    assert not together(events, body, other)


def test_events_resolve_definite_talks_with_a_place_need_that_place() -> None:
    athens = report("met", mode=None, src=("erdogan",), tgt=("mitsotakis",), place="athens")
    elsewhere = report("talks", mode=None, src=("turkey",), tgt=("greece",))
    again = report("talks", mode=None, place="ankara", definite=True)
    events = resolve(("d1", "2024-06-10", [athens, elsewhere, again]))
    assert not together(events, elsewhere, again)


@pytest.mark.parametrize(
    ("anaphor", "antecedent", "expected"),
    [("agreement", "agreed", True), ("withdrawal", "withdrew", True), ("attack", "attacked", True),
     ("agreement", "pledged", False), ("deal", "promised", False)],
)
def test_events_resolve_same_word_family(anaphor: str, antecedent: str, expected: bool) -> None:
    assert _same_stem(anaphor, antecedent) is expected


def test_events_resolve_definite_agreement_does_not_restate_a_pledge() -> None:
    pledge = report("pledged", etype="AGREE", mode=None, src=("erdogan",))
    treaty = report("agreement", etype="AGREE", mode=None, definite=True)
    agreed = report("agreed", etype="AGREE", mode=None, src=("turkey",), tgt=("greece",))
    the_deal = report("agreement", etype="AGREE", mode=None, definite=True)
    events = resolve(("d1", "2024-06-10", [pledge, treaty]), ("d2", "2024-06-10", [agreed, the_deal]))
    assert not together(events, pledge, treaty)
    assert together(events, agreed, the_deal)


# ---------------------------------------------------------------- retreat from a place


def test_events_resolve_retreat_from_a_place_targets_its_country() -> None:
    m = report("withdrew", etype="RETREAT", mode=None, src=("greece",), place="izmir")
    assert m.location is not None
    m.target = [m.location]  # the stage marks "withdrew from X" with the place as target
    (ev,) = resolve(("d1", "2024-06-10", [m]))
    assert ev.target == ["turkey"] and ev.location == "izmir"


# ---------------------------------------------------------------- acts told without a doer


def test_events_resolve_doerless_dated_reports_join_and_are_kept() -> None:
    day = when("on Saturday", "2024-06-08", "day")
    one = report("extended", etype="AGREE", mode="extension", time=day)
    other = report("extended", etype="AGREE", mode="extension", time=day)
    later = report("extended", etype="AGREE", mode="extension", time=when("on Friday", "2024-11-15", "day"))
    events = resolve(("d1", "2024-06-09", [one]), ("d2", "2024-06-10", [other]), ("d3", "2024-11-16", [later]))
    assert together(events, one, other) and not together(events, one, later)
    assert len(events) == 2 and all(ev.source == [] and ev.target == [] for ev in events)
    assert {ev.date.value for ev in events} == {"2024-06-08", "2024-11-15"}


def test_events_resolve_unattached_reports_are_dropped() -> None:
    undated = report("extended", etype="AGREE", mode="extension")
    the_talks = report("talks", etype="CONSULT", mode=None, definite=True, time=when("in May", "2024-05"))
    unresolved = report("broke", etype="SANCTION", mode="withdraw", time=when("in 2016", "2016", "year"))
    unresolved.source = [ActorRef(text="the two countries", start=0, end=17, chain=None, country=None)]
    assert resolve(("d1", "2024-06-10", [undated, the_talks, unresolved])) == []


def test_events_resolve_one_sentence_is_one_piece_of_evidence() -> None:
    call = report("call", etype="CONSULT", mode="phone", src=("fidan",), tgt=("gerapetritis",),
                  time=when("on Thursday", "2024-06-06", "day"))
    conversation = report("conversation", etype="CONSULT", mode="phone", src=("fidan",), tgt=("gerapetritis",),
                          time=when("on Thursday", "2024-06-06", "day"))
    conversation.start, conversation.end, conversation.sentence = call.start, call.end, call.sentence
    (ev,) = resolve(("d1", "2024-06-07", [call, conversation]))
    assert len(ev.mentions) == 1


# ---------------------------------------------------------------- a previous happening in the same article


def test_events_resolve_earlier_call_in_the_article_about_a_call_is_another_call() -> None:
    # An undated article: "X and Y spoke by phone on Sunday" cannot be dated, "an earlier call between
    # X and Y in February 2018" can; the two share both persons, yet they are two calls.
    main = report("spoke", mode="phone", src=("fidan",), tgt=("araghchi",), time=when("on Sunday", None, "day"))
    earlier = report("call", mode="phone", src=("fidan",), tgt=("araghchi",), time=when("in February 2018", "2018-02"),
                     ordinal="previous")
    elsewhere = report("spoke", mode="phone", src=("fidan",), tgt=("araghchi",),
                       time=when("on 13 February 2018", "2018-02-13", "day"))
    events = resolve(("d1", None, [main, earlier]), ("d2", "2018-02-14", [elsewhere]))
    assert not together(events, main, earlier)
    assert together(events, earlier, elsewhere)  # in another article it is that article's own call


# ---------------------------------------------------------------- reports naming no participant


def test_events_resolve_actorless_report_joins_the_one_happening_of_its_day() -> None:
    day = when("on March 10", "2024-03-10", "day")
    signed = report("signed", etype="AGREE", mode=None, src=("saudi",), tgt=("iran",), time=day)
    the_pact = report("agreement", etype="AGREE", mode=None, definite=True, time=when("of March 10", "2024-03-10", "day"))
    events = resolve(("d1", "2024-03-10", [signed]), ("d2", "2024-05-01", [the_pact]))
    assert together(events, signed, the_pact)


def test_events_resolve_actorless_report_stays_alone_when_two_happenings_share_its_day() -> None:
    day = when("on March 10", "2024-03-10", "day")
    one = report("signed", etype="AGREE", mode=None, src=("saudi",), tgt=("iran",), time=day)
    two = report("signed", etype="AGREE", mode=None, src=("turkey",), tgt=("greece",), time=day)
    the_pact = report("agreement", etype="AGREE", mode=None, definite=True, time=when("of March 10", "2024-03-10", "day"))
    events = resolve(("d1", "2024-03-10", [one]), ("d2", "2024-03-11", [two]), ("d3", "2024-05-01", [the_pact]))
    assert not together(events, one, the_pact) and not together(events, two, the_pact)


def test_events_resolve_actorless_report_of_a_month_joins_the_one_happening_of_that_month() -> None:
    # "The wine duties were removed in March 2024": the one removal reported with parties that month
    signed = report("signed", etype="AGREE", mode=None, src=("saudi",), tgt=("iran",), time=when("on March 10", "2024-03-10", "day"))
    in_march = report("agreement", etype="AGREE", mode=None, definite=True, time=when("in March", "2024-03"))
    events = resolve(("d1", "2024-03-10", [signed]), ("d2", "2024-05-01", [in_march]))
    assert together(events, signed, in_march)


def test_events_resolve_actorless_report_of_a_month_stays_alone_when_two_happenings_share_it() -> None:
    one = report("signed", etype="AGREE", mode=None, src=("saudi",), tgt=("iran",), time=when("on March 10", "2024-03-10", "day"))
    two = report("signed", etype="AGREE", mode=None, src=("turkey",), tgt=("greece",), time=when("on March 22", "2024-03-22", "day"))
    in_march = report("agreement", etype="AGREE", mode=None, definite=True, time=when("in March", "2024-03"))
    events = resolve(("d1", "2024-03-10", [one]), ("d2", "2024-03-23", [two]), ("d3", "2024-05-01", [in_march]))
    assert not together(events, one, in_march) and not together(events, two, in_march)


def test_events_resolve_actorless_report_of_a_day_never_joins_another_day_of_its_month() -> None:
    signed = report("signed", etype="AGREE", mode=None, src=("saudi",), tgt=("iran",), time=when("on March 10", "2024-03-10", "day"))
    on_12th = report("agreement", etype="AGREE", mode=None, definite=True, time=when("of March 12", "2024-03-12", "day"))
    events = resolve(("d1", "2024-03-10", [signed]), ("d2", "2024-05-01", [on_12th]))
    assert not together(events, signed, on_12th)


# ---------------------------------------------------------------- round 3 (held-out corpora)


def test_countries_of_the_actors_are_listed_beside_them() -> None:
    # a person whose entity knows no country, told as "the Turkish ..." in the report: Turkey is an actor too
    m = report("visited", src=("yilmaz",), tgt=("athens",), place="athens",
               time=when("on May 3", "2024-05-03", "day"))
    m.source = [ActorRef(m.source[0].text, 0, 5, CHAIN["yilmaz"], "Turkey")]
    (ev,) = resolve(("d1", "2024-05-04", [m]))
    assert "turkey" in ev.source and "yilmaz" in ev.source


def test_no_country_entity_is_made_up_when_the_corpus_never_names_the_country() -> None:
    m = report("visited", src=("fidan",), tgt=("athens",), place="athens", time=when("on May 3", "2024-05-03", "day"))
    m.source = [ActorRef(m.source[0].text, 0, 5, CHAIN["fidan"], "Narnia")]
    (ev,) = resolve(("d1", "2024-05-04", [m]))
    assert ev.source == ["fidan"]


def test_anaphor_named_by_an_unresolved_day_keeps_to_reports_of_that_day() -> None:
    # an article with no date: "agreed on Thursday ..." and, later, "the March 10 agreement"
    first = report("agreed", etype="AGREE", mode=None, src=("saudi",), tgt=("iran",),
                   time=when("Thursday", None, "day"))
    later = report("agreement", etype="AGREE", mode=None, src=("saudi",), tgt=("iran",),
                   time=when("March 10", None, "day"), definite=True)
    # both sentences hold their time expression (what the times stage records)
    times = [TimeExpression(start=m.start + 10, end=m.start + 18, text=m.time.text, type="DATE", value=None,
                            basis="unknown", granularity="day") for m in (first, later) if m.time]
    analyses = [DocAnalysis(doc_id="d1", events=[first, later], times=times)]
    chain_map = {("d1", CHAIN[e.id]): e.id for e in ENTITIES}
    events = resolve_events(analyses, {"d1": Document(id="d1", source="d1", text="")}, ENTITIES, chain_map)
    assert not together(events, first, later)


def test_anaphor_without_its_own_day_still_restates_the_report() -> None:
    first = report("agreed", etype="AGREE", mode=None, src=("saudi",), tgt=("iran",),
                   time=when("Thursday", None, "day"))
    later = report("agreement", etype="AGREE", mode=None, src=("saudi",), tgt=("iran",), definite=True)
    events = resolve(("d1", None, [first, later]))
    assert together(events, first, later)


def test_taking_two_places_is_two_acts() -> None:
    may = when("in May 2024", "2024-05")
    a = report("captured", etype="COERCE", mode="seize", src=("turkey",), tgt=("izmir",), time=may)
    b = report("captured", etype="COERCE", mode="seize", src=("turkey",), tgt=("ankara",), time=may)
    events = resolve(("d1", "2024-06-01", [a]), ("d2", "2024-06-02", [b]))
    assert not together(events, a, b)


def test_taking_one_place_told_twice_is_one_act() -> None:
    may = when("in May 2024", "2024-05")
    a = report("captured", etype="COERCE", mode="seize", src=("turkey",), tgt=("izmir",), time=may)
    b = report("captured", etype="COERCE", mode="seize", src=("turkey",), tgt=("izmir",), time=may)
    events = resolve(("d1", "2024-06-01", [a]), ("d2", "2024-06-02", [b]))
    assert together(events, a, b)


def test_a_summary_of_two_seizures_is_neither_one() -> None:
    may = when("in May 2024", "2024-05")
    both = report("captured", etype="COERCE", mode="seize", src=("turkey",), tgt=("izmir", "ankara"), time=may)
    one = report("captured", etype="COERCE", mode="seize", src=("turkey",), tgt=("izmir",), time=may)
    events = resolve(("d1", "2024-06-01", [both]), ("d2", "2024-06-02", [one]))
    assert not together(events, both, one)


def test_a_year_is_no_evidence_for_an_unanchored_month() -> None:
    # an undated article's "in March" and another's "in 2021": compatible, but nothing says they are one call
    march = report("spoke", mode="phone", src=("saudi",), tgt=("iran",), time=when("in March", None))
    year = report("talks", mode=None, src=("saudi",), tgt=("iran",), time=when("in 2021", "2021", "year"))
    events = resolve(("d1", None, [march]), ("d2", "2023-03-10", [year]))
    assert not together(events, march, year)
