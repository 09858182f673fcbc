"""Events stage: find event mentions in one document and code them in PLOVER.

For each sentence: match verbal and nominal triggers against the lexicon
(``event_triggers``), drop triggers that only name the content of another
("agreed to *establish*", "hosted the *meeting*"), read actors and place from
the parse (``event_roles``), the date from the sentence's time expressions
(``event_dates``), and modality and ordinal (``event_modality``). Generic
statements are not events: plural nominals ("two visits", "a flurry of
meetings"), negated triggers, and mentions with neither actor nor place
unless they are definite ("the visit", which cross-document resolution may
attach to an earlier report in the same article).
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from newsgraph.gazetteer import country_of
from newsgraph.model import ActorRef, EventMention, Mention, TimeExpression
from newsgraph.pipeline.context import DocContext
from newsgraph.stages.clauses import summed_up_before
from newsgraph.stages.event_actors import ActorContext, actor_refs, is_actor, place_ref, pobjs, subjects
from newsgraph.stages.event_charges import charges, judgements
from newsgraph.stages.event_dates import SIDELINE_NOUNS, carried_time, pick_time
from newsgraph.stages.event_modality import HEDGE_ADVERBS, is_negated, modality, ordinal
from newsgraph.stages.event_roles import ROUND_NOUNS, governor, read_roles, relative_carrier
from newsgraph.stages.event_spans import evidence_span, parties, unique_refs
from newsgraph.stages.event_triggers import (
    PARTICLE_PREPS,
    Lexicon,
    TriggerRule,
    direct_object,
    filed_positions,
    filed_rules,
    load_lexicon,
    match,
)
from newsgraph.stages.mention_clean import doc_text, seed_doc_text

# Plural nouns that still name one happening ("held talks", "imposed sanctions").
PLURAL_SINGLE = ("talk", "negotiation", "consultation", "discussion", "sanction", "talks", "measure", "penalty")
# Plural nouns for a happening made of many acts ("clashes broke out in X", "riots erupted", "protests
# against Y", "air strikes on Z"): one episode when no count or series says otherwise ("two protests",
# "a wave of strikes", "dozens of raids" are several happenings, as "two visits" are).
PLURAL_EPISODES = ("clash", "riot", "protest", "demonstration", "rally", "strike", "airstrike", "raid", "attack",
                   "bombing", "skirmish", "hostility", "arrest", "investigation", "exercise", "drill", "manoeuvre",
                   "maneuver", "game")
# Nouns of a charge made against someone, which a "that" clause makes one charge.
CHARGE_NOUNS = ("accusation", "allegation", "charge", "claim", "complaint")
SERIES_NOUNS = ("series", "wave", "string", "spate", "flurry", "number", "round", "dozen", "hundred", "couple",
                "handful", "host", "succession")
# Verbs whose complement names what is agreed, demanded, refused, threatened:
# the complement is part of that event, not a second one.
CONTENT_TYPES = ("AGREE", "REQUEST", "REJECT", "THREATEN", "ACCUSE")
# "The agreement came after ...": verbs that only place an event in time keep it a report.
OCCURRENCE_VERBS = ("come", "take", "occur", "happen", "follow", "mark", "be")
COPULAS = ("mark", "be", "become", "represent", "constitute")
DEFINITE_DETS = ("the", "this", "that", "these", "those")
NAMED_THINGS = ("LAW", "WORK_OF_ART", "PRODUCT", "ORG")
THING_PREPS = ("under", "about", "regarding", "concerning", "per")
# Nouns that make what follows a topic, not a report: "raised the issue of extraditing X",
# "played a role in brokering ceasefires", "the possibility of a visit".
# "An experienced figure in negotiations", "a veteran of peace talks": expertise, not a report.
FRAME_NOUNS = ("issue", "question", "matter", "topic", "subject", "role", "possibility", "prospect",
               "idea", "notion", "option", "likelihood", "chance", "figure", "veteran", "expert", "experience")
# Complementizers that turn a clause into a question or a condition: "whether it requested aid",
# "if the army attacks".
OPEN_MARKERS = ("whether", "if")
# Speech verbs that make news public: what they announce as done dates from the announcement.
ANNOUNCE_VERBS = ("announce", "confirm", "declare")
# "the two ministers", "both sides": a pair that an earlier report of the article names.
PAIR_WORDS = ("two", "both")
PAIR_STATES = ("countries", "nations", "states", "governments", "capitals")


def _speaker(tok: Any, lex: Lexicon) -> Any | None:
    """The speech verb reporting the clause ``tok`` heads ("noted that ..."), if any."""
    t = tok
    for _ in range(3):
        if t.dep_ not in ("ccomp", "conj") or t.head.i == t.i:
            return None
        t = t.head
        if t.lemma_.lower() in lex.speech_verbs:
            return t
    return None


def _candidates(sent: Any, lex: Lexicon, actx: ActorContext,
                filed: set[int] | None = None) -> list[tuple[Any, TriggerRule, Any | None]]:
    found = []
    if filed is None:
        filed = {tok.i for tok in sent if filed_rules(tok, lex)}
    doc = sent.doc
    for i in range(sent.start, sent.end):
        if i not in filed:  # no lexicon entry: nothing can fire (most tokens)
            continue
        tok = doc[i]
        speaker = _speaker(tok, lex) if tok.pos_ == "VERB" else None
        subj = next(iter(subjects(tok)), None) if tok.pos_ == "VERB" else None
        rule = match(tok, lex, is_actor=lambda t: is_actor(t, actx), subject=subj, reported=speaker is not None)
        if rule is not None:
            found.append((tok, rule, speaker))
    return found


# Types whose object is the doer's own means (troops, ships moved or put on alert), never a party.
OWN_FORCE_TYPES = ("MOBILIZE",)
# Measures only a state takes: announced in the passive by its official, they are that state's.
STATE_MEASURE_TYPES = ("SANCTION",)


def _unowned_body(source: list[ActorRef], tok: Any) -> bool:
    """"The embassy would close": the doer is a body the sentence gives no country or name."""
    return bool(source) and all(r.chain is None and not r.country for r in source) and tok.pos_ == "VERB" \
        and not any(c.dep_ == "dobj" for c in tok.children)


def _subject_place(tok: Any, actx: ActorContext) -> ActorRef | None:
    """The place named inside the verb's subject: "the embassy in Niamey"."""
    return next((p for s in subjects(tok) for g in pobjs(s, ("in", "at")) if (p := place_ref(g, actx))), None)


def _agentless_passive(tok: Any) -> bool:
    """"was suspended", "would be held in abeyance", "are being expelled": a passive verb with no "by"."""
    return tok.pos_ == "VERB" and tok.tag_ == "VBN" and any(c.dep_ == "auxpass" for c in tok.children) \
        and not any(c.dep_ == "agent" for c in tok.children)
DESTINATION_PREPS = ("to", "toward", "towards", "near", "along", "into")


def _destinations(verb: Any) -> list[Any]:
    """Where forces are sent: "to Guyana", "to its border with Costa Rica" (the neighbour), "toward X"."""
    out: list[Any] = []
    for prep in (c for c in verb.children if c.dep_ in ("prep", "dative") and c.lower_ in DESTINATION_PREPS):
        for g in (c for c in prep.children if c.dep_ == "pobj"):
            if g.lemma_.lower() in ("border", "frontier", "boundary"):
                out.extend(x for w in g.children if w.dep_ == "prep" and w.lower_ == "with"
                           for x in w.children if x.dep_ == "pobj")
            else:
                out.append(g)
    return out


