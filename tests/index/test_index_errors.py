"""Bad index files get a clear message (exit 2, no traceback), never a crash."""

from __future__ import annotations

import ast
import sqlite3
from pathlib import Path

import pytest

from factcheck import api
from factcheck.cli import main
from factcheck.errors import InputError
from factcheck.index.schema import open_index

PACKAGE = Path(__file__).resolve().parents[2] / "factcheck"


def _check_against(db, capsys) -> tuple[int, str]:
    code = main(["check", "examples/draft.md", "--against", str(db)])
    return code, capsys.readouterr().err


def test_a_file_that_is_not_a_database_is_refused_with_a_message(in_repo, tmp_path, capsys):
    db = tmp_path / "junk.db"
    db.write_bytes(b"this is not sqlite at all\n" * 40)
    code, err = _check_against(db, capsys)
    assert code == 2
    assert "not a factcheck index (not an SQLite database)" in err and "Traceback" not in err


def test_a_foreign_sqlite_database_is_refused_and_left_untouched(in_repo, tmp_path, capsys):
    db = tmp_path / "other.db"
    conn = sqlite3.connect(db)
    conn.execute("CREATE TABLE customers (name TEXT)")
    conn.commit()
    conn.close()
    before = db.read_bytes()
    code, err = _check_against(db, capsys)
    assert code == 2 and "an SQLite database, but not a factcheck index" in err
    assert main(["index", "examples/", "--db", str(db)]) == 2
    assert "not a factcheck index" in capsys.readouterr().err
    assert db.read_bytes() == before


def test_a_damaged_index_is_reported_with_what_to_do(in_repo, tmp_path, capsys):
    db = tmp_path / "a.db"
    api.build_index(["examples/"], db)
    data = bytearray(db.read_bytes())
    data[100:4096 * 3] = b"\xff" * (4096 * 3 - 100)  # keep the magic header, wreck the schema
    db.write_bytes(bytes(data))
    code, err = _check_against(db, capsys)
    assert code == 2
    assert "index" in err and "Traceback" not in err


def test_an_index_of_an_older_schema_says_how_to_rebuild(in_repo, tmp_path, capsys):
    db = tmp_path / "old.db"
    api.build_index(["examples/"], db)
    conn = sqlite3.connect(db)
    conn.execute("UPDATE meta SET value = '0' WHERE key = 'schema_version'")
    conn.commit()
    conn.close()
    code, err = _check_against(db, capsys)
    assert code == 2
    assert "older factcheck (index schema 0" in err and "factcheck index" in err and str(db) in err


def test_an_index_of_a_newer_schema_asks_for_an_upgrade(tmp_path, in_repo):
    db = tmp_path / "new.db"
    api.build_index(["examples/"], db)
    conn = sqlite3.connect(db)
    conn.execute("UPDATE meta SET value = '99' WHERE key = 'schema_version'")
    conn.commit()
    conn.close()
    with pytest.raises(InputError, match="newer factcheck"):
        open_index(db)


def test_a_missing_index_is_a_usage_message(tmp_path, in_repo, capsys):
    code, err = _check_against(tmp_path / "nowhere.db", capsys)
    assert code == 2 and "no such index" in err and "factcheck index" in err


def test_index_help_has_an_example(capsys):
    with pytest.raises(SystemExit):
        main(["index", "--help"])
    out = capsys.readouterr().out
    assert "--db FILE" in out and "--jobs" in out and "factcheck index archive/ --db archive.db" in out


def test_only_the_api_imports_the_index_package():
    importers = set()
    for path in PACKAGE.rglob("*.py"):
        rel = path.relative_to(PACKAGE)
        if rel.parts[0] == "index":
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ImportFrom) and node.module and (
                    node.module == "index" or node.module.startswith("index.")
                    or node.module.startswith("factcheck.index")):
                importers.add(rel.as_posix())
    assert importers <= {"api.py"}, importers


def test_a_check_on_an_unfinished_index_warns_that_copies_may_not_be_grouped(in_repo, tmp_path):
    db = tmp_path / "a.db"
    api.build_index(["examples/"], db)
    conn = sqlite3.connect(db)
    conn.execute("UPDATE meta SET value = '1' WHERE key = 'groups_dirty'")
    conn.commit()
    conn.close()
    checked = api.load_corpus(["examples/draft.md"])
    report = api.check(checked.documents, focus=["examples/draft.md"], index=db)
    assert any(d.code == "X902" and "factcheck index again" in d.hint for d in report.diagnostics)


def test_an_index_that_cannot_be_rekeyed_says_what_to_do(in_repo, tmp_path, capsys, monkeypatch):
    db = tmp_path / "ro.db"
    api.build_index(["examples/"], db)

    def readonly(*args, **kwargs):  # what SQLite says on a read-only file or folder
        raise sqlite3.OperationalError("attempt to write a readonly database")

    monkeypatch.setattr("factcheck.index.query.rekey", readonly)
    code = main(["check", "examples/draft.md", "--against", str(db), "--rules", "rules/quantities"])
    err = capsys.readouterr().err
    assert code == 2 and "--rules" in err and "Traceback" not in err


def test_an_index_of_schema_1_is_upgraded_in_place_by_the_next_check(in_repo, tmp_path):
    db = tmp_path / "v1.db"
    api.build_index(["examples/"], db)
    conn = sqlite3.connect(db)
    conn.execute("DROP TABLE pairs")  # what version 1 did not have
    conn.execute("UPDATE meta SET value = '1' WHERE key = 'schema_version'")
    conn.commit()
    conn.close()
    checked = api.load_corpus(["examples/draft.md"])
    report = api.check(checked.documents, focus=["examples/draft.md"], index=db)
    assert report.findings
    conn = sqlite3.connect(db)
    assert conn.execute("SELECT value FROM meta WHERE key = 'schema_version'").fetchone()[0] == "2"
    assert conn.execute("SELECT count(*) FROM pairs").fetchone()[0] == 0
    conn.close()
    assert api.build_index(["examples/"], db).unchanged == 6


def test_a_second_run_compares_no_texts_it_compared_before(archive, tmp_path, monkeypatch):
    db = tmp_path / "a.db"
    api.build_index([archive], db)
    calls = []
    import factcheck.index.groups as groups

    real = groups.is_copy
    monkeypatch.setattr(groups, "is_copy", lambda a, b: calls.append(1) or real(a, b))
    conn = sqlite3.connect(db)
    conn.execute("UPDATE meta SET value = '1' WHERE key = 'groups_dirty'")
    conn.commit()
    conn.close()
    api.build_index([archive], db)
    assert calls == []
