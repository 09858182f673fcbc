"""Turn source arguments (paths, folders, URLs, "-") into Documents or per-item errors.

One generator walks every source in order and yields a Document or an
IngestError per item; nothing here raises for a bad item, so one broken file
never stops a run.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

from newsgraph.errors import IngestError
from newsgraph.ingest.decode import MAX_INPUT_BYTES, decode_bytes
from newsgraph.ingest.feeds import FeedEntry, looks_like_feed, parse_feed
from newsgraph.ingest.fetch import FetchOptions, fetch, make_client
from newsgraph.ingest.html import extract_fragment, extract_html
from newsgraph.ingest.jsonl import iter_jsonl
from newsgraph.ingest.plaintext import clean_plain_text
from newsgraph.ingest.record import Extracted, to_document
from newsgraph.model import Document

if TYPE_CHECKING:
    import httpx

Result = Document | IngestError
TEXT_EXT = {".txt", ".text", ".md"}
HTML_EXT = {".html", ".htm", ".xhtml"}
FEED_EXT = {".xml", ".rss", ".atom"}
JSONL_EXT = {".jsonl", ".ndjson"}
KNOWN_EXT = TEXT_EXT | HTML_EXT | FEED_EXT | JSONL_EXT
# A folder of at least this many files is read by ``workers`` processes: below it, starting the
# processes (each imports trafilatura and friends, about a second) costs more than it saves.
PARALLEL_MIN_FILES = 200


class Ingestor:
    """State of one ingest run: the HTTP client (made on first need) and the known-URL check."""

    def __init__(
        self,
        *,
        client: httpx.Client | None,
        is_known_url: Callable[[str], bool] | None,
        stdin: TextIO | None,
        fetch_options: FetchOptions | None = None,
        max_input_bytes: int = MAX_INPUT_BYTES,
        workers: int = 1,
        signatures: dict[str, bytes] | None = None,
    ) -> None:
        self._client = client
        self.signatures = signatures
        self.workers = max(1, workers)
        self._own_client = False
        self.is_known_url = is_known_url or (lambda _url: False)
        self.stdin = stdin
        self.fetch_options = fetch_options or FetchOptions()
        self.max_input_bytes = max_input_bytes

    @property
    def client(self) -> httpx.Client:
        if self._client is None:
            self._client = make_client(self.fetch_options)
            self._own_client = True
        return self._client

    def close(self) -> None:
        if self._own_client and self._client is not None:
            self._client.close()

    def run(self, sources: Sequence[str]) -> Iterator[Result]:
        try:
            for src in sources:
                yield from self.source(src)
        finally:
            self.close()

    def source(self, src: str) -> Iterator[Result]:
        if src == "-":
            yield from self.stdin_text()
        elif src.startswith(("http://", "https://")):
            yield from self.url(src)
        else:
            yield from self.path(src)

    # ------------------------------------------------------------ local inputs

    def path(self, src: str) -> Iterator[Result]:
        p = Path(src)
        if not p.exists():
            yield IngestError(src, "no such file or directory")
        elif p.is_dir():
            files = [os.path.join(src, str(f.relative_to(p))) for f in walk(p)]
            if self.workers > 1 and len(files) >= PARALLEL_MIN_FILES:
                yield from self.files_in_parallel(files)
            else:
                for f in files:
                    yield from self.file(f)
        else:
            yield from self.file(src)

    def file(self, src: str) -> Iterator[Result]:
        read = read_local(src, self.max_input_bytes)
        if isinstance(read, FeedText):
            yield from self.feed(read.text, item=src)
        else:
            yield from read

    def files_in_parallel(self, files: list[str]) -> Iterator[Result]:
        """Read and extract files in worker processes, in folder order; feeds are parsed here,
        since skipping their known entries asks the store."""
        import multiprocessing
        from concurrent.futures import ProcessPoolExecutor
        from functools import partial

        ctx = multiprocessing.get_context("spawn")  # like the NLP workers: fork after threads is unsafe
        with ProcessPoolExecutor(max_workers=self.workers, mp_context=ctx) as pool:
            want_signatures = self.signatures is not None
            read = partial(read_local_signed, max_bytes=self.max_input_bytes, signatures=want_signatures)
            for src, (got, signatures) in zip(files, pool.map(read, files, chunksize=8), strict=True):
                if self.signatures is not None:
                    self.signatures.update(signatures)
                if isinstance(got, FeedText):
                    yield from self.feed(got.text, item=src)
                else:
                    yield from got

    def stdin_text(self) -> Iterator[Result]:
        stream = self.stdin if self.stdin is not None else sys.stdin
        try:
            text = stream.read()
        except (OSError, UnicodeDecodeError) as exc:
            yield IngestError("-", f"cannot read stdin: {exc}")
            return
        if not text.strip():
            yield IngestError("-", "empty input")
        elif looks_like_feed(text):
            yield from self.feed(text, item="-")
        elif text.lstrip().startswith("<"):
            yield _build(extract_html(text), "-")
        else:
            yield _build(clean_plain_text(text), "-")

    # ------------------------------------------------------------ network inputs

    def url(self, url: str) -> Iterator[Result]:
        try:
            got = fetch(url, client=self.client, options=self.fetch_options)
            text = _decode_fetched(got.content, got.charset, item=url)
        except IngestError as exc:
            yield exc
            return
        if looks_like_feed(text, content_type=got.content_type):
            yield from self.feed(text, item=url)
        elif got.content_type == "text/plain":
            yield _build(clean_plain_text(text), url, url=got.url)
        else:
            yield _build(extract_html(text, url=got.url), url, url=got.url)

    def feed(self, text: str, *, item: str) -> Iterator[Result]:
        try:
            entries = parse_feed(text, item=item)
        except IngestError as exc:
            yield exc
            return
        for n, entry in enumerate(entries, start=1):
            if entry.link and self.is_known_url(entry.link):
                continue
            yield self.entry(entry, item=f"{item}#{n}")

    def entry(self, entry: FeedEntry, *, item: str) -> Result:
        """Entry content when the feed carries the article, else the fetched link."""
        source = entry.link or item
        ex: Extracted | None = None
        if entry.content_html:
            ex = extract_fragment(entry.content_html, url=entry.link)
            if not ex.text.strip():
                ex = None
        if ex is None:
            if not entry.link:
                return IngestError(item, "feed entry has neither content nor link")
            try:
                got = fetch(entry.link, client=self.client, options=self.fetch_options)
                page = _decode_fetched(got.content, got.charset, item=entry.link)
            except IngestError as exc:
                return exc
            ex = extract_html(page, url=got.url)
        ex.title = entry.title or ex.title
        ex.author = ex.author or entry.author
        ex.outlet = ex.outlet or entry.feed_title
        if entry.published:
            ex.published, ex.published_basis = entry.published, "metadata"
        return _build(ex, source, url=entry.link)


@dataclass
class FeedText:
    """A local file that turned out to be a feed: its entries are read by the Ingestor."""

    text: str


def read_local_signed(src: str, max_bytes: int, *,
                      signatures: bool) -> tuple[list[Result] | FeedText, dict[str, bytes]]:
    """:func:`read_local`, plus each document's near-duplicate signature (content hash -> bytes)
    when asked: hashing the shingles is the store's largest cost per new text, and here it runs
    in the reading processes instead of the one process that writes to the store."""
    got = read_local(src, max_bytes)
    if not signatures or isinstance(got, FeedText):
        return got, {}
    try:
        from newsgraph.ingest.dedup import text_signature
    except ImportError:  # datasketch missing: the store works without near-duplicate detection
        return got, {}
    return got, {d.content_hash: text_signature(d.text) for d in got if isinstance(d, Document)}


def read_local(src: str, max_bytes: int) -> list[Result] | FeedText:
    """Everything one local file holds, as Documents and errors (a pure function of the file,
    so that folders can be read by several processes)."""
    try:
        text = read_text(src, max_bytes=max_bytes)
    except IngestError as exc:
        return [exc]
    ext = Path(src).suffix.lower()
    try:
        if ext in JSONL_EXT:
            return [got if isinstance(got, IngestError) else _build(got[1], got[0])
                    for got in iter_jsonl(text, item=src)]
        if ext in FEED_EXT or (ext not in KNOWN_EXT and looks_like_feed(text)):
            return FeedText(text)
        if ext in HTML_EXT or (ext not in KNOWN_EXT and _looks_html(text)):
            return [_build(extract_html(text), src)]
        return [_build(clean_plain_text(text), src)]
    except Exception as exc:  # a page that breaks an extractor is one failed item, not a failed run
        reason = " ".join(str(exc).split())  # one line, whatever the extractor said
        return [IngestError(src, f"could not extract an article: {type(exc).__name__}: {reason}")]


def walk(folder: Path) -> list[Path]:
    """Files under ``folder`` with a known extension, recursively, sorted; hidden ones skipped."""
    found: list[Path] = []
    for root, dirs, files in os.walk(folder):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for name in sorted(files):
            if not name.startswith(".") and Path(name).suffix.lower() in KNOWN_EXT:
                found.append(Path(root) / name)
    return sorted(found)


def read_text(src: str, *, max_bytes: int = MAX_INPUT_BYTES) -> str:
    """File contents as text, or IngestError/Rejected with the reason."""
    try:
        size = os.path.getsize(src)
        if size > max_bytes:
            from newsgraph.errors import Rejected

            raise Rejected(src, f"too large ({size / 1e6:.1f} MB > {max_bytes / 1e6:.0f} MB)")
        with open(src, "rb") as fh:
            data = fh.read()
    except OSError as exc:
        reason = (exc.strerror or str(exc)).lower()
        raise IngestError(src, f"cannot read file: {reason}") from exc
    return decode_bytes(data, item=src, max_bytes=max_bytes)


def _decode_fetched(content: bytes, charset: str | None, *, item: str) -> str:
    if charset:
        try:
            return decode_bytes(content.decode(charset).encode("utf-8"), item=item)
        except (LookupError, UnicodeDecodeError):
            pass
    return decode_bytes(content, item=item)


def _looks_html(text: str) -> bool:
    head = text[:2000].lstrip().lower()
    return head.startswith("<") and ("<html" in head or "<body" in head or "<!doctype html" in head)


def _build(ex: Extracted, source: str, *, url: str | None = None) -> Result:
    try:
        doc = to_document(ex, source=source)
    except IngestError as exc:
        return exc
    if url and not doc.url:
        doc.url = url
    return doc
