"""The extra evaluation corpora in eval/corpora: each gold file loads and its cues and quotes occur in the
articles it names (a gold file that points at text no article has would score every system wrong)."""

from __future__ import annotations

import html
import json
import re
from pathlib import Path

import pytest

CORPORA = sorted(p for p in (Path(__file__).resolve().parents[1] / "eval" / "corpora").iterdir() if p.is_dir())


def _flat(text: str) -> str:
    text = html.unescape(re.sub(r"<[^>]+>", " ", text))
    text = text.replace("\u2019", "'").replace("\u2018", "'").replace("\u201c", '"').replace("\u201d", '"')
    return re.sub(r"\s+", " ", text).casefold()


@pytest.mark.parametrize("corpus", CORPORA, ids=[p.name for p in CORPORA])
def test_gold_points_at_text_its_articles_hold(corpus: Path) -> None:
    gold = json.loads((corpus / "gold.json").read_text(encoding="utf-8"))
    articles = {p.name: _flat(p.read_text(encoding="utf-8")) for p in (corpus / "articles").iterdir()}
    assert set(gold["documents"]) == set(articles)
    for ev in gold["events"]:
        assert set(ev["docs"]) <= set(articles), ev["id"]
        assert any(_flat(ev["cue"]) in articles[d] for d in ev["docs"]), f"{ev['id']}: cue not found"
    for q in gold["quotes"]:
        assert _flat(q["text"]) in articles[q["doc"]], q["text"]
