"""Who did what to whom, and where: actors and place of an event from the dependency parse.

Why a parse and not word windows: "a delegation led by X visited Y" and
"Y was visited by X's delegation" put the same actors in different places; the
parse gives subjects, objects, "by"-agents, "between X and Y" and possessives
directly. Named actors come from the mentions stage (``DocAnalysis.mentions``);
groups ("the Turkish delegation", "officials from Kenya") and seats of
government ("the Elysee", "Ankara") resolve to their country through
``newsgraph.gazetteer``.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from newsgraph.gazetteer import country_of, lookup_place
from newsgraph.model import ActorRef, DocAnalysis, Mention
from newsgraph.stages.clauses import coordination_head
from newsgraph.stages.event_triggers import (
    PARTICLE_PREPS,
    RELATIVE_PRONOUNS,
    Lexicon,
    direct_object,
    speech_verb_positions,
)
from newsgraph.times.calendar import TIME_WORDS

ACTOR_LABELS = ("PERSON", "ORG", "GPE", "NORP")
PLACE_LABELS = ("GPE", "LOC", "FAC")
PLACE_PREPS = ("in", "at", "inside", "near")
# "the western city of X", "the port of Y": the named place the kind noun introduces.
PLACE_KIND_NOUNS = ("city", "town", "village", "port", "capital", "region", "province", "island")
LEADER_VERBS = ("lead", "head", "chair")


@dataclass
class ActorContext:
    """Per-document lookups shared by every event of one document."""

    doc: Any
    analysis: DocAnalysis
    lex: Lexicon
    by_token: dict[int, Mention] = field(default_factory=dict)
    chain_country: dict[int, str | None] = field(default_factory=dict)
    _speech: set[int] | None = None  # token indices of speech verbs, read once (see speech_positions)

    def speech_positions(self) -> set[int]:
        """Indices of the document's speech verbs ("said", "told"), from one array read (for speed)."""
        if self._speech is None:
            self._speech = speech_verb_positions(self.doc, self.lex)
        return self._speech

    @classmethod
    def build(cls, doc: Any, analysis: DocAnalysis, lex: Lexicon) -> ActorContext:
        ctx = cls(doc, analysis, lex)
        mentions = analysis.mentions or [
            Mention(e.start_char, e.end_char, e.text, e.label_) for e in doc.ents if e.label_ in ACTOR_LABELS + PLACE_LABELS
        ]
        for m in mentions:
            span = doc.char_span(m.start, m.end, alignment_mode="expand")
            for i in range(span.start, span.end) if span is not None else ():  # the span's token indices
                ctx.by_token.setdefault(i, m)
        return ctx

    def mention(self, tok: Any) -> Mention | None:
        return self.by_token.get(tok.i)


# ---------------------------------------------------------------- syntax helpers


# "Thousands of students marched", "dozens of soldiers": the counted people act, not the number.
QUANTITY_NOUNS = ("ten", "dozen", "hundred", "thousand", "million", "score", "number", "handful", "couple")


def antecedent(tok: Any) -> Any:
    """The noun a word stands for: a relative pronoun's noun ("X, who granted ..."), or the people a
    count names ("tens of thousands of students" -> students)."""
    if tok.lower_ in RELATIVE_PRONOUNS and tok.head.dep_ == "relcl":
        noun = tok.head.head
        if noun.dep_ == "appos" and noun.head.pos_ == "PROPN":
            return noun.head  # "Lee, a former opposition leader who once accused X": Lee
        if noun.lemma_.lower() in ISSUED_TEXTS and noun.dep_ == "dobj":
            # "X issued a statement that rejected the ruling": the statement speaks for whoever issued it
            issuer = next((c for c in noun.head.children if c.dep_ == "nsubj"), None)
            if issuer is not None:
                return issuer
        return noun
    if (named := _after_dateline(tok)) is not None:
        return named
    for _ in range(3):
        if tok.lemma_.lower() not in QUANTITY_NOUNS:
            break
        counted = [g for c in tok.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children
                   if g.dep_ == "pobj"]
        if not counted:
            break
        tok = counted[0]
    return tok


DATELINE_DASHES = ("—", "–", "-", "--")


def _after_dateline(tok: Any) -> Any | None:
    """"KAZAN, Russia — Prime Minister X and President Y sat down ...": the parser makes the dateline
    the subject and hangs the real one on it as an apposition after the dash."""
    if not tok.is_sent_start:  # (cheap: this runs for every subject and object read)
        return None
    dash = next((t for t in tok.doc[tok.i:tok.i + 7] if t.text in DATELINE_DASHES), None)
    if dash is None or dash.i <= tok.i or any(t.pos_ not in ("PROPN", "PUNCT") for t in tok.doc[tok.i:dash.i]):
        return None
    return next((c for c in tok.children if c.dep_ == "appos" and c.i > dash.i), None)


# Texts a party issues, which then act for it in a relative clause ("a statement that rejected the ruling").
ISSUED_TEXTS = frozenset({"statement", "communique", "communiqué", "declaration", "letter", "note", "resolution"})


