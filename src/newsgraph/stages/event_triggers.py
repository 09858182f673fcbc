"""The PLOVER trigger lexicon: loading it and matching one token against it.

Why a data file: which words announce a visit, a protest or an accusation is
knowledge analysts want to read and extend without touching code. The file
format is described at the top of ``data/plover_triggers.yaml`` and in
docs/events.md; users add files through ``NEWSGRAPH_TRIGGERS`` (paths joined
by ``os.pathsep``) or the ``extra`` argument of :func:`load_lexicon`.
"""

from __future__ import annotations

import functools
import os
import re
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from typing import Any

import yaml
from spacy.attrs import LEMMA, LOWER, POS
from spacy.symbols import NOUN, PROPN, VERB

from newsgraph.errors import ConfigError
from newsgraph.yamlio import load_yaml

ENV_VAR = "NEWSGRAPH_TRIGGERS"

PLOVER_TYPES = (
    "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "ACCUSE",
    "REQUEST", "REJECT", "THREATEN", "PROTEST", "MOBILIZE", "SANCTION", "COERCE", "ASSAULT",
)
# Names used by older PLOVER drafts (and by the CAMEO-derived gold records), accepted in user files.
LEGACY_TYPES = {"DEMAND": "REQUEST", "DISAPPROVE": "ACCUSE", "FIGHT": "ASSAULT", "INVESTIGATE": "ACCUSE"}
ROLE_SCHEMES = ("default", "symmetric", "travel", "host", "reported")
REQUIREMENTS = ("prep", "not_prep", "object", "no_object", "reported", "subject_actor", "object_actor", "complement",
                "named_object", "prep_object", "not_object", "negated", "no_predicate", "phrase",
                "subject", "pair_subject", "to_verb", "predicate", "clause", "object_det", "document_mentions",
                "own_clause", "clause_actor", "clause_act", "not_object_det", "not_subject")


@dataclass(frozen=True)
class TriggerRule:
    """One lexicon entry applied to one lemma (a family entry expands into many rules)."""

    type: str
    mode: str | None
    pos: str  # "verb" | "noun"
    lemma: str  # head lemma
    modifiers: tuple[str, ...] = ()  # noun: lemmas that must precede the head ("phone" in "phone call")
    particle: str | None = None  # verb: "out" in "pull out"
    requires: Mapping[str, Any] = field(default_factory=dict)
    exclude_modifiers: frozenset[str] = frozenset()
    roles: str = "default"
    priority: int = 0
    order: int = 0  # position in the lexicon, for deterministic ties

    @property
    def specificity(self) -> tuple[int, int, int]:
        return (self.priority, len(self.modifiers) + len(self.requires) + (self.particle is not None), -self.order)


@dataclass
class Lexicon:
    verbs: dict[str, list[TriggerRule]] = field(default_factory=dict)
    nouns: dict[str, list[TriggerRule]] = field(default_factory=dict)
    actor_nouns: frozenset[str] = frozenset()
    light_verbs: frozenset[str] = frozenset()
    speech_verbs: frozenset[str] = frozenset()
    performative_verbs: frozenset[str] = frozenset()
    judgement_words: frozenset[str] = frozenset()


def _rules_from_entry(entry: Mapping[str, Any], order: int, where: str) -> list[TriggerRule]:
    etype = str(entry.get("type", "")).upper()
    etype = LEGACY_TYPES.get(etype, etype)
    if etype not in PLOVER_TYPES:
        raise ConfigError(f"{where}: unknown PLOVER type {entry.get('type')!r}; use one of {', '.join(PLOVER_TYPES)}")
    roles = entry.get("roles", "default")
    if roles not in ROLE_SCHEMES:
        raise ConfigError(f"{where}: roles must be one of {', '.join(ROLE_SCHEMES)}, not {roles!r}")
    requires = dict(entry.get("requires") or {})
    unknown = set(requires) - set(REQUIREMENTS)
    if unknown:
        raise ConfigError(f"{where}: unknown requirement(s) {sorted(unknown)}; known: {', '.join(REQUIREMENTS)}")
    for key, value in requires.items():
        # YAML reads an unquoted on/off/yes/no as true/false: ``prep: [for, on]`` would never match "on"
        if isinstance(value, list) and not all(isinstance(x, str) for x in value):
            odd = [x for x in value if not isinstance(x, str)]
            raise ConfigError(f"{where}: {key} must list words, not {odd!r} (quote on/off/yes/no: \"on\")")
    common = {
        "type": etype, "mode": entry.get("mode") or None, "requires": requires, "roles": roles,
        "exclude_modifiers": frozenset(str(x).lower() for x in entry.get("exclude_modifiers") or ()),
        "priority": int(entry.get("priority", 0)), "order": order,
    }
    rules = []
    for phrase in entry.get("verbs") or ():
        words = str(phrase).lower().split()
        rules.append(TriggerRule(pos="verb", lemma=words[0], particle=words[1] if len(words) > 1 else None, **common))
    for phrase in entry.get("nouns") or ():
        words = str(phrase).lower().split()
        rules.append(TriggerRule(pos="noun", lemma=words[-1], modifiers=tuple(words[:-1]), **common))
    return rules


