"""Local inputs: files, folders, stdin, JSONL, feed files, HTML, and every kind of bad input."""

from __future__ import annotations

import io
import json
import shutil
from pathlib import Path

import pytest

from newsgraph.errors import IngestError, Rejected
from newsgraph.ingest import iter_documents
from newsgraph.model import Document, content_hash
from newsgraph.pipeline.ingesting import ingest_into
from newsgraph.store import Store

FIX = Path(__file__).parent / "fixtures" / "ingest"

ARTICLE = (
    "Macron Lands in Beijing for Trade Talks\n\n"
    "By Claire Dumont\n\n"
    "French President Emmanuel Macron arrived in Beijing on Wednesday for three days of talks on trade, "
    "aviation and climate finance, his office said.\n\n"
    "He is expected to meet business leaders in Guangzhou before returning to Paris.\n"
)


def run(*sources: str, **kw: object) -> list[Document | IngestError]:
    return list(iter_documents(list(sources), **kw))  # type: ignore[arg-type]


def only_doc(results: list[Document | IngestError]) -> Document:
    assert len(results) == 1, results
    assert isinstance(results[0], Document), results[0]
    return results[0]


def only_error(results: list[Document | IngestError]) -> IngestError:
    assert len(results) == 1, results
    assert isinstance(results[0], IngestError), results[0]
    return results[0]


def test_ingest_files_plain_text_document(tmp_path: Path) -> None:
    f = tmp_path / "macron.txt"
    f.write_text(ARTICLE, encoding="utf-8")
    doc = only_doc(run(str(f)))
    assert doc.source == str(f)
    assert doc.title == "Macron Lands in Beijing for Trade Talks"
    assert doc.author == "Claire Dumont"
    assert doc.id == "d" + content_hash(doc.text)[:12]
    assert doc.published is None and doc.published_basis == "unknown"


def test_ingest_files_same_content_same_id(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "b.txt").write_text(ARTICLE.replace("\n", "\r\n"), encoding="utf-8")
    a, b = (only_doc(run(str(tmp_path / n))) for n in ("a.txt", "b.txt"))
    assert a.id == b.id


def test_ingest_files_folder_recursive_sorted_skips_hidden(tmp_path: Path) -> None:
    (tmp_path / "sub").mkdir()
    (tmp_path / ".hidden").mkdir()
    (tmp_path / "b.txt").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "sub" / "a.txt").write_text(ARTICLE.replace("Wednesday", "Thursday"), encoding="utf-8")
    (tmp_path / ".secret.txt").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / ".hidden" / "c.txt").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "notes.pdf").write_bytes(b"%PDF-1.4")
    results = run(str(tmp_path))
    assert [r.source for r in results if isinstance(r, Document)] == [
        str(tmp_path / "b.txt"),
        str(tmp_path / "sub" / "a.txt"),
    ]


def test_ingest_files_missing_path() -> None:
    err = only_error(run("/nonexistent/kyiv.txt"))
    assert str(err) == "/nonexistent/kyiv.txt: no such file or directory"


def test_ingest_files_empty_file(tmp_path: Path) -> None:
    f = tmp_path / "empty.txt"
    f.write_text("  \n\n", encoding="utf-8")
    err = only_error(run(str(f)))
    assert isinstance(err, Rejected) and "empty" in err.reason


def test_ingest_files_binary_file(tmp_path: Path) -> None:
    f = tmp_path / "photo.txt"
    f.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 4)
    err = only_error(run(str(f)))
    assert isinstance(err, Rejected) and "binary" in err.reason


def test_ingest_files_oversized_file(tmp_path: Path) -> None:
    f = tmp_path / "big.txt"
    f.write_text(ARTICLE * 20, encoding="utf-8")
    err = only_error(run(str(f), max_input_bytes=1000))
    assert isinstance(err, Rejected) and "too large" in err.reason


