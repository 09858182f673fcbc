"""Cross-document event coreference: one Event per real-world happening.

Reports (``EventMention``) are compared only inside blocks keyed by event
type and participant country (or entity when no country is known), never all
pairs. Two reports may merge only when they are *compatible* (same type and
modality, no conflicting mode, participant countries, place, date, ordinal or
named persons) and there is *positive evidence* they are the same happening:
agreeing dates at month precision or finer (a bare year is no evidence for a month), a shared named person, or (for
non-consultation events, which recur less between the same parties) another
named thing both sentences mention. Pairs merge best-evidence first, and a
merge of two clusters is refused when any pair across them is incompatible,
so "the first visit" and "the most recent visit" never end up together.
Within one article, a definite nominal report ("the visit", "the talks")
joins the nearest earlier compatible report of the same type; one named by a
day the article cannot place in a year ("the March 10 agreement" in an undated
article) restates only a report told with that day or month.
An event lists, beside its people and groups, the entities of the countries
they stand for (when the corpus names those countries), and is dated by the
day of a time of day ("on Saturday morning").
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import date, timedelta

from newsgraph.model import (
    ActorRef,
    DocAnalysis,
    Document,
    Entity,
    Event,
    EventDate,
    EventMention,
    MentionRef,
)
from newsgraph.resolve.event_match import (
    Report,
    compatible,
    dates_agree,
    day_weekday,
    evidence,
    one_sided,
    participants_clash,
    unanchored_day,
    unanchored_month,
    unanchored_weekday,
)

__all__ = ["resolve_events"]

# Types whose participants are interchangeable (a call between A and B is a call between B and A).
SYMMETRIC_TYPES = ("CONSULT", "AGREE", "COOPERATE")
# Types whose target may be the place left ("withdrew from X"): the target is the country holding X.
PLACE_TARGET_TYPES = ("RETREAT",)
# Named things whose mention in both sentences is evidence of one happening ("the port of X", "the Y
# Act"). Cities and countries are not: two agreements signed in one capital are still two.
CONTEXT_TYPES = ("FAC", "ORG", "LAW", "EVENT")
# Types whose act has no other side to imply: a protest is aimed at its own government as often as not.
NO_COUNTERPART_TYPES = ("PROTEST",)
# Talks no report gives a party ("a fifth round in Rome", "the talks in Manila"): in articles about two
# countries, theirs (see _imply_counterpart).
PAIR_TALK_TYPES = ("CONSULT",)
# The two countries an event's articles are about (see _main_pair): the second must be named at least
# this often, and this share as often as the first (judgement: a country named once is a passing mention).
DYAD_MIN_MENTIONS = 2
DYAD_MIN_SHARE = 0.25
# Only pairs with at least this much positive evidence merge (see event_match.evidence).
MIN_EVIDENCE = 1.0
# Letters two triggers must share to be one word family ("agree"/"agreement", "withdrew"/"withdrawal");
# four keeps "meet"/"meeting" and drops "pledge"/"agreement".
STEM = 4


@dataclass
class _Lookup:
    chain_map: Mapping[tuple[str, int], str]
    entities: Mapping[str, Entity]
    by_name: dict[str, str] = field(default_factory=dict)

    @classmethod
    def build(cls, entities: Sequence[Entity], chain_map: Mapping[tuple[str, int], str]) -> _Lookup:
        lk = cls(chain_map, {e.id: e for e in entities})
        for e in entities:
            if e.type in ("GPE", "LOC"):
                for name in (e.name, *e.aliases):
                    lk.by_name.setdefault(name.casefold(), e.id)
        return lk

    def entity(self, doc: str, ref: ActorRef) -> str | None:
        if ref.chain is not None and (doc, ref.chain) in self.chain_map:
            return self.chain_map[(doc, ref.chain)]
        return self.by_name.get(ref.text.casefold()) or (self.by_name.get(ref.country.casefold()) if ref.country else None)

    def place_holder(self, doc: str, ref: ActorRef) -> str | None:
        """The country entity holding a place ("withdrew from the port" acts on that country), else the place."""
        c = self.country(doc, ref)
        return (self.by_name.get(c.casefold()) if c else None) or self.entity(doc, ref)

    def country(self, doc: str, ref: ActorRef) -> str | None:
        if ref.country:
            return ref.country
        eid = self.entity(doc, ref)
        ent = self.entities.get(eid) if eid else None
        return ent.country if ent else None


def _is_venue(ref: ActorRef, m: EventMention) -> bool:
    """A retreat's target that is its own place: the stage marks "withdrew from X" that way."""
    return m.type in PLACE_TARGET_TYPES and m.location is not None \
        and (ref.start, ref.end) == (m.location.start, m.location.end)


