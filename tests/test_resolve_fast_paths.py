"""The faster forms of cross-document resolution's hot spots give what the plain forms gave.

Each test sets a fast path (stories' average link, pair keys and vectors; entity typing's word
before a mention; the sentence start of a claim; the remembered sentence readings) against the
straightforward code it replaced, on hand-made cases and on many random ones.
"""

from __future__ import annotations

import heapq
import math
import random
import re
from collections import defaultdict

import numpy as np
import pytest

from newsgraph.model import MentionRef
from newsgraph.resolve import compare, compare_values, entity_types, stories

# ---------------------------------------------------------------- stories


def test_sorted_unique_is_numpy_unique() -> None:
    rng = np.random.default_rng(1)
    for size in (0, 1, 2, 50, 5000):
        values = rng.integers(0, 40, size=size, dtype=np.int64)
        got = stories._sorted_unique(values)
        assert got.tolist() == np.unique(values).tolist()
        assert got.dtype == np.int64


def _plain_average_link(n: int, lo: np.ndarray, hi: np.ndarray, sims: np.ndarray,
                        dates: list[stories.Span]) -> list[list[int]]:
    """Average link as first written: every link on one heap, stale entries refreshed when popped."""
    size = dict.fromkeys(range(n), 1)
    members = {d: [d] for d in range(n)}
    late = {d: dates[d][0] for d in range(n)}
    early = {d: dates[d][1] for d in range(n)}
    link: dict[int, dict[int, float]] = defaultdict(dict)
    heap = []
    for a, b, sim in zip(lo.tolist(), hi.tolist(), sims.tolist(), strict=True):
        link[a][b] = link[b][a] = sim
        heap.append((-sim, a, b))
    heapq.heapify(heap)
    while heap:
        neg, a, b = heapq.heappop(heap)
        if -neg < stories.MERGE_THRESHOLD:
            break
        if a not in members or b not in members or b not in link[a]:
            continue
        now = link[a][b] / (size[a] * size[b])
        if abs(now + neg) > 1e-12:
            if now >= stories.MERGE_THRESHOLD:
                heapq.heappush(heap, (-now, a, b))
            continue
        lo_day = max((x for x in (late[a], late[b]) if x is not None), default=None)
        hi_day = min((x for x in (early[a], early[b]) if x is not None), default=None)
        if lo_day is not None and hi_day is not None and lo_day - hi_day > stories.MAX_SPAN_DAYS:
            continue
        keep, gone = min(a, b), max(a, b)
        late[keep], early[keep] = lo_day, hi_day
        members[keep].extend(members.pop(gone))
        size[keep] += size.pop(gone)
        for c, s in link.pop(gone).items():
            del link[c][gone]
            if c != keep:
                link[keep][c] = link[c][keep] = total = link[keep].get(c, 0.0) + s
                if total / (size[keep] * size[c]) >= stories.MERGE_THRESHOLD:
                    heapq.heappush(heap, (-total / (size[keep] * size[c]), min(keep, c), max(keep, c)))
    for d in sorted(g for g in members if size[g] == 1):
        best = max(((s / size[c], c) for c, s in link.get(d, {}).items() if size[c] > 1 and c in members),
                   default=None)
        if best is None or best[0] < stories.STRAY_THRESHOLD:
            continue
        c = best[1]
        lo_d = max((x for x in (late[d], late[c]) if x is not None), default=None)
        hi_d = min((x for x in (early[d], early[c]) if x is not None), default=None)
        if lo_d is not None and hi_d is not None and lo_d - hi_d > stories.MAX_SPAN_DAYS:
            continue
        members[c].extend(members.pop(d))
        late[c], early[c] = lo_d, hi_d
    return [sorted(m) for m in members.values()]


