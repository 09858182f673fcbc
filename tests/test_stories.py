"""Stories: documents grouped by the happening they report (small hand-written corpora, no parser)."""

from __future__ import annotations

import re

from newsgraph.model import Document, Entity, MentionRef
from newsgraph.resolve.stories import group_stories

# Two earthquakes: same kind of happening, same vocabulary, different places, years and people.
QUAKE_VAN = [
    ("Earthquake kills dozens in eastern Turkey",
     "A magnitude 7.1 earthquake struck the province of Van in eastern Turkey on Sunday, killing dozens of "
     "people and collapsing buildings in Ercis. Rescue teams searched the rubble through the night. "
     "Prime Minister Recep Tayyip Erdogan flew to Van to oversee the rescue effort."),
    ("Rescuers dig for survivors after Van quake",
     "Rescuers in Ercis and Van pulled survivors from collapsed buildings a day after the earthquake of "
     "magnitude 7.1 shook eastern Turkey. Erdogan said the death toll was rising and that tents were sent "
     "to the province. Aftershocks kept families in the streets."),
    ("Turkey quake death toll rises",
     "The toll from the earthquake in Van province rose on Monday as rescue workers reached villages near "
     "Ercis. Turkish officials said the magnitude 7.1 tremor destroyed hundreds of homes. Erdogan promised "
     "that the government would rebuild Van."),
]
QUAKE_SUMATRA = [
    ("Strong earthquake hits Sumatra",
     "Hundreds of people died in Padang when a magnitude 7.6 earthquake struck off the coast of Sumatra in "
     "Indonesia on Wednesday. A hotel and two schools collapsed. President Susilo Bambang Yudhoyono "
     "ordered the army to help."),
    ("Padang hospitals overwhelmed",
     "Doctors in Padang treated the injured in tents outside the main hospital, which was damaged by "
     "Wednesday's 7.6 quake. Yudhoyono visited the city and said more rescue teams were on their way to "
     "West Sumatra."),
    ("Indonesia appeals for heavy equipment",
     "Indonesia asked for excavators to clear the rubble in Padang, where the earthquake flattened "
     "thousands of homes. Officials in West Sumatra said landslides had buried villages in the hills; "
     "Yudhoyono declared a month of emergency."),
]
# One summit, three reports, three spellings of the host and different wording.
SUMMIT = [
    ("Leaders gather in New Delhi for G20 summit",
     "Prime Minister Narendra Modi opened the G20 summit in New Delhi on Saturday, welcoming leaders to the "
     "Bharat Mandapam venue. The summit agreed to admit the African Union as a permanent member."),
    ("G20 admits African Union",
     "Host Modi announced that the African Union had joined the Group of 20 as the two-day summit began in "
     "Delhi. Leaders at Bharat Mandapam also discussed debt relief and climate finance."),
    ("Delhi summit ends with joint declaration",
     "Indian premier N. Modi closed the Group of Twenty meeting in New Delhi on Sunday with a joint "
     "declaration; the African Union took its seat as a permanent G20 member at Bharat Mandapam."),
]


def _docs(groups: dict[str, list[tuple[str, str]]], published: dict[str, str] | None = None) -> dict[str, Document]:
    docs = {}
    for prefix, items in groups.items():
        for i, (title, text) in enumerate(items, start=1):
            did = f"{prefix}{i}"
            docs[did] = Document(id=did, source=f"{did}.txt", text=text, title=title,
                                 published=(published or {}).get(prefix))
    return docs


def _entity(eid: str, name: str, surfaces: dict[str, str], docs: dict[str, Document]) -> Entity:
    """An entity mentioned in each document by the surface form given for it."""
    refs = []
    for did, surface in surfaces.items():
        m = re.search(re.escape(surface), docs[did].text)
        assert m, (did, surface)
        refs.append(MentionRef(doc=did, start=m.start(), end=m.end(), text=surface))
    return Entity(id=eid, name=name, type="PERSON", mentions=refs)


def _grouping(stories: list) -> set[frozenset[str]]:
    return {frozenset(s.documents) for s in stories}


def test_two_earthquakes_are_two_stories() -> None:
    docs = _docs({"van": QUAKE_VAN, "sum": QUAKE_SUMATRA}, {"van": "2011-10-24", "sum": "2009-10-01"})
    stories = group_stories(docs, [], [], [])
    assert _grouping(stories) == {frozenset({"van1", "van2", "van3"}), frozenset({"sum1", "sum2", "sum3"})}
    assert [s.id for s in stories] == ["s1", "s2"]
    assert all(s.title for s in stories)


