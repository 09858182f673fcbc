"""Incremental == rebuild: building A then B gives the same picture as building A and B together.

The fixture corpus (tests/fixtures/incremental/) holds two unrelated stories, a
G7 summit and an earthquake; set B adds articles that name people from set A
under other spellings, so B's documents have to join A's clusters.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from newsgraph.model import Resolution
from newsgraph.pipeline.build import build
from newsgraph.pipeline.ingesting import ingest_into
from newsgraph.store import Store

pytestmark = pytest.mark.slow  # runs the spaCy model

FIXTURES = Path(__file__).parent / "fixtures" / "incremental"
SET_A = sorted(str(p) for p in FIXTURES.glob("a*.txt"))
SET_B = sorted(str(p) for p in FIXTURES.glob("b*.txt"))


def _build_in_steps(db: Path, steps: list[list[str]]) -> Resolution:
    """Ingest each step's files and build after each step; return the final picture."""
    with Store.open(db) as store:
        for files in steps:
            report = ingest_into(store, files)
            assert not report.errors and len(report.new) == len(files)
            result = build(store, workers=1)
            assert not result.failures
        return store.resolution()


def picture(res: Resolution, docs: dict[str, str]) -> dict[str, Any]:
    """What a reader sees, independent of ids: entities, events and stories by name and source file."""
    names = {e.id: e.name for e in res.entities}

    def actors(ids: list[str]) -> list[str]:
        return sorted(names[i] for i in ids)

    return {
        "entities": sorted(
            (e.name, e.type, tuple(sorted(e.aliases.items())), len(e.mentions)) for e in res.entities),
        "events": sorted(
            (v.type, v.date.value or "", tuple(actors(v.source)), tuple(actors(v.target)),
             len({m.doc for m in v.mentions})) for v in res.events),
        "stories": sorted(
            (s.title, tuple(sorted(docs[d] for d in s.documents)), len(s.events)) for s in res.stories),
    }


@pytest.fixture(scope="module")
def rebuilt(tmp_path_factory: pytest.TempPathFactory) -> tuple[Resolution, dict[str, str]]:
    db = tmp_path_factory.mktemp("rebuild") / "all.db"
    res = _build_in_steps(db, [SET_A + SET_B])
    with Store.open(db) as store:
        docs = {d.id: Path(d.source).name for d in store.iter_documents()}
    return res, docs


def test_incremental_fixture_corpus_gives_a_real_picture(rebuilt: tuple[Resolution, dict[str, str]]) -> None:
    res, docs = rebuilt
    assert len(docs) == len(SET_A) + len(SET_B) >= 6
    seen = picture(res, docs)
    multi_doc = [e for e in seen["entities"] if e[3] >= 3]
    assert len(multi_doc) >= 3, "the corpus should give entities mentioned across several articles"
    assert seen["events"], "the corpus should give events"
    assert len(res.stories) >= 1


def test_incremental_a_then_b_equals_a_and_b_together(
        tmp_path: Path, rebuilt: tuple[Resolution, dict[str, str]]) -> None:
    together, docs = rebuilt
    stepwise = _build_in_steps(tmp_path / "steps.db", [SET_A, SET_B])
    assert picture(stepwise, docs) == picture(together, docs)
    # same arrival order: even the ids and every detail agree
    assert stepwise.to_dict() == together.to_dict()


def test_incremental_one_article_at_a_time_equals_rebuild(
        tmp_path: Path, rebuilt: tuple[Resolution, dict[str, str]]) -> None:
    together, docs = rebuilt
    stepwise = _build_in_steps(tmp_path / "one_by_one.db", [SET_A, *([f] for f in SET_B)])
    assert picture(stepwise, docs) == picture(together, docs)


def test_incremental_picture_does_not_depend_on_arrival_order(
        tmp_path: Path, rebuilt: tuple[Resolution, dict[str, str]]) -> None:
    together, docs = rebuilt
    reversed_order = _build_in_steps(tmp_path / "reversed.db", [SET_B[::-1], SET_A[::-1]])
    assert picture(reversed_order, docs) == picture(together, docs)
    # ids come from document ids and offsets, not from the order of arrival
    assert reversed_order.to_dict() == together.to_dict()


def test_stories_grouped_in_a_second_process_are_the_same(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, rebuilt: tuple[Resolution, dict[str, str]]) -> None:
    together, docs = rebuilt
    monkeypatch.setenv("NEWSGRAPH_PARALLEL_STORIES", "1")  # what a large corpus gets
    apart = _build_in_steps(tmp_path / "parallel.db", [SET_A + SET_B])
    assert [(s.id, s.title, s.documents, s.events) for s in apart.stories] == \
        [(s.id, s.title, s.documents, s.events) for s in together.stories]
    assert picture(apart, docs) == picture(together, docs)


def test_new_article_into_a_large_store_is_analysed_in_a_process_of_its_own(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, rebuilt: tuple[Resolution, dict[str, str]]) -> None:
    """Into a large store, one new article is analysed in a worker process (the model never loads in the
    process that resolves); the picture is the same as analysing it here."""
    import newsgraph.pipeline.build as build_module
    import newsgraph.pipeline.runner as runner_module

    together, docs = rebuilt
    calls: list[tuple[int, bool]] = []
    real_stream = runner_module.analyze_stream

    def spy(batches: Any, *, workers: int = 1, isolate: bool = False, **kw: Any) -> Any:
        calls.append((workers, isolate))
        return real_stream(batches, workers=workers, isolate=isolate, **kw)

    monkeypatch.setattr(build_module, "analyze_stream", spy)
    monkeypatch.setattr(build_module, "ISOLATE_ANALYSIS_MIN_DOCS", len(SET_A) + 1)  # "large" from set A + 1 on
    stepwise = _build_in_steps(tmp_path / "isolated.db", [SET_A, [SET_B[0]], SET_B[1:]])
    assert calls == [(1, False), (1, True), (1, True)]
    assert picture(stepwise, docs) == picture(together, docs)
    assert stepwise.to_dict() == together.to_dict()
