"""How the sources differ: coverage by outlet, single-source facts, and disputes.

One event reported by several outlets is one Event with one mention per
report. Comparing the reports means reading each outlet's own values from
its evidence sentence (``compare_values``) and keeping every differing value
side by side, each with its outlets and sentences: a disputed fact is never
collapsed to one value. Claims are compared for polarity (one outlet reports
a denial of what another reports as asserted), events for actors (same
happening, same day, different doers, each version told by other outlets).
"""

from __future__ import annotations

import bisect
import datetime as dt
import functools
import re
from collections import Counter, defaultdict
from collections.abc import Callable, Mapping, Sequence
from typing import Any

from rapidfuzz import fuzz

from newsgraph.model import Claim, Document, Event, MentionRef, Quote, outlet_label
from newsgraph.resolve.compare_values import (
    MONTHS,
    dates_conflict,
    sentence_counts,
    sentence_dates,
    sentence_term,
)

# Two claims are "the same claim" at this token-set similarity (0-100). Set so
# that paraphrases sharing their content words match while claims about the
# same actors but different acts do not (checked on the dispute fixtures).
CLAIM_SIMILARITY = 80
# Two events dated this many days apart or fewer may be one happening the
# outlets date differently (reports of one attack or meeting are off by a day
# or two when one outlet dates it by local time or by when it was announced).
MAX_DATE_GAP_DAYS = 3
# Token-set similarity (0-100) of two evidence sentences, dates and numbers
# removed, above which they tell the same happening; set on the dispute
# fixtures so that one attack told in two wordings matches and two attacks
# on one town in different words do not.
SAME_WORDING = 75


def outlet_of(doc: Document | None, doc_id: str) -> str:
    """The outlet as readers see it (``model.outlet_label``): never a bare document id."""
    return outlet_label(doc, doc_id)


def compare_sources(
    documents: Mapping[str, Document],
    events: Sequence[Event],
    claims: Sequence[Claim],
    quotes: Sequence[Quote],
) -> tuple[list[dict[str, Any]], dict[str, Any]]:
    """(disputes, coverage) over the whole corpus; see the export contract for the shapes."""
    disputes: list[dict[str, Any]] = []
    for ev in events:
        disputes.extend(_event_value_disputes(ev, documents))
    disputes.extend(_dated_apart_disputes(events, documents))
    disputes.extend(_actor_disputes(events, documents))
    disputes.extend(_polarity_disputes(claims, documents))
    disputes.extend(_claim_value_disputes(claims, documents))
    for i, d in enumerate(disputes, start=1):
        d["id"] = f"x{i}"
    return disputes, coverage(documents, events, claims, quotes)


def coverage(
    documents: Mapping[str, Document], events: Sequence[Event], claims: Sequence[Claim], quotes: Sequence[Quote]
) -> dict[str, Any]:
    """Outlet x event report counts, and the events only one outlet reports."""
    outlets = sorted({outlet_of(d, i) for i, d in documents.items()})
    matrix: dict[str, dict[str, int]] = {o: {} for o in outlets}
    single: list[str] = []
    for ev in events:
        by_outlet: dict[str, int] = defaultdict(int)
        for m in ev.mentions:
            by_outlet[outlet_of(documents.get(m.doc), m.doc)] += 1
        for o, n in by_outlet.items():
            matrix.setdefault(o, {})[ev.id] = n
        if len(by_outlet) == 1:
            single.append(ev.id)
    claim_counts = Counter(outlet_of(documents.get(c.doc), c.doc) for c in claims)
    quote_counts = Counter(outlet_of(documents.get(q.doc), q.doc) for q in quotes)
    return {
        "outlets": sorted(matrix),
        "events": [ev.id for ev in events],
        "matrix": matrix,
        "single_source": single,
        "claims": {o: claim_counts.get(o, 0) for o in sorted(matrix)},
        "quotes": {o: quote_counts.get(o, 0) for o in sorted(matrix)},
    }


def _evidence(m: MentionRef) -> dict[str, Any]:
    return {"doc": m.doc, "start": m.start, "end": m.end, "text": m.text}


def _grouped(values: list[tuple[str, MentionRef]], documents: Mapping[str, Document]) -> list[dict[str, Any]]:
    groups: dict[str, dict[str, Any]] = {}
    seen: set[tuple[str, str, str]] = set()  # (value, "o"/"d", outlet or doc): lists keep first-seen order
    for value, m in values:
        g = groups.setdefault(value, {"value": value, "outlets": [], "docs": [], "evidence": []})
        outlet = outlet_of(documents.get(m.doc), m.doc)
        if (value, "o", outlet) not in seen:
            seen.add((value, "o", outlet))
            g["outlets"].append(outlet)
        if (value, "d", m.doc) not in seen:
            seen.add((value, "d", m.doc))
            g["docs"].append(m.doc)
            g["evidence"].append(_evidence(m))
    return sorted(groups.values(), key=_value_order)


