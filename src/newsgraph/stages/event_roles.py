"""Source, target and place of one trigger, by the role scheme its lexicon entry names.

Schemes (see data/plover_triggers.yaml): ``default`` (subject acts on object),
``symmetric`` (meetings, calls, agreements: first participant is the source,
partners the target), ``travel`` (the visitor is the source, the destination
the target and the place), ``host`` (the host is the target, the visitor the
source), ``reported`` ("X noted that Y is stoking ...": X accuses Y).
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from typing import Any

from newsgraph.gazetteer import country_of
from newsgraph.model import ActorRef
from newsgraph.stages.event_actors import (
    ActorContext,
    actor_refs,
    actors_within,
    antecedent,
    is_actor,
    place_of,
    place_ref,
    pobjs,
    subjects,
)
from newsgraph.stages.event_triggers import TriggerRule, direct_object, passive_small_clause

# Verbs whose subject is a happening and that add nothing but its occurrence ("clashes erupted",
# "protests continued", "the attack took place").
OCCURRENCE_VERBS = ("erupt", "break", "occur", "happen", "take", "continue", "resume", "escalate", "intensify",
                    "spread", "rage", "flare")
# Verbs that, with no object, tell a happening's course: "a second round followed in Rome", "the talks
# opened in Muscat on Saturday", "the session ended in Geneva" (not "the talks followed a visit").
COURSE_VERBS = ("follow", "open", "begin", "start", "end", "conclude", "convene")
TARGET_PREPS = ("with", "against", "on", "to", "at", "toward", "towards", "for", "upon", "into")
NOUN_SOURCE_PREPS = ("by", "from")
VISITOR_PREPS = ("by", "of", "from")
FRAME_PREPS = ("in", "during", "with", "through", "at")
# Verbs of coming together whose "for" names the meeting they came for ("returned to X for a third round").
# (Not the verbs of a trip, "arrived in X for talks": the trip is the event, the talks its purpose.)
GATHERING_VERBS = ("return", "gather", "convene", "assemble", "reconvene", "sit")
AGENT_OF_TYPES = ("AID", "SUPPORT", "COOPERATE")  # "the assistance of X": X gives it
FROM_PLACE_TYPES = ("RETREAT",)
LEAVING_NOUNS = frozenset({"withdrawal", "pullout", "pull-out", "departure", "exit", "retreat", "drawdown"})
# Agreements are often named after the sea or region they settle ("the Aegean fisheries pact"), meetings
# after where they happen ("the Geneva talks"): such a region modifying an agreement noun is its topic.
NAMED_BY_TOPIC = ("AGREE",)  # "pulled out of / withdrew from X": X is the place left


@dataclass
class Roles:
    source: list[ActorRef] = field(default_factory=list)
    target: list[ActorRef] = field(default_factory=list)
    place: ActorRef | None = None
    mode: str | None = None  # set when the venue decides it (a meeting in one side's country is a visit)


def governor(tok: Any, ctx: ActorContext) -> Any | None:
    """The verb that carries a nominal trigger: "held [talks]", "launched [an assault]", "in [a call]"."""
    if tok.pos_ not in ("NOUN", "PROPN"):
        return None
    head = tok.head
    if tok.dep_ == "compound" and head.pos_ == "NOUN":  # "launched a mediation effort"
        tok, head = head, head.head
    if tok.dep_ == "pobj" and head.lower_ == "of" and head.head.lemma_.lower() in ROUND_NOUNS:
        tok = head.head  # "held another round of talks": the round is what the verb carries
        head = tok.head
    held = next((c for c in tok.children if c.dep_ == "acl" and c.tag_ in ("VBN", "VBD") and (
                 c.lemma_.lower() in ctx.lex.light_verbs or (c.lemma_.lower() in COURSE_VERBS + OCCURRENCE_VERBS
                                                             and not any(g.dep_ == "dobj" for g in c.children)))), None)
    if held is not None:
        return held  # "talks held in Addis Ababa in December", "the last round of talks, held in X,": their verb
        # (and "A second round followed in Rome", which the parser reads as a noun with a clause)
    if tok.dep_ in ("dobj", "nsubjpass") and head.pos_ == "VERB" and head.lemma_.lower() in ctx.lex.light_verbs \
            and not _names_its_object(head):
        return head
    if tok.dep_ == "nsubj" and head.pos_ == "VERB" and (head.lemma_.lower() in OCCURRENCE_VERBS or (
            head.lemma_.lower() in COURSE_VERBS and not any(c.dep_ == "dobj" for c in head.children))):
        return head  # "clashes erupted in X on Monday": the verb only says it happened, and where and when
    if tok.dep_ == "pobj" and head.dep_ == "prep" and head.lower_ in FRAME_PREPS and head.head.pos_ == "VERB":
        return head.head
    if tok.dep_ == "pobj" and head.lower_ == "for" and head.head.lemma_.lower() in GATHERING_VERBS:
        # "negotiators returned to Muscat for a third round", "leaders gather in Djibouti for a summit": where and
        # when it was ("travelled to X for talks" is a trip with its purpose, see events._purpose)
        return head.head
    if tok.dep_ == "pobj" and head.dep_ == "prep" and head.lower_ in ("in", "during") \
            and head.head.dep_ == "dobj" and head.head.head.pos_ == "VERB":
        return head.head.head  # "discussed the plan with X in a phone call": the parser hangs "in" on the object
    return relative_carrier(tok, ctx.lex.light_verbs)


def _names_its_object(verb: Any) -> bool:
    """"called the raids a show", "declared the strike illegal": a verb that names its object judges a
    happening someone else did; it does not carry the happening as "called a meeting" does."""
    return any(c.dep_ in ("oprd", "acomp") or (c.dep_ == "xcomp" and c.pos_ != "VERB") for c in verb.children)


RELATIVE_PRONOUNS = ("that", "which", "whom")
# Nouns that count or frame a trigger noun after "of" ("a round of talks", "a session of negotiations",
# "concluded two days of talks", "announced a package of measures").
ROUND_NOUNS = ("round", "session", "series", "set", "cycle", "day", "week", "hour", "package", "raft", "stage", "phase")


def relative_carrier(tok: Any, light_verbs: frozenset[str]) -> Any | None:
    """"the sanctions that the EU announced on Monday", "a declaration the two ministers signed": a relative
    clause whose light verb takes the noun as its object carries it as "the EU announced sanctions" would."""
    for c in tok.children:
        if c.dep_ != "relcl" or c.pos_ != "VERB" or c.lemma_.lower() not in light_verbs:
            continue
        obj = next((g for g in c.children if g.dep_ == "dobj"), None)
        if obj is None or obj.lower_ in RELATIVE_PRONOUNS:
            return c
    return None


def _topic_region(tok: Any, place: ActorRef, ctx: ActorContext) -> bool:
    """A sea, river or region (not a city or country) modifying the noun: "the Aegean Sea fisheries pact" covers
    the sea; "the Beijing agreement" was made in the city."""
    for c in tok.lefts:
        if c.dep_ == "compound" and c.idx <= place.start < c.idx + len(c.text):
            m = ctx.mention(c)
            return m is not None and m.label == "LOC"
    return False


def _refs(toks: list[Any], ctx: ActorContext) -> list[ActorRef]:
    return [r for t in toks for r in actor_refs(t, ctx)]


def _dedupe(refs: list[ActorRef]) -> list[ActorRef]:
    seen: set[tuple[int, int]] = set()
    out = []
    for r in refs:
        if (r.start, r.end) not in seen:
            seen.add((r.start, r.end))
            out.append(r)
    return out


def _noun_source(tok: Any, ctx: ActorContext, preps: tuple[str, ...]) -> list[ActorRef]:
    poss = [c for c in tok.children if c.dep_ == "poss"]
    found = _refs(poss, ctx) or _refs(pobjs(tok, preps), ctx)
    if not found:  # "the Turkish delegation's visit" is poss; "a Turkish attack" is an adjective
        adj = [c for c in _noun_modifiers(tok) if ctx.mention(c) is not None
               and ctx.mention(c).label in ("NORP", "ORG", "PERSON")]  # type: ignore[union-attr]
        found = _refs(adj, ctx)
    gov = governor(tok, ctx)
    if not found and gov is not None:
        found = _refs(subjects(gov), ctx)
    return found


def _noun_modifiers(tok: Any) -> list[Any]:
    """Adjectives and nouns before a noun, and those of its compound modifiers: in "Pakistani drone
    attacks" the parser hangs the nationality on "drone", yet it says whose the attacks were."""
    mods = [c for c in tok.lefts if c.dep_ in ("amod", "compound", "nmod")]
    if tok.dep_ == "conj" and tok.head.pos_ == "NOUN" and tok.head.i < tok.i:
        # "Pakistani drone and missile attacks", parsed as "drone" with the conjunct "attacks"
        mods += [c for c in tok.head.lefts if c.dep_ == "amod"]
    inner = [g for c in mods if c.dep_ in ("compound", "nmod") for g in c.lefts if g.dep_ in ("amod", "compound")]
    return sorted(mods + inner, key=lambda t: t.i)