def _read(path: Path | str | None) -> tuple[dict[str, Any], str]:
    if path is None:
        text = resources.files("newsgraph.data").joinpath("plover_triggers.yaml").read_text(encoding="utf-8")
        return load_yaml(text) or {}, "plover_triggers.yaml"
    try:
        return load_yaml(Path(path).read_text(encoding="utf-8")) or {}, str(path)
    except (OSError, yaml.YAMLError) as exc:
        raise ConfigError(f"cannot read trigger file {path}: {exc}; fix the file or unset {ENV_VAR}") from exc


def load_lexicon(extra: Iterable[str | Path] = ()) -> Lexicon:
    """The shipped lexicon plus user files (``extra``, then ``$NEWSGRAPH_TRIGGERS``)."""
    env = tuple(p for p in os.environ.get(ENV_VAR, "").split(os.pathsep) if p)
    return _load((*(str(p) for p in extra), *env))


@functools.lru_cache(maxsize=8)
def _load(paths: tuple[str, ...]) -> Lexicon:
    lex = Lexicon()
    actor_nouns: set[str] = set()
    light: set[str] = set()
    speech: set[str] = set()
    performative: set[str] = set()
    order = 0
    for path in (None, *paths):
        data, where = _read(path)
        actor_nouns.update(str(x).lower() for x in data.get("actor_nouns") or ())
        light.update(str(x).lower() for x in data.get("light_verbs") or ())
        speech.update(str(x).lower() for x in data.get("speech_verbs") or ())
        performative.update(str(x).lower() for x in data.get("performative_verbs") or ())
        for i, entry in enumerate(data.get("entries") or ()):
            for rule in _rules_from_entry(entry, order, f"{where} entry {i + 1}"):
                index = lex.verbs if rule.pos == "verb" else lex.nouns
                index.setdefault(rule.lemma, []).append(rule)
                if rule.pos == "verb" and _ied_verb(rule.lemma):
                    # the lemmatizer gives words it does not know ending in "-ied" ("decertified") the
                    # lemma "decertifie": filed under that form too
                    index.setdefault(rule.lemma[:-1] + "ie", []).append(rule)
            order += 1
    lex.actor_nouns, lex.light_verbs, lex.speech_verbs = frozenset(actor_nouns), frozenset(light), frozenset(speech)
    lex.performative_verbs = frozenset(performative)
    # the words that make "called it ..." an accusation (the `predicate` lists of ACCUSE entries)
    lex.judgement_words = frozenset(str(w).lower() for rules in lex.verbs.values() for r in rules
                                    if r.type == "ACCUSE" for w in r.requires.get("predicate", ()))
    return lex


def _ied_verb(lemma: str) -> bool:
    return " " not in lemma and len(lemma) > 3 and lemma.endswith("y") and lemma[-2] not in "aeiou"


# ---------------------------------------------------------------- matching

ActorTest = Callable[[Any], bool]


def _to_clause(tok: Any) -> bool:
    """A "to" clause of the verb: an xcomp, or a ccomp with "to" (the parser's reading when an apposition
    stands between: "ordered the Russian House in Baku, the cultural centre ..., to cease")."""
    return tok.dep_ == "xcomp" or (tok.dep_ in ("ccomp", "relcl", "acl") and any(c.dep_ == "aux" and c.lower_ == "to"
                                                                              for c in tok.children))


