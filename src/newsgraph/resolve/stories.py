"""Stories: documents grouped by the real-world happening they report.

Two articles about two different earthquakes share most of their vocabulary
("quake", "magnitude", "rescue"); what separates them is the rare words: the
names of places and people, numbers, the day. So documents are compared by
TF-IDF cosine over words and resolved entities (rare features weigh most),
plus a bonus when they report the same resolved, dated event.

Candidate pairs come from an inverted index over each document's most
distinctive features (blocking), never all pairs. Groups then grow by average
link: two groups merge only while the mean similarity over all their pairs of
documents (a pair that was never a candidate counts 0) stays above a
threshold, so one loose pair cannot chain two stories together; a document
left alone then joins its closest group if close enough. The word similarity
of documents written weeks apart is weighed down (the same actors, a new
happening), and documents whose dates lie more than a year apart never share
a story.
"""

from __future__ import annotations

import contextlib
import heapq
import logging
import math
import re
from collections import Counter, defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

import numpy as np
from scipy import sparse

from newsgraph.model import DocAnalysis, Document, Entity, Event, Story

__all__ = ["StoryWorker", "group_stories", "story_inputs"]

log = logging.getLogger(__name__)

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
# Pairs per sparse product: each chunk materialises both rows of every pair (hundreds of features
# each), so a smaller chunk bounds the memory at a small cost in speed.
PAIR_CHUNK = 4000
# Documents written further apart than this report, more and more likely, different happenings
# among the same actors (a call in April, an accusation in March): past it, their word similarity
# is divided by 1 + (gap - GRACE) / DECAY. Judgement: a happening is reported within days and
# followed up for a week or two; an article a month later about the same people is mostly about
# something new (it still joins when it shares a dated event, whose bonus is not decayed).
DATE_GRACE_DAYS = 14
DATE_DECAY_DAYS = 30
# Average link drops the entries of merged-away groups from its heap when it outgrows this, or
# twice its size after the last clean-up (amortised: each entry is looked at a few times at most).
COMPACT_HEAP_MIN = 50_000
SHARED_EVENT_BONUS = 0.3  # same resolved event in both: strong evidence of one story
ENTITY_WEIGHT = 2.0  # an entity id counts like two words (a name is more telling than a word)
NAME_WEIGHT = 3.0  # capitalised words and numbers (ECB+ calibration: 2-4 is flat)
WORD = re.compile(r"[^\W\d_][\w'’-]{2,}|\d{2,4}", re.UNICODE)
_STOP_WORDS = """the and for that with was were are has have had this from said says its his her their they
them been will would could should about after before into than then there when where which while who whom
also more most other some such only over under between against during but not one two three new
year years day days week weeks month months time told according including just what can may might"""
STOP = frozenset(_STOP_WORDS.split())


def _text(doc: Document) -> str:
    return f"{doc.title or ''}\n{doc.text}"


def _word_features(text: str) -> dict[str, float]:
    """A document's words, names and numbers with their weights (entities are added later)."""
    words: dict[str, float] = defaultdict(float)
    for m in WORD.finditer(text):
        w = m.group(0)
        low = w.casefold()
        if low in STOP:
            continue
        # Names and numbers tell two similar stories apart; common words only tell the topic.
        words[low] += NAME_WEIGHT if (w[0].isupper() or w[0].isdigit()) and not _starts_sentence(m.string, m.start()) else 1.0
    return words


def _add_entities(words: dict[str, float], ents: Sequence[str]) -> dict[str, float]:
    for e in ents:
        words[f"\x00{e}"] += ENTITY_WEIGHT
    return words


def _starts_sentence(text: str, pos: int) -> bool:
    before = text[max(0, pos - 3):pos].rstrip(" \"'“‘(")
    return not before or before[-1] in ".!?\n"