def _latest_date(doc: Document | None, analysis: DocAnalysis) -> str | None:
    """The latest day the document can have been written (asserted past events are not later)."""
    if doc is not None and doc.published:
        return doc.published
    if doc is not None and doc.published_range:
        return doc.published_range[-1]
    rng = (analysis.inferred_date or {}).get("range")
    return rng[-1] if rng else None


def _weekday_window(doc: Document | None, analysis: DocAnalysis) -> tuple[str, str] | None:
    """The days an unanchored weekday in this article can name: from a week before the first day it
    can have been written on to the last (None unless its content bounds those days to the day)."""
    rng = (doc.published_range if doc is not None and doc.published_range else None) \
        or (analysis.inferred_date or {}).get("range")
    if not rng or not all(isinstance(v, str) and len(v) == 10 for v in (rng[0], rng[-1])):
        return None
    try:
        first = date.fromisoformat(rng[0]) - timedelta(days=7)
    except ValueError:
        return None
    return first.isoformat(), rng[-1]


def _context_entities(analysis: DocAnalysis, lk: _Lookup, m: EventMention, actors: set[str]) -> set[str]:
    found: set[str] = set()
    for men in analysis.mentions:
        if m.start <= men.start < m.end and men.chain >= 0:
            eid = lk.chain_map.get((analysis.doc_id, men.chain))
            ent = lk.entities.get(eid) if eid else None
            if eid is not None and ent is not None and eid not in actors \
                    and ent.type in CONTEXT_TYPES:
                found.add(eid)
    return found


def _report(analysis: DocAnalysis, idx: int, m: EventMention, lk: _Lookup, doc: Document | None) -> Report:
    d = analysis.doc_id
    src = {e for r in m.source if (e := lk.entity(d, r))}
    tgt = {e for r in m.target if (e := lk.place_holder(d, r) if _is_venue(r, m) else lk.entity(d, r))}
    persons = {e for e in src | tgt if lk.entities[e].type == "PERSON"}
    person_country: dict[str, str | None] = {e: lk.entities[e].country for e in persons}
    for r in (*m.source, *m.target):  # the report's own "Russian President X" knows better than nothing
        e = lk.entity(d, r)
        if e in persons and not person_country.get(e):
            person_country[e] = lk.country(d, r)
    place_c = (m.location.country or lk.country(d, m.location)) if m.location else None
    return Report(
        doc=d, idx=idx, m=m, src=src, tgt=tgt, persons=persons, person_country=person_country,
        src_c={c for r in m.source if (c := lk.country(d, r))}, tgt_c={c for r in m.target if (c := lk.country(d, r))},
        place=(place := lk.entity(d, m.location) if m.location else None), place_c=place_c,
        place_kind=lk.entities[place].type if place is not None and place in lk.entities else None,
        date=event_day(m.time.value) if m.time and m.time.value else None, latest=_latest_date(doc, analysis),
        context=_context_entities(analysis, lk, m, src | tgt), month=unanchored_month(m.time),
        weekday=(weekday := unanchored_weekday(m.time)),
        weekday_window=_weekday_window(doc, analysis) if weekday is not None else None,
        sentence_dates=tuple(t.value or "" for t in analysis.times if t.type == "DATE" and m.start <= t.start < m.end),
        tgt_places=frozenset(e for e in tgt if _is_local_place(lk.entities.get(e))),
        pair_ref=any(ref.chain is None and _PAIR_REF.match(ref.text) is not None for ref in (*m.source, *m.target)),
    )


# "the two governments", "both leaders", "the two neighbours", "the two men": the parties named only as a
# pair; "the leaders", "the governments" (a plural party with nothing else to it) too.
_PAIR_REF = re.compile(r"(?i)^(?:the\s+)?(?:(?:two|both)\s+(?:\w+\s+)?(?:governments|countries|nations|states|leaders|"
                       r"sides|ministers|presidents|delegations|capitals|neighbours|neighbors|heads of state|men|women)"
                       r"|governments|leaders|sides|delegations|presidents|neighbours|neighbors)$")


def _is_local_place(ent: Entity | None) -> bool:
    """A town, region or site (not a country): "Goma", "the air base"."""
    return ent is not None and ent.type in ("GPE", "LOC", "FAC") and ent.name != ent.country


