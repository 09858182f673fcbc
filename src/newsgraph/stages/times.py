"""Time expressions of one document, and its date interval when the page gives no date.

With ``document.published`` set, every relative expression resolves against
it. Without it, the document's date is inferred from its own content (see
newsgraph.times.anchor) and recorded in ``analysis.inferred_date``; relative
expressions then resolve only as precisely as that interval allows. The
document itself is never changed: the export decides what to do with the
inferred interval.
"""

from __future__ import annotations

from datetime import date

from newsgraph.pipeline.context import DocContext
from newsgraph.times import find_times, parse_anchor
from newsgraph.times.anchor import infer_document_date


def tag_times(ctx: DocContext) -> None:
    document = ctx.document
    published = parse_anchor(document.published)
    if published is not None:
        ctx.analysis.inferred_date = None
        ctx.analysis.times = find_times(document.text, published)
        return
    inferred = infer_document_date(document.text, document.captions)
    ctx.analysis.inferred_date = inferred
    anchor_range = None
    if inferred is not None:
        bounds = inferred["range"]
        lo, hi = (bounds[0], bounds[1]) if isinstance(bounds, list) else (None, None)
        if isinstance(lo, str) and isinstance(hi, str):  # an open interval resolves nothing
            anchor_range = (date.fromisoformat(lo), date.fromisoformat(hi))
    ctx.analysis.times = find_times(document.text, anchor_range=anchor_range)