def _interrupted_infinitive(kids: list[Any]) -> bool:
    """"agreed during the talks to receive X": the parser hangs the verb's "to" clause on the noun of
    the phrase that interrupts it."""
    return any(c.dep_ == "prep" and _to_clause(a) for c in kids for g in c.children if g.dep_ == "pobj"
               for a in g.children if a.dep_ == "acl" and a.i > g.i)


def _object_infinitives(kids: list[Any]) -> list[Any]:
    """"to" clauses the parser hangs on the verb's objects when an apposition stands between ("ordered the
    Russian House in Baku, the cultural centre run by X, to cease its activities"): taken as the verb's."""
    return [g for c in kids if c.dep_ == "dobj" for g in c.children
            if g.dep_ in ("relcl", "acl") and any(a.dep_ == "aux" and a.lower_ == "to" for a in g.children)]


def _no_longer(tok: Any) -> bool:
    """"would no longer observe": the parser hangs "no" on "longer", not on the verb."""
    return bool(tok.lower_ == "longer" and any(c.lower_ == "no" for c in tok.children))


def _says_phrase(tok: Any, phrase: str) -> bool:
    """The words after the verb, inside its clause, include the fixed phrase ("declared two envoys
    persona non grata"): idioms the parser splits into unrelated nouns."""
    words = phrase.lower().split()
    after = [t.lower_ for t in tok.subtree if t.i > tok.i]
    return any(after[i:i + len(words)] == words for i in range(len(after) - len(words) + 1))


def _prep_lemmas(children: list[Any]) -> set[str]:
    """The prepositions among a token's children, except those that only say when ("called on
    Saturday", "agreed on Tuesday"): "on" then names no one called upon and nothing agreed on."""
    return {c.lower_ for c in children if c.dep_ in ("prep", "agent", "dative") and not _says_when(c)}


# Nouns after a preposition that make it a time phrase when the parser tags no DATE/TIME entity
_TIME_NOUNS = frozenset({"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "day",
                         "night", "morning", "afternoon", "evening", "weekend", "occasion", "eve", "anniversary"})


def _says_when(prep: Any) -> bool:
    """A preposition whose object is a time: a DATE/TIME entity or a time noun."""
    return any(g.dep_ == "pobj" and (g.ent_type_ in ("DATE", "TIME") or g.lemma_.lower() in _TIME_NOUNS)
               for g in prep.children)


def direct_object(tok: Any) -> Any | None:
    """The verb's object: ``dobj`` in the active voice, the passive subject otherwise; in a relative
    clause with a subject of its own, or a past participle after a noun ("the sentence upheld on
    appeal"), the noun the clause hangs on ("the deal X struck with Y")."""
    return _object_among(tok, list(tok.children))


def _object_among(tok: Any, kids: list[Any]) -> Any | None:
    """:func:`direct_object` of ``tok`` whose children ``kids`` the caller has listed."""
    obj = next((c for c in kids if c.dep_ in ("dobj", "nsubjpass")), None)
    if obj is None and tok.pos_ == "VERB":
        obj = _shared_object(tok, kids)
    if obj is None and tok.dep_ == "acl" and tok.tag_ == "VBN" and tok.head.i != tok.i \
            and tok.head.pos_ in ("NOUN", "PROPN"):
        return tok.head  # "his sentence upheld on appeal", "the writer arrested in November": a passive
    if obj is None and passive_small_clause(tok, kids):
        obj = next((c for c in kids if c.dep_ == "nsubj"), None)
    # "the protocol that X signed": a relative clause (the parser may call it "acl", with "that" a mark)
    relative = tok.dep_ == "relcl" or (tok.dep_ == "acl" and any(c.dep_ == "mark" and c.lower_ in ("that", "which")
                                                                 for c in kids))
    if relative and tok.head.i != tok.i and tok.head.pos_ in ("NOUN", "PROPN") \
            and (obj is None or obj.lower_ in RELATIVE_PRONOUNS) \
            and any(c.dep_ == "nsubj" and c.lower_ not in RELATIVE_PRONOUNS for c in kids):
        return tok.head
    return obj