# Passive verbs whose subject is the doer of their infinitive: "X is expected to meet Y", "X is
# reported to have called Y", "X was set to sign" (not "X was asked to leave": asked of X, by someone else).
RAISING_PASSIVES = frozenset({"expect", "report", "say", "believe", "think", "understand", "know", "set",
                              "schedule", "slate", "suppose", "rumor", "rumour", "allege", "due", "tip",
                              "oblige", "require", "obligate"})  # "X is obliged to withdraw": X withdraws (planned)


# Verbs that say of their object what it did ("accused X of ...", "blamed X for ...", "thanked X for ...").
CHARGE_VERBS = frozenset({"accuse", "blame", "suspect", "charge", "convict", "fault", "criticize", "criticise",
                          "condemn", "denounce", "praise", "thank", "commend", "congratulate", "credit", "sue"})


# Verbs whose infinitive is done by their subject even when they take an object ("promised X to ...").
SUBJECT_CONTROL = frozenset({"promise", "vow", "pledge", "offer", "threaten"})


def subjects(verb: Any) -> list[Any]:
    """Active-voice agents of a verb, climbing through xcomp/conj/relcl when it has none of its own."""
    climbed = False  # reached the current verb as the head of its infinitive complement
    via_conj = False  # climbed from a coordinated verb
    active = _active_form(verb)
    for _ in range(6):
        children = list(verb.children)  # walked three times below: built once (for speed)
        subj = [c for c in children if c.dep_ in ("nsubj", "csubj")]
        passive_subj = [c for c in children if c.dep_ == "nsubjpass"]
        if via_conj and active and passive_subj and not subj and verb.dep_ != "conj":
            # "She was received by X on Monday and met Y": the active verb shares the surface subject
            # of the passive it is coordinated with, not that passive's agent
            return [antecedent(c) for c in passive_subj]
        agent = [g for c in children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]
        if agent and not subj:  # "had spoken by telephone": an active subject makes "by" no agent
            return [antecedent(a) for a in agent]
        if subj:
            return [antecedent(s) for s in subj]
        fronted = _fronted_time_subject(verb, children)
        if fronted is not None:
            return [antecedent(fronted)]
        if passive_subj:
            if climbed and verb.lemma_.lower() in RAISING_PASSIVES:  # "X is expected to meet Y": X meets
                return [antecedent(c) for c in passive_subj]
            return []
        if verb.dep_ == "relcl":
            return [verb.head]
        if verb.dep_ == "acl" and verb.tag_ == "VBD":
            # "On Wednesday X's foreign minister, Y, travelled to Ankara": a finite past verb the parser hung
            # on the noun as a clause (a reduced relative would be a participle) has that noun as subject
            return [antecedent(verb.head)]
        if verb.dep_ == "pcomp" and verb.tag_ == "VBG" and verb.head.lower_ in ("of", "for") \
                and verb.head.head.lemma_.lower() in CHARGE_VERBS:
            # "accused Y of carrying out strikes", "blamed Y for shelling": Y is said to have done it
            charged = [c for c in verb.head.head.children if c.dep_ == "dobj"]
            if charged:
                return [antecedent(charged[0])]
        if verb.dep_ == "pcomp" and verb.tag_ == "VBG" and verb.head.head.i != verb.head.i:
            main = verb.head.head  # "after meeting X, the delegation was received": the main clause's subject
            surface = [c for c in main.children if c.dep_ in ("nsubj", "nsubjpass")]
            if surface or main.dep_ not in ("advcl", "xcomp", "conj") or main.tag_ != "VBG":
                return [antecedent(t) for t in surface]
            verb = main  # "took the floor, describing X as Y and accusing Z": the participle's own clause
            continue
        if verb.dep_ == "xcomp" and verb.head.i != verb.i and verb.head.lemma_.lower() not in SUBJECT_CONTROL \
                and not via_conj:  # "ordering X to leave and pulling its staff": the parse misplaced "pulling"
            # "the blasts led X to accuse Y", "forced X to withdraw": the one the verb acts on does it
            obj = [c for c in verb.head.children if c.dep_ == "dobj" and c.i < verb.i]
            if obj:
                return [antecedent(obj[0])]
        if verb.dep_ in ("xcomp", "conj", "advcl") and verb.head.i != verb.i:
            climbed = verb.dep_ == "xcomp"
            via_conj = via_conj or verb.dep_ == "conj"
            verb = coordination_head(verb) if verb.dep_ == "conj" else verb.head
            continue
        if verb.dep_ == "acomp" and verb.pos_ == "ADJ":  # "X is ready to [send] ...": the copula's subject
            verb = verb.head
            continue
        break
    return []


FRONTED_TIME_PREPS = ("in", "on", "by", "during", "since", "until")
# Nouns of a stretch of time: a verb's only "object" among them is a time the parser misread
# ("was snatched and freed the following day": "day" is no object, "freed" a passive participle).
OBJECT_TIME_NOUNS = ("day", "night", "week", "month", "year", "morning", "evening", "afternoon", "weekend")


