"""Entity mentions and within-document chains for one document (the "mentions" stage).

Reads ``ctx.doc.ents``, cleans each span (mention_clean), reads titles and
roles around person names (mention_roles), corrects labels from general cues
(mention_types), adds acronyms the article defines (mention_acronyms) and
groups the mentions into chains (mention_chains). Fills
``ctx.analysis.mentions`` and ``ctx.analysis.chains``; offsets always satisfy
``document.text[m.start:m.end] == m.text``.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import replace
from typing import Any

from newsgraph.gazetteer import is_major_place, lookup_place
from newsgraph.model import Mention
from newsgraph.pipeline.context import DocContext
from newsgraph.stages.mention_acronyms import add_acronym_mentions, find_definitions
from newsgraph.stages.mention_chains import build_chains
from newsgraph.stages.mention_clean import (
    Candidate,
    clean_span,
    doc_text,
    looks_like_person,
    names_after_demonym,
    seed_doc_text,
    span_tokens,
    strip_inner_title,
)
from newsgraph.stages.mention_lexicon import Lexicon, lexicon
from newsgraph.stages.mention_recover import (
    add_national_bodies,
    complete_place_lists,
    complete_place_names,
    extend_linked_names,
    join_cut_coordinations,
    join_ministry_names,
    join_person_parts,
    join_slashed_orgs,
    join_split_places,
    persons_by_coordination,
    propagate_person_names,
    recover_acronyms,
    recover_by_apposition,
    recover_country_names,
    recover_named_facilities,
    recover_titled_names,
    strip_owner_possessive,
)
from newsgraph.stages.mention_roles import attach_role
from newsgraph.stages.mention_types import fix_label
from newsgraph.times.calendar import TIME_WORDS

# Model labels worth a mention. Numbers, dates and amounts belong to other stages;
# WORK_OF_ART is kept only when a rule relabels it (the small model uses it for
# headlines and quoted acronyms far more often than for real titles of works).
KEEP_LABELS = frozenset({"PERSON", "ORG", "GPE", "LOC", "FAC", "NORP", "EVENT", "LAW", "PRODUCT", "WORK_OF_ART"})
DROP_AFTER_FIX = frozenset({"WORK_OF_ART"})
_ARTICLE_BEFORE = re.compile(r"(?:^|(?<=[\s(“\"]))([A-Za-z]{1,3})([-‐ ])$")
# Written with a space, only these article forms are unambiguous ("as"/"an"/"at" are English words).
SPACED_ARTICLES = frozenset({"al", "el"})


def extract_mentions(ctx: DocContext) -> None:
    """Fill ``ctx.analysis.mentions`` and ``ctx.analysis.chains`` from the spaCy parse."""
    doc, lex = ctx.doc, lexicon()
    seed_doc_text(doc, ctx.document.text)
    cands = _candidates(doc, lex)
    definitions = find_definitions(doc, cands)
    add_acronym_mentions(doc, cands, definitions)
    cands = _dedupe(cands)
    chains = build_chains(doc, cands, lex)
    chain_of = {m: ch.id for ch in chains for m in ch.mentions}
    starts = [s for s, _ in ctx.analysis.sentences] or [s.start_char for s in doc.sents]
    ctx.analysis.mentions = [
        Mention(start=c.start, end=c.end, text=doc_text(doc)[c.start:c.end], label=c.label,
                sent=max(0, bisect.bisect_right(starts, c.start) - 1), role=c.role,
                affiliation=c.affiliation, chain=chain_of.get(n, -1))
        for n, c in enumerate(cands)
    ]
    ctx.analysis.chains = chains


def _candidates(doc: Any, lex: Lexicon) -> list[Candidate]:
    cands: list[Candidate] = []
    for ent in doc.ents:
        if ent.label_ == "DATE" and (place := _place_after_time(ent)) is not None:
            cands.extend(c for c in [clean_span(doc, place, ent.end, "GPE", lex)] if c is not None)
        if ent.label_ not in KEEP_LABELS:
            continue
        c = clean_span(doc, ent.start, ent.end, ent.label_, lex)
        c = strip_inner_title(doc, c, lex) if c else None
        if c is not None:
            for part in _split_demonym_pair(doc, c, lex):
                for piece in _split_name_in_place(doc, part):
                    cands.extend(_split_coordination(doc, piece))
    cands = _split_known_pairs(doc, cands)
    cands = _join_split_names(doc, names_after_demonym(doc, sorted(cands, key=lambda c: c.start), lex), lex)
    _extend_names_left(doc, cands, lex)
    extend_linked_names(doc, cands)
    cands = join_split_places(doc, join_person_parts(doc, cands, lex))
    cands = join_ministry_names(doc, cands, lex)
    complete_place_names(doc, cands, lex)
    add_national_bodies(doc, cands, lex)
    out = []
    for c in filter(None, (_cut_title_object(doc, c, lex) for c in cands)):
        if c.label == "PERSON" or looks_like_person(span_tokens(doc, c.i, c.j), lex):
            attach_role(doc, c, lex)
            if c.role and c.label != "PERSON" and c.j - c.i >= 2:
                c.label = "PERSON"  # "Foreign Minister X" or "X, a journalist" the model called ORG
            elif c.label != "PERSON":
                c.role = c.affiliation = c.gender = None
        c.label = fix_label(doc, c, lex)
        if c.label == "PERSON" and not c.role:
            attach_role(doc, c, lex)
        if c.label == "NORP":
            c.affiliation = lex.demonym_country(doc_text(doc)[c.start:c.end]) or c.affiliation
        if c.label not in DROP_AFTER_FIX and not _title_fragment(doc, c, lex):
            out.append(c)
    out = join_cut_coordinations(doc, join_slashed_orgs(doc, out))
    strip_owner_possessive(doc, out, lex)
    recover_by_apposition(doc, out, lex)
    recover_titled_names(doc, out, lex)
    recover_named_facilities(doc, out, lex)
    propagate_person_names(doc, out, lex)
    recover_acronyms(doc, out, lex)
    complete_place_lists(doc, out, lex)
    persons_by_coordination(doc, out, lex)
    recover_country_names(doc, out)
    for c in out:
        if _dateline_place(doc, c):  # whatever the model or a recovery pass read into it
            c.label, c.role, c.affiliation, c.gender = "GPE", None, None, None
        while c.j - c.i > 1 and doc[c.i].lower_ in TIME_WORDS and doc[c.i].ent_type_ == "DATE":
            c.i, c.start = c.i + 1, doc[c.i + 1].idx  # "On Monday Albares' ministry": the day is no part of it
    return out




DATELINE_MARKS = frozenset({",", "-", "—", "–", "--"})


def _dateline_place(doc: Any, c: Any) -> bool:
    """"PORT LOUIS, December 17 - ...", "KAZAN, Russia — ...": a capitalised place name opening a
    paragraph before a comma or a dash is the dateline, whatever the model said (the words after it are
    no apposition of it)."""
    if c.i > 0 and doc[c.i - 1].text.strip() and "\n" not in doc[c.i - 1].whitespace_ and not doc[c.i].is_sent_start:
        return False
    words = [t for t in doc[c.i:c.j] if t.is_alpha]
    if not words or not all(t.text.isupper() and len(t.text) > 1 for t in words):
        return False
    if c.j >= len(doc) or doc[c.j].text not in DATELINE_MARKS:
        return False
    return lookup_place(doc_text(doc)[c.start:c.end].title()) is not None


def _place_after_time(ent: Any) -> int | None:
    """"In February Turkey signed ...": with no comma after a fronted time, the model tags "February
    Turkey" as one date. The capitalised words after the month or weekday (and its day number) that
    name a known place are the place; returns where they start."""
    k = ent.start
    while k < ent.end and (ent.doc[k].lower_.rstrip(".") in TIME_WORDS or ent.doc[k].like_num):
        k += 1
    if k == ent.start or k == ent.end or not all(t.pos_ == "PROPN" and t.is_title for t in ent.doc[k:ent.end]):
        return None
    return k if lookup_place(ent.doc[k:ent.end].text) is not None else None


def _cut_title_object(doc: Any, c: Candidate, lex: Lexicon) -> Candidate | None:
    """"Secretary of State Jo Doe": the model tags "State" (or "State Jo Doe") as an organisation. Title
    words right after "<title> of" belong to the title: cut from the span (the role is read later from
    the words before the name), or the span dropped when nothing else is left."""
    k = c.i
    while k < c.j and doc[k].text[:1].isupper() and lex.title_word(doc[k].text):
        k += 1
    if k == c.i or c.i < 2 or doc[c.i - 1].lower_ != "of" or doc[c.i - 2].lower_ not in lex.heads:
        return c
    if k == c.j:
        return None
    return replace(c, i=k, start=doc[k].idx)


def _title_fragment(doc: Any, c: Candidate, lex: Lexicon) -> bool:
    """"Supreme" in "Supreme Leader X": a span of title words that runs on into a further title word
    is part of someone's title (the model tags it ORG), not a name."""
    return (c.label != "PERSON" and c.j < len(doc) and lex.title_word(doc[c.j].text)
            and all(lex.title_word(doc[k].text) for k in range(c.i, c.j)))