def _hit_targets(verb: Any, ctx: ActorContext) -> list[ActorRef]:
    """What an attack hit, named inside the phrase after "at/on/against/into" ("fired missiles at three
    Kenyan army posts" -> Kenya): the attacked party is the country or group that phrase names."""
    for g in pobjs(verb, ("at", "on", "against", "into", "upon")):
        found = actors_within(g, ctx)
        if found:
            return found
    # "hit back with waves of missiles aimed at X", "fired drones targeting X": the weapons' aim
    for w in pobjs(verb, ("with",)) + [c for c in verb.children if c.dep_ == "dobj"]:
        for part in (w, *[g for g in pobjs(w, ("of",))]):
            for acl in (c for c in part.children if c.dep_ == "acl" and c.lemma_.lower() in AIM_VERBS):
                found = [r for g in pobjs(acl, ("at", "on", "against")) + [c for c in acl.children if c.dep_ == "dobj"]
                         for r in actors_within(g, ctx)]
                if found:
                    return found
    return []


# Participles that give a weapon's aim: "missiles aimed at X", "drones targeting X".
AIM_VERBS = frozenset({"aim", "target", "direct", "fire", "launch"})


def _participle_patient(verb: Any, ctx: ActorContext) -> list[ActorRef]:
    """Who a passive participle acts on when the parse gives it no object: "Arrested at the airport in
    May, X was later sentenced" (the main clause's subject), "his sentence upheld on appeal" (the
    owner of the noun it follows, or the named person that noun describes: "X, the novelist arrested
    in May")."""
    small_clause = passive_small_clause(verb)
    if verb.tag_ != "VBN" or verb.head.i == verb.i or any(
            c.dep_ in ("nsubjpass", "dobj") or (c.dep_ == "nsubj" and not small_clause) for c in verb.children):
        return []
    if verb.dep_ == "advcl" and verb.i < verb.head.i:
        return _refs([c for c in verb.head.children if c.dep_ in ("nsubj", "nsubjpass") and is_actor(c, ctx)], ctx)
    if verb.dep_ == "acl" or small_clause:
        noun = verb.head if verb.dep_ == "acl" else next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if noun is None:
            return []
        if is_actor(noun, ctx) and noun.pos_ != "PRON":
            return _refs([noun], ctx)
        owner = next((c for c in noun.children if c.dep_ == "poss"), None)
        if owner is not None and owner.pos_ == "PRON":
            # "X saw his sentence upheld": "his" is the subject of the clause that holds the noun
            owner = next((c for h in (noun.head, noun.head.head) if h.pos_ in ("VERB", "AUX")
                          for c in h.children if c.dep_ == "nsubj" and c.i != noun.i), owner)
        if owner is not None and is_actor(owner, ctx):
            return _refs([owner], ctx)
        if noun.dep_ == "appos" and is_actor(noun.head, ctx):
            return _refs([noun.head], ctx)
    return []


