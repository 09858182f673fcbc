#!/usr/bin/env python3
"""ECB+ topics 1-35: story clustering (B3 F1) and event coreference (CoNLL F1).

usage: python eval/ecbplus_events.py [DATA_DIR] [--text-only] [--cache=FILE]
(default DATA_DIR: ../shared/data/ecbplus)

Stories: every article of ECB+ topics 1-35 goes through newsgraph's
per-document stages (sentences, mentions, events) and resolution (entities,
events, stories); gold stories are (topic, sub-topic): the ``ecb`` and
``ecbplus`` halves of a topic report two similar but different events and must
come out apart. ``--text-only`` skips the NLP and clusters on words alone.
``--cache=FILE`` pickles the per-document analyses to FILE on the first run and
reuses them afterwards, so that resolution can be iterated on in seconds.

Event coreference: over the gold ACTION mentions of the validated sentences
(ECBplus_coreference_sentences.csv), two mentions corefer when newsgraph put
their documents in the same story and their head lemmas are equal (the
standard same-lemma-within-cluster setting). Scored with MUC, B3 and CEAF-e;
CoNLL F1 is their mean. Reads the corpus only; writes nothing.
"""

from __future__ import annotations

import csv
import pickle
import re
import sys
import xml.etree.ElementTree as ET
from collections import defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))

from coref_metrics import b_cubed, ceaf_e, muc

from newsgraph.model import DocAnalysis, Document


def read_doc(path: Path) -> tuple[list[tuple[int, str]], dict[str, list[int]], dict[str, str]]:
    """Tokens (sentence, text), ACTION markables (m_id -> token indices), and m_id -> gold cluster."""
    root = ET.parse(path).getroot()
    tokens, tid_index = [], {}
    for i, t in enumerate(root.iter("token")):
        tokens.append((int(t.get("sentence", 0)), t.text or ""))
        tid_index[t.get("t_id")] = i
    actions: dict[str, list[int]] = {}
    for mk in root.find("Markables") or []:
        if "ACTION" in mk.tag and mk.findall("token_anchor"):
            actions[mk.get("m_id")] = [tid_index[a.get("t_id")] for a in mk.findall("token_anchor")]
    gold: dict[str, str] = {}
    for rel in root.find("Relations") or []:
        target = rel.find("target")
        key = rel.get("note") or f"{path.stem}:{target.get('m_id') if target is not None else rel.get('r_id')}"
        for s in rel.findall("source"):
            if s.get("m_id") in actions:
                gold[s.get("m_id")] = key
    return tokens, actions, gold


def detokenize(tokens: list[tuple[int, str]]) -> str:
    lines: dict[int, list[str]] = defaultdict(list)
    for s, w in tokens:
        lines[s].append(w)
    text = "\n".join(" ".join(ws) for _, ws in sorted(lines.items()))
    return re.sub(r" ([,.;:!?')])", r"\1", text)


def load(data: Path) -> tuple[dict[str, Document], dict[str, tuple[int, str]], dict]:
    docs, gold_story, raw = {}, {}, {}
    for topic_dir in sorted((p for p in data.iterdir() if p.is_dir() and p.name.isdigit()), key=lambda p: int(p.name)):
        if not 1 <= int(topic_dir.name) <= 35:
            continue
        for f in sorted(topic_dir.glob("*.xml")):
            tokens, actions, gold = read_doc(f)
            docs[f.stem] = Document(id=f.stem, source=str(f), text=detokenize(tokens))
            gold_story[f.stem] = (int(topic_dir.name), "ecbplus" if f.stem.endswith("ecbplus") else "ecb")
            raw[f.stem] = (tokens, actions, gold)
    return docs, gold_story, raw


def analyse(docs: dict[str, Document]) -> list[DocAnalysis]:
    from newsgraph.nlp import parse_many
    from newsgraph.pipeline.context import DocContext
    from newsgraph.stages.events import extract_events
    from newsgraph.stages.mentions import extract_mentions
    from newsgraph.stages.sentences import split_sentences

    out = []
    ids = sorted(docs)
    for did, sdoc in zip(ids, parse_many(docs[d].text for d in ids), strict=True):
        ctx = DocContext(docs[did], sdoc, DocAnalysis(doc_id=did))
        split_sentences(ctx)
        try:
            extract_mentions(ctx)
        except RecursionError:  # a mentions-stage bug on some inputs: measure events without mentions
            ctx.analysis.mentions, ctx.analysis.chains = [], []
            print(f"  mentions stage failed on {did}; continuing without mentions", file=sys.stderr)
        extract_events(ctx)
        out.append(ctx.analysis)
    return out


