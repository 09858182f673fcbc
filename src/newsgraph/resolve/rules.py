"""User corrections to entity resolution: merges, splits, renames and types from a file.

Why: no resolver is perfect, and a reader who knows that "Bush" in their
corpus is always the son should be able to say so once and have every
rebuild respect it. The file is YAML (``.yaml``/``.yml``) or TOML (``.toml``)::

    merges:                       # these names are one entity
      - [Zelensky, Volodymyr Zelenskyy]
    splits:                       # mentions with this surface are someone else
      - {entity: Kim Jong Un, surface: Kim, into: Kim Yo Jong}
    renames:                      # canonical name to show
      Erdogan: Recep Tayyip Erdoğan
    types:                        # force a type
      Jordan: PERSON

Names match an entity's canonical name first, then its aliases (case and
spacing ignored). A rule naming an entity the corpus does not have (yet) is
skipped with a log warning, so one file can follow a growing corpus; a rule
that is malformed raises :class:`~newsgraph.errors.ConfigError` naming the
file, the rule and, for YAML, its line.
"""

from __future__ import annotations

import logging
import re
import tomllib
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from newsgraph.errors import ConfigError
from newsgraph.model import Entity

__all__ = ["Rules", "Split", "apply_rules", "load_rules"]

log = logging.getLogger(__name__)

KNOWN_TYPES = frozenset({"PERSON", "ORG", "GPE", "LOC", "FAC", "NORP", "EVENT", "PRODUCT",
                         "WORK_OF_ART", "LAW", "LANGUAGE", "MISC"})
_SECTIONS = ("merges", "splits", "renames", "types")


@dataclass
class Split:
    entity: str
    surface: str
    into: str
    where: str = ""


@dataclass
class Rules:
    merges: list[list[str]] = field(default_factory=list)
    splits: list[Split] = field(default_factory=list)
    renames: dict[str, str] = field(default_factory=dict)
    types: dict[str, str] = field(default_factory=dict)
    source: str = ""


# ---------------------------------------------------------------- loading


def load_rules(path: str | Path) -> Rules:
    """Read and validate a rules file; ConfigError names the bad rule."""
    p = Path(path)
    try:
        text = p.read_text(encoding="utf-8")
    except OSError as exc:
        raise ConfigError(f"{p}: cannot read rules file ({exc.strerror})") from exc
    lines: dict[str, int] = {}
    if p.suffix.lower() == ".toml":
        try:
            data: Any = tomllib.loads(text)
        except tomllib.TOMLDecodeError as exc:
            raise ConfigError(f"{p}: not valid TOML: {exc}") from exc
    elif p.suffix.lower() in (".yaml", ".yml"):
        try:
            data = yaml.safe_load(text)
            lines = _yaml_lines(text)
        except yaml.YAMLError as exc:
            raise ConfigError(f"{p}: not valid YAML: {exc}") from exc
    else:
        raise ConfigError(f"{p}: rules file must end in .yaml, .yml or .toml")
    return _parse(data or {}, str(p), lines)


def _yaml_lines(text: str) -> dict[str, int]:
    """'merges[0]' / 'renames.X' -> 1-based line, from the YAML node tree."""
    root = yaml.compose(text)
    out: dict[str, int] = {}
    if not isinstance(root, yaml.MappingNode):
        return out
    for key_node, value in root.value:
        name = str(key_node.value)
        out[name] = key_node.start_mark.line + 1
        if isinstance(value, yaml.SequenceNode):
            for i, item in enumerate(value.value):
                out[f"{name}[{i}]"] = item.start_mark.line + 1
        elif isinstance(value, yaml.MappingNode):
            for k, _v in value.value:
                out[f"{name}.{k.value}"] = k.start_mark.line + 1
    return out


def _fail(source: str, where: str, lines: dict[str, int], msg: str) -> ConfigError:
    line = lines.get(where)
    at = f"line {line}, " if line else ""
    return ConfigError(f"{source}: {at}{where}: {msg}")


def _name(value: Any) -> bool:
    return isinstance(value, str) and bool(value.strip())


def _parse(data: Any, source: str, lines: dict[str, int]) -> Rules:
    if not isinstance(data, dict):
        raise ConfigError(f"{source}: expected a mapping with {', '.join(_SECTIONS)}")
    for key in data:
        if key not in _SECTIONS:
            raise _fail(source, str(key), lines, f"unknown section (expected one of {', '.join(_SECTIONS)})")
    rules = Rules(source=source)
    for i, group in enumerate(data.get("merges") or []):
        where = f"merges[{i}]"
        if not isinstance(group, list) or len(group) < 2 or not all(_name(n) for n in group):
            raise _fail(source, where, lines, "a merge is a list of at least two entity names")
        rules.merges.append([str(n) for n in group])
    for i, item in enumerate(data.get("splits") or []):
        where = f"splits[{i}]"
        if not isinstance(item, dict) or set(item) != {"entity", "surface", "into"}:
            raise _fail(source, where, lines, "a split needs exactly: entity, surface, into")
        if not all(_name(item[k]) for k in ("entity", "surface", "into")):
            raise _fail(source, where, lines, "entity, surface and into must be non-empty text")
        rules.splits.append(Split(item["entity"], item["surface"], item["into"], where))
    for section in ("renames", "types"):
        table = data.get(section) or {}
        if not isinstance(table, dict):
            raise _fail(source, section, lines, "expected a mapping of name: value")
        for k, v in table.items():
            where = f"{section}.{k}"
            if not _name(k) or not _name(v):
                raise _fail(source, where, lines, "names must be non-empty text")
            if section == "types" and str(v).upper() not in KNOWN_TYPES:
                raise _fail(source, where, lines, f"unknown type {v!r} (one of {', '.join(sorted(KNOWN_TYPES))})")
            getattr(rules, section)[str(k)] = str(v).upper() if section == "types" else str(v)
    return rules


