"""Building the index: incremental (content hashes), parallel (extraction in worker processes,
every write in this process) and safe to interrupt (one transaction per batch of files, so a
killed run leaves the files indexed so far, and the next run carries on)."""

from __future__ import annotations

import contextlib
import hashlib
import json
import multiprocessing
import os
import sqlite3
import stat
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

from ..dsl import load_rules
from ..dsl.rules import RuleSet
from ..errors import InputError
from ..extract import extract_document
from ..ingest import read_file  # one file at a time, with the manifest metadata we pass in
from ..ingest.files import DEFAULT_MAX_BYTES, discover, display_path, read_error, real_path
from ..ingest.manifest import Manifests
from ..models import Diagnostic
from .groups import refresh_groups
from .records import DocRecord, fingerprint, make_record
from .schema import from_db, get_meta, open_index, set_meta, to_db
from .store import delete_file_documents, insert_documents, rekey

#: Files per transaction: big enough to amortise the commit, small enough to lose little.
BATCH = 64
#: The writer's page cache, in KiB (SQLite's default is 2 MB).
WRITER_CACHE_KIB = 256 * 1024
Progress = Callable[[int, int], None]


@dataclass
class BuildStats:
    files: int = 0
    indexed: int = 0
    unchanged: int = 0
    removed: int = 0
    documents: int = 0
    claims: int = 0
    rekeyed: int = 0
    seconds: float = 0.0
    diagnostics: list[Diagnostic] = field(default_factory=list)


def extractor_version() -> str:
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("factcheck")
    except PackageNotFoundError:
        return "unknown"


def content_hash(data: bytes, meta: dict[str, str], version: str) -> str:
    """What decides whether a file must be indexed again: its bytes, the manifest metadata
    that applies to it, and the extractor version."""
    h = _hasher(meta, version)
    h.update(data)
    return h.hexdigest()


class NotRegular(OSError):
    """A pipe, device or socket where an article file was expected: never opened (a FIFO
    would block the run until something writes to it)."""


def file_hash(path: Path, meta: dict[str, str], version: str) -> str:
    """:func:`content_hash` of the file at ``path``, read in blocks (an archive may hold files
    far larger than the memory one worth keeping). Raises OSError (:class:`NotRegular` for a
    pipe or device)."""
    h = _hasher(meta, version)
    fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
    with os.fdopen(fd, "rb") as fh:
        if not stat.S_ISREG(os.fstat(fd).st_mode):
            raise NotRegular(f"{path} is not a regular file")
        while block := fh.read(1 << 20):
            h.update(block)
    return h.hexdigest()


def _hasher(meta: dict[str, str], version: str):
    h = hashlib.sha256()
    h.update(f"{version}\0{json.dumps(meta, sort_keys=True)}\0".encode())
    return h


def build_index(paths: Iterable[str | os.PathLike[str]], db: str | os.PathLike[str], *,
                jobs: int = 1, rules: Iterable[str | os.PathLike[str]] | None = None,
                progress: Progress | None = None, max_pages: int | None = None,
                scheduler: object = None, log: Callable[[str], None] | None = None,
                task_bytes: int | None = None) -> BuildStats:
    """Bring the index ``db`` up to date with the articles under ``paths``: new and changed
    files are (re)extracted, unchanged ones skipped, files gone from under ``paths`` removed.
    ``rules`` decide the blocking keys stored (default: the shipped packs).

    With ``scheduler`` (a Dask scheduler address, ``"local"``, or a ``distributed.Client``),
    extraction runs on the cluster's workers and ``paths`` may be fsspec URLs; this process
    still does every write (see :mod:`factcheck.index.distributed`). ``progress`` then gets
    (tasks done, tasks, articles per second) and ``log`` the cluster's address and dashboard."""
    started = time.perf_counter()
    stats = BuildStats()
    rule_paths = [str(p) for p in rules] if rules is not None else None
    ruleset = load_rules(rule_paths)
    paths = [p if isinstance(p, str) else os.fspath(p) for p in paths]
    with contextlib.ExitStack() as stack:
        if scheduler is not None:  # connect first: a cluster that does not answer creates nothing
            from .distributed import cluster_session  # imports dask: only when asked for

            cluster = stack.enter_context(cluster_session(scheduler, jobs, log))
        conn = open_index(db, create=True)
        stack.callback(conn.close)
        # Keys and band hashes go to random places of their B-trees: with SQLite's default
        # 2 MB page cache, the writer slows down as the index grows (bench/scale.md).
        conn.execute(f"PRAGMA cache_size = -{WRITER_CACHE_KIB}")
        if max_pages:  # for tests: a database that cannot grow behaves like a full disk
            conn.execute(f"PRAGMA max_page_count = {int(max_pages)}")
        with _disk_full_message(db):
            if scheduler is None:
                _build(conn, paths, ruleset, rule_paths, jobs, progress, stats)
            else:
                cluster.build(conn, paths, ruleset, rule_paths, progress, stats, task_bytes)
    stats.seconds = time.perf_counter() - started
    return stats


