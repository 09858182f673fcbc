"""Stories: documents grouped by the real-world happening they report.

Two articles about two different earthquakes share most of their vocabulary
("quake", "magnitude", "rescue"); what separates them is the rare words: the
names of places and people, numbers, the day. So documents are compared by
TF-IDF cosine over words and resolved entities (rare features weigh most),
plus a bonus when they report the same resolved event.

Candidate pairs come from an inverted index over each document's most
distinctive features (blocking), never all pairs. Groups then grow by average
link: two groups merge only while the mean similarity over all their pairs of
documents (a pair that was never a candidate counts 0) stays above a
threshold, so one loose pair cannot chain two stories together; a document
left alone then joins its closest group if close enough. Documents whose
dates lie more than a year apart never share a story.
"""

from __future__ import annotations

import heapq
import math
import re
from collections import Counter, defaultdict
from collections.abc import Mapping, Sequence
from datetime import date

from newsgraph.model import DocAnalysis, Document, Entity, Event, Story

__all__ = ["group_stories"]

# Mean pair similarity two groups need to merge. Calibrated on ECB+ topics 1-35
# (eval/ecbplus_events.py --text-only and full; see docs/quality/events.md).
MERGE_THRESHOLD = 0.2
# The corpus is weighed as if it held this many more documents about other things: in a corpus
# of five articles about one story, the names they all share must still count (judgement).
BACKGROUND_DOCS = 20
# A document left alone joins the group it is closest to when its mean similarity to the group
# reaches this (ECB+ text-only: 0.05-0.12 flat; it only adds documents, it never joins groups).
STRAY_THRESHOLD = 0.1
# Documents dated further apart than this are not one story (judgement: a story can run
# for months, as talks or a trial do; a year later it is a new happening).
MAX_SPAN_DAYS = 366
# Features kept per document for blocking: its most distinctive ones (judgement: 40 covers the
# names, places and numbers of a news article; more only adds pairs that never pass the threshold).
BLOCK_FEATURES = 40
# A feature in more than this share of documents is too common to block on ...
MAX_BLOCK_DF = 0.2
# ... unless the corpus is small: a feature in up to this many documents always blocks (few pairs).
MIN_BLOCK_LIMIT = 50
# ... and never more than this many documents, whatever the corpus size: a block of n documents
# makes n*(n-1)/2 pairs, so an uncapped share would make story grouping quadratic at 10 000 articles.
MAX_BLOCK_DOCS = 250
SHARED_EVENT_BONUS = 0.3  # same resolved event in both: strong evidence of one story
ENTITY_WEIGHT = 2.0  # an entity id counts like two words (a name is more telling than a word)
NAME_WEIGHT = 3.0  # capitalised words and numbers (ECB+ calibration: 2-4 is flat)
WORD = re.compile(r"[^\W\d_][\w'’-]{2,}|\d{2,4}", re.UNICODE)
_STOP_WORDS = """the and for that with was were are has have had this from said says its his her their they
them been will would could should about after before into than then there when where which while who whom
also more most other some such only over under between against during but not one two three new
year years day days week weeks month months time told according including just what can may might"""
STOP = frozenset(_STOP_WORDS.split())


def _features(doc: Document, ents: Sequence[str]) -> dict[str, float]:
    words: dict[str, float] = defaultdict(float)
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


def _vectors(feats: Mapping[str, Mapping[str, float]]) -> tuple[dict[str, dict[str, float]], Counter[str]]:
    df: Counter[str] = Counter()
    for c in feats.values():
        df.update(c.keys())
    n = len(feats) + BACKGROUND_DOCS
    vecs = {}
    for d, c in feats.items():
        v = {f: (1 + math.log(x)) * math.log(n / (df[f] + 0.5)) for f, x in c.items()}
        norm = math.sqrt(sum(w * w for w in v.values())) or 1.0
        vecs[d] = {f: w / norm for f, w in v.items()}
    return vecs, df