def _object_targets(verb: Any, ctx: ActorContext, *, look_inside: bool) -> list[ActorRef]:
    dative = [c for c in verb.children if c.dep_ == "dative" and is_actor(c, ctx)]
    if dative:
        return _refs(dative, ctx)
    obj = direct_object(verb)
    if obj is not None and is_actor(obj, ctx):
        return _refs([obj], ctx)
    by_prep = _refs(pobjs(verb, TARGET_PREPS), ctx)
    if by_prep:
        return by_prep
    if obj is not None and look_inside:
        return actors_within(obj, ctx)
    return []


def _between(tok: Any, ctx: ActorContext) -> list[ActorRef]:
    found = _refs(pobjs(tok, ("between", "among")), ctx)
    if not found and tok.dep_ == "compound" and tok.head.pos_ == "NOUN":
        found = _refs(pobjs(tok.head, ("between", "among")), ctx)  # "a mediation effort between A and B"
    if not found:  # "a meeting of about an hour between A and B": the parser hangs "between" on the length
        found = [r for g in pobjs(tok, ("of",)) if g.lemma_.lower() in DURATION_NOUNS
                 for r in _refs(pobjs(g, ("between", "among")), ctx)]
    return found


DURATION_NOUNS = frozenset({"minute", "hour", "day", "week", "month", "year"})