def test_one_summit_with_three_spellings_is_one_story() -> None:
    docs = _docs({"g": SUMMIT, "van": QUAKE_VAN})
    modi = _entity("e1", "Narendra Modi", {"g1": "Narendra Modi", "g2": "Modi", "g3": "N. Modi"}, docs)
    stories = group_stories(docs, [], [], [modi])
    assert frozenset({"g1", "g2", "g3"}) in _grouping(stories)
    assert frozenset({"van1", "van2", "van3"}) in _grouping(stories)


def test_same_place_years_apart_are_two_stories() -> None:
    # The same text twice, dated three years apart: two happenings, even in one place.
    docs = _docs({"a": QUAKE_VAN[:2], "b": QUAKE_VAN[1:]}, {"a": "2011-10-24", "b": "2014-10-24"})
    stories = group_stories(docs, [], [], [])
    assert _grouping(stories) == {frozenset({"a1", "a2"}), frozenset({"b1", "b2"})}


def _dated_event(eid: str, day: str | None, docs: list[str]):  # type: ignore[no-untyped-def]
    from newsgraph.model import Event, EventDate

    return Event(id=eid, type="DISASTER" if day else "APPEAL", mode=None, summary=f"event {eid}",
                 date=EventDate(value=day) if day else EventDate(),
                 mentions=[MentionRef(doc=d, start=0, end=5, text="x") for d in docs])


def test_follow_up_months_later_stays_in_the_story_of_the_event_it_reports() -> None:
    docs = _docs({"a": QUAKE_VAN[:2], "b": QUAKE_VAN[1:]}, {"a": "2011-10-24", "b": "2012-02-10"})
    quake = _dated_event("v1", "2011-10-23", ["a1", "a2", "b1", "b2"])
    assert _grouping(group_stories(docs, [], [quake], [])) == {frozenset({"a1", "a2", "b1", "b2"})}


def test_same_words_months_apart_without_a_shared_event_are_two_stories() -> None:
    # Months apart, the same places and people are mostly a new happening: word similarity is
    # weighed down by the gap (a week or two apart it is not).
    docs = _docs({"a": QUAKE_VAN[:2], "b": QUAKE_VAN[1:]}, {"a": "2011-10-24", "b": "2012-02-10"})
    assert _grouping(group_stories(docs, [], [], [])) == {frozenset({"a1", "a2"}), frozenset({"b1", "b2"})}
    near = _docs({"a": QUAKE_VAN[:2], "b": QUAKE_VAN[1:]}, {"a": "2011-10-24", "b": "2011-11-03"})
    assert _grouping(group_stories(near, [], [], [])) == {frozenset({"a1", "a2", "b1", "b2"})}


def test_a_shared_undated_event_does_not_join_unrelated_documents() -> None:
    # A stock sentence ("the UN urged both sides to show restraint") resolved into one undated
    # event across two unrelated stories earns no bonus; a shared dated event does.
    docs = _docs({"van": QUAKE_VAN[:1], "g": SUMMIT[:1]})
    appeal = _dated_event("v1", None, ["van1", "g1"])
    assert _grouping(group_stories(docs, [], [appeal], [])) == {frozenset({"van1"}), frozenset({"g1"})}
    same_day = _dated_event("v2", "2023-09-09", ["van1", "g1"])
    assert _grouping(group_stories(docs, [], [same_day], [])) == {frozenset({"van1", "g1"})}


def test_date_factor_falls_with_the_days_between_documents() -> None:
    import numpy as np

    from newsgraph.resolve.stories import DATE_GRACE_DAYS, _date_factor

    day = 738000
    dates = [(day, day), (day + DATE_GRACE_DAYS, day + DATE_GRACE_DAYS), (day + 200, day + 200),
             (None, None), (day - 400, day + 400)]
    f = _date_factor(dates, np.array([0, 0, 0, 0, 2]), np.array([1, 2, 3, 4, 4])).tolist()
    assert f[0] == 1.0 and 0 < f[1] < 0.2  # within the grace period; months apart
    assert f[2] == 1.0 and f[3] == 1.0  # unknown date; a wide span that may overlap


def test_result_does_not_depend_on_input_order() -> None:
    docs = _docs({"van": QUAKE_VAN, "sum": QUAKE_SUMATRA, "g": SUMMIT})
    backwards = dict(reversed(list(docs.items())))
    assert [(s.id, s.documents) for s in group_stories(docs, [], [], [])] == \
        [(s.id, s.documents) for s in group_stories(backwards, [], [], [])]


