"""All built-in stage registrations, in one place (no circular imports, one list to read).

The default order is the data flow: sentences, entity mentions, time
expressions, events (which use both), quotes and claims (which use all three), then the
accusations made in quotes (which need the quotes' speakers).
"""

from __future__ import annotations

from newsgraph.pipeline.registry import register

DEFAULT_STAGES = ["sentences", "mentions", "times", "events", "quotes", "quoted_charges"]


def register_builtin_stages() -> None:
    from newsgraph.stages.events import extract_events
    from newsgraph.stages.mentions import extract_mentions
    from newsgraph.stages.quote_charges import extract_quoted_charges
    from newsgraph.stages.quotes import extract_quotes
    from newsgraph.stages.sentences import split_sentences
    from newsgraph.stages.times import tag_times

    register("sentences", split_sentences, requires=("spacy",), assigns=("sentences",))
    register("mentions", extract_mentions, requires=("sentences",), assigns=("mentions", "chains"))
    register("times", tag_times, requires=("sentences",), assigns=("times", "inferred_date"))
    register("events", extract_events, requires=("mentions", "times"), assigns=("events",))
    register("quotes", extract_quotes, requires=("mentions", "events"), assigns=("quotes", "claims"))
    # charges passed in a quote's own sentences ('"It is a hybrid attack," she said'): needs the speakers
    register("quoted_charges", extract_quoted_charges, requires=("quotes", "events"), assigns=("events",))