def _venue_of_same_act(tok: Any, rules: dict[int, TriggerRule]) -> bool:
    """The act "on the sidelines of" ``tok`` happens at is itself a report of the same type ("held a
    meeting on the sidelines of the summit"); when it is not ("button-holed the premier on the
    sidelines of the summit"), the summit is all the sentence reports."""
    sidelines = tok.head.head
    act = sidelines.head.head if sidelines.head.dep_ == "prep" else sidelines.head
    return act.i in rules and act.i != tok.i and rules[act.i].type == rules[tok.i].type


def _absorbed(tok: Any, rules: dict[int, TriggerRule], lex: Lexicon) -> bool:
    """True when this trigger only names part of another trigger's event."""
    if tok.pos_ in ("NOUN", "PROPN") and tok.dep_ == "pobj" and tok.head.lower_ == "of" \
            and tok.head.head.lower_ in SIDELINE_NOUNS and _venue_of_same_act(tok, rules):
        return True  # "a meeting on the sidelines of the summit": the summit is where, not what, happened
    if tok.pos_ in ("NOUN", "PROPN") and (carrier := relative_carrier(tok, lex.light_verbs)) is not None \
            and any(c.dep_ == "nsubj" for c in carrier.children):
        return False  # "rejected the sanctions that X imposed": X's sanctions are an act of their own
    if tok.pos_ == "VERB" and tok.lemma_.lower() in lex.light_verbs and rules[tok.i].priority < 1:
        obj = next((c for c in tok.children if c.dep_ == "dobj" and c.i in rules), None)
        if obj is not None and rules[obj.i].type != rules[tok.i].type:
            return True  # "provided support": the noun names the event
    if _object_of_act(tok, rules) or _purpose(tok, rules) is not None or _named_in_entry(tok, rules):
        return True
    if tok.pos_ == "VERB" and tok.lemma_.lower() in SITTING_VERBS and any(
            g.i in rules and rules[g.i].type == rules[tok.i].type for c in tok.children
            if c.dep_ == "prep" and c.lower_ == "for" for g in c.children if g.dep_ == "pobj"):
        return True  # "sat down for talks on Monday": the talks are the report, dated and placed as told
    if tok.pos_ in ("NOUN", "PROPN") and tok.dep_ == "pobj" and tok.head.lower_ in TOPIC_PREPS \
            and tok.head.head.i in rules and rules[tok.head.head.i].type == "CONSULT" and rules[tok.i].type == "AGREE":
        return True  # "talks on a ceasefire between X and Y", "negotiations over a deal": what is discussed
    head = tok.head
    if head.i not in rules or head.i == tok.i:
        return False
    if tok.pos_ in ("NOUN", "PROPN") and tok.dep_ in ("dobj", "nsubjpass", "attr", "oprd", "appos"):
        if rules[head.i].type == "REJECT" and rules[tok.i].type == "ACCUSE":
            return False  # "rejected Chilean accusations that ...": the charge and its rejection are two acts
        return not _absorbed(head, rules, lex) if head.pos_ == "VERB" else True
    if tok.dep_ in ("xcomp", "ccomp", "acl") and rules[head.i].type in CONTENT_TYPES \
            and not summed_up_before(tok, head) \
            and not (tok.dep_ == "ccomp" and any(c.dep_ == "dobj" for c in head.children)) \
            and not rules[head.i].requires.get("clause"):
        # (not "X accused Y ...; Y denied the charge": a denial with its own object; nor "denied that X
        # asked for money": what is denied is a happening of its own, told as denied)
        return True
    if tok.pos_ == "VERB" and tok.dep_ in ("xcomp", "advcl") and rules[head.i].type == rules[tok.i].type \
            and any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children):
        return True  # "met X to discuss Y": the purpose restates the meeting
    if tok.pos_ == "VERB" and tok.dep_ == "advcl" and tok.tag_ == "VBG" and rules[head.i].type == rules[tok.i].type \
            and not any(c.dep_ in ("nsubj", "nsubjpass", "mark") for c in tok.children):
        return True  # "signed a peace deal, committing both to end the war": what the deal says, not a second one
    if tok.pos_ == "VERB" and tok.dep_ == "conj" and head.pos_ == "VERB" and rules[tok.i].mode is None \
            and rules[head.i].type == rules[tok.i].type \
            and not ({"predicate", "object"} & set(rules[head.i].requires) and rules[head.i].type == "ACCUSE") \
            and not (rules[head.i].type == "SANCTION" and rules[head.i] is not rules[tok.i]) \
            and not _dated_apart(head, tok) \
            and not any(c.dep_ in ("nsubj", "nsubjpass") for c in tok.children):
        return True  # "spoke by telephone and discussed Y": one consultation, told twice (but "called the
        # release irresponsible and accused Tokyo of ...", "regrets the decision and accused X of ...": a verdict
        # on a thing, then a charge against a party;
        # "expelled 12 officials and recalled its ambassador": two measures of different kinds)
    return tok.pos_ in ("NOUN", "PROPN") and tok.dep_ in ("acl", "compound")


def _own_dates(verb: Any) -> set[str]:
    """The date entities inside a verb's own phrases (not those of a verb joined to it by "and")."""
    return {t.text for c in verb.children if c.dep_ not in ("conj", "cc") for t in c.subtree if t.ent_type_ == "DATE"}


def _dated_apart(head: Any, tok: Any) -> bool:
    """"first spoke by phone on June 9 and held a meeting on June 17": two verbs joined by "and", each
    with a date of its own, and different ones, are two acts."""
    a, b = _own_dates(head), _own_dates(tok)
    return bool(a and b and a != b)


def _named_in_entry(tok: Any, rules: dict[int, TriggerRule]) -> bool:
    """"pulled out of the talks", "spoke by telephone": a noun the verb's entry asks for after its
    preposition is part of that event, not a consultation of its own."""
    if tok.pos_ not in ("NOUN", "PROPN") or tok.dep_ != "pobj":
        return False
    verb = tok.head.head
    if verb.dep_ == "prep" and verb.lower_ in PARTICLE_PREPS:
        verb = verb.head
    wanted = rules[verb.i].requires.get("prep_object") if verb.i in rules and verb.pos_ == "VERB" else None
    return bool(wanted) and tok.lemma_.lower() in set(wanted or ())


def _object_of_act(tok: Any, rules: dict[int, TriggerRule]) -> bool:
    """"suspended its participation in the deal", "withdrew from the accord": an agreement named as what
    another act is about is an existing one, not a new agreement ("in an agreement" on the verb is
    the agreement the clause reports, see :func:`_agreed_content`)."""
    if tok.pos_ not in ("NOUN", "PROPN") or rules[tok.i].type != "AGREE" or tok.dep_ != "pobj":
        return False
    prep = tok.head
    holder = prep.head
    if holder.i in rules and holder.pos_ == "VERB" and rules[holder.i].type != "AGREE":
        return bool(prep.lower_ != "in")
    return holder.dep_ in ("dobj", "nsubjpass") and holder.head.i in rules and holder.head.pos_ == "VERB" \
        and rules[holder.head.i].type != "AGREE"


def _agreement_as_topic(tok: Any, rules: dict[int, TriggerRule]) -> bool:
    """"when the deal nearly collapsed": a bare definite agreement noun as the subject of something else it
    does or undergoes names an agreement already made, not a new one ("the agreement between X and Y,
    announced in Z, changed ..." tells more and stays a report)."""
    head = tok.head
    return tok.pos_ in ("NOUN", "PROPN") and rules[tok.i].type == "AGREE" and tok.dep_ == "nsubj" \
        and _is_definite(tok) and head.pos_ in ("VERB", "AUX") and head.i not in rules \
        and head.lemma_.lower() not in OCCURRENCE_VERBS \
        and not any(c.dep_ in ("prep", "acl", "relcl", "appos") for c in tok.children)  # "the deal between X and Y ..."


