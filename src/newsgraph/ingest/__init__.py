"""Ingestion: sources -> :class:`~newsgraph.model.Document`.

Inputs: plain scraped text (.txt/.text/.md), HTML pages (.html/.htm),
JSON Lines (.jsonl), RSS/Atom feed files (.xml/.rss/.atom), folders of these
(recursive), http(s) URLs of pages or feeds, and "-" for stdin. Each item
yields a Document or an IngestError (FetchError, Rejected) naming the item
and the reason; nothing raises for a bad item. See docs/ingest.md.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from typing import TYPE_CHECKING, Any, TextIO

from newsgraph.errors import IngestError
from newsgraph.ingest.decode import MAX_INPUT_BYTES
from newsgraph.ingest.fetch import USER_AGENT, FetchOptions
from newsgraph.ingest.sources import Ingestor
from newsgraph.model import Document

if TYPE_CHECKING:
    import httpx

    from newsgraph.ingest.dedup import NearDuplicateIndex

__all__ = ["USER_AGENT", "FetchOptions", "NearDuplicateIndex", "iter_documents"]


def __getattr__(name: str) -> Any:
    """``NearDuplicateIndex`` on first use: datasketch (with scipy) takes 0.35 s to import, which every
    ingest paid before starting its reading processes, and each of those processes again."""
    if name == "NearDuplicateIndex":
        from newsgraph.ingest.dedup import NearDuplicateIndex

        return NearDuplicateIndex
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def iter_documents(
    sources: Sequence[str],
    *,
    client: httpx.Client | None = None,
    is_known_url: Callable[[str], bool] | None = None,
    stdin: TextIO | None = None,
    fetch_options: FetchOptions | None = None,
    max_input_bytes: int = MAX_INPUT_BYTES,
    workers: int = 1,
    signatures: dict[str, bytes] | None = None,
) -> Iterator[Document | IngestError]:
    """One Document per article found in ``sources``, or one IngestError per failed item.

    ``is_known_url(link)`` lets the caller skip feed entries it has already
    stored. A client passed in is used as is (and not closed); otherwise one
    is made with newsgraph's user agent and ``fetch_options``. Local inputs
    over ``max_input_bytes`` are rejected unread. A large folder is read by
    ``workers`` processes; the order of the results does not change. Given a
    ``signatures`` dict, those processes also put each document's near-duplicate
    signature in it (content hash -> bytes, for ``Store.add_document``).
    """
    ingestor = Ingestor(
        client=client,
        is_known_url=is_known_url,
        stdin=stdin,
        fetch_options=fetch_options,
        max_input_bytes=max_input_bytes,
        workers=workers,
        signatures=signatures,
    )
    return ingestor.run(sources)