def passive_small_clause(verb: Any, kids: list[Any] | None = None) -> bool:
    """"X saw his sentence upheld": a past participle heading a clause with no auxiliary is a passive,
    its subject what the act was done to (``kids``: the verb's children, when the caller has them)."""
    kids = list(verb.children) if kids is None else kids
    return bool(verb.tag_ == "VBN" and verb.dep_ in ("ccomp", "xcomp")
                and not any(c.dep_ in ("aux", "auxpass") for c in kids))


def _shared_object(tok: Any, kids: list[Any]) -> Any | None:
    """"rammed and boarded the boats": two verbs joined by "and" alone share the object the parser
    hangs on the second."""
    conj = next((c for c in kids if c.dep_ == "conj" and c.i > tok.i and c.pos_ == "VERB"), None)
    if conj is None or any(t.dep_ not in ("cc", "advmod") for t in tok.doc[tok.i + 1 : conj.i]):
        return None
    conj_kids = list(conj.children)
    if any(c.dep_ in ("nsubj", "nsubjpass") for c in conj_kids):
        return None
    return next((c for c in conj_kids if c.dep_ == "dobj"), None)


# Relative pronouns: "the deal that X struck", "X, who said ...".
RELATIVE_PRONOUNS = frozenset({"that", "which", "whom", "who"})


def _left_modifiers(tok: Any) -> set[str]:
    return {c.lemma_.lower() for c in tok.lefts if c.dep_ in ("compound", "amod", "nmod", "npadvmod")} | {
        c.lower_ for c in tok.lefts if c.dep_ in ("compound", "amod", "nmod")
    }


