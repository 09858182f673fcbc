"""Which time expression dates an event: its own, or the one governing its clause, or none.

Why so strict: a wrong date on a timeline is worse than no date. A time
expression belongs to the first predicate above it in the parse; it dates an
event only when that predicate is the trigger (or the light verb carrying it,
"launched an assault on May 20"), or a clause the event sits in as a
"when"-clause ("came earlier this year, when X annulled ..."), or an
occurrence verb whose subject is the event ("the visit, on January 28,
came after ..."), or the first of two conjoined verbs ("spoke by phone in
May and discussed ..."; a time of the second verb's own still wins). Times inside another noun phrase ("a deal signed in 2019",
"since the fall of the regime in 2024") or behind "since/after/before" date
something else and are never used, except as a count from a dated act: "announced steps on
Wednesday, a day after gunmen opened fire" dates the shooting on Tuesday.

A time on the frame around an act is the act's too: the means ("hit back on Thursday by
expelling"), the statement it is made in ("In a statement on Saturday, X urged"; "with a letter on
May 2 accusing"), a subjectless present participle ("Speaking in Geneva on Monday, X accused"),
the purpose of a trip ("will fly to X on Monday for talks"), the act's own subject when that is a
happening ("the operation on Friday hit X") and how often it was done ("three times on May 2").
"""

from __future__ import annotations

import re
from collections.abc import Callable, Collection, Sequence
from dataclasses import replace
from datetime import date, timedelta
from typing import Any

from newsgraph.model import TimeExpression
from newsgraph.stages.clauses import coordination_head

OTHER_EVENT_PREPS = ("since", "after", "before", "until", "following", "prior", "ahead", "by", "till")
OCCURRENCE_VERBS = ("come", "take", "occur", "happen", "begin", "start", "end", "mark", "be", "follow", "open",
                    "resume")
USABLE_TYPES = ("DATE", "TIME")
REFERENCE_VALUES = ("PRESENT_REF", "PAST_REF", "FUTURE_REF")
# An expression without a value ("in July" in an undated article) is kept at these granularities:
# it dates nothing, but cross-document resolution reads its month (resolve/event_match.py).
UNANCHORED_KEPT = ("month", "day")
GRANULARITY_RANK = {"day": 0, "week": 1, "month": 2, "quarter": 3, "year": 4}


def _predicate(span: Any, triggers: Collection[int]) -> Any | None:
    """First predicate above the time span, or None when the time modifies another thing."""
    tok = span.root
    inside = range(span.start, span.end)
    prep = span.doc[span.start - 1] if span.start > 0 else None
    if prep is not None and prep.dep_ == "prep" and prep.lower_ in DANGLING_TIME_PREPS \
            and not any(c.dep_ == "pobj" for c in prep.children) and prep.head.pos_ in ("VERB", "AUX"):
        # "On Monday Albares' ministry summoned ...": the parser hangs "Monday" on the name after it and
        # leaves "On" without its object; the day is the verb's
        return _framed_by(prep.head)
    while tok.head.i != tok.i:
        below, tok = tok, tok.head
        if tok.i in inside:
            continue
        if tok.dep_ in ("ccomp", "oprd", "xcomp") and tok.head.pos_ == "VERB" and (
                tok.pos_ in ("NOUN", "ADJ") or (tok.head.lemma_.lower() in SMALL_CLAUSE_VERBS
                                               and tok.tag_ not in ("VBD", "VBZ", "VBP", "MD")
                                               and not any(c.dep_ in ("aux", "auxpass", "mark") for c in tok.children))):
            continue  # "declared the envoy persona non grata on Tuesday": the verb's small clause, the verb's time
        if tok.dep_ == "prep" and tok.lower_ in OTHER_EVENT_PREPS:
            return None
        if tok.dep_ == "acl" and tok.tag_ == "VBN" and tok.i not in triggers and _medium(tok.head):
            continue  # "In a statement read on television on Sunday, X accused Y": the statement's time
        if tok.dep_ == "acl" and tok.tag_ == "VBG" and tok.i not in triggers and tok.head.dep_ == "dobj" \
                and _time_on_plain_object(tok.head, tok, triggers):
            continue  # "blew up two roads connecting it with the South on Tuesday": a standing state has no day
        if tok.pos_ in ("NOUN", "PROPN") and _at_the_sidelines(tok):
            continue  # "met on the sidelines of the summit on June 17": the summit's day is the meeting's
        if tok.pos_ == "NOUN" and _medium(tok) and tok.head.head.i in triggers:
            continue  # "spoke in a phone call on June 9": the call is how the act was done, its time the act's
        if tok.lemma_.lower() in ("consultation", "consultations") and tok.dep_ == "pobj" and tok.head.lower_ == "for" \
                and tok.head.head.pos_ == "VERB":
            continue  # "recalled its ambassador for consultations last November": the recall's time
        if tok.i in triggers or tok.pos_ in ("VERB", "AUX"):
            return _framed_by(tok)
        if tok.pos_ == "NOUN" and _times_over(tok):  # "rammed the ship three times on August 31"
            verb = next((a for a in tok.ancestors if a.pos_ in ("VERB", "AUX")), None)
            return _framed_by(verb) if verb is not None else None
        if tok.pos_ == "NOUN" and tok.lemma_.lower() in PART_OF_DAY_NOUNS and tok.dep_ in ("pobj", "npadvmod"):
            continue  # "in the early hours of March 6", "on the night of May 9": the day's own part
        if tok.pos_ == "NOUN" and tok.lemma_.lower() in SETTING_NOUNS and tok.dep_ == "pobj" \
                and tok.head.dep_ == "prep" and tok.head.head.pos_ in ("VERB", "AUX"):
            continue  # "lodged a protest through diplomatic channels on Sunday": a place or channel has no day
        if tok.pos_ == "NOUN" and (_for_the_nth_time(tok) or _medium(tok)):
            continue  # "met for the first time in April", "in a statement on Saturday, X urged": the verb's time
        if tok.pos_ == "NOUN" and _time_on_plain_object(tok, below, triggers):
            continue  # "broke off ties in mid-December": the parser hangs the time on the object, it is the verb's
        if tok.pos_ == "NOUN":
            return None  # "a deal signed in 2019" is fine (verb); "the fall of X in 2024" is another thing
    return None