def _value_order(group: dict[str, Any]) -> tuple[int, float, str]:
    """Numbers by size ("9" before "11"), everything else as text (ISO dates sort by time)."""
    value = str(group["value"])
    try:
        return (0, float(value), value)
    except ValueError:
        return (1, 0.0, value)


def _conflicting(groups: list[dict[str, Any]], *, kind: str) -> bool:
    """At least two values, told by different outlets, that really differ."""
    if len(groups) < 2:
        return False
    outlets = [set(g["outlets"]) for g in groups]
    if all(o == outlets[0] for o in outlets):
        return False  # one outlet contradicting itself is not a dispute between sources
    if kind == "date":
        vals = [g["value"] for g in groups]
        return any(dates_conflict(a, b) for i, a in enumerate(vals) for b in vals[i + 1 :])
    return True


def _event_value_disputes(ev: Event, documents: Mapping[str, Document]) -> list[dict[str, Any]]:
    return _value_disputes(ev.mentions, _recorded_date_values(ev), documents, event=ev.id, subject=f"event {ev.id}")


def _value_disputes(
    mentions: Sequence[MentionRef],
    recorded: list[tuple[str, MentionRef]],
    documents: Mapping[str, Document],
    *,
    event: str,
    subject: str,
) -> list[dict[str, Any]]:
    """Date and count disputes among the reports ``mentions`` (of one happening)."""
    dates: list[tuple[str, MentionRef]] = []
    counts: dict[str, list[tuple[str, MentionRef]]] = defaultdict(list)
    for m in mentions:
        doc = documents.get(m.doc)
        published = doc.published if doc else None
        for day in {d.value for d in sentence_dates(m.text, published=published)}:
            dates.append((day, m))
        for noun, count in sentence_counts(m.text):
            counts[noun].append((count.value, m))
        term = sentence_term(m.text)
        if term is not None:  # "extended for 90 days" / "for another 30 days": the term is disputed
            counts["term"].append((term.value, m))
    dates.extend(recorded)
    out = []
    groups = _grouped(_drop_vaguer(dates), documents)
    if _conflicting(groups, kind="date"):
        out.append({"kind": "date", "subject": subject, "event": event, "values": groups})
    for noun, vals in sorted(counts.items()):
        groups = _grouped(vals, documents)
        if _conflicting(groups, kind="number"):
            out.append({"kind": "number", "subject": f"{subject}: {noun}", "event": event, "values": groups})
    return out


def _dated_apart_disputes(events: Sequence[Event], documents: Mapping[str, Document]) -> list[dict[str, Any]]:
    """One happening that the outlets date differently, so event resolution kept two events.

    Resolution never merges reports whose days differ (it cannot know which is
    right); here two such events count as one disputed happening when they
    share type, modality and place (or target), their days are at most ``MAX_DATE_GAP_DAYS``
    apart, no outlet tells both, nothing about their actors differs, and their
    evidence sentences say the same thing once dates and numbers are set aside.
    Each dispute carries both event ids.
    """
    out = []
    for i, j in _near_in_time(events):
        a, b = events[i], events[j]
        if _same_happening_dated_apart(a, b, documents):
            for d in _value_disputes(a.mentions + b.mentions, [], documents, event=a.id,
                                     subject=f"events {a.id} / {b.id}"):
                d["events"] = [a.id, b.id]
                out.append(d)
    return out


def _near_in_time(events: Sequence[Event]) -> list[tuple[int, int]]:
    """Index pairs (i < j) of day-dated events of one type and modality at most
    ``MAX_DATE_GAP_DAYS`` apart, in the order a nested loop would visit them: the only
    pairs ``_same_happening_dated_apart`` can accept, found by sorting instead of all pairs."""
    buckets: dict[tuple[str, str], list[tuple[dt.date, int]]] = defaultdict(list)
    for i, ev in enumerate(events):
        day = _day(ev.date.value)
        if day is not None:
            buckets[(ev.type, ev.modality)].append((day, i))
    pairs = []
    for dated in buckets.values():
        dated.sort()
        for x, (day, i) in enumerate(dated):
            for day2, j in dated[x + 1 :]:
                if (day2 - day).days > MAX_DATE_GAP_DAYS:
                    break
                pairs.append((min(i, j), max(i, j)))
    return sorted(pairs)


