"""eval/synthetic_eval.py: the generated corpus's manifest against an export (hand-built, tiny)."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "eval"))

import synthetic_eval as se

PEOPLE_1 = [{"name": "Olena Kovalenko", "full": "Olena Kovalenko", "short": "Kovalenko"},
            {"name": "Ilse Vandermeer", "full": "Ilse van der Meer", "short": "van der Meer"}]
PEOPLE_2 = [{"name": "Ana Vidrak", "full": "Ana Vidrak", "short": "Vidrak"}]


def _row(file: str, story: int, people: list[dict[str, str]], published: str | None) -> dict[str, Any]:
    return {"file": file, "story": story, "title": f"title {file}", "outlet": {"name": "Daily Lantern"},
            "author": None, "published": published, "people": people,
            "events": [{"kind": "visit", "plover": "CONSULT", "date": "2024-05-02", "text": "on 2 May",
                        "resolvable": published is not None},
                       {"kind": "visit", "plover": "CONSULT", "date": "2023-01-09", "text": "on 9 January 2023",
                        "resolvable": True, "earlier": True}]}


def _doc(did: str, file: str, published: str | None, outlet: str | None = "Daily Lantern") -> dict[str, Any]:
    return {"id": did, "source": f"/corpus/{file}", "title": f"title {file}", "outlet": outlet, "author": None,
            "published": published}


def _mention(doc: str, start: int, text: str) -> dict[str, Any]:
    return {"doc": doc, "start": start, "end": start + len(text), "text": text}


def _fixture() -> tuple[dict[str, dict[str, Any]], dict[str, Any]]:
    gold = {r["file"]: r for r in (_row("a.txt", 1, PEOPLE_1, "2024-05-03"), _row("b.txt", 1, PEOPLE_1, "2024-05-03"),
                                   _row("c.txt", 2, PEOPLE_2, None))}
    export = {
        "documents": [_doc("d1", "a.txt", "2024-05-03"), _doc("d2", "b.txt", "2024-05-04", outlet="title b.txt"),
                      _doc("d3", "c.txt", "2024-05-03")],
        "stories": [{"id": "s1", "documents": ["d1", "d2", "d3"]}],  # two stories made one
        "entities": [
            {"id": "e1", "name": "Olena Kovalenko", "type": "PERSON",
             "mentions": [_mention("d1", 0, "Olena Kovalenko"), _mention("d2", 5, "Kovalenko")]},
            {"id": "e2", "name": "Ilse van der Meer", "type": "PERSON", "mentions": [_mention("d1", 40, "van der Meer")]},
            {"id": "e3", "name": "Ilse Vandermeer", "type": "PERSON",  # split from e2
             "mentions": [_mention("d2", 40, "Ilse van der Meer")]},
            {"id": "e4", "name": "Vidrak", "type": "PERSON",  # merges a different person in
             "mentions": [_mention("d3", 0, "Ana Vidrak"), _mention("d2", 80, "Kovalenko")]},
        ],
        "events": [
            {"id": "v1", "type": "CONSULT", "date": {"value": "2024-05-02"},
             "mentions": [_mention("d1", 0, "They met on 2 May."), _mention("d2", 0, "They met on 2 May.")]},
            {"id": "v2", "type": "CONSULT", "date": {"value": "2024-05-02"},  # a fragment of v1
             "mentions": [_mention("d2", 30, "The visit on 2 May ended.")]},
            {"id": "v3", "type": "CONSULT", "date": {"value": "2023-01-09"},  # main and earlier mixed
             "mentions": [_mention("d3", 0, "A visit on 2 May followed the one on 9 January 2023.")]},
        ],
    }
    return gold, export


def test_documents_count_wrong_and_invented_dates_and_outlets() -> None:
    gold, export = _fixture()
    c = se.score_documents(gold, export["documents"])["counts"]
    assert (c["docs"], c["title"], c["outlet"], c["outlet_wrong"]) == (3, 3, 2, 1)
    assert (c["published"], c["published_wrong"], c["published_invented"], c["undated_gold"]) == (1, 1, 1, 1)


def test_stories_b3_penalises_two_stories_made_one() -> None:
    gold, export = _fixture()
    p, r, _f, n = se.score_stories(gold, export)
    assert r == 1.0 and round(p, 3) == round((2 / 3 * 2 + 1 / 3) / 3, 3) and n == 1


def test_people_counts_splits_and_merges() -> None:
    gold, export = _fixture()
    people = se.score_people(gold, export)
    assert people["split"] == [("Ilse Vandermeer", ["Ilse Vandermeer", "Ilse van der Meer"]),
                               ("Olena Kovalenko", ["Olena Kovalenko", "Vidrak"])]
    assert people["merged"] == [("Vidrak", ["Ana Vidrak", "Olena Kovalenko"])]
    assert people["p"] < 1.0 and people["r"] < 1.0


def test_events_found_fragments_and_merges() -> None:
    gold, export = _fixture()
    c = se.score_events(gold, export)["counts"]
    assert (c["main_gold"], c["main_found"], c["main_fragments"]) == (1, 1, 1)  # story 2's main is not datable
    assert (c["earlier_gold"], c["earlier_found"]) == (2, 1)
    assert c["merges"] == 1


def test_cli_prints_one_line_per_part(tmp_path: Path, capsys: Any) -> None:
    gold, export = _fixture()
    manifest = tmp_path / "m.jsonl"
    manifest.write_text("".join(json.dumps(r) + "\n" for r in gold.values()), encoding="utf-8")
    (tmp_path / "e.json").write_text(json.dumps(export), encoding="utf-8")
    assert se.main([str(manifest), str(tmp_path / "e.json"), "--errors", "3"]) == 0
    out = capsys.readouterr().out.splitlines()
    assert [line.split()[0] for line in out[:4]] == ["documents", "stories", "people", "events"]
    assert len(out) == 4 + 1 + 3
