"""The index on hostile archives (issue 16): folders that cannot be read, files that vanish
mid-run, names that are not UTF-8 and damaged records never cost documents or a traceback."""

from __future__ import annotations

import os
import sqlite3
import zlib
from pathlib import Path

import pytest

from factcheck import api
from factcheck.cli import main
from factcheck.index.query import fetch

STORY = ("---\ntitle: Valley flood\nsource: {source}\npublished: 2025-05-0{day}\n---\n"
         "About {cost},000 people have left their homes in the Orrin valley after the river burst its "
         "banks, the regional emergency agency said.\n")


def _write(folder: Path, name: str, source: str, day: int, cost: int) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    path.write_text(STORY.format(source=source, day=day, cost=cost), encoding="utf-8")
    return path


def _docs(db) -> list[str]:
    conn = sqlite3.connect(db)
    rows = sorted(r[0] if isinstance(r[0], str) else r[0].decode("utf-8", "surrogatepass")
                  for r in conn.execute("SELECT doc_id FROM documents"))
    conn.close()
    return rows


def test_an_unreadable_subfolder_is_reported_and_its_documents_kept(tmp_path, monkeypatch, deny_folder):
    archive, db = tmp_path / "archive", tmp_path / "a.db"
    _write(archive / "2024", "a.md", "Valley Post", 1, 40)
    _write(archive / "2025", "b.md", "Delta Times", 2, 40)
    first = api.build_index([archive], db, jobs=1)
    assert first.indexed == 2
    deny_folder(archive / "2024")
    again = api.build_index([archive], db, jobs=1)
    assert again.removed == 0 and again.unchanged == 1
    (diag,) = [d for d in again.diagnostics if d.code == "I003"]
    assert diag.path.endswith("2024") and "cannot read folder" in diag.message
    assert len(_docs(db)) == 2
    monkeypatch.undo()
    (archive / "2025" / "b.md").unlink()  # a real deletion is still noticed
    assert api.build_index([archive], db, jobs=1).removed == 1


def test_an_unreadable_top_folder_removes_nothing(tmp_path, monkeypatch, capsys, deny_folder):
    archive, db = tmp_path / "archive", tmp_path / "a.db"
    _write(archive, "a.md", "Valley Post", 1, 40)
    api.build_index([archive], db, jobs=1)
    deny_folder(archive)
    assert main(["index", str(archive), "--db", str(db), "--jobs", "1"]) in (0, 2)
    err = capsys.readouterr().err
    assert "cannot read folder" in err and "0 removed" in err and "Traceback" not in err
    assert len(_docs(db)) == 1


def test_a_file_that_vanishes_mid_run_is_not_counted_or_written(tmp_path, monkeypatch):
    from factcheck.index import build

    archive, db = tmp_path / "archive", tmp_path / "a.db"
    keep = _write(archive, "keep.md", "Valley Post", 1, 40)
    old = _write(archive, "old.md", "Delta Times", 2, 40)
    api.build_index([archive], db, jobs=1)
    old.write_text(old.read_text(encoding="utf-8").replace("40", "45"), encoding="utf-8")  # changed
    new = _write(archive, "new.md", "Harbour Post", 3, 41)
    real = build.file_hash

    def hash_then_vanish(path, meta, version):
        digest = real(path, meta, version)
        if path.name in ("old.md", "new.md"):
            path.unlink()  # gone between hashing and reading
        return digest

    monkeypatch.setattr(build, "file_hash", hash_then_vanish)
    stats = api.build_index([archive], db, jobs=1)
    assert (stats.indexed, stats.unchanged, stats.documents) == (0, 1, 0)
    assert sorted(d.code for d in stats.diagnostics if d.code == "I003") == ["I003", "I003"]
    docs = _docs(db)
    assert any(d.endswith("old.md") for d in docs)  # its last indexed version stays
    assert not any(d.endswith("new.md") for d in docs) and any(d.endswith("keep.md") for d in docs)
    monkeypatch.undo()
    assert api.build_index([archive], db, jobs=1).removed == 1  # the next run sees old.md gone
    assert keep.exists() and not new.exists()


