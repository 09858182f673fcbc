"""What a per-document stage receives: one document, its spaCy parse, the analysis so far.

A stage reads ``ctx.document`` and ``ctx.doc`` (the spaCy ``Doc`` of
``document.text``) and fills its own fields of ``ctx.analysis``. It touches no
database and no global state, so the same stage runs in a worker process or on
a Ray actor and gives the same result.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from newsgraph.model import DocAnalysis, Document


@dataclass
class DocContext:
    document: Document
    doc: Any  # spacy.tokens.Doc over document.text (Any: spaCy is untyped here)
    analysis: DocAnalysis
