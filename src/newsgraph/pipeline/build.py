"""`newsgraph build`: analyse what is pending, then resolve across documents and store the picture.

Analyses are committed batch by batch, so an interrupted build keeps the work
done and the next build starts where it stopped. Resolution is recomputed from
all stored analyses (deterministic, order-independent ids), so building A then
B gives the same picture as building A and B together.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from newsgraph.model import Document, Resolution
from newsgraph.pipeline.runner import ANALYSIS_VERSION, BATCH_SIZE, StageFailure, analyze_stream
from newsgraph.store import Store

ProgressCallback = Callable[[str, int, int], None]  # (phase, done, total)

# From this many stored documents on, pending documents are analysed in a worker process even
# when one process is enough (one new article): the model and gazetteer (about 175 MB) then never
# load in the process that goes on to resolve the whole store, the step with the largest memory.
# Measured on a 9 009-document store: +1 article peak 1 574 MB in-process (see docs/performance.md).
ISOLATE_ANALYSIS_MIN_DOCS = 2000


@dataclass
class BuildReport:
    analysed: int = 0
    failures: list[StageFailure] = field(default_factory=list)
    seconds: dict[str, float] = field(default_factory=dict)
    counts: dict[str, int] = field(default_factory=dict)


def _batches(store: Store, ids: list[str], size: int) -> Iterator[list[Document]]:
    batch: list[Document] = []
    for doc in store.iter_documents(ids):
        batch.append(doc)
        if len(batch) >= size:
            yield batch
            batch = []
    if batch:
        yield batch


def analyse_pending(store: Store, *, workers: int = 1, force: bool = False, engine: str = "local",
                    address: str | None = None, progress: ProgressCallback | None = None,
                    report: BuildReport) -> None:
    ids = [d.id for d in store.iter_documents()] if force else store.pending(ANALYSIS_VERSION)
    total, done = len(ids), 0
    if progress:
        progress("analyse", 0, total)
    if not ids:
        return
    if engine == "ray":
        from newsgraph.pipeline.ray_engine import analyze_with_ray

        results = analyze_with_ray(_batches(store, ids, BATCH_SIZE), address=address, workers=workers)
    else:
        # no more processes than batches: one new article into a small store is analysed here,
        # without a pool to start; into a large one, in a process of its own (see above)
        isolate = store.count_documents() >= ISOLATE_ANALYSIS_MIN_DOCS
        results = analyze_stream(_batches(store, ids, BATCH_SIZE), workers=min(workers, -(-total // BATCH_SIZE)),
                                 isolate=isolate)
    for res in results:
        store.save_analysis_records(res.to_records())
        report.analysed += res.count
        report.failures.extend(res.failures)
        done += res.count + len(res.failures)
        if progress:
            progress("analyse", done, total)


def build(store: Store, *, workers: int = 1, force: bool = False, rules_path: str | Path | None = None,
          engine: str = "local", address: str | None = None,
          progress: ProgressCallback | None = None) -> BuildReport:
    """Analyse pending documents, resolve the corpus and write the result, each step committed."""
    from newsgraph.resolve import load_stored_rules, resolve_all, save_rules

    report = BuildReport()
    if rules_path is not None:
        save_rules(store, Path(rules_path))  # validated first; kept for later builds
    t0 = time.perf_counter()
    analyse_pending(store, workers=workers, force=force, engine=engine, address=address,
                    progress=progress, report=report)
    t1 = time.perf_counter()
    if progress:
        progress("resolve", 0, 1)
    documents = {d.id: d for d in store.iter_documents()}
    resolution: Resolution = resolve_all(documents, list(store.iter_analyses()), rules=load_stored_rules(store))
    t2 = time.perf_counter()
    store.write_resolution(resolution)
    t3 = time.perf_counter()
    if progress:
        progress("resolve", 1, 1)
    report.seconds = {"analyse": t1 - t0, "resolve": t2 - t1, "write": t3 - t2}
    report.counts = store.stats()
    return report
