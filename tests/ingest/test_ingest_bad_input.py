"""Bad input: each problem is one located diagnostic, and the rest of the run goes on."""

from __future__ import annotations

from pathlib import Path

from factcheck.ingest import load_corpus

GOOD = "Bus fares rise\n\nBus fares in the city will rise by 5% in June, the operator said on Friday.\n"


def _load(tmp_path: Path, **kwargs):
    (tmp_path / "good.txt").write_text(GOOD, encoding="utf-8")
    corpus = load_corpus([tmp_path], **kwargs)
    assert any(d.id.endswith("good.txt") for d in corpus.documents), "the good file must still be read"
    return corpus


def _codes(corpus, name: str) -> list[str]:
    return [d.code for d in corpus.diagnostics if d.path and d.path.endswith(name)]


def test_empty_file(tmp_path):
    (tmp_path / "empty.txt").write_text("  \n\n", encoding="utf-8")
    corpus = _load(tmp_path)
    assert _codes(corpus, "empty.txt") == ["I007"]
    assert len(corpus.documents) == 1


def test_binary_file(tmp_path):
    (tmp_path / "photo.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 4)
    corpus = _load(tmp_path)
    assert _codes(corpus, "photo.txt") == ["I004"]


def test_binary_file_without_nul_bytes(tmp_path):
    (tmp_path / "blob.html").write_bytes(bytes(range(1, 32)) * 50)
    assert _codes(_load(tmp_path), "blob.html") == ["I004"]


def test_windows_1252_text_is_decoded_with_a_warning(tmp_path):
    (tmp_path / "legacy.txt").write_bytes("Caf\u00e9 prices rose 3% \u2013 the owner said.\n".encode("cp1252"))
    corpus = _load(tmp_path)
    (diag,) = [d for d in corpus.diagnostics if d.path.endswith("legacy.txt") and d.code != "I009"]
    assert (diag.code, diag.severity, diag.line) == ("I005", "warning", 1)
    doc = next(d for d in corpus.documents if d.id.endswith("legacy.txt"))
    assert "Caf\u00e9" in doc.text and "\u2013" in doc.text


def test_undecodable_bytes_are_replaced_with_a_warning(tmp_path):
    (tmp_path / "broken.txt").write_bytes(b"Line one is fine.\nPrices rose \x81\x8d 4% in May.\n")
    corpus = _load(tmp_path)
    (diag,) = [d for d in corpus.diagnostics if d.path.endswith("broken.txt") and d.code != "I009"]
    assert (diag.code, diag.line) == ("I005", 2)
    doc = next(d for d in corpus.documents if d.id.endswith("broken.txt"))
    assert "\ufffd" in doc.text


def test_huge_file_is_refused_without_reading_it(tmp_path):
    huge = tmp_path / "huge.txt"
    with huge.open("wb") as fh:  # sparse: 200.5 MB on paper, nothing on disk
        fh.truncate(200 * 1024 * 1024 + 512 * 1024)
    corpus = _load(tmp_path)
    (diag,) = [d for d in corpus.diagnostics if d.path.endswith("huge.txt")]
    # Sizes in MB of 1024 x 1024 bytes, as docs/ingest.md gives the limit ("64 MB").
    assert diag.code == "I002" and diag.message == "file is 200.5 MB, over the 64 MB limit; skipped"
    assert diag.hint and "--max-bytes" not in diag.hint  # no such option


def test_broken_jsonl_line(tmp_path):
    (tmp_path / "feed.jsonl").write_text(
        '{"text": "Tolls rise 2% in May, the bridge company said."}\n{"text": "unterminated\n'
        '{"text": "Tolls fell 1% in 2023, the company said."}\n', encoding="utf-8")
    corpus = _load(tmp_path)
    (diag,) = [d for d in corpus.diagnostics if d.code == "I011"]
    assert diag.path.endswith("feed.jsonl") and diag.line == 2
    assert diag.format().startswith(f"{diag.path}:2:")
    assert sorted(d.id.rsplit("#", 1)[-1] for d in corpus.documents if "#" in d.id) == ["1", "3"]


def test_manifest_naming_a_missing_file(tmp_path):
    (tmp_path / "sources.csv").write_text("file,source\ngood.txt,City Post\ngone.txt,Nobody\n", encoding="utf-8")
    corpus = _load(tmp_path)
    (diag,) = [d for d in corpus.diagnostics if d.code == "M007"]
    assert diag.path.endswith("sources.csv") and diag.line == 3 and "gone.txt" in diag.message
    assert corpus.documents[0].source == "City Post"


def test_impossible_date_in_manifest(tmp_path):
    (tmp_path / "sources.csv").write_text("file,published\ngood.txt,31/31/2025\n", encoding="utf-8")
    corpus = _load(tmp_path)
    (diag,) = [d for d in corpus.diagnostics if d.code == "M006"]
    assert diag.line == 2 and "31/31/2025" in diag.message
    assert corpus.documents[0].published is None


def test_impossible_date_in_the_text_stamp(tmp_path):
    (tmp_path / "stamped.txt").write_text(
        "Tram line extended\n\nCity Post 31/31/2025\n\nThe tram line will get 3 more stops next year, "
        "the council said.\n", encoding="utf-8")
    corpus = _load(tmp_path)
    assert _codes(corpus, "stamped.txt") == ["I014", "I009"]
    (diag,) = [d for d in corpus.diagnostics if d.code == "I014"]
    assert diag.line == 3 and "31/31/2025" in diag.message


def test_impossible_date_in_front_matter(tmp_path):
    (tmp_path / "draft.md").write_text("---\npublished: 2025-02-30\n---\nRents rose 4% in May.\n", encoding="utf-8")
    corpus = _load(tmp_path)
    (diag,) = [d for d in corpus.diagnostics if d.code == "I008"]
    assert diag.path.endswith("draft.md") and "2025-02-30" in diag.message


def test_impossible_date_on_the_command_line(tmp_path):
    corpus = _load(tmp_path, published="31/31/2025")
    assert [d.code for d in corpus.diagnostics if d.code == "I020"] == ["I020"]


def test_malformed_manifest_keeps_earlier_rows(tmp_path):
    (tmp_path / "sources.csv").write_bytes(b"file,source\ngood.txt,City Post\n\"bad.txt,\x00Oops\n")
    corpus = _load(tmp_path)
    assert [d.code for d in corpus.diagnostics if d.code.startswith("M")] == ["M001"]


def test_missing_path_and_unsupported_file(tmp_path):
    odd = tmp_path / "notes.docx"
    odd.write_bytes(b"PK\x03\x04")
    (tmp_path / "good.txt").write_text(GOOD, encoding="utf-8")
    corpus = load_corpus([tmp_path / "good.txt", tmp_path / "nope.txt", odd])
    assert [d.code for d in corpus.diagnostics if d.code != "I009"] == ["I001", "I006"]
    assert len(corpus.documents) == 1


def test_html_page_without_visible_text(tmp_path):
    (tmp_path / "shell.html").write_text("<html><head><script>var x = 1;</script></head><body> </body></html>",
                                         encoding="utf-8")
    corpus = _load(tmp_path)
    assert _codes(corpus, "shell.html") == ["I007"]


def test_manifest_in_windows_1252_and_duplicate_rows(tmp_path):
    (tmp_path / "sources.csv").write_bytes("file,source\ngood.txt,Le Caf\u00e9\ngood.txt,Caf\u00e9 Post\n".encode("cp1252"))
    corpus = _load(tmp_path)
    codes = [d.code for d in corpus.diagnostics if d.code.startswith("M")]
    assert codes == ["M008", "M009"]
    assert corpus.documents[0].source == "Caf\u00e9 Post"


def test_html_in_its_declared_legacy_charset(tmp_path):
    page = '<html><head><meta charset="shift_jis"></head><body><p>東京の会議は3月30日に開かれた。</p></body></html>'
    (tmp_path / "tokyo.html").write_bytes(page.encode("shift_jis"))
    corpus = _load(tmp_path)
    doc = next(d for d in corpus.documents if d.id.endswith("tokyo.html"))
    assert "東京" in doc.text
    (diag,) = [d for d in corpus.diagnostics if d.path.endswith("tokyo.html") and d.code == "I005"]
    assert "shift_jis" in diag.message


def test_named_pipe_is_refused_without_blocking(tmp_path):
    import os

    fifo = tmp_path / "feed.txt"
    os.mkfifo(fifo)
    corpus = _load(tmp_path)
    assert _codes(corpus, "feed.txt") == ["I003"]