def _split_demonym_pair(doc: Any, c: Candidate, lex: Lexicon) -> list[Candidate]:
    """"French-German" (talks) names two peoples: two NORP mentions."""
    if c.j - c.i != 3 or doc[c.i + 1].text != "-":
        return [c]
    a, b = doc[c.i], doc[c.i + 2]
    if not (lex.demonym_country(a.text) and lex.demonym_country(b.text)):
        return [c]
    return [Candidate(i=c.i, j=c.i + 1, start=a.idx, end=a.idx + len(a.text), label="NORP"),
            Candidate(i=c.i + 2, j=c.j, start=b.idx, end=b.idx + len(b.text), label="NORP")]


# Last words that make "A and B ..." one name ("Food and Agriculture Organization",
# "Trade and Development Bank"): never split such a span.
_ONE_NAME_HEADS = frozenset({"organization", "organisation", "bank", "ministry", "party", "council",
                             "committee", "commission", "fund", "agency", "company", "group", "university",
                             "institute", "department", "office", "union", "front", "movement", "sea",
                             "islands", "sciences", "development", "industry", "museum", "hall", "center",
                             "centre", "school", "college", "foundation", "association", "corporation", "trust",
                             "news", "times", "post", "press", "airlines", "service", "services", "court"})


def _split_known_pairs(doc: Any, cands: list[Candidate]) -> list[Candidate]:
    """"a meeting between Sisi and Abiy Ahmed": the model sometimes tags two people joined by "and" as
    one name. Split a span "A and B" of capitalised words (at most three on a side, no organisation
    head at the end) when the article names A or B on its own elsewhere; a firm called "Smith and
    Jones" is never named by one half alone."""
    text = doc_text(doc)
    alone = {text[c.start:c.end] for c in cands if " and " not in text[c.start:c.end]}
    last_words = {a.split()[-1] for a in alone if a}
    out: list[Candidate] = []
    for c in cands:
        toks = span_tokens(doc, c.i, c.j)
        ands = [k for k, t in enumerate(toks) if t.lower_ == "and"]
        if c.label not in ("PERSON", "ORG") or len(ands) != 1 or toks[-1].lower_ in _ONE_NAME_HEADS:
            out.append(c)
            continue
        k = ands[0]
        left, right = toks[:k], toks[k + 1:]
        if not (1 <= len(left) <= 3 and 1 <= len(right) <= 3) \
                or not all(t.text[:1].isupper() and t.is_alpha for t in (*left, *right)):
            out.append(c)
            continue
        sides = [text[s[0].idx:s[-1].idx + len(s[-1].text)] for s in (left, right)]
        if not any(x in alone or x.split()[-1] in last_words for x in sides):
            out.append(c)
            continue
        out.append(Candidate(i=c.i, j=c.i + k, start=left[0].idx, end=left[0].idx + len(sides[0]), label="PERSON"))
        out.append(Candidate(i=c.i + k + 1, j=c.j, start=right[0].idx, end=right[0].idx + len(sides[1]),
                             label="PERSON"))
    return out


