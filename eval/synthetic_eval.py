#!/usr/bin/env python3
"""Score a newsgraph JSON export of a generated benchmark corpus against the generator's manifest.

usage: python eval/synthetic_eval.py MANIFEST.jsonl EXPORT.json [--errors N]

    python benchmarks/generate.py 1000 /tmp/c/corpus --seed 7 --manifest /tmp/c/manifest.jsonl
    .venv/bin/newsgraph run /tmp/c/corpus -o /tmp/c/out
    .venv/bin/python eval/synthetic_eval.py /tmp/c/manifest.jsonl /tmp/c/out/newsgraph.json

The generated corpus (benchmarks/generate.py) knows what every article says:
its story, title, outlet, author and publication date, the people it names
(with the spelling and short form it used) and two events of the story's kind,
the main one and an earlier one of the same kind at another date. That makes
it a large, fully labelled check of the whole pipeline at scale, with the
traps of real news (transliterations, relative dates, a same-kind earlier
event, syndicated copies, sidebars). It is our own text, so it is no
substitute for the held-out real corpora, but a failure here is a real bug.

Reported:
- documents: title / outlet / author / publication date agreement;
- stories: B3 of the export's stories against the manifest's;
- people: B3 of PERSON entities against the manifest's people, over the
  mentions that spell one of the person's forms, with splits and merges;
- events: for each story's main and earlier event (where the article gives
  enough to date it), whether one export event of that PLOVER type carries
  that date in that story's documents, how many export events share it
  (fragments: one happening should be one event), and export events whose
  evidence mixes the main and the earlier happening (merges).
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter, defaultdict
from collections.abc import Iterable
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from coref_metrics import b_cubed


def _f1(p: float, r: float) -> float:
    return 2 * p * r / (p + r) if p + r else 0.0


def _name(source: str) -> str:
    return Path(source).name


def load(manifest: Path, export: Path) -> tuple[dict[str, dict[str, Any]], dict[str, Any]]:
    gold = {}
    for line in manifest.read_text(encoding="utf-8").splitlines():
        if line.strip():
            row = json.loads(line)
            gold[row["file"]] = row
    return gold, json.loads(export.read_text(encoding="utf-8"))


def doc_gold(gold: dict[str, dict[str, Any]], doc: dict[str, Any]) -> dict[str, Any] | None:
    """The manifest row of the file an export document was first read from."""
    return gold.get(_name(doc["source"]))


def score_documents(gold: dict[str, dict[str, Any]], docs: list[dict[str, Any]]) -> dict[str, Any]:
    out: Counter[str] = Counter()
    errors: list[str] = []
    for d in docs:
        g = doc_gold(gold, d)
        if g is None:
            out["unmatched"] += 1
            continue
        out["docs"] += 1
        out["title"] += d.get("title") == g["title"]
        outlet = g["outlet"]["name"] if isinstance(g["outlet"], dict) else g["outlet"]
        if d.get("outlet") == outlet:
            out["outlet"] += 1
        elif d.get("outlet"):
            out["outlet_wrong"] += 1
            errors.append(f"outlet {d['outlet']!r} for {outlet!r} in {g['file']}")
        if g["author"] is not None:
            out["author_gold"] += 1
            out["author"] += d.get("author") == g["author"]
        if g["published"] is None:
            out["undated_gold"] += 1
            if d.get("published"):  # the article gives no date: any date given is invented
                out["published_invented"] += 1
                errors.append(f"published {d['published']} for an undated article in {g['file']}")
            continue
        out["published_gold"] += 1
        if d.get("published") == g["published"]:
            out["published"] += 1
        elif d.get("published"):
            out["published_wrong"] += 1
            errors.append(f"published {d['published']} for {g['published']} in {g['file']}")
    return {"counts": out, "errors": errors}


def score_stories(gold: dict[str, dict[str, Any]], export: dict[str, Any]) -> tuple[float, float, float, int]:
    by_id = {d["id"]: d for d in export["documents"]}
    key: dict[int, set[str]] = defaultdict(set)
    for d in export["documents"]:
        g = doc_gold(gold, d)
        if g is not None:
            key[g["story"]].add(d["id"])
    known = {i for members in key.values() for i in members}
    response = [set(s["documents"]) & known for s in export["stories"]]
    placed = {i for members in response for i in members}
    response += [{i} for i in known - placed]  # a document in no story is a story of its own
    p, r = b_cubed(list(key.values()), [s for s in response if s])
    assert all(i in by_id for i in placed)
    return p, r, _f1(p, r), len(export["stories"])


def _forms(person: dict[str, Any]) -> set[str]:
    return {person["full"].casefold(), person["short"].casefold(), person["name"].casefold()}


def score_people(gold: dict[str, dict[str, Any]], export: dict[str, Any]) -> dict[str, Any]:
    """Each export PERSON mention that spells one of a gold person's forms in a document naming
    that person is one item: its gold cluster is the person, its response cluster the entity."""
    people_in: dict[str, list[dict[str, Any]]] = {}
    for d in export["documents"]:
        g = doc_gold(gold, d)
        if g is not None:
            people_in[d["id"]] = g["people"]
    key: dict[str, set[tuple[str, int]]] = defaultdict(set)
    response: dict[str, set[tuple[str, int]]] = defaultdict(set)
    persons_of: dict[str, set[str]] = defaultdict(set)
    entities_of: dict[str, set[str]] = defaultdict(set)
    for e in export["entities"]:
        if e.get("type") != "PERSON":
            continue
        for m in e["mentions"]:
            text = m["text"].casefold()
            for person in people_in.get(m["doc"], []):
                if text in _forms(person):
                    item = (m["doc"], m["start"])
                    key[person["name"]].add(item)
                    response[e["id"]].add(item)
                    persons_of[e["id"]].add(person["name"])
                    entities_of[person["name"]].add(e["id"])
    mentioned = {p["name"] for ps in people_in.values() for p in ps}
    if not key:
        return {"p": 0.0, "r": 0.0, "f1": 0.0, "people": len(mentioned), "found": 0, "split": [], "merged": []}
    p, r = b_cubed(list(key.values()), list(response.values()))
    names = {e["id"]: e["name"] for e in export["entities"]}
    return {"p": p, "r": r, "f1": _f1(p, r), "people": len(mentioned), "found": len(key),
            "split": sorted((n, sorted(names[i] for i in ids)) for n, ids in entities_of.items() if len(ids) > 1),
            "merged": sorted((names[e], sorted(ps)) for e, ps in persons_of.items() if len(ps) > 1)}


def _gold_events(gold: dict[str, dict[str, Any]], export: dict[str, Any]) -> dict[tuple[int, str], dict[str, Any]]:
    """(story, date) -> the gold event, with the export documents that report it datably."""
    found: dict[tuple[int, str], dict[str, Any]] = {}
    for d in export["documents"]:
        g = doc_gold(gold, d)
        if g is None:
            continue
        for ev in g["events"]:
            k = (g["story"], ev["date"])
            entry = found.setdefault(k, {"plover": ev["plover"], "earlier": bool(ev.get("earlier")),
                                         "docs": set(), "datable": set(), "texts": set()})
            entry["docs"].add(d["id"])
            entry["texts"].add(ev["text"])
            if ev.get("resolvable"):
                entry["datable"].add(d["id"])
    return found


def score_events(gold: dict[str, dict[str, Any]], export: dict[str, Any]) -> dict[str, Any]:
    events = _gold_events(gold, export)
    story_of = {}
    for d in export["documents"]:
        g = doc_gold(gold, d)
        if g is not None:
            story_of[d["id"]] = g["story"]
    out: Counter[str] = Counter()
    errors: list[str] = []
    for (story, date), g in sorted(events.items()):
        if not g["datable"]:
            continue
        kind = "earlier" if g["earlier"] else "main"
        out[f"{kind}_gold"] += 1
        hits = [v for v in export["events"] if v["type"] == g["plover"] and (v.get("date") or {}).get("value") == date
                and any(m["doc"] in g["docs"] for m in v["mentions"])]
        if hits:
            out[f"{kind}_found"] += 1
            out[f"{kind}_fragments"] += len(hits) - 1
            covered = {m["doc"] for v in hits for m in v["mentions"]} & g["datable"]
            out[f"{kind}_docs_gold"] += len(g["datable"])
            out[f"{kind}_docs_covered"] += len(covered)
        else:
            errors.append(f"no {g['plover']} event dated {date} in story {story} ({kind})")
    # merges: an export event whose evidence quotes both the main and the earlier date of one story
    for v in export["events"]:
        for story in sorted({story_of[m["doc"]] for m in v["mentions"] if m["doc"] in story_of}):
            dated = [(k, e) for k, e in events.items() if k[0] == story]
            main = [e for _, e in dated if not e["earlier"]]
            earlier = [e for _, e in dated if e["earlier"]]
            if not main or not earlier:
                continue
            texts = [m["text"] for m in v["mentions"] if story_of.get(m["doc"]) == story]
            has_main = any(t in s for s in texts for t in main[0]["texts"] if len(t) > 6)
            has_earlier = any(t in s for s in texts for t in earlier[0]["texts"] if len(t) > 6)
            if has_main and has_earlier:
                out["merges"] += 1
                errors.append(f"event {v['id']} ({v['type']}, {(v.get('date') or {}).get('value')}) mixes the "
                              f"main and the earlier event of story {story}")
                break
    out["output"] = len(export["events"])
    return {"counts": out, "errors": errors}


def _ratio(a: int, b: int) -> str:
    return f"{a}/{b} = {a / b:.3f}" if b else f"{a}/0"


def report(gold: dict[str, dict[str, Any]], export: dict[str, Any], n_errors: int) -> list[str]:
    lines = []
    docs = score_documents(gold, export["documents"])
    c = docs["counts"]
    lines.append(f"documents  {c['docs']} matched ({c['unmatched']} unmatched)  title {_ratio(c['title'], c['docs'])}  "
                 f"outlet {_ratio(c['outlet'], c['docs'])} (wrong {c['outlet_wrong']})  "
                 f"author {_ratio(c['author'], c['author_gold'])}  published {_ratio(c['published'], c['published_gold'])} "
                 f"(wrong {c['published_wrong']}, invented for {c['published_invented']} of {c['undated_gold']} undated)")
    p, r, f, n = score_stories(gold, export)
    lines.append(f"stories    B3 P {p:.3f} R {r:.3f} F1 {f:.3f}  ({n} stories, "
                 f"{len({g['story'] for g in gold.values()})} in the manifest)")
    people = score_people(gold, export)
    lines.append(f"people     B3 P {people['p']:.3f} R {people['r']:.3f} F1 {people['f1']:.3f}  found {people['found']}/"
                 f"{people['people']}  split {len(people['split'])}  merged {len(people['merged'])}")
    ev = score_events(gold, export)
    e = ev["counts"]
    lines.append(f"events     main found {_ratio(e['main_found'], e['main_gold'])} (docs covered "
                 f"{_ratio(e['main_docs_covered'], e['main_docs_gold'])}, fragments {e['main_fragments']})  "
                 f"earlier found {_ratio(e['earlier_found'], e['earlier_gold'])} (fragments {e['earlier_fragments']})  "
                 f"merges {e['merges']}  output {e['output']}")
    if n_errors:
        shown: Iterable[str] = [*docs["errors"], *(f"split person {n}: {ids}" for n, ids in people["split"]),
                                *(f"merged entity {n}: {ps}" for n, ps in people["merged"]), *ev["errors"]]
        lines += ["", *list(shown)[:n_errors]]
    return lines


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("manifest", type=Path)
    ap.add_argument("export", type=Path)
    ap.add_argument("--errors", type=int, default=0, help="print up to N error lines")
    args = ap.parse_args(argv)
    gold, export = load(args.manifest, args.export)
    print("\n".join(report(gold, export, args.errors)))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
