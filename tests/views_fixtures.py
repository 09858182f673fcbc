"""A small hand-made store for the view, export and web tests (no NLP pipeline needed).

Three short articles about a fictional round of talks, written for these tests,
plus a hand-built Resolution: four entities, four events (one undated), three
quotes, one dispute. One article carries HTML/script markup in its text, title
and outlet so every renderer can be checked for escaping.
"""

from __future__ import annotations

from pathlib import Path

from newsgraph.model import (
    Document,
    Entity,
    Event,
    EventDate,
    MentionRef,
    Quote,
    Resolution,
    Story,
)
from newsgraph.store.store import Store

INJECTION = "<script>window.__pwned=1</script><img src=x onerror=\"window.__pwned=2\">"

TEXT_1 = (
    "Emmanuel Macron met Recep Tayyip Erdoğan in Paris on 3 March 2024. "
    "The two leaders signed a trade agreement. "
    "Erdoğan said \"we opened a new page together\" after the talks."
)
TEXT_2 = (
    "President Erdoğan held talks with Macron in Paris on Monday. "
    "Turkey and France signed a trade deal worth billions. "
    "Macron said \"this partnership will last\" at a press conference."
)
TEXT_3 = (
    "Protesters in Ankara rejected the agreement with France. "
    f"One banner read {INJECTION} and was removed. "
    "An organiser said \"the deal ignores workers\" to reporters. "
    "France later threatened tariffs on steel."
)


def _ref(doc: str, text: str, fragment: str) -> MentionRef:
    start = text.index(fragment)
    return MentionRef(doc=doc, start=start, end=start + len(fragment), text=fragment)


def _sentence(doc: str, text: str, fragment: str) -> MentionRef:
    """The whole sentence around ``fragment``, as event evidence is stored."""
    start = text.index(fragment)
    lo = text.rfind(". ", 0, start)
    lo = 0 if lo < 0 else lo + 2
    hi = text.find(". ", start)
    hi = len(text) if hi < 0 else hi + 1
    return MentionRef(doc=doc, start=lo, end=hi, text=text[lo:hi])


def documents() -> list[Document]:
    return [
        Document(id="d1", source="/corpus/a1.txt", text=TEXT_1, title="Leaders meet in Paris",
                 outlet="Ankara Daily", published="2024-03-03", published_basis="metadata",
                 url="https://example.org/a1"),
        Document(id="d2", source="/corpus/a2.txt", text=TEXT_2, title="Trade deal signed",
                 outlet="Paris Wire", published="2024-03-04", published_basis="metadata",
                 url="https://example.net/a2"),
        Document(id="d3", source="/corpus/a3.txt", text=TEXT_3, title=f"Protest {INJECTION}",
                 outlet=f"Street {INJECTION}", published=None, published_basis="unknown"),
    ]


def resolution() -> Resolution:
    entities = [
        Entity(id="e1", name="Emmanuel Macron", type="PERSON", aliases={"Emmanuel Macron": 1, "Macron": 2},
               mentions=[_ref("d1", TEXT_1, "Emmanuel Macron"), _ref("d2", TEXT_2, "Macron")],
               roles=[{"role": "President", "doc": "d2", "start": 0, "end": 9}],
               affiliations=["France"], country="France"),
        Entity(id="e2", name="Recep Tayyip Erdoğan", type="PERSON",
               aliases={"Recep Tayyip Erdoğan": 1, "Erdoğan": 2},
               mentions=[_ref("d1", TEXT_1, "Recep Tayyip Erdoğan"), _ref("d2", TEXT_2, "Erdoğan")],
               affiliations=["Turkey"], country="Turkey"),
        Entity(id="e3", name="Paris", type="GPE", aliases={"Paris": 2},
               mentions=[_ref("d1", TEXT_1, "Paris"), _ref("d2", TEXT_2, "Paris")], country="France"),
        Entity(id="e4", name=f"Banner {INJECTION}", type="ORG", aliases={f"Banner {INJECTION}": 1},
               mentions=[_ref("d3", TEXT_3, INJECTION)]),
    ]
    events = [
        Event(id="v1", type="CONSULT", mode="visit", summary="Macron and Erdoğan meet in Paris",
              source=["e2"], target=["e1"], location="e3",
              date=EventDate(value="2024-03-03", granularity="day", text="3 March 2024", basis="explicit"),
              mentions=[_sentence("d1", TEXT_1, "met Recep"), _sentence("d2", TEXT_2, "held talks")],
              source_countries=["Turkey"], target_countries=["France"]),
        Event(id="v2", type="AGREE", mode=None, summary="Turkey and France sign a trade agreement",
              source=["e2", "e1"], target=[],
              date=EventDate(value="2024-03", granularity="month", text=None, basis="document"),
              mentions=[_sentence("d1", TEXT_1, "signed a trade"), _sentence("d2", TEXT_2, "signed a trade deal")]),
        Event(id="v3", type="PROTEST", mode="demonstrate", summary=f"Protest against the deal {INJECTION}",
              source=["e4"], target=["e2"],
              date=EventDate(value="2024-03-05", granularity="day", basis="explicit"),
              mentions=[_sentence("d3", TEXT_3, "Protesters in")]),
        Event(id="v4", type="THREATEN", mode=None, summary="France threatens tariffs",
              source=["e1"], target=["e2"], modality="planned",
              mentions=[_sentence("d3", TEXT_3, "France later")]),
    ]
    quotes = [
        Quote(id="q1", doc="d1", speaker="e2", speaker_text="Erdoğan", cue="said",
              **_span(TEXT_1, "we opened a new page together"), event="v1"),
        Quote(id="q2", doc="d2", speaker="e1", speaker_text="Macron", cue="said",
              **_span(TEXT_2, "this partnership will last")),
        Quote(id="q3", doc="d3", speaker=None, speaker_text="An organiser", cue="said",
              **_span(TEXT_3, "the deal ignores workers")),
    ]
    disputes = [{
        "id": "x1", "kind": "date", "subject": "meeting date", "event": "v1",
        "values": [
            {"value": "2024-03-03", "outlets": ["Ankara Daily"], "docs": ["d1"],
             "evidence": [_sentence("d1", TEXT_1, "met Recep").to_dict()]},
            {"value": "2024-03-04", "outlets": ["Paris Wire"], "docs": ["d2"],
             "evidence": [_sentence("d2", TEXT_2, "held talks").to_dict()]},
        ],
    }]
    stories = [Story(id="s1", title="Leaders agree a trade deal", documents=["d1", "d2", "d3"],
                     events=["v1", "v2", "v3", "v4"])]
    return Resolution(entities=entities, events=events, quotes=quotes, stories=stories, disputes=disputes)


def _span(text: str, fragment: str) -> dict[str, object]:
    start = text.index(fragment)
    return {"start": start, "end": start + len(fragment), "text": fragment}


def build_store(path: Path, *, with_resolution: bool = True) -> Store:
    """A store file at ``path`` holding the three articles (and their resolution)."""
    store = Store.open(str(path))
    for doc in documents():
        store.add_document(doc)
    if with_resolution:
        store.write_resolution(resolution())
    return store