def _active_form(verb: Any) -> bool:
    """Is the verb told in the active voice? Not with a passive auxiliary or subject, not as a past
    participle, and not when its one object is a stretch of time (a participle coordinated with a
    passive, misread as a past tense: "was snatched and freed the following day")."""
    if verb.tag_ == "VBN" or any(c.dep_ in ("auxpass", "nsubjpass") for c in verb.children):
        return False
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    return not (objects and all(o.lemma_.lower() in OBJECT_TIME_NOUNS for o in objects))


def _fronted_time_subject(verb: Any, children: list[Any]) -> Any | None:
    """"In February Turkey signed ...", "On Monday Kenya recalled ...": without a comma after the
    time, the parser reads "February Turkey" as one name inside the time phrase and leaves the verb
    without a subject. The name after the month or weekday is the subject."""
    for c in children:
        if c.dep_ != "prep" or c.i > verb.i or c.lower_ not in FRONTED_TIME_PREPS:
            continue
        for g in c.children:
            if g.dep_ == "pobj" and g.pos_ == "PROPN" and g.lower_ not in TIME_WORDS and any(
                    k.dep_ in ("compound", "nummod") and k.i < g.i and k.lower_.rstrip(".") in TIME_WORDS
                    for k in g.children):
                return g
    return None


def pobjs(tok: Any, preps: tuple[str, ...]) -> list[Any]:
    """Objects of the given prepositions on ``tok``; also under a particle the parser tagged as a
    preposition ("pulled out of the talks": "of" hangs on "out")."""
    heads = [c for c in tok.children if c.dep_ in ("prep", "agent", "dative")]
    heads += [g for c in heads if c.lower_ in PARTICLE_PREPS for g in c.children if g.dep_ == "prep"]
    return [g for c in heads if c.lower_ in preps for g in c.children if g.dep_ == "pobj"]


def with_conjuncts(tok: Any) -> list[Any]:
    return [tok, *tok.conjuncts]


# ---------------------------------------------------------------- actors


PERSONAL_PRONOUNS = ("he", "she")
# Nouns naming one person by office, which a following "he"/"she" may stand for.
PERSON_ROLES = frozenset({"president", "premier", "minister", "chancellor", "king", "queen", "prince", "emir",
                          "sultan", "leader", "spokesman", "spokeswoman", "spokesperson", "ambassador", "envoy",
                          "commander", "governor", "mayor", "secretary", "diplomat", "general"})
SPEAKER_PRONOUNS = ("they", "we")
OBJECT_PRONOUNS = ("him", "her")
SUBJECT_DEPS = ("nsubj", "nsubjpass")


def pronoun_antecedent(tok: Any, ctx: ActorContext) -> Any:
    """A subject "he"/"she" stands for the person who is subject of the previous sentence;
    "they"/"we" reporting their own plans stand for the speakers ("X and Y said they would ...").

    Only the simplest, most reliable case: the pronoun is a subject and the
    sentence just before has exactly one named person among its subjects
    ("Fidan met Blinken. He also noted an agreement ..."). Anything else stays
    a pronoun, which is no actor.
    """
    if tok.lower_ in SPEAKER_PRONOUNS and tok.dep_ in SUBJECT_DEPS and tok.head.dep_ == "ccomp" \
            and tok.head.head.lemma_.lower() in ctx.lex.speech_verbs:
        # "X and Y said they would ...": the reported clause's "they" are the speakers
        speakers = [c for c in tok.head.head.children if c.dep_ == "nsubj" and c.pos_ != "PRON"]
        return speakers[0] if speakers else tok
    speaker = _reporting_subject(tok, ctx)
    if speaker is not None:
        return speaker
    if tok.lower_ in OBJECT_PRONOUNS and tok.tag_ == "PRP" and tok.dep_ in ("dobj", "dative"):
        return _object_antecedent(tok, ctx)
    if tok.lower_ not in PERSONAL_PRONOUNS or tok.dep_ not in SUBJECT_DEPS:
        return tok
    sent = tok.sent
    if sent.start == 0:
        return tok
    prev = ctx.doc[sent.start - 1].sent
    # a relative "who" stands for its noun: "It was in fact X who had made the previous trip. He ..."
    people = [a for t in prev if t.dep_ in SUBJECT_DEPS for a in [antecedent(t)]
              if (m := ctx.mention(a)) is not None and m.label == "PERSON"]
    if not people:
        # "According to al-Ansari, the call came ... . In a statement he described ...": the one person the
        # sentence before is attributed to speaks on
        sources = [g for t in prev if t.lower_ == "according" for c in t.children if c.lower_ == "to"
                   for g in c.children if g.dep_ == "pobj" and (m := ctx.mention(antecedent(g))) is not None
                   and m.label == "PERSON"]
        if len(sources) == 1:
            return antecedent(sources[0])
        # '"...," the Kenyan president said. He also thanked ...': one person named by a role
        roles = [t for t in prev if t.dep_ in SUBJECT_DEPS and t.tag_ == "NN" and t.lemma_.lower() in PERSON_ROLES]
        return roles[0] if len(roles) == 1 else tok
    if len({ctx.mention(t).start for t in people}) != 1:  # type: ignore[union-attr]
        return tok
    return people[0]