def test_ingest_files_unreadable_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    f = tmp_path / "locked.txt"
    f.write_text(ARTICLE, encoding="utf-8")
    real_open = open

    def deny(path: object, *a: object, **k: object) -> object:
        if str(path) == str(f):
            raise PermissionError(13, "Permission denied", str(path))
        return real_open(path, *a, **k)  # type: ignore[call-overload]

    monkeypatch.setattr("builtins.open", deny)
    err = only_error(run(str(f)))
    assert str(err) == f"{f}: cannot read file: permission denied"


def test_ingest_files_cp1252_text(tmp_path: Path) -> None:
    f = tmp_path / "cafe.txt"
    text = (
        "Erdoğan’s envoy visits Paris café district\n\n"
        "The envoy met Macron’s advisers at a café near the Élysée on Monday and said the talks were “useful”. "
        "Officials in Ankara declined to comment on the résumé of proposals.\n"
    ).replace("ğ", "g")  # cp1252 has no ğ
    f.write_bytes(text.encode("cp1252"))
    doc = only_doc(run(str(f)))
    assert "café near the Élysée" in doc.text
    assert "“useful”" in doc.text


def test_ingest_files_latin1_text_ties_go_to_western(tmp_path: Path) -> None:
    f = tmp_path / "ankara.txt"
    text = (
        "Le président Macron a rencontré le président turc à Ankara. Les deux dirigeants ont évoqué le blé, "
        "la sécurité régionale et l'énergie pendant près de trois heures.\n"
    )
    f.write_bytes(text.encode("latin-1"))
    doc = only_doc(run(str(f)))
    assert "turc à Ankara" in doc.text and "près de trois heures" in doc.text


