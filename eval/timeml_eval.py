"""Score newsgraph.times.find_times on TimeML corpora (TimeBank, AQUAINT: TempEval-3 training).

For each .tml file: take the <TEXT> element, strip its tags (keeping the gold
TIMEX3 spans as character offsets), give the text and the document's
CREATION_TIME value as anchor to find_times, and match system to gold spans
by overlap (one-to-one, relaxed). Reports span P/R/F1, type and value
accuracy over matched spans, value P/R/F1 (a system expression counts when it
overlaps a gold one *and* has its exact value) and per-type figures.

    .venv/bin/python eval/timeml_eval.py [DATA_DIR] [--errors N] [--json] [--parts]

``--parts`` also reports each top-level subfolder on its own (TimeBank and
AQUAINT), to see whether a change helps both corpora rather than one.

DATA_DIR defaults to ../shared/data/timeml (relative to the repository root)
and is searched recursively for *.tml.
"""

from __future__ import annotations

import argparse
import html
import json
import re
import sys
import time
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

from newsgraph.model import TimeExpression
from newsgraph.times import find_times

DEFAULT_DIR = Path(__file__).resolve().parents[1] / ".." / "shared" / "data" / "timeml"

_TAG = re.compile(r"<(/?)([A-Za-z0-9_]+)([^>]*)>")
_ATTR = re.compile(r'(\w+)="([^"]*)"')


@dataclass
class Gold:
    start: int
    end: int
    text: str
    type: str
    value: str | None


def parse_tml(raw: str) -> tuple[str, str | None, list[Gold]]:
    """(plain text of <TEXT>, creation-time value, gold TIMEX3 spans in that text)."""
    dct = None
    for m in re.finditer(r"<TIMEX3([^>]*)>", raw):
        attrs = dict(_ATTR.findall(m.group(1)))
        if attrs.get("functionInDocument") == "CREATION_TIME":
            dct = attrs.get("value")
            break
    body_m = re.search(r"<TEXT>(.*?)</TEXT>", raw, re.S)
    body = body_m.group(1) if body_m else ""
    out: list[str] = []
    pos = 0
    length = 0
    golds: list[Gold] = []
    open_timex: list[tuple[int, dict[str, str]]] = []
    for m in _TAG.finditer(body):
        chunk = html.unescape(body[pos : m.start()])
        out.append(chunk)
        length += len(chunk)
        pos = m.end()
        closing, name = m.group(1) == "/", m.group(2)
        if name != "TIMEX3":
            continue
        if not closing:
            open_timex.append((length, dict(_ATTR.findall(m.group(3)))))
        elif open_timex:
            start, attrs = open_timex.pop()
            golds.append(Gold(start, length, "", attrs.get("type", ""), canonical(attrs.get("value"))))
    out.append(html.unescape(body[pos:]))
    text = "".join(out)
    for g in golds:
        g.text = text[g.start : g.end]
    return text, dct, golds


_WEEK = re.compile(r"-W(\d)(?=$|-)")


_DECADE = re.compile(r"^(\d{3})X$")
_WHOLE_HOUR = re.compile(r"(T\d\d):00$")


def canonical(value: str | None) -> str | None:
    """Spelling variants of one value made equal (applied to gold and system values alike).

    AQUAINT writes week 6 as "W6" (ISO 8601: "W06") and the 1990s as "199X"
    (TimeBank and the TimeML guidelines: "199"); a whole hour is written both
    "T17" and "T17:00" (12 and 2 times in the gold).
    """
    if not value:
        return value
    return _WHOLE_HOUR.sub(r"\1", _DECADE.sub(r"\1", _WEEK.sub(r"-W0\1", value)))


def match(golds: list[Gold], system: list[TimeExpression]) -> list[tuple[Gold, TimeExpression]]:
    """One-to-one overlap matching, greedy by overlap length."""
    pairs = []
    for g in golds:
        for s in system:
            ov = min(g.end, s.end) - max(g.start, s.start)
            if ov > 0:
                pairs.append((ov, g, s))
    pairs.sort(key=lambda p: -p[0])
    used_g: set[int] = set()
    used_s: set[int] = set()
    out = []
    for _ov, g, s in pairs:
        if id(g) in used_g or id(s) in used_s:
            continue
        used_g.add(id(g))
        used_s.add(id(s))
        out.append((g, s))
    return out