def _purpose(tok: Any, rules: dict[int, TriggerRule]) -> Any | None:
    """"travelled to X for talks with Y": the talks are what the trip was for, one consultation told
    twice (like "met X to discuss Y"). Returns the verb trigger the noun restates."""
    if tok.pos_ not in ("NOUN", "PROPN") or tok.dep_ != "pobj" or tok.head.lower_ not in ("for", "on", "during"):
        return None
    if tok.head.lower_ != "for" and rules[tok.i].mode != "visit":
        return None  # "on his first official trip to India, met X": the trip is the occasion of that meeting
    verb = tok.head.head
    if verb.pos_ == "VERB" and verb.i in rules and rules[verb.i].type == rules[tok.i].type \
            and verb.lemma_.lower() not in SITTING_VERBS:
        return verb
    return None


def _acting_party(tok: Any, actx: ActorContext) -> bool:
    """A person, body, country or group of people ("the rebels"), not a named law or document."""
    m = actx.mention(tok)
    if m is not None:
        last = m.text.split()[-1].lower() if m.text.split() else ""
        return m.label in ("PERSON", "ORG", "NORP", "GPE") and last not in DOCUMENT_WORDS
    return tok.lemma_.lower() in actx.lex.actor_nouns


# Last words of names of laws and texts, which the parser may tag as organisations ("the X Act").
DOCUMENT_WORDS = frozenset({"act", "law", "bill", "treaty", "agreement", "accord", "convention", "charter",
                            "resolution", "protocol", "declaration", "code", "constitution", "amendment"})


def _nested(cands: list[tuple[Any, TriggerRule, Any | None]], actx: ActorContext) -> dict[int, list[Any]]:
    """Triggers inside a relative clause of a nominal trigger's complement ("approval of a law that funds X").

    Not a clause on an actor: in "support for the rebels, who entered the city" the rebels' act is
    told about them, an event of its own."""
    toks = {tok.i: tok for tok, _, _ in cands}
    out: dict[int, list[Any]] = {}
    for tok in toks.values():
        t, via_clause = tok, False
        for _ in range(8):
            if t.head.i == t.i:
                break
            if t.dep_ == "relcl" and _acting_party(t.head, actx):
                break
            via_clause = via_clause or t.dep_ in ("relcl", "acl")
            t = t.head
            if t.i in toks and t.pos_ in ("NOUN", "PROPN"):
                if via_clause:
                    out.setdefault(t.i, []).append(tok)
                break
    return out


def _under_setting_relative(tok: Any) -> bool:
    """Is ``tok`` inside a relative clause that only says where or when (see :func:`_setting_relative`)?"""
    t = tok
    for _ in range(8):
        if t.dep_ == "relcl":
            return _setting_relative(t)
        if t.head.i == t.i:
            return False
        t = t.head
    return False


def _setting_relative(clause: Any) -> bool:
    """"a meeting ..., at which the leaders agreed to restore envoys", "the summit where they signed": a
    relative clause that only says where or when, reporting a happening of its own."""
    return any((c.dep_ == "advmod" and c.lower_ in ("where", "when"))
               or (c.dep_ == "prep" and any(g.lower_ == "which" for g in c.children)) for c in clause.children)


def _copula_subject(tok: Any, rules: dict[int, TriggerRule]) -> Any | None:
    """"The visit marked the first trip ...": the object trigger restates the subject trigger."""
    head = tok.head
    if tok.dep_ in ("attr", "dobj") and head.lemma_.lower() in COPULAS:
        for c in head.children:
            if c.dep_ == "nsubj" and c.i in rules and rules[c.i].type == rules[tok.i].type:
                return c
    return None


def _summing_up(tok: Any, rules: dict[int, TriggerRule]) -> Any | None:
    """"X arrived in Ankara on Monday, the first visit by ..."; "met in Rome and agreed ..., in the first
    meeting since ...": a noun trigger set beside the clause (appositive, bare noun phrase, "in the ...")
    sums up the verbal trigger of the same type it hangs on; it is no second event. Returns that verb."""
    if tok.pos_ not in ("NOUN", "PROPN") or not (
            tok.dep_ in ("appos", "npadvmod") or (tok.dep_ == "pobj" and tok.head.lower_ == "in")):
        return None
    t = tok
    for _ in range(6):
        if t.head.i == t.i:
            return None
        t = t.head
        if t.pos_ == "VERB" and t.i in rules and rules[t.i].type == rules[tok.i].type:
            return t
    return None


def _named_thing(tok: Any, actx: ActorContext) -> bool:
    """"the 1980 Treaty of Friendship": a named document, not a happening; "under an agreement": a thing."""
    m = actx.mention(tok)
    if m is not None and m.label in NAMED_THINGS:
        return True
    if tok.pos_ == "PROPN" and any(c.dep_ in ("compound", "prep") for c in tok.children):
        return True  # "the Treaty of Friendship", "the Camp David Accords": a document's name
    return tok.dep_ == "pobj" and tok.head.lower_ in THING_PREPS and not _told_with_its_making(tok)


# Participles that tell how a pact came about: "under a deal unveiled on Thursday" reports the deal.
MAKING_PARTICIPLES = frozenset({"announce", "unveil", "sign", "reach", "strike", "seal", "conclude", "agree",
                                "broker", "clinch", "finalize", "finalise"})


def _told_with_its_making(tok: Any) -> bool:
    """"under a deal unveiled on Thursday", "under an accord signed in May": the clause on the noun tells
    when it was made, so the pact is news here, not only the frame of something else."""
    return any(c.dep_ == "acl" and c.tag_ == "VBN" and c.lemma_.lower() in MAKING_PARTICIPLES for c in tok.children)


# Verbs that name their object: "called the incursions a hybrid attack", "described the strike as an
# act of war". The noun they name it with is the speaker's judgement of what happened.
NAMING_VERBS = ("call", "describe", "term", "brand", "label", "dub", "characterize", "characterise", "denounce",
                "condemn", "decry", "consider", "regard", "deem", "view")


def _naming_predicate(tok: Any) -> bool:
    """A trigger noun that is the name a naming verb gives its object: no report of a happening of its own."""
    if tok.pos_ not in ("NOUN", "PROPN"):
        return False
    if tok.dep_ == "pobj" and tok.head.lower_ == "as":
        verb = tok.head.head
        if verb.dep_ == "dobj":  # "described the attack as an escalation": "as" hung on the object
            verb = verb.head
    elif tok.dep_ == "oprd" or (tok.dep_ == "xcomp" and tok.head.pos_ == "VERB"):
        verb = tok.head
    else:
        return False
    return verb.pos_ == "VERB" and verb.lemma_.lower() in NAMING_VERBS


def _framed_gerund(tok: Any) -> bool:
    """"X played a key role in organising A, facilitating B and brokering C": the parser hangs the later
    gerunds on "played", not on "role"; a gerund chain up to a verb whose object is a frame noun is a topic."""
    t = tok
    for _ in range(4):
        if t.tag_ != "VBG" or t.dep_ not in ("conj", "advcl", "xcomp", "pcomp") or t.head.i == t.i:
            return False
        t = t.head
        if any(c.dep_ in ("dobj", "attr") and c.lemma_.lower() in FRAME_NOUNS for c in t.children):
            return True
    return False