class _Clusters:
    def __init__(self, reports: list[Report]) -> None:
        self.reports = reports
        self.of = list(range(len(reports)))
        self.members: dict[int, list[int]] = {i: [i] for i in range(len(reports))}
        self.signature = [r.signature() for r in reports]
        # Per cluster, one member for each distinct signature: compatibility is a function of the
        # signature, so a cluster of a thousand copies of one report is checked like one report.
        self.kinds: dict[int, dict[tuple[object, ...], int]] = {i: {self.signature[i]: i} for i in range(len(reports))}
        # Cluster pairs found incompatible: clusters only grow and a merged-away id never returns,
        # so once two clusters clash they clash for good and need not be compared again.
        self.clash: set[tuple[int, int]] = set()

    def can_join(self, a: int, b: int) -> bool:
        ca, cb = sorted((self.of[a], self.of[b]))
        if ca == cb or (ca, cb) in self.clash:
            return False
        if all(compatible(self.reports[x], self.reports[y])
               for x in self.kinds[ca].values() for y in self.kinds[cb].values()):
            return True
        self.clash.add((ca, cb))
        return False

    def join(self, a: int, b: int) -> None:
        ca, cb = sorted((self.of[a], self.of[b]))
        for x in self.members.pop(cb):
            self.of[x] = ca
            self.members[ca].append(x)
        kinds = self.kinds[ca]
        for sig, x in self.kinds.pop(cb).items():
            kinds.setdefault(sig, x)


def _within_document(cl: _Clusters) -> None:
    """A definite nominal ("the visit") joins the nearest earlier compatible report in its article."""
    by_doc: dict[str, list[int]] = defaultdict(list)
    for i, r in enumerate(cl.reports):
        by_doc[r.doc].append(i)
    for idxs in by_doc.values():
        for pos, i in enumerate(idxs):
            if not cl.reports[i].m.definite:
                continue
            me = cl.reports[i]
            for j in reversed(idxs[:pos]):
                other = cl.reports[j]
                if other.m.type != me.m.type or not _anaphor_fits(me, [cl.reports[k] for k in cl.members[cl.of[j]]]):
                    continue
                if cl.can_join(i, j):
                    cl.join(i, j)
                    break


def _same_stem(a: str, b: str) -> bool:
    """"the agreement" restates "agreed", "the withdrawal" restates "withdrew"; "the agreement" is not "pledged"."""
    return a.casefold()[:STEM] == b.casefold()[:STEM]


def _same_setting(me: Report, cluster: list[Report], *, loose: bool = False) -> bool:
    """Same type, the same countries on the same sides as the happening ``cluster`` reports, no other place.

    ``loose`` (a second pass, once the exact fits have joined): a side of ``me`` may
    be named by a person whose country is unknown when that person already takes
    part in the cluster ("after meeting the foreign minister" where an earlier
    report of the visit names him), and a building and a city of one country are
    not two places (the palace may stand in the capital).
    """
    if not me.src_c or any(r.m.type != me.m.type for r in cluster):
        return False
    src_c = set().union(*(r.src_c for r in cluster))
    tgt_c = set().union(*(r.tgt_c for r in cluster))
    if not (src_c and tgt_c and me.src_c <= src_c):
        return False
    named = loose and bool(me.tgt) and me.tgt <= set().union(*(r.tgt for r in cluster))
    if not (me.tgt_c <= tgt_c if me.tgt_c else named):
        return False
    places = [r for r in cluster if r.place]
    return me.place is None or not places or all(_same_place(me, r, loose=loose) for r in places)


def _same_place(a: Report, b: Report, *, loose: bool) -> bool:
    if a.place == b.place:
        return True
    return loose and "FAC" in (a.place_kind, b.place_kind) and a.place_kind != b.place_kind \
        and a.place_c is not None and a.place_c == b.place_c


def _undated_restatements(cl: _Clusters) -> None:
    """"A recent visit to Ankara by a Greek delegation" (lead) and "when the Greek delegation landed in
    Ankara on May 3" (body) are one visit: an article's report with no time expression at all joins
    the one other happening in that article of the same type between the same countries on the same
    sides ("after meeting the foreign minister, the Greek delegation was received by the president"
    joins that visit too). When the article reports two such happenings, nothing says which one is
    meant and nothing joins; a date in its sentence that the happening's date does not agree with
    ("in 2019", "last month") keeps it apart (see :func:`_sentence_dates_fit`).
    Exact fits join first, so that a loose fit (see :func:`_same_setting`) sees the lead already joined."""
    by_doc: dict[str, list[int]] = defaultdict(list)
    for i, r in enumerate(cl.reports):
        by_doc[r.doc].append(i)
    for loose in (False, True):
        for idxs in by_doc.values():
            _restatements_in(cl, idxs, loose=loose)


# Acts one side repeats many times in one story ("drone attacks since Thursday", "retaliatory strikes on
# Saturday"): an undated report of one restates another only when it says so ("the strikes").
REPEATED_TYPES = ("ASSAULT",)


