"""The index file: an SQLite database in WAL mode, its tables, and opening it safely.

A file that is not SQLite, an SQLite file that is not a factcheck index, and an index from
another schema version are refused with a message that says what to do, never a traceback."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from ..errors import InputError

#: Bump when the tables change; add a step to MIGRATIONS when an old index can be upgraded
#: in place, else opening it asks for a rebuild (an index is derived data).
SCHEMA_VERSION = 2
APPLICATION = "factcheck-index"
#: PRAGMA application_id: "FCIX", so `file` and sqlite tools can tell the file apart.
APPLICATION_ID = 0x46434958
SQLITE_MAGIC = b"SQLite format 3\x00"

_PAIRS = """
-- Pairs of documents the syndication check has compared, and its verdict, so that a run
-- only reads and compares the texts of documents it has not seen before.
CREATE TABLE pairs (a INTEGER NOT NULL, b INTEGER NOT NULL, copy INTEGER NOT NULL,
                    PRIMARY KEY (a, b)) WITHOUT ROWID;
CREATE INDEX pairs_b ON pairs(b);
"""
#: from-version -> SQL that makes it from-version + 1 (run in one transaction).
MIGRATIONS: dict[int, str] = {1: _PAIRS}

DDL = """
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
-- One row per article file: where it is and the hash of what it was indexed from.
CREATE TABLE files (id INTEGER PRIMARY KEY, path TEXT NOT NULL UNIQUE, hash TEXT NOT NULL);
-- Documents with their metadata (JSON), text and claims (zlib-compressed, claims one JSON
-- object a line, in text order).
CREATE TABLE documents (
    id INTEGER PRIMARY KEY,
    file INTEGER NOT NULL REFERENCES files(id),
    doc_id TEXT NOT NULL UNIQUE,
    grp TEXT NOT NULL,
    info TEXT NOT NULL,
    body_start INTEGER NOT NULL,
    text BLOB NOT NULL,
    claims BLOB NOT NULL,
    n_claims INTEGER NOT NULL
);
CREATE INDEX documents_file ON documents(file);
-- MinHash band hashes of each document, to find syndicated copies without reading texts.
CREATE TABLE bands (key INTEGER NOT NULL, doc INTEGER NOT NULL);
CREATE INDEX bands_key ON bands(key);
CREATE INDEX bands_doc ON bands(doc);
-- The rules of the rule set the keys were computed for (meta 'ruleset' is its fingerprint).
CREATE TABLE rules (id INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE);
-- Blocking keys: for each cross-source rule, the hash of a selected claim's 'same' fields.
-- A draft claim can only pair with archive claims under the same (rule, key).
CREATE TABLE keys (
    rule INTEGER NOT NULL, key INTEGER NOT NULL, doc INTEGER NOT NULL, ord INTEGER NOT NULL,
    PRIMARY KEY (rule, key, doc, ord)
) WITHOUT ROWID;
CREATE INDEX keys_doc ON keys(doc);
""" + _PAIRS


def _connect(path: Path, *, readonly: bool) -> sqlite3.Connection:
    if readonly:
        conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True, timeout=30,
                               isolation_level=None, check_same_thread=False)
    else:
        conn = sqlite3.connect(path, timeout=30, isolation_level=None)
    conn.execute("PRAGMA busy_timeout = 30000")
    return conn


def looks_like_index(path: str | Path) -> bool:
    """True when ``path`` is (or claims to be) an index: a ``.db`` file or any SQLite database. Used to tell ``--against archive.db`` from article files."""
    p = Path(path)
    if p.suffix.lower() in (".db", ".sqlite", ".sqlite3") and not p.is_dir():
        return True  # a missing one too: "no such index" says more than "no such file"
    if not p.is_file():
        return False
    try:
        with p.open("rb") as fh:
            return fh.read(16) == SQLITE_MAGIC
    except OSError:
        return False


def open_index(path: str | Path, *, create: bool = False, readonly: bool = False) -> sqlite3.Connection:
    """Open (or with ``create``, create) an index and check that it is one, of our version."""
    p = Path(path)
    shown = str(path)
    if p.is_dir():
        raise InputError(f"{shown}: is a folder, not an index file")
    fresh = not p.exists() or p.stat().st_size == 0
    if fresh and not create:
        raise InputError(f"{shown}: no such index; build it with: factcheck index ARTICLES… --db {shown}")
    if fresh and not p.parent.is_dir():
        raise InputError(f"{shown}: cannot create the index: folder {p.parent} does not exist; "
                         "create it first, or give --db a path in an existing folder")
    if not fresh:
        try:
            with p.open("rb") as fh:
                head = fh.read(16)
        except OSError as exc:
            raise InputError(f"{shown}: cannot read: {exc.strerror or exc}") from None
        if head != SQLITE_MAGIC:
            raise InputError(f"{shown}: not a factcheck index (not an SQLite database); "
                             "give another --db file, or remove this one if it is yours")
    try:
        conn = _connect(p, readonly=readonly and not fresh)
        if fresh:
            _create(conn)
        else:
            if readonly and _version(conn) < SCHEMA_VERSION:
                conn.close()  # an upgrade writes: do it once, then read as usual
                conn = _connect(p, readonly=False)
                readonly = False
            _check(conn, shown, readonly)
        if not readonly:
            conn.execute("PRAGMA journal_mode = WAL")
            conn.execute("PRAGMA synchronous = NORMAL")
        return conn
    except sqlite3.DatabaseError as exc:
        if fresh:  # nothing was there to be damaged: the folder refuses a new file
            raise InputError(f"{shown}: cannot create the index ({exc}); check that its folder "
                             "is writable") from None
        raise InputError(f"{shown}: damaged or unreadable index ({exc}); "
                         f"delete it and run factcheck index again") from None


def _create(conn: sqlite3.Connection) -> None:
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("BEGIN IMMEDIATE")
    _run(conn, DDL)
    conn.executemany("INSERT INTO meta VALUES (?, ?)", [
        ("application", APPLICATION), ("schema_version", str(SCHEMA_VERSION)),
        ("ruleset", ""), ("extractor", ""), ("groups_dirty", "0")])
    conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
    conn.execute("COMMIT")


def _run(conn: sqlite3.Connection, script: str) -> None:
    """Statements one by one, inside the caller's transaction (executescript would commit)."""
    code = "\n".join(line for line in script.splitlines() if not line.lstrip().startswith("--"))
    for stmt in code.split(";"):
        if stmt.strip():
            conn.execute(stmt)