@pytest.mark.parametrize(
    ("name", "data"),
    [
        ("scan.pdf", b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Length 9 >>\nstream\n\x78\x9c\x00\x01\nendstream\n"),
        ("archive.gz", b"\x1f\x8b\x08\x00\x00\x00\x00\x00\x00\x03" + bytes(range(1, 200)) * 3),
        ("noise.bin", bytes((i * 37 + 11) % 255 + 1 for i in range(3000))),
    ],
)
def test_ingest_files_unsupported_binary_named_explicitly(tmp_path: Path, name: str, data: bytes) -> None:
    f = tmp_path / name
    f.write_bytes(data)
    err = only_error(run(str(f)))
    assert isinstance(err, Rejected) and "binary" in err.reason
    assert str(err).startswith(f"{f}: ") and "\n" not in str(err)


def test_ingest_files_stdin_text_and_html() -> None:
    doc = only_doc(run("-", stdin=io.StringIO(ARTICLE)))
    assert doc.source == "-" and doc.author == "Claire Dumont"
    html = (FIX / "article.html").read_text(encoding="utf-8")
    doc = only_doc(run("-", stdin=io.StringIO(html)))
    assert doc.title == "Macron and Erdoğan agree to reopen grain talks"


def test_ingest_files_html_page() -> None:
    doc = only_doc(run(str(FIX / "article.html")))
    assert doc.title == "Macron and Erdoğan agree to reopen grain talks"
    assert doc.outlet == "Harbor Ledger"
    assert doc.author == "Claire Dumont"
    assert doc.published == "2024-03-14" and doc.published_basis == "metadata"
    assert doc.text.startswith("French President Emmanuel Macron")
    assert any("shake hands" in c for c in doc.captions)
    for junk in ("shake hands", "Port strike", "Subscribe", "All rights reserved", "Sport"):
        assert junk not in doc.text


def test_ingest_files_html_without_article() -> None:
    err = only_error(run(str(FIX / "empty_article.html")))
    assert isinstance(err, Rejected)
    assert err.reason == "no article text found"


def test_ingest_files_jsonl_good_and_bad_lines(tmp_path: Path) -> None:
    html = (FIX / "article.html").read_text(encoding="utf-8")
    lines = [
        json.dumps(
            {
                "text": ARTICLE,
                "url": "http://example.invalid/beijing",
                "outlet": "Harbor Ledger",
                "published": "2024-04-03T10:00:00Z",
            }
        ),
        "",
        "{not json",
        json.dumps({"title": "Only a title"}),
        json.dumps({"html": html, "title": "Grain talks to resume"}),
        json.dumps(["a", "list"]),
    ]
    f = tmp_path / "batch.jsonl"
    f.write_text("\n".join(lines) + "\n", encoding="utf-8")
    results = run(str(f))
    assert len(results) == 5
    first, bad_json, no_text, from_html, not_obj = results
    assert isinstance(first, Document)
    assert first.source == "http://example.invalid/beijing" and first.url == "http://example.invalid/beijing"
    assert (first.outlet, first.published, first.published_basis) == (
        "Harbor Ledger",
        "2024-04-03",
        "metadata",
    )
    assert first.title == "Macron Lands in Beijing for Trade Talks"
    assert isinstance(bad_json, IngestError) and str(bad_json).startswith(f"{f}:3: invalid JSON")
    assert isinstance(no_text, IngestError) and str(no_text) == f"{f}:4: needs 'text' or 'html'"
    assert isinstance(from_html, Document)
    assert from_html.source == f"{f}:5" and from_html.title == "Grain talks to resume"
    assert from_html.outlet == "Harbor Ledger"
    assert isinstance(not_obj, IngestError) and str(not_obj).startswith(f"{f}:6:")


def test_ingest_files_rss_with_content() -> None:
    results = run(str(FIX / "feed.rss"))
    docs = [r for r in results if isinstance(r, Document)]
    assert len(docs) == 2, results
    kim = docs[0]
    assert kim.source == "http://example.invalid/kim-shipyard"
    assert kim.title == "Kim Jong Un inspects new naval shipyard"
    assert kim.published == "2024-03-05" and kim.published_basis == "metadata"
    assert kim.outlet == "Harbor Ledger World"
    assert kim.text.startswith("North Korean leader Kim Jong Un toured")


def test_ingest_files_feed_skips_known_urls() -> None:
    known = {"http://example.invalid/kim-shipyard"}
    results = run(str(FIX / "feed.rss"), is_known_url=known.__contains__)
    assert [r.source for r in results if isinstance(r, Document)] == ["http://example.invalid/beijing-water"]


def test_ingest_files_atom_with_content() -> None:
    doc = only_doc(run(str(FIX / "feed.atom")))
    assert doc.title == "Zelenskyy names new envoy for grain exports"
    assert doc.author == "Olena Marchuk"
    assert doc.published == "2024-04-02"
    assert "Odesa" in doc.text


def test_ingest_files_malformed_feed() -> None:
    err = only_error(run(str(FIX / "broken.rss")))
    assert str(err).startswith(f"{FIX / 'broken.rss'}: malformed feed")


def test_ingest_files_bad_item_does_not_stop_run(tmp_path: Path) -> None:
    good = tmp_path / "good.txt"
    good.write_text(ARTICLE, encoding="utf-8")
    shutil.copy(FIX / "broken.rss", tmp_path / "broken.rss")
    results = run("/nonexistent.txt", str(tmp_path / "broken.rss"), str(good))
    assert [type(r).__name__ for r in results] == ["IngestError", "IngestError", "Document"]


def test_ingest_files_stdin_one_short_sentence_is_an_article() -> None:
    doc = only_doc(run("-", stdin=io.StringIO("Modi and Macron met in Paris late on Friday.\n")))
    assert doc.text == "Modi and Macron met in Paris late on Friday."


@pytest.mark.parametrize("wall", ["Page not found.", "Please enable JavaScript to continue.", "Sign in", "Modi spoke."])
def test_ingest_files_stdin_short_non_article_rejected(wall: str) -> None:
    err = only_error(run("-", stdin=io.StringIO(wall)))
    assert isinstance(err, Rejected) and err.reason == "no article text found"


def test_ingest_files_known_feed_entries_count_as_already_stored(fresh_store: Store) -> None:
    feed = str(FIX / "feed.rss")
    first = ingest_into(fresh_store, [feed])
    assert (len(first.new), len(first.duplicates)) == (2, 0)
    again = ingest_into(fresh_store, [feed])  # both links are stored now: skipped unread, but counted
    assert (len(again.new), len(again.duplicates), again.errors) == (0, 2, [])