def _split_coordination(doc: Any, c: Candidate) -> list[Candidate]:
    """"Mykolaiv and Odesa" (the ports of) as one span names two places: two mentions.

    Split only a span "A and B" of capitalised words where one side is a known
    place (a country, region, capital or city of 100,000+, so not a town that shares
    a surname's spelling) and the whole is not ("Bosnia and Herzegovina" stays one country), with
    no "of" inside and no organisation head at the end ("Food and Agriculture
    Organization"); both halves take the place side's kind (coordinated names
    are of one kind).
    """
    toks = span_tokens(doc, c.i, c.j)
    ands = [k for k, t in enumerate(toks) if t.lower_ == "and"]
    if len(ands) != 1 or not 0 < ands[0] < len(toks) - 1:
        return [c]
    k = ands[0]
    words = [t for t in toks if t.lower_ != "and" and not t.is_punct]
    if any(not t.text[:1].isupper() for t in words) or toks[-1].lower_ in _ONE_NAME_HEADS:
        return [c]
    text = doc_text(doc)
    if lookup_place(text[c.start:c.end]) is not None:
        return [c]
    left, right = toks[:k], toks[k + 1:]
    sides = [text[left[0].idx:left[-1].idx + len(left[-1].text)],
             text[right[0].idx:right[-1].idx + len(right[-1].text)]]
    if not any(is_major_place(x) for x in sides):
        return [c]
    label = c.label if c.label in ("GPE", "LOC", "FAC") else "GPE"
    return [Candidate(i=c.i, j=c.i + k, start=left[0].idx, end=left[0].idx + len(sides[0]), label=label),
            Candidate(i=c.i + k + 1, j=c.j, start=right[0].idx, end=right[0].idx + len(sides[1]), label=label)]