# Verbs that name their object with a small clause: "declared X persona non grata", "named X envoy".
SMALL_CLAUSE_VERBS = ("declare", "name", "appoint", "deem", "proclaim", "elect", "designate", "brand", "label")
# Prepositions that carry a date: "on Monday", "in March", "since 2019".
DANGLING_TIME_PREPS = ("on", "in", "at", "during", "since", "until", "by")
PART_OF_DAY_NOUNS = ("hour", "morning", "afternoon", "evening", "night", "dawn", "daybreak")
# Where or through what an act is done: a time the parser hangs on one of them is the act's.
SETTING_NOUNS = ("channel", "border", "capital", "city", "town", "village", "region", "area", "province",
                 "headquarters", "office", "palace", "residence", "embassy", "airport", "port", "base", "sea",
                 "water", "coast", "strait", "territory", "line", "frontier", "crossing", "court", "parliament",
                 # occasions and purposes: "met at a gathering in Prague in October 2022", "recalled its
                 # ambassador for consultations last November"
                 "gathering", "ceremony", "reception", "dinner", "funeral", "inauguration", "forum",
                 "consultation", "consultations")


# Nouns for the act or channel a statement is made through: a time on them is the time of what the
# statement does ("In a letter on Monday, X asked Y ...", "with a letter on May 2 accusing Y").
MEDIUM_NOUNS = ("statement", "letter", "speech", "address", "interview", "message", "post", "briefing",
                "communique", "communiqué", "declaration", "note", "op-ed", "broadcast", "tweet", "conference", "text",
                "document", "call", "conversation", "meeting")  # "spoke in a phone call on June 9"
MEDIUM_PREPS = ("in", "with", "through", "via", "during", "at")


# Nouns whose "of" phrase names where another act happened: "met on the sidelines of the G7 summit".
SIDELINE_NOUNS = ("sideline", "sidelines", "margin", "margins")


# Prepositions of a time that says when something was done ("in", "on"), not how long or since when.
WHEN_PREPS = ("in", "on", "at", "during")


def _time_on_plain_object(noun: Any, prep: Any, triggers: Collection[int]) -> bool:
    """A time the parser hangs on a verb's direct object that is a thing, not a happening
    ("recalled its ambassador in mid-December", "broke off ties in late May"): a thing has no
    day of its own, so the time is the verb's. An object that is a happening keeps its time
    ("condemned the attack in March", "recalled the visit in May")."""
    return bool(noun.dep_ == "dobj" and noun.head.pos_ in ("VERB", "AUX")
                and ((prep.dep_ == "prep" and prep.lower_ in WHEN_PREPS) or (prep.dep_ == "acl" and prep.tag_ == "VBG"))
                and noun.i not in triggers
                and noun.lemma_.lower() not in HAPPENING_NOUNS and noun.tag_ != "VBG"
                and not noun.lower_.endswith(("ing", "tion", "ment")))