def test_permission_denied_is_i003_not_the_size_limit(tmp_path, monkeypatch):
    from factcheck.index import build

    archive, db = tmp_path / "archive", tmp_path / "a.db"
    _write(archive, "a.md", "Valley Post", 1, 40)

    def denied(path, meta, version):
        raise PermissionError(13, "Permission denied", str(path))

    monkeypatch.setattr(build, "file_hash", denied)
    stats = api.build_index([archive], db, jobs=1)
    (diag,) = stats.diagnostics
    assert diag.code == "I003" and "Permission denied" in diag.message and "permissions" in diag.hint
    assert stats.indexed == 0


def _bytes_name(folder: Path, name: bytes, source: str, cost: int) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    try:
        path = Path(os.fsdecode(os.path.join(os.fsencode(folder), name)))
        path.write_text(STORY.format(source=source, day=4, cost=cost), encoding="utf-8")
    except (OSError, UnicodeError):
        pytest.skip("this file system refuses file names that are not UTF-8")
    return path


def test_file_names_that_are_not_utf8_are_indexed_and_read_back(tmp_path, capsys):
    archive, db = tmp_path / "archive", tmp_path / "a.db"
    odd = _bytes_name(archive, b"r\xe9gion.md", "Valley Post", 40)
    _write(archive, "plain.md", "Delta Times", 2, 40)
    assert main(["index", str(archive), "--db", str(db), "--jobs", "1"]) == 0
    err = capsys.readouterr().err
    assert "Traceback" not in err and "2 file(s) indexed" in err
    assert any(d.endswith("r\udce9gion.md") for d in _docs(db))
    # A draft that pairs with it gets it back with its name and claims intact.
    draft = _write(tmp_path / "drafts", "draft.md", "Our desk", 5, 40)
    checked = api.load_corpus([draft])
    claims = api.extract(checked.documents)
    piece = fetch(db, api.load_rules(), checked.documents, claims, {d.id for d in checked.documents})
    assert not piece.diagnostics
    (doc,) = [d for d in piece.documents if d.path.endswith("gion.md")]
    assert doc.id.endswith("r\udce9gion.md") and doc.source == "Valley Post"
    assert any(c.doc == doc.id for c in piece.claims)
    # Unchanged on the next run; removed when deleted.
    again = api.build_index([archive], db, jobs=1)
    assert (again.unchanged, again.removed) == (2, 0)
    odd.unlink()
    assert api.build_index([archive], db, jobs=1).removed == 1


def test_a_syndicated_copy_with_a_non_utf8_name_joins_the_group(tmp_path):
    archive, db = tmp_path / "archive", tmp_path / "a.db"
    _bytes_name(archive, b"copy-\xff.md", "Valley Post", 40)
    _write(archive, "original.md", "Valley Post", 4, 40)
    api.build_index([archive], db, jobs=1)
    conn = sqlite3.connect(db)
    groups = {grp for (grp,) in conn.execute("SELECT grp FROM documents")}
    conn.close()
    assert len(groups) == 1


# --- damaged records ---------------------------------------------------------------------------

def _damage(db, doc_suffix: str, **columns) -> None:
    conn = sqlite3.connect(db)
    (row,) = [r for (r, d) in conn.execute("SELECT id, doc_id FROM documents") if d.endswith(doc_suffix)]
    for column, value in columns.items():
        conn.execute(f"UPDATE documents SET {column} = ? WHERE id = ?", (value, row))
    conn.commit()
    conn.close()


def _claims_of(db, doc_suffix: str) -> list[bytes]:
    conn = sqlite3.connect(db)
    (blob,) = [b for (d, b) in conn.execute("SELECT doc_id, claims FROM documents") if d.endswith(doc_suffix)]
    conn.close()
    return zlib.decompress(blob).split(b"\n")


def _check(db, rules=None):
    checked = api.load_corpus(["examples/draft.md"])
    return api.check(checked.documents, rules, focus=[d.id for d in checked.documents], index=db)


@pytest.fixture
def examples_db(in_repo, tmp_path):
    db = tmp_path / "examples.db"
    api.build_index(["examples/"], db, jobs=1)
    return db