def _restatements_in(cl: _Clusters, idxs: list[int], *, loose: bool) -> None:
    """One pass of :func:`_undated_restatements` over one article's reports."""
    for i in idxs:
        me = cl.reports[i]
        if me.m.ordinal or len(cl.members[cl.of[i]]) > 1 or (me.m.type in REPEATED_TYPES and not me.m.definite):
            continue
        clusters = {cl.of[j] for j in idxs if cl.of[j] != cl.of[i]}
        others = [c for c in clusters if _same_setting(me, group := [cl.reports[k] for k in cl.members[c]], loose=loose)
                  and _sentence_dates_fit(me, group)]
        if len(others) == 1:
            j = cl.members[others[0]][0]
            if cl.can_join(i, j):
                cl.join(i, j)


def _sentence_dates_fit(me: Report, cluster: list[Report]) -> bool:
    """A date in the sentence of an undated report ("in 2019", "last month") may be its own date, so
    it restates only a happening dated in agreement with every such date ("this year's chair" agrees
    with a report dated this year); a sentence with no date fits any happening."""
    if not me.sentence_dates:
        return True
    dated = [r.date for r in cluster if r.date]
    return bool(dated) and all(v and all(dates_agree(v, d) for d in dated) for v in me.sentence_dates)


def _anaphor_fits(me: Report, cluster: list[Report]) -> bool:
    """"The talks" may join a visit or other talks, not a mediation; a dated "the 1980 treaty" needs a date.

    Outside consultations (whose modes already say what may restate what), the
    definite noun must restate a trigger of the same word family.
    """
    if me.m.type != "CONSULT" and not any(_same_stem(me.m.trigger, r.m.trigger) for r in cluster):
        return False
    if me.place and not any(r.place == me.place for r in cluster):
        return False  # "the Ankara talks" restate talks held in Ankara, not the nearest talks anywhere
    modes = {r.m.mode for r in cluster}
    if me.m.mode is None and not modes <= {None, "visit"}:
        return False
    if me.m.mode is not None and me.m.mode not in modes:
        return False
    if me.m.time is not None and me.m.time.text and not me.date:
        # "the March 10 agreement" in an article that gives no year: named by its own day, it restates
        # only a report told with that day (or month), not the nearest agreement "on Thursday"
        return any(r.m.time is not None and (r.m.time.text == me.m.time.text or (me.month and r.month == me.month))
                   for r in cluster)
    return not (me.date and not any(r.date for r in cluster))


def _participant_keys(r: Report) -> set[str]:
    """What two reports must share to be compared: a participant country or entity (a person of no known
    country arrested "on Sunday" in one article, "the Argentine gendarme" in another), else the
    country of its place; and its month when it names no doer and acts on no party but a town or site
    (an attack on a village "on April 22" and "the killing of 26 people" that day must meet)."""
    keys = set((r.src_c | r.tgt_c | r.src | r.tgt) or ({r.place_c} if r.place_c else set()))
    if r.date and len(r.date) >= 7 and not (r.src or r.src_c) and r.tgt <= r.tgt_places:
        keys.add("@" + r.date[:7])  # no doer, no party acted on but a town or site: its month
    if r.m.type not in SYMMETRIC_TYPES and one_sided(r):
        keys.add("#" + str(r.date))  # only the doer or only the one acted on: its day (see one_side_each)
    return keys


def _evidence_keys(r: Report) -> set[str]:
    """Keys such that two reports whose ``evidence`` can reach MIN_EVIDENCE share at least one.

    Evidence of one happening is (see event_match.evidence): the same year and month
    ("YM"), the same month named without a year on one side ("M", paired with any report
    of that month), two shared persons ("PP"), one shared person in the same place
    ("PL"), or a shared named thing outside consultations ("C"). Everything else scores
    below MIN_EVIDENCE, so pairs sharing none of these keys are never compared: the
    result is the one all pairs in a participant block would give, at a fraction of the
    pairs on a large corpus where a block ("consultations involving country X") grows
    with the corpus.
    """
    keys: set[str] = set()
    if r.date and len(r.date) >= 7:
        keys.add("YM" + r.date[:7])
    persons = sorted(r.persons)
    keys.update(f"PP{a}|{b}" for i, a in enumerate(persons) for b in persons[i + 1:])
    if r.place:
        keys.update(f"PL{p}|{r.place}" for p in persons)
    if r.m.type not in SYMMETRIC_TYPES[:1]:
        keys.update("C" + c for c in r.context)
    return keys


def _month_of(r: Report) -> str | None:
    return r.month or (r.date[5:7] if r.date and len(r.date) >= 7 else None)