def _cosines(vecs: Mapping[str, Mapping[str, float]], pairs: Sequence[tuple[str, str]]) -> list[float]:
    """Cosine of every pair (the vectors are unit length, so a dot product), computed as
    row-wise products of one sparse matrix instead of a Python loop over each pair's features."""
    if not pairs:
        return []
    import numpy as np
    from scipy import sparse

    row_of = {d: i for i, d in enumerate(vecs)}
    col_of: dict[str, int] = {}
    rows, cols, vals = [], [], []
    for d, v in vecs.items():
        for f, w in v.items():
            rows.append(row_of[d])
            cols.append(col_of.setdefault(f, len(col_of)))
            vals.append(w)
    matrix = sparse.csr_matrix((vals, (rows, cols)), shape=(len(row_of), max(1, len(col_of))))
    out: list[float] = []
    for start in range(0, len(pairs), 20000):  # bounded memory on large corpora
        chunk = pairs[start:start + 20000]
        left = matrix[np.fromiter((row_of[a] for a, _ in chunk), dtype=np.int64)]
        right = matrix[np.fromiter((row_of[b] for _, b in chunk), dtype=np.int64)]
        out.extend(float(x) for x in np.asarray(left.multiply(right).sum(axis=1)).ravel())
    return out


def _candidate_pairs(vecs: dict[str, dict[str, float]], df: Counter[str]) -> set[tuple[str, str]]:
    limit = max(MIN_BLOCK_LIMIT, min(MAX_BLOCK_DOCS, int(MAX_BLOCK_DF * len(vecs))))
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


Span = tuple[int | None, int | None]  # (written on or after, written on or before) as day ordinals


def _dates(doc: Document, analysis: DocAnalysis | None) -> Span:
    """The days a document was written between: its publication date, else the interval its content gives."""
    if doc.published:
        lo = hi = doc.published
    elif doc.published_range:
        lo, hi = doc.published_range[0], doc.published_range[-1]
    elif analysis is not None and analysis.inferred_date and analysis.inferred_date.get("range"):
        lo, hi = analysis.inferred_date["range"][0], analysis.inferred_date["range"][-1]
    else:
        return None, None
    return _day(lo, first=True), _day(hi, first=False)


def _day(value: str | None, *, first: bool) -> int | None:
    """A day ordinal for an ISO date, month or year (its first or last day); None if unreadable."""
    if not value:
        return None
    parts = value[:10].split("-")
    try:
        y = int(parts[0])
        m = int(parts[1]) if len(parts) > 1 else (1 if first else 12)
        d = int(parts[2]) if len(parts) > 2 else (1 if first else 28)
        return date(y, m, d).toordinal()
    except (ValueError, IndexError):
        return None


