"""Checking against the index: read only the archive claims that can pair with a draft's.

For every cross-source rule, the draft's selected claims give their blocking keys; the index
returns the archive claims stored under the same (rule, key), with their documents. The normal
engine then runs over the draft plus those claims, so the findings are the ones a check
against the article files gives."""

from __future__ import annotations

import os
import sqlite3
from collections import defaultdict
from dataclasses import dataclass, field

from ..dsl.rules import RuleSet
from ..errors import InputError
from ..engine import items_for, select
from ..models import Claim, Diagnostic, Document
from .groups import copies_of
from .records import DamagedRecord, damaged, fingerprint, key_hash, keyed_rules, load_claims, load_document
from .schema import from_db, get_meta, open_index
from .store import rekey


@dataclass
class IndexSlice:
    """The part of an archive a check needs."""

    documents: list[Document] = field(default_factory=list)
    claims: list[Claim] = field(default_factory=list)
    diagnostics: list[Diagnostic] = field(default_factory=list)
    keys: int = 0  # distinct (rule, key) pairs looked up


def with_index(db: str | os.PathLike[str], ruleset: RuleSet, documents: list[Document],
               claims: list[Claim], focus: list[str] | None = None) -> tuple[list[Document], list[Claim], IndexSlice]:
    """``documents`` and ``claims`` (the draft, and any sources given as files) plus what the
    index ``db`` holds that the checked documents (``focus``, default all) can pair with."""
    focus_ids = set(focus) if focus is not None else {d.id for d in documents}
    present = {d.id for d in documents}
    piece = fetch(db, ruleset, [d for d in documents if d.id in focus_ids],
                  [c for c in claims if c.doc in focus_ids], present)
    order = {id(c): n for n, c in enumerate(claims)}
    rename = piece.rename
    docs = [d.model_copy(update={"group": rename[d.group]}) if d.group in rename else d
            for d in documents]
    all_docs = sorted(docs + piece.documents, key=lambda d: d.id)
    rank = {d.id: i for i, d in enumerate(all_docs)}
    ordinals = {id(c): n for n, c in enumerate(piece.claims)}
    order.update(ordinals)
    all_claims = sorted(claims + piece.claims, key=lambda c: (rank[c.doc], order[id(c)]))
    return all_docs, all_claims, piece


@dataclass
class _Piece(IndexSlice):
    rename: dict[str, str] = field(default_factory=dict)  # group -> merged group


def fetch(db: str | os.PathLike[str], ruleset: RuleSet, drafts: list[Document], claims: list[Claim],
          exclude: set[str]) -> _Piece:
    """The archive documents and claims that share a blocking key with ``claims``, and the
    groups the drafts fall in when the archive holds copies of them."""
    piece = _Piece()
    try:
        copies = _fetch(db, ruleset, drafts, claims, exclude, piece)
    except sqlite3.DatabaseError as exc:
        hint = (" (the index is keyed for other rules and could not be re-keyed here: run "
                "factcheck index with --rules for these packs, or check with the index's rules)"
                if "readonly" in str(exc) else "; if it persists, delete it and run factcheck index again")
        raise InputError(f"{db}: cannot read the index: {exc}{hint}") from None
    _merge_groups(piece, drafts, copies)
    return piece


def _fetch(db, ruleset: RuleSet, drafts: list[Document], claims: list[Claim], exclude: set[str],
           piece: _Piece) -> dict[str, list[tuple[int, str, str]]]:
    conn = open_index(db, readonly=True)
    try:
        fp = fingerprint(ruleset)
        if get_meta(conn, "ruleset") != fp:
            conn.close()
            conn = open_index(db)
            n = rekey(conn, ruleset, fp, piece.diagnostics, db)
            piece.diagnostics.append(Diagnostic(
                severity="info", code="X901", path=str(db),
                message=f"the rule set differs from the one the index was keyed for; re-keyed {n} document(s)"))
        if get_meta(conn, "groups_dirty") != "0":
            piece.diagnostics.append(Diagnostic(
                severity="warning", code="X902", path=str(db),
                message="the last indexing run did not finish; syndicated copies may not be grouped yet",
                hint="run factcheck index again with the same paths to finish it"))
        wanted: set[tuple[int, int]] = set()
        items = items_for(ruleset, drafts, claims)
        for no, rule in keyed_rules(ruleset):
            for it in select(rule, items):
                wanted.add((no, key_hash(rule, it)))
        piece.keys = len(wanted)
        hits: dict[int, set[int]] = defaultdict(set)
        # One read transaction: a writer committing meanwhile cannot show us half a batch.
        conn.execute("BEGIN")
        for no, key in sorted(wanted):
            for doc, ord_ in conn.execute("SELECT doc, ord FROM keys WHERE rule = ? AND key = ?", (no, key)):
                hits[doc].add(ord_)
        copies = {d.id: copies_of(conn, d, exclude, piece.diagnostics, db) for d in drafts}
        rows = sorted(hits)
        for start in range(0, len(rows), 500):
            chunk = rows[start:start + 500]
            marks = ",".join("?" * len(chunk))
            for row, doc_id, info, body_start, text, grp, blob, count in conn.execute(
                    "SELECT id, doc_id, info, body_start, text, grp, claims, n_claims FROM documents "
                    f"WHERE id IN ({marks})", chunk):
                _add_document(piece, db, from_db(doc_id), exclude, hits[row],
                              (info, body_start, text, grp, blob, count))
        conn.execute("COMMIT")
    finally:
        conn.close()
    return copies


def _add_document(piece: _Piece, db, doc_id: str, exclude: set[str], ordinals: set[int], record: tuple) -> None:
    """One archive document and its claims at ``ordinals``; a damaged record is reported and
    left out (the check goes on with the others)."""
    if doc_id in exclude:
        return
    info, body_start, text, grp, blob, count = record
    try:
        doc = load_document(info, body_start, text, grp)
        if doc.id != doc_id:
            raise DamagedRecord(f"metadata names another document, {doc.id}")
        claims = load_claims(blob, ordinals, count, doc.id)
    except DamagedRecord as exc:
        piece.diagnostics.append(damaged(db, doc_id, exc))
        return
    piece.documents.append(doc)
    piece.claims.extend(claims)


def _merge_groups(piece: _Piece, drafts: list[Document], copies: dict[str, list[tuple[int, str, str]]]) -> None:
    """A draft that copies archive articles joins their group (and so joins those groups
    together); the merged group is named after its smallest member, as ingest names them."""
    rename: dict[str, str] = {}
    for draft in drafts:
        found = copies.get(draft.id) or []
        if not found:
            continue
        names = {draft.group} | {grp for _, _, grp in found}
        names = {rename.get(n, n) for n in names}
        target = min(names)
        for n in list(rename):
            if rename[n] in names:
                rename[n] = target
        for n in names:
            rename[n] = target
    if not rename:
        return
    piece.rename.update(rename)
    piece.documents[:] = [d.model_copy(update={"group": rename[d.group]}) if d.group in rename else d
                          for d in piece.documents]