def _candidate_pairs(reports: list[Report]) -> set[tuple[int, int]]:
    """Pairs (i < j) sharing a participant block and an evidence key, plus unanchored-month pairs."""
    blocks: dict[tuple[str, str, str], list[int]] = defaultdict(list)
    # An unanchored month ("in July", year unknown) is evidence beside any report of that month and
    # beside any report dated by its year alone (which names no month to conflict with): rare, so
    # those pairs are listed apart, per participant block.
    unanchored: dict[tuple[str, str], list[int]] = defaultdict(list)
    dated: dict[tuple[str, str], list[int]] = defaultdict(list)
    # So is an unanchored weekday ("on Monday" in an article without a date) beside a report dated
    # to a day of that weekday, per participant block.
    weekdays: dict[tuple[str, str, int], list[int]] = defaultdict(list)
    days: dict[tuple[str, str, int], list[int]] = defaultdict(list)
    for i, r in enumerate(reports):
        evidence_keys = _evidence_keys(r)
        for k in _participant_keys(r):
            for e in evidence_keys:
                blocks[(r.m.type, k, e)].append(i)
            if r.month:
                unanchored[(r.m.type, k)].append(i)
            elif r.date:
                dated[(r.m.type, k)].append(i)
            if r.weekday is not None and not r.date:
                weekdays[(r.m.type, k, r.weekday)].append(i)
            elif (wd := day_weekday(r.date)) is not None:
                days[(r.m.type, k, wd)].append(i)
    pairs: set[tuple[int, int]] = set()
    for members in blocks.values():
        for x, i in enumerate(members):
            pairs.update((i, j) for j in members[x + 1:])
    for block, loose in unanchored.items():
        for x, i in enumerate(loose):
            month = reports[i].month
            partners = [j for j in loose[x + 1:] + dated.get(block, [])
                        if _month_of(reports[j]) in (month, None)]
            pairs.update((min(i, j), max(i, j)) for j in partners)
    for day_block, undated in weekdays.items():
        pairs.update((min(i, j), max(i, j)) for i in undated for j in days.get(day_block, []))
    return pairs


def _across(cl: _Clusters) -> None:
    """Merge reports across articles, best evidence first.

    Copies first: reports with one signature (the same sentence syndicated to many
    outlets, or retold with the same actors, date and place) join each other when
    their evidence reaches MIN_EVIDENCE, since no pair of reports can have more
    evidence than a report with its copy. Then one representative per signature and
    cluster takes part in the ranked pairwise merging, so a happening told by
    thousands of articles costs its distinct tellings, not the square of its reports.
    """
    copies: dict[tuple[object, ...], list[int]] = defaultdict(list)
    for i, sig in enumerate(cl.signature):
        copies[sig].append(i)
    for idxs in copies.values():
        first = cl.reports[idxs[0]]
        if len(idxs) > 1 and evidence(first, first) >= MIN_EVIDENCE:
            for j in idxs[1:]:
                if cl.can_join(idxs[0], j):
                    cl.join(idxs[0], j)
    units: dict[tuple[tuple[object, ...], int], int] = {}  # (signature, cluster) -> its first report
    for i, sig in enumerate(cl.signature):
        units.setdefault((sig, cl.of[i]), i)
    reps = sorted(units.values())
    pairs = ((reps[x], reps[y]) for x, y in _candidate_pairs([cl.reports[i] for i in reps]))
    scored = ((evidence(cl.reports[i], cl.reports[j]), (i, j)) for i, j in pairs)
    ranked = sorted(((s, p) for s, p in scored if s >= MIN_EVIDENCE), key=lambda t: (-t[0], t[1]))
    for _, (i, j) in ranked:
        if cl.can_join(i, j):
            cl.join(i, j)


def _actorless_same_day(cl: _Clusters) -> None:
    """A report naming no participant but an exact day ("the Beijing agreement of March 10") or a month
    ("the ban was imposed in August 2023") joins the one happening of its type reported with participants
    on that day or in that month, when there is exactly one.

    Without actors such a report shares no participant block, so ``_across`` never compares it;
    the day alone is strong evidence only when no other happening of that type is dated to it
    (on a busy corpus two agreements on one day leave it alone).
    """
    by_day: dict[tuple[str, str], set[int]] = defaultdict(set)
    for i, r in enumerate(cl.reports):
        if r.date and len(r.date) >= 7 and (r.src_c or r.tgt_c or r.src or r.tgt):
            by_day[(r.m.type, r.date[:7])].add(cl.of[i])  # by month: also what a month-dated report may mean
            if len(r.date) == 10:
                by_day[(r.m.type, r.date)].add(cl.of[i])
    for i, r in enumerate(cl.reports):
        if r.src_c or r.tgt_c or r.src or r.tgt or not r.date or len(r.date) not in (7, 10):
            continue
        # a day names one happening of the day; a month ("the ban was imposed in August 2023") one of
        # the month, when the corpus reports exactly one happening of that type in it
        clusters = by_day.get((r.m.type, r.date), set())
        if len(clusters) == 1:
            target = next(iter(clusters))
            member = cl.members.get(target, [target])[0]
            if cl.of[i] != cl.of[member] and cl.can_join(i, member):
                cl.join(i, member)


