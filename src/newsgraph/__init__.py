"""newsgraph: many news articles about one story -> one evidence-backed picture.

Public API: the data model, ``find_times`` (TimeML-style time expressions),
``Store`` and the ``build`` entry point. The CLI (``newsgraph --help``) is a thin
layer over these.
"""

from __future__ import annotations

from typing import Any

__version__ = "0.1.0"

__all__ = ["DocAnalysis", "Document", "Resolution", "Store", "__version__", "build", "find_times"]


def __getattr__(name: str) -> Any:
    # Lazy imports: `import newsgraph` stays cheap (no spaCy, no SQLAlchemy until used).
    if name == "find_times":
        from newsgraph.times import find_times

        return find_times
    if name == "Store":
        from newsgraph.store import Store

        return Store
    if name == "build":
        from newsgraph.pipeline.build import build

        return build
    if name in ("Document", "DocAnalysis", "Resolution"):
        from newsgraph import model

        return getattr(model, name)
    raise AttributeError(f"module 'newsgraph' has no attribute {name!r}")
