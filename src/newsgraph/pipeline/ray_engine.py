"""Run the per-document stages on a Ray cluster (``newsgraph build --engine ray``).

The stages are pure functions of one document, so Ray Data can spread
batches over actors that each hold the spaCy model once (``map_batches`` with
an actor class). The driver reads documents from the store and writes the
analyses back; the cluster never touches the store. Resolution stays on the
driver, as with the local engine, so both engines give identical results.
Every node needs the same newsgraph installed (it brings the spaCy model as a
package dependency; nothing is downloaded at run time). Ray is an optional
extra: ``pip install 'newsgraph[ray]'``; see docs/scaling.md.
"""

from __future__ import annotations

import json
import logging
import os
from collections.abc import Iterable, Iterator
from typing import Any

from newsgraph.errors import ConfigError
from newsgraph.model import DocAnalysis, Document
from newsgraph.pipeline.runner import ANALYSIS_VERSION, BATCH_SIZE, BatchResult, StageFailure, analyze_batch

# Documents handed to Ray per dataset: bounds the driver's memory while keeping
# every actor busy (several batches per actor per chunk).
CHUNK_DOCS = 2000


class _Analyzer:
    """A Ray actor: loads the model once, then analyses batch after batch."""

    def __init__(self) -> None:
        analyze_batch([])  # loads the spaCy model (and stage data) exactly as the batches will use it

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
    """Analyse documents on Ray; yields one BatchResult per chunk of documents.

    Uses the Ray runtime the caller already started, else connects to ``address``
    (``ray://HOST:10001``), else starts a local one with ``workers`` CPUs; a runtime
    started here is shut down when the documents are done.
    """
    ray = _ray()
    started = False
    if not ray.is_initialized():
        _start(ray, address=address, workers=workers)
        started = True
    try:
        chunk: list[Document] = []
        for batch in batches:
            chunk.extend(batch)
            if len(chunk) >= CHUNK_DOCS:
                yield _run_chunk(ray, chunk, workers)
                chunk = []
        if chunk:
            yield _run_chunk(ray, chunk, workers)
    finally:
        if started:
            ray.shutdown()


def _start(ray: Any, *, address: str | None, workers: int) -> None:
    # Ray reports usage statistics over the network unless told not to; a local
    # runtime started for a build never needs to leave the machine.
    os.environ.setdefault("RAY_USAGE_STATS_ENABLED", "0")
    quiet = {"log_to_driver": False, "logging_level": logging.WARNING}
    try:
        if address:
            ray.init(address=address, **quiet)
        else:
            ray.init(num_cpus=workers, include_dashboard=False, **quiet)
    except ImportError as exc:  # ray:// needs the client part of Ray
        raise ConfigError(f"cannot connect to {address}: {exc}; pip install 'newsgraph[ray]'") from exc
    except (ConnectionError, RuntimeError, ValueError) as exc:
        where = address or "a local Ray runtime"
        raise ConfigError(f"cannot start Ray on {where}: {exc}") from exc
    import ray.data  # configures its logger on import: quieten it afterwards

    logging.getLogger("ray.data").setLevel(logging.WARNING)  # keep Ray Data's warnings, drop its chatter


def _map_on_cluster(docs: list[str], workers: int) -> list[tuple[str, str]]:
    """The Ray Data part: JSON documents in, (kind, JSON payload) pairs out."""
    import ray

    ds = ray.data.from_items([{"doc": raw} for raw in docs])
    pool = ray.data.ActorPoolStrategy(size=max(1, workers))
    out = ds.map_batches(_Analyzer, batch_size=BATCH_SIZE, compute=pool, num_cpus=1)
    return [(row["kind"], row["payload"]) for row in out.iter_rows()]


def _through_ray_client(ray: Any) -> bool:
    try:
        from ray.util.client import ray as client
    except ImportError:  # pragma: no cover - the client ships with ray[client]
        return False
    return bool(client.is_connected())


def _run_chunk(ray: Any, docs: list[Document], workers: int) -> BatchResult:
    payload = [json.dumps(d.to_dict()) for d in docs]
    if _through_ray_client(ray):
        # Ray Data cannot drive a dataset from a Ray Client (ray://) session: run that
        # part as one task on the cluster (no CPU of its own) and fetch its results.
        rows = ray.get(ray.remote(num_cpus=0)(_map_on_cluster).remote(payload, workers))
    else:
        rows = _map_on_cluster(payload, workers)
    result = BatchResult()
    for kind, raw in rows:
        data = json.loads(raw)
        if kind == "analysis":
            result.analyses.append(DocAnalysis.from_dict(data))
        else:
            result.failures.append(StageFailure(**data))
    stale = {a.version for a in result.analyses} - {ANALYSIS_VERSION}
    if stale:
        raise ConfigError(f"the Ray workers run another newsgraph (analysis version {', '.join(sorted(stale))}, "
                          f"this driver {ANALYSIS_VERSION}); install the same newsgraph version on every node")
    order = {d.id: i for i, d in enumerate(docs)}
    result.analyses.sort(key=lambda a: order.get(a.doc_id, 0))
    return result
