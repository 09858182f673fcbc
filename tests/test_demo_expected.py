"""The demo's answer key (examples/demo_expected.json) agrees with the demo files.

Every event cue, quote, dispute evidence and entity surface in the key must occur in the
article text it names, so an edit to one without the other fails here.
"""

from __future__ import annotations

import html
import json
import re
from pathlib import Path

import pytest

EXAMPLES = Path(__file__).resolve().parents[1] / "examples"


def _norm(s: str) -> str:
    return re.sub(r"\s+", " ", s.replace("\u2019", "'")).strip().casefold()


def _bodies() -> dict[str, str]:
    """Article text per gold document name (file name, or a JSONL line's url slug)."""
    out: dict[str, str] = {}
    for path in sorted((EXAMPLES / "demo").iterdir()):
        raw = path.read_text(encoding="utf-8")
        if path.suffix == ".jsonl":
            for line in raw.splitlines():
                item = json.loads(line)
                out[item["url"].rstrip("/").rsplit("/", 1)[-1]] = item["text"]
        elif path.suffix == ".html":
            body = re.search(r'<div class="(?:article-body|story-text|entry)"[^>]*>(.*?)</div>', raw, re.S)
            assert body, path.name
            out[path.name] = html.unescape(re.sub(r"<[^>]+>", " ", body.group(1)))
        else:
            out[path.name] = raw
    return {k: _norm(v) for k, v in out.items()}


GOLD = json.loads((EXAMPLES / "demo_expected.json").read_text(encoding="utf-8"))
BODIES = _bodies()


def test_demo_documents_exist_and_have_news_length() -> None:
    assert set(GOLD["documents"]) | set(GOLD["duplicates"]) == set(BODIES)
    for name, body in BODIES.items():
        assert 250 <= len(body.split()) <= 700, name


@pytest.mark.parametrize("event", GOLD["events"], ids=lambda e: e["id"])
def test_demo_event_cue_in_a_named_document(event: dict) -> None:
    assert any(_norm(event["cue"]) in BODIES[d] for d in event["docs"])


@pytest.mark.parametrize("quote", GOLD["quotes"] + GOLD["not_quotes"] + GOLD["unattributed_quotes"],
                         ids=lambda q: q["text"][:30])
def test_demo_quote_in_its_document(quote: dict) -> None:
    assert _norm(quote["text"]) in BODIES[quote["doc"]]


def test_demo_surfaces_and_dispute_evidence_occur() -> None:
    corpus = " ".join(BODIES.values())
    for entity in GOLD["entities"]:
        for surface in entity["surface"]:
            assert re.search(r"\b" + re.escape(_norm(surface)) + r"\b", corpus), surface
    for dispute in GOLD["disputes"]:
        for value in dispute["values"]:
            assert _norm(value["evidence"]) in BODIES[value["doc"]]