# A family name the model leaves outside a person's span is short ("Wi", "Lee", "Park", "Wang").
MAX_LEFT_FAMILY_CHARS = 5


def _extend_names_left(doc: Any, cands: list[Candidate], lex: Lexicon) -> None:
    """"adviser Wi Sung Lac": the model tags "Sung Lac" and leaves the family name written first outside
    the span. A short capitalised word right before a person of two or more words joins the name
    when it is no title, role, stop word, time word, country or people, and tagged as nothing else; a
    longer one too when a title stands before it ("President Mahamat Idriss Deby")."""
    taken = {k for c in cands for k in range(c.i, c.j)}
    for c in cands:
        if c.label != "PERSON" or c.j - c.i < 2 or c.i == 0:
            continue
        t = doc[c.i - 1]
        word = t.text
        # a longer word joins only as the first word after a title, hung on the name by the parser
        # ("President Mahamat Idriss Deby": the model tags "Idriss Deby")
        after_title = c.i >= 2 and lex.title_word(doc[c.i - 2].text) and t.dep_ == "compound" and c.i <= t.head.i < c.j
        if (c.i - 1) in taken or not t.is_alpha or not word[:1].isupper() \
                or (len(word) > MAX_LEFT_FAMILY_CHARS and not after_title) or t.is_stop or t.ent_type_ or lex.title_word(word) or word.lower() in TIME_WORDS \
                or lex.country(word) or lex.demonym_country(word) or t.pos_ not in ("PROPN", "NOUN", "X"):
            continue
        c.i, c.start = c.i - 1, t.idx


def _split_name_in_place(doc: Any, c: Candidate) -> list[Candidate]:
    """"a summit with Trump in Gyeongju": the model sometimes takes a name and the place after "in" for
    one organisation. A span "A in B" whose A is one or two capitalised words and whose B is a known
    place is two mentions, A (its kind left to the type rules) and the place; a longer name keeps its
    "in" ("Co-operation in Europe" inside an organisation's name)."""
    toks = span_tokens(doc, c.i, c.j)
    ins = [k for k, t in enumerate(toks) if t.lower_ == "in"]
    if len(ins) != 1 or not 0 < ins[0] <= 2 or ins[0] == len(toks) - 1:
        return [c]
    k = ins[0]
    left, right = toks[:k], toks[k + 1:]
    if not all(t.text[:1].isupper() and t.is_alpha for t in left):
        return [c]
    text = doc_text(doc)
    place = text[right[0].idx:right[-1].idx + len(right[-1].text)]
    if lookup_place(place) is None:
        return [c]
    name = text[left[0].idx:left[-1].idx + len(left[-1].text)]
    return [Candidate(i=c.i, j=c.i + k, start=left[0].idx, end=left[0].idx + len(name), label=c.label),
            Candidate(i=c.i + k + 1, j=c.j, start=right[0].idx, end=right[0].idx + len(place), label="GPE")]


def _join_split_names(doc: Any, cands: list[Candidate], lex: Lexicon) -> list[Candidate]:
    """Repair names the model cut at an Arabic article: "X" + "al-Y", or "al-" left outside "Y"."""
    text = doc_text(doc)
    out: list[Candidate] = []
    for c in cands:
        m = _ARTICLE_BEFORE.search(text, max(0, c.start - 4), c.start)
        if m and m.group(1).lower() in lex.articles and (m.group(2) != " " or m.group(1).lower() in SPACED_ARTICLES) \
                and not any(o.end > m.start(1) for o in out[-1:]):
            span = doc.char_span(m.start(1), c.end, alignment_mode="expand")
            if span is not None and span.start_char == m.start(1):
                c.i, c.start = span.start, m.start(1)
        prev = out[-1] if out else None
        if prev is not None and _joinable(text, prev, c, lex):
            prev.j, prev.end, prev.label = c.j, c.end, "PERSON"
            continue
        out.append(c)
    return out


def _joinable(text: str, a: Candidate, b: Candidate, lex: Lexicon) -> bool:
    """A lone given name right before an "al-Y" family name is one name."""
    gap = text[a.end:b.start]
    first = re.split(r"[\s\-]+", text[b.start:b.end])[0].lower()
    return gap.strip() == "" and "\n" not in gap and first in lex.articles \
        and len(text[a.start:a.end].split()) == 1 and a.label in ("PERSON", "ORG", "GPE", "NORP")


def _dedupe(cands: list[Candidate]) -> list[Candidate]:
    """Sort by offset; where spans overlap keep the earlier-starting, longer one."""
    out: list[Candidate] = []
    for c in sorted(cands, key=lambda c: (c.start, -(c.end - c.start))):
        if out and c.start < out[-1].end:
            continue
        out.append(c)
    return out
