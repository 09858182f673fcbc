"""Inferring an undated document's date interval from its content, and the stage that uses it."""

from __future__ import annotations

from datetime import date

from newsgraph.model import DocAnalysis, Document
from newsgraph.pipeline.context import DocContext
from newsgraph.stages.times import tag_times
from newsgraph.times import infer_document_date
from newsgraph.times.anchor import RECENCY_DAYS, period

VISIT = (
    "A recent visit to Ankara by a delegation from Kyiv signalled a thaw.\n"
    "When the delegation landed in Ankara on the last day of July, it marked a turnaround. "
    "Earlier this year, the two governments annulled an old port deal. "
    "On Wednesday, Erdoğan received Zelensky."
)
CAPTION = "Zelensky meets Erdoğan in Ankara, July 2025 (AP)"


def test_caption_and_yearless_day_pin_the_interval() -> None:
    got = infer_document_date(VISIT, [CAPTION])
    assert got is not None
    assert got["range"] == ["2025-07-31", "2025-09-30"]
    assert got["value"] == "2025-07-31"
    assert got["basis"] == "inferred"
    assert "July 2025" in str(got["evidence"])


def test_without_recent_lead_the_interval_stays_open() -> None:
    text = VISIT.replace("A recent visit", "A visit")
    got = infer_document_date(text, [CAPTION])
    assert got is not None
    assert got["range"] == ["2025-07-31", None]


def test_anticipated_date_bounds_from_above() -> None:
    text = "Macron visited Beijing in March 2024. He will host Xi in Paris in June 2024."
    got = infer_document_date(text)
    assert got is not None
    assert got["range"] == ["2024-03-01", "2024-06-30"]


def test_nothing_dates_the_document() -> None:
    assert infer_document_date("On Wednesday, Erdoğan received Zelensky in Ankara.") is None
    assert infer_document_date("Kim will visit Beijing in 2030.") is None  # an upper bound alone is not a date


def test_fiscal_year_is_not_evidence() -> None:
    assert infer_document_date("Congress approved the budget for Fiscal Year 2026.") is None


def test_year_evidence_gives_no_recency_bound() -> None:
    got = infer_document_date("A recent report said Gaddafi was ousted in 2011.")
    assert got is not None
    assert got["range"] == ["2011-01-01", None]


def test_period() -> None:
    assert period("2025-07") == (date(2025, 7, 1), date(2025, 7, 31))
    assert period("2024-Q1") == (date(2024, 1, 1), date(2024, 3, 31))
    assert period("2024-02-29") == (date(2024, 2, 29), date(2024, 2, 29))
    assert period("2025-H2") == (date(2025, 7, 1), date(2025, 12, 31))
    assert period("PRESENT_REF") is None
    assert RECENCY_DAYS > 0


def _ctx(text: str, *, published: str | None = None, captions: list[str] | None = None) -> DocContext:
    doc = Document(id="d1", source="test", text=text, published=published, captions=captions or [])
    return DocContext(document=doc, doc=None, analysis=DocAnalysis(doc_id="d1"))


def test_stage_with_published_date() -> None:
    ctx = _ctx("On Wednesday, Erdoğan received Zelensky.", published="2019-03-15")
    tag_times(ctx)
    assert ctx.analysis.inferred_date is None
    assert [t.value for t in ctx.analysis.times] == ["2019-03-13"]
    assert ctx.document.published == "2019-03-15"


def test_stage_infers_and_resolves_with_the_interval() -> None:
    ctx = _ctx(VISIT, captions=[CAPTION])
    tag_times(ctx)
    inferred = ctx.analysis.inferred_date
    assert inferred is not None and inferred["range"] == ["2025-07-31", "2025-09-30"]
    values = {t.text: t.value for t in ctx.analysis.times}
    assert values["the last day of July"] == "2025-07-31"
    assert values["Earlier this year"] == "2025"
    assert values["Wednesday"] is None  # the interval spans many Wednesdays
    assert ctx.document.published is None and ctx.document.published_basis == "unknown"


def test_stage_open_interval_resolves_nothing() -> None:
    ctx = _ctx("Macron visited Beijing in March 2024. Last year he went to Kyiv.")
    tag_times(ctx)
    assert ctx.analysis.inferred_date is not None
    values = {t.text: t.value for t in ctx.analysis.times}
    assert values["March 2024"] == "2024-03"
    assert values["Last year"] is None
