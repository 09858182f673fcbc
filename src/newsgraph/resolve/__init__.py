"""Cross-document resolution: the only stage that sees many documents.

``resolve_all`` turns every stored analysis into one :class:`Resolution`:
entities first (everything else refers to them), then user rules on top,
events, quotes and claims, stories, and the comparison of sources.
Each step works on blocks of candidates, never on all pairs.
"""

from __future__ import annotations

import json
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
    from newsgraph.resolve.compare import compare_sources
    from newsgraph.resolve.entities import resolve_entities
    from newsgraph.resolve.events import resolve_events
    from newsgraph.resolve.quotes import resolve_quotes
    from newsgraph.resolve.rules import apply_rules
    from newsgraph.resolve.stories import group_stories

    res = Resolution()
    res.entities, chain_map = resolve_entities(analyses, documents)
    if rules is not None:
        res.entities, chain_map = apply_rules(res.entities, chain_map, rules)
    res.events = resolve_events(analyses, documents, res.entities, chain_map)
    res.quotes, res.claims = resolve_quotes(analyses, chain_map, events_by_mention(analyses, res.events))
    res.stories = group_stories(documents, analyses, res.events, res.entities)
    res.disputes, res.coverage = compare_sources(documents, res.events, res.claims, res.quotes)
    return res


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
