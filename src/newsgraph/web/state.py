"""What the app keeps between requests: the open store, its views data, its search index.

:class:`ViewData` is rebuilt only when the store changed (a signature of row
counts), so pages stay fast while ``newsgraph run`` or ``POST /api/ingest``
adds documents in the background.
"""

from __future__ import annotations

import threading

from newsgraph.store.store import Store
from newsgraph.views.data import ViewData
from newsgraph.web.search import SearchHit, SearchIndex


class AppState:
    def __init__(self, store: Store) -> None:
        self.store = store
        self.index = SearchIndex(store)
        self._lock = threading.Lock()
        self._data: ViewData | None = None
        self._signature = ""

    def signature(self) -> str:
        stats = self.store.stats()
        return ",".join(f"{k}={v}" for k, v in sorted(stats.items()))

    def data(self) -> ViewData:
        signature = self.signature()
        with self._lock:
            if self._data is None or signature != self._signature:
                self._data = ViewData.load(self.store)
                self._signature = signature
            return self._data

    def search(self, query: str, *, kind: str | None = None, limit: int = 50) -> list[SearchHit]:
        data = self.data()
        return self.index.search(data, self._signature, query, kind=kind, limit=limit)