def test_unrelated_documents_stay_alone() -> None:
    docs = _docs({"van": QUAKE_VAN[:1], "g": SUMMIT[:1]})
    assert _grouping(group_stories(docs, [], [], [])) == {frozenset({"van1"}), frozenset({"g1"})}


def test_stories_pair_cosines_match_plain_dot_products() -> None:
    import numpy as np
    import pytest

    from newsgraph.resolve.stories import _matrix, _pairs, _row_dots

    vecs = [{"x": 0.6, "y": 0.8}, {"x": 1.0}, {"z": 1.0}, {"y": 0.6, "z": 0.8}]
    lo, hi = np.array([0, 0, 0, 2]), np.array([1, 2, 3, 3])
    want = [sum(w * vecs[q].get(f, 0.0) for f, w in vecs[p].items()) for p, q in zip(lo, hi, strict=True)]
    assert _row_dots(_matrix(vecs), lo, hi).tolist() == pytest.approx(want)
    assert _row_dots(_matrix(vecs), lo[:0], hi[:0]).tolist() == []
    # pairs from overlapping blocks: each once, lower position first, sorted
    lo, hi = _pairs([[3, 1], [1, 3, 0], [2]], 4)
    assert list(zip(lo.tolist(), hi.tolist(), strict=True)) == [(0, 1), (0, 3), (1, 3)]


def _worker_corpus() -> tuple[dict[str, Document], list[Entity], list]:
    from newsgraph.model import Event

    docs = _docs({"van": QUAKE_VAN, "sum": QUAKE_SUMATRA, "g": SUMMIT},
                 {"van": "2011-10-24", "sum": "2009-10-01", "g": "2023-09-09"})
    modi = _entity("e1", "Narendra Modi", {"g1": "Narendra Modi", "g2": "Modi", "g3": "N. Modi"}, docs)
    summit = Event(id="v1", type="CONSULT", mode=None, summary="G20 summit opens",
                   mentions=[MentionRef(doc=d, start=0, end=5, text="x") for d in ("g1", "g3")])
    return docs, [modi], [summit]


def test_story_worker_groups_as_group_stories_does() -> None:
    from newsgraph.resolve.stories import StoryWorker, story_inputs

    docs, entities, events = _worker_corpus()
    worker = StoryWorker(story_inputs(docs, []))
    worker.send_entities(entities)
    worker.send_events(events)
    apart = worker.stories(docs, [], events, entities)
    here = group_stories(docs, [], events, entities)
    assert [(s.id, s.title, s.documents, s.events) for s in apart] == \
        [(s.id, s.title, s.documents, s.events) for s in here]
    assert len(apart) == 3 and any(s.events == ["v1"] for s in apart)


def test_story_worker_that_dies_leaves_the_grouping_to_this_process(caplog) -> None:  # type: ignore[no-untyped-def]
    from newsgraph.resolve.stories import StoryWorker, story_inputs

    docs, entities, events = _worker_corpus()
    worker = StoryWorker(story_inputs(docs, []))
    worker._proc.kill()
    worker._proc.join()
    worker.send_entities(entities)  # to a dead process: no error here ...
    worker.send_events(events)
    with caplog.at_level("WARNING"):
        stories = worker.stories(docs, [], events, entities)
    assert "story worker ended without a result" in caplog.text  # ... it is noticed and said here
    assert _grouping(stories) == _grouping(group_stories(docs, [], events, entities))


def test_parallel_stories_only_for_large_corpora_unless_forced(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from newsgraph.resolve import PARALLEL_STORIES_MIN_DOCS, parallel_stories

    monkeypatch.delenv("NEWSGRAPH_PARALLEL_STORIES", raising=False)
    monkeypatch.setattr("os.cpu_count", lambda: 2)
    assert not parallel_stories(PARALLEL_STORIES_MIN_DOCS - 1) and parallel_stories(PARALLEL_STORIES_MIN_DOCS)
    monkeypatch.setattr("os.cpu_count", lambda: 1)
    assert not parallel_stories(PARALLEL_STORIES_MIN_DOCS)  # one core: nothing to overlap with
    monkeypatch.setenv("NEWSGRAPH_PARALLEL_STORIES", "1")
    assert parallel_stories(3)
    monkeypatch.setenv("NEWSGRAPH_PARALLEL_STORIES", "0")
    monkeypatch.setattr("os.cpu_count", lambda: 2)
    assert not parallel_stories(10 * PARALLEL_STORIES_MIN_DOCS)