def _random_graph(rng: random.Random, n: int) -> tuple[np.ndarray, np.ndarray, np.ndarray, list[stories.Span]]:
    pairs = sorted({tuple(sorted(rng.sample(range(n), 2))) for _ in range(rng.randint(0, 4 * n))} if n > 1 else [])
    lo = np.array([p[0] for p in pairs], dtype=np.int32)
    hi = np.array([p[1] for p in pairs], dtype=np.int32)
    # a few repeated similarities, so that ties between links are met too
    sims = np.array([rng.choice([0.25, 0.5, rng.random(), rng.random() * 0.3]) for _ in pairs], dtype=np.float64)
    day = 738000
    dates: list[stories.Span] = [rng.choice([(None, None), (day, day), (day + 400, day + 400), (day, day + 30)])
                                 for _ in range(n)]
    return lo, hi, sims, dates


def test_average_link_groups_as_the_plain_heap_did(monkeypatch: pytest.MonkeyPatch) -> None:
    rng = random.Random(4)
    for trial in range(300):
        if trial == 150:  # clean the heap all the time: the order of the merges must not change
            monkeypatch.setattr(stories, "COMPACT_HEAP_MIN", 0)
        n = rng.randint(1, 40)
        lo, hi, sims, dates = _random_graph(rng, n)
        assert stories._average_link(n, lo, hi, sims, dates) == _plain_average_link(n, lo, hi, sims, dates)


def test_links_are_symmetric_with_partners_ascending() -> None:
    lo, hi = np.array([0, 0, 1], dtype=np.int32), np.array([2, 3, 2], dtype=np.int32)
    links = stories._links(4, lo, hi, np.array([0.5, 0.25, 0.75]))
    assert [list(d.items()) for d in links] == [[(2, 0.5), (3, 0.25)], [(2, 0.75)], [(0, 0.5), (1, 0.75)], [(0, 0.25)]]
    assert stories._links(2, lo[:0], hi[:0], np.zeros(0)) == [{}, {}]


def test_vectors_are_the_plain_tf_idf() -> None:
    feats = [{"quake": 3.0, "van": 1.0}, {"quake": 1.0, "padang": 2.0}, {"summit": 1.0}]
    n = len(feats) + stories.BACKGROUND_DOCS
    df = {"quake": 2, "van": 1, "padang": 1, "summit": 1}
    want = []
    for c in feats:
        w = {f: (1 + math.log(x)) * math.log(n / (df[f] + 0.5)) for f, x in c.items()}
        norm = math.sqrt(sum(v * v for v in w.values()))
        want.append({f: v / norm for f, v in w.items()})
    vecs, _ = stories._vectors([dict(c) for c in feats])
    assert vecs == want  # the same floats, not merely close ones


# ---------------------------------------------------------------- entity types

_PLAIN_WORD_BEFORE = re.compile(rf"\b([a-z]+)\s+(?:of\s+)?[{entity_types._QUOTE}]?\s*$")


@pytest.mark.parametrize(("before", "word"), [
    ("troops left the ", "the"),
    ("fighters of the militia group ", "group"),
    ("ships docked at the port of ", "port"),
    ("ships docked at the port of “", "port"),
    ("a small town\n", "town"),
    ("said Premier ", None),  # a capitalised word is no cue
    ("the group", None),  # no space: the mention is glued to the word
    ("Xgroup ", None),  # no word boundary before the lowercase letters
    ("", None),
])
def test_word_before_a_mention(before: str, word: str | None) -> None:
    assert entity_types._word_before(before) == word


def test_word_before_matches_the_plain_search() -> None:
    rng = random.Random(7)
    pieces = ["o", "f", "of", "a", "z", "A", " ", "  ", "\n", "\t", '"', "'", "\u201c", "\u00ab", "1", "_",
              "\u00e9", "-", ".", "\u00a0"]
    for _ in range(20000):
        before = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 14)))
        m = _PLAIN_WORD_BEFORE.search(before)
        assert entity_types._word_before(before) == (m.group(1) if m else None), repr(before)


def test_context_type_still_reads_both_sides() -> None:
    text = "Rebels shelled the Zarqa airbase on Monday, the group Sarabi said, and crossed through the Maren."
    at = text.index("Zarqa")
    assert entity_types.context_type(text, at, at + len("Zarqa")) == "FAC"
    at = text.index("Sarabi")
    assert entity_types.context_type(text, at, at + len("Sarabi")) == "ORG"
    at = text.index("Maren")
    assert entity_types.context_type(text, at, at + len("Maren")) == "LOC"
    at = text.index("Monday")
    assert entity_types.context_type(text, at, at + len("Monday")) is None