def _average_link(docs: list[str], pair_sim: dict[tuple[str, str], float], dates: Mapping[str, Span]) -> list[list[str]]:
    """Average-link agglomeration over the sparse graph of candidate pairs (absent pairs count 0).

    Two groups never merge when their documents' dates lie more than MAX_SPAN_DAYS apart.
    """
    size = {d: 1 for d in docs}
    members = {d: [d] for d in docs}
    # Per group: the latest day some member was written on or after, and the earliest some was written by.
    late = {d: dates[d][0] for d in docs}
    early = {d: dates[d][1] for d in docs}
    link: dict[str, dict[str, float]] = defaultdict(dict)  # group -> group -> summed similarity
    for (a, b), sim in pair_sim.items():
        link[a][b] = link[b][a] = sim
    # Only links at or above the threshold go on the heap: the loop stops at the first one below it,
    # and a link can only rise when one of its groups changes, which pushes it again.
    heap = [(-s / (size[a] * size[b]), a, b) for a in link for b, s in link[a].items()
            if a < b and s / (size[a] * size[b]) >= MERGE_THRESHOLD]
    heapq.heapify(heap)
    while heap:
        neg, a, b = heapq.heappop(heap)
        if -neg < MERGE_THRESHOLD:
            break
        if a not in members or b not in members or b not in link[a] \
                or abs(link[a][b] / (size[a] * size[b]) + neg) > 1e-12:
            continue  # stale entry: one of the groups has grown since
        lo = max((x for x in (late[a], late[b]) if x is not None), default=None)
        hi = min((x for x in (early[a], early[b]) if x is not None), default=None)
        if lo is not None and hi is not None and lo - hi > MAX_SPAN_DAYS:
            continue  # merging more members later can only widen the span: this pair stays apart
        keep, gone = sorted((a, b))
        late[keep], early[keep] = lo, hi
        members[keep].extend(members.pop(gone))
        size[keep] += size.pop(gone)
        for c, s in link.pop(gone).items():
            del link[c][gone]
            if c != keep:
                link[keep][c] = link[c][keep] = link[keep].get(c, 0.0) + s
        for c, s in link[keep].items():
            if s / (size[keep] * size[c]) >= MERGE_THRESHOLD:
                heapq.heappush(heap, (-s / (size[keep] * size[c]), min(keep, c), max(keep, c)))
    _attach_strays(members, link, size, late, early)
    return [sorted(m) for m in members.values()]


def _attach_strays(members: dict[str, list[str]], link: dict[str, dict[str, float]], size: dict[str, int],
                   late: dict[str, int | None], early: dict[str, int | None]) -> None:
    """A document left alone joins the group it is closest to on average, if close enough."""
    for d in sorted(g for g in members if size[g] == 1):
        best = max(((s / size[c], c) for c, s in link.get(d, {}).items() if size[c] > 1 and c in members),
                   default=None)
        if best is None or best[0] < STRAY_THRESHOLD:
            continue
        c = best[1]
        lo = max((x for x in (late[d], late[c]) if x is not None), default=None)
        hi = min((x for x in (early[d], early[c]) if x is not None), default=None)
        if lo is not None and hi is not None and lo - hi > MAX_SPAN_DAYS:
            continue
        members[c].extend(members.pop(d))
        late[c], early[c] = lo, hi


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
    by_doc = {a.doc_id: a for a in analyses}
    ids = sorted(documents)
    vecs, df = _vectors({d: _features(documents[d], doc_ents[d]) for d in ids})
    pairs = sorted(_candidate_pairs(vecs, df) | _event_pairs(doc_events))
    pair_sim = {}
    for (a, b), sim in zip(pairs, _cosines(vecs, pairs), strict=True):
        bonus = SHARED_EVENT_BONUS if doc_events[a] & doc_events[b] else 0.0
        pair_sim[(a, b)] = sim + bonus
    dates = {d: _dates(documents[d], by_doc.get(d)) for d in ids}
    groups = sorted(_average_link(ids, pair_sim, dates), key=lambda g: g[0])
    stories = []
    for n, group in enumerate(groups, start=1):
        evs = sorted(set().union(*(doc_events[d] for d in group)), key=_num)
        stories.append(Story(id=f"s{n}", title=_title(group, documents, events, evs), documents=group, events=evs))
    return stories


def _event_pairs(doc_events: Mapping[str, set[str]]) -> set[tuple[str, str]]:
    """Documents reporting one resolved event are compared.

    An event told by more than MAX_BLOCK_DOCS documents is treated like a too-common
    word: its documents are compared through their other features (where the shared
    event still earns its bonus), not all pairs with all, which would be quadratic in
    the size of the biggest story.
    """
    by_event: dict[str, list[str]] = defaultdict(list)
    for d, evs in doc_events.items():
        for e in evs:
            by_event[e].append(d)
    return {(min(a, b), max(a, b)) for ds in by_event.values() if len(ds) <= MAX_BLOCK_DOCS
            for a in ds for b in ds if a != b}


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