def _object_antecedent(tok: Any, ctx: ActorContext) -> Any:
    """"X flew to Islamabad, where Y received him", "X landed on Saturday. Y received him on Sunday":
    an object "him"/"her" is never its own clause's subject, so it is the one other person named as a
    subject earlier in the sentence, else the one person subject of the sentence before."""
    own = {c.i for c in tok.head.children if c.dep_ in SUBJECT_DEPS}

    def people(toks: Any) -> list[Any]:  # subjects, and those joined to one ("X and Y spoke")
        return [t for t in toks if (t.dep_ in SUBJECT_DEPS or (t.dep_ == "conj" and t.head.dep_ in SUBJECT_DEPS))
                and t.i not in own and t.i < tok.i and (m := ctx.mention(t)) is not None and m.label == "PERSON"]

    here = people(tok.sent)
    if here:
        return here[0] if len({ctx.mention(t).start for t in here}) == 1 else tok  # type: ignore[union-attr]
    if tok.sent.start == 0:
        return tok
    before = people(ctx.doc[tok.sent.start - 1].sent)
    return before[0] if len({ctx.mention(t).start for t in before}) == 1 else tok  # type: ignore[union-attr]


def _reporting_subject(tok: Any, ctx: ActorContext) -> Any | None:
    """"X said he had ...", "X announced it was suspending ...": the subject pronoun of a clause a speech
    verb reports is its speaker when they agree (he/she for a person, "it" for a state or a body)."""
    if tok.lower_ not in (*PERSONAL_PRONOUNS, "it") or tok.dep_ not in SUBJECT_DEPS or tok.head.dep_ != "ccomp" \
            or tok.head.head.lemma_.lower() not in ctx.lex.speech_verbs:
        return None
    verb = tok.head.head
    speaker = next((c for c in verb.children if c.dep_ == "nsubj" and c.pos_ != "PRON"), None)
    if speaker is None and verb.tag_ == "VBG" and verb.dep_ in ("advcl", "xcomp", "conj") and verb.head.i != verb.i:
        # "X went further, telling a meeting that he would sign ...": the participle's host subject speaks
        speaker = next((c for c in verb.head.children if c.dep_ == "nsubj" and c.pos_ != "PRON"), None)
    if speaker is None and verb.tag_ == "VBG" and verb.dep_ == "pcomp" and verb.head.head.i != verb.head.i:
        # "X responded by declaring that it would no longer observe the deal": the host verb's subject speaks
        speaker = next((c for c in verb.head.head.children if c.dep_ == "nsubj" and c.pos_ != "PRON"), None)
    m = ctx.mention(speaker) if speaker is not None else None
    if speaker is None or (m is None and speaker.lemma_.lower() not in ctx.lex.actor_nouns):
        return None
    person = m is not None and m.label == "PERSON"
    return speaker if person == (tok.lower_ != "it") else None


def is_actor(tok: Any, ctx: ActorContext) -> bool:
    """A named person, organisation, country or nationality, or a group noun ("the delegation")."""
    tok = pronoun_antecedent(antecedent(tok), ctx)
    m = ctx.mention(tok)
    if m is not None:
        return m.label in ACTOR_LABELS or (m.label == "FAC" and country_of(m.text) is not None)
    if _bare_pair(tok):
        return True  # "the two met", "both agreed": the pair the article just named (see events._resolve_pairs)
    if tok.pos_ == "PRON":
        return False
    word = tok.lemma_.lower()
    if word not in ctx.lex.actor_nouns and tok.tag_ == "NNPS" and word.endswith("s"):
        word = word[:-1]  # "Rebels shelled ...": capitalised at a sentence start, the tagger makes it a name
    return word in ctx.lex.actor_nouns or (word in PEOPLE_NOUNS and any(
        c.dep_ == "amod" and c.lower_ in ARMED_MODIFIERS for c in tok.children))


# "masked men", "armed men", "unidentified gunmen": people who act as a group only with such a word
PEOPLE_NOUNS = ("man", "men", "woman", "women", "individual", "individuals", "person", "people")
ARMED_MODIFIERS = ("armed", "masked", "unidentified", "unknown", "hooded", "uniformed", "gun-toting")


def _bare_pair(tok: Any) -> bool:
    """"the two" or "both" standing alone as a subject (no noun after it)."""
    return bool(tok.lower_ in ("two", "both") and tok.dep_ in ("nsubj", "nsubjpass") and tok.pos_ in ("NUM", "PRON", "DET")
                and not any(c.dep_ in ("prep", "amod", "compound") for c in tok.children)
                and (tok.lower_ == "both" or any(c.lower_ == "the" for c in tok.children)))