def _not_reported(tok: Any) -> bool:
    """A topic or an open question, not a happening: "the issue of extraditing X", "whether it requested aid"."""
    if _framed_gerund(tok):
        return True
    if tok.tag_ == "VBG" and tok.dep_ in ("csubj", "csubjpass", "nsubj"):
        return True  # "Cutting ties with X would pose challenges": an act weighed, not one done
    t = tok
    for _ in range(6):
        if any(c.dep_ == "mark" and c.lower_ in OPEN_MARKERS for c in t.children):
            return True
        if t.head.i == t.i:
            return False
        head = t.head
        if t.dep_ in ("pobj", "pcomp") and head.dep_ == "prep" and head.head.lemma_.lower() in FRAME_NOUNS:
            return True
        if t.dep_ in ("relcl", "ccomp") and head.pos_ in ("VERB", "AUX"):
            return False  # a clause of its own: asserted unless marked
        t = head
    return False


def _one_episode(tok: Any) -> bool:
    """A plural that reports one episode: "clashes erupted", "protests against the law"; not "two protests",
    "a series of raids", "protection against attacks"; "protests are common" has no act of its own (the
    habitual and empty checks drop it)."""
    if tok.lemma_.lower() in CHARGE_NOUNS and any(c.dep_ in ("acl", "ccomp") and c.pos_ in ("VERB", "AUX")
                                                  and any(g.dep_ == "mark" and g.lower_ == "that" for g in c.children)
                                                  for c in tok.children):
        return True  # "accusations that its forces had laid mines": one charge, told by its content
    if tok.lemma_.lower() not in PLURAL_EPISODES:
        return False
    if any(c.dep_ in ("nummod", "quantmod") or (c.dep_ == "amod" and c.lower_ in ("several", "many", "numerous",
                                                                                   "repeated", "frequent", "various"))
           for c in tok.children):
        return False
    head = tok.head  # "a wave of protests": the noun "of" hangs on
    if tok.dep_ == "pobj" and head.lower_ == "of" and head.head.lemma_.lower() in SERIES_NOUNS:
        return False
    # "secure its borders against attacks", "shelter from air strikes": a danger warded off, no episode
    return not (tok.dep_ == "pobj" and head.lower_ in ("against", "from"))


def _habitual(tok: Any, time: TimeExpression | None, lex: Lexicon) -> bool:
    """"X offers support to various groups": a present-simple verb with no date states a policy or habit.

    News reports happenings in the past tense; the simple present without a
    date ("provides", "offers", "backs"), said by the reporter or by someone
    quoted, describes what is generally so. A dated present ("visits Kyiv on
    Monday") stays, and so does a verb whose act is done by saying it ("Kabul
    rejects the charge", "X accuses Y of ..."): its present is the act, unless
    an adverb says it is a habit ("routinely rejects").
    """
    if tok.pos_ != "VERB" or tok.tag_ not in ("VBZ", "VBP") or time is not None:
        return False
    if any(c.dep_ in ("aux", "auxpass") for c in tok.children):
        return False
    if tok.lemma_.lower() in lex.performative_verbs:
        return any(c.dep_ == "advmod" and c.lower_ in FREQUENCY_ADVERBS for c in tok.children)
    return True


FREQUENCY_ADVERBS = ("always", "often", "usually", "routinely", "regularly", "frequently", "generally", "typically",
                     "habitually", "sometimes", "occasionally", "constantly", "rarely", "seldom", "normally")


def _in_agreement(tok: Any, rules: dict[int, TriggerRule]) -> bool:
    return tok.pos_ in ("NOUN", "PROPN") and rules[tok.i].type == "AGREE" and tok.dep_ == "pobj" \
        and tok.head.lower_ in ("in", "under")


def _agreed_content(cands: list[tuple[Any, TriggerRule, Any | None]], rules: dict[int, TriggerRule]) -> set[int]:
    """"they would restore relations and reopen embassies, ... in an agreement": the planned acts the
    clause reports are what was agreed, part of that agreement and no events of their own."""
    out: set[int] = set()
    for tok, _, _ in cands:
        if not _in_agreement(tok, rules):
            continue
        t = tok.head
        for _ in range(6):
            if t.head.i == t.i:
                break
            t = t.head
            for v in (t, *[c for c in t.children if c.dep_ == "conj"]):  # "restore X and reopen Y"
                if v.i in rules and v.pos_ == "VERB" and modality(v) != "asserted":
                    out.add(v.i)
    return out


def _clause_parties(tok: Any, actx: ActorContext) -> tuple[list[ActorRef], Any | None]:
    """"X and Y said they would restore relations ..., in an agreement announced in Z": the parties of
    an agreement the clause is told "in" are that clause's subjects ("they" of a speech verb's clause
    are the speakers). Also returns the verb whose clause reports the agreement (for its modality)."""
    t = tok.head
    for _ in range(6):
        if t.pos_ in ("VERB", "AUX"):
            subj = subjects(t)
            if subj:
                s, owner = subj[0], subj[0].head
                if s.lower_ in ("they", "we") and owner.dep_ == "ccomp" \
                        and owner.head.lemma_.lower() in actx.lex.speech_verbs:
                    owner = owner.head
                    s = next(iter(subjects(owner)), s)
                return actor_refs(s, actx), owner
        if t.head.i == t.i:
            break
        t = t.head
    return [], None


def _is_definite(tok: Any) -> bool:
    if tok.dep_ == "pobj" and tok.head.lower_ == "of" and tok.head.head.lemma_.lower() in ROUND_NOUNS:
        tok = tok.head.head  # "the last round of talks"
    return any(c.dep_ in ("det", "poss") and (c.dep_ == "poss" or c.lower_ in DEFINITE_DETS) for c in tok.children)


def _summary(rule: TriggerRule, source: list[ActorRef], target: list[ActorRef], place: ActorRef | None,
             trigger: str) -> str:
    who = parties(source, target)
    what = rule.mode or trigger.lower()
    return " ".join(x for x in (who, what, f"in {place.text}" if place else "") if x)


def _names_its_object(tok: Any, rule: TriggerRule) -> bool:
    """"The pact letting X do Y was extended on Friday": no doer is named, but the verb's object is
    a definite thing of the kind its lexicon entry asks for (the deal), which says what happened."""
    if tok.pos_ != "VERB" or "object" not in rule.requires:
        return False
    obj = direct_object(tok)
    return obj is not None and _is_definite(obj)


MODAL_AUX = ("will", "would", "shall", "should", "could", "might", "may", "must", "can", "'ll", "wo")


def _told_as_news(tok: Any, speaker: Any) -> bool:
    """"The truce has been extended, X said on Friday", "X announced on Monday that the pact had been
    renewed / that it was breaking off relations": an act told as just done (present perfect) or
    announced (any tense but a plan) has no date of its own; the report's date is when it became so."""
    aux = [c for c in tok.children if c.dep_ in ("aux", "auxpass")]
    if any(c.lower_ in MODAL_AUX or c.tag_ == "TO" for c in aux):
        return False  # "announced it would visit": a plan, not an act of the announcement's day
    perfect = [c for c in aux if c.dep_ == "aux" and c.lemma_.lower() == "have"]
    if speaker.lemma_.lower() in ANNOUNCE_VERBS:
        return True  # "announced on Saturday that it was breaking off relations": the news is the act
    if tok.tag_ == "VBG" and any(c.dep_ == "aux" and c.lemma_.lower() == "be" for c in aux):
        return True  # "told a news conference on Sunday that Taiwan was ending relations": under way as said
    return bool(perfect) and perfect[0].tag_ in ("VBZ", "VBP")


OBLIGATION_AUX = ("must", "should", "ought")
UNSURE_WORDS = ("may", "might", "could", *HEDGE_ADVERBS)


def _modality(tok: Any, gov: Any | None, rule: TriggerRule) -> str:
    """The event's modality; a refusal said with "will/would not" ("would not meet the demands") is
    stated now, so it is asserted unless something else makes it unsure ("may not accept")."""
    found = modality(tok, gov)
    if rule.requires.get("negated") and found in ("planned", "hedged") \
            and not any(c.lower_ in UNSURE_WORDS for c in tok.children):
        return "asserted"
    return found


