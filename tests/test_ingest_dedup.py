"""Near-duplicate detection: syndicated copies found, different reports kept apart."""

from __future__ import annotations

import pytest

from newsgraph.ingest.dedup import NearDuplicateIndex, shingles

WIRE = (
    "Turkish President Recep Tayyip Erdoğan and French President Emmanuel Macron agreed on Thursday to reopen "
    "talks on a shipping corridor for grain, officials from both governments said after a three-hour meeting "
    "in Ankara. The two leaders had not met in person for more than a year, and their aides described the "
    "conversation as frank but constructive. Neither side gave a date for the first round of technical talks. "
    "Erdoğan told reporters that Türkiye was ready to host the negotiations again, and that insurers and port "
    "operators would be invited from the start this time. Macron said France would send a delegation of "
    "maritime experts to Istanbul next month and that European partners had been informed of the plan. "
    "Analysts in Paris were cautious about how quickly freight rates would fall."
)
# The same wire story as another outlet runs it: a dateline lead-in and a credit line added.
SYNDICATED = "ANKARA (Harbor Wire) - " + WIRE + " Harbor Wire contributed to this report."
# A copy with one sentence cut as well: on a text this short that is ~20% of the shingles, too much.
EDITED = SYNDICATED.replace(" Neither side gave a date for the first round of technical talks.", "").replace(
    " Analysts in Paris were cautious about how quickly freight rates would fall.", ""
)
OTHER_REPORT = (
    "Emmanuel Macron flew to Ankara on Thursday hoping to revive a stalled grain deal with Recep Tayyip Erdoğan. "
    "The French leader, whose last visit to Türkiye was in 2021, brought trade officials and a maritime "
    "adviser. Turkish officials said the meeting ran over its planned two hours. Shipping firms in Marseille "
    "said they would wait for details before committing vessels, and insurers said premiums would stay high "
    "until a corridor is agreed. Erdoğan's office released photographs of the two men but no statement."
)


def test_ingest_dedup_finds_syndicated_copy() -> None:
    idx = NearDuplicateIndex()
    idx.add("d1", WIRE)
    idx.add("d2", OTHER_REPORT)
    assert idx.find(SYNDICATED) == "d1"


def test_ingest_dedup_keeps_different_reports_apart() -> None:
    idx = NearDuplicateIndex()
    idx.add("d1", WIRE)
    assert idx.find(OTHER_REPORT) is None
    assert idx.find(EDITED) is None


def test_ingest_dedup_signature_round_trip() -> None:
    source = NearDuplicateIndex()
    sig = source.signature(WIRE)
    assert isinstance(sig, bytes) and len(sig) == 8 * source.num_perm
    rebuilt = NearDuplicateIndex()
    rebuilt.add_signature("d1", sig)
    assert "d1" in rebuilt and len(rebuilt) == 1
    assert rebuilt.find(SYNDICATED) == "d1"
    assert rebuilt.find(OTHER_REPORT) is None


def test_ingest_dedup_bad_signature_rejected() -> None:
    with pytest.raises(ValueError, match="signature has"):
        NearDuplicateIndex().add_signature("d1", b"\x00" * 16)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Kim Jong Un", {"kim jong un"}),
        ("", set()),
        ("One two three four five six", {"one two three four five", "two three four five six"}),
    ],
)
def test_ingest_dedup_shingles(text: str, expected: set[str]) -> None:
    assert shingles(text) == expected


def test_ingest_dedup_shared_permutations_give_datasketch_own_signature() -> None:
    # Stored signatures must stay comparable: hashing with the permutations drawn once per
    # process gives exactly what a MinHash drawing its own (the earlier way) gives.
    from datasketch import MinHash

    from newsgraph.ingest.dedup import _SCHEME, _SEED, NUM_PERM, shingles, to_signature

    text = "Prime Minister Fumio Kishida met Yoon Suk Yeol in Seoul on Sunday to discuss export rules."
    own = MinHash(num_perm=NUM_PERM, seed=_SEED, scheme=_SCHEME)
    own.update_batch([s.encode("utf-8") for s in shingles(text)])
    index = NearDuplicateIndex()
    assert index.signature(text) == to_signature(own)
    assert index.find_minhash(index.minhash(text)) is None
    index.add_signature("a", index.signature(text))
    assert index.find_minhash(index.minhash(text)) == "a"


@pytest.mark.parametrize("num_perm", [128, 16, 256])
@pytest.mark.parametrize(
    "text",
    ["", "Kim Jong Un", "Ünïcödé texts 😀 hash as UTF-8 words, five at a time, like the rest.", WIRE, OTHER_REPORT],
)
def test_ingest_dedup_text_signature_is_datasketch_minhash(text: str, num_perm: int) -> None:
    # text_signature hashes with numpy alone (the reading processes skip datasketch's import): its
    # values must be bit for bit those of datasketch's own "affine32" MinHash, or signatures stored
    # by either way, or by an earlier version, would stop matching.
    from datasketch import MinHash

    from newsgraph.ingest.dedup import _SCHEME, _SEED, _minhash, text_signature, to_signature

    own = MinHash(num_perm=num_perm, seed=_SEED, scheme=_SCHEME)
    own.update_batch([s.encode("utf-8") for s in shingles(text)])
    assert text_signature(text, num_perm=num_perm) == to_signature(own)
    assert to_signature(_minhash(text, num_perm)) == to_signature(own)
    assert (_minhash(text, num_perm).permutations == own.permutations).all()
