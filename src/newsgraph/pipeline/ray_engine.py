"""Run the per-document stages on a Ray cluster (``newsgraph build --engine ray``).

The stages are pure functions of one document, so Ray Data can spread
batches over actors that each hold the spaCy model once (``map_batches`` with
an actor class). Resolution stays on the driver, as with the local engine, so
both engines give identical results. Ray is an optional extra:
``pip install 'newsgraph[ray]'``.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from typing import Any

from newsgraph.errors import ConfigError
from newsgraph.model import DocAnalysis, Document
from newsgraph.pipeline.runner import BATCH_SIZE, BatchResult, StageFailure, analyze_batch

# Documents handed to Ray per dataset: bounds the driver's memory while keeping
# every actor busy (several batches per actor per chunk).
CHUNK_DOCS = 2000


class _Analyzer:
    """A Ray actor: loads the model once, then analyses batch after batch."""

    def __init__(self) -> None:
        from newsgraph.nlp import load_nlp

        load_nlp()

    def __call__(self, batch: dict[str, Any]) -> dict[str, list[str]]:
        docs = [Document.from_dict(json.loads(raw)) for raw in batch["doc"]]
        res = analyze_batch(docs)
        kinds = ["analysis"] * len(res.analyses) + ["failure"] * len(res.failures)
        payloads = [json.dumps(a.to_dict()) for a in res.analyses]
        payloads += [json.dumps(f.__dict__) for f in res.failures]
        return {"kind": kinds, "payload": payloads}


def _ray() -> Any:
    try:
        import ray
    except ImportError as exc:
        raise ConfigError("--engine ray needs Ray: pip install 'newsgraph[ray]'") from exc
    return ray


def analyze_with_ray(batches: Iterable[list[Document]], *, address: str | None = None,
                     workers: int = 2) -> Iterator[BatchResult]:
    """Analyse documents on Ray; yields one BatchResult per chunk of documents."""
    ray = _ray()
    if not ray.is_initialized():
        if address:
            ray.init(address=address, log_to_driver=False)
        else:
            ray.init(num_cpus=workers, include_dashboard=False, log_to_driver=False)
    chunk: list[Document] = []
    for batch in batches:
        chunk.extend(batch)
        if len(chunk) >= CHUNK_DOCS:
            yield _run_chunk(ray, chunk, workers)
            chunk = []
    if chunk:
        yield _run_chunk(ray, chunk, workers)


def _run_chunk(ray: Any, docs: list[Document], workers: int) -> BatchResult:
    ds = ray.data.from_items([{"doc": json.dumps(d.to_dict())} for d in docs])
    pool = ray.data.ActorPoolStrategy(size=max(1, workers))
    out = ds.map_batches(_Analyzer, batch_size=BATCH_SIZE, compute=pool, num_cpus=1)
    result = BatchResult()
    for row in out.iter_rows():
        data = json.loads(row["payload"])
        if row["kind"] == "analysis":
            result.analyses.append(DocAnalysis.from_dict(data))
        else:
            result.failures.append(StageFailure(**data))
    order = {d.id: i for i, d in enumerate(docs)}
    result.analyses.sort(key=lambda a: order.get(a.doc_id, 0))
    return result