def _demand(tok: Any, rule: TriggerRule, speaker: Any | None, actx: ActorContext) -> TriggerRule | None:
    """"X said Y must return the helicopter": an act someone says another *must* do is X's demand on Y
    (PLOVER REQUEST), not Y's act. Only with a speaker that is an actor and an obliged party."""
    if speaker is None or tok.pos_ != "VERB" or rule.type == "REQUEST":
        return None
    if not any(c.dep_ == "aux" and c.lower_ in OBLIGATION_AUX for c in tok.children):
        return None
    if not any(is_actor(s, actx) for s in subjects(speaker)):
        return None
    return replace(rule, type="REQUEST", mode=None, roles="default")


def _any_such(tok: Any) -> bool:
    """"any armed attack on Qatar", "no talks", "every strike": a nominal act named as a kind, not one
    that happened."""
    return tok.pos_ in ("NOUN", "PROPN") and any(c.dep_ == "det" and c.lower_ in ("any", "every", "no")
                                                  for c in tok.children)


def _set_aside(tok: Any) -> bool:
    """"should deal with its smugglers instead of blaming its neighbours", "chose talks rather than
    attacking": an act named as the one not done."""
    if tok.dep_ == "pcomp" and tok.head.lower_ == "of" and any(c.lower_ == "instead" for c in tok.head.children):
        return True
    doc = tok.doc
    return bool(tok.i >= 2 and doc[tok.i - 1].lower_ == "than" and doc[tok.i - 2].lower_ == "rather")


def _build(tok: Any, rule: TriggerRule, speaker: Any | None, actx: ActorContext, sent: Any,
           times: list[TimeExpression], rules: dict[int, TriggerRule], extra_ordinal: tuple[Any, ...],
           nested: list[Any], purposes: tuple[Any, ...] = ()) -> EventMention | None:
    gov = governor(tok, actx)
    if is_negated(tok, gov) and not rule.requires.get("negated"):  # a refusal entry reads the "not" itself
        return None
    if _set_aside(tok) or _any_such(tok):
        return None
    demand = _demand(tok, rule, speaker, actx)
    if demand is not None:
        return _build_demand(tok, demand, speaker, actx, sent, times, rules)
    roles = read_roles(tok, rule, actx, speaker=speaker)
    for inner in nested:
        if roles.target:
            break
        inner_rule = rules[inner.i]
        roles.target = [r for r in read_roles(inner, inner_rule, actx).target if r not in roles.source]
    noun = tok.pos_ in ("NOUN", "PROPN")
    if noun and _in_agreement(tok, rules):
        parties, owner = _clause_parties(tok, actx)
        if parties and not (roles.source or roles.target):
            roles.source, roles.target = parties[:1], parties[1:]
        gov = owner or gov  # the agreement is as certain, and as dated, as the clause that reports it
    definite = noun and _is_definite(tok)
    if tok.pos_ == "VERB" and ("object" in rule.requires or rule.type in OWN_FORCE_TYPES) \
            and (obj := direct_object(tok)) is not None \
            and (obj.lemma_.lower() not in actx.lex.actor_nouns or rule.type in OWN_FORCE_TYPES
                 or rule.type == "RETREAT" or (rule.type == "THREATEN" and "negated" in rule.requires)):
        # "the initiative was extended": the thing the entry asks for is what is acted on, no participant
        # (an envoy ordered to leave, a ship rammed: whose they are is the party acted on; troops moved
        # are the mover's own, and where they go is the target: "moved troops to the border with X")
        inside = [r for r in roles.target if obj.idx <= r.start < obj.idx + len(obj.text) + 1
                  or r.start <= obj.idx < r.end]
        if rule.type == "THREATEN":  # "would not rule out the use of military force (against X)": the means
            inside += [r for r in roles.target if r.start in _means_span(obj)]
        roles.target = [r for r in roles.target if r not in inside]
        if rule.type in OWN_FORCE_TYPES and not roles.source:
            roles.source = inside  # "5,000 Egyptian troops may be deployed": whose forces move
        if not roles.target and rule.type in OWN_FORCE_TYPES:
            # a country or capital the forces go to is aimed at; a reef or a region is only where they go
            roles.target = [r for g in _destinations(tok) + _destinations(obj) for r in actor_refs(g, actx)
                            if r not in roles.source and country_of(r.text)]
    if tok.pos_ == "VERB" and "phrase" in rule.requires:
        # "imposed a state of emergency": the words of the phrase are no party to it
        at = doc_text(actx.doc).lower().find(str(rule.requires["phrase"]).lower(), tok.idx)
        if at >= 0:
            roles.target = [r for r in roles.target
                            if not at <= r.start < at + len(str(rule.requires["phrase"]))]
    if rule.type in STATE_MEASURE_TYPES and speaker is not None and (
            (not roles.source and _agentless_passive(tok)) or _unowned_body(roles.source, tok)):
        # "Misri said the treaty would be held in abeyance", "the envoys were declared persona non grata, the
        # ministry said": a measure announced in the passive is the announcing side's own; so is one that
        # a body of no named country takes ("the ministry said the embassy in Niamey would close")
        owner = [r for s in subjects(speaker) for r in actor_refs(s, actx) if r.country and r not in roles.target]
        if owner:
            if roles.source and not roles.target and (place := _subject_place(tok, actx)) is not None:
                roles.target = [place]  # the embassy in Niamey: the host country is the one acted on
            roles.source = owner
    for purpose in purposes:  # "travelled to X for talks with Y": Y is whom the trip was for
        roles.target = unique_refs([*roles.target, *[r for r in read_roles(purpose, rules[purpose.i], actx).target
                                                if r not in roles.source]])
    if not roles.source and not roles.target and not (definite or roles.place or _names_its_object(tok, rule)):
        return None
    anchors = {tok.i} | ({gov.i} if gov is not None else set())
    start, end = evidence_span(sent, tok)
    restated = extra_ordinal
    if tok.pos_ == "VERB":
        extra_ordinal = (*extra_ordinal, *[c for c in tok.children if c.dep_ in ("dobj", "nsubjpass")])
    time = pick_time(actx.doc, tok, anchors=anchors, triggers=set(rules), times=times)
    if time is None and speaker is not None and _told_as_news(tok, speaker):
        time = pick_time(actx.doc, tok, anchors={speaker.i}, triggers=set(rules), times=times)
    if _habitual(tok, time, actx.lex):
        return None
    summed_mode = next((rules[t.i].mode for t in restated if t.i in rules and rules[t.i].type == rule.type
                        and rules[t.i].mode), None)  # "discussed X with Y in a phone call": a phone call
    summed_mode = summed_mode or next((rules[p.i].mode for p in purposes if rules[p.i].type == rule.type
                                       and rules[p.i].mode), None)  # "on his trip to X, met Y": a visit
    return EventMention(
        type=rule.type, mode=roles.mode or rule.mode or summed_mode, trigger=tok.text, trigger_start=tok.idx, trigger_end=tok.idx + len(tok.text),
        start=start, end=end, sentence=doc_text(actx.doc)[start:end],
        source=roles.source, target=roles.target, location=roles.place, time=time,
        date_basis=time.basis if time else "unknown", modality=_modality(tok, gov, rule),
        ordinal=ordinal(tok, extra=extra_ordinal), summary=_summary(rule, roles.source, roles.target, roles.place, tok.text),
        definite=bool(definite),
    )