def _satisfied(rule: TriggerRule, tok: Any, *, is_actor: ActorTest, subject: Any | None,
               reported: bool, children: list[Any] | None = None) -> bool:
    """Does ``tok`` meet ``rule.requires``? ``children`` lists the token's children when the caller
    has them (``match`` tests several rules on one token: it lists them once, for speed)."""
    req = rule.requires
    kids = list(tok.children) if children is None else children
    preps = _prep_lemmas(kids) if req.keys() & {"prep", "not_prep", "complement"} else set()  # when used below
    if "prep" in req and not (preps & set(req["prep"])):
        return False
    if "not_prep" in req and (preps & set(req["not_prep"])):
        return False
    if req.get("named_object") and not any(  # "came to Ankara", not "came to power"
            g.dep_ == "pobj" and g.pos_ == "PROPN" for c in kids
            if c.dep_ == "prep" and c.lower_ in set(req.get("prep") or ()) for g in c.children):
        return False
    if "prep_object" in req and not any(  # "spoke by telephone", not "spoke by the river"
            g.dep_ == "pobj" and g.lemma_.lower() in set(req["prep_object"]) for c in kids
            if c.dep_ in ("prep", "agent") and c.lower_ in set(req.get("prep") or ()) for g in c.children):
        return False
    obj = _object_among(tok, kids) if rule.pos == "verb" else None
    if obj is not None and (obj.lemma_.lower() in MEMBER_NOUNS or obj.pos_ == "NUM"):
        # "ordered three members of his staff to leave", "reopened two of its crossings": what they are of
        # (the last one: the parser splits "counter-proposals" into three objects of "of")
        counted = [g for c in obj.children if c.dep_ == "prep" and c.lower_ == "of"
                   for g in c.children if g.dep_ == "pobj" and not g.is_punct]
        obj = counted[-1] if counted else obj
    if "object" in req and (obj is None or obj.lemma_.lower() not in set(req["object"])):
        return False
    if "not_object" in req and rule.pos == "verb" and ({  # "rejected claims that ...", "declined to comment",
            # and in the passive "residents were evacuated", "the report was released", "a statement released by"
            c.lemma_.lower() for c in kids if c.dep_ in ("dobj", "xcomp", "nsubjpass")}
            | ({obj.lemma_.lower()} if obj is not None else set())) & set(req["not_object"]):
        return False
    clausal = any(c.dep_ in ("ccomp", "xcomp") for c in kids)
    if req.get("no_object") and (obj is not None or clausal):
        return False
    if req.get("complement") and rule.pos == "verb" and not (
            obj is not None or clausal or preps & {"on", "upon", "to"} or _interrupted_infinitive(kids)):
        return False
    if "document_mentions" in req and not _document_mentions(tok.doc, tuple(req["document_mentions"])):
        return False  # "a third round would be held in Ankara" in an article about talks, not an election
    if req.get("clause") and not any(c.dep_ == "ccomp" for c in kids):
        return False  # "denied that its ship had used sonar"
    if req.get("clause_act") and not any(c.dep_ == "ccomp" and c.pos_ == "VERB" and c.lemma_.lower() not in STATE_VERBS
                                         and not any(g.dep_ == "neg" for g in c.children) for c in kids):
        return False  # "acknowledged that its missiles had exploded", not "... that the talks were hard" (a state)
        # nor "... that China had not breached the rules" (no deed owned)
    if req.get("clause_actor") and not any(
            c.dep_ == "ccomp" and any(g.dep_ == "nsubj" and (is_actor(g) or g.lemma_.lower() in PARTY_NOUNS)
                                      for g in c.children) for c in kids):
        return False  # "hopes that all sides will avoid ...", not "hoped the visit would help"
    if "not_object_det" in req and obj is not None and any(
            c.dep_ == "det" and c.lower_ in set(req["not_object_det"]) for c in obj.children):
        return False  # "will regard any armed attack on X as a threat": a pledge about what may come, no charge
    if "object_det" in req and (obj is None or not any(
            c.dep_ == "det" and c.lower_ in set(req["object_det"]) for c in obj.children)):
        return False  # "denied any role", not "denied the request"
    if req.get("reported") and not reported:
        return False
    if req.get("negated") and not any(c.dep_ == "neg" or _no_longer(c) for c in kids) \
            and not (tok.dep_ == "xcomp" and tok.head.lemma_.lower() in REFUSING_HEADS):
        return False  # "will not accept", "refused to rule out": a refusal

    if req.get("subject_actor") and (subject is None or not is_actor(subject)):
        return False
    if req.get("pair_subject") and not (subject is not None and names_a_pair(subject)):
        return False  # "the chiefs of A and B spoke", "the two leaders talked" (not "he spoke")
    if req.get("own_clause") and tok.dep_ == "xcomp":
        return False  # "ordered six diplomats to leave the country": what was ordered, not a departure
    if "not_subject" in req and subject is not None and _subject_words(subject) & set(req["not_subject"]):
        return False  # "two fighter jets flew close to the destroyer": no one travelled to meet anyone
    if "subject" in req and (subject is None or not _subject_words(subject) & set(req["subject"])):
        return False  # "rebels entered the city" (not "the minister entered the room")
    if req.get("no_predicate") and any(c.dep_ in ("oprd", "attr") or (c.dep_ == "xcomp" and c.pos_ != "VERB")
                                       for c in kids):
        return False  # "called him a liar", "called the vote unfair": naming, not a call
    if "phrase" in req and not _says_phrase(tok, str(req["phrase"])):
        return False
    if "to_verb" in req and not any(_to_clause(c) and c.lemma_.lower() in set(req["to_verb"])
                                    for c in [*kids, *_object_infinitives(kids)]):
        return False  # "vowed to retaliate" (not "vowed to cooperate")
    if "predicate" in req and not _names_it(kids, set(req["predicate"])):
        return False  # "called the raid a flagrant violation" (not "called the talks a success")
    return not (req.get("object_actor") and (obj is None or not is_actor(obj)))


# Verbs whose infinitive is a thing not done, as "not" would say: "declined to exclude the use of force".
REFUSING_HEADS = frozenset({"refuse", "decline"})


# Nouns whose "of" complement says what the object is: "members of his staff" are staff.
# Verbs of being, having and seeming: a clause they head tells a state, not a deed.
STATE_VERBS = ("be", "have", "seem", "appear", "remain", "look", "feel", "become", "need", "want")
# Nouns for the parties to a dispute, actors when a clause says what they should do.
PARTY_NOUNS = ("side", "party")
# Nouns that only say "some of" what the verb acts on: the object is what they are of
# ("ordered three members of his staff to leave", "blew up parts of two roads").
MEMBER_NOUNS = ("member", "part", "section", "stretch", "portion", "segment", "half", "rest", "range", "number",
                "host", "series", "batch", "round", "set", "flotilla", "fleet", "squadron", "convoy", "column", "all",
                "some", "most", "many", "several", "both", "each")