def _at_the_sidelines(tok: Any) -> bool:
    """"on the sidelines of the summit": the sidelines, or the gathering they are of."""
    return bool((tok.lower_ in SIDELINE_NOUNS and tok.dep_ == "pobj")
                or (tok.dep_ == "pobj" and tok.head.lower_ == "of" and tok.head.head.lower_ in SIDELINE_NOUNS))


def _medium(tok: Any) -> bool:
    """A statement noun in an "in/with/through" phrase on a verb."""
    return bool(tok.lemma_.lower() in MEDIUM_NOUNS and tok.dep_ == "pobj" and tok.head.dep_ == "prep"
                and tok.head.lower_ in MEDIUM_PREPS and tok.head.head.pos_ in ("VERB", "AUX"))


def _framed_by(pred: Any) -> Any:
    """The clause a subjectless present participle frames: "Speaking in Geneva on Monday, X accused Y",
    "X, speaking at a summit last weekend, accused Y" happen at the participle's time. A perfect
    ("Having met X in May, ...") or a participle with its own subject or conjunction tells another time."""
    if pred.tag_ != "VBG" or any(c.dep_ in ("nsubj", "nsubjpass", "mark", "aux", "auxpass") for c in pred.children):
        return pred
    if pred.dep_ == "advcl" and pred.head.pos_ in ("VERB", "AUX") and pred.i < pred.head.i:
        return pred.head
    if pred.dep_ == "acl" and pred.head.dep_ in ("nsubj", "nsubjpass") and pred.head.head.pos_ in ("VERB", "AUX"):
        return pred.head.head
    return pred


def _times_over(tok: Any) -> bool:
    """"three times", "several times": how often the act was done, so a time on it is the act's own
    (the parser hangs the phrase on the nearest noun)."""
    return bool(tok.lemma_.lower() == "time" and tok.tag_ == "NNS"
                and any(c.dep_ in ("nummod", "amod") for c in tok.children))


def _for_the_nth_time(tok: Any) -> bool:
    """"for the first time", "for the second time": a fixed phrase, not a noun a time could modify."""
    return bool(tok.lemma_.lower() == "time" and tok.dep_ == "pobj" and tok.head.lower_ == "for")


# Verbs that make or hold the thing a trigger noun names: "the agreement signed/announced on March 10",
# "the talks held in May". Their time is the event's own; other verbs ("the deal expires in May") not.
MAKING_VERBS = ("sign", "announce", "reach", "conclude", "strike", "broker", "seal", "hold", "agree", "make",
                "adopt", "ink", "unveil", "launch", "conduct", "stage", "carry")


def _made_by(pred: Any, trigger: Any) -> bool:
    """The time's predicate is a participle or relative clause that makes the trigger noun."""
    return pred.dep_ in ("acl", "relcl") and pred.head.i == trigger.i and trigger.pos_ in ("NOUN", "PROPN") \
        and pred.lemma_.lower() in MAKING_VERBS


def _when_of(span: Any, trigger: Any) -> bool:
    """"on April 6, when X welcomed Y": the trigger's clause is a "when"-clause on the time itself."""
    tok = trigger
    for _ in range(3):
        if tok.dep_ == "relcl" and span.start <= tok.head.i < span.end:
            return any(c.dep_ == "advmod" and c.lower_ == "when" for c in tok.children)
        if tok.dep_ not in ("conj", "xcomp") or tok.head.i == tok.i:
            return False
        tok = tok.head
    return False


def _where_of(span: Any, trigger: Any) -> bool:
    """"Last Friday's ceremony, where the ministers signed ...": a time on the noun a "where"-clause
    hangs on dates what the clause tells."""
    tok = trigger
    for _ in range(3):
        if tok.dep_ == "relcl" and any(c.dep_ == "advmod" and c.lower_ == "where" for c in tok.children):
            nouns = {tok.head.i}  # the noun and the one it names a part of ("the ceremony at the Department, where")
            if tok.head.dep_ == "pobj" and tok.head.head.dep_ == "prep" and tok.head.head.head.pos_ in ("NOUN", "PROPN"):
                nouns.add(tok.head.head.head.i)
            return any(t.head.i in nouns or (t.head.dep_ == "prep" and t.head.head.i in nouns) for t in span
                       if t.i not in nouns)
        if tok.dep_ not in ("conj", "xcomp") or tok.head.i == tok.i:
            return False
        tok = tok.head
    return False