def _damaged_messages(report, doc_suffix="coastline-wire.md"):
    found = [d for d in report.diagnostics if d.code == "X903"]
    assert found and all(d.severity == "error" for d in found)
    assert any(doc_suffix in d.message for d in found)
    for d in found:
        assert "damaged or unreadable index" in d.message and "run factcheck index again" in d.message
    return found


@pytest.mark.parametrize("blob", [b"\x78\x9c garbage", b"", zlib.compress(b"x" * 40)[:-6]])
def test_a_bad_compressed_claims_blob_is_the_damaged_index_message(examples_db, blob):
    _damage(examples_db, "coastline-wire.md", claims=blob)
    report = _check(examples_db)
    _damaged_messages(report)
    assert not any(d.id.endswith("coastline-wire.md") for d in report.documents)
    assert report.findings  # the other sources are still compared


def test_a_bad_compressed_text_blob_is_the_damaged_index_message(examples_db):
    _damage(examples_db, "coastline-wire.md", text=b"not zlib at all")
    _damaged_messages(_check(examples_db))


def test_valid_json_of_the_wrong_shape_is_reported_not_dropped(examples_db):
    n = len(_claims_of(examples_db, "coastline-wire.md"))
    _damage(examples_db, "coastline-wire.md", claims=zlib.compress(b"\n".join([b'{"answer": 42}'] * n)))
    (diag,) = _damaged_messages(_check(examples_db))
    assert "claims: claim " in diag.message and "validation error" in diag.message


def test_a_claims_record_shorter_than_the_index_says_is_reported(examples_db):
    lines = _claims_of(examples_db, "coastline-wire.md")
    assert len(lines) > 1
    _damage(examples_db, "coastline-wire.md", claims=zlib.compress(lines[0]))
    (diag,) = _damaged_messages(_check(examples_db))
    assert f"1 stored, the index lists {len(lines)}" in diag.message


def test_claims_of_another_document_are_reported(examples_db):
    theirs = _claims_of(examples_db, "vessa-daily.txt")
    mine = _claims_of(examples_db, "coastline-wire.md")
    forged = (theirs * len(mine))[:len(mine)]
    _damage(examples_db, "coastline-wire.md", claims=zlib.compress(b"\n".join(forged)))
    (diag,) = _damaged_messages(_check(examples_db))
    assert "another document" in diag.message


def test_document_metadata_of_the_wrong_shape_is_reported(examples_db):
    _damage(examples_db, "coastline-wire.md", info='{"id": 7}')
    _damaged_messages(_check(examples_db))


def test_damaged_records_are_reported_when_the_index_is_rekeyed(examples_db):
    _damage(examples_db, "coastline-wire.md", claims=b"garbage")
    report = _check(examples_db, api.load_rules(["rules/quantities"]))
    assert {d.code for d in report.diagnostics} >= {"X901", "X903"}


def test_damaged_records_are_reported_by_the_indexer(examples_db, capsys):
    _damage(examples_db, "coastline-wire.md", text=b"garbage")
    # Other rules: every record is read again to key it.
    assert main(["index", "examples/", "--db", str(examples_db), "--jobs", "1", "--rules", "rules/dates"]) == 0
    err = capsys.readouterr().err
    assert "X903" in err and "coastline-wire.md" in err and "Traceback" not in err


def test_cli_check_against_a_damaged_record_has_no_traceback(examples_db, capsys):
    _damage(examples_db, "coastline-wire.md", claims=b"\x00\x01")
    code = main(["check", "examples/draft.md", "--against", str(examples_db), "--format", "text"])
    err = capsys.readouterr().err
    assert code == 1 and "X903" in err and "Traceback" not in err


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="named pipes are POSIX")
def test_a_named_pipe_in_the_archive_is_reported_without_blocking(tmp_path):
    archive, db = tmp_path / "archive", tmp_path / "a.db"
    _write(archive, "a.md", "Valley Post", 1, 40)
    os.mkfifo(archive / "feed.txt")  # opening it for reading would wait for a writer forever
    stats = api.build_index([archive], db, jobs=1)
    (diag,) = stats.diagnostics
    assert (diag.code, diag.message) == ("I003", "not a regular file; skipped")
    assert diag.path.endswith("feed.txt") and stats.indexed == 1