def _same_happening_dated_apart(a: Event, b: Event, documents: Mapping[str, Document]) -> bool:
    if a.type != b.type or a.modality != b.modality:
        return False
    if a.location and b.location and a.location != b.location:
        return False
    same_place = bool(a.location) and a.location == b.location
    same_target = bool(a.target) and set(a.target) == set(b.target)
    if not (same_place or same_target):
        return False
    da, db = _day(a.date.value), _day(b.date.value)
    if da is None or db is None or da == db or abs((da - db).days) > MAX_DATE_GAP_DAYS:
        return False
    if a.source and b.source and not set(a.source) & set(b.source):
        return False  # different doers: an actor dispute, or two happenings
    if a.source_countries and b.source_countries and not set(a.source_countries) & set(b.source_countries):
        return False
    oa = {outlet_of(documents.get(m.doc), m.doc) for m in a.mentions}
    ob = {outlet_of(documents.get(m.doc), m.doc) for m in b.mentions}
    if oa & ob:
        return False  # an outlet telling both versions reports two happenings
    return any(fuzz.token_set_ratio(_wording(x.text), _wording(y.text)) >= SAME_WORDING
               for x in a.mentions for y in b.mentions)


_DATE_OR_NUMBER = re.compile(r"\b(?:\d[\d,.]*|" + "|".join(MONTHS) + r")\b", re.I)


@functools.lru_cache(maxsize=1 << 16)
def _wording(sentence: str) -> str:
    """The sentence with its dates and numbers blanked (remembered: copies repeat one sentence)."""
    return _DATE_OR_NUMBER.sub(" ", sentence)


def _day(value: str | None) -> dt.date | None:
    if not value or len(value) != 10:
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        return None


def _drop_vaguer(dates: list[tuple[str, MentionRef]]) -> list[tuple[str, MentionRef]]:
    """Within one report, keep the fullest date ("--03-03" goes when "2024-03-03" is there)."""
    by_doc: dict[str, list[str]] = defaultdict(list)  # only dates of the same report compete
    for v, m in dates:
        by_doc[m.doc].append(v)
    out = []
    for v, m in dates:
        fuller = any(v2 != v and v2.endswith(v.lstrip("-")) for v2 in by_doc[m.doc])
        if not fuller:
            out.append((v, m))
    return out


def _recorded_date_values(ev: Event) -> list[tuple[str, MentionRef]]:
    """Per-report dates the event resolver kept in ``Event.date_disagreement``, when it did."""
    by_doc = {m.doc: m for m in ev.mentions}
    out = []
    for item in ev.date_disagreement:
        doc, value = item.get("doc"), item.get("value")
        if isinstance(doc, str) and isinstance(value, str) and doc in by_doc:
            out.append((value, by_doc[doc]))
    return out


def _actor_disputes(events: Sequence[Event], documents: Mapping[str, Document]) -> list[dict[str, Any]]:
    """Same type, target and day, different doers, each told by outlets that do not tell the other."""
    out = []
    # Only events of one type, day and target can dispute a doer: compare inside those blocks
    # (same pairs, same order as all pairs, linear in the corpus instead of quadratic).
    blocks: dict[tuple[str, str, frozenset[str]], list[int]] = defaultdict(list)
    for i, ev in enumerate(events):
        if ev.date.value:
            blocks[(ev.type, ev.date.value, frozenset(ev.target))].append(i)
    for i, a in enumerate(events):
        if not a.date.value:
            continue
        for j in blocks[(a.type, a.date.value, frozenset(a.target))]:
            if j <= i:
                continue
            b = events[j]
            if set(a.target) != set(b.target) or not a.source or not b.source or set(a.source) & set(b.source):
                continue
            oa = {outlet_of(documents.get(m.doc), m.doc) for m in a.mentions}
            ob = {outlet_of(documents.get(m.doc), m.doc) for m in b.mentions}
            if oa & ob:
                continue
            values = [
                {"value": ", ".join(ev.source), "outlets": sorted(o), "docs": sorted({m.doc for m in ev.mentions}),
                 "evidence": [_evidence(m) for m in ev.mentions]}
                for ev, o in ((a, oa), (b, ob))
            ]
            out.append({"kind": "actor", "subject": f"event {a.id} / {b.id}", "event": a.id, "values": values})
    return out


_SENTENCE_END = re.compile(r"[.!?][\"”’)]*(?=\s)|\n\s*\n")