# Request verbs and nouns whose "that"-clause names the addressee: "demanded that X withdraw",
# "urged that X release", "its demand that X ease": X is asked to act, so X is the target.
REQUEST_TYPES = ("REQUEST",)
# Commitments whose object sits in the infinitive: "agreed to provide aid for X", "offered to hand
# them over to X", "promised to continue aid to X": X is the party the commitment is for.
COMMITMENT_TYPES = ("AGREE", "THREATEN", "REJECT")  # "threatened to cut ties with X", "refused to meet X"
# Attacks whose target may be named only inside the phrase of what was hit ("at three Kenyan bases").
ATTACK_TYPES = ("ASSAULT",)
# "recalled its ambassador from X", "withdrew its envoy from X": the state the sanction is aimed at.
RECALL_TYPES = ("SANCTION",)


def _addressee(tok: Any, ctx: ActorContext) -> list[ActorRef]:
    """The subject of the clause a request reports ("demanded that X cancel ...")."""
    for clause in tok.children:
        if clause.dep_ == "ccomp" or (clause.dep_ == "acl" and any(m.dep_ == "mark" and m.lower_ == "that"
                                                                  for m in clause.children)):
            subj = [c for c in clause.children if c.dep_ == "nsubj" and is_actor(c, ctx)]
            if subj:
                return _refs(subj, ctx)
    return []


def _committed_to(tok: Any, ctx: ActorContext) -> list[ActorRef]:
    """Targets of the act an agreement or offer commits to ("agreed to provide aid for X" -> X)."""
    for clause in tok.children:
        if clause.dep_ == "xcomp" and clause.pos_ == "VERB":
            return _object_targets(clause, ctx, look_inside=True)
    return []


def _own_belongings(tok: Any, refs: list[ActorRef], ctx: ActorContext) -> list[ActorRef]:
    """"withdrew its troops from X": troops the subject calls its own are what moves, not a target."""
    obj = direct_object(tok)
    if obj is None or not _owned(obj):
        return refs
    return [r for r in refs if not (obj.idx <= r.end and r.start <= obj.idx + len(obj.text))]


