"""Cross-document resolution: the only stage that sees many documents.

``resolve_all`` turns every stored analysis into one :class:`Resolution`:
entities first (everything else refers to them), then user rules on top,
events, quotes and claims, stories, and the comparison of sources.
Each step works on blocks of candidates, never on all pairs.
"""

from __future__ import annotations

import gc
import json
import os
import tempfile
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

from newsgraph.model import DocAnalysis, Document, Event, Resolution


def events_by_mention(analyses: Sequence[DocAnalysis], events: Sequence[Event]) -> dict[tuple[str, int], str]:
    """Map (doc id, index in analysis.events) to the resolved event reporting it."""
    by_span: dict[tuple[str, int, int, str], str] = {}
    for ev in events:
        for m in ev.mentions:
            by_span.setdefault((m.doc, m.start, m.end, ev.type), ev.id)
    out: dict[tuple[str, int], str] = {}
    for a in analyses:
        for i, em in enumerate(a.events):
            eid = by_span.get((a.doc_id, em.start, em.end, em.type))
            if eid:
                out[(a.doc_id, i)] = eid
    return out


def resolve_all(documents: Mapping[str, Document], analyses: Sequence[DocAnalysis], *,
                rules: Any = None) -> Resolution:
    """Run every cross-document step in dependency order over all analyses.

    Resolution always starts from the full set of analyses, so the result does not
    depend on the order in which documents arrived (incremental == rebuild).
    """
    # Resolution builds millions of small objects and frees few cycles: the cyclic collector, run
    # over and over on a heap that only grows, was the largest single cost left in this process
    # (9 009 documents: 17.2 -> 14.3 CPU s, peak memory unchanged). Reference counting still frees.
    collecting = gc.isenabled()
    gc.disable()
    try:
        return _resolve(documents, analyses, rules)
    finally:
        if collecting:
            gc.enable()


def _resolve(documents: Mapping[str, Document], analyses: Sequence[DocAnalysis], rules: Any) -> Resolution:
    from newsgraph.resolve.compare import compare_sources
    from newsgraph.resolve.entities import resolve_entities
    from newsgraph.resolve.events import resolve_events
    from newsgraph.resolve.quotes import resolve_quotes
    from newsgraph.resolve.rules import apply_rules
    from newsgraph.resolve.stories import StoryWorker, group_stories, story_inputs

    res = Resolution()
    # Stories need the documents, then entities and, late, events; on a large corpus they are
    # grouped in a second process while this one resolves the rest (same steps, same result).
    worker = StoryWorker(story_inputs(documents, analyses)) if parallel_stories(len(documents)) else None
    res.entities, chain_map = resolve_entities(analyses, documents)
    if rules is not None:
        res.entities, chain_map = apply_rules(res.entities, chain_map, rules)
    if worker is not None:
        worker.send_entities(res.entities)
    res.events = resolve_events(analyses, documents, res.entities, chain_map)
    if worker is not None:
        worker.send_events(res.events)
    res.quotes, res.claims = resolve_quotes(analyses, chain_map, events_by_mention(analyses, res.events))
    res.disputes, res.coverage = compare_sources(documents, res.events, res.claims, res.quotes)
    res.stories = (worker.stories(documents, analyses, res.events, res.entities) if worker is not None
                   else group_stories(documents, analyses, res.events, res.entities))
    return res


# Story grouping gets its own process from this many documents on. Measured on generated corpora
# (2 cores, medians of 3): 450 documents 4.7 -> 3.8 s of resolution, 900 documents 9.3 -> 7.4 s;
# well below a few hundred, starting a process that imports numpy and scipy costs more than it saves.
PARALLEL_STORIES_MIN_DOCS = 400


def parallel_stories(n_documents: int) -> bool:
    """Group stories in a second process? Only for a large corpus on a machine with a second core;
    NEWSGRAPH_PARALLEL_STORIES=0 or 1 overrides (tests, or a machine shared with other work)."""
    forced = os.environ.get("NEWSGRAPH_PARALLEL_STORIES")
    if forced in ("0", "1"):
        return forced == "1"
    return n_documents >= PARALLEL_STORIES_MIN_DOCS and (os.cpu_count() or 1) > 1


# ---------------------------------------------------------------- user rules kept in the store

RULES_KEY = "user_rules"


def save_rules(store: Any, path: Path) -> None:
    """Validate a rules file and keep its text in the store, so later builds apply it too."""
    from newsgraph.resolve.rules import load_rules

    load_rules(path)  # raises ConfigError naming the bad rule
    store.set_meta(RULES_KEY, json.dumps({"suffix": path.suffix, "text": path.read_text(encoding="utf-8")}))


def load_stored_rules(store: Any) -> Any:
    raw = store.get_meta(RULES_KEY)
    if not raw:
        return None
    from newsgraph.resolve.rules import load_rules

    saved = json.loads(raw)
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / f"rules{saved['suffix']}"
        path.write_text(saved["text"], encoding="utf-8")
        return load_rules(path)
