"""Source groups over the whole archive, as :func:`factcheck.ingest.groups.assign_groups`
forms them (same buckets, same confirmation, group named after its smallest document id),
but from the stored band hashes, reading only the texts of documents that share a bucket."""

from __future__ import annotations

import sqlite3
from functools import lru_cache

from ..ingest.groups import article_text, is_copy, shingles  # the confirmation step, shared
from ..models import Diagnostic, Document
from .records import DamagedRecord, band_keys, damaged, load_document
from .schema import from_db, set_meta, to_db


def refresh_groups(conn: sqlite3.Connection, problems: list[Diagnostic] | None = None,
                   db: object = "index") -> int:
    """Recompute every document's group in one transaction; returns how many changed. A
    damaged record copies nothing, with a diagnostic in ``problems``."""
    # Sorted here, not by SQL: ids stored as BLOBs (see to_db) sort after text in SQLite.
    rows = sorted(((row, from_db(doc_id), from_db(grp)) for row, doc_id, grp in
                   conn.execute("SELECT id, doc_id, grp FROM documents")), key=lambda r: r[1])
    pos = {row: i for i, (row, _, _) in enumerate(rows)}
    parent = list(range(len(rows)))

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    @lru_cache(maxsize=4096)
    def shingle_set(i: int) -> frozenset[int]:
        info, body_start, text, grp = conn.execute(
            "SELECT info, body_start, text, grp FROM documents WHERE id = ?", (rows[i][0],)).fetchone()
        try:
            return frozenset(shingles(article_text(load_document(info, body_start, text, grp))))
        except DamagedRecord as exc:
            if problems is not None:
                problems.append(damaged(db, rows[i][1], exc))
            return frozenset()

    # Verdicts of earlier runs: only pairs with a new document need their texts compared.
    known = {(a, b): bool(c) for a, b, c in conn.execute("SELECT a, b, copy FROM pairs")}
    new: list[tuple[int, int, int]] = []

    def copies(i: int, j: int) -> bool:
        pair = (rows[i][0], rows[j][0])
        if pair not in known:
            known[pair] = is_copy(set(shingle_set(i)), set(shingle_set(j)))
            new.append((*pair, int(known[pair])))
        return known[pair]

    checked: set[tuple[int, int]] = set()
    current_key, members = None, []
    for key, doc in conn.execute("SELECT key, doc FROM bands ORDER BY key, doc"):
        if key != current_key:
            _bucket(members, find, parent, checked, copies)
            current_key, members = key, []
        members.append(pos[doc])
    _bucket(members, find, parent, checked, copies)
    changes = [(to_db(rows[find(i)][1]), row) for i, (row, _, grp) in enumerate(rows) if rows[find(i)][1] != grp]
    conn.execute("BEGIN IMMEDIATE")
    try:
        conn.executemany("INSERT OR REPLACE INTO pairs (a, b, copy) VALUES (?, ?, ?)", new)
        conn.executemany("UPDATE documents SET grp = ? WHERE id = ?", changes)
        set_meta(conn, "groups_dirty", "0")
        conn.execute("COMMIT")
    except BaseException:
        if conn.in_transaction:
            conn.execute("ROLLBACK")
        raise
    return len(changes)


def _bucket(members, find, parent, checked, copies) -> None:
    if len(members) < 2:
        return
    members.sort()
    i = members[0]
    for j in members[1:]:
        # Like assign_groups: each member is compared with the bucket's first only.
        if (i, j) in checked or find(i) == find(j):
            continue
        checked.add((i, j))
        if copies(i, j):
            a, b = find(i), find(j)
            parent[max(a, b)] = min(a, b)


def copies_of(conn: sqlite3.Connection, doc: Document, exclude: set[str],
              problems: list[Diagnostic] | None = None, db: object = "index") -> list[tuple[int, str, str]]:
    """Indexed documents that are copies of ``doc`` (a draft): (row id, document id, group)."""
    keys = band_keys(doc)
    if not keys:
        return []
    marks = ",".join("?" * len(keys))
    found = conn.execute(f"SELECT DISTINCT doc FROM bands WHERE key IN ({marks})", keys).fetchall()
    if not found:
        return []
    mine = shingles(article_text(doc))
    out = []
    for (row,) in found:
        doc_id, info, body_start, text, grp = conn.execute(
            "SELECT doc_id, info, body_start, text, grp FROM documents WHERE id = ?", (row,)).fetchone()
        doc_id = from_db(doc_id)
        if doc_id in exclude:
            continue
        try:
            other = shingles(article_text(load_document(info, body_start, text, grp)))
        except DamagedRecord as exc:
            if problems is not None:
                problems.append(damaged(db, doc_id, exc))
            continue
        if is_copy(mine, other):
            out.append((row, doc_id, from_db(grp)))
    return out
