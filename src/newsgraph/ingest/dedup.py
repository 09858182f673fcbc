"""Near-duplicate articles (the same story syndicated twice) via MinHash LSH.

Two copies of a wire story differ by a headline, a dateline, a trailing
sentence or the outlet's boilerplate; their word 5-shingles still overlap
almost entirely, while two different articles on the same event share far
fewer (quotes and names are common, whole 5-word runs much less).
Signatures are plain bytes so the store can persist them and rebuild the
index at start-up without re-hashing every stored text.
"""

from __future__ import annotations

import re

import numpy as np
from datasketch import MinHash, MinHashLSH

# Estimated Jaccard similarity of 5-shingle sets above which two texts count as
# the same article. 0.8 follows the usual near-duplicate setting for news
# (syndicated copies with an edited lead or tail score 0.85-0.98; distinct
# reports of one event rarely exceed 0.3 on 5-shingles).
THRESHOLD = 0.8
# LSH only proposes candidates; its banding lets through pairs near its
# threshold with ~50% chance, so it is set below THRESHOLD (0.6) for high
# recall at 0.8, and every candidate is then checked against THRESHOLD.
CANDIDATE_THRESHOLD = 0.6
# 128 permutations: standard error of the Jaccard estimate ~ 1/sqrt(128) = 0.09.
NUM_PERM = 128
SHINGLE = 5
_SEED = 1
# Pinned so stored signatures stay comparable across datasketch upgrades.
_SCHEME = "affine32"
_WORD = re.compile(r"\w+", re.UNICODE)
_permutations: tuple[np.ndarray, np.ndarray] | None = None


def _shared_permutations(num_perm: int) -> tuple[np.ndarray, np.ndarray] | None:
    """The permutation parameters every MinHash of this module uses, drawn once per process.

    datasketch draws them again for each MinHash it builds (a seeded RNG, so always the same
    values), which cost more than hashing a short article and made re-loading a large store's
    signatures slow. None for a num_perm other than NUM_PERM (then datasketch draws them)."""
    global _permutations
    if num_perm != NUM_PERM:
        return None
    if _permutations is None:
        a, b = MinHash(num_perm=NUM_PERM, seed=_SEED, scheme=_SCHEME).permutations
        _permutations = (a, b)
    return _permutations


class NearDuplicateIndex:
    """add(doc_id, text) / find(text) -> id of a stored near-duplicate, or None."""

    def __init__(self, *, threshold: float = THRESHOLD, num_perm: int = NUM_PERM) -> None:
        self.threshold = threshold
        self.num_perm = num_perm
        self._lsh = MinHashLSH(threshold=min(threshold, CANDIDATE_THRESHOLD), num_perm=num_perm)
        self._hashes: dict[str, MinHash] = {}

    def __len__(self) -> int:
        return len(self._hashes)

    def __contains__(self, doc_id: object) -> bool:
        return doc_id in self._hashes

    def minhash(self, text: str) -> MinHash:
        return _minhash(text, self.num_perm)

    def from_signature(self, sig: bytes) -> MinHash:
        """The MinHash whose :meth:`signature` is ``sig``."""
        values = np.frombuffer(sig, dtype="<u8").astype(np.uint64)
        if len(values) != self.num_perm:
            raise ValueError(f"signature has {len(values)} values, index expects {self.num_perm}")
        return MinHash(num_perm=self.num_perm, seed=_SEED, hashvalues=values, scheme=_SCHEME,
                       permutations=_shared_permutations(self.num_perm))

    def signature(self, text: str) -> bytes:
        """Compact, storable signature of ``text`` (num_perm uint64 values)."""
        return to_signature(self.minhash(text))

    def add(self, doc_id: str, text: str) -> None:
        self._insert(doc_id, self.minhash(text))

    def add_signature(self, doc_id: str, sig: bytes) -> None:
        """Re-add a stored document from the bytes :meth:`signature` gave."""
        self._insert(doc_id, self.from_signature(sig))

    def find(self, text: str) -> str | None:
        """Id of the most similar stored near-duplicate of ``text``, or None."""
        return self.find_minhash(self.minhash(text))

    def find_minhash(self, mh: MinHash) -> str | None:
        """:meth:`find` for a text already hashed (the store hashes each new text once, to
        look for its near-duplicate and then to keep its signature)."""
        best, best_sim = None, -1.0
        for cand in self._lsh.query(mh):
            sim = mh.jaccard(self._hashes[cand])
            if sim >= self.threshold and sim > best_sim:
                best, best_sim = str(cand), sim
        return best

    def _insert(self, doc_id: str, mh: MinHash) -> None:
        if doc_id in self._hashes:
            return
        self._hashes[doc_id] = mh
        self._lsh.insert(doc_id, mh)


def _minhash(text: str, num_perm: int) -> MinHash:
    mh = MinHash(num_perm=num_perm, seed=_SEED, scheme=_SCHEME, permutations=_shared_permutations(num_perm))
    # one vectorised call: the same hash values as update() per shingle, ~8x faster
    mh.update_batch([sh.encode("utf-8") for sh in shingles(text)])
    return mh


def text_signature(text: str, *, num_perm: int = NUM_PERM) -> bytes:
    """The storable signature of ``text`` (what ``NearDuplicateIndex.signature`` gives), without an index."""
    return to_signature(_minhash(text, num_perm))


def to_signature(mh: MinHash) -> bytes:
    """The storable bytes of a MinHash (num_perm little-endian uint64 values)."""
    values: np.ndarray = mh.hashvalues
    return bytes(values.astype("<u8").tobytes())


def shingles(text: str, *, size: int = SHINGLE) -> set[str]:
    """Word ``size``-grams of the lower-cased text (the whole text when shorter)."""
    words = [w.casefold() for w in _WORD.findall(text)]
    if len(words) < size:
        return {" ".join(words)} if words else set()
    return {" ".join(words[i : i + size]) for i in range(len(words) - size + 1)}