# ---------------------------------------------------------------- applying


def _key(s: str) -> str:
    return re.sub(r"\s+", " ", s).strip().casefold()


def _find(entities: Sequence[Entity], name: str) -> Entity | None:
    k = _key(name)
    for e in entities:
        if _key(e.name) == k:
            return e
    hits = [e for e in entities if any(_key(a) == k for a in e.aliases)]
    return max(hits, key=lambda e: (len(e.mentions), e.id), default=None)


def apply_rules(entities: list[Entity], chain_map: dict[tuple[str, int], str], rules: Rules
                ) -> tuple[list[Entity], dict[tuple[str, int], str]]:
    """Apply merges, then splits, renames and types; returns new lists, inputs untouched."""
    ents = [Entity.from_dict(e.to_dict()) for e in entities]
    cmap = dict(chain_map)
    for group in rules.merges:
        found = [e for e in (_find(ents, n) for n in group) if e is not None]
        if len(found) < len(group):
            log.warning("%s: merge %s: some names not in this corpus", rules.source, group)
        keep = found[0] if found else None
        for other in found[1:]:
            if keep is not None and other.id != keep.id:
                _merge_into(keep, other)
                ents = [e for e in ents if e.id != other.id]
                cmap = {k: (keep.id if v == other.id else v) for k, v in cmap.items()}
    for split in rules.splits:
        _apply_split(ents, cmap, split, rules.source)
    for old, new in rules.renames.items():
        e = _find(ents, old)
        if e is None:
            log.warning("%s: rename %r: no such entity", rules.source, old)
            continue
        e.aliases.setdefault(e.name, 0)
        e.name = new
    for name, typ in rules.types.items():
        e = _find(ents, name)
        if e is None:
            log.warning("%s: type %r: no such entity", rules.source, name)
            continue
        e.type, e.type_confidence = typ, 1.0
    return ents, cmap


def _merge_into(keep: Entity, other: Entity) -> None:
    for a, n in other.aliases.items():
        keep.aliases[a] = keep.aliases.get(a, 0) + n
    keep.mentions = sorted(keep.mentions + other.mentions, key=lambda m: (m.doc, m.start, m.end))
    keep.roles += [r for r in other.roles if r not in keep.roles]
    keep.affiliations += [a for a in other.affiliations if a not in keep.affiliations]
    for k, v in other.ids.items():
        keep.ids.setdefault(k, v)
    keep.metonym_of = keep.metonym_of or other.metonym_of
    keep.country = keep.country or other.country


def _next_id(ents: Sequence[Entity]) -> str:
    nums = [int(e.id[1:]) for e in ents if re.fullmatch(r"e\d+", e.id)]
    return f"e{max(nums, default=0) + 1}"


def _apply_split(ents: list[Entity], cmap: dict[tuple[str, int], str], split: Split, source: str) -> None:
    """Move the mentions with one surface to another entity (an existing one of that name, or new).

    A document's chains follow when every mention the entity has in that document is moved.
    """
    src = _find(ents, split.entity)
    if src is None:
        log.warning("%s: %s: no entity %r", source, split.where, split.entity)
        return
    surface = _key(split.surface)
    moved = [m for m in src.mentions if _key(m.text) == surface]
    if not moved:
        log.warning("%s: %s: %r has no mention %r", source, split.where, split.entity, split.surface)
        return
    dest = next((e for e in ents if _key(e.name) == _key(split.into)), None)
    if dest is None:
        dest = Entity(id=_next_id(ents), name=split.into, type=src.type, type_confidence=src.type_confidence)
        ents.append(dest)
    src.mentions = [m for m in src.mentions if _key(m.text) != surface]
    dest.mentions = sorted(dest.mentions + moved, key=lambda m: (m.doc, m.start, m.end))
    for alias in [a for a in src.aliases if _key(a) == surface]:
        dest.aliases[alias] = dest.aliases.get(alias, 0) + src.aliases.pop(alias)
    whole_docs = {m.doc for m in moved} - {m.doc for m in src.mentions}
    for k, v in list(cmap.items()):
        if v == src.id and k[0] in whole_docs:
            cmap[k] = dest.id