def _vectors(feats: list[dict[str, float]]) -> tuple[list[dict[str, float]], Counter[str]]:
    """Unit-length TF-IDF vectors, one per document, in the order given.

    The feature counts are turned into weights in place: on a large corpus these
    dicts are most of story grouping's memory, and a copy would double it.
    """
    df: Counter[str] = Counter()
    for c in feats:
        df.update(c.keys())
    n = len(feats) + BACKGROUND_DOCS
    # Each feature's idf and each count's tf once, not once per occurrence: the same floats.
    idf = {f: math.log(n / (k + 0.5)) for f, k in df.items()}
    tf: dict[float, float] = {}
    for c in feats:
        for f, x in c.items():
            t = tf.get(x)
            if t is None:
                t = tf[x] = 1 + math.log(x)
            c[f] = t * idf[f]
        norm = math.sqrt(sum(w * w for w in c.values())) or 1.0
        for f, w in c.items():
            c[f] = w / norm
    return feats, df


def _matrix(rows: Sequence[Mapping[str, float]] | Sequence[set[str]]) -> sparse.csr_matrix:
    """Documents x features as a sparse matrix (a set of features gives weights of 1)."""
    col_of: dict[str, int] = {}
    indptr, cols, vals = [0], [], []
    for row in rows:
        items = row.items() if isinstance(row, Mapping) else ((f, 1.0) for f in sorted(row))
        for f, w in items:
            cols.append(col_of.setdefault(f, len(col_of)))
            vals.append(w)
        indptr.append(len(cols))
    return sparse.csr_matrix((np.asarray(vals, dtype=np.float64), np.asarray(cols, dtype=np.int64),
                              np.asarray(indptr, dtype=np.int64)), shape=(len(rows), max(1, len(col_of))))


def _row_dots(matrix: sparse.csr_matrix, lo: np.ndarray, hi: np.ndarray) -> np.ndarray:
    """Dot product of rows ``lo[k]`` and ``hi[k]`` for every k (a cosine for unit vectors), as
    row-wise products of the sparse matrix in bounded chunks instead of a Python loop per pair."""
    out = np.zeros(len(lo), dtype=np.float64)
    for start in range(0, len(lo), PAIR_CHUNK):
        end = start + PAIR_CHUNK
        left, right = matrix[lo[start:end]], matrix[hi[start:end]]
        out[start:end] = np.asarray(left.multiply(right).sum(axis=1)).ravel()
    return out


def _feature_blocks(vecs: Sequence[Mapping[str, float]], df: Counter[str]) -> list[list[int]]:
    """Documents (by position) sharing one of their most distinctive features, per feature."""
    limit = max(MIN_BLOCK_LIMIT, min(MAX_BLOCK_DOCS, int(MAX_BLOCK_DF * len(vecs))))
    index: dict[str, list[int]] = defaultdict(list)
    for d, v in enumerate(vecs):
        top = sorted(v.items(), key=lambda fw: (-fw[1], fw[0]))[:BLOCK_FEATURES]
        for f, _ in top:
            if 2 <= df[f] <= limit:
                index[f].append(d)
    return list(index.values())


def _event_blocks(doc_events: Sequence[set[str]]) -> list[list[int]]:
    """Documents (by position) reporting one resolved event, per event.

    An event told by more than MAX_BLOCK_DOCS documents is treated like a too-common
    word: its documents are compared through their other features (where the shared
    event still earns its bonus), not all pairs with all, which would be quadratic in
    the size of the biggest story.
    """
    by_event: dict[str, list[int]] = defaultdict(list)
    for d, evs in enumerate(doc_events):
        for e in evs:
            by_event[e].append(d)
    return [ds for ds in by_event.values() if 2 <= len(ds) <= MAX_BLOCK_DOCS]