def _country_of_mention(m: Mention, ctx: ActorContext) -> str | None:
    if m.affiliation:
        return country_of(m.affiliation) or m.affiliation
    if m.label == "PERSON":
        chain = ctx.analysis.chains[m.chain] if 0 <= m.chain < len(ctx.analysis.chains) else None
        for aff in chain.affiliations if chain else ():
            found = country_of(aff)
            if found:
                return found
        return None
    found = country_of(m.text)
    if found is None and m.label in ("ORG", "FAC") and len(m.text.split()) > 1:
        found = country_of(m.text.split()[0])  # "Saudi Aramco", "Turkish Airlines", "Iraqi Red Crescent"
    return found


def country(tok: Any, ctx: ActorContext, depth: int = 0) -> str | None:
    """The country an actor stands for: its own name, its affiliation, or a country word modifying it."""
    m = ctx.mention(tok)
    if m is not None:
        found = _country_of_mention(m, ctx)
        if found:
            return found
        if m.label == "PERSON":
            return _title_country(tok, ctx, m) or _chain_country(ctx, m)
    for child in tok.children:
        if child.dep_ in ("amod", "compound", "poss", "nmod") and child.i < tok.i:
            cm = ctx.mention(child)
            found = _country_of_mention(cm, ctx) if cm is not None and cm is not m else None
            found = found or country_of(child.text)
            if found:
                return found
    if depth < 2 and tok.lemma_.lower() in ctx.lex.actor_nouns:
        for g in pobjs(tok, ("from", "of")):
            found = country(g, ctx, depth + 1)
            if found:
                return found
    return None


def _title_country(tok: Any, ctx: ActorContext, m: Mention) -> str | None:
    """"Russian President X", "Kenya's foreign minister X": a country word in the title before the name."""
    for t in ctx.doc[tok.left_edge.i: tok.i]:
        if t.idx >= m.start:
            break
        tm = ctx.mention(t)
        if tm is not None and tm is not m and tm.label in ("NORP", "GPE"):
            found = country_of(tm.text)
            if found:
                return found
    return None


def _chain_country(ctx: ActorContext, m: Mention) -> str | None:
    """The country another mention of the same person carries ("Russian President X" ... later "X")."""
    if m.chain < 0:
        return None
    if m.chain not in ctx.chain_country:
        found = None
        for other in ctx.analysis.mentions:
            if other.chain == m.chain and other is not m:
                span = ctx.doc.char_span(other.start, other.end, alignment_mode="expand")
                found = _title_country(span.root, ctx, other) if span is not None else None
                if found:
                    break
        ctx.chain_country[m.chain] = found
    return ctx.chain_country[m.chain]


def _span_of(tok: Any, ctx: ActorContext) -> tuple[int, int, str, int | None]:
    m = ctx.mention(tok)
    if m is not None:
        return m.start, m.end, m.text, (m.chain if m.chain >= 0 else None)
    keep = ("compound", "amod", "poss", "nmod", "nummod", "quantmod", "case")
    lefts = [c for c in tok.lefts if c.dep_ in keep]
    start_tok = min([tok, *[c.left_edge for c in lefts]], key=lambda t: t.i)
    while start_tok.i < tok.i and start_tok.tag_ in ("WRB", "WDT", "WP", "IN", "CC", ","):
        start_tok = ctx.doc[start_tok.i + 1]  # a misparse reaching back into the clause: "when about 30 masked men"
    span = ctx.doc[start_tok.i: tok.i + 1]
    return span.start_char, span.end_char, span.text, None


# Nouns of a military act whose possessor is the one acting ("X's operation", "X's strikes").
OPERATION_NOUNS = frozenset({"operation", "campaign", "offensive", "strike", "airstrike", "raid", "attack",
                             "assault", "bombardment", "barrage", "missile", "rocket", "drone", "shelling"})


def _operation_owner(tok: Any) -> Any | None:
    if tok.lemma_.lower() not in OPERATION_NOUNS:
        return None
    return next((c for c in tok.children if c.dep_ == "poss" and c.pos_ in ("PROPN", "NOUN")), None)


# Weapons and war machines: a country word before the first of a pair is the other's too ("Iranian
# missiles and drones struck ..."). People and groups do not share it ("Israeli troops and Hamas fighters").
WEAPON_NOUNS = frozenset({"missile", "drone", "rocket", "jet", "warplane", "aircraft", "plane", "helicopter",
                          "shell", "bomb", "bomber", "tank", "ship", "warship", "vessel", "boat", "artillery"})


def _shared_weapon_country(heads: list[Any], ctx: ActorContext) -> dict[int, str]:
    """Country for each bare weapon conjunct after a first weapon that has one, by token index."""
    if len(heads) < 2 or any(h.lemma_.lower() not in WEAPON_NOUNS for h in heads):
        return {}
    first = country(heads[0], ctx)
    if first is None:
        return {}
    return {h.i: first for h in heads[1:] if not any(c.dep_ in ("amod", "compound", "poss", "nmod") for c in h.children)}


