"""One measured run, in its own process so peak memory is this run's alone.

usage: one_run.py pipeline CORPUS_DIR WORK_DIR WORKERS   -> newsgraph ingest + build
       one_run.py spacy    CORPUS_DIR WORK_DIR WORKERS   -> bare nlp.pipe over the same cleaned texts
       one_run.py html     CORPUS_DIR WORK_DIR WORKERS   -> our ingest of the HTML files
       one_run.py trafilatura CORPUS_DIR WORK_DIR WORKERS -> trafilatura.extract alone on them

Prints one JSON object: seconds per phase, articles, peak RSS (MB), store size.
The spaCy baseline reads the texts the pipeline stored (WORK_DIR/store.db), so
both analyse exactly the same characters.
"""

from __future__ import annotations

import json
import resource
import sys
import time
from pathlib import Path


def peak_rss_mb() -> float:
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    children = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    return max(own, children) / 1024.0  # ru_maxrss is in KiB on Linux


def run_pipeline(corpus: Path, work: Path, workers: int) -> dict[str, float]:
    from newsgraph.pipeline.build import build
    from newsgraph.pipeline.ingesting import ingest_into
    from newsgraph.store import Store

    db = work / "store.db"
    for suffix in ("", "-wal", "-shm"):
        Path(str(db) + suffix).unlink(missing_ok=True)
    store = Store.open(db)
    t0 = time.perf_counter()
    report = ingest_into(store, [str(corpus)])
    t1 = time.perf_counter()
    built = build(store, workers=workers)
    t2 = time.perf_counter()
    store.close()
    return {"articles": len(report.new), "ingest_s": t1 - t0, "analyse_s": built.seconds["analyse"],
            "resolve_s": built.seconds["resolve"], "write_s": built.seconds["write"], "total_s": t2 - t0,
            "store_mb": sum(p.stat().st_size for p in work.glob("store.db*")) / 1e6}


def run_spacy(work: Path, workers: int) -> dict[str, float]:
    from newsgraph.nlp import load_nlp
    from newsgraph.pipeline.runner import BATCH_SIZE
    from newsgraph.store import Store

    store = Store.open(work / "store.db")
    texts = [d.text for d in store.iter_documents()]
    store.close()
    nlp = load_nlp()
    t0 = time.perf_counter()
    n = sum(1 for _ in nlp.pipe(texts, batch_size=BATCH_SIZE, n_process=workers))
    return {"articles": n, "total_s": time.perf_counter() - t0}


def html_files(corpus: Path) -> list[Path]:
    return sorted(p for p in corpus.rglob("*.htm*") if p.is_file())


def run_html(corpus: Path) -> dict[str, float]:
    from newsgraph.ingest import iter_documents

    files = [str(p) for p in html_files(corpus)]
    t0 = time.perf_counter()
    n = sum(1 for item in iter_documents(files) if not isinstance(item, Exception))
    return {"articles": n, "total_s": time.perf_counter() - t0}


def run_trafilatura(corpus: Path) -> dict[str, float]:
    import trafilatura

    pages = [p.read_text(encoding="utf-8", errors="replace") for p in html_files(corpus)]
    t0 = time.perf_counter()
    n = sum(1 for page in pages if trafilatura.extract(page, with_metadata=True))
    return {"articles": n, "total_s": time.perf_counter() - t0}


def main(argv: list[str]) -> int:
    kind, corpus, work, workers = argv[1], Path(argv[2]), Path(argv[3]), int(argv[4])
    work.mkdir(parents=True, exist_ok=True)
    if kind == "pipeline":
        result = run_pipeline(corpus, work, workers)
    elif kind == "spacy":
        result = run_spacy(work, workers)
    elif kind == "html":
        result = run_html(corpus)
    elif kind == "trafilatura":
        result = run_trafilatura(corpus)
    else:
        print(__doc__, file=sys.stderr)
        return 2
    result["peak_rss_mb"] = peak_rss_mb()
    print(json.dumps(result))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
