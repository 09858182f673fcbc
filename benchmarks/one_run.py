"""One measured run, in its own process so its memory and start-up are its own.

usage: one_run.py pipeline    CORPUS WORK WORKERS  -> newsgraph ingest + build + JSON export into WORK/store.db
       one_run.py spacy       CORPUS WORK WORKERS  -> model load + bare nlp.pipe over the texts in WORK/store.db
       one_run.py html        CORPUS WORK WORKERS  -> newsgraph's ingest of CORPUS's HTML files (no store)
       one_run.py trafilatura CORPUS WORK WORKERS  -> trafilatura.extract alone on the same files
       one_run.py incremental ARTICLE WORK WORKERS -> ingest + build of ONE new article into WORK/store.db

Prints one JSON object on its last line: seconds per phase, articles, peak RSS
(MB, this process and all its worker processes together, sampled), store size.
The spaCy baseline reads the texts the pipeline stored, so both analyse exactly
the same characters, with the same model, components, batch size and workers.
"""

from __future__ import annotations

import json
import os
import resource
import sys
import threading
import time
from pathlib import Path
from typing import Any

PAGE_KB = os.sysconf("SC_PAGE_SIZE") // 1024


class TreeRSS:
    """Peak of the summed resident memory of this process and its descendants, sampled every ``every`` s.

    ``ru_maxrss`` alone would miss the worker processes (it reports the largest
    child, not their sum), and process pools are where the memory goes.
    """

    def __init__(self, every: float = 0.2) -> None:
        self.every = every
        self.peak_kb = 0
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    def __enter__(self) -> TreeRSS:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._thread.join()
        self.sample()

    def _run(self) -> None:
        while not self._stop.wait(self.every):
            self.sample()

    def sample(self) -> None:
        self.peak_kb = max(self.peak_kb, tree_rss_kb(os.getpid()))


def tree_rss_kb(root: int) -> int:
    parents: dict[int, int] = {}
    rss: dict[int, int] = {}
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            with open(f"/proc/{entry}/stat", encoding="ascii", errors="replace") as fh:
                stat = fh.read()
        except OSError:  # the process ended meanwhile
            continue
        fields = stat[stat.rfind(")") + 2 :].split()
        pid = int(entry)
        parents[pid] = int(fields[1])
        rss[pid] = int(fields[21]) * PAGE_KB
    total, todo = 0, [root]
    children: dict[int, list[int]] = {}
    for pid, ppid in parents.items():
        children.setdefault(ppid, []).append(pid)
    while todo:
        pid = todo.pop()
        total += rss.get(pid, 0)
        todo.extend(children.get(pid, []))
    return total


def cpu_seconds() -> float:
    """User + system CPU time of this process and its finished worker processes (the cost of the run)."""
    own, kids = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + kids.ru_utime + kids.ru_stime


def fresh_store(db: Path) -> None:
    for suffix in ("", "-wal", "-shm"):
        Path(str(db) + suffix).unlink(missing_ok=True)


def store_mb(work: Path) -> float:
    return sum(p.stat().st_size for p in work.glob("store.db*")) / 1e6


def run_pipeline(corpus: Path, work: Path, workers: int) -> dict[str, Any]:
    t0 = time.perf_counter()
    from newsgraph.exports.json_export import write_json
    from newsgraph.pipeline.build import build
    from newsgraph.pipeline.ingesting import ingest_into
    from newsgraph.store import Store

    db = work / "store.db"
    fresh_store(db)
    store = Store.open(db)
    report = ingest_into(store, [str(corpus)], workers=workers)
    t1 = time.perf_counter()
    built = build(store, workers=workers)
    t2 = time.perf_counter()
    write_json(store, work / "newsgraph.json")
    t3 = time.perf_counter()
    counts = store.stats()
    store.close()
    return {"articles": len(report.new), "duplicates": len(report.duplicates), "errors": len(report.errors),
            "failures": len(built.failures),
            "ingest_s": t1 - t0, "analyse_s": built.seconds["analyse"], "resolve_s": built.seconds["resolve"],
            "write_s": built.seconds["write"], "export_s": t3 - t2, "total_s": t3 - t0,
            "store_mb": store_mb(work), "export_mb": (work / "newsgraph.json").stat().st_size / 1e6,
            "entities": counts.get("entities", 0), "events": counts.get("events", 0)}


def run_spacy(work: Path, workers: int) -> dict[str, Any]:
    from newsgraph.store import Store

    store = Store.open(work / "store.db")
    texts = [d.text for d in store.iter_documents()]
    store.close()
    t0 = time.perf_counter()
    # importing spaCy is counted, as the pipeline's workers pay it too
    from newsgraph.nlp import NLP_BATCH_SIZE, load_nlp

    nlp = load_nlp()  # the same model and components the pipeline runs
    n = sum(1 for _ in nlp.pipe(texts, batch_size=NLP_BATCH_SIZE, n_process=workers))
    return {"articles": n, "total_s": time.perf_counter() - t0}


def html_files(corpus: Path) -> list[Path]:
    return sorted(p for p in corpus.rglob("*.htm*") if p.is_file())


def run_html(corpus: Path) -> dict[str, Any]:
    t0 = time.perf_counter()
    from newsgraph.ingest import iter_documents

    files = [str(p) for p in html_files(corpus)]
    n = sum(1 for item in iter_documents(files) if not isinstance(item, Exception))
    return {"articles": n, "total_s": time.perf_counter() - t0}


def run_trafilatura(corpus: Path) -> dict[str, Any]:
    t0 = time.perf_counter()
    import trafilatura

    n = 0
    for path in html_files(corpus):
        page = path.read_text(encoding="utf-8", errors="replace")
        n += trafilatura.extract(page, with_metadata=True) is not None
    return {"articles": n, "total_s": time.perf_counter() - t0}


def run_incremental(article: Path, work: Path, workers: int) -> dict[str, Any]:
    """What `newsgraph ingest ARTICLE && newsgraph build` costs on a built store, minus interpreter start."""
    t0 = time.perf_counter()
    from newsgraph.pipeline.build import build
    from newsgraph.pipeline.ingesting import ingest_into
    from newsgraph.store import Store

    store = Store.open(work / "store.db")
    report = ingest_into(store, [str(article)])
    t1 = time.perf_counter()
    built = build(store, workers=workers)
    t2 = time.perf_counter()
    store.close()
    return {"articles": len(report.new), "analysed": built.analysed, "ingest_s": t1 - t0,
            "analyse_s": built.seconds["analyse"], "resolve_s": built.seconds["resolve"],
            "write_s": built.seconds["write"], "total_s": t2 - t0}


def main(argv: list[str]) -> int:
    if len(argv) != 5:
        print(__doc__, file=sys.stderr)
        return 2
    kind, source, work, workers = argv[1], Path(argv[2]), Path(argv[3]), int(argv[4])
    work.mkdir(parents=True, exist_ok=True)
    runners = {
        "pipeline": lambda: run_pipeline(source, work, workers),
        "spacy": lambda: run_spacy(work, workers),
        "html": lambda: run_html(source),
        "trafilatura": lambda: run_trafilatura(source),
        "incremental": lambda: run_incremental(source, work, workers),
    }
    if kind not in runners:
        print(__doc__, file=sys.stderr)
        return 2
    with TreeRSS() as rss:
        result = runners[kind]()
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss  # KiB on Linux
    result["peak_rss_mb"] = max(rss.peak_kb, own) / 1024.0
    result["cpu_s"] = cpu_seconds()
    print(json.dumps(result))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