def _means_span(obj: Any) -> set[int]:
    """Character offsets of the words of a threatened means ("the use of military force"), without the
    party it would be aimed at ("against X", "on X")."""
    aimed = {t.i for c in obj.subtree if c.dep_ == "prep" and c.lower_ in ("against", "on", "toward", "towards")
             for t in c.subtree}
    return {t.idx for t in obj.subtree if t.i not in aimed}


def _build_demand(tok: Any, rule: TriggerRule, speaker: Any, actx: ActorContext, sent: Any,
                  times: list[TimeExpression], rules: dict[int, TriggerRule]) -> EventMention | None:
    """The REQUEST behind "X said Y must ...": the speaker asks, the obliged party is asked; dated
    like the statement (the act itself has not happened)."""
    source = unique_refs([r for s in subjects(speaker) for r in actor_refs(s, actx)])
    target = unique_refs([r for s in subjects(tok) for r in actor_refs(s, actx) if r not in source])
    if not source:
        return None
    start, end = evidence_span(sent, tok)
    time = pick_time(actx.doc, speaker, anchors={speaker.i}, triggers=set(rules), times=times)
    return EventMention(
        type=rule.type, mode=None, trigger=tok.text, trigger_start=tok.idx, trigger_end=tok.idx + len(tok.text),
        start=start, end=end, sentence=doc_text(actx.doc)[start:end], source=source, target=target,
        location=None, time=time, date_basis=time.basis if time else "unknown", modality=modality(speaker),
        ordinal=None, summary=_summary(rule, source, target, None, tok.text),
    )


def events_in_sentence(sent: Any, lex: Lexicon, actx: ActorContext, times: list[TimeExpression],
                       filed: set[int] | None = None) -> list[EventMention]:
    """Every event mention one sentence reports (pure; used by the stage and by the evals).

    ``filed`` is ``filed_positions(doc, lex)`` when the caller has it (computed
    once per document, for speed); without it the sentence's tokens are looked up.
    """
    cands = _candidates(sent, lex, actx, filed)
    rules = {tok.i: rule for tok, rule, _ in cands}
    out = []
    restated: dict[int, list[Any]] = {}
    for tok, _rule, _ in cands:
        subj = _copula_subject(tok, rules)
        if subj is None:
            subj = _summing_up(tok, rules)
        if subj is not None:
            restated.setdefault(subj.i, []).append(tok)
    nested = _nested(cands, actx)
    # a trigger in a relative clause that only says where or when ("the summit at which they signed") lends its
    # parties to the noun and is a report of its own too
    inner_of = {t.i for ts in nested.values() for t in ts if not _under_setting_relative(t)} \
        | _agreed_content(cands, rules)
    for tok, rule, speaker in cands:
        if tok.i in inner_of:
            continue
        if _absorbed(tok, rules, lex) or any(tok in v for v in restated.values()):
            continue
        if _named_thing(tok, actx) or _not_reported(tok) or _agreement_as_topic(tok, rules) or _naming_predicate(tok):
            continue
        if tok.tag_ == "NNS" and tok.lemma_.lower() not in PLURAL_SINGLE and not _one_episode(tok):
            continue
        ev = _build(tok, rule, speaker, actx, sent, times, rules, tuple(restated.get(tok.i, ())),
                    nested.get(tok.i, []), tuple(t for t, _, _ in cands if (v := _purpose(t, rules)) is not None and v.i == tok.i))
        if ev is not None:
            out.append(ev)
    out = [ev for ev in out if not _back_reference(ev, out)]
    out += charges(out, cands, actx, sent, times, rules)
    return out + judgements(out, sent, lex, actx, times, rules)


def _back_reference(ev: EventMention, sentence_events: list[EventMention]) -> bool:
    """"The meeting, which ..., followed talks on Thursday between X and Y": a bare "the meeting"
    only situates the new event of the same type reported beside it; it is no report of its own."""
    if not ev.definite or ev.source or ev.target or ev.location or ev.time:
        return False
    return any(o is not ev and o.type == ev.type and not o.definite and (o.source or o.target)
               for o in sentence_events)


def _the_pair(ev: EventMention, doc: Any) -> bool:
    """"The two ministers [met]", "both sides [agreed]", "a call between the two ministers": a pair of
    parties named only by number, no entity, as the subject or after "between"."""
    refs = [*ev.source, *ev.target]
    if len(refs) != 1 or refs[0].chain is not None or refs[0].country:
        return False
    span = doc.char_span(refs[0].start, refs[0].end, alignment_mode="expand")
    if span is None or len(span) == 0 or not (span.root.dep_ in ("nsubj", "nsubjpass") or (
            span.root.dep_ == "pobj" and span.root.head.lower_ == "between")):  # "a call between the two ministers"
        return False
    words = refs[0].text.lower().split()
    if words[:1] == ["the"]:
        words = words[1:]
    return words[:1] in (["two"], ["both"]) or _numbered_pair(span.root)  # "both governments" named as "governments"


def _two_sides(ev: EventMention) -> bool:
    refs = [*ev.source, *ev.target]
    countries = {r.country for r in refs}
    return bool(ev.source and ev.target) and all(r.chain is not None or r.country for r in refs) \
        and ({r.country for r in ev.source}.isdisjoint({r.country for r in ev.target}) or countries == {None})


def _states(refs: list[ActorRef]) -> list[ActorRef]:
    return [ActorRef(r.country, r.start, r.end, None, r.country) for r in refs if r.country]


def _two_named_before(ev: EventMention, actx: ActorContext) -> tuple[ActorRef, ActorRef] | None:
    """The two people (or parties) the pair's own sentence names before it, when it names exactly two."""
    pair = (ev.source or ev.target)[0]
    sent_start = ev.start
    seen: dict[int, ActorRef] = {}
    for m in actx.analysis.mentions:
        if sent_start <= m.start < pair.start and m.label in ("PERSON", "GPE", "NORP", "ORG") and m.chain >= 0:
            seen.setdefault(m.chain, ActorRef(text=m.text, start=m.start, end=m.end, chain=m.chain,
                                               country=country_of(m.affiliation) if m.affiliation else country_of(m.text)))
    people = [r for r in seen.values()]
    return (people[0], people[1]) if len(people) == 2 else None


def _resolve_pairs(events: list[EventMention], doc: Any, actx: ActorContext) -> None:
    """"The two ministers had spoken by telephone in March": the pair is the two sides of the nearest
    earlier report in the article that names both (its source and its target)."""
    for k, ev in enumerate(events):
        if not _the_pair(ev, doc):
            continue
        prev = next((p for p in reversed(events[:k]) if p.end <= ev.start and _two_sides(p)), None)
        if prev is None:
            named = _two_named_before(ev, actx)
            if named is not None:  # "X raised the issue with Y on Saturday, when the two met ..."
                ev.source, ev.target = [named[0]], [named[1]]
            continue
        if (ev.source or ev.target)[0].text.lower().split()[-1] in PAIR_STATES:
            # "the two countries": the countries of the sides, not the people who acted for them
            if all(r.country for r in (*prev.source, *prev.target)):
                ev.source, ev.target = _states(prev.source), _states(prev.target)
            continue
        ev.source, ev.target = list(prev.source), list(prev.target)


def _pair_target(ev: EventMention, doc: Any) -> bool:
    """"telephoned both leaders", "spoke with the leaders of both countries": a third party's act aimed
    at a pair named only by number."""
    if len(ev.target) != 1 or not ev.source or ev.target[0].chain is not None or ev.target[0].country:
        return False
    span = doc.char_span(ev.target[0].start, ev.target[0].end, alignment_mode="expand")
    if span is None or len(span) == 0:
        return False
    head = span.root
    of = [g for c in head.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children if g.dep_ == "pobj"]
    return any(_numbered_pair(t) for t in (head, *of))


