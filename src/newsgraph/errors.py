"""newsgraph's exceptions, each with a message that says what went wrong and what to do.

    NewsgraphError
     ├── ConfigError          bad option, rules file or stage order
     ├── IngestError          one input item could not be turned into a Document
     │    ├── FetchError      a URL could not be fetched (HTTP status, timeout, size cap)
     │    └── Rejected        the item was read but is not an article (empty, binary, no text)
     ├── StoreError           the store cannot be opened or migrated
     └── ModelError           the spaCy model is missing

The CLI turns any of these into one line on stderr naming the item and the
reason, carries on with the other items, and exits 1 at the end.
"""

from __future__ import annotations


class NewsgraphError(Exception):
    """Base class for every error newsgraph raises on purpose."""


class ConfigError(NewsgraphError):
    pass


class IngestError(NewsgraphError):
    """An input item failed; ``item`` names it (path, URL, 'file.jsonl:12')."""

    def __init__(self, item: str, reason: str) -> None:
        super().__init__(f"{item}: {reason}")
        self.item = item
        self.reason = reason

    def __reduce__(self) -> tuple[type[IngestError], tuple[str, str]]:
        # pickled by its own arguments, so errors found in a worker process travel back intact
        return type(self), (self.item, self.reason)


class FetchError(IngestError):
    pass


class Rejected(IngestError):
    """Read fine, but not an article: empty, binary, oversized, no main text."""


class StoreError(NewsgraphError):
    pass


class ModelError(NewsgraphError):
    pass
