"""Row-level writes: documents in and out, and recomputing every key for a new rule set.
Callers hold the transaction."""

from __future__ import annotations

import sqlite3

from ..dsl.rules import RuleSet
from ..models import Diagnostic
from .records import DamagedRecord, DocRecord, damaged, document_keys, load_claims, load_document
from .schema import from_db, set_meta, to_db


def delete_file_documents(conn: sqlite3.Connection, path: str, *, drop_file: bool = False) -> int | None:
    """Remove the documents indexed from ``path``; returns the file's row id (None if new)."""
    row = conn.execute("SELECT id FROM files WHERE path = ?", (to_db(path),)).fetchone()
    if row is None:
        return None
    for (doc,) in conn.execute("SELECT id FROM documents WHERE file = ?", (row[0],)).fetchall():
        _delete_document(conn, doc)
    if drop_file:
        conn.execute("DELETE FROM files WHERE id = ?", (row[0],))
    return row[0]


def _delete_document(conn: sqlite3.Connection, doc: int) -> None:
    conn.execute("DELETE FROM keys WHERE doc = ?", (doc,))
    conn.execute("DELETE FROM bands WHERE doc = ?", (doc,))
    conn.execute("DELETE FROM pairs WHERE a = ? OR b = ?", (doc, doc))
    conn.execute("DELETE FROM documents WHERE id = ?", (doc,))


def insert_documents(conn: sqlite3.Connection, file_id: int, records: list[DocRecord]) -> None:
    for rec in records:
        # The same document id from another file (the index was built from another working
        # folder, or a file moved): the newest wins.
        doc_id = to_db(rec.doc_id)
        old = conn.execute("SELECT id FROM documents WHERE doc_id = ?", (doc_id,)).fetchone()
        if old:
            _delete_document(conn, old[0])
        doc = conn.execute(
            "INSERT INTO documents (file, doc_id, grp, info, body_start, text, claims, n_claims) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            (file_id, doc_id, doc_id, rec.info, rec.body_start, rec.text, rec.claims,
             rec.n_claims)).lastrowid
        conn.executemany("INSERT INTO bands (key, doc) VALUES (?, ?)", [(b, doc) for b in rec.bands])
        conn.executemany("INSERT OR IGNORE INTO keys (rule, key, doc, ord) VALUES (?, ?, ?, ?)",
                         [(no, key, doc, ord_) for no, key, ord_ in rec.keys])


def write_rules(conn: sqlite3.Connection, ruleset: RuleSet) -> None:
    conn.execute("DELETE FROM rules")
    conn.executemany("INSERT INTO rules (id, name) VALUES (?, ?)",
                     [(i, r.id) for i, r in enumerate(ruleset.rules)])


def rekey(conn: sqlite3.Connection, ruleset: RuleSet, fp: str,
          problems: list[Diagnostic] | None = None, db: object = "index") -> int:
    """Recompute the blocking keys of every indexed claim for ``ruleset`` (its canonical
    measures, subjects and events may differ from the last one's), in one transaction: an
    interrupted rekey leaves the old keys and the old fingerprint. Returns the documents
    rekeyed. A damaged record gets no keys and a diagnostic in ``problems``."""
    conn.execute("BEGIN IMMEDIATE")
    try:
        conn.execute("DELETE FROM keys")
        write_rules(conn, ruleset)
        n = 0
        cursor = conn.execute("SELECT id, doc_id, info, body_start, text, grp, claims, n_claims FROM documents")
        while rows := cursor.fetchmany(256):
            out = []
            for doc_row, doc_id, info, body_start, text, grp, claims, count in rows:
                try:
                    doc = load_document(info, body_start, text, grp)
                    keys = document_keys(ruleset, doc, load_claims(claims, None, count, doc.id))
                except DamagedRecord as exc:
                    if problems is not None:
                        problems.append(damaged(db, from_db(doc_id), exc))
                    continue
                out.extend((no, key, doc_row, ord_) for no, key, ord_ in keys)
                n += 1
            conn.executemany("INSERT OR IGNORE INTO keys (rule, key, doc, ord) VALUES (?, ?, ?, ?)", out)
        set_meta(conn, "ruleset", fp)
        conn.execute("COMMIT")
    except BaseException:
        if conn.in_transaction:
            conn.execute("ROLLBACK")
        raise
    return n