def actor_refs(tok: Any, ctx: ActorContext, *, default_country: str | None = None) -> list[ActorRef]:
    """ActorRefs for the noun phrase headed by ``tok`` (conjuncts and "led by X" included)."""
    refs: list[ActorRef] = []
    heads = with_conjuncts(pronoun_antecedent(antecedent(tok), ctx))
    shared = _shared_weapon_country(heads, ctx)
    for head in heads:
        if not is_actor(head, ctx):
            owner = _operation_owner(head)
            if owner is not None:  # "X's pre-dawn operation hit ...": X acts
                refs.extend(actor_refs(owner, ctx, default_country=default_country))
            continue
        own = country(head, ctx) or shared.get(head.i) or default_country
        leaders = [p for acl in head.children if acl.dep_ == "acl" and acl.lemma_ in LEADER_VERBS
                   for p in pobjs(acl, ("by",))]
        if leaders:
            for leader in leaders:
                refs.extend(actor_refs(leader, ctx, default_country=own))
            continue
        body = _body_of_members(head, ctx)
        if body is not None:  # "members of the X party" -> the party
            refs.extend(actor_refs(body, ctx, default_country=own))
            continue
        nations = _nationalities(head, ctx)
        if nations:  # "Saudi and Iranian officials": one participant per nationality
            refs.extend(nations)
            continue
        parts = _plural_of_parts(head, ctx)
        if parts:
            refs.extend(parts)
            continue
        named = [a for a in head.children if a.dep_ == "appos" and ctx.mention(a) is not None]
        if named and ctx.mention(head) is None:  # 'the group "X"' -> X
            head = named[0]
            own = own or country(head, ctx)
        body = _named_body(head, ctx) or _titled_person(head, ctx) if own is None and not named else None
        if body is not None:  # "the committee" after "the National Security Committee"
            refs.append(body)
            continue
        owners = _pronoun_owners(head, ctx) if own is None and not named else []
        if owners:  # "X and Y agreed ..., after their leaders held talks": X's and Y's leaders
            refs.extend(owners)
            continue
        ruler = _ruling_person(head, ctx) if own is None and not named else None
        if ruler is not None:  # "Prime Minister X's government signed": X's state acts, and X stands for it
            refs.extend(actor_refs(ruler, ctx, default_country=default_country))
            continue
        start, end, text, chain = _span_of(head, ctx)
        refs.append(ActorRef(text=text, start=start, end=end, chain=chain, country=own))
    return refs


# Bodies a named person's possessive makes that person's state: "X's government", "X's forces".
RULED_BODIES = frozenset({"government", "administration", "cabinet", "regime", "force", "troop", "army",
                          "military", "navy", "police"})


def _ruling_person(head: Any, ctx: ActorContext) -> Any | None:
    """The person named as owner of a governing body ("Prime Minister X's government"), or None."""
    if head.lemma_.lower() not in RULED_BODIES:
        return None
    owners = [c for c in head.children if c.dep_ == "poss" and c.pos_ == "PROPN"]
    owners += [g for c in head.children if c.dep_ == "prep" and c.lower_ == "of"  # "the government of X"
               for g in c.children if g.dep_ == "pobj" and g.pos_ == "PROPN"]
    if any(c.dep_ == "poss" and c.lower_ == "whose" for c in head.children) and head.head.dep_ == "relcl":
        owners.append(head.head.head)  # "Prime Minister X, whose government has asked Y to ...": X's
    for c in owners:
        m = ctx.mention(c)
        if m is not None and m.label == "PERSON":
            return c
    return None


_POSSESSIVE_NUMBER = {"their": True, "its": False}  # plural?


def _pronoun_owners(head: Any, ctx: ActorContext) -> list[ActorRef]:
    """The states or bodies "their"/"its" stand for in "their leaders", "its forces" as the subject of
    a clause: the named subject of a clause above, when it agrees in number ("X and Y" for "their",
    one state or body for "its")."""
    poss = next((c for c in head.children if c.dep_ == "poss" and c.lower_ in _POSSESSIVE_NUMBER), None)
    if poss is None or ctx.mention(head) is not None or head.dep_ not in SUBJECT_DEPS:
        return []  # only a subject of its own clause ("Kenya reopened its embassy in X" is read elsewhere)
    plural = _POSSESSIVE_NUMBER[poss.lower_]
    for verb in head.ancestors:
        subj = next((c for c in verb.children if c.dep_ in SUBJECT_DEPS and c.i < head.i
                     and not (c.left_edge.i <= head.i <= c.right_edge.i)), None)
        if subj is None:
            continue
        parts = with_conjuncts(subj)
        mentions = [ctx.mention(p) for p in parts]
        if (len(parts) > 1) != plural or any(m is None or m.label not in ("GPE", "ORG", "NORP") for m in mentions):
            return []
        return [r for p in parts for r in actor_refs(p, ctx)]
    return []


# Bodies a bare "the committee", "the ministry" names again after the article introduced them by name.
BODY_NOUNS = frozenset({"committee", "ministry", "council", "commission", "court", "parliament", "assembly",
                        "cabinet", "agency", "movement", "alliance", "coalition", "party", "militia", "bloc",
                        "office", "department", "tribunal", "senate", "army", "navy"})


