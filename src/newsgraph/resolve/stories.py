"""Stories: documents grouped by the real-world happening they report.

Two articles about two different earthquakes share most of their vocabulary
("quake", "magnitude", "rescue"); what separates them is the rare words: the
names of places and people, numbers, the day. So documents are compared by
TF-IDF cosine over words and resolved entities (rare features weigh most),
plus a bonus when they report the same resolved event. Candidate pairs come
from an inverted index over each document's most distinctive features
(blocking), never all pairs; clusters grow by centroid similarity so one
loose pair cannot chain two stories together.
"""

from __future__ import annotations

import math
import re
from collections import Counter, defaultdict
from collections.abc import Mapping, Sequence

from newsgraph.model import DocAnalysis, Document, Entity, Event, Story

__all__ = ["group_stories"]

# Calibrated on ECB+ topics 1-35 (eval/ecbplus_events.py; B3 F1 flat between 0.22 and 0.30).
MERGE_THRESHOLD = 0.25
CENTROID_THRESHOLD = 0.2
# Features kept per document for blocking: its most distinctive ones (judgement: 40 covers the
# names, places and numbers of a news article; more only adds pairs that never pass the threshold).
BLOCK_FEATURES = 40
# A feature in more than this share of documents is too common to block on.
MAX_BLOCK_DF = 0.2
SHARED_EVENT_BONUS = 0.3  # same resolved event in both: strong evidence of one story
ENTITY_WEIGHT = 2.0
NAME_WEIGHT = 3.0  # capitalised words and numbers (ECB+ calibration: 2-4 is flat)  # an entity id counts like two words (a name is more telling than a word)
WORD = re.compile(r"[^\W\d_][\w'’-]{2,}|\d{2,4}", re.UNICODE)
STOP = frozenset("""the and for that with was were are has have had this from said says its his her their they
them been will would could should about after before into than then there when where which while who whom
also more most other some such only over under between against during but not one two three new
year years day days week weeks month months time told according including just what can may might""".split())


def _features(doc: Document, ents: Sequence[str]) -> Counter[str]:
    words: Counter[str] = Counter()
    for m in WORD.finditer(f"{doc.title or ''}\n{doc.text}"):
        w = m.group(0)
        low = w.casefold()
        if low in STOP:
            continue
        # Names and numbers tell two similar stories apart; common words only tell the topic.
        words[low] += NAME_WEIGHT if (w[0].isupper() or w[0].isdigit()) and not _starts_sentence(m.string, m.start()) else 1.0
    for e in ents:
        words[f"\x00{e}"] += ENTITY_WEIGHT
    return words


def _starts_sentence(text: str, pos: int) -> bool:
    before = text[max(0, pos - 3):pos].rstrip(" \"'“‘(")
    return not before or before[-1] in ".!?\n"


def _vectors(feats: dict[str, Counter[str]]) -> tuple[dict[str, dict[str, float]], Counter[str]]:
    df: Counter[str] = Counter()
    for c in feats.values():
        df.update(c.keys())
    n = len(feats)
    vecs = {}
    for d, c in feats.items():
        v = {f: (1 + math.log(x)) * math.log((n + 1) / (df[f] + 0.5)) for f, x in c.items()}
        norm = math.sqrt(sum(w * w for w in v.values())) or 1.0
        vecs[d] = {f: w / norm for f, w in v.items()}
    return vecs, df


def _cos(a: Mapping[str, float], b: Mapping[str, float]) -> float:
    if len(a) > len(b):
        a, b = b, a
    return sum(w * b.get(f, 0.0) for f, w in a.items())


def _candidate_pairs(vecs: dict[str, dict[str, float]], df: Counter[str]) -> set[tuple[str, str]]:
    limit = max(2, int(MAX_BLOCK_DF * len(vecs)))
    index: dict[str, list[str]] = defaultdict(list)
    for d, v in vecs.items():
        top = sorted(v.items(), key=lambda fw: (-fw[1], fw[0]))[:BLOCK_FEATURES]
        for f, _ in top:
            if 2 <= df[f] <= limit:
                index[f].append(d)
    pairs = set()
    for docs in index.values():
        for i, a in enumerate(docs):
            for b in docs[i + 1:]:
                pairs.add((min(a, b), max(a, b)))
    return pairs