def _numbered_pair(tok: Any) -> bool:
    """"both leaders", "the two ministers", "both countries"."""
    return tok.tag_ in ("NNS", "NNPS") and any(
        (c.dep_ in ("det", "predet") and c.lower_ == "both") or (c.dep_ == "nummod" and c.lower_ in ("two", "2"))
        for c in tok.children)


def _resolve_pair_targets(events: list[EventMention], doc: Any) -> None:
    """The pair a third party's act is aimed at ("Trump telephoned both leaders") is the two countries
    of the nearest earlier report in the article that names exactly two besides the doer's own."""
    for k, ev in enumerate(events):
        if not _pair_target(ev, doc):
            continue
        own = {r.country for r in ev.source if r.country}
        for prev in reversed(events[:k]):
            if prev.end > ev.start or not _two_sides(prev) or not all(r.country for r in (*prev.source, *prev.target)):
                continue
            sides = {r.country: r for r in _states([*prev.source, *prev.target]) if r.country not in own}
            if len(sides) == 2:  # (a third party's call to the pair names three: the pair is further back)
                ev.target = list(sides.values())
                break


# What a reaction is to, by the noun it names ("welcomed the accord", "rejected the offer"): the types of the
# earlier report that noun stands for; for agreements every party is who was reacted to.
REACTION_TYPES = ("SUPPORT", "REJECT", "ACCUSE")
REACTED_NOUNS = {
    **dict.fromkeys(("accord", "agreement", "deal", "pact", "treaty", "declaration", "ceasefire", "truce"), ("AGREE",)),
    **dict.fromkeys(("offer", "proposal", "initiative"), ("AGREE", "REQUEST")),
    **dict.fromkeys(("sanction", "sanctions", "measures", "expulsion"), ("SANCTION",)),
    **dict.fromkeys(("accusation", "allegation", "charge", "charges"), ("ACCUSE",)),
}


def _reacted_noun(ev: EventMention, doc: Any) -> str | None:
    """The definite noun a reaction verb takes ("welcomed the accord"), when it names an earlier act."""
    span = doc.char_span(ev.trigger_start, ev.trigger_end, alignment_mode="expand")
    if span is None or span.root.pos_ != "VERB":
        return None
    obj = next((c for c in span.root.children if c.dep_ == "dobj"), None)
    if obj is None or (obj.lemma_.lower() not in REACTED_NOUNS and obj.lower_ not in REACTED_NOUNS):
        return None
    definite = any(c.dep_ in ("det", "poss") and c.lower_ in ("the", "that", "this", "these", "its", "their")
                   for c in obj.children)
    return (obj.lower_ if obj.lower_ in REACTED_NOUNS else obj.lemma_.lower()) if definite else None


def _resolve_reactions(events: list[EventMention], doc: Any) -> None:
    """"X and Y signed an accord. Z welcomed the accord": a reaction with no target of its own is aimed
    at those who made the act it names, the nearest earlier report of that kind in the article."""
    for k, ev in enumerate(events):
        if ev.type not in REACTION_TYPES or ev.target or not ev.source:
            continue
        noun = _reacted_noun(ev, doc)
        if noun is None:
            continue
        kinds = REACTED_NOUNS[noun]
        prev = next((p for p in reversed(events[:k]) if p.end <= ev.start and p.type in kinds and p.source), None)
        if prev is None:
            continue
        own = {r.country for r in ev.source if r.country}
        parties = [*prev.source, *prev.target] if prev.type == "AGREE" else list(prev.source)
        ev.target = [r for r in parties if not (r.country and r.country in own) and r not in ev.source]


# Judgements a court passes on someone: "the sentence", "the conviction" named again is that person's.
JUDGEMENT_NOUNS = ("sentence", "conviction", "verdict")


def _resolve_judgements(events: list[EventMention], doc: Any) -> None:
    """"X was sentenced to five years. An appeals court confirmed the sentence on 1 July": an act on a
    judgement named again ("the sentence") with no party of its own is aimed at the party of the
    nearest earlier report of that kind (coercion) in the article."""
    for k, ev in enumerate(events):
        if ev.type != "COERCE" or any(r.country or r.chain is not None for r in ev.target):
            continue
        span = doc.char_span(ev.trigger_start, ev.trigger_end, alignment_mode="expand")
        if span is None or span.root.pos_ != "VERB":
            continue
        obj = next((c for c in span.root.children if c.dep_ in ("dobj", "nsubjpass")), None)
        if obj is None or obj.lemma_.lower() not in JUDGEMENT_NOUNS or not any(
                c.dep_ == "det" and c.lower_ in ("the", "that", "this") for c in obj.children):
            continue
        prev = next((p for p in reversed(events[:k]) if p.end <= ev.start and p.type == "COERCE"
                     and any(r.country or r.chain is not None for r in p.target)), None)
        if prev is not None:
            ev.target = [r for r in prev.target if r not in ev.source]


def extract_events(ctx: DocContext) -> None:
    """Fill ``ctx.analysis.events`` with the document's event mentions, in text order."""
    lex = load_lexicon()
    seed_doc_text(ctx.doc, ctx.document.text)
    actx = ActorContext.build(ctx.doc, ctx.analysis, lex)
    times = sorted(ctx.analysis.times, key=lambda t: t.start)
    events: list[EventMention] = []
    text = doc_text(ctx.doc)
    filed = filed_positions(ctx.doc, lex)
    for sent in ctx.doc.sents:
        if text[sent.start_char:sent.end_char].rstrip().endswith("?"):  # == sent.text, without re-joining tokens
            continue  # a question reports nothing ("Will X give up on Y?")
        in_sent = [t for t in times if sent.start_char <= t.start < sent.end_char]
        events.extend(events_in_sentence(sent, lex, actx, in_sent, filed))
    _resolve_pairs(events, ctx.doc, actx)
    _resolve_pair_targets(events, ctx.doc)
    _resolve_reactions(events, ctx.doc)
    _resolve_judgements(events, ctx.doc)
    events, co_doers = _with_ellipsis_copies(events, actx)
    events = _with_repeat_copies(events, actx, times)
    _shared_charge_target(events)
    _lone_other_side(events, actx, co_doers)
    _carry_sentence_days(events, actx, times, text)
    ctx.analysis.events = events


def _shared_charge_target(events: list[EventMention]) -> None:
    """"X called the release irresponsible and accused Tokyo of ...": a charge aimed at no party takes
    the party of the doer's other charge in the same sentence (one stance, told twice)."""
    for ev in events:
        if ev.type != "ACCUSE" or not ev.source or any(r.country or r.chain is not None for r in ev.target):
            continue
        other = next((o for o in events if o is not ev and o.type == "ACCUSE" and o.start == ev.start
                      and _same_doer(o.source, ev.source)
                      and any(r.country or r.chain is not None for r in o.target)), None)
        if other is not None:
            ev.target = list(other.target)


def _with_ellipsis_copies(events: list[EventMention],
                          actx: ActorContext) -> tuple[list[EventMention], dict[int, set[str]]]:
    """"X attended the inauguration, as did Y" (also "and so did Y"): Y did the same act, a report of
    its own with Y as the doer and everything else the same (the clause names no act of its own).
    Also returns, per report (by ``id``), the countries of those doing the act with it: they are on
    its side, never the other side it is aimed at."""
    doc = actx.doc
    out: list[EventMention] = []
    co_doers: dict[int, set[str]] = {}
    for ev in events:
        out.append(ev)
        tok = _trigger_token(doc, ev) if ev.source else None
        if tok is None or tok.pos_ != "VERB":
            continue
        for c in tok.children:
            if c.dep_ not in ("advcl", "conj") or c.lemma_.lower() != "do" \
                    or not any(g.lower_ in ("as", "so") for g in c.children if g.dep_ in ("mark", "advmod")) \
                    or any(g.dep_ in ("dobj", "xcomp", "ccomp") for g in c.children):
                continue
            doers = [r for s in c.children if s.dep_ == "nsubj" for r in actor_refs(s, actx)]
            if doers:
                copy = replace(ev, trigger=c.text, trigger_start=c.idx, trigger_end=c.idx + len(c.text),
                               source=doers, summary=ev.summary.replace(ev.source[0].text, doers[0].text, 1))
                out.append(copy)
                co_doers.setdefault(id(ev), set()).update(r.country for r in doers if r.country)
                co_doers.setdefault(id(copy), set()).update(r.country for r in ev.source if r.country)
    return out, co_doers