def _named_body(head: Any, ctx: ActorContext) -> ActorRef | None:
    """"The committee declared ...": a definite body noun with no name of its own is the latest body the
    article named with that head word before ("Pakistan's National Security Committee"), with its country."""
    if ctx.mention(head) is not None or head.tag_ != "NN" or head.lemma_.lower() not in BODY_NOUNS \
            or not any(c.dep_ == "det" and c.lower_ == "the" for c in head.children) \
            or any(c.dep_ in ("amod", "compound", "poss", "nmod") for c in head.children):
        return None
    word = head.lemma_.lower()
    earlier = [m for m in ctx.analysis.mentions if m.end <= head.idx and m.label in ("ORG", "NORP", "GPE")
               and m.text.split()[-1].lower().rstrip("'s") == word]
    if not earlier:
        return None
    m = earlier[-1]
    return ActorRef(text=m.text, start=m.start, end=m.end, chain=m.chain if m.chain >= 0 else None,
                    country=_country_of_mention(m, ctx) or ctx.chain_country.get(m.chain))


def _titled_person(head: Any, ctx: ActorContext) -> ActorRef | None:
    """"Telephoned the emir": a bare "the" + office noun is the latest person the article named with that
    office before ("Ruritania's Emir Rudolf ..."), with that person's country; nobody if none was."""
    word = head.lemma_.lower()
    if ctx.mention(head) is not None or head.tag_ != "NN" or word not in PERSON_ROLES \
            or not any(c.dep_ == "det" and c.lower_ == "the" for c in head.children) \
            or any(c.dep_ in ("amod", "compound", "poss", "nmod") for c in head.children):
        return None
    chains = ctx.analysis.chains
    for m in reversed([m for m in ctx.analysis.mentions if m.end <= head.idx and m.label == "PERSON"]):
        roles = [m.role or ""] + (chains[m.chain].roles if 0 <= m.chain < len(chains) else [])
        if any(word in r.lower().replace("-", " ").split() for r in roles):
            return ActorRef(text=m.text, start=m.start, end=m.end, chain=m.chain if m.chain >= 0 else None,
                            country=_country_of_mention(m, ctx) or ctx.chain_country.get(m.chain))
    return None


# Nouns that only say "some people of": "members of X", "leaders of X", "a group of X", "representatives
# of X" act as X. Not "supporters of X" or "critics of X": they are not X.
MEMBER_NOUNS = ("member", "leader", "leadership", "representative", "delegate", "group", "board", "head", "chief",
                "governor", "director")


# Nouns for who speaks for a body: "a spokeswoman for the committee", "an official at the ministry".
SPEAKER_NOUNS = ("spokesman", "spokeswoman", "spokesperson", "official", "officer", "aide", "adviser", "advisor")


def _bare_office_word(tok: Any) -> bool:
    """"heads of state", "heads of government": the noun names an office, no body (no article, no name)."""
    return tok.lemma_.lower() in ("state", "government") and not any(
        c.dep_ in ("det", "poss", "compound", "amod") for c in tok.children)


def _body_of_members(head: Any, ctx: ActorContext) -> Any | None:
    """The named body or group a membership noun without a name of its own stands for ("members of the
    X party"), or the body a spokesperson speaks for ("a spokeswoman for the committee said, denying ...")."""
    lemma = head.lemma_.lower()
    if (lemma not in MEMBER_NOUNS and lemma not in SPEAKER_NOUNS) or ctx.mention(head) is not None:
        return None
    bodies = [g for g in pobjs(head, ("of", "from") if lemma in MEMBER_NOUNS else ("for", "of", "at")) if is_actor(g, ctx)
              and not _bare_office_word(g)]
    if len(bodies) == 1 and bodies[0].lemma_.lower() in MEMBER_NOUNS and ctx.mention(bodies[0]) is None:
        deeper = [g for g in pobjs(bodies[0], ("of",)) if is_actor(g, ctx)]
        bodies = deeper or bodies  # "the board of governors of X": X
    if len(bodies) != 1 or bodies[0].conjuncts:
        return None  # "leaders of A and B": one participant per body (_plural_of_parts)
    return bodies[0]


def _nationalities(head: Any, ctx: ActorContext) -> list[ActorRef]:
    """"Saudi and Iranian officials", "Greek, Turkish and Cypriot delegates": a plural group noun
    with coordinated nationality adjectives names one group per nationality."""
    if head.tag_ not in ("NNS", "NNPS") or ctx.mention(head) is not None:
        return []
    first = next((c for c in head.children if c.dep_ in ("amod", "nmod", "compound") and c.conjuncts), None)
    if first is None:
        return []
    adjectives = [first, *first.conjuncts]
    found = [(a, country_of(a.text)) for a in adjectives]
    if len(found) < 2 or not all(c for _, c in found):
        return []
    return [ActorRef(text=a.text, start=a.idx, end=a.idx + len(a.text), chain=None, country=c) for a, c in found]