def _subject_words(subject: Any) -> set[str]:
    """The subject's head word, and a title the parser hangs on a name: "Ambassador" in "Ambassador Jo Doe"."""
    return {subject.lemma_.lower()} | {c.lemma_.lower() for c in subject.children if c.dep_ == "compound"}


def _document_mentions(doc: Any, words: tuple[str, ...]) -> bool:
    """Does the document use one of ``words`` (as a word, any case)? Read only for the rare entries that ask."""
    return re.search(r"\b(?:" + "|".join(re.escape(w) for w in words) + r")\b", doc.text, re.IGNORECASE) is not None


def _names_it(kids: list[Any], words: set[str]) -> bool:
    """The verb names its object with one of ``words``: in an object predicate ("called the raid a
    flagrant violation", "called the comments very unfortunate") or after "as" ("described it as
    interference")."""
    preds = [c for c in kids if c.dep_ in ("oprd", "attr") or (c.dep_ == "xcomp" and c.pos_ != "VERB")]
    # "declared the memorandum void": the parser may read the object and its adjective as a small clause
    preds += [c for c in kids if c.dep_ == "ccomp" and c.pos_ == "ADJ"]
    # "regard these steps as unfriendly": or "as" + adjective as an adverbial clause
    preds += [c for c in kids if c.dep_ == "advcl" and c.pos_ == "ADJ" and any(g.lower_ == "as" for g in c.children)]
    # "described it as interference"; the parser may hang "as" on the object ("described the attack as reckless")
    preds += [g for c in kids if c.dep_ == "prep" and c.lower_ == "as" for g in c.children if g.dep_ in ("pobj", "amod")]
    preds += [g for c in kids if c.dep_ == "dobj" for p in c.children if p.dep_ == "prep" and p.lower_ == "as"
              for g in p.children if g.dep_ in ("pobj", "amod")]
    preds += [g for c in kids if c.dep_ == "dobj" for g in c.children if g.dep_ in ("oprd", "amod") and g.i > c.i]
    prefixes = tuple(w for w in words if w.endswith("-"))  # "anti-": "an anti-Hungarian campaign"
    return any(t.lemma_.lower() in words or t.lower_ in words or (prefixes and t.lower_.startswith(prefixes))
               for p in preds for t in _asserted_part(p))


def _asserted_part(pred: Any) -> list[Any]:
    """The words of a predicate up to a contrast ("a resistance movement rather than a terrorist
    organisation", "a partner, not an enemy"): what comes after it is what the object is said not to be."""
    words = []
    for t in pred.subtree:
        if t.lower_ in ("than", "not", "instead") and t.i > pred.left_edge.i:
            break
        words.append(t)
    return words


def names_a_pair(tok: Any) -> bool:
    """Does the noun phrase headed by ``tok`` name two or more parties? "A and B", "the two leaders",
    "both sides", "the chiefs of A and B"."""
    if tok.conjuncts:
        return True
    if tok.tag_ not in ("NNS", "NNPS"):
        return False
    if any((c.dep_ == "nummod" and c.lower_ in ("two", "three", "2", "3")) or (c.dep_ in ("det", "predet") and c.lower_ == "both")
           for c in tok.children):
        return True
    if any(c.dep_ == "amod" and c.conjuncts for c in tok.children):
        return True  # "Turkish and Israeli officials"
    return any(g.conjuncts for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"
               for g in c.children if g.dep_ == "pobj")


def filed_rules(tok: Any, lex: Lexicon) -> list[TriggerRule]:
    """The lexicon rules filed under this token's lemma, before any of their tests.

    Empty for almost every token of a text. ``match`` fires nothing without
    them, so callers use this as a cheap pre-check and skip the parse walks
    (subject, reporting verb) that only ``match`` needs.
    """
    if tok.pos_ == "VERB":
        return lex.verbs.get(tok.lemma_.lower(), [])
    if tok.pos_ in ("NOUN", "PROPN"):
        return lex.nouns.get(tok.lemma_.lower(), []) or lex.nouns.get(tok.lower_, [])
    return []


