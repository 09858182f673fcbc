"""Scan text with every rule, keep the longest non-overlapping matches, resolve their values.

One pass per compiled pattern over the whole text (regex engines scan in C;
no per-token parsing), then a greedy choice: longest match first, rule
priority breaking ties. Handlers run only for matches that survive, and a
handler may still refuse its match (returns None), letting a shorter one in.
"""

from __future__ import annotations

import re
from datetime import date

from newsgraph.model import TimeExpression
from newsgraph.times import calendar as cal
from newsgraph.times import rules_explicit, rules_extent, rules_relative
from newsgraph.times.spec import Ctx, Rule, Spec

RULES: list[Rule] = rules_explicit.RULES + rules_relative.RULES + rules_extent.RULES

Found = tuple[int, int, Spec]

_TIME_DATE_GLUE = re.compile(r"\s*(?:,|on|of)?\s*$", re.IGNORECASE)
_DATE_TIME_GLUE = re.compile(r"\s*(?:,|at|,\s*at)?\s*$", re.IGNORECASE)
_OFFSET_GLUE = re.compile(r"^\s+(?P<d>after|before|from)\s+$", re.IGNORECASE)


def scan(text: str, ctx: Ctx) -> list[Found]:
    """Every accepted (start, end, spec), in text order."""
    cands: list[tuple[int, int, int, Rule, re.Match[str]]] = []
    for rule in RULES:
        has_x = "x" in rule.pattern.groupindex
        for m in rule.pattern.finditer(text):
            s, e = m.span("x") if has_x and m.group("x") is not None else m.span()
            if e > s:
                cands.append((s, e, rule.priority, rule, m))
    cands.sort(key=lambda c: (-(c[1] - c[0]), -c[2], c[0]))
    taken = bytearray(len(text))
    found: list[Found] = []
    for s, e, _prio, rule, m in cands:
        if any(taken[s:e]):
            continue
        spec = rule.handler(m, ctx)
        if spec is None:
            continue
        taken[s:e] = b"\x01" * (e - s)
        found.append((s, e, spec))
    found.sort(key=lambda f: f[0])
    return found


def resolve(spec: Spec, anchors: list[date]) -> tuple[str | None, str]:
    """(value, basis): fixed values are explicit; anchored ones need every anchor to agree."""
    if spec.value is not None:
        return spec.value, spec.basis or "explicit"
    if spec.resolve is None or not anchors:
        return None, "unknown"
    values = {spec.resolve(a) for a in anchors}
    if len(values) == 1:
        (value,) = values
        if value is not None:
            return value, spec.basis or "relative"
    return None, "unknown"


def _is_day(value: str | None) -> bool:
    return value is not None and len(value) == 10 and value[4] == "-" and value[7] == "-"


def combine(text: str, items: list[TimeExpression], offsets: list[tuple[float, str, int] | None]) -> list[TimeExpression]:
    """Merge neighbours that name one time: "10 a.m. Friday", "two weeks after March 3, 2025"."""
    out: list[TimeExpression] = []
    out_offsets: list[tuple[float, str, int] | None] = []
    for item, offset in zip(items, offsets, strict=True):
        prev = out[-1] if out else None
        prev_off = out_offsets[-1] if out_offsets else None
        if prev is not None:
            gap = text[prev.end : item.start]
            merged = _merge_pair(prev, prev_off, item, gap, text)
            if merged is not None:
                out[-1] = merged
                out_offsets[-1] = None
                continue
        out.append(item)
        out_offsets.append(offset)
    return out


def _merge_pair(
    prev: TimeExpression, prev_off: tuple[float, str, int] | None, item: TimeExpression, gap: str, text: str
) -> TimeExpression | None:
    span = (prev.start, item.end, text[prev.start : item.end])
    if prev.type == "TIME" and item.type == "DATE" and _is_day(item.value) and _TIME_DATE_GLUE.match(gap) and len(gap) < 6:
        value = f"{item.value}{prev.value[10:]}" if prev.value else None
        return TimeExpression(*span, type="TIME", value=value, basis=item.basis if value else "unknown", granularity="time")
    if prev.type == "DATE" and item.type == "TIME" and _is_day(prev.value) and _DATE_TIME_GLUE.match(gap) and len(gap) < 6:
        value = f"{prev.value}{item.value[10:]}" if item.value else None
        return TimeExpression(*span, type="TIME", value=value, basis=prev.basis if value else "unknown", granularity="time")
    glue = _OFFSET_GLUE.match(gap)
    if prev_off is not None and glue and item.type == "DATE" and item.value:
        amount, unit, _sign = prev_off
        sign = 1 if glue.group("d").lower() in ("after", "from") else -1
        if not float(amount).is_integer():
            return None
        value = cal.shift_value(item.value, int(amount) * sign, unit)
        if value is None:
            return None
        gran = cal.parse_value(value)
        return TimeExpression(*span, type="DATE", value=value, basis=item.basis, granularity=gran[1] if gran else None)
    return None