def _owns(pred: Any, trigger: Any, anchors: Collection[int]) -> int | None:
    """Distance from the trigger to the time's predicate along allowed edges, or None."""
    if pred.i in anchors:
        return 0
    tok, steps = trigger, 0
    while tok.head.i != tok.i and steps < 3:
        dep = tok.dep_
        head = tok.head
        when_clause = dep == "advcl" and any(c.dep_ == "advmod" and c.lower_ in ("when", "as") for c in tok.children)
        occurs = dep in ("nsubj", "nsubjpass") and tok.pos_ == "NOUN" \
            and head.lemma_.lower() in (*OCCURRENCE_VERBS, *MAKING_VERBS)  # "the deal (was) signed on May 3"
        if dep == "conj":
            head = coordination_head(tok)  # "said on Sunday that the release showed ..., and accused X"
        shared = dep == "conj" and tok.pos_ == "VERB" and head.pos_ == "VERB"  # "spoke in May and discussed X"
        # "The announcement followed a telephone call last Friday": what came first is dated there
        followed = dep == "dobj" and tok.pos_ == "NOUN" and head.lemma_.lower() == "follow"
        hop = _clause_of_means(tok)
        if hop is not None:
            head = hop
        elif not (when_clause or occurs or shared or followed or dep == "xcomp" or _manner_participle(tok)
                  or _stance_when_said(tok)):
            return None
        tok, steps = head, steps + 1
        if tok.i == pred.i:
            return steps
    return None


# Verbs of saying whose time dates a stance they report in the present tense (see _stance_when_said).
STANCE_SPEECH_VERBS = ("say", "state", "announce", "declare", "tell", "write", "add")


def _stance_when_said(tok: Any) -> bool:
    """"X said on Wednesday it does not recognise the decision", "... said on Monday it rejects the
    plan": a stance in the simple present, reported by a dated verb of saying, is taken when it is
    said. Not a past ("said it had rejected"), a progressive or a future, which tell their own time."""
    if tok.dep_ != "ccomp" or tok.head.lemma_.lower() not in STANCE_SPEECH_VERBS or tok.head.tag_ != "VBD":
        return False
    aux = [c for c in tok.children if c.dep_ in ("aux", "auxpass")]
    if tok.tag_ in ("VBZ", "VBP"):
        return not aux
    return tok.tag_ == "VB" and len(aux) == 1 and aux[0].lower_ in ("does", "do")  # "does not recognise"


def _manner_participle(tok: Any) -> bool:
    """"launched the operation on May 7, firing missiles at X": a subjectless present participle on
    a verb tells how or while that act was done, so it happens at the act's time (a perfect, "having
    met", or a participle with its own subject or conjunction, "after meeting", tells another time)."""
    return bool(tok.dep_ == "advcl" and tok.tag_ == "VBG" and tok.head.pos_ in ("VERB", "AUX")
                and not any(c.dep_ in ("nsubj", "nsubjpass", "mark", "aux", "auxpass") for c in tok.children)
                and not (tok.i > 0 and tok.doc[tok.i - 1].lower_ in OTHER_EVENT_PREPS))


TRAVEL_VERBS = ("fly", "travel", "go", "head", "come", "arrive", "return", "leave", "set")


def _clause_of_means(tok: Any) -> Any | None:
    """The verb an act is the means, purpose or carrier of, so that act shares its time, or None:
    "hit back on Thursday by expelling X" (by + gerund), "will fly to X on Monday for talks"
    (the trip's purpose), "acted on May 2 with a letter accusing X" (what the letter does)."""
    head = tok.head
    if tok.dep_ == "pcomp" and head.lower_ == "by" and head.dep_ == "prep" and head.head.pos_ in ("VERB", "AUX"):
        return head.head
    if tok.dep_ == "pobj" and head.lower_ == "for" and head.dep_ == "prep" \
            and head.head.pos_ == "VERB" and head.head.lemma_.lower() in TRAVEL_VERBS:
        return head.head
    if tok.dep_ == "acl" and tok.tag_ == "VBG":
        if head.dep_ == "pobj" and head.head.dep_ == "prep" and _medium(head.head.head):
            head = head.head.head  # "a letter to the council accusing X": the parse hangs it on "council"
        if _medium(head):
            return head.head.head
    return None


