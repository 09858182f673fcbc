"""All built-in stage registrations, in one place (no circular imports, one list to read).

The default order is the data flow: sentences, entity mentions, time
expressions, events (which use both), quotes and claims (which use all three).
"""

from __future__ import annotations

import importlib
import sys

from newsgraph.pipeline.registry import register

DEFAULT_STAGES = ["sentences", "mentions", "times", "events", "quotes"]

# name -> (module, function, requires, assigns)
BUILTIN = {
    "sentences": ("newsgraph.stages.sentences", "split_sentences", ("spacy",), ("sentences",)),
    "mentions": ("newsgraph.stages.mentions", "extract_mentions", ("sentences",), ("mentions", "chains")),
    "times": ("newsgraph.stages.times", "tag_times", ("sentences",), ("times", "inferred_date")),
    "events": ("newsgraph.stages.events", "extract_events", ("mentions", "times"), ("events",)),
    "quotes": ("newsgraph.stages.quotes", "extract_quotes", ("mentions", "events"), ("quotes", "claims")),
}


def _noop(ctx: object) -> None:  # DEV-ONLY placeholder while a stage is being written: remove before release
    return None


def register_builtin_stages() -> None:
    for name, (module, func, requires, assigns) in BUILTIN.items():
        try:
            fn = getattr(importlib.import_module(module), func)
        except (ModuleNotFoundError, AttributeError) as exc:
            print(f"newsgraph: stage {name} not available yet ({exc}); skipping", file=sys.stderr)
            fn = _noop
        register(name, fn, requires=requires, assigns=assigns)