def resolve_events(analyses: Sequence[DocAnalysis], documents: Mapping[str, Document],
                   entities: Sequence[Entity], chain_map: Mapping[tuple[str, int], str]) -> list[Event]:
    """One Event per happening, ids "v1", "v2" ... in order of first report (doc id, offset)."""
    lk = _Lookup.build(entities, chain_map)
    reports = [_report(a, i, m, lk, documents.get(a.doc_id))
               for a in sorted(analyses, key=lambda a: a.doc_id) for i, m in enumerate(a.events)]
    _anchor_undated_years(reports, documents)
    cl = _Clusters(reports)
    _within_document(cl)
    _undated_restatements(cl)
    _across(cl)
    _actorless_same_day(cl)
    groups = [sorted(ms, key=lambda i: (reports[i].doc, reports[i].m.start)) for ms in cl.members.values()]
    groups.sort(key=lambda ms: (reports[ms[0]].doc, reports[ms[0]].m.start, reports[ms[0]].idx))
    salience = {a.doc_id: _country_salience(a, lk) for a in analyses}
    events: list[Event] = []
    for ms in groups:
        ev = _event(f"v{len(events) + 1}", [reports[i] for i in ms], lk)
        if ev is not None and _imply_counterpart(ev, [reports[i] for i in ms], salience, lk):
            events.append(ev)
    return events


def _country_salience(analysis: DocAnalysis, lk: _Lookup) -> Counter[str]:
    """How often an article names each country, itself or through its people, places and bodies."""
    counts: Counter[str] = Counter()
    for men in analysis.mentions:
        if men.chain >= 0 and (eid := lk.chain_map.get((analysis.doc_id, men.chain))) is not None:
            ent = lk.entities.get(eid)
            if ent is not None and ent.country:
                counts[ent.country] += 1
    return counts


def _main_pair(counts: Counter[str]) -> tuple[str, str] | None:
    """The two countries the articles are about, when two clearly lead: the second is named at least
    DYAD_MIN_MENTIONS times and DYAD_MIN_SHARE as often as the first, and more often than the third."""
    top = counts.most_common(3)
    if len(top) < 2:
        return None
    (a, na), (b, nb) = top[0], top[1]
    if nb < DYAD_MIN_MENTIONS or nb < DYAD_MIN_SHARE * na or (len(top) == 3 and top[2][1] >= nb):
        return None
    return a, b


def _imply_counterpart(ev: Event, reports: Sequence[Report], salience: Mapping[str, Counter[str]],
                       lk: _Lookup) -> bool:
    """Give a one-sided act between the articles' two main countries its other side.

    News about a relationship often names only one side of an act between the two: "Thailand
    closed its land crossings", "Islamabad rejected any role", "a rocket hit a petrol station in
    Sisaket". When every party the event names belongs to one of the two countries its articles
    are about, and no report names anyone on the other side, that other country is the act's
    counterpart. It is added to the empty side and listed in ``implied``, so a reader can tell
    it from the actors the sentences name. Not when a report names a group of no state on that
    side ("opposition forces seized the capital", "gunmen killed ...").

    Returns whether the event is kept: one whose only party is a pair named by number ("the two
    governments signed five agreements") is kept only when the articles have such a pair (or it
    has a place), as an event with no party at all is not kept (see _event).
    """
    pair_only = not (ev.source or ev.target) and (any(r.pair_ref for r in reports) or ev.type in PAIR_TALK_TYPES)
    kept = not pair_only or bool(ev.location)  # unless a pair is found for it below
    if ev.type in NO_COUNTERPART_TYPES or (ev.source and ev.target) or not (ev.source or ev.target or pair_only):
        return kept
    pair = _main_pair(sum((salience.get(d, Counter()) for d in sorted({r.doc for r in reports})), Counter()))
    if pair is None:
        return kept
    if pair_only:
        return _imply_pair(ev, pair, lk) or kept
    named = {c for e in (*ev.source, *ev.target) if (c := _actor_country(lk.entities.get(e)))}
    if len(named) != 1 or not named <= set(pair):
        return True
    if any(_non_state(ref.text) for r in reports for ref in (r.m.target if ev.source else r.m.source)):
        return True  # the empty side is a group of no state ("opposition forces seized X"): not the other country
    other = pair[1] if pair[0] in named else pair[0]
    eid = lk.by_name.get(other.casefold())
    if eid is None:
        return True
    if ev.source:
        ev.target = sorted({*ev.target, eid})
    else:
        ev.source = sorted({*ev.source, eid})
    ev.implied = [eid]
    return True


