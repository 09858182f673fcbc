#!/usr/bin/env python3
"""How well newsgraph's HTML ingest keeps article text and finds dates, against the libraries alone.

usage: python eval/html_quality.py [DATA_DIR] [--limit N] [--workers N]

DATA_DIR (default ../shared/data/html) holds two third-party gold sets:
- trafilatura/evaldata.json: per page, ``with`` snippets the main text must
  keep and ``without`` snippets (boilerplate) it must drop;
- htmldate/eval.json: per page, the publication date (YYYY-MM-DD).

For each page it runs (a) our ingest (newsgraph.ingest.html.extract_html) and
(b) the library alone with its defaults (trafilatura.extract; htmldate.find_date),
and prints them side by side: share of ``with`` snippets kept, share of
``without`` snippets dropped (for our body alone and for title + body, since
the headline moves from the body to ``Document.title``; and for trafilatura
both with its defaults and with newsgraph's settings - no reader comments,
tables kept - so the effect of settings and of our cleaning can be told
apart), and exact-day date accuracy with wrong and missing dates counted
apart (a missing date is better than a wrong one).
Snippet matching ignores whitespace differences, the same way for both.
"""

from __future__ import annotations

import argparse
import gzip
import json
import sys
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path
from typing import Any


def _read(path: Path) -> str:
    data = gzip.decompress(path.read_bytes()) if path.suffix == ".gz" else path.read_bytes()
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        from charset_normalizer import from_bytes

        best = from_bytes(data).best()
        return str(best) if best else data.decode("utf-8", "replace")


def _page(folder: Path, name: str) -> Path | None:
    for cand in (folder / (name + ".gz"), folder / name):
        if cand.exists():
            return cand
    return None


def _norm(s: str) -> str:
    return " ".join(s.split())


def text_case(args: tuple[str, str, dict[str, Any]]) -> dict[str, int]:
    folder, url, gold = args
    import trafilatura

    from newsgraph.ingest.html import extract_html

    path = _page(Path(folder), gold["file"])
    if path is None:
        return {"missing_file": 1}
    html = _read(path)
    ex = extract_html(html, url=url)
    ours = _norm(ex.text)
    # The headline leaves the body for Document.title; the document still holds it.
    ours_doc = _norm(f"{ex.title or ''} {ex.text}")
    base = _norm(trafilatura.extract(html, url=url) or "")
    # trafilatura with newsgraph's settings (no reader comments, tables kept), no further cleaning
    same = _norm(trafilatura.extract(html, url=url, include_comments=False, include_tables=True) or "")
    out = {"pages": 1}
    for who, text in (("ours", ours), ("oursdoc", ours_doc), ("lib", base), ("libsame", same)):
        out[f"{who}_with_kept"] = sum(_norm(s) in text for s in gold.get("with", []))
        out[f"{who}_without_dropped"] = sum(_norm(s) not in text for s in gold.get("without", []))
    out["with"] = len(gold.get("with", []))
    out["without"] = len(gold.get("without", []))
    return out


def date_case(args: tuple[str, str, dict[str, Any]]) -> dict[str, int]:
    folder, url, gold = args
    from htmldate import find_date

    from newsgraph.ingest.html import extract_html

    path = _page(Path(folder), gold["file"])
    if path is None:
        return {"missing_file": 1}
    html = _read(path)
    ours = extract_html(html, url=url).published
    try:
        base = find_date(html, url=url)
    except Exception:  # the library alone failing counts as a missing date
        base = None
    out = {"pages": 1}
    for who, got in (("ours", ours), ("lib", base)):
        got = (got or "")[:10] or None
        key = "ok" if got == gold["date"] else ("missing" if got is None else "wrong")
        out[f"{who}_{key}"] = 1
    return out


def run(folder: Path, gold_file: str, fn: Any, *, limit: int | None, workers: int) -> dict[str, int]:
    gold = json.loads((folder / gold_file).read_text(encoding="utf-8"))
    items = [(str(folder), url, g) for url, g in gold.items()][:limit]
    totals: dict[str, int] = {}
    with ProcessPoolExecutor(max_workers=workers) as pool:
        for res in pool.map(fn, items, chunksize=8):
            for k, v in res.items():
                totals[k] = totals.get(k, 0) + v
    return totals


def pct(a: int, b: int) -> str:
    return f"{100 * a / b:5.1f}%" if b else "  n/a"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("data_dir", nargs="?", default="../shared/data/html")
    ap.add_argument("--limit", type=int, default=None, help="only the first N pages of each set")
    ap.add_argument("--workers", type=int, default=2)
    ap.add_argument("--json", action="store_true", help="also print the raw counts as JSON")
    a = ap.parse_args(argv)
    data = Path(a.data_dir)
    t = run(data / "trafilatura", "evaldata.json", text_case, limit=a.limit, workers=a.workers)
    d = run(data / "htmldate", "eval.json", date_case, limit=a.limit, workers=a.workers)
    print(
        f"trafilatura set: {t.get('pages', 0)} pages, {t.get('with', 0)} 'with' / {t.get('without', 0)} 'without' snippets"
    )
    cols = (("ours", "ours: text"), ("oursdoc", "ours: title+text"), ("lib", "traf. defaults"),
            ("libsame", "traf. no comments"))
    print(f"{'':26}" + "".join(f"{label:>19}" for _, label in cols))
    for key, total, label in (("with_kept", "with", "with snippets kept"),
                              ("without_dropped", "without", "without snippets dropped")):
        print(f"{label:26}" + "".join(f"{pct(t.get(f'{who}_{key}', 0), t.get(total, 0)):>19}" for who, _ in cols))
    n = d.get("pages", 0)
    print(f"htmldate set: {n} pages")
    print(f"{'':28}{'ours':>10}{'htmldate alone':>20}")
    for key, label in (("ok", "exact day"), ("wrong", "wrong date"), ("missing", "no date")):
        print(f"{label:28}{pct(d.get('ours_' + key, 0), n):>10}{pct(d.get('lib_' + key, 0), n):>20}")
    if a.json:
        print(json.dumps({"trafilatura": t, "htmldate": d}, indent=1, sort_keys=True))
    return 0


if __name__ == "__main__":
    sys.exit(main())
