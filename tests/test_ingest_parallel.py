"""A large folder is read by worker processes, with the same documents, errors and order as one process."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from newsgraph.errors import IngestError
from newsgraph.ingest import iter_documents, sources

FIXTURES = Path(__file__).parent / "fixtures"


def _folder(tmp_path: Path) -> Path:
    folder = tmp_path / "mixed"
    folder.mkdir()
    for sub in ("cli", "cli_bad", "ingest"):
        for f in (FIXTURES / sub).iterdir():
            shutil.copy(f, folder / f"{sub}_{f.name}")
    return folder


def _summary(items: list[object]) -> list[tuple[str, str, str]]:
    return [("error", str(i), "") if isinstance(i, IngestError) else ("doc", i.source, i.text)  # type: ignore[attr-defined]
            for i in items]


def test_parallel_folder_reading_gives_what_one_process_gives(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    folder = _folder(tmp_path)
    one = _summary(list(iter_documents([str(folder)], workers=1)))
    monkeypatch.setattr(sources, "PARALLEL_MIN_FILES", 2)
    seen: list[int] = []
    original = sources.Ingestor.files_in_parallel

    def spy(self: sources.Ingestor, files: list[str]):  # type: ignore[no-untyped-def]
        seen.append(len(files))
        yield from original(self, files)

    monkeypatch.setattr(sources.Ingestor, "files_in_parallel", spy)
    two = _summary(list(iter_documents([str(folder)], workers=2)))
    assert seen, "the folder was not read in parallel"
    assert two == one
    kinds = {k for k, _, _ in one}
    assert kinds == {"doc", "error"}  # the fixture holds good and bad files, and feeds
    assert any("feed" in src for _, src, _ in one)


def test_a_file_that_breaks_the_extractor_is_one_error_and_the_rest_goes_on(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    folder = tmp_path / "pages"
    folder.mkdir()
    (folder / "a_good.txt").write_text("Leaders met in Nairobi on Monday to discuss trade.\n\n"
                                       "The talks lasted three hours, officials said.\n", encoding="utf-8")
    (folder / "b_bad.html").write_text("<html><body><p>Anything</p></body></html>", encoding="utf-8")

    def broken(*_args: object, **_kwargs: object) -> None:
        raise ValueError("parser exploded")

    monkeypatch.setattr(sources, "extract_html", broken)
    items = list(iter_documents([str(folder)]))
    errors = [i for i in items if isinstance(i, IngestError)]
    assert len(items) == 2 and len(errors) == 1
    assert "b_bad.html" in str(errors[0]) and "ValueError: parser exploded" in str(errors[0])
    assert "\n" not in str(errors[0])


def test_parallel_readers_hash_each_text_for_the_store(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # The reading processes compute the near-duplicate signatures; the store keeps exactly what it
    # would have computed itself, so near-duplicates found later are the same either way.
    from newsgraph.ingest.dedup import text_signature
    from newsgraph.pipeline.ingesting import ingest_into
    from newsgraph.store import Store

    folder = _folder(tmp_path)
    monkeypatch.setattr(sources, "PARALLEL_MIN_FILES", 2)
    signatures: dict[str, bytes] = {}
    docs = [d for d in iter_documents([str(folder)], workers=2, signatures=signatures) if not isinstance(d, IngestError)]
    from_files = [d for d in docs if not d.source.startswith("http")]  # feed entries are parsed here
    assert from_files and set(signatures) == {d.content_hash for d in from_files}
    assert all(signatures[d.content_hash] == text_signature(d.text) for d in from_files)

    stored: list[dict[str, bytes]] = []
    for workers in (1, 2):
        with Store.open(tmp_path / f"w{workers}.db") as store:
            report = ingest_into(store, [str(folder)], workers=workers)
            assert report.new
            with store.engine.connect() as conn:
                stored.append({d: bytes(s) for d, s in conn.exec_driver_sql("select doc_id, minhash from signatures")})
    assert stored[0] == stored[1] and len(stored[0]) >= 2
