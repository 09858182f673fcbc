"""The data that flows through newsgraph, as plain dataclasses.

Data moves one way: ingest produces :class:`Document`; the per-document stages
turn one Document into one :class:`DocAnalysis` (pure, so it can run on a
cluster); cross-document resolution turns many analyses into :class:`Entity`,
:class:`Event`, :class:`Quote`, :class:`Story` ...; the store keeps both, and
views read the store.

Every class round-trips through ``to_dict``/``from_dict`` (JSON-safe), which is
how the store and worker processes exchange them. Offsets are character offsets
into ``Document.text`` (the cleaned body), end-exclusive.
"""

from __future__ import annotations

import dataclasses
import functools
import hashlib
import json
import pathlib
import types
import typing
import urllib.parse
from dataclasses import dataclass, field
from typing import Any, TypeVar

import msgspec

T = TypeVar("T", bound="Serializable")

PUBLISHED_BASES = ("metadata", "text", "inferred", "unknown")
MODALITIES = ("asserted", "planned", "hedged", "denied")


class Serializable:
    """Mixin: dataclass <-> JSON-safe dict, recursing into nested dataclasses.

    The model classes are slotted (no ``__dict__`` per object): a 10 000-article store
    holds millions of them while it is resolved, and objects built by msgspec got a real
    dict each (+175 MB for 9 000 analyses; slotted, they take 10 % less than before).
    """

    __slots__ = ()

    def to_dict(self) -> dict[str, Any]:
        return _to_jsonable(self)  # type: ignore[no-any-return]

    @classmethod
    def from_dict(cls: type[T], data: dict[str, Any]) -> T:
        return _from_jsonable(cls, data)  # type: ignore[no-any-return]

    @classmethod
    def from_json(cls: type[T], raw: str | bytes) -> T:
        """The object from its JSON text, decoded straight into the dataclasses by msgspec.

        Loading every stored analysis is the first step of each build; the generic
        ``from_dict`` walk over ``json.loads`` output took twice as long. A text that
        does not fit the declared types (written by an older version) goes the generic way.
        """
        try:
            return _json_decoder(cls).decode(raw)  # type: ignore[no-any-return, arg-type]
        except msgspec.ValidationError:
            return cls.from_dict(json.loads(raw))


@functools.cache
def _json_decoder(tp: type) -> msgspec.json.Decoder[Any]:
    return msgspec.json.Decoder(tp)


@functools.cache
def _dataclass_fields(tp: type) -> tuple[str, ...] | None:
    """A dataclass type's field names, or None for any other type; worked out once per type, since
    ``dataclasses.fields`` per value was a fifth of the per-document stages' time."""
    return tuple(f.name for f in dataclasses.fields(tp)) if dataclasses.is_dataclass(tp) else None


def _to_jsonable(value: Any) -> Any:
    if value is None or isinstance(value, (str, int, float)):
        return value
    names = _dataclass_fields(type(value))  # type: ignore[arg-type]
    if names is not None:
        return {name: _to_jsonable(getattr(value, name)) for name in names}
    if isinstance(value, (list, tuple)):
        return [_to_jsonable(v) for v in value]
    if isinstance(value, dict):
        return {str(k): _to_jsonable(v) for k, v in value.items()}
    return value


def _from_jsonable(tp: Any, data: Any) -> Any:
    if data is None:
        return None
    kind, inner = _shape(tp)
    if kind == "union":
        return _from_jsonable(inner, data)
    if kind == "list":
        return [_from_jsonable(inner, v) for v in data]
    if kind == "tuple":
        return tuple(_from_jsonable(inner, v) for v in data)
    if kind == "dict":
        return {k: _from_jsonable(inner, v) for k, v in data.items()}
    if kind == "dataclass":
        hints = _field_hints(inner)
        return inner(**{k: _from_jsonable(hints[k], v) for k, v in data.items() if k in hints})
    return data


@functools.cache
def _shape(tp: Any) -> tuple[str, Any]:
    """How to rebuild a value of annotation ``tp`` (worked out once per annotation, not per value)."""
    if isinstance(tp, str):  # unresolved forward reference
        tp = _resolve(tp)
    origin = typing.get_origin(tp)
    if origin in (typing.Union, types.UnionType):
        members = [a for a in typing.get_args(tp) if a is not type(None)]
        return ("union", members[0]) if len(members) == 1 else ("plain", None)
    if origin in (list, tuple):
        args = typing.get_args(tp)
        return ("tuple" if origin is tuple else "list", args[0] if args else Any)
    if origin is dict:
        kv = typing.get_args(tp)
        return ("dict", kv[1] if len(kv) == 2 else Any)
    if isinstance(tp, type) and dataclasses.is_dataclass(tp):
        return ("dataclass", tp)
    return ("plain", None)


@functools.cache
def _field_hints(tp: type) -> dict[str, Any]:
    """A dataclass's field types, resolved once per class: ``get_type_hints`` evaluates every
    annotation string anew, which made loading a large store slower than analysing it."""
    hints = typing.get_type_hints(tp)
    return {f.name: hints[f.name] for f in dataclasses.fields(tp)}


