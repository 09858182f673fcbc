"""Coreference metrics over clusterings given as lists of sets: MUC, B3, CEAF-e (precision, recall).

Written from the metric definitions (Vilain et al. 1995; Bagga & Baldwin 1998;
Luo 2005). Key and response must cover the same items (gold mentions).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Sequence

import numpy as np
from scipy.optimize import linear_sum_assignment


def max_assignment(key: Sequence[set], response: Sequence[set], phi: Callable[[set, set], float]) -> float:
    """Best one-to-one alignment score, solved per group of overlapping clusters (they never interact)."""
    where = defaultdict(list)
    for j, c in enumerate(response):
        for m in c:
            where[m].append(j)
    kof = defaultdict(list)
    for a, c in enumerate(key):
        for m in c:
            kof[m].append(a)
    total = 0.0
    seen_k: set[int] = set()
    for i in range(len(key)):
        if i in seen_k:
            continue
        ks, rs, todo = {i}, set(), [("k", i)]
        while todo:
            side, x = todo.pop()
            if side == "k":
                for m in key[x]:
                    for j in where[m]:
                        if j not in rs:
                            rs.add(j)
                            todo.append(("r", j))
            else:
                for m in response[x]:
                    for a in kof[m]:
                        if a not in ks:
                            ks.add(a)
                            todo.append(("k", a))
        seen_k |= ks
        kl, rl = sorted(ks), sorted(rs)
        if not rl:
            continue
        w = np.array([[phi(key[a], response[b]) for b in rl] for a in kl])
        rows, cols = linear_sum_assignment(-w)
        total += float(w[rows, cols].sum())
    return total


def muc(key: Sequence[set], response: Sequence[set]) -> tuple[float, float]:
    def partial(a: Sequence[set], b: Sequence[set]) -> float:
        where = {m: i for i, c in enumerate(b) for m in c}
        num = den = 0
        for c in a:
            parts = {where.get(m, ("single", m)) for m in c}
            num += len(c) - len(parts)
            den += len(c) - 1
        return num / den if den else 0.0

    return partial(response, key), partial(key, response)


def b_cubed(key: Sequence[set], response: Sequence[set]) -> tuple[float, float]:
    kof = {m: c for c in key for m in c}
    rof = {m: c for c in response for m in c}
    items = list(kof)
    if not items:
        return 0.0, 0.0
    p = sum(len(kof[m] & rof[m]) / len(rof[m]) for m in items) / len(items)
    r = sum(len(kof[m] & rof[m]) / len(kof[m]) for m in items) / len(items)
    return p, r


def ceaf_e(key: Sequence[set], response: Sequence[set]) -> tuple[float, float]:
    def phi(a: set, b: set) -> float:
        return 2 * len(a & b) / (len(a) + len(b))

    total = max_assignment(key, response, phi)
    return (total / len(response) if response else 0.0), (total / len(key) if key else 0.0)