def _build(conn: sqlite3.Connection, paths: list, ruleset: RuleSet, rule_paths: list[str] | None,
           jobs: int, progress: Progress | None, stats: BuildStats) -> None:
    version = extractor_version()
    diags = stats.diagnostics
    known = start(conn, ruleset, stats)
    unreadable: list[Path] = []
    files = discover(paths, diags, unreadable)
    stats.files = len(files)
    roots = [real_path(p) for p in paths if os.path.exists(p)]
    present = {str(f) for f in files}
    # A file is gone when its folder was read and it was not there: never because the folder
    # (or one above it) could not be read this time.
    remove(conn, [p for p in known if p not in present and _under(p, roots) and not _under(p, unreadable)],
           stats)
    manifests = Manifests(diags)
    tasks: list[tuple[str, dict[str, str], str]] = []
    for path in files:
        meta = manifests.meta(path)
        try:
            digest = file_hash(path, meta, version)
        except NotRegular:
            diags.append(Diagnostic(severity="error", code="I003", path=display_path(path),
                                    message="not a regular file; skipped", hint="give the path of a saved article file"))
            continue
        except OSError as exc:  # unreadable, or gone since it was found: what it holds stays
            diags.append(read_error(display_path(path), exc))
            continue
        if known.get(str(path)) == digest:
            stats.unchanged += 1
            continue
        tasks.append((str(path), meta, digest))
    total = len(tasks)
    if progress:
        progress(0, total)
    batch: list[tuple[str, str, list[DocRecord]]] = []
    done = 0
    for (path, digest), records, file_diags in _extracted(tasks, rule_paths, ruleset, jobs):
        diags.extend(file_diags)
        done += 1
        if records is None:  # could not be read after all (removed, permissions): left as it was
            continue
        batch.append((path, digest, records))
        stats.indexed += 1
        stats.documents += len(records)
        stats.claims += sum(r.n_claims for r in records)
        if len(batch) >= BATCH:
            write(conn, batch)
            batch = []
            if progress:
                progress(done, total)
    if batch:
        write(conn, batch)
    if progress and total:
        progress(done, total)
    finish(conn, version, diags)


def start(conn: sqlite3.Connection, ruleset: RuleSet, stats: BuildStats) -> dict[str, str]:
    """Before any file: re-key the index if the rule set changed; returns what is indexed
    (path -> content hash)."""
    fp = fingerprint(ruleset)
    if get_meta(conn, "ruleset") != fp:
        stats.rekeyed = rekey(conn, ruleset, fp, stats.diagnostics, conn_name(conn))
    return {from_db(p): h for p, h in conn.execute("SELECT path, hash FROM files")}


def remove(conn: sqlite3.Connection, gone: list[str], stats: BuildStats) -> None:
    """Forget the files in ``gone`` (deleted from the archive), in one transaction."""
    if not gone:
        return
    conn.execute("BEGIN IMMEDIATE")
    try:
        for p in gone:
            delete_file_documents(conn, p, drop_file=True)
        set_meta(conn, "groups_dirty", "1")
        conn.execute("COMMIT")
    except BaseException:
        _rollback(conn)
        raise
    stats.removed = len(gone)


def finish(conn: sqlite3.Connection, version: str, diags: list[Diagnostic]) -> None:
    """After the last file: record the extractor version, recompute source groups if anything
    changed, and fold the WAL back into the file."""
    if get_meta(conn, "extractor") != version:
        conn.execute("BEGIN IMMEDIATE")
        set_meta(conn, "extractor", version)
        conn.execute("COMMIT")
    if get_meta(conn, "groups_dirty") != "0":
        refresh_groups(conn, diags, conn_name(conn))
    conn.execute("PRAGMA wal_checkpoint(PASSIVE)")


def conn_name(conn: sqlite3.Connection) -> str:
    """The database file behind ``conn``, for messages."""
    row = conn.execute("PRAGMA database_list").fetchone()
    return row[2] if row and row[2] else "index"