def read_roles(tok: Any, rule: TriggerRule, ctx: ActorContext, *, speaker: Any | None = None) -> Roles:
    """Actors and place for the trigger token ``tok`` under ``rule.roles``."""
    scheme = rule.roles
    noun = tok.pos_ in ("NOUN", "PROPN")
    place = place_of(tok, ctx, destinations=scheme == "travel")
    gov = governor(tok, ctx)
    if place is None and noun and scheme == "travel":  # "a visit by X to Y": the parser hangs "to Y" on X
        place = next((p for g in pobjs(tok, VISITOR_PREPS) for d in pobjs(g, ("to",))
                      if (p := place_ref(d, ctx))), None)
    if place is not None and noun and rule.type in NAMED_BY_TOPIC and _topic_region(tok, place, ctx):
        place = None  # "the Aegean Sea fisheries pact", "the Nile water accord": what it is about, not where
    if place is None and gov is not None:
        place = place_of(gov, ctx, destinations=scheme == "travel")
    if place is None and rule.type in FROM_PLACE_TYPES:  # "withdrew from the port": where it happened
        place = next((p for g in pobjs(gov if noun and gov is not None else tok, ("from", "of"))
                      if (p := place_ref(g, ctx))), None)
    if scheme == "reported":
        src = _refs(subjects(speaker), ctx) if speaker is not None else []
        return Roles(src, _refs(subjects(tok), ctx), place)
    if noun:
        preps: tuple[str, ...] = VISITOR_PREPS if scheme == "travel" or rule.type in AGENT_OF_TYPES \
            else NOUN_SOURCE_PREPS
        if rule.type in FROM_PLACE_TYPES:  # "its withdrawal from the committee": what is left, not who leaves;
            # "the withdrawal of French troops": who leaves ("the release of X": whom another lets go)
            preps = ("by", "of") if tok.lemma_.lower() in LEAVING_NOUNS else ("by",)
        source = _noun_source(tok, ctx, preps)
        target = _refs(pobjs(tok, TARGET_PREPS + (("from",) if rule.type in FROM_PLACE_TYPES else ())), ctx)
        if not source and not target and scheme != "symmetric":
            both = _between(tok, ctx) or (_between(gov, ctx) if gov is not None else [])
            # "clashes between police and students", "a clash erupted between A and B": the two sides
            source, target = both[:1], both[1:]
        if gov is not None and not target:
            target = _refs(pobjs(gov, ("with", "against", "on", "to")), ctx)
        obj = direct_object(gov) if gov is not None else None
        if obj is not None and not target and rule.roles == "symmetric":
            target = _refs(pobjs(obj, ("with",)), ctx)  # "discussed the plan with X in a call"
    else:
        source = _refs(subjects(tok), ctx)
        target = _object_targets(tok, ctx, look_inside=scheme in ("default", "host"))
        obj = direct_object(tok)
        if not target and scheme == "symmetric" and obj is not None \
                and (obj.lemma_.lower() not in ctx.lex.nouns or "object" in rule.requires):
            # "discussed the plan with X", "signed a defence agreement with X": the parser hangs "with" on
            # the object; an object the entry asks for is no event of its own that would read it
            target = _refs(pobjs(obj, ("with",)), ctx)
    if not target and not noun and scheme == "default":
        target = [r for r in _participle_patient(tok, ctx) if r not in source]
    if not target and rule.type in ATTACK_TYPES:
        target = [r for r in _hit_targets(tok, ctx) if r not in source]
    if not target and not noun and "phrase" in rule.requires:
        # "declared two Ugandan diplomats persona non grata": the parser makes the diplomats the subject
        # of a clause "persona non grata"; they are who the verb acts on
        target = [r for c in tok.children if c.dep_ == "ccomp" for g in c.children if g.dep_ == "nsubj"
                  for r in actors_within(g, ctx) if r not in source][:1]
    if not target and not noun and rule.requires.get("prep_object"):
        # "pulled out of the talks with X": the party of the talks left is the one refused
        wanted = set(rule.requires["prep_object"])
        # "called in Poland's envoy": the parser makes the envoy a preposition's object; he is the party
        target = [r for g in pobjs(tok, tuple(rule.requires.get("prep") or ())) if g.lemma_.lower() in wanted
                  for r in (_refs(pobjs(g, ("with",)), ctx) or (actors_within(g, ctx)
                            if g.lemma_.lower() in ctx.lex.actor_nouns else [])) if r not in source]
    if not target and rule.type in REQUEST_TYPES:
        target = _addressee(tok, ctx)
    if not target and not noun and rule.type in COMMITMENT_TYPES:
        target = [r for r in _committed_to(tok, ctx) if r not in source]
    if not noun:  # "withdrew its troops", "reopened its embassy": what the subject calls its own is no target
        target = _own_belongings(tok, target, ctx)
    if not noun and rule.type in RECALL_TYPES:
        obj = direct_object(tok)
        # "recalled its ambassador from X", "recalled its ambassadors to X and Y": where the envoy served
        home = {_ref_country(s) for s in source}
        posted = [r for r in _refs(pobjs(tok, ("to",)) + (pobjs(obj, ("to", "in")) if obj is not None else []), ctx)
                  if _ref_country(r) not in home]  # "to Paris" of a French envoy is home
        if obj is not None and _owned(obj):  # "recalled its ambassador, Jo Doe": the envoy is no target
            names = [(a.left_edge.idx, a.right_edge.idx + len(a.right_edge)) for a in obj.children if a.dep_ == "appos"]
            target = [r for r in target if not any(lo <= r.start < hi for lo, hi in names)]
        # "expelled the diplomats from Brussels" of a Belgian subject: that is home, not whom it acts on
        left = [r for r in _refs(pobjs(tok, ("from",)) + (pobjs(obj, ("from",)) if obj is not None else []), ctx)
                if not _ref_country(r) or _ref_country(r) not in home]
        target = left or posted or target
    if scheme == "symmetric":
        both = _between(tok, ctx)
        if both and not source:
            source, target = both[:1], both[1:] + target
        elif both and not target:
            target = [r for r in both if r not in source]  # "X mediated between A and B"
        if len(source) > 1 and not target:
            source, target = source[:1], source[1:]
    elif scheme == "host":
        source, target = _host_roles(tok, ctx, source, target)
    if rule.type == "CONSULT" and rule.mode is None and place is not None and place.country:
        source, target, mode = _venue_roles(source, target, place.country)
        return Roles(_dedupe(source), _dedupe([t for t in target if t not in source]), place, mode)
    if rule.type in FROM_PLACE_TYPES and place is not None and not target:
        # withdrawing from a place is withdrawing from the country that holds it; the same span as the
        # place tells cross-document resolution to read the place's country (resolve/events.py)
        target = [place]
    if scheme == "travel" and place is not None:
        target = [r for r in target if (r.start, r.end) != (place.start, place.end)]
        if not target and place.country:
            target = [place]
    if not target and rule.type in ATTACK_TYPES and place is not None and place.country \
            and place.country not in {r.country for r in source}:
        target = [place]  # "jets struck targets in Lebanon", "gunmen attacked a church in Kenya": that country
    if not noun and not target and place is not None and place.country and _own_object(tok) \
            and place.country not in {r.country for r in source}:
        target = [place]  # "reopened its embassy in Riyadh", "deployed its troops in Mali": that country
    if place is not None and place.country:
        source = [_of_the_place(r, place.country, ctx) for r in source]
    return Roles(_dedupe(source), _dedupe([t for t in target if t not in source]), place)