def _sentence_evidence(doc: Document | None, c: Claim) -> dict[str, Any]:
    """The whole sentence a claim was read from, so the reader sees who said it and how."""
    if doc is None or not (0 <= c.start <= c.end <= len(doc.text)):
        return {"doc": c.doc, "start": c.start, "end": c.end, "text": c.text}
    text = doc.text
    start = _sentence_start(text, c.start)
    stop = _SENTENCE_END.search(text, c.end)
    end = len(text) if stop is None else stop.start() if stop.group().isspace() else stop.end()
    while start < end and text[start].isspace():
        start += 1
    return {"doc": c.doc, "start": start, "end": end, "text": text[start:end]}


# Characters no sentence end can contain: a scan for sentence ends passes through the position
# right after one of them whatever happened before it.
_NOT_IN_SENTENCE_END = re.compile(r"[^\s.!?\"”’)]")


def _sentence_start(text: str, pos: int) -> int:
    """Where the last sentence end before ``pos`` ends (0 if none): the end of the last match of
    ``_SENTENCE_END.finditer(text, 0, pos)``, found by scanning back from ``pos`` in windows instead
    of from the start of the text for every claim.

    A window starts right after a character that no match contains, so the scan reaches that
    position whatever came before it, and finds there the same matches as a scan from 0; if
    the window has none, the last match lies before that character, and the same holds for
    the text up to it.
    """
    end = pos
    while end > 0:
        lo = max(0, end - 200)
        plain = _NOT_IN_SENTENCE_END.search(text, lo, end) if lo > 0 else None
        ends = [m.end() for m in _SENTENCE_END.finditer(text, plain.end() if plain else 0, end)]
        if ends:
            return ends[-1]
        if plain is None:
            return 0
        end = plain.start()  # the text before that character holds the same matches: look there
    return 0


def _polarity_disputes(claims: Sequence[Claim], documents: Mapping[str, Document]) -> list[dict[str, Any]]:
    """One outlet reports a claim as asserted, another reports it denied."""
    out = []
    used: set[str] = set()
    seen: dict[int, tuple[str, dict[str, Any]]] = {}  # per claim, once: a claim lands in many candidate groups
    by_polarity: dict[str, list[int]] = defaultdict(list)  # claim positions, ascending, per polarity
    for i, c in enumerate(claims):
        by_polarity[c.polarity].append(i)
    for i, a in enumerate(claims):
        if a.id in used:
            continue
        # A dispute needs a similar later claim of another polarity: look for one first, among
        # those claims only, and skip the full comparison when there is none (same result, fewer pairs).
        if not any(fuzz.token_set_ratio(a.text, claims[j].text) >= CLAIM_SIMILARITY
                   for pol, idx in by_polarity.items() if pol != a.polarity
                   for j in idx[bisect.bisect_right(idx, i):]):
            continue
        same = [a] + [b for b in claims[i + 1 :] if fuzz.token_set_ratio(a.text, b.text) >= CLAIM_SIMILARITY]
        values: dict[str, dict[str, Any]] = {}
        for c in same:
            g = values.setdefault(c.polarity, {"value": c.polarity, "outlets": [], "docs": [], "evidence": []})
            if id(c) not in seen:
                seen[id(c)] = (outlet_of(documents.get(c.doc), c.doc), _sentence_evidence(documents.get(c.doc), c))
            outlet, evidence = seen[id(c)]
            if outlet not in g["outlets"]:
                g["outlets"].append(outlet)
            g["docs"].append(c.doc)
            g["evidence"].append(dict(evidence))
        groups = sorted(values.values(), key=lambda g: g["value"])
        if _conflicting(groups, kind="polarity"):
            used.update(c.id for c in same)
            out.append({"kind": "polarity", "subject": a.text, "event": None, "values": groups})
    return out


def _same_speaker(a: Claim, b: Claim) -> bool:
    if a.speaker and b.speaker:
        return a.speaker == b.speaker
    wa, wb = (a.speaker_text or "").lower().split(), (b.speaker_text or "").lower().split()
    return not wa or not wb or wa[-1] == wb[-1]