def _under(path: str, roots: list[Path]) -> bool:
    p = Path(path)
    return any(p == r or r in p.parents for r in roots)


def _rollback(conn: sqlite3.Connection) -> None:
    if conn.in_transaction:
        conn.execute("ROLLBACK")


def write(conn: sqlite3.Connection, batch: list[tuple[str, str, list[DocRecord]]]) -> None:
    """One transaction: a file's documents are replaced together with its hash, so a file is
    either fully indexed at its new content or still at its old one."""
    conn.execute("BEGIN IMMEDIATE")
    try:
        for path, digest, records in batch:
            file_id = delete_file_documents(conn, path)
            if file_id is None:
                file_id = conn.execute("INSERT INTO files (path, hash) VALUES (?, ?)",
                                       (to_db(path), digest)).lastrowid
            else:
                conn.execute("UPDATE files SET hash = ? WHERE id = ?", (digest, file_id))
            insert_documents(conn, file_id, records)
        set_meta(conn, "groups_dirty", "1")
        conn.execute("COMMIT")
    except BaseException:
        _rollback(conn)
        raise


# --- extraction, in this process or in workers -------------------------------------------

_WORKER: dict[str, RuleSet] = {}


def _init_worker(rule_paths: list[str] | None) -> None:
    _WORKER["rules"] = load_rules(rule_paths)


#: Diagnostics that mean the file itself could not be read: nothing is written for it.
_NOT_READ = {"I001", "I003"}


def _extract_file(task: tuple[str, dict[str, str], str]) -> tuple[tuple[str, str], list[DocRecord] | None,
                                                                  list[Diagnostic]]:
    path, meta, digest = task
    records, diags = file_records(Path(path), display_path(Path(path)), meta, _WORKER["rules"])
    return (path, digest), records, diags


def file_records(path: Path, shown: str, meta: dict[str, str],
                 ruleset: RuleSet) -> tuple[list[DocRecord] | None, list[Diagnostic]]:
    """The records of one file, named ``shown`` in document ids and messages, or None when
    the file could not be read (it vanished or lost its permissions since it was hashed).
    ``shown`` differs from how this process would name ``path`` on a cluster worker (another
    working folder) and for a URL read into a temporary file."""
    diags: list[Diagnostic] = []
    records = []
    try:
        docs = read_file(path, meta, None, None, diags, DEFAULT_MAX_BYTES)
        here = display_path(path)
        if here != shown:
            docs = [_renamed(doc, here, shown) for doc in docs]
            diags = [d.model_copy(update={"path": shown}) if d.path == here else d for d in diags]
        if any(d.code in _NOT_READ for d in diags):
            return None, diags
        for doc in docs:
            records.append(make_record(ruleset, doc, extract_document(doc)))
    except Exception as exc:  # never lose the run to one article; say which one
        diags.append(Diagnostic(severity="error", code="X900", path=shown,
                                message=f"extraction failed ({type(exc).__name__}: {exc}); file indexed without claims",
                                hint="please report this with the file"))
        records = []
    return records, diags


def _renamed(doc, here: str, shown: str):
    """``doc`` (read from ``here``) with its id, path and group named after ``shown``; a
    .jsonl line keeps its ``#N`` suffix."""
    new_id = shown + doc.id[len(here):]
    return doc.model_copy(update={"id": new_id, "path": shown, "group": new_id})


def _extracted(tasks, rule_paths, ruleset: RuleSet, jobs: int):
    if jobs <= 1 or len(tasks) < 2:
        _WORKER["rules"] = ruleset
        for task in tasks:
            yield _extract_file(task)
        return
    pool = multiprocessing.get_context("fork").Pool(jobs, _init_worker, (rule_paths,))
    try:
        # Ordered results keep the write order (and so row ids) the same from run to run.
        yield from pool.imap(_extract_file, tasks, chunksize=4)
        pool.close()
    finally:
        pool.terminate()
        pool.join()


class _disk_full_message:
    """Turns SQLite's 'database or disk is full' into a message that says the index is intact."""

    def __init__(self, db) -> None:
        self.db = db

    def __enter__(self):
        return self

    def __exit__(self, kind, exc, tb) -> bool:
        if isinstance(exc, sqlite3.OperationalError) and "full" in str(exc):
            raise InputError(f"{self.db}: the disk is full (or the database reached its size "
                             "limit); the index keeps every file indexed before this point. "
                             "Free some space and run the same command again to finish") from None
        if isinstance(exc, sqlite3.DatabaseError):
            raise InputError(f"{self.db}: index error: {exc}") from None
        return False