# Civil groups with no country of their own are of the place where they act: "protesters stormed the
# embassy in Tehran" are Iranian, "farmers blocked roads near Lyon" French. Not armed or state groups
# ("gunmen", "troops"), who often act abroad.
CIVIL_GROUPS = ("protester", "demonstrator", "crowd", "mob", "student", "worker", "resident", "villager",
                "farmer", "teacher", "miner", "nurse", "activist", "youth", "people")


def _ref_country(ref: ActorRef) -> str | None:
    """The country an actor stands for, or its name names ("Paris", "Brussels")."""
    return ref.country or country_of(ref.text)


def _of_the_place(ref: ActorRef, country: str, ctx: ActorContext) -> ActorRef:
    if ref.country or ref.chain is not None:
        return ref
    head = ref.text.split()[-1].lower() if ref.text else ""
    lemma = head[:-1] if head.endswith("s") else head
    if lemma not in CIVIL_GROUPS and head not in CIVIL_GROUPS:
        return ref
    return replace(ref, country=country)


def _own_object(tok: Any) -> bool:
    """The verb's object is the subject's own ("its embassy", "their troops")."""
    obj = direct_object(tok)
    return obj is not None and _owned(obj)


# Nouns that name the other side even with "his/its": "met his Ugandan counterpart", "called its host".
OTHER_SIDE_NOUNS = frozenset({"counterpart", "counterparts", "host", "hosts", "opposite", "neighbour", "neighbor",
                              "neighbours", "neighbors", "rival", "rivals", "ally", "allies"})


def _owned(noun: Any) -> bool:
    return noun.lemma_.lower() not in OTHER_SIDE_NOUNS and any(c.dep_ == "poss" and c.pos_ == "PRON"
                                                               for c in noun.children)


def _venue_roles(source: list[ActorRef], target: list[ActorRef], venue: str) -> tuple[list, list, str | None]:
    """A meeting in one participant's country is a visit by the others; elsewhere it is third-party."""
    people = source + target
    countries = {r.country for r in people if r.country}
    if not countries or (len(countries) < 2 and venue in countries):
        return source, target, None
    if venue not in countries and any(not r.country for r in people):
        return source, target, None  # the unknown one may be the host: do not guess
    if venue not in countries:
        return source, target, "third-party"
    guests = [r for r in people if r.country and r.country != venue]
    hosts = [r for r in people if r not in guests]
    return guests, hosts, "visit"


def _host_roles(tok: Any, ctx: ActorContext, hosts: list[ActorRef], objs: list[ActorRef]) -> tuple[list, list]:
    """"X hosted the meeting between A and B" / "A was received by X": the visitors are the source."""
    obj = direct_object(tok)
    guests = list(objs)
    if obj is not None and not is_actor(obj, ctx):
        inner = [g for g in pobjs(obj, ("of",)) if not is_actor(g, ctx)]  # "five rounds of talks between A and B"
        guests = _between(obj, ctx) or [r for g in inner for r in _between(g, ctx)] \
            or _refs(pobjs(obj, ("with", "of", "by")), ctx)
    if obj is not None and obj.dep_ == "nsubjpass":
        hosts = _refs(pobjs(tok, ("by",)), ctx) or hosts
        guests = _refs([antecedent(obj)], ctx) if is_actor(obj, ctx) else guests
    host_countries = {h.country for h in hosts if h.country}
    visitors = [g for g in guests if not g.country or g.country not in host_countries]
    same = [g for g in guests if g.country and g.country in host_countries]
    return visitors, hosts + same