def _speaker_blocks(claims: Sequence[Claim]) -> Callable[[int], list[int]]:
    """Indexes after ``i`` that ``_same_speaker`` can accept, ascending: the same speaker
    entity, the same last word of the speaker's name, or no speaker name on either side.
    Blocking keeps the comparison near-linear on a large corpus with the same result."""
    by_entity: dict[str, list[int]] = defaultdict(list)
    by_word: dict[str, list[int]] = defaultdict(list)
    unnamed: list[int] = []
    for j, c in enumerate(claims):
        if c.speaker:
            by_entity[c.speaker].append(j)
        words = (c.speaker_text or "").lower().split()
        if words:
            by_word[words[-1]].append(j)
        else:
            unnamed.append(j)

    def candidates(i: int) -> list[int]:
        c = claims[i]
        words = (c.speaker_text or "").lower().split()
        if not words:
            return list(range(i + 1, len(claims)))
        pool = set(by_word[words[-1]]) | set(unnamed)
        if c.speaker:
            pool |= set(by_entity[c.speaker])
        return sorted(j for j in pool if j > i)

    return candidates


class _WordingSimilarity:
    """``token_set_ratio(a, b) >= CLAIM_SIMILARITY``, computed once per pair of distinct wordings."""

    def __init__(self) -> None:
        self._known: dict[tuple[str, str], bool] = {}

    def __call__(self, a: str, b: str) -> bool:
        key = (a, b) if a <= b else (b, a)
        found = self._known.get(key)
        if found is None:
            found = self._known[key] = fuzz.token_set_ratio(a, b) >= CLAIM_SIMILARITY
        return found


def _published(documents: Mapping[str, Document], doc_id: str) -> str | None:
    doc = documents.get(doc_id)
    return doc.published if doc else None


def _claim_value_disputes(claims: Sequence[Claim], documents: Mapping[str, Document]) -> list[dict[str, Any]]:
    """One speaker's claim that outlets report with different numbers or dates ("$40 million" / "$25 million").

    Claims are the same when their speakers agree and their wording, dates and
    numbers set aside, is as close as ``CLAIM_SIMILARITY`` to the first claim of
    the group (in corpus order); a claim already compared in an earlier group
    does not lead one of its own, so a claim repeated by a thousand copies is
    compared once, not a thousand times. Values are read from the claim's
    content; the evidence is the whole sentence.
    """
    out: list[dict[str, Any]] = []
    used: set[str] = set()
    wording = [_wording(c.text) for c in claims]  # once per claim, not once per pair
    values_of: dict[int, tuple[MentionRef, list[str], list[tuple[str, str]]]] = {}  # per claim, once
    # Only claims that give a date or a number can disagree on one: the others are
    # neither compared nor grouped, which keeps this step near-linear on a large corpus.
    valued = []
    for i, c in enumerate(claims):
        date_values = [v.value for v in sentence_dates(c.text, published=_published(documents, c.doc))]
        count_values = [(noun, v.value) for noun, v in sentence_counts(c.text)]
        if date_values or count_values:
            ev = _sentence_evidence(documents.get(c.doc), c)
            values_of[i] = (MentionRef(c.doc, ev["start"], ev["end"], ev["text"]), date_values, count_values)
            valued.append(i)
    # Blocks over the valued claims only (the others can never be members), and one similarity per
    # pair of distinct wordings: syndicated and templated copies repeat a wording many times.
    local = _speaker_blocks([claims[i] for i in valued])
    similar = _WordingSimilarity()
    grouped: set[int] = set()  # claims already compared inside some group
    for x, i in enumerate(valued):
        a = claims[i]
        if a.id in used or i in grouped:
            continue  # a claim leads a group only if no earlier group took it: each repeat is compared once
        members = [i] + [j for j in (valued[y] for y in local(x)) if claims[j].id not in used
                         and _same_speaker(a, claims[j]) and similar(wording[i], wording[j])]
        if len(members) < 2:
            continue
        grouped.update(members)
        same = [claims[j] for j in members]
        dates: list[tuple[str, MentionRef]] = []
        counts: dict[str, list[tuple[str, MentionRef]]] = defaultdict(list)
        for j in members:
            ref, date_values, count_values = values_of[j]
            dates.extend((value, ref) for value in date_values)
            for noun, value in count_values:
                counts[noun].append((value, ref))
        who = a.speaker_text or "unknown speaker"
        found: list[dict[str, Any]] = []
        groups = _grouped(_drop_vaguer(dates), documents)
        if _conflicting(groups, kind="date"):
            found.append({"kind": "date", "subject": f"claim by {who}: {a.text}", "event": None, "values": groups})
        for noun, vals in sorted(counts.items()):
            groups = _grouped(vals, documents)
            if _conflicting(groups, kind="number"):
                found.append({"kind": "number", "subject": f"claim by {who}: {noun}", "event": None, "values": groups})
        for d in found:
            d["claims"] = [c.id for c in same]
        if found:
            used.update(c.id for c in same)
            out.extend(found)
    return out
