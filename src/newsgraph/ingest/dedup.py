"""Near-duplicate articles (the same story syndicated twice) via MinHash LSH.

Two copies of a wire story differ by a headline, a dateline, a trailing
sentence or the outlet's boilerplate; their word 5-shingles still overlap
almost entirely, while two different articles on the same event share far
fewer (quotes and names are common, whole 5-word runs much less).
Signatures are plain bytes so the store can persist them and rebuild the
index at start-up without re-hashing every stored text.
"""

from __future__ import annotations

import functools
import hashlib
import re
from typing import TYPE_CHECKING

import numpy as np

if TYPE_CHECKING:
    from datasketch import MinHash
# datasketch is imported where its MinHash and LSH objects are made (the index, in the process that
# writes to the store): importing it pulls in scipy, 0.35 s, which each process reading files paid
# only to hash texts. Those processes compute signatures with text_signature, plain numpy below.

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
# The MurmurHash3 32-bit finalizer's shifts and multipliers (datasketch's pre-mix for "affine32").
_FMIX32 = (np.uint32(16), np.uint32(0x85EBCA6B), np.uint32(13), np.uint32(0xC2B2AE35), np.uint32(16))
_MAX_HASH32 = np.uint32((1 << 32) - 1)


@functools.lru_cache(maxsize=4)
def _permutations(num_perm: int) -> tuple[np.ndarray, np.ndarray]:
    """The "affine32" permutation parameters (a odd, b) datasketch draws for ``MinHash(num_perm,
    seed=_SEED, scheme="affine32")``, drawn once per process: the same seeded draws in the same order
    (datasketch's MinHash._init_permutations), which datasketch repeats for every MinHash it builds -
    more work than hashing a short article."""
    gen = np.random.RandomState(_SEED)
    a = gen.randint(0, 1 << 31, num_perm, dtype=np.uint32) * np.uint32(2) + np.uint32(1)
    b = gen.randint(0, 1 << 32, num_perm, dtype=np.uint32)
    return a, b


@functools.lru_cache(maxsize=4)
def _shared_permutations(num_perm: int) -> np.ndarray:
    """The permutation parameters every MinHash of this module uses, in the (2, num_perm) array form
    that datasketch shares between sketches without converting it again."""
    return np.array(_permutations(num_perm))


def _hash_values(text: str, num_perm: int) -> np.ndarray:
    """The MinHash values of the text's shingles, as ``MinHash(num_perm, seed=_SEED, scheme="affine32")``
    after ``update_batch`` of the UTF-8 shingles computes them: the first 4 bytes of each shingle's SHA-1
    (little-endian, datasketch's sha1_hash32), the MurmurHash3 finalizer, then per permutation the
    minimum of a * h + b in wrapping 32-bit arithmetic (tests/test_ingest_dedup.py checks the values
    against datasketch's). Numpy only, and the hashes read in one buffer rather than one struct.unpack
    per shingle: 1000 articles 0.71 s -> 0.46 s, and no datasketch import."""
    values = np.full(num_perm, _MAX_HASH32, dtype=np.uint32)
    grams = shingles(text)
    if not grams:
        return values
    sha1 = hashlib.sha1
    digests = b"".join([sha1(g.encode("utf-8")).digest()[:4] for g in grams])
    hv = np.frombuffer(digests, dtype="<u4").astype(np.uint32).reshape(-1, 1)
    s1, m1, s2, m2, s3 = _FMIX32
    hv = hv ^ (hv >> s1)
    hv = hv * m1
    hv = hv ^ (hv >> s2)
    hv = hv * m2
    hv = hv ^ (hv >> s3)
    a, b = _permutations(num_perm)
    lowest: np.ndarray = np.minimum(values, (hv * a + b).min(axis=0))
    return lowest


class NearDuplicateIndex:
    """add(doc_id, text) / find(text) -> id of a stored near-duplicate, or None."""

    def __init__(self, *, threshold: float = THRESHOLD, num_perm: int = NUM_PERM) -> None:
        from datasketch import MinHashLSH

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
        return _as_minhash(values, self.num_perm)

    def signature(self, text: str) -> bytes:
        """Compact, storable signature of ``text`` (num_perm uint64 values)."""
        return to_signature(self.minhash(text))

    def add(self, doc_id: str, text: str) -> None:
        self._insert(doc_id, self.minhash(text))

    def add_signature(self, doc_id: str, sig: bytes) -> None:
        """Re-add a stored document from the bytes :meth:`signature` gave."""
        self._insert(doc_id, self.from_signature(sig))

    def add_minhash(self, doc_id: str, mh: MinHash) -> None:
        """Add a document whose text is already hashed (the store has just looked for its near-duplicate)."""
        self._insert(doc_id, mh)

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


def _as_minhash(values: np.ndarray, num_perm: int) -> MinHash:
    """datasketch's MinHash holding ``values`` (for the LSH index and Jaccard estimates)."""
    from datasketch import MinHash

    return MinHash(num_perm=num_perm, seed=_SEED, hashvalues=values, scheme=_SCHEME,
                   permutations=_shared_permutations(num_perm))


def _minhash(text: str, num_perm: int) -> MinHash:
    return _as_minhash(_hash_values(text, num_perm), num_perm)


def text_signature(text: str, *, num_perm: int = NUM_PERM) -> bytes:
    """The storable signature of ``text`` (what ``NearDuplicateIndex.signature`` gives), without an index
    and without datasketch."""
    return bytes(_hash_values(text, num_perm).astype("<u8").tobytes())


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
