#!/usr/bin/env python3
"""PLOVER example sentences: event-type accuracy and actor text / country match.

usage: python eval/plover_eval.py [DATA_DIR] [--show N]   (default DATA_DIR: ../shared/data/plover)

Each of the 322 coded sentences (the DOCUMENT record is skipped) goes through
the sentences, mentions and events stages. The predicted event compared with
the gold one is the event whose trigger is one of the words the coder marked
(EVT: ...), else the first event of the sentence. The gold file follows an
older PLOVER draft; its names map onto the 2021 types newsgraph emits:
DEMAND -> REQUEST, DISAPPROVE -> ACCUSE, FIGHT -> ASSAULT, INVESTIGATE -> ACCUSE.
PLOVER codes statements of intent ("will provide aid") as AGREE; newsgraph codes
the act with modality "planned", so "type (intent as AGREE)" counts a planned
or hedged event as AGREE as well.

Actors: a gold source/target actor is matched when a predicted actor of the
same role shares its text (either contains the other, case-folded); its
country matches when the gold code is an ISO 3166 alpha-3 country code equal
to the predicted country's.
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))

import pycountry

from newsgraph.model import ActorRef, DocAnalysis, Document, EventMention

LEGACY = {"DEMAND": "REQUEST", "DISAPPROVE": "ACCUSE", "FIGHT": "ASSAULT", "INVESTIGATE": "ACCUSE"}


def analyse(texts: list[str]) -> list[DocAnalysis]:
    from newsgraph.nlp import parse_many
    from newsgraph.pipeline.context import DocContext
    from newsgraph.stages.events import extract_events
    from newsgraph.stages.mentions import extract_mentions
    from newsgraph.stages.sentences import split_sentences

    out = []
    for i, sdoc in enumerate(parse_many(texts)):
        ctx = DocContext(Document(id=f"p{i}", source="plover", text=texts[i]), sdoc, DocAnalysis(doc_id=f"p{i}"))
        split_sentences(ctx)
        extract_mentions(ctx)
        extract_events(ctx)
        out.append(ctx.analysis)
    return out


def evt_words(rec: dict) -> set[str]:
    info = rec.get("textInfo")
    markup = info.get("markup", "") if isinstance(info, dict) else str(info or "")
    return {w.casefold() for span in re.findall(r"\(EVT: ([^)]*)\)", markup) for w in span.split()}


def choose(events: list[EventMention], words: set[str]) -> EventMention | None:
    for ev in events:
        if ev.trigger.casefold() in words:
            return ev
    return events[0] if events else None


def iso3(country: str | None) -> str | None:
    if not country:
        return None
    try:
        return pycountry.countries.lookup(country).alpha_3  # type: ignore[no-any-return]
    except LookupError:
        return None


def gold_actors(rec: dict, role: str) -> list[dict]:
    val = rec.get(role) or []
    return val if isinstance(val, list) else []


def actor_scores(rec: dict, ev: EventMention | None, tally: dict[str, int]) -> None:
    for role in ("source", "target"):
        pred: list[ActorRef] = getattr(ev, role) if ev else []
        for g in gold_actors(rec, role):
            text = (g.get("actorText") or "").casefold()
            if not text:
                continue
            tally["actors"] += 1
            hit = [p for p in pred if text in p.text.casefold() or p.text.casefold() in text]
            tally["text_ok"] += bool(hit)
            code = g.get("code") or ""
            if len(code) == 3 and pycountry.countries.get(alpha_3=code):
                tally["country_gold"] += 1
                tally["country_ok"] += any(iso3(p.country) == code for p in pred)


def main(argv: list[str]) -> int:
    show = int(argv[argv.index("--show") + 1]) if "--show" in argv else 0
    args = [a for i, a in enumerate(argv) if not a.startswith("--") and (i == 0 or argv[i - 1] != "--show")]
    data = Path(args[0] if args else Path(__file__).resolve().parents[2] / "shared" / "data" / "plover")
    records = [r for r in json.loads((data / "PLOVER_GSR_CAMEO.parsed.json").read_text()) if r.get("event") != "DOCUMENT"]
    analyses = analyse([r["text"] for r in records])
    tally = {"n": 0, "found": 0, "type_ok": 0, "intent_ok": 0, "any_ok": 0, "actors": 0, "text_ok": 0,
             "country_gold": 0, "country_ok": 0}
    confusion: dict[tuple[str, str], int] = {}
    for rec, an in zip(records, analyses, strict=True):
        gold = LEGACY.get(rec["event"], rec["event"])
        ev = choose(an.events, evt_words(rec))
        tally["n"] += 1
        tally["found"] += ev is not None
        got = ev.type if ev else "-"
        tally["type_ok"] += got == gold
        intent = "AGREE" if ev and ev.modality in ("planned", "hedged") and gold == "AGREE" else got
        tally["intent_ok"] += intent == gold
        tally["any_ok"] += any(e.type == gold for e in an.events)
        confusion[(gold, got)] = confusion.get((gold, got), 0) + 1
        actor_scores(rec, ev, tally)
        if show and got != gold and show > 0:
            show -= 1
            print(f"  gold {gold:10} got {got:10} | {rec['text'][:120]}")
    n = tally["n"]
    print(f"sentences {n}  with an event {tally['found']} ({tally['found'] / n:.1%})")
    print(f"type accuracy {tally['type_ok'] / n:.1%}   (intent as AGREE {tally['intent_ok'] / n:.1%})   "
          f"gold type among any event of the sentence {tally['any_ok'] / n:.1%}")
    print(f"actor text match {tally['text_ok']}/{tally['actors']} ({tally['text_ok'] / max(1, tally['actors']):.1%})   "
          f"country match {tally['country_ok']}/{tally['country_gold']} "
          f"({tally['country_ok'] / max(1, tally['country_gold']):.1%})")
    worst = sorted(((c, g, p) for (g, p), c in confusion.items() if g != p), reverse=True)[:8]
    print("most frequent confusions (gold -> got):", ", ".join(f"{g}->{p} {c}" for c, g, p in worst))
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