# Verbs of sitting down together: "sat down for talks" is the talks, not a second meeting.
SITTING_VERBS = ("sit",)
# Prepositions that make a pact the topic of a meeting: "talks on a truce", "negotiations over the deal".
TOPIC_PREPS = ("on", "over", "about", "regarding", "concerning", "toward", "towards")


# Words that join a repeat of the same act to its first telling: "met in X in July and again in Y".
REPEAT_JOINS = ("and", "then")


def _repeat_word(tok: Any) -> Any | None:
    """The "again" after ``tok`` that tells its act a second time in the same clause ("met in Vilnius
    in July and again in New York in September"), when nothing between them is a verb of its own."""
    sent = tok.sent
    for k in range(tok.i + 1, sent.end):
        t = tok.doc[k]
        if t.pos_ in ("VERB", "AUX") or t.text in (";", ":"):
            return None
        if t.lower_ == "again" and k > tok.i + 1:
            before = [x for x in tok.doc[max(sent.start, k - 3):k] if not x.is_punct]
            if before and before[-1].lower_ in REPEAT_JOINS and any(x.lower_ == "and" for x in before[-2:]):
                return t
    return None


def _repeat_reach(again: Any) -> int:
    """Where the repeat's own words end: the next verb, semicolon, or the sentence's end (a char offset)."""
    sent = again.sent
    for k in range(again.i + 1, sent.end):
        t = again.doc[k]
        if t.pos_ in ("VERB", "AUX") or t.text in (";", ":"):
            return int(t.idx)
    return int(sent.end_char)


def _with_repeat_copies(events: list[EventMention], actx: ActorContext,
                        times: list[TimeExpression]) -> list[EventMention]:
    """"The ministers met in Vilnius in July and again in New York in September": two meetings, the
    second a report of its own with its own date and place and the same parties. Only when the first
    report's date comes before "again" and the words after it name a new date or place (a bare
    "and again" says nothing about when or where)."""
    doc = actx.doc
    out: list[EventMention] = []
    for ev in events:
        out.append(ev)
        tok = _trigger_token(doc, ev)
        if tok is None or tok.pos_ not in ("VERB", "NOUN") or (again := _repeat_word(tok)) is None:
            continue
        if ev.time is not None and ev.time.start >= again.idx:
            continue  # the date read for the first report is the repeat's own
        reach = _repeat_reach(again)
        time = next((t for t in times if again.idx < t.start and t.end <= reach), None)
        place = next((ref for t in doc[again.i + 1:again.sent.end] if t.idx < reach and t.dep_ == "pobj"
                      and t.head.lower_ in ("in", "at") and (ref := place_ref(t, actx)) is not None), None)
        if time is None and place is None:
            continue
        end = again.idx + len(again.text)
        out.append(replace(ev, trigger=again.text, trigger_start=again.idx, trigger_end=end,
                           time=time, date_basis=time.basis if time else "unknown",
                           location=place or ev.location,
                           summary=ev.summary.replace(ev.location.text, place.text, 1)
                           if place is not None and ev.location is not None else ev.summary))
    return out


def _carry_sentence_days(events: list[EventMention], actx: ActorContext, times: list[TimeExpression],
                         text: str) -> None:
    """Date an undated act told as the next step of the dated sentence before it (see
    :func:`~newsgraph.stages.event_dates.carried_time`)."""
    doc = actx.doc
    known: list[set[int]] = []

    def triggers() -> set[int]:  # only needed when a sentence before is read, which is rare
        if not known:
            known.append({tok.i for ev in events if (tok := _trigger_token(doc, ev)) is not None})
        return known[0]

    for ev in events:
        if ev.time is not None or ev.modality != "asserted":
            continue
        tok = _trigger_token(doc, ev)
        if tok is None:
            continue

        def same_subject(root: Any, ev: EventMention = ev) -> bool:
            return _same_doer([r for s in subjects(root) for r in actor_refs(s, actx)], ev.source)

        def same_type_that_day(day: str, ev: EventMention = ev, tok: Any = tok) -> bool:
            # "The call took place on June 15. X phoned Y ...": the same act, told again; an act of the
            # same kind by another doer ("X expelled ... on Monday. Y expelled ...") is a reply, not dated
            before = doc[tok.sent.start - 1].sent
            return any(o.type == ev.type and o.time is not None and o.time.value == day
                       and before.start_char <= o.trigger_start < before.end_char
                       and (not o.source or _same_doer(o.source, ev.source)) for o in events)

        t = carried_time(doc, text, tok, times=times, triggers=triggers, same_subject=same_subject,
                         same_type_that_day=same_type_that_day)
        if t is not None:
            ev.time, ev.date_basis = t, t.basis


def _same_doer(a: list[ActorRef], b: list[ActorRef]) -> bool:
    """Two lists of doers name one party (the same chain, or the same single country)."""
    if {r.chain for r in a if r.chain is not None} & {r.chain for r in b if r.chain is not None}:
        return True
    ca, cb = {r.country for r in a if r.country}, {r.country for r in b if r.country}
    return bool(ca) and ca == cb


def _trigger_token(doc: Any, ev: EventMention) -> Any | None:
    span = doc.char_span(ev.trigger_start, ev.trigger_end, alignment_mode="expand")
    return span[0] if span is not None and len(span) else None


# Acts aimed at another party, where a sentence naming one other country names that party.
AIMED_TYPES = ("ASSAULT", "COERCE", "SANCTION", "THREATEN", "ACCUSE", "REJECT")


def _lone_other_side(events: list[EventMention], actx: ActorContext,
                     co_doers: dict[int, set[str]] | None = None) -> None:
    """"Chile's army said it had launched retaliatory strikes after Peru fired ...": an attack,
    seizure, sanction, threat or charge whose parse gives a doer but no party as target (none, or a
    thing: "closed its airspace to aircraft bound for X") is aimed at the other country when its
    sentence names exactly one country besides the doer's (by name, capital, nationality or one of
    its bodies)."""
    for ev in events:
        if ev.type not in AIMED_TYPES or any(r.country or r.chain is not None for r in ev.target) or not ev.source \
                or (ev.type == "COERCE" and ev.mode not in (None, "seize")):
            continue  # martial law, arrests, curfews: a state's acts at home
        own = {r.country for r in ev.source if r.country}
        if not own:
            continue
        own |= (co_doers or {}).get(id(ev), set())
        others: dict[str, Mention] = {}
        for m in actx.analysis.mentions:
            if ev.start <= m.start < ev.end and m.label in ("GPE", "NORP", "ORG"):
                # a country, its capital, its people, or one of its bodies ("Chile's army")
                c = country_of(m.text) if m.label != "ORG" else None
                c = c or (country_of(m.affiliation) or m.affiliation if m.affiliation else None)
                if c and c not in own:
                    others.setdefault(c, m)
        if len(others) == 1:
            (c, m), = others.items()
            ev.target = [ActorRef(text=m.text, start=m.start, end=m.end, chain=m.chain if m.chain >= 0 else None,
                                  country=c)]