def _imply_pair(ev: Event, pair: tuple[str, str], lk: _Lookup) -> bool:
    """The pair named by number is the articles' two countries (both their entities, as implied);
    False when the corpus has no entity for one of them."""
    first, second = (lk.by_name.get(c.casefold()) for c in pair)
    if first is None or second is None:
        return False
    ev.source, ev.target, ev.implied = [first], [second], sorted((first, second))
    return True


# Words for armed or civil groups that act for no state: such a side, named but not resolved, is
# not the other country ("opposition forces seized the capital", "gunmen killed nine labourers").
NON_STATE_WORDS = frozenset({"rebel", "rebels", "fighters", "militants", "militia", "militias", "gunmen",
                             "insurgents", "opposition", "jihadists", "separatists", "guerrillas", "attackers",
                             "protesters", "demonstrators", "smugglers", "traffickers", "extremists", "terrorists"})


def _non_state(text: str) -> bool:
    return any(w in NON_STATE_WORDS for w in text.lower().split())


def _actor_country(ent: Entity | None) -> str | None:
    return ent.country if ent is not None else None


def _anchor_undated_years(reports: list[Report], documents: Mapping[str, Document]) -> None:
    """Give an undated article's "April 22" the year of the story it tells, when the story says it.

    An article with no date and no year anywhere ("the massacre at the meadow on
    April 22") cannot date its reports alone. When its reports of a day match,
    by type, day and month and with no clash of parties, reports that dated articles give
    with a year, and all those matches agree on one year, the article's days and
    months between the first and the last matched month take that year. Matches
    in two years (two "January 28" visits a year apart) anchor nothing.
    """
    dated: dict[tuple[str, str], list[Report]] = defaultdict(list)  # (type, "MM-DD") -> dated reports
    for r in reports:
        doc = documents.get(r.doc)
        if r.date and len(r.date) == 10 and doc is not None and doc.published:
            dated[(r.m.type, r.date[5:])].append(r)
    undated: dict[str, list[int]] = defaultdict(list)
    for i, r in enumerate(reports):
        doc = documents.get(r.doc)
        if doc is not None and not doc.published and r.date is None and r.month:
            undated[r.doc].append(i)
    for idxs in undated.values():
        years: set[str] = set()
        months: list[str] = []
        for i in idxs:
            r = reports[i]
            day = unanchored_day(r.m.time)
            hits = [str(o.date)[:4] for o in dated.get((r.m.type, day), [])
                    if not participants_clash(r, o)] if day else []
            if hits:
                years.update(hits)
                months.append(r.month or "")
        if len(years) != 1:
            continue
        year = years.pop()
        lo, hi = min(months), max(months)
        for i in idxs:
            r = reports[i]
            if r.month and lo <= r.month <= hi:
                reports[i] = _with_year(r, year)


def _with_year(r: Report, year: str) -> Report:
    """The report dated in ``year`` (its own day or month), told as found relative to other reports."""
    day = unanchored_day(r.m.time)
    value = f"{year}-{day}" if day else f"{year}-{r.month}"
    time = replace(r.m.time, value=value, basis="relative") if r.m.time else None
    return replace(r, m=replace(r.m, time=time, date_basis="relative"), date=value, month=None)


def _date(reports: list[Report]) -> tuple[EventDate, list[dict]]:
    dated = [(r, r.date) for r in reports if r.date]
    if not dated:
        return EventDate(), []
    # The value most reports agree with (a month agrees with its days); among those, the most
    # precise one ("on Tuesday" beside "earlier this month"), then the one most reports give exactly.
    exact = Counter(v for _, v in dated)
    agree = {v: sum(1 for _, o in dated if o.startswith(v) or v.startswith(o)) for v in exact}
    best = max(agree, key=lambda v: (agree[v], len(v), exact[v], v))
    rep = next(r for r, v in dated if v == best)
    t = rep.m.time
    disagree = [{"value": v, "doc": r.doc, "text": r.m.time.text if r.m.time else None} for r, v in dated
                if not (best.startswith(v) or v.startswith(best))]
    if disagree:
        disagree.append({"value": best, "doc": rep.doc, "text": t.text if t else None})
    granularity = t.granularity if t else None
    if t is not None and t.value != best:  # "on Saturday morning" dates the event to that day,
        granularity = {4: "year", 7: "month", 10: "day"}.get(len(best), granularity)  # "in spring 2024" to that year
    return EventDate(value=best, granularity=granularity, text=t.text if t else None,
                     basis=rep.m.date_basis), disagree