def _prf(tp: int, n_sys: int, n_gold: int) -> tuple[float, float, float]:
    p = tp / n_sys if n_sys else 0.0
    r = tp / n_gold if n_gold else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def evaluate(data_dir: Path, *, errors: int = 0) -> dict:  # type: ignore[type-arg]
    files = sorted(data_dir.rglob("*.tml"))
    c: Counter[str] = Counter()
    per_type: dict[str, Counter[str]] = {}
    err_lines: list[str] = []
    started = time.perf_counter()
    for path in files:
        text, dct, golds = parse_tml(path.read_text(encoding="utf-8"))
        system = find_times(text, dct)
        pairs = match(golds, system)
        c["gold"] += len(golds)
        c["sys"] += len(system)
        c["matched"] += len(pairs)
        for g in golds:
            per_type.setdefault(g.type, Counter())["gold"] += 1
        for s in system:
            per_type.setdefault(s.type, Counter())["sys"] += 1
        matched_sys = {id(s) for _g, s in pairs}
        for g, s in pairs:
            t = per_type[g.type]
            t["matched"] += 1
            ok_value = canonical(s.value) == g.value
            c["type_ok"] += s.type == g.type
            c["value_ok"] += ok_value
            t["value_ok"] += ok_value
            t["typed_value_ok"] += ok_value and s.type == g.type
            if not ok_value and len(err_lines) < errors:
                err_lines.append(f"{path.name}\tDCT={dct}\t{g.text!r}\tgold={g.value}\tsys={s.value}\t{s.text!r}")
        matched_gold = {id(g) for g, _s in pairs}
        for g in golds:
            if id(g) not in matched_gold and len(err_lines) < errors:
                err_lines.append(f"{path.name}\tMISSED\t{g.text!r}\t{g.type}\t{g.value}\t{text[max(0, g.start - 40):g.end + 40]!r}")
        for s in system:
            if id(s) not in matched_sys and len(err_lines) < errors:
                err_lines.append(f"{path.name}\tSPURIOUS\t{s.text!r}\t{s.type}\t{s.value}\t{text[max(0, s.start - 40):s.end + 40]!r}")
        c["chars"] += len(text)
    elapsed = time.perf_counter() - started
    sp, sr, sf = _prf(c["matched"], c["sys"], c["gold"])
    vp, vr, vf = _prf(c["value_ok"], c["sys"], c["gold"])
    report = {
        "files": len(files),
        "gold": c["gold"],
        "system": c["sys"],
        "matched": c["matched"],
        "span": {"p": sp, "r": sr, "f1": sf},
        "type_accuracy_matched": c["type_ok"] / c["matched"] if c["matched"] else 0.0,
        "value_accuracy_matched": c["value_ok"] / c["matched"] if c["matched"] else 0.0,
        "value": {"p": vp, "r": vr, "f1": vf},
        "per_type": {
            t: {
                "gold": v["gold"],
                "system": v["sys"],
                "span_recall": v["matched"] / v["gold"] if v["gold"] else None,
                "value_accuracy_matched": v["value_ok"] / v["matched"] if v["matched"] else None,
                "value_recall": v["value_ok"] / v["gold"] if v["gold"] else None,
                # same type and exact value, over system expressions of that type / gold ones
                "typed_value": dict(zip("prf", _prf(v["typed_value_ok"], v["sys"], v["gold"]), strict=True)),
            }
            for t, v in sorted(per_type.items())
        },
        "seconds": round(elapsed, 2),
        "chars": c["chars"],
    }
    if errors:
        report["errors"] = err_lines
    return report


def _print(report: dict) -> None:  # type: ignore[type-arg]
    print(f"files {report['files']}  gold {report['gold']}  system {report['system']}  matched {report['matched']}")
    s, v = report["span"], report["value"]
    print(f"relaxed span   P {s['p']:.3f}  R {s['r']:.3f}  F1 {s['f1']:.3f}")
    print(f"type accuracy (matched) {report['type_accuracy_matched']:.3f}")
    print(f"value accuracy (matched) {report['value_accuracy_matched']:.3f}")
    print(f"value          P {v['p']:.3f}  R {v['r']:.3f}  F1 {v['f1']:.3f}")
    print("per gold type: span recall, value accuracy on matched, value recall | typed value P R F1 (same type, exact value)")
    for t, d in report["per_type"].items():
        fmt = lambda x: "  -  " if x is None else f"{x:.3f}"  # noqa: E731
        tv = d["typed_value"]
        print(f"  {t:9s} gold {d['gold']:5d} sys {d['system']:5d}  "
              f"{fmt(d['span_recall'])}  {fmt(d['value_accuracy_matched'])}  {fmt(d['value_recall'])}"
              f"  | {tv['p']:.3f} {tv['r']:.3f} {tv['f']:.3f}")
    print(f"time {report['seconds']} s for {report['chars']} characters")
    for line in report.get("errors", []):
        print(line)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("data_dir", nargs="?", default=str(DEFAULT_DIR))
    ap.add_argument("--errors", type=int, default=0, help="print up to N value errors, misses and spurious spans")
    ap.add_argument("--json", action="store_true", help="print the report as JSON")
    ap.add_argument("--parts", action="store_true", help="also report each top-level subfolder (TimeBank, AQUAINT)")
    args = ap.parse_args(argv)
    data = Path(args.data_dir)
    if not data.is_dir():
        print(f"no such folder: {data} (give the TimeML folder as argument)", file=sys.stderr)
        return 2
    report = evaluate(data, errors=args.errors)
    parts = {}
    if args.parts:
        parts = {sub.name: evaluate(sub) for sub in sorted(data.iterdir()) if sub.is_dir() and any(sub.rglob("*.tml"))}
    if args.json:
        print(json.dumps({**report, "parts": parts} if parts else report, indent=1))
    else:
        _print(report)
        for name, part in parts.items():
            print(f"\n== {name}")
            _print(part)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