def cached_analyse(docs: dict[str, Document], cache: str | None) -> list[DocAnalysis]:
    if cache and Path(cache).exists():
        with open(cache, "rb") as fh:
            return pickle.load(fh)  # type: ignore[no-any-return]
    analyses = analyse(docs)
    if cache:
        with open(cache, "wb") as fh:
            pickle.dump(analyses, fh)
    return analyses


def stories(docs: dict[str, Document], text_only: bool, cache: str | None = None) -> dict[str, str]:
    from newsgraph.resolve.stories import group_stories

    if text_only:
        groups = group_stories(docs, [], [], [])
    else:
        from newsgraph.resolve.entities import resolve_entities
        from newsgraph.resolve.events import resolve_events

        analyses = cached_analyse(docs, cache)
        ents, chain_map = resolve_entities(analyses, docs)
        evs = resolve_events(analyses, docs, ents, chain_map)
        groups = group_stories(docs, analyses, evs, ents)
    return {d: s.id for s in groups for d in s.documents}


def clusters(assign: dict[str, object]) -> list[set[str]]:
    by: dict[object, set[str]] = defaultdict(set)
    for k, v in assign.items():
        by[v].add(k)
    return list(by.values())


def f1(p: float, r: float) -> float:
    return 2 * p * r / (p + r) if p + r else 0.0


def validated(data: Path) -> set[tuple[str, int]]:
    with open(data / "ECBplus_coreference_sentences.csv", newline="", encoding="utf-8") as fh:
        return {(f"{row['Topic']}_{row['File']}", int(row["Sentence Number"])) for row in csv.DictReader(fh)}


def event_coref(raw: dict, story_of: dict[str, str], keep: set[tuple[str, int]]) -> dict[str, float]:
    from newsgraph.nlp import load_nlp

    nlp = load_nlp(disable=("parser", "ner"))
    gold, pred, heads = {}, {}, {}
    for did, (tokens, actions, g) in raw.items():
        for mid, idx in actions.items():
            if (did, tokens[idx[0]][0]) not in keep:
                continue
            key = f"{did}:{mid}"
            gold[key] = g.get(mid, key)
            heads[key] = tokens[idx[-1]][1].lower()
    lemma = {w: d[0].lemma_.lower() for w, d in zip(sorted(set(heads.values())),
                                                      nlp.pipe(sorted(set(heads.values()))), strict=True)}
    for key, w in heads.items():
        pred[key] = (story_of.get(key.split(":")[0]), lemma[w])
    g, p = clusters(gold), clusters(pred)
    scores = {"MUC": f1(*muc(g, p)), "B3": f1(*b_cubed(g, p)), "CEAF-e": f1(*ceaf_e(g, p))}
    scores["CoNLL"] = sum(scores.values()) / 3
    scores["mentions"] = len(gold)
    return scores


def main(argv: list[str]) -> int:
    args = [a for a in argv if not a.startswith("--")]
    data = Path(args[0] if args else Path(__file__).resolve().parents[2] / "shared" / "data" / "ecbplus")
    docs, gold_story, raw = load(data)
    cache = next((a.split("=", 1)[1] for a in argv if a.startswith("--cache=")), None)
    story_of = stories(docs, "--text-only" in argv, cache)
    p, r = b_cubed(clusters(gold_story), clusters(story_of))  # type: ignore[arg-type]
    split_ok = sum(1 for t in {t for t, _ in gold_story.values()}
                   if not ({story_of[d] for d, s in gold_story.items() if s == (t, "ecb")}
                           & {story_of[d] for d, s in gold_story.items() if s == (t, "ecbplus")}))
    topics = len({t for t, _ in gold_story.values()})
    print(f"documents {len(docs)}  gold stories {len(set(gold_story.values()))}  predicted {len(set(story_of.values()))}")
    print(f"stories    B3 P {p:.3f} R {r:.3f} F1 {f1(p, r):.3f}   topics whose sub-topics share no story {split_ok}/{topics}")
    sc = event_coref(raw, story_of, validated(data))
    print(f"event coref ({sc['mentions']} gold action mentions, validated sentences): "
          f"MUC {sc['MUC']:.3f}  B3 {sc['B3']:.3f}  CEAF-e {sc['CEAF-e']:.3f}  CoNLL F1 {sc['CoNLL']:.3f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