def _pairs(blocks: Sequence[Sequence[int]], n: int) -> tuple[np.ndarray, np.ndarray]:
    """Every pair (lo < hi) of positions sharing a block, once, sorted: two integer arrays, since
    a corpus of 10 000 articles has millions of candidate pairs and tuples of ids would weigh GBs."""
    unique = np.zeros(0, dtype=np.int64)
    pending: list[np.ndarray] = []
    waiting = 0
    for block in blocks:
        members = _sorted_unique(np.asarray(block, dtype=np.int64))
        i, j = np.triu_indices(len(members), k=1)
        pending.append(members[i] * n + members[j])
        waiting += len(i)
        if waiting > 4 * len(unique) + 1_000_000:  # fold in now and then: duplicates never pile up
            unique, pending, waiting = _sorted_unique(np.concatenate([unique, *pending])), [], 0
    unique = _sorted_unique(np.concatenate([unique, *pending]))
    return (unique // max(n, 1)).astype(np.int32), (unique % max(n, 1)).astype(np.int32)


def _sorted_unique(values: np.ndarray) -> np.ndarray:
    """The distinct values, ascending: what ``np.unique`` returns, by a sort and one comparison.
    numpy 2's ``np.unique`` hashes first and sorts after, ten times slower on millions of pair keys."""
    if len(values) == 0:
        return values
    ordered = np.sort(values)
    keep = np.empty(len(ordered), dtype=bool)
    keep[0] = True
    np.not_equal(ordered[1:], ordered[:-1], out=keep[1:])
    return ordered[keep]


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


def _links(n: int, lo: np.ndarray, hi: np.ndarray, sims: np.ndarray) -> list[dict[int, float]]:
    """Per position, its candidate partners (ascending) -> similarity, built from two sorted numpy
    arrays instead of two dict insertions per pair (millions of pairs at 10 000 articles)."""
    node = np.concatenate([hi, lo])
    order = np.argsort(node, kind="stable")  # pairs come sorted by (lo, hi): partners stay ascending
    other = np.concatenate([lo, hi])[order]
    sim = np.concatenate([sims, sims])[order]
    bounds = np.searchsorted(node[order], np.arange(n + 1)).tolist()
    # One int object per position, shared by every link naming it: ``tolist`` makes a new object per
    # element, and millions of duplicate keys were a hundred MB at 10 000 articles.
    ints = list(range(n))
    at = ints.__getitem__
    return [dict(zip(map(at, other[bounds[d]:bounds[d + 1]].tolist()), sim[bounds[d]:bounds[d + 1]].tolist(),
                     strict=True)) for d in range(n)]


def _average_link(n: int, lo: np.ndarray, hi: np.ndarray, sims: np.ndarray,
                  dates: Sequence[Span]) -> list[list[int]]:
    """Average-link agglomeration over the sparse graph of candidate pairs (absent pairs count 0).

    Groups are named by their smallest member position. Two groups never merge when
    their documents' dates lie more than MAX_SPAN_DAYS apart.
    """
    size = [1] * n  # per live group (stale for merged-away positions, which are never read again)
    members = {d: [d] for d in range(n)}
    # Per group: the latest day some member was written on or after, and the earliest some was written by.
    late = [d[0] for d in dates]
    early = [d[1] for d in dates]
    link = _links(n, lo, hi, sims)  # group -> group -> summed similarity
    # Only links at or above the threshold are candidates: the loop stops at the first one below it,
    # and a link only rises when a merge brings the other group's links, which pushes it again.
    # Every live entry is exact or an upper bound, so the first exact entry popped is the best link.
    # The initial links come from one sorted list (a numpy sort, then a cursor) and only the pushed
    # ones from a heap: popping millions of tuples off one heap was most of the grouping's time.
    # Both are ordered by (-link, a, b) and the smaller head goes first, as one heap would have it.
    keep_at = sims >= MERGE_THRESHOLD
    s_neg, s_lo, s_hi = -sims[keep_at], lo[keep_at], hi[keep_at]
    order = np.lexsort((s_hi, s_lo, s_neg))
    first_neg = s_neg[order].tolist()
    at = list(range(n)).__getitem__  # the positions' shared int objects (see _links)
    first_a, first_b = list(map(at, s_lo[order].tolist())), list(map(at, s_hi[order].tolist()))
    del s_neg, s_lo, s_hi, order
    pushed: list[tuple[float, int, int]] = []
    push, pop = heapq.heappush, heapq.heappop
    threshold = MERGE_THRESHOLD
    cursor, n_first = 0, len(first_neg)
    compact_at = COMPACT_HEAP_MIN
    while True:
        if cursor < n_first:
            a, b = first_a[cursor], first_b[cursor]
            if a not in members or b not in members:
                cursor += 1  # a group merged away never comes back: skipping it now or later is the same
                continue
            neg = first_neg[cursor]
            if pushed and pushed[0] < (neg, a, b):
                neg, a, b = pop(pushed)
            else:
                cursor += 1
        elif pushed:
            neg, a, b = pop(pushed)
        else:
            break
        if -neg < threshold:
            break
        if a not in members or b not in members:
            continue  # one of the groups is gone
        link_a = link[a]
        if b not in link_a:
            continue
        now = link_a[b] / (size[a] * size[b])
        if abs(now + neg) > 1e-12:  # one of the groups has grown since: its mean link fell
            if now >= threshold:
                push(pushed, (-now, a, b))
            continue
        lo_day = _later(late[a], late[b])
        hi_day = _earlier(early[a], early[b])
        if lo_day is not None and hi_day is not None and lo_day - hi_day > MAX_SPAN_DAYS:
            continue  # merging more members later can only widen the span: this pair stays apart
        keep, gone = (a, b) if a < b else (b, a)
        late[keep], early[keep] = lo_day, hi_day
        members[keep].extend(members.pop(gone))
        size[keep] = size_keep = size[keep] + size[gone]
        link_keep, gone_links = link[keep], link[gone]
        link[gone] = {}
        for c, s in gone_links.items():
            link_c = link[c]
            del link_c[gone]
            if c != keep:
                link_keep[c] = link_c[keep] = total = link_keep.get(c, 0.0) + s
                # Only the links ``gone`` brought can have risen; the others fell (a bigger group,
                # the same sum) and their heap entries are bounds from above, refreshed when popped.
                mean = total / (size_keep * size[c])
                if mean >= threshold:
                    push(pushed, (-mean, keep, c) if keep < c else (-mean, c, keep))
        if len(pushed) > compact_at:
            # Most pushed entries name a group merged away before they come up, and popping one costs
            # a pass down the heap: drop them all at once now and then (the rest pop in the same order).
            pushed = [e for e in pushed if e[1] in members and e[2] in members]
            heapq.heapify(pushed)
            compact_at = max(COMPACT_HEAP_MIN, 2 * len(pushed))
    _attach_strays(members, link, size, late, early)
    return [sorted(m) for m in members.values()]


def _later(x: int | None, y: int | None) -> int | None:
    """The later of two days, either of which may be unknown (None when both are)."""
    return x if y is None else y if x is None else max(x, y)


def _earlier(x: int | None, y: int | None) -> int | None:
    """The earlier of two days, either of which may be unknown (None when both are)."""
    return x if y is None else y if x is None else min(x, y)


def _attach_strays(members: dict[int, list[int]], link: Sequence[dict[int, float]], size: Sequence[int],
                   late: list[int | None], early: list[int | None]) -> None:
    """A document left alone joins the group it is closest to on average, if close enough."""
    for d in sorted(g for g in members if size[g] == 1):
        best = max(((s / size[c], c) for c, s in link[d].items() if size[c] > 1 and c in members),
                   default=None)
        if best is None or best[0] < STRAY_THRESHOLD:
            continue
        c = best[1]
        lo = _later(late[d], late[c])
        hi = _earlier(early[d], early[c])
        if lo is not None and hi is not None and lo - hi > MAX_SPAN_DAYS:
            continue
        members[c].extend(members.pop(d))
        late[c], early[c] = lo, hi


@dataclass
class StoryInputs:
    """What story grouping reads of the corpus besides its events, as plain lists (one item per
    document, in id order) that are cheap to hand to another process."""

    ids: list[str]
    texts: list[str]  # title and body
    dates: list[Span]


def story_inputs(documents: Mapping[str, Document], analyses: Sequence[DocAnalysis]) -> StoryInputs:
    by_doc = {a.doc_id: a for a in analyses}
    ids = sorted(documents)
    return StoryInputs(ids, [_text(documents[d]) for d in ids], [_dates(documents[d], by_doc.get(d)) for d in ids])


def entity_lists(ids: Sequence[str], entities: Sequence[Entity]) -> list[list[str]]:
    """Per document (in the order of ``ids``), the resolved entity of each of its mentions."""
    doc_ents: dict[str, list[str]] = defaultdict(list)
    for e in entities:
        for m in e.mentions:
            doc_ents[m.doc].append(e.id)
    return [doc_ents.get(d, []) for d in ids]


def events_by_document(events: Sequence[Event], *, dated_only: bool = False) -> dict[str, set[str]]:
    """Document id -> ids of the events it reports; with ``dated_only``, only events with a date.

    Grouping reads the dated ones only: a shared undated event is often a stock sentence
    ("the UN urged both sides to show restraint") that recurs across unrelated stories, and
    its bonus alone would join them; a shared dated happening is the evidence of one story."""
    doc_events: dict[str, set[str]] = defaultdict(set)
    for ev in events:
        if dated_only and not ev.date.value:
            continue
        for m in ev.mentions:
            doc_events[m.doc].add(ev.id)
    return doc_events


@dataclass
class _Prepared:
    """The event-independent part of grouping: the documents' vectors as a matrix, and the pairs
    sharing a distinctive feature with their cosines (most pairs; events add a few)."""

    matrix: sparse.csr_matrix
    lo: np.ndarray
    hi: np.ndarray
    dots: np.ndarray


def _prepare(words: list[dict[str, float]], ents: Sequence[Sequence[str]]) -> _Prepared:
    """From each document's word features (used up: they become its vector) and its entities."""
    vecs, df = _vectors([_add_entities(w, e) for w, e in zip(words, ents, strict=True)])
    words.clear()  # the caller's list must not keep the dicts alive: they are most of the memory
    lo, hi = _pairs(_feature_blocks(vecs, df), len(vecs))
    matrix = _matrix(vecs)
    del vecs
    return _Prepared(matrix, lo, hi, _row_dots(matrix, lo, hi))


def _group(inputs: StoryInputs, prepared: _Prepared, events_of: Sequence[set[str]]) -> list[list[int]]:
    """Groups of document positions, once the events of each document are known.

    The pairs that only share an event join the feature pairs, in the one sorted order
    ``_pairs`` over all blocks would give, each with the cosine computed the same way.
    """
    n = len(inputs.ids)
    ev_lo, ev_hi = _pairs(_event_blocks(events_of), n)
    known = prepared.lo.astype(np.int64) * n + prepared.hi
    extra = ev_lo.astype(np.int64) * n + ev_hi
    fresh = ~np.isin(extra, known, assume_unique=True)
    order = np.argsort(np.concatenate([known, extra[fresh]]), kind="stable")
    lo = np.concatenate([prepared.lo, ev_lo[fresh]])[order]
    hi = np.concatenate([prepared.hi, ev_hi[fresh]])[order]
    dots = np.concatenate([prepared.dots, _row_dots(prepared.matrix, ev_lo[fresh], ev_hi[fresh])])[order]
    del known, extra, fresh, order, prepared.matrix
    shared_event = _row_dots(_matrix(events_of), lo, hi) > 0
    sims = dots * _date_factor(inputs.dates, lo, hi) + np.where(shared_event, SHARED_EVENT_BONUS, 0.0)
    del shared_event, dots
    return _average_link(n, lo, hi, sims, inputs.dates)


def _date_factor(dates: Sequence[Span], lo: np.ndarray, hi: np.ndarray) -> np.ndarray:
    """Per pair, the factor its word similarity is weighed by for the days between the two
    documents: 1 up to DATE_GRACE_DAYS apart (or when either date is unknown), then falling.

    The gap is the least number of days the two documents' spans allow (0 when they
    overlap), so a document dated only to a month or a year is given the benefit of the doubt."""
    start = np.array([d[0] if d[0] is not None and d[1] is not None else np.nan for d in dates], dtype=np.float64)
    end = np.array([d[1] if d[0] is not None and d[1] is not None else np.nan for d in dates], dtype=np.float64)
    gap = np.maximum(start[lo], start[hi]) - np.minimum(end[lo], end[hi])
    over = np.nan_to_num(gap - DATE_GRACE_DAYS, nan=0.0).clip(min=0.0)
    factor: np.ndarray = 1.0 / (1.0 + over / DATE_DECAY_DAYS)
    return factor


def _stories(groups: list[list[int]], ids: Sequence[str], documents: Mapping[str, Document],
             doc_events: Mapping[str, set[str]], events: Sequence[Event]) -> list[Story]:
    """Stories with ids "s1", "s2" ... in order of their first document id."""
    named = sorted(([ids[i] for i in g] for g in groups), key=lambda g: g[0])
    stories = []
    by_id = {e.id: e for e in events}  # once, not once per story
    for n, group in enumerate(named, start=1):
        evs = sorted(set().union(*(doc_events.get(d, set()) for d in group)), key=_num)
        stories.append(Story(id=f"s{n}", title=_title(group, documents, by_id, evs), documents=group, events=evs))
    return stories


def group_stories(documents: Mapping[str, Document], analyses: Sequence[DocAnalysis],
                  events: Sequence[Event], entities: Sequence[Entity]) -> list[Story]:
    """Stories with ids "s1", "s2" ... in order of their first document id."""
    inputs = story_inputs(documents, analyses)
    prepared = _prepare([_word_features(t) for t in inputs.texts], entity_lists(inputs.ids, entities))
    dated = events_by_document(events, dated_only=True)
    groups = _group(inputs, prepared, [dated.get(d, set()) for d in inputs.ids])
    return _stories(groups, inputs.ids, documents, events_by_document(events), events)


class StoryWorker:
    """Story grouping in a process of its own, beside event, quote and source resolution.

    On a large corpus grouping is the longest step of resolution and needs only the
    documents, then their entities and, late, which events each reports: the worker
    reads the documents' words while entities are resolved here, takes the entities,
    then the events when they are known, and hands back groups of positions. The steps are the ones group_stories
    runs, so the stories are the same. If the worker fails, :meth:`stories` groups here.
    """

    def __init__(self, inputs: StoryInputs) -> None:
        import multiprocessing

        self.ids = inputs.ids  # the rest of the inputs lives in the worker only
        ctx = multiprocessing.get_context("spawn")  # never fork a parent holding the whole corpus
        self._conn, child = ctx.Pipe()
        self._proc = ctx.Process(target=_worker_main, args=(child,), name="newsgraph-stories", daemon=True)
        self._proc.start()
        child.close()
        self._conn.send(inputs)
        self._doc_events: dict[str, set[str]] = {}

    def send_entities(self, entities: Sequence[Entity]) -> None:
        with contextlib.suppress(OSError):  # a dead worker is noticed in stories()
            self._conn.send(entity_lists(self.ids, entities))

    def send_events(self, events: Sequence[Event]) -> None:
        self._doc_events = events_by_document(events)
        dated = events_by_document(events, dated_only=True)
        with contextlib.suppress(OSError):  # a dead worker is noticed in stories()
            self._conn.send([dated.get(d, set()) for d in self.ids])

    def stories(self, documents: Mapping[str, Document], analyses: Sequence[DocAnalysis],
                events: Sequence[Event], entities: Sequence[Entity]) -> list[Story]:
        try:
            groups = self._conn.recv()
        except (EOFError, OSError):
            log.warning("story worker ended without a result (exit code %s); grouping stories here",
                        self._proc.exitcode)
            return group_stories(documents, analyses, events, entities)
        finally:
            self._conn.close()
            self._proc.join(timeout=10)
        return _stories(groups, self.ids, documents, self._doc_events, events)


def _worker_main(conn: Any) -> None:
    inputs = conn.recv()
    words = [_word_features(t) for t in inputs.texts]
    inputs.texts = []  # no longer needed
    prepared = _prepare(words, conn.recv())
    events_of = conn.recv()
    conn.send(_group(inputs, prepared, events_of))
    conn.close()


def _num(eid: str) -> int:
    digits = "".join(ch for ch in eid if ch.isdigit())
    return int(digits) if digits else 0


def _title(group: list[str], documents: Mapping[str, Document], by_id: Mapping[str, Event], evs: list[str]) -> str:
    """The dated event reported by most of the story's documents (an undated one if none is
    dated), else the first document title."""
    ranked = sorted(evs, key=lambda e: (not by_id[e].date.value, -len({m.doc for m in by_id[e].mentions}), _num(e)))
    if ranked and len({m.doc for m in by_id[ranked[0]].mentions}) > 1:
        return by_id[ranked[0]].summary
    titles = [documents[d].title for d in group if documents[d].title]
    if titles:
        return titles[0]  # type: ignore[return-value]
    return (documents[group[0]].text.strip().split("\n", 1)[0])[:100]
