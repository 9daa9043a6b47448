"""Building the index: incremental, parallel, and consistent whatever happens to the run."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import time

import pytest

from factcheck import api
from factcheck.errors import InputError
from factcheck.index.schema import open_index


def _content(db) -> list[tuple]:
    """What the index says, independent of row ids: documents, groups, claims and keys."""
    conn = sqlite3.connect(db)
    docs = conn.execute("SELECT doc_id, grp, info, text, claims FROM documents ORDER BY doc_id").fetchall()
    keys = conn.execute("SELECT r.name, k.key, d.doc_id, k.ord FROM keys k JOIN rules r ON r.id = k.rule "
                        "JOIN documents d ON d.id = k.doc ORDER BY 1, 2, 3, 4").fetchall()
    files = conn.execute("SELECT path, hash FROM files ORDER BY path").fetchall()
    conn.close()
    return [docs, keys, files]


def test_a_second_run_skips_unchanged_files(archive, tmp_path):
    db = tmp_path / "a.db"
    first = api.build_index([archive], db)
    assert (first.indexed, first.unchanged, first.documents) == (20, 0, 20)
    assert first.claims > 100
    again = api.build_index([archive], db)
    assert (again.indexed, again.unchanged, again.removed) == (0, 20, 0)


def test_changed_files_are_replaced_and_deleted_files_removed(archive, tmp_path):
    db = tmp_path / "a.db"
    api.build_index([archive], db)
    changed = next(archive.glob("00000/*.md"))
    changed.write_text(changed.read_text(encoding="utf-8").replace("# ", "# Updated: ", 1), encoding="utf-8")
    gone = sorted(archive.glob("00001/*.md"))[0]
    gone.unlink()
    stats = api.build_index([archive], db)
    assert (stats.indexed, stats.unchanged, stats.removed) == (1, 18, 1)
    conn = sqlite3.connect(db)
    assert conn.execute("SELECT count(*) FROM documents").fetchone()[0] == 19
    assert conn.execute("SELECT count(*) FROM files").fetchone()[0] == 19
    orphans = conn.execute("SELECT count(*) FROM keys WHERE doc NOT IN (SELECT id FROM documents)").fetchone()[0]
    assert orphans == 0
    fresh = tmp_path / "fresh.db"
    api.build_index([archive], fresh)
    assert _content(db)[:2] == _content(fresh)[:2]


def test_files_outside_the_paths_given_are_kept(archive, tmp_path):
    db = tmp_path / "a.db"
    api.build_index([archive / "00000"], db)
    stats = api.build_index([archive / "00001"], db)
    assert stats.removed == 0
    assert sqlite3.connect(db).execute("SELECT count(*) FROM documents").fetchone()[0] == 20


def test_two_jobs_build_the_same_index_as_one(archive, tmp_path):
    one, two = tmp_path / "one.db", tmp_path / "two.db"
    api.build_index([archive], one, jobs=1)
    api.build_index([archive], two, jobs=2)
    assert _content(one) == _content(two)


def test_the_index_is_one_sqlite_file_in_wal_mode_with_a_schema_version(archive, tmp_path):
    db = tmp_path / "a.db"
    api.build_index([archive], db)
    conn = sqlite3.connect(db)
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    meta = dict(conn.execute("SELECT key, value FROM meta"))
    assert meta["application"] == "factcheck-index" and meta["schema_version"] == "2"
    assert meta["groups_dirty"] == "0"


def test_readers_see_a_consistent_snapshot_while_a_writer_adds_files(archive, tmp_path):
    db = tmp_path / "a.db"
    api.build_index([archive / "00000"], db)
    reader = sqlite3.connect(db, isolation_level=None)
    reader.execute("BEGIN")
    before = reader.execute("SELECT count(*) FROM documents").fetchone()[0]
    api.build_index([archive / "00001"], db)  # not blocked by the open read transaction
    assert reader.execute("SELECT count(*) FROM documents").fetchone()[0] == before == 10
    reader.execute("COMMIT")
    assert reader.execute("SELECT count(*) FROM documents").fetchone()[0] == 20


_KILL_SCRIPT = """
import sys
from factcheck import api
api.build_index([sys.argv[1]], sys.argv[2], jobs=1)
"""


def test_killing_the_indexer_leaves_a_consistent_index_that_a_second_run_completes(tmp_path, synth):
    archive = tmp_path / "big"
    synth.generate(archive, 300, seed=7, per_folder=100)
    draft = tmp_path / "draft.md"
    draft.write_text(synth.draft(300, seed=7, words=300), encoding="utf-8")
    checked = api.load_corpus([draft]).documents
    rules = api.load_rules()
    db = tmp_path / "k.db"
    proc = subprocess.Popen([sys.executable, "-c", _KILL_SCRIPT, str(archive), str(db)],
                            start_new_session=True, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    try:
        deadline = time.monotonic() + 60
        indexed = 0
        while time.monotonic() < deadline and proc.poll() is None:
            time.sleep(0.05)
            if db.exists():
                try:
                    conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=1)
                    indexed = conn.execute("SELECT count(*) FROM files").fetchone()[0]
                    conn.close()
                except sqlite3.Error:
                    continue
                if indexed >= 64:  # at least one batch committed, the run still going
                    break
        # Another process is writing: a check reads the committed batches meanwhile.
        report = api.check(checked, rules, focus=[d.id for d in checked], index=db)
        assert report.summary.documents >= 1
        assert proc.poll() is None, "the indexer finished before it could be killed"
        os.killpg(proc.pid, signal.SIGKILL)
    finally:
        if proc.poll() is None:
            os.killpg(proc.pid, signal.SIGKILL)
        proc.wait()
    conn = sqlite3.connect(db)
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    files = conn.execute("SELECT count(*) FROM files").fetchone()[0]
    docs = conn.execute("SELECT count(*) FROM documents").fetchone()[0]
    conn.close()
    assert 0 < files < 300 and docs == files  # a file is there with its document, or not at all
    open_index(db, readonly=True).close()
    stats = api.build_index([archive], db)
    assert stats.unchanged == files and stats.indexed == 300 - files
    conn = sqlite3.connect(db)
    assert conn.execute("SELECT count(*) FROM documents").fetchone()[0] == 300
    assert conn.execute("SELECT value FROM meta WHERE key = 'groups_dirty'").fetchone()[0] == "0"


def test_a_full_disk_mid_index_gives_a_message_and_keeps_the_index_consistent(tmp_path, synth):
    archive = tmp_path / "big"
    synth.generate(archive, 200, seed=8, per_folder=100)
    db = tmp_path / "full.db"
    with pytest.raises(InputError, match="disk is full.*run the same command again"):
        api.build_index([archive], db, max_pages=150)
    conn = sqlite3.connect(db)
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    files = conn.execute("SELECT count(*) FROM files").fetchone()[0]
    assert conn.execute("SELECT count(*) FROM documents").fetchone()[0] == files < 200
    conn.close()
    stats = api.build_index([archive], db)
    assert stats.indexed + stats.unchanged == 200


def test_progress_is_reported_per_batch(archive, tmp_path):
    seen = []
    api.build_index([archive], tmp_path / "a.db", progress=lambda done, total: seen.append((done, total)))
    assert seen[0] == (0, 20) and seen[-1] == (20, 20)