def _check(conn: sqlite3.Connection, shown: str, readonly: bool) -> None:
    has_meta = conn.execute(
        "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'meta'").fetchone()
    app = conn.execute("SELECT value FROM meta WHERE key = 'application'").fetchone() if has_meta else None
    if not app or app[0] != APPLICATION:
        raise InputError(f"{shown}: an SQLite database, but not a factcheck index; "
                         "give another --db file")
    version = int(get_meta(conn, "schema_version") or 0)
    if version > SCHEMA_VERSION:
        raise InputError(f"{shown}: built by a newer factcheck (index schema {version}, this "
                         f"version reads {SCHEMA_VERSION}); upgrade factcheck or rebuild the index")
    if version < SCHEMA_VERSION:
        if any(v not in MIGRATIONS for v in range(version, SCHEMA_VERSION)):
            raise InputError(f"{shown}: built by an older factcheck (index schema {version}, this "
                             f"version needs {SCHEMA_VERSION}); rebuild it: delete {shown} and run "
                             f"factcheck index ARTICLES… --db {shown}")
        conn.execute("BEGIN IMMEDIATE")
        for v in range(version, SCHEMA_VERSION):
            _run(conn, MIGRATIONS[v])
        set_meta(conn, "schema_version", str(SCHEMA_VERSION))
        conn.execute("COMMIT")


def _version(conn: sqlite3.Connection) -> int:
    try:
        return int(get_meta(conn, "schema_version") or 0)
    except (sqlite3.Error, ValueError):
        return 0


def to_db(name: str) -> str | bytes:
    """A path or document id as stored: text, or, for a file name that is not valid UTF-8
    (its bytes reach Python as lone surrogates, which SQLite cannot take as text), a BLOB of
    its code points (surrogates kept). One name always maps to the same value, so lookups and
    UNIQUE still work."""
    try:
        name.encode("utf-8")
        return name
    except UnicodeEncodeError:
        return name.encode("utf-8", "surrogatepass")


def from_db(value: str | bytes) -> str:
    """The inverse of :func:`to_db`."""
    return value.decode("utf-8", "surrogatepass") if isinstance(value, bytes) else value


def get_meta(conn: sqlite3.Connection, key: str) -> str | None:
    row = conn.execute("SELECT value FROM meta WHERE key = ?", (key,)).fetchone()
    return row[0] if row else None


def set_meta(conn: sqlite3.Connection, key: str, value: str) -> None:
    conn.execute("INSERT INTO meta VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value",
                 (key, value))