# Nouns for a happening that can be the subject of the verb telling what it did: a time on the
# noun ("the operation on Friday hit X", "the negotiations on Saturday were mediated by Y") is the
# time of that verb.
HAPPENING_NOUNS = ("operation", "attack", "strike", "raid", "offensive", "assault", "bombardment", "barrage",
                   "talks", "negotiation", "meeting", "visit", "call", "summit", "session", "round")


def _subject_happening(span: Any, trigger: Any, triggers: Collection[int]) -> bool:
    """The time sits on the trigger's own subject, and that subject is a happening."""
    tok = span.root
    while tok.head.i != tok.i:
        tok = tok.head
        if span.start <= tok.i < span.end or (tok.dep_ == "prep" and tok.lower_ not in OTHER_EVENT_PREPS):
            continue  # "on" of "the operation on Friday"
        if tok.pos_ != "NOUN":
            return False
        break
    else:
        return False
    return bool(tok.dep_ in ("nsubj", "nsubjpass") and tok.head.i == trigger.i
                and (tok.i in triggers or tok.lemma_.lower() in HAPPENING_NOUNS))


def pick_time(doc: Any, trigger: Any, *, anchors: Collection[int], triggers: Collection[int],
              times: Sequence[TimeExpression], depth: int = 0) -> TimeExpression | None:
    """The time expression dating the event at ``trigger``; None when unsure."""
    best: tuple[int, int, TimeExpression] | None = None
    for t in times:
        if t.type not in USABLE_TYPES or t.value in REFERENCE_VALUES:
            continue
        if t.value and "X" in t.value:  # "that same day" after "in October": 2025-10-XX dates no event
            t = replace(t, value=None, basis="unknown")
        if not t.value and t.granularity not in UNANCHORED_KEPT:
            continue
        span = doc.char_span(t.start, t.end, alignment_mode="expand")
        if span is None or len(span) == 0:
            continue
        if span.start <= trigger.i < span.end:
            continue
        if _when_of(span, trigger) or _where_of(span, trigger):
            dist: int | None = 0
        else:
            pred = _predicate(span, triggers)
            if (pred is None or pred.pos_ == "NOUN") and _subject_happening(span, trigger, triggers):
                pred = trigger
            if pred is None:
                continue
            dist = 1 if _made_by(pred, trigger) else _owns(pred, trigger, anchors)
        if dist is None:
            continue
        key = (dist, GRANULARITY_RANK.get(t.granularity or "", 9) + (0 if t.value else 10), t)
        if best is None or key[:2] < best[:2]:
            best = key
    if best is None and depth == 0:
        return _offset_time(doc, trigger, triggers=triggers, times=times)
    return best[2] if best else None


_DAYS = {"D": 1, "W": 7}


def _offset_time(doc: Any, trigger: Any, *, triggers: Collection[int],
                 times: Sequence[TimeExpression]) -> TimeExpression | None:
    """"X announced steps on Wednesday, a day after gunmen opened fire", "the strikes came two days after
    the attack": an event told as a count of days or weeks before or after a dated one is dated by it."""
    if trigger.dep_ == "advcl":  # "..., a day after gunmen opened fire": a clause on the main verb
        mark = next((c for c in trigger.children if c.dep_ == "mark" and c.lower_ in ("after", "before")), None)
        amount = next((c for c in trigger.children if c.dep_ == "npadvmod"), None)
        main = trigger.head
    elif trigger.dep_ == "pobj" and trigger.head.lower_ in ("after", "before"):  # "two days after the attack"
        mark = trigger.head
        amount = next((c for c in mark.children if c.dep_ == "npadvmod"), None)
        main = mark.head
    else:
        return None
    if mark is None or amount is None or main.pos_ not in ("VERB", "AUX"):
        return None
    lo, hi = amount.left_edge.idx, amount.right_edge.idx + len(amount.right_edge.text)
    span = next((t for t in times if t.type == "DURATION" and lo <= t.start and t.end <= hi and t.value
                 and re.fullmatch(r"P\d+[DW]", t.value)), None)
    there = pick_time(doc, main, anchors={main.i}, triggers=triggers, times=times, depth=1)
    if span is None or there is None or not there.value or not re.match(r"\d{4}-\d{2}-\d{2}", there.value):
        return None
    days = int(span.value[1:-1]) * _DAYS[span.value[-1]]  # type: ignore[index]
    day = date.fromisoformat(there.value[:10]) + timedelta(days=-days if mark.lower_ == "after" else days)
    return replace(span, type="DATE", value=day.isoformat(), granularity="day", basis="relative",
                   text=f"{span.text} {mark.lower_} {there.text}")


