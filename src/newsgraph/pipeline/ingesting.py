"""Ingest sources into the store, one document per transaction, reporting each failure by item."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import TextIO

from newsgraph.errors import IngestError, StoreError
from newsgraph.model import Document
from newsgraph.store import AddResult, Store


@dataclass
class IngestReport:
    new: list[str] = field(default_factory=list)
    duplicates: list[str] = field(default_factory=list)  # doc ids, or links of skipped known feed entries
    errors: list[str] = field(default_factory=list)  # one line per failed item

    @property
    def failed(self) -> bool:
        return bool(self.errors)


def ingest_into(store: Store, sources: Sequence[str], *, stdin: TextIO | None = None,
                on_item: Callable[[Document | IngestError, AddResult | None], None] | None = None,
                workers: int = 1) -> IngestReport:
    from newsgraph.ingest import iter_documents

    report = IngestReport()

    def known(url: str) -> bool:
        # A feed entry whose link is already stored is skipped unread; it still counts as already stored.
        hit = store.has_source(url)
        if hit:
            report.duplicates.append(url)
        return hit

    signatures: dict[str, bytes] = {}  # filled by parallel readers, emptied as documents are stored
    for item in iter_documents(sources, is_known_url=known, stdin=stdin, workers=workers, signatures=signatures):
        if isinstance(item, IngestError):
            report.errors.append(str(item))
            if on_item:
                on_item(item, None)
            continue
        try:
            result = store.add_document(item, signature=signatures.pop(item.content_hash, None))
        except StoreError as exc:
            report.errors.append(str(exc))
            continue
        (report.new if result.status == "new" else report.duplicates).append(result.doc_id)
        if on_item:
            on_item(item, result)
    return report