def _cluster(docs: list[str], vecs: dict[str, dict[str, float]], pair_sim: dict[tuple[str, str], float]) -> list[list[str]]:
    of = {d: d for d in docs}
    members = {d: [d] for d in docs}
    centroid = {d: dict(vecs[d]) for d in docs}
    for (a, b), sim in sorted(pair_sim.items(), key=lambda t: (-t[1], t[0])):
        if sim < MERGE_THRESHOLD:
            break
        ca, cb = of[a], of[b]
        if ca == cb:
            continue
        ua, ub = _unit(centroid[ca]), _unit(centroid[cb])
        if _cos(ua, ub) + (sim - _cos(vecs[a], vecs[b])) < CENTROID_THRESHOLD:
            continue
        keep, gone = sorted((ca, cb))
        for d in members.pop(gone):
            of[d] = keep
            members[keep].append(d)
        for f, w in centroid.pop(gone).items():
            centroid[keep][f] = centroid[keep].get(f, 0.0) + w
    return [sorted(m) for m in members.values()]


def _unit(v: Mapping[str, float]) -> dict[str, float]:
    norm = math.sqrt(sum(w * w for w in v.values())) or 1.0
    return {f: w / norm for f, w in v.items()}


def group_stories(documents: Mapping[str, Document], analyses: Sequence[DocAnalysis],
                  events: Sequence[Event], entities: Sequence[Entity]) -> list[Story]:
    """Stories with ids "s1", "s2" ... in order of their first document id."""
    doc_ents: dict[str, list[str]] = defaultdict(list)
    for e in entities:
        for m in e.mentions:
            doc_ents[m.doc].append(e.id)
    doc_events: dict[str, set[str]] = defaultdict(set)
    for ev in events:
        for m in ev.mentions:
            doc_events[m.doc].add(ev.id)
    ids = sorted(documents)
    vecs, df = _vectors({d: _features(documents[d], doc_ents[d]) for d in ids})
    pair_sim = {}
    for a, b in _candidate_pairs(vecs, df) | _event_pairs(doc_events):
        bonus = SHARED_EVENT_BONUS if doc_events[a] & doc_events[b] else 0.0
        pair_sim[(a, b)] = _cos(vecs[a], vecs[b]) + bonus
    groups = sorted(_cluster(ids, vecs, pair_sim), key=lambda g: g[0])
    stories = []
    for n, group in enumerate(groups, start=1):
        evs = sorted(set().union(*(doc_events[d] for d in group)), key=_num)
        stories.append(Story(id=f"s{n}", title=_title(group, documents, events, evs), documents=group, events=evs))
    return stories


def _event_pairs(doc_events: Mapping[str, set[str]]) -> set[tuple[str, str]]:
    by_event: dict[str, list[str]] = defaultdict(list)
    for d, evs in doc_events.items():
        for e in evs:
            by_event[e].append(d)
    return {(min(a, b), max(a, b)) for ds in by_event.values() for a in ds for b in ds if a != b}


def _num(eid: str) -> int:
    digits = "".join(ch for ch in eid if ch.isdigit())
    return int(digits) if digits else 0


def _title(group: list[str], documents: Mapping[str, Document], events: Sequence[Event], evs: list[str]) -> str:
    """The event reported by most of the story's documents, else the first document title."""
    by_id = {e.id: e for e in events}
    ranked = sorted(evs, key=lambda e: (-len({m.doc for m in by_id[e].mentions}), _num(e)))
    if ranked and len({m.doc for m in by_id[ranked[0]].mentions}) > 1:
        return by_id[ranked[0]].summary
    titles = [documents[d].title for d in group if documents[d].title]
    if titles:
        return titles[0]  # type: ignore[return-value]
    return (documents[group[0]].text.strip().split("\n", 1)[0])[:100]
