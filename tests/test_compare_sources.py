"""Source comparison: coverage, single-source events, and disputes kept side by side."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from newsgraph.model import Claim, DocAnalysis, Document, Event, EventDate, MentionRef
from newsgraph.nlp import load_nlp
from newsgraph.pipeline.context import DocContext
from newsgraph.resolve.compare import compare_sources, outlet_of
from newsgraph.resolve.compare_values import sentence_counts, sentence_dates
from newsgraph.resolve.quotes import resolve_quotes
from newsgraph.stages.mentions import extract_mentions
from newsgraph.stages.quotes import extract_quotes
from newsgraph.stages.sentences import split_sentences

FIXTURES = Path(__file__).parent / "fixtures" / "disputes"


def _doc(i: str, outlet: str, text: str, published: str | None = "2024-05-06") -> Document:
    return Document(id=i, source=f"{i}.txt", text=text, outlet=outlet, published=published)


def _ref(doc: Document, needle: str) -> MentionRef:
    start = doc.text.index(needle)
    return MentionRef(doc.id, start, start + len(needle), needle)


def test_compare_hand_built_date_and_number_dispute() -> None:
    a = _doc("d1", "Ankara Daily", "A blast hit the port of Izmir on March 3, killing 12 people.")
    b = _doc("d2", "Paris Soir", "The blast at the port of Izmir on March 4 killed 15 people.")
    c = _doc("d3", "Beijing Times", "Officials met in Beijing to discuss trade.")
    ev = Event(id="v1", type="ASSAULT", mode=None, summary="blast at Izmir port",
               mentions=[_ref(a, a.text), _ref(b, b.text)])
    other = Event(id="v2", type="CONSULT", mode=None, summary="trade talks", mentions=[_ref(c, c.text)])
    disputes, coverage = compare_sources({"d1": a, "d2": b, "d3": c}, [ev, other], [], [])
    kinds = {d["kind"]: d for d in disputes}
    date = kinds["date"]
    assert date["event"] == "v1"
    assert [(v["value"], v["outlets"]) for v in date["values"]] == [
        ("2024-03-03", ["Ankara Daily"]), ("2024-03-04", ["Paris Soir"])
    ]
    assert date["values"][0]["evidence"][0] == {"doc": "d1", "start": 0, "end": len(a.text), "text": a.text}
    number = kinds["number"]
    assert {v["value"]: v["outlets"] for v in number["values"]} == {"12": ["Ankara Daily"], "15": ["Paris Soir"]}
    assert coverage["matrix"]["Ankara Daily"] == {"v1": 1}
    assert coverage["single_source"] == ["v2"]
    assert coverage["outlets"] == ["Ankara Daily", "Beijing Times", "Paris Soir"]
    assert [d["id"] for d in disputes] == [f"x{i}" for i in range(1, len(disputes) + 1)]


def test_compare_agreeing_outlets_make_no_dispute() -> None:
    a = _doc("d1", "Ankara Daily", "A blast hit the port of Izmir on March 3, killing 12 people.")
    b = _doc("d2", "Paris Soir", "On March 3 a blast at the port killed 12 people, officials said on Tuesday.")
    ev = Event(id="v1", type="ASSAULT", mode=None, summary="", mentions=[_ref(a, a.text), _ref(b, b.text)])
    disputes, coverage = compare_sources({"d1": a, "d2": b}, [ev], [], [])
    assert disputes == []
    assert coverage["single_source"] == []


def test_compare_one_outlet_contradicting_itself_is_not_a_dispute() -> None:
    a = _doc("d1", "Ankara Daily", "A blast on March 3 killed 12 people.")
    b = _doc("d2", "Ankara Daily", "The blast on March 4 killed 15 people.")
    ev = Event(id="v1", type="ASSAULT", mode=None, summary="", mentions=[_ref(a, a.text), _ref(b, b.text)])
    assert compare_sources({"d1": a, "d2": b}, [ev], [], [])[0] == []


def test_compare_actor_dispute() -> None:
    a = _doc("d1", "Ankara Daily", "Group A attacked the convoy.")
    b = _doc("d2", "Paris Soir", "Group B attacked the convoy.")
    day = EventDate(value="2024-05-01", granularity="day")
    e1 = Event(id="v1", type="ASSAULT", mode=None, summary="", source=["e1"], target=["e3"], date=day,
               mentions=[_ref(a, a.text)])
    e2 = Event(id="v2", type="ASSAULT", mode=None, summary="", source=["e2"], target=["e3"], date=day,
               mentions=[_ref(b, b.text)])
    (d,) = compare_sources({"d1": a, "d2": b}, [e1, e2], [], [])[0]
    assert d["kind"] == "actor"
    assert [v["value"] for v in d["values"]] == ["e1", "e2"]


def test_compare_polarity_dispute() -> None:
    a = _doc("d1", "Ankara Daily", "x")
    b = _doc("d2", "Paris Soir", "y")
    c1 = Claim(id="c1", doc="d1", start=0, end=1, text="air defences had failed to stop the drones",
               speaker_text="the air force", cue="denied", polarity="denied")
    c2 = Claim(id="c2", doc="d2", start=0, end=1, text="air defences had failed to stop the drones",
               speaker_text="a spokesman", cue="confirmed", polarity="asserted")
    c3 = Claim(id="c3", doc="d2", start=0, end=1, text="the summit will be held in Paris", polarity="asserted")
    (d,) = compare_sources({"d1": a, "d2": b}, [], [c1, c2, c3], [])[0]
    assert d["kind"] == "polarity" and d["event"] is None
    assert [(v["value"], v["outlets"]) for v in d["values"]] == [("asserted", ["Paris Soir"]), ("denied", ["Ankara Daily"])]


@pytest.mark.parametrize(
    ("sentence", "published", "dates"),
    [
        ("It happened on 4 March 2024.", None, ["2024-03-04"]),
        ("It happened on March 4.", "2024-05-06", ["2024-03-04"]),
        ("It happened on Saturday, officials said on Monday.", "2024-05-06", ["2024-05-04"]),
        ("It happened in 2024.", "2024-05-06", []),
    ],
)
def test_compare_sentence_dates(sentence: str, published: str | None, dates: list[str]) -> None:
    assert [v.value for v in sentence_dates(sentence, published=published)] == dates


def test_compare_sentence_counts_skip_years_and_days() -> None:
    got = [(n, v.value) for n, v in sentence_counts("On May 4, 2024 the attack killed at least 17 people, 3 years on.")]
    assert got == [("people", "17")]


def test_compare_outlet_falls_back_to_host() -> None:
    d = Document(id="d9", source="https://www.example.org/a", text="t", url="https://www.example.org/a")
    assert outlet_of(d, "d9") == "example.org"


def _fixture_documents() -> dict[str, Document]:
    docs = {}
    for n, line in enumerate((FIXTURES / "articles.jsonl").read_text("utf-8").splitlines(), start=1):
        rec = json.loads(line)
        docs[f"d{n}"] = Document(id=f"d{n}", source=rec["url"], url=rec["url"], text=rec["text"],
                                 outlet=rec["outlet"], published=rec["published"], title=rec["title"])
    return docs


def test_compare_dispute_corpus_keeps_both_values_with_outlets() -> None:
    """The written corpus: per-document stages find the claims; the attack is one event of three reports."""
    docs = _fixture_documents()
    analyses = []
    nlp = load_nlp()
    for d in docs.values():
        ctx = DocContext(d, nlp(d.text), DocAnalysis(doc_id=d.id))
        split_sentences(ctx)
        extract_mentions(ctx)
        extract_quotes(ctx)
        analyses.append(ctx.analysis)
    quotes, claims = resolve_quotes(analyses, {}, {})
    # one event, one mention per report: the first sentence of each article
    mentions = [_ref(d, d.text.split("\n\n")[0]) for d in docs.values()]
    attack = Event(id="v1", type="ASSAULT", mode=None, summary="drone attack on a fuel depot", mentions=mentions)
    disputes, coverage = compare_sources(docs, [attack], claims, quotes)
    by_kind = {d["kind"]: d for d in disputes}
    date_values = {v["value"]: sorted(v["outlets"]) for v in by_kind["date"]["values"]}
    assert date_values == {"2024-05-04": ["Evening Wire", "Harbor Herald"], "2024-05-05": ["Capital Courier"]}
    counts = {v["value"]: sorted(v["outlets"]) for v in by_kind["number"]["values"]}
    assert counts == {"12": ["Evening Wire", "Harbor Herald"], "17": ["Capital Courier"]}
    for v in by_kind["date"]["values"]:
        for ev in v["evidence"]:
            assert docs[ev["doc"]].text[ev["start"] : ev["end"]] == ev["text"]
    polarity = {v["value"]: v["outlets"] for v in by_kind["polarity"]["values"]}
    assert polarity == {"asserted": ["Capital Courier"], "denied": ["Harbor Herald"]}
    assert coverage["matrix"] == {o: {"v1": 1} for o in ("Capital Courier", "Evening Wire", "Harbor Herald")}
    assert any(q.speaker_text == "Zelenskyy" and "not give up" in q.text for q in quotes)


@pytest.mark.parametrize(
    ("sentence", "counts"),
    [
        ("The bank pledged $40 million in aid on Monday.", [("dollar", "40000000")]),
        ("The fund lent €2.5 billion to the port.", [("euro", "2500000000")]),
        ("Donors gave 30 million dollars.", [("dollar", "30000000")]),
        ("It cost £5.", [("pound", "5")]),
        ("Talks resumed in 2024 in Geneva.", []),  # a year, and no counted noun
    ],
)
def test_compare_sentence_counts_read_amounts(sentence: str, counts: list[tuple[str, str]]) -> None:
    assert [(n, v.value) for n, v in sentence_counts(sentence)] == counts


def test_compare_number_values_sort_by_size() -> None:
    a = _doc("d1", "Ankara Daily", "The blast killed 9 people.")
    b = _doc("d2", "Paris Soir", "The blast killed 11 people.")
    ev = Event(id="v1", type="ASSAULT", mode=None, summary="", mentions=[_ref(a, a.text), _ref(b, b.text)])
    (d,) = compare_sources({"d1": a, "d2": b}, [ev], [], [])[0]
    assert [v["value"] for v in d["values"]] == ["9", "11"]


def _apart(a_text: str, b_text: str, *, a_day: str, b_day: str, a_outlet: str = "Ankara Daily",
           loc_b: str = "e9") -> list[dict]:
    a = _doc("d1", a_outlet, a_text)
    b = _doc("d2", "Paris Soir", b_text)
    e1 = Event(id="v1", type="ASSAULT", mode=None, summary="", location="e9", target=["e3"],
               date=EventDate(value=a_day, granularity="day"), mentions=[_ref(a, a.text)])
    e2 = Event(id="v2", type="ASSAULT", mode=None, summary="", location=loc_b, target=["e3"],
               date=EventDate(value=b_day, granularity="day"), mentions=[_ref(b, b.text)])
    return compare_sources({"d1": a, "d2": b}, [e1, e2], [], [])[0]


def test_compare_one_happening_dated_apart_is_a_date_dispute() -> None:
    disputes = _apart("Gunmen attacked the market of Gao on June 2, killing 14 people.",
                      "Gunmen attacked the market of Gao on June 3, killing 21 people.",
                      a_day="2024-06-02", b_day="2024-06-03")
    kinds = {d["kind"]: d for d in disputes}
    assert [v["value"] for v in kinds["date"]["values"]] == ["2024-06-02", "2024-06-03"]
    assert kinds["date"]["events"] == ["v1", "v2"]
    assert [v["value"] for v in kinds["number"]["values"]] == ["14", "21"]


@pytest.mark.parametrize(
    ("b_text", "b_day", "kw"),
    [
        ("Gunmen attacked the market of Gao on June 9, killing 21 people.", "2024-06-09", {}),  # a week apart
        ("Gunmen attacked the market of Gao on June 3, killing 21 people.", "2024-06-03", {"loc_b": "e7"}),
        ("Gunmen attacked the market of Gao on June 3, killing 21 people.", "2024-06-03",
         {"a_outlet": "Paris Soir"}),  # one outlet telling both: two attacks
        ("A court in Gao fined the market traders on June 3 over unpaid taxes.", "2024-06-03", {}),  # other words
    ],
)
def test_compare_events_dated_apart_that_are_not_one_happening(b_text: str, b_day: str, kw: dict) -> None:
    disputes = _apart("Gunmen attacked the market of Gao on June 2, killing 14 people.", b_text,
                      a_day="2024-06-02", b_day=b_day, **kw)
    assert disputes == []


def test_compare_claim_reported_with_different_amounts() -> None:
    a = _doc("d1", "Ankara Daily", "The World Bank said it would lend $40 million to the port. Work starts soon.")
    b = _doc("d2", "Paris Soir", "The World Bank said it would lend $25 million to the port.")
    c = _doc("d3", "Beijing Times", "The IMF said it would lend $10 million to the port.")
    claims = [
        Claim(id="c1", doc="d1", start=a.text.index("it would"), end=a.text.index(" Work") - 1,
              text="it would lend $40 million to the port", speaker="e1", speaker_text="World Bank", cue="said"),
        Claim(id="c2", doc="d2", start=b.text.index("it would"), end=len(b.text) - 1,
              text="it would lend $25 million to the port", speaker="e1", speaker_text="World Bank", cue="said"),
        Claim(id="c3", doc="d3", start=c.text.index("it would"), end=len(c.text) - 1,
              text="it would lend $10 million to the port", speaker="e2", speaker_text="IMF", cue="said"),
    ]
    (d,) = compare_sources({"d1": a, "d2": b, "d3": c}, [], claims, [])[0]
    assert d["kind"] == "number" and d["event"] is None and d["claims"] == ["c1", "c2"]
    assert [(v["value"], v["outlets"]) for v in d["values"]] == [
        ("25000000", ["Paris Soir"]), ("40000000", ["Ankara Daily"])
    ]
    # the evidence is the whole sentence, not only the claim's words
    assert d["values"][1]["evidence"][0]["text"] == "The World Bank said it would lend $40 million to the port."