def _resolve(name: str) -> Any:
    return globals()[name]


def content_hash(text: str) -> str:
    """Stable id material: the same cleaned text always gives the same hash."""
    return hashlib.sha1(" ".join(text.split()).encode("utf-8")).hexdigest()


# ---------------------------------------------------------------- documents


@dataclass(slots=True)
class Document(Serializable):
    """One article after ingestion: clean body text plus what the page says about itself."""

    id: str
    source: str  # file path or URL it came from (first seen)
    text: str  # cleaned body: boilerplate removed, hard wraps joined
    title: str | None = None
    outlet: str | None = None
    author: str | None = None
    published: str | None = None  # ISO date (YYYY-MM-DD); None when the article does not say
    published_basis: str = "unknown"  # metadata | text | inferred | unknown
    published_range: list[str] | None = None  # [lo, hi] ISO dates when inferred as an interval
    language: str | None = None
    url: str | None = None
    captions: list[str] = field(default_factory=list)  # photo captions/credits moved out of the body
    sources: list[str] = field(default_factory=list)  # every source (syndicated near-duplicates too)
    content_hash: str = ""

    def __post_init__(self) -> None:
        if not self.content_hash:
            self.content_hash = content_hash(self.text)
        if not self.sources:
            self.sources = [self.source]


def outlet_label(doc: Document | None, doc_id: str = "") -> str:
    """How to name a document's outlet to a reader, the same in every view and export.

    The publisher's name, else the site's host ("example.org"), else "unknown outlet
    (<file name>)" from the source path; a bare document id is never shown as an outlet.
    """
    if doc is None:
        return _outlet_label(False, None, None, "", doc_id)
    return _outlet_label(True, doc.outlet, doc.url, doc.source, doc_id)


@functools.lru_cache(maxsize=65536)
def _outlet_label(has_doc: bool, outlet: str | None, url: str | None, source: str, doc_id: str) -> str:
    """Cached on the fields it reads: source comparison asks for the same label millions of times."""
    if has_doc:
        if outlet:
            return outlet
        for src in (url, source):
            host = urllib.parse.urlparse(src or "").netloc
            if host:
                return host.removeprefix("www.")
        name = pathlib.PurePath(source or "").name
        if name:
            return f"unknown outlet ({name})"
    return f"unknown outlet ({doc_id})" if doc_id else "unknown outlet"


# ---------------------------------------------------------------- per-document analysis


# Kin words: the mention stage gives a person named after one ("Deby's late father, X") the role
# "<kin word> of <name>", and cross-document resolution keeps that person apart from <name>.
KIN_WORDS = frozenset({"father", "mother", "son", "daughter", "brother", "sister", "uncle", "aunt", "nephew", "niece",
                       "cousin", "wife", "husband", "widow", "widower", "grandfather", "grandmother", "grandson",
                       "granddaughter", "stepfather", "stepson"})


def kin_word(role: str) -> str | None:
    """The kin word a role starts with ("father of Deby", "sister-in-law"), or None."""
    word = role.partition(" of ")[0].strip().lower().removesuffix("-in-law")
    return word if word in KIN_WORDS else None


@dataclass(slots=True)
class Mention(Serializable):
    """A cleaned named-entity mention in one document."""

    start: int
    end: int
    text: str  # cleaned surface (no determiner, possessive or title)
    label: str  # PERSON | ORG | GPE | LOC | FAC | NORP | ... (the model's or a rule's guess)
    sent: int = 0  # index into DocAnalysis.sentences
    role: str | None = None  # "Foreign Minister" split off "Foreign Minister Annalena Baerbock"
    affiliation: str | None = None  # country name, e.g. from "German Foreign Minister ..."
    chain: int = -1  # index into DocAnalysis.chains (within-document coreference)


@dataclass(slots=True)
class Chain(Serializable):
    """Within-document entity: the mentions one article uses for one referent."""

    id: int
    name: str  # the fullest form the article uses
    label: str  # type by vote over the chain's mentions
    mentions: list[int] = field(default_factory=list)  # indices into DocAnalysis.mentions
    roles: list[str] = field(default_factory=list)
    affiliations: list[str] = field(default_factory=list)
    acronym: str | None = None  # "RSF" when introduced as "Rapid Support Forces (RSF)"
    gender: str | None = None  # "m" | "f" | None, from pronouns that refer to it


@dataclass(slots=True)
class TimeExpression(Serializable):
    """A TIMEX3-style time expression found in text."""

    start: int
    end: int
    text: str
    type: str  # DATE | TIME | DURATION | SET
    value: str | None  # 2025-07-31, 2025-07, 2025, 2025-W12, 2025-Q3, PRESENT_REF, P3D ... or None
    basis: str = "explicit"  # explicit | relative | document | unknown
    granularity: str | None = None  # day | month | year | week | quarter | None


@dataclass(slots=True)
class ActorRef(Serializable):
    """An event participant as the sentence names it."""

    text: str
    start: int
    end: int
    chain: int | None = None  # within-document chain when the actor is a named entity
    country: str | None = None  # country the actor stands for ("the Kenyan delegation" -> Kenya)