def _plural_of_parts(head: Any, ctx: ActorContext) -> list[ActorRef]:
    """"The foreign ministers of A and B": one participant per country named, not A alone."""
    if head.tag_ not in ("NNS", "NNPS") or ctx.mention(head) is not None:
        return []
    parts = [g for p in pobjs(head, ("of", "from")) for g in with_conjuncts(p)]
    if len(parts) < 2 or not all(country(g, ctx) for g in parts):
        return []
    return [r for g in parts for r in actor_refs(g, ctx)]


def actors_within(tok: Any, ctx: ActorContext) -> list[ActorRef]:
    """The first actor inside a non-actor phrase ("annulled a deal with a Turkish firm" -> the firm)."""
    if is_actor(tok, ctx):
        return actor_refs(tok, ctx)
    for t in tok.subtree:
        if t.i == tok.i or t.dep_ in ("relcl", "acl"):
            continue
        if is_actor(t, ctx) and t.dep_ not in ("amod", "compound", "poss"):
            return actor_refs(t, ctx)
        if t.dep_ in ("amod", "compound", "poss") and ctx.mention(t) is not None and is_actor(t, ctx):
            if ctx.mention(t).label != "NORP":  # type: ignore[union-attr]
                return actor_refs(t, ctx)  # "granted [X] asylum": X itself
            head = t.head
            start, end, text, _ = _span_of(head, ctx)
            return [ActorRef(text=text, start=start, end=end, chain=None, country=country(t, ctx))]
    return []


# ---------------------------------------------------------------- place


def _place_mention_ref(m: Mention) -> ActorRef:
    """A place as an actor reference, with its country: its own name's, else (a city or region) the
    gazetteer's ("travel to Lahore": Pakistan)."""
    found = country_of(m.text)
    if found is None and (place := lookup_place(m.text)) is not None:
        found = place.country
    return ActorRef(text=m.text, start=m.start, end=m.end, chain=m.chain if m.chain >= 0 else None, country=found)


def definite_place(tok: Any, ctx: ActorContext) -> Mention | None:
    """"the port", "the base": the nearest earlier named place whose name ends in that word.

    A definite common noun names a place already introduced ("the Black Sea port
    of Odesa ... the port"); only a facility or place mention whose own text
    contains the noun ("Incirlik Air Base") or that modifies it ("the Odesa
    port") is taken, the nearest one, and only from earlier in the same article.
    """
    if tok.pos_ != "NOUN" or tok.tag_ != "NN" or ctx.mention(tok) is not None:
        return None
    if not any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children):
        return None
    word = tok.lemma_.lower()
    for k in range(tok.i - 1, -1, -1):  # the tokens before, nearest first (no Span built)
        prev = ctx.doc[k]
        m = ctx.mention(prev)
        if m is not None and m.label in PLACE_LABELS and word in m.text.lower().split():
            return m  # "Incirlik Air Base ... the base"
        if prev.lemma_.lower() == word:  # "the Durres port ... the port": the name modifies the noun
            named = [ctx.mention(c) for c in prev.lefts if c.dep_ == "compound"]
            found = next((n for n in named if n is not None and n.label in PLACE_LABELS), None)
            if found is not None:
                return found
    return None


def place_ref(tok: Any, ctx: ActorContext) -> ActorRef | None:
    """A place mention at ``tok`` (or its appositive: "the Turkish capital, Ankara"; or "the port" for one named before)."""
    kind_of = pobjs(tok, ("of",)) if tok.lemma_.lower() in PLACE_KIND_NOUNS else []  # "the city of X"
    for cand in (tok, *[c for c in tok.children if c.dep_ == "appos"], *kind_of):
        m = ctx.mention(cand)
        # In a place slot ("visited X", "in X") a gazetteer place counts even when the tagger said PERSON.
        if m is not None and (m.label in PLACE_LABELS or lookup_place(m.text) is not None):
            return _place_mention_ref(m)
    named = definite_place(tok, ctx)
    return _place_mention_ref(named) if named is not None else None


def place_of(trigger: Any, ctx: ActorContext, *, destinations: bool) -> ActorRef | None:
    """Where it happened: "in/at X" on the trigger, or "to X" / "X visit" for travel."""
    preps = PLACE_PREPS + (("to", "into") if destinations else ())
    for g in pobjs(trigger, preps):
        ref = place_ref(g, ctx)
        if ref:
            return ref
    for g in [*pobjs(trigger, ("with",)), *[c for c in trigger.children if c.dep_ == "dobj"]]:
        for d in pobjs(g, PLACE_PREPS):  # "met with X in Y": the parser often hangs "in Y" on X
            ref = place_ref(d, ctx)
            if ref:
                return ref
    if trigger.pos_ in ("NOUN", "PROPN"):
        for c in trigger.lefts:
            if c.dep_ == "compound":
                ref = place_ref(c, ctx)
                if ref:
                    return ref
    if destinations and trigger.pos_ == "VERB":
        obj = direct_object(trigger)
        if obj is not None:
            return place_ref(obj, ctx)
    return None