def event_day(value: str) -> str:
    """An event's date from its time expression: a time of day ("2025-05-10TMO", "2025-05-10T15:35")
    gives its day, since a timeline of happenings is kept by day; every other value stays as it is."""
    if len(value) > 10 and value[10] == "T" and value[4] == "-" and value[7] == "-":
        return value[:10]
    if re.fullmatch(r"\d{4}-(SP|SU|FA|WI|Q[1-4]|H[12])", value):
        return value[:4]  # "in spring 2024", "in the third quarter": the year is what a timeline can place
    if week := re.fullmatch(r"(\d{4})-W(\d\d)(-WE)?", value):
        return _week_span(int(week[1]), int(week[2]), weekend=bool(week[3]))
    return value


def _week_span(year: int, week: int, *, weekend: bool) -> str:
    """"last week", "last weekend": the event record holds a day, a month or a year (the export
    contract), so a week is the month it lies in, or the year when it straddles two months."""
    try:
        first = date.fromisocalendar(year, week, 6 if weekend else 1)
        last = date.fromisocalendar(year, week, 7)
    except ValueError:
        return str(year)
    if (first.year, first.month) == (last.year, last.month):
        return f"{first.year:04d}-{first.month:02d}"
    return str(first.year if first.year == last.year else year)


def _told_without_doer(r: Report) -> bool:
    """"The deal was extended on Saturday": a dated act its report tells without naming anyone says what
    happened and when. One that names a doer we could not resolve ("the two countries") is a failed
    attachment, not such a report; a bare definite noun ("the talks") only points back."""
    return bool(r.date) and not r.m.definite and (not (r.m.source or r.m.target) or _told_by_a_crowd(r))


# Common nouns for people who act together without a name: "hundreds of demonstrators marched",
# "the teachers' unions walked out on April 23" report a dated happening though no entity stands for them.
CROWD_NOUNS = frozenset({"demonstrator", "protester", "protestor", "union", "worker", "teacher", "student",
                         "farmer", "driver", "resident", "villager", "crowd", "gunman", "militant", "fighter",
                         "rebel", "activist", "trader", "employee", "miner", "doctor", "nurse"})


def _told_by_a_crowd(r: Report) -> bool:
    """The only doers named are people of one of :data:`CROWD_NOUNS`, and no one is acted on."""
    if r.m.target or not r.m.source or r.pair_ref:
        return False
    for ref in r.m.source:
        if ref.chain is not None or ref.country:
            return False
        head = ref.text.split()[-1].casefold().removesuffix("s").removesuffix("'")
        if head not in CROWD_NOUNS:
            return False
    return True


def _country_entities(countries: Sequence[str], lk: _Lookup) -> set[str]:
    """The corpus's entities for these countries (none when the corpus never names the country)."""
    return {e for c in countries if (e := lk.by_name.get(c.casefold())) is not None}


def _event(eid: str, reports: list[Report], lk: _Lookup) -> Event | None:
    src_c = sorted(set().union(*(r.src_c for r in reports)))
    tgt_c = sorted(set().union(*(r.tgt_c for r in reports)))
    # The country an actor stands for is an actor too ("the Pakistani military spokesman" -> Pakistan,
    # "his Indian counterpart" -> India): the event lists its entity beside the person or group.
    src = sorted(set().union(*(r.src for r in reports)) | _country_entities(src_c, lk))
    tgt = sorted((set().union(*(r.tgt for r in reports)) | _country_entities(tgt_c, lk)) - set(src))
    places = [r.place for r in reports if r.place]
    if not (src or tgt or src_c or tgt_c or places) and not any(_told_without_doer(r) or r.pair_ref for r in reports):
        return None  # "the talks" with nothing to attach to: not an event an analyst can use
    etype = Counter(r.m.type for r in reports).most_common(1)[0][0]
    modes = Counter(r.m.mode for r in reports if r.m.mode)
    mode = modes.most_common(1)[0][0] if modes else None
    date, disagreement = _date(reports)
    location = Counter(places).most_common(1)[0][0] if places else None
    place_text = next((r.m.location.text for r in reports if r.m.location), None)
    who = "–".join(x for x in ("/".join(src_c), "/".join(c for c in tgt_c if c not in src_c)) if x)
    summary = " ".join(x for x in (who, (mode or etype.lower()), f"in {place_text}" if place_text else "") if x)
    return Event(
        id=eid, type=etype, mode=mode, summary=summary or reports[0].m.summary, source=src, target=tgt,
        location=location, date=date, modality=Counter(r.m.modality for r in reports).most_common(1)[0][0],
        mentions=list({(r.doc, r.m.start, r.m.end): MentionRef(r.doc, r.m.start, r.m.end, r.m.sentence)
                       for r in reports}.values()),  # one sentence with two triggers of it is one piece of evidence
        date_disagreement=disagreement, source_countries=src_c, target_countries=tgt_c,
    )