# Words telling that a clause is not the next step of the happening the sentence before dated: it is
# background ("had already", "first", "since", "once") or another moment ("later", "then", "after").
OTHER_MOMENT_WORDS = frozenset((
    "since", "earlier", "previously", "before", "once", "already", "first", "ago", "last", "later", "then",
    "after", "afterwards", "subsequently", "eventually", "finally", "formerly", "until", "recently", "again",
    "still", "long", "next", "ever", "never", "usually", "often", "repeatedly", "years", "months", "weeks",
))
FOLLOW_UP_PRONOUNS = ("he", "she", "they")
_DAY_VALUE = re.compile(r"\d{4}-\d{2}-\d{2}")
_PARAGRAPH_BREAK = re.compile(r"\n[^\S\n]*\n")


def _main_clause(tok: Any) -> bool:
    """The verb is its sentence's root or coordinated with it."""
    while tok.dep_ == "conj" and tok.head.i != tok.i:
        tok = tok.head
    return bool(tok.dep_ == "ROOT")


def _simple_past(tok: Any) -> bool:
    """"accused", "was killed": a simple past, active or passive; never a perfect ("had accused")."""
    aux = [c for c in tok.children if c.dep_ in ("aux", "auxpass")]
    if tok.tag_ == "VBD":
        return not aux
    return tok.tag_ == "VBN" and len(aux) == 1 and aux[0].dep_ == "auxpass" and aux[0].tag_ == "VBD"


def root_day(doc: Any, sent: Any, times: Sequence[TimeExpression], triggers: Collection[int]) -> TimeExpression | None:
    """The day a sentence's main verb is dated to by a time of its own, or None."""
    root = sent.root
    if root.pos_ not in ("VERB", "AUX"):
        return None
    own = [t for t in times if sent.start_char <= t.start < sent.end_char]
    t = pick_time(doc, root, anchors={root.i}, triggers=triggers, times=own, depth=1)
    if t is None or not t.value or not _DAY_VALUE.match(t.value):
        return None
    # "on Sunday night" dates the next step to that day, not to that night
    return t if len(t.value) == 10 else replace(t, type="DATE", value=t.value[:10], granularity="day")


def carried_time(doc: Any, text: str, trigger: Any, *, times: Sequence[TimeExpression],
                 triggers: Callable[[], Collection[int]], same_subject: Callable[[Any], bool],
                 same_type_that_day: Callable[[str], bool]) -> TimeExpression | None:
    """The day of the sentence before, for an undated act told as the next step of what it reports.

    "The premier spoke in a televised address on Sunday night. He also thanked X for his efforts":
    the thanks were given in that address. Only a simple-past main verb in a sentence with no time
    or other-moment word of its own, right after a sentence of the same paragraph whose main verb is
    dated to a day, and only when the two share their subject (a pronoun, or the same actor:
    ``same_subject(root of the sentence before)``) or the sentence before dates an act of the same kind to that day
    (``same_type_that_day(day)``). Background told in a simple past is the risk, so anything short
    of these leaves the act undated.
    """
    sent = trigger.sent
    if trigger.pos_ != "VERB" or not _main_clause(trigger) or not _simple_past(trigger) or sent.start == 0:
        return None
    if any(sent.start_char <= t.start < sent.end_char for t in times):
        return None
    if any(t.lower_ in OTHER_MOMENT_WORDS for t in sent):
        return None
    before = doc[sent.start - 1].sent
    if _PARAGRAPH_BREAK.search(text, before.start_char, sent.start_char):
        return None  # another paragraph: another scene
    day = root_day(doc, before, times, triggers())
    if day is None:
        return None
    pronoun = any(c.dep_ in ("nsubj", "nsubjpass") and c.lower_ in FOLLOW_UP_PRONOUNS for c in trigger.children)
    if not (pronoun or same_subject(before.root) or same_type_that_day(day.value or "")):
        return None
    return day