@dataclass(slots=True)
class EventMention(Serializable):
    """One report of a happening, coded in PLOVER, with its evidence sentence."""

    type: str  # PLOVER type, upper case
    mode: str | None
    trigger: str
    trigger_start: int
    trigger_end: int
    start: int  # evidence sentence span
    end: int
    sentence: str
    source: list[ActorRef] = field(default_factory=list)
    target: list[ActorRef] = field(default_factory=list)
    location: ActorRef | None = None
    time: TimeExpression | None = None
    date_basis: str = "unknown"  # explicit | relative | document | unknown
    modality: str = "asserted"  # asserted | planned | hedged | denied
    ordinal: str | None = None  # "first", "second", "most recent" ... when the text says
    summary: str = ""
    definite: bool = False  # nominal trigger with a definite determiner ("the visit"): may refer back (events helper)


@dataclass(slots=True)
class QuoteMention(Serializable):
    """A direct quote in one document."""

    start: int
    end: int
    text: str  # without the quote marks
    speaker_chain: int | None = None
    speaker_text: str | None = None
    cue: str | None = None
    sent: int = 0
    event: int | None = None  # index into DocAnalysis.events when the sentence reports one


@dataclass(slots=True)
class ClaimMention(Serializable):
    """Reported (indirect) speech: who said what, with which verb, asserted or denied."""

    start: int  # content span
    end: int
    text: str
    speaker_chain: int | None = None
    speaker_text: str | None = None
    cue: str | None = None
    polarity: str = "asserted"  # asserted | denied
    sent: int = 0


@dataclass(slots=True)
class DocAnalysis(Serializable):
    """Everything the per-document stages found in one document."""

    doc_id: str
    version: str = ""
    sentences: list[list[int]] = field(default_factory=list)  # [start, end] per sentence
    mentions: list[Mention] = field(default_factory=list)
    chains: list[Chain] = field(default_factory=list)
    times: list[TimeExpression] = field(default_factory=list)
    events: list[EventMention] = field(default_factory=list)
    quotes: list[QuoteMention] = field(default_factory=list)
    claims: list[ClaimMention] = field(default_factory=list)
    inferred_date: dict[str, Any] | None = None  # {"value", "range": [lo, hi], "basis", "evidence"}


# ---------------------------------------------------------------- cross-document results


@dataclass(slots=True)
class MentionRef(Serializable):
    doc: str
    start: int
    end: int
    text: str


@dataclass(slots=True)
class Entity(Serializable):
    id: str
    name: str
    type: str
    type_confidence: float = 1.0
    aliases: dict[str, int] = field(default_factory=dict)  # surface -> count
    mentions: list[MentionRef] = field(default_factory=list)
    roles: list[dict[str, Any]] = field(default_factory=list)  # {"role", "doc", "start", "end"}
    affiliations: list[str] = field(default_factory=list)
    ids: dict[str, str] = field(default_factory=dict)  # geonames, wikidata ...
    metonym_of: str | None = None  # "Ankara" -> "Turkey": a seat of government acting as its state
    country: str | None = None  # the country an actor belongs to, for event coding


@dataclass(slots=True)
class EventDate(Serializable):
    value: str | None = None
    granularity: str | None = None
    text: str | None = None
    basis: str = "unknown"


@dataclass(slots=True)
class Event(Serializable):
    id: str
    type: str
    mode: str | None
    summary: str
    source: list[str] = field(default_factory=list)  # entity ids
    target: list[str] = field(default_factory=list)
    location: str | None = None
    date: EventDate = field(default_factory=EventDate)
    modality: str = "asserted"
    mentions: list[MentionRef] = field(default_factory=list)
    date_disagreement: list[dict[str, Any]] = field(default_factory=list)
    source_countries: list[str] = field(default_factory=list)
    target_countries: list[str] = field(default_factory=list)
    # actors no report names in its sentence, taken from its articles' two main countries
    # ("Thailand closed its crossings" in a Thailand-Cambodia story: Cambodia); also in source/target
    implied: list[str] = field(default_factory=list)


@dataclass(slots=True)
class Quote(Serializable):
    id: str
    doc: str
    start: int
    end: int
    text: str
    speaker: str | None = None  # entity id
    speaker_text: str | None = None
    cue: str | None = None
    event: str | None = None


@dataclass(slots=True)
class Claim(Serializable):
    id: str
    doc: str
    start: int
    end: int
    text: str
    speaker: str | None = None
    speaker_text: str | None = None
    cue: str | None = None
    polarity: str = "asserted"


@dataclass(slots=True)
class Story(Serializable):
    id: str
    title: str
    documents: list[str] = field(default_factory=list)
    events: list[str] = field(default_factory=list)


@dataclass(slots=True)
class Resolution(Serializable):
    """The whole cross-document picture, written to the store in one transaction."""

    entities: list[Entity] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)
    claims: list[Claim] = field(default_factory=list)
    stories: list[Story] = field(default_factory=list)
    disputes: list[dict[str, Any]] = field(default_factory=list)
    coverage: dict[str, Any] = field(default_factory=dict)