def filed_positions(doc: Any, lex: Lexicon) -> set[int]:
    """``{t.i for t in doc if filed_rules(t, lex)}``: the tokens a lexicon entry is filed under.

    For speed: reads the part of speech, lemma and lower-case form as one array
    (``Doc.to_array``) instead of building a Token object for every word, and
    turns their string ids into text through a per-process memo (about half the
    time of the Token loop; numpy set operations cost more than they save on one
    document).
    """
    if not len(doc):
        return set()
    strings = doc.vocab.strings
    out: set[int] = set()
    for k, (pos, lemma, lower) in enumerate(doc.to_array([POS, LEMMA, LOWER]).tolist()):
        if pos == VERB:
            index = lex.verbs
        elif pos in (NOUN, PROPN):
            index = lex.nouns
        else:
            continue
        if index.get(_string(strings, lemma).lower()) or (index is lex.nouns and index.get(_string(strings, lower))):
            out.add(k)
    return out


def speech_verb_positions(doc: Any, lex: Lexicon) -> set[int]:
    """``{t.i for t in doc if t.pos_ == "VERB" and t.lemma_.lower() in lex.speech_verbs}``, from one array."""
    if not len(doc):
        return set()
    strings = doc.vocab.strings
    return {k for k, (pos, lemma) in enumerate(doc.to_array([POS, LEMMA]).tolist())
            if pos == VERB and _string(strings, lemma).lower() in lex.speech_verbs}


# spaCy string id -> string. Ids are hashes of the strings, the same in every Vocab, so one memo
# serves every document; it is emptied when it grows large (news vocabularies are open-ended).
_STRINGS: dict[int, str] = {}
_STRINGS_MAX = 200_000


def _string(strings: Any, key: int) -> str:
    text = _STRINGS.get(key)
    if text is None:
        if len(_STRINGS) >= _STRINGS_MAX:
            _STRINGS.clear()
        text = _STRINGS[key] = strings[key]
    return text


# Particles the parser may tag as a preposition heading another one ("out of", "away from").
PARTICLE_PREPS = ("out", "away", "back", "off")


# Particles the parser may tag as an adverb right after the verb ("hit back", "called off").
ADVERB_PARTICLES = frozenset({"back", "off", "out", "away", "down", "up"})
# Particles the parser reads as adverbs even after the object: "brushed the objection aside".
SPLIT_PARTICLES = frozenset({"aside", "away"})


def match(tok: Any, lex: Lexicon, *, is_actor: ActorTest, subject: Any | None = None,
          reported: bool = False) -> TriggerRule | None:
    """The most specific lexicon rule this token fires, or None."""
    rules = filed_rules(tok, lex)
    if not rules:
        return None
    children = list(tok.children)  # read by every test below: listed once (for speed)
    if tok.pos_ in ("VERB",):
        particle = next((c.lower_ for c in children if c.dep_ == "prt"), None)
        if particle is None:  # "pulled out of the talks": the parser makes "out" a preposition over "of"
            out = next((c for c in children if c.dep_ == "prep" and c.lower_ in PARTICLE_PREPS
                        and any(g.dep_ == "prep" for g in c.children)), None)
            if out is not None:
                particle = out.lower_
                children = [c for c in children if c is not out] + [g for g in out.children if g.dep_ == "prep"]
        if particle is None:  # "hit back with ...": the parser makes "back" an adverb
            particle = next((c.lower_ for c in children if c.dep_ == "advmod" and (
                (c.i == tok.i + 1 and c.lower_ in ADVERB_PARTICLES) or (c.i > tok.i and c.lower_ in SPLIT_PARTICLES))), None)
        adverbs = {c.lower_ for c in children if c.dep_ in ("advmod", "prt")}  # "militarily supported", "struck back"
        rules = [r for r in rules if (r.particle is None or r.particle == particle)
                 and not (r.exclude_modifiers & adverbs)]
    else:  # NOUN, PROPN (filed_rules is empty for any other part of speech)
        mods = _left_modifiers(tok)
        rules = [r for r in rules if set(r.modifiers) <= mods and not (r.exclude_modifiers & mods)]
    ok = [r for r in rules if _satisfied(r, tok, is_actor=is_actor, subject=subject, reported=reported,
                                         children=children)]
    if not ok:
        return None
    return max(ok, key=lambda r: r.specificity)
