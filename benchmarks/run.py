"""`make bench`: throughput, seconds per stage, peak memory and store size, with ratios to baselines.

usage: python benchmarks/run.py [--sizes 100,1000,10000] [--runs 3] [--workers N] [--out benchmarks/results]

For each corpus size N it generates N articles (benchmarks/generate.py), then
runs, alternately and in separate processes, the whole pipeline and its
baselines on the same texts: spaCy's bare ``nlp.pipe`` (the floor of NLP
cost) and, for the HTML part, trafilatura alone against our ingest. Ratios are
taken pair by pair (run i of A against run i of B) and the median is
reported, so a machine that drifts in speed does not bias them.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent


def one(kind: str, corpus: Path, work: Path, workers: int) -> dict[str, float]:
    out = subprocess.run([sys.executable, str(HERE / "one_run.py"), kind, str(corpus), str(work), str(workers)],
                         check=True, capture_output=True, text=True)
    return json.loads(out.stdout.strip().splitlines()[-1])  # type: ignore[no-any-return]


def median(values: list[float]) -> float:
    return round(statistics.median(values), 4) if values else float("nan")


def bench_size(n: int, runs: int, workers: int, tmp: Path) -> dict[str, Any]:
    corpus = tmp / f"corpus-{n}"
    if not corpus.exists():
        subprocess.run([sys.executable, str(HERE / "generate.py"), str(n), str(corpus), "--seed", "7"], check=True)
    pipe_runs, spacy_runs, html_runs, traf_runs = [], [], [], []
    for _ in range(runs):
        pipe_runs.append(one("pipeline", corpus, tmp / f"work-{n}", workers))
        spacy_runs.append(one("spacy", corpus, tmp / f"work-{n}", workers))
        html_runs.append(one("html", corpus, tmp / f"work-{n}", workers))
        traf_runs.append(one("trafilatura", corpus, tmp / f"work-{n}", workers))
    articles = pipe_runs[0]["articles"]
    nlp_share = [p["analyse_s"] / s["total_s"] for p, s in zip(pipe_runs, spacy_runs, strict=True)]
    return {
        "n": n, "articles": articles, "workers": workers, "runs": runs,
        "articles_per_s": median([p["articles"] / p["total_s"] for p in pipe_runs]),
        "spacy_articles_per_s": median([s["articles"] / s["total_s"] for s in spacy_runs]),
        "ratio_end_to_end_vs_spacy": median([(p["articles"] / p["total_s"]) / (s["articles"] / s["total_s"])
                                             for p, s in zip(pipe_runs, spacy_runs, strict=True)]),
        "ratio_analyse_vs_spacy_time": median(nlp_share),
        "seconds": {k: median([p[k] for p in pipe_runs]) for k in ("ingest_s", "analyse_s", "resolve_s", "write_s", "total_s")},
        "resolve_share": median([p["resolve_s"] / p["total_s"] for p in pipe_runs]),
        "peak_rss_mb": median([p["peak_rss_mb"] for p in pipe_runs]),
        "store_mb": median([p["store_mb"] for p in pipe_runs]),
        "html_pages": html_runs[0]["articles"],
        "ratio_html_ingest_vs_trafilatura_time": median([h["total_s"] / t["total_s"]
                                                         for h, t in zip(html_runs, traf_runs, strict=True)]),
    }


def machine() -> dict[str, Any]:
    return {"cpus": os.cpu_count(), "python": platform.python_version(), "platform": platform.platform(),
            "processor": platform.processor() or platform.machine()}


def print_table(rows: list[dict[str, Any]]) -> None:
    head = ("N", "art/s", "spaCy art/s", "e2e/spaCy", "analyse/spaCy time", "resolve share",
            "peak RSS MB", "store MB", "html ingest/trafilatura time")
    print(" | ".join(head))
    for r in rows:
        print(" | ".join(str(x) for x in (
            r["n"], r["articles_per_s"], r["spacy_articles_per_s"], r["ratio_end_to_end_vs_spacy"],
            r["ratio_analyse_vs_spacy_time"], r["resolve_share"], r["peak_rss_mb"], r["store_mb"],
            r["ratio_html_ingest_vs_trafilatura_time"])))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sizes", default="100,1000,10000")
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--workers", type=int, default=os.cpu_count() or 1)
    parser.add_argument("--out", type=Path, default=HERE / "results")
    args = parser.parse_args()
    rows = []
    with tempfile.TemporaryDirectory(prefix="newsgraph-bench-") as tmp:
        for n in (int(x) for x in args.sizes.split(",")):
            print(f"N={n}: {args.runs} runs of pipeline, spaCy, html ingest, trafilatura ...", file=sys.stderr)
            rows.append(bench_size(n, args.runs, args.workers, Path(tmp)))
    args.out.mkdir(parents=True, exist_ok=True)
    stamp = time.strftime("%Y%m%d-%H%M%S")
    result = {"machine": machine(), "results": rows}
    (args.out / f"bench-{stamp}.json").write_text(json.dumps(result, indent=1))
    print_table(rows)
    print(f"written {args.out / f'bench-{stamp}.json'}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