def test_before_phrases_are_joined_only_when_safe(monkeypatch: pytest.MonkeyPatch) -> None:
    _phrases, joined = entity_types._before_phrases()
    assert joined is not None and joined.search("messages he wrote on ") and not joined.search("he wrote ")
    cues = dict(entity_types._cues())
    cues["before_phrases"] = [[r"\b(on)\s+$", "ORG"], [r"\b(x)\1\s+$", "LOC"]]  # \1 would change meaning
    monkeypatch.setattr(entity_types, "_cues", lambda: cues)
    entity_types._before_phrases.cache_clear()
    try:
        assert entity_types._before_phrases()[1] is None
        assert entity_types.context_type("they met xx Kano today", 12, 16) == "LOC"
    finally:
        monkeypatch.undo()
        entity_types._before_phrases.cache_clear()


def test_vote_with_one_label_and_with_several() -> None:
    assert entity_types.vote([("PERSON", 1.0, False), ("PERSON", 2.0, True)]) == ("PERSON", 1.0)
    assert entity_types.vote([("GPE", 1.0, False), ("LOC", 1.0, False), ("ORG", 1.0, False)]) == ("GPE", 0.667)
    assert entity_types.vote([]) == ("MISC", 0.0)


# ---------------------------------------------------------------- comparison


def _plain_sentence_start(text: str, pos: int) -> int:
    start = 0
    for m in compare._SENTENCE_END.finditer(text, 0, pos):
        start = m.end()
    return start


def test_sentence_start_matches_a_scan_from_the_start() -> None:
    text = 'First one. "Second one!" Third (aside.) fourth?\n\nFifth ... sixth'
    assert [compare._sentence_start(text, p) for p in (0, 5, 12, 30, len(text))] == \
        [_plain_sentence_start(text, p) for p in (0, 5, 12, 30, len(text))]
    # the first plain character of a window is its last one: the next window must end before it
    for text in ("xxxxx" + " " * 250 + "Y", "Done. " + "." * 199 + "Z", "A.\n\n" + " " * 300 + "q r"):
        for pos in range(len(text) + 1):
            assert compare._sentence_start(text, pos) == _plain_sentence_start(text, pos), (text, pos)
    rng = random.Random(5)
    pieces = ["a", "B", ".", "!", "?", '"', "\u201d", "\u2019", ")", " ", "\n", "\n\n", "\t", "x.", "..."]
    for _ in range(5000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 700)))
        pos = rng.randint(0, len(text))
        assert compare._sentence_start(text, pos) == _plain_sentence_start(text, pos), (text, pos)


def test_remembered_sentence_dates_still_follow_the_publication_date() -> None:
    sentence = "The convoy was hit on Tuesday near the border, 12 people were hurt."
    assert [v.value for v in compare_values.sentence_dates(sentence, published="2024-03-07")] == ["2024-03-05"]
    assert [v.value for v in compare_values.sentence_dates(sentence, published="2024-03-14")] == ["2024-03-12"]
    assert compare_values.sentence_dates(sentence) == []
    got = compare_values.sentence_counts(sentence)
    got.clear()  # a caller's list is its own
    assert [(n, v.value) for n, v in compare_values.sentence_counts(sentence)] == [("people", "12")]


def test_drop_vaguer_only_within_one_report() -> None:
    a, b = MentionRef("d1", 0, 5, "x"), MentionRef("d2", 0, 5, "y")
    assert compare._drop_vaguer([("--03-03", a), ("2024-03-03", a)]) == [("2024-03-03", a)]
    assert compare._drop_vaguer([("--03-03", a), ("2024-03-03", b)]) == [("--03-03", a), ("2024-03-03", b)]


def test_resolve_all_restores_the_cyclic_collector() -> None:
    import gc

    from newsgraph.resolve import resolve_all

    assert gc.isenabled()
    resolve_all({}, [])
    assert gc.isenabled()
    gc.disable()
    try:
        resolve_all({}, [])
        assert not gc.isenabled()  # a caller that had it off keeps it off
    finally:
        gc.enable()
