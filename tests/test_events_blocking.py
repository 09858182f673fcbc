"""Cross-document event blocking drops only pairs that could never merge.

``_candidate_pairs`` is what keeps event resolution near-linear on a large
corpus; it must list every pair in a participant block whose positive evidence
reaches MIN_EVIDENCE, whatever combination of dates, unanchored months,
persons, places and named things supplies it.
"""

from __future__ import annotations

import random

from newsgraph.model import EventMention
from newsgraph.resolve.event_match import Report, evidence
from newsgraph.resolve.events import MIN_EVIDENCE, _candidate_pairs, _participant_keys

TYPES = ("CONSULT", "AGREE", "ACCUSE")
COUNTRIES = ("IND", "FRA", "BRA", "KEN")
PERSONS = ("e_modi", "e_macron", "e_lula", "e_ruto")
PLACES = ("e_nairobi", "e_paris", None)
DATES = (None, None, "2024", "2024-03", "2024-03-05", "2023-03", "2024-07")
MONTHS = (None, None, None, "03", "07")
CONTEXT = ("e_un", "e_port", "e_treaty")


def _report(rng: random.Random, i: int) -> Report:
    m = EventMention(type=rng.choice(TYPES), mode=None, trigger="met", trigger_start=0, trigger_end=3,
                     start=0, end=10, sentence="x")
    month = rng.choice(MONTHS)
    return Report(
        doc=f"d{i}", idx=0, m=m,
        src_c=set(rng.sample(COUNTRIES, rng.randint(0, 2))),
        tgt_c=set(rng.sample(COUNTRIES, rng.randint(0, 1))),
        persons=set(rng.sample(PERSONS, rng.randint(0, 3))),
        place=rng.choice(PLACES),
        date=None if month else rng.choice(DATES),
        month=month,
        context=set(rng.sample(CONTEXT, rng.randint(0, 2))),
    )


def _all_pairs_in_blocks(reports: list[Report]) -> set[tuple[int, int]]:
    """The pairs the old all-pairs-per-block loop scored at or above MIN_EVIDENCE."""
    out = set()
    for i, a in enumerate(reports):
        for j in range(i + 1, len(reports)):
            b = reports[j]
            if a.m.type == b.m.type and _participant_keys(a) & _participant_keys(b) \
                    and evidence(a, b) >= MIN_EVIDENCE:
                out.add((i, j))
    return out


def test_blocking_keeps_every_pair_with_enough_evidence() -> None:
    rng = random.Random(7)
    for _ in range(20):
        reports = [_report(rng, i) for i in range(60)]
        needed = _all_pairs_in_blocks(reports)
        assert needed, "the fixture must produce mergeable pairs"
        assert needed <= _candidate_pairs(reports)


def test_blocking_skips_pairs_with_no_evidence() -> None:
    """Two undated consultations between the same countries naming nobody are not compared."""
    def bare(i: int) -> Report:
        m = EventMention(type="CONSULT", mode=None, trigger="talks", trigger_start=0, trigger_end=5,
                         start=0, end=10, sentence="x")
        return Report(doc=f"d{i}", idx=0, m=m, src_c={"IND"}, tgt_c={"FRA"})

    assert _candidate_pairs([bare(i) for i in range(50)]) == set()


def test_a_person_of_no_known_country_meets_reports_that_name_a_country() -> None:
    """Round 12: "Jo Vega was detained on Sunday" (no country known for Vega) and "Vega, the Chilean
    detained on 8 December" (a country named) share the person: they must be compared."""
    def taken(i: int, countries: set[str]) -> Report:
        m = EventMention(type="COERCE", mode="arrest", trigger="detained", trigger_start=0, trigger_end=8,
                         start=0, end=10, sentence="x")
        return Report(doc=f"d{i}", idx=0, m=m, src_c=set(), tgt_c=countries, src=set(), tgt={"e_vega"},
                      persons={"e_vega"}, date="2024-12-08")

    a, b = taken(0, set()), taken(1, {"CHL"})
    assert _participant_keys(a) & _participant_keys(b)
    assert (0, 1) in _candidate_pairs([a, b])
