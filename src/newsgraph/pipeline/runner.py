"""Run the per-document stages over documents: batched through ``nlp.pipe``, optionally in processes.

Each document's analysis depends on that document alone, so batches can go to
worker processes (``workers > 1``) or Ray actors (``newsgraph.pipeline.ray_engine``)
and give the same result. A stage that fails on one document is reported for
that document and leaves it pending; the others go on.
"""

from __future__ import annotations

import multiprocessing
import os
from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from typing import Any

from newsgraph import __version__
from newsgraph.model import DocAnalysis, Document
from newsgraph.pipeline.context import DocContext
from newsgraph.pipeline.factories import DEFAULT_STAGES, register_builtin_stages
from newsgraph.pipeline.registry import Stage, check_order

# Documents per nlp.pipe call and per worker task: large enough that spaCy's
# batching pays off, small enough that a crash loses little and the progress bar moves.
BATCH_SIZE = 64
# The analysis format version: bump when a stage changes what it writes, so that
# `newsgraph build` re-analyses documents analysed by an older pipeline.
ANALYSIS_VERSION = f"{__version__}-a14"


@dataclass
class StageFailure:
    doc_id: str
    source: str
    stage: str
    reason: str

    def __str__(self) -> str:
        return f"{self.source}: stage {self.stage!r} failed: {self.reason}"


@dataclass
class BatchResult:
    analyses: list[DocAnalysis] = field(default_factory=list)
    failures: list[StageFailure] = field(default_factory=list)
    # The analyses as the store keeps them (``to_dict``), when they came from a worker process
    # in that form: the main process stores them as they are instead of rebuilding objects
    # only to serialise them again (it shares the cores with the workers).
    records: list[dict[str, Any]] | None = None

    @property
    def count(self) -> int:
        return len(self.records) if self.records is not None else len(self.analyses)

    def to_records(self) -> list[dict[str, Any]]:
        return self.records if self.records is not None else [a.to_dict() for a in self.analyses]


def pipeline_stages(names: Sequence[str] | None = None) -> list[Stage]:
    register_builtin_stages()
    return check_order(list(names or DEFAULT_STAGES))


def analyze_batch(documents: Sequence[Document], *, stage_names: Sequence[str] | None = None) -> BatchResult:
    """Analyse documents in one process: one ``nlp.pipe`` pass, then each stage per document."""
    from newsgraph.nlp import NLP_BATCH_SIZE, load_nlp

    stages = pipeline_stages(stage_names)
    nlp = load_nlp()
    result = BatchResult()
    texts = (d.text for d in documents)
    for document, sdoc in zip(documents, nlp.pipe(texts, batch_size=NLP_BATCH_SIZE), strict=True):
        analysis = DocAnalysis(doc_id=document.id, version=ANALYSIS_VERSION)
        ctx = DocContext(document=document, doc=sdoc, analysis=analysis)
        failed = _run_stages(stages, ctx, result.failures)
        if not failed:
            result.analyses.append(analysis)
    return result


def _run_stages(stages: list[Stage], ctx: DocContext, failures: list[StageFailure]) -> bool:
    for stage in stages:
        try:
            stage.func(ctx)
        except Exception as exc:  # one bad document must not stop the run
            reason = f"{type(exc).__name__}: {exc}"
            failures.append(StageFailure(ctx.document.id, ctx.document.source, stage.name, reason))
            return True
    return False


def analyze_text(text: str, *, doc_id: str = "d0", published: str | None = None) -> DocAnalysis:
    """Convenience for tests and notebooks: analyse one raw text."""
    document = Document(id=doc_id, source=doc_id, text=text, published=published,
                        published_basis="metadata" if published else "unknown")
    result = analyze_batch([document])
    if result.failures:
        raise RuntimeError(str(result.failures[0]))
    return result.analyses[0]


def _worker_batch(payload: list[dict[str, Any]]) -> tuple[list[dict[str, Any]], list[StageFailure]]:
    result = analyze_batch([Document.from_dict(d) for d in payload])
    return [a.to_dict() for a in result.analyses], result.failures


def default_workers() -> int:
    return max(1, os.cpu_count() or 1)


def analyze_stream(
    batches: Iterable[list[Document]],
    *,
    workers: int = 1,
    on_batch: Callable[[BatchResult, int], None] | None = None,
    isolate: bool = False,
) -> Iterator[BatchResult]:
    """Analyse batches, in this process (workers=1) or a process pool, yielding results in order.

    ``isolate`` sends even a single worker's batches to a process of its own, so that the
    model never loads here (a caller about to resolve a large store wants that memory back).
    """
    if workers <= 1 and not isolate:
        for batch in batches:
            res = analyze_batch(batch)
            if on_batch:
                on_batch(res, len(batch))
            yield res
        return
    ctx = multiprocessing.get_context("spawn")  # fork after threads (tokenizers, sqlite) is unsafe
    with ProcessPoolExecutor(max_workers=max(1, workers), mp_context=ctx) as pool:
        pending: list[tuple[Any, int]] = []
        for batch in batches:
            pending.append((pool.submit(_worker_batch, [d.to_dict() for d in batch]), len(batch)))
            if len(pending) >= workers * 2:  # bounded queue: streaming, not all in memory
                yield _collect(pending.pop(0), on_batch)
        while pending:
            yield _collect(pending.pop(0), on_batch)


def _collect(item: tuple[Any, int], on_batch: Callable[[BatchResult, int], None] | None) -> BatchResult:
    future, size = item
    dicts, failures = future.result()
    res = BatchResult(failures=failures, records=dicts)
    if on_batch:
        on_batch(res, size)
    return res
