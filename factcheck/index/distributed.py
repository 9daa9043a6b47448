"""Indexing on a Dask cluster: the workers read and extract, this process writes.

The cluster is Dask's (``dask.distributed``): an existing scheduler, or a ``LocalCluster`` for a
try. Files, or JSONL shards, are grouped into tasks of about ``task_bytes`` each; a task hashes
its files, skips those whose hash the index already holds, and returns the records of the
others. Every write happens here, one transaction per finished task, through the same code as
a local build, so the index's guarantees hold: a killed client leaves whole files committed,
and the next run skips them by hash. A worker that dies is Dask's to retry (up to the
scheduler's ``allowed-failures``); a task that keeps killing workers is split into its files,
and a file that still does is reported (X904) and left as it was, never retried forever.

Inputs are local or shared paths (every worker must see them at the same path) or fsspec URLs
(``s3://bucket/archive/``, ``gcs://…``, ``file:///…``), read by the workers themselves."""

from __future__ import annotations

import functools
import hashlib
import logging
import os
import re
import sqlite3
import tempfile
import time
import uuid
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath

from ..dsl import load_rules
from ..dsl.rules import RuleSet
from ..errors import InputError, UsageError
from ..ingest.files import ARTICLE_SUFFIXES, display_path, discover, read_error, real_path
from ..ingest.manifest import Manifests
from ..models import Diagnostic
from .build import (BuildStats, NotRegular, _under, content_hash, extractor_version, file_hash,
                    file_records, finish, remove, start, write)
from .records import fingerprint

INSTALL_HINT = "pip install 'factcheck[dask]'"
#: Default input per task. A task of 4 MB is 10-20 s of extraction: the scheduler's few
#: milliseconds per task are far below 1% of it (bench/scale.md), and a lost task costs little.
TASK_BYTES = 4 << 20
#: A small archive is cut into about this many tasks per worker thread: with few, the last
#: one runs while the other workers wait (bench/scale.md: 2 workers, 9 tasks 50 articles/s,
#: 13 tasks 83-90).
TASKS_PER_THREAD = 8
#: Never smaller than this (one file can be larger: it is one task).
MIN_TASK_BYTES = 256 << 10
#: Results are written when this many files have come back, or this many seconds after the
#: last write: large transactions keep the writer's cost per article low as the index grows
#: (bench/scale.md: 1,024 files a transaction write 3× faster than 64 at 30k articles).
WRITE_FILES = 1024
WRITE_SECONDS = 2.0
_ADDRESS = re.compile(r"^(?:(?:tcp|tls|ws|wss|ucx|inproc)://)?[\w.\-\[\]:]+:\d+$")
_URL = re.compile(r"^[a-zA-Z][a-zA-Z0-9+.\-]*://")


def is_url(path: str) -> bool:
    return bool(_URL.match(path))


def _distributed():
    try:
        import distributed
    except ImportError:
        raise UsageError("factcheck: error: --scheduler needs Dask, which is not installed\n"
                         f"  hint: {INSTALL_HINT} (on this machine and on every worker)") from None
    return distributed


class cluster_session:
    """Connects to the scheduler (or starts a local cluster) on entry, closes what it opened
    on exit. Created before the index is opened, so a bad address or a missing Dask fails
    before anything is written."""

    def __init__(self, scheduler: object, jobs: int, log: Callable[[str], None] | None) -> None:
        self.distributed = _distributed()
        self.scheduler, self.jobs, self.log = scheduler, max(1, jobs), log
        if isinstance(scheduler, str) and scheduler != "local" and not _ADDRESS.match(scheduler):
            raise UsageError(f"factcheck: error: --scheduler: '{scheduler}' is not a scheduler address\n"
                             "  hint: give tcp://HOST:PORT (a running 'dask scheduler'), or 'local' "
                             "for a Dask cluster on this machine")
        self.client = self.cluster = None

    def __enter__(self) -> _Cluster:
        d = self.distributed
        # Dask logs its reconnection attempts with tracebacks; what they mean for the run is
        # said once, by the errors below (lost scheduler, killed workers).
        self._levels = _quiet_dask_logs()
        if isinstance(self.scheduler, d.Client):
            self.client = self.scheduler
            owned = False
        else:
            owned = True
            if self.scheduler == "local":
                self.cluster = d.LocalCluster(n_workers=self.jobs, threads_per_worker=1, processes=True,
                                              dashboard_address=":0")
                self.client = d.Client(self.cluster)
            else:
                try:  # within Dask's connect timeout (distributed.comm.timeouts.connect)
                    self.client = d.Client(self.scheduler)
                except (OSError, TimeoutError) as exc:
                    _restore(self._levels)
                    raise InputError(f"factcheck: error: cannot reach the Dask scheduler at {self.scheduler} "
                                     f"({_reason(exc)})\n  hint: start one with 'dask scheduler', or check "
                                     "the address and port (default 8786); nothing was indexed") from None
        self._owned = owned
        workers = self.client.scheduler_info().get("workers", {})
        if self.log:
            threads = sum(w.get("nthreads", 1) for w in workers.values())
            link = self.client.dashboard_link if _dashboard(self.client) else "none (install bokeh for one)"
            self.log(f"dask: scheduler {self.client.scheduler.address}, {len(workers)} worker(s), "
                     f"{threads} thread(s); dashboard: {link}")
        return _Cluster(self.client, d)

    def __exit__(self, *exc) -> bool:
        try:
            if self._owned and self.client is not None:
                self.client.close()
            if self.cluster is not None:
                self.cluster.close()
        finally:
            _restore(self._levels)
        return False


def _quiet_dask_logs() -> dict[str, int]:
    """Dask's loggers (it sets levels on several, distributed.client among them) raised to
    CRITICAL; returns their levels to restore."""
    names = ["distributed", *(n for n in logging.root.manager.loggerDict if n.startswith("distributed."))]
    levels = {}
    for name in names:
        logger = logging.getLogger(name)
        levels[name] = logger.level
        logger.setLevel(logging.CRITICAL)
    return levels


def _restore(levels: dict[str, int]) -> None:
    for name, level in levels.items():
        logging.getLogger(name).setLevel(level)


def _dashboard(client) -> bool:
    try:
        return bool(client.scheduler_info().get("services", {}).get("dashboard"))
    except Exception:  # an older scheduler: say nothing rather than fail the run
        return False


def _reason(exc: BaseException) -> str:
    return str(exc).splitlines()[0][:200] if str(exc) else type(exc).__name__


# --- what to index ------------------------------------------------------------------------

@dataclass(frozen=True)
class Source:
    """One article file or shard: ``name`` as the index stores it (a real path or a URL),
    ``shown`` as reports and document ids name it, the manifest metadata, the size."""

    name: str
    shown: str
    meta: dict
    size: int


@dataclass
class Listing:
    sources: list[Source] = field(default_factory=list)
    gone: list[str] = field(default_factory=list)


def list_sources(paths: list[str], known: dict[str, str], diags: list[Diagnostic]) -> Listing:
    """The files under ``paths`` (paths and URLs), and the indexed files gone from under them
    (never those under a folder or prefix that could not be listed this time)."""
    out = Listing()
    local = [p for p in paths if not is_url(p)]
    urls = [p for p in paths if is_url(p)]
    unreadable: list[Path] = []
    manifests = Manifests(diags)
    for path in discover(local, diags, unreadable) if local else []:
        try:
            size = path.stat().st_size
        except OSError:
            size = 0  # the worker will say what is wrong with it
        out.sources.append(Source(str(path), display_path(path), manifests.meta(path), size))
    roots = [real_path(p) for p in local if os.path.exists(p)]
    listed_urls: list[str] = []
    for url in urls:
        found = _list_url(url, diags)
        if found is not None:
            root, sources = found
            listed_urls.append(root.rstrip("/"))
            out.sources.extend(sources)
    present = {s.name for s in out.sources}
    out.gone = [p for p in known if p not in present and (
        (not is_url(p) and _under(p, roots) and not _under(p, unreadable))
        or (is_url(p) and any(p == u or p.startswith(u + "/") for u in listed_urls)))]
    out.sources.sort(key=lambda s: s.name)
    return out


def _list_url(url: str, diags: list[Diagnostic]) -> tuple[str, list[Source]] | None:
    """The article files at ``url`` (one file, or every one below a prefix) and the URL in
    the form they are named by (``memory://a`` lists ``memory:///a/…``), or None when it
    could not be listed (reported)."""
    import fsspec

    try:
        fs, root = fsspec.core.url_to_fs(url)
        if not fs.exists(root):
            diags.append(Diagnostic(severity="error", code="I001", path=url, message="no such file or folder",
                                    hint="check the URL given; nothing under it was indexed or removed"))
            return None
        if fs.isdir(root):
            entries = fs.find(root, detail=True)
        else:
            entries = {root: fs.info(root)}
    except ImportError as exc:  # s3fs, gcsfs… are separate packages
        raise UsageError(f"factcheck: error: {url}: {exc}\n  hint: install the fsspec package for "
                         "this kind of URL (s3fs for s3://, gcsfs for gcs://) here and on every worker") from None
    except Exception as exc:  # a network or permission error: nothing below it counts as gone
        diags.append(Diagnostic(severity="error", code="I003", path=url,
                                message=f"cannot list ({type(exc).__name__}: {_reason(exc)}); what the "
                                        "index holds from it is kept",
                                hint="check the URL and the credentials the workers and this machine use"))
        return None
    out = []
    for path, info in sorted(entries.items()):
        pure = PurePosixPath(path)
        named = path == root
        skipped = any(part.startswith(".") for part in pure.relative_to(root).parts) if not named else False
        if not named and (skipped or pure.name.lower().startswith("readme")
                          or pure.suffix.lower() not in ARTICLE_SUFFIXES):
            continue
        name = fs.unstrip_protocol(path)
        out.append(Source(name, name, {}, int(info.get("size") or 0)))
    return fs.unstrip_protocol(root), out


def plan_tasks(sources: list[Source], known: dict[str, str], task_bytes: int) -> list[list[tuple]]:
    """Consecutive files grouped into tasks of about ``task_bytes`` (a larger file, or a JSONL
    shard, is a task of its own). Each item: (name, shown, meta, hash the index holds)."""
    tasks, current, size = [], [], 0
    for s in sources:
        if current and size + s.size > task_bytes:
            tasks.append(current)
            current, size = [], 0
        current.append((s.name, s.shown, s.meta, known.get(s.name)))
        size += s.size
    if current:
        tasks.append(current)
    return tasks


# --- on the workers -------------------------------------------------------------------------

_RULES: dict[str, tuple[RuleSet, str]] = {}


def rules_spec(rule_paths: list[str] | None) -> tuple | None:
    """The rule packs as data a worker can load without seeing this machine's files: None
    (the packs shipped with factcheck) or ((top name, {relative path: bytes}), …)."""
    if rule_paths is None:
        return None
    packs = []
    for raw in rule_paths:
        top = Path(raw)
        files = [top] if top.is_file() else sorted(p for p in top.rglob("*") if p.is_file()
                                                   and not any(x.startswith(".") for x in p.relative_to(top).parts))
        packs.append((top.name, {(p.relative_to(top).as_posix() if p != top else ""): p.read_bytes() for p in files}))
    return tuple(packs)


def _worker_rules(spec: tuple | None) -> tuple[RuleSet, str]:
    key = hashlib.sha256(repr(spec).encode()).hexdigest()
    if key not in _RULES:
        if spec is None:
            ruleset = load_rules(None)
        else:
            base = Path(tempfile.mkdtemp(prefix="factcheck-rules-"))
            paths = []
            for i, (top, files) in enumerate(spec):
                root = base / str(i) / top
                for rel, data in files.items():
                    target = root / rel if rel else root
                    target.parent.mkdir(parents=True, exist_ok=True)
                    target.write_bytes(data)
                paths.append(str(root))
            ruleset = load_rules(paths)
        _RULES[key] = (ruleset, fingerprint(ruleset))
    return _RULES[key]


def index_task(items: list[tuple], spec: tuple | None) -> dict:
    """Runs on a worker: each file hashed, skipped when the index holds that hash, else read
    and extracted. Returns what the writer needs, and who did it (version, rule set)."""
    try:
        ruleset, fp = _worker_rules(spec)
        version = _worker_version()
        files = [_index_one(name, shown, meta, known, ruleset, version) for name, shown, meta, known in items]
    except Exception as exc:  # sent back as plain text: some errors (deep recursion) do not pickle
        raise RuntimeError(f"{type(exc).__name__}: {_reason(exc)}") from None
    return {"version": version, "ruleset": fp, "worker": _worker_address(), "files": files}


@functools.lru_cache(maxsize=1)
def _worker_version() -> str:
    return extractor_version()  # package metadata: milliseconds a read, too slow for every task


def _worker_address() -> str:
    try:
        from distributed import get_worker

        return get_worker().address
    except (ImportError, ValueError):
        return "this process"


def _index_one(name: str, shown: str, meta: dict, known: str | None, ruleset: RuleSet, version: str):
    """(name, status, hash, records, diagnostics); status is unchanged, indexed or unread."""
    diags: list[Diagnostic] = []
    try:
        if is_url(name):
            data = _read_url(name)
            digest = content_hash(data, meta, version)
        else:
            data, digest = None, file_hash(Path(name), meta, version)
    except NotRegular:
        diags.append(Diagnostic(severity="error", code="I003", path=shown, message="not a regular file; skipped",
                                hint="give the path of a saved article file"))
        return name, "unread", None, None, diags
    except OSError as exc:  # gone, permissions, a network error: what the index holds stays
        diags.append(read_error(shown, exc))
        return name, "unread", None, None, diags
    if digest == known:
        return name, "unchanged", digest, None, diags
    if data is None:
        records, diags = file_records(Path(name), shown, meta, ruleset)
    else:
        with tempfile.TemporaryDirectory(prefix="factcheck-") as tmp:
            local = Path(tmp) / ("shard" + PurePosixPath(name).suffix.lower())
            local.write_bytes(data)
            records, diags = file_records(local, shown, meta, ruleset)
    return name, ("unread" if records is None else "indexed"), digest, records, diags


def _read_url(url: str) -> bytes:
    import fsspec

    try:
        with fsspec.open(url, "rb") as fh:
            return fh.read()
    except OSError:
        raise
    except Exception as exc:  # fsspec back ends raise their own errors for network trouble
        raise OSError(f"{type(exc).__name__}: {_reason(exc)}") from exc


# --- on the client: submit, collect, write ---------------------------------------------------

class _Cluster:
    def __init__(self, client, distributed) -> None:
        self.client, self.d = client, distributed

    def threads(self) -> int:
        workers = self.client.scheduler_info().get("workers", {})
        return max(1, sum(w.get("nthreads", 1) for w in workers.values()))

    def build(self, conn: sqlite3.Connection, paths: list[str], ruleset: RuleSet, rule_paths: list[str] | None,
              progress: Callable | None, stats: BuildStats, task_bytes: int | None) -> None:
        version, fp, diags = extractor_version(), fingerprint(ruleset), stats.diagnostics
        known = start(conn, ruleset, stats)
        listing = list_sources(paths, known, diags)
        stats.files = len(listing.sources)
        remove(conn, listing.gone, stats)
        threads = self.threads()
        if task_bytes is None:  # enough tasks to keep every thread busy to the end, none too large
            total = sum(s.size for s in listing.sources)
            task_bytes = max(MIN_TASK_BYTES, min(TASK_BYTES, total // (TASKS_PER_THREAD * threads) + 1))
        tasks = plan_tasks(listing.sources, known, task_bytes)
        spec = rules_spec(rule_paths)
        run = _Run(self, conn, stats, version, fp, spec, progress, len(tasks))
        run.go(tasks, window=2 * threads + 2)
        run.flush()
        finish(conn, version, diags)


class _Run:
    """One pass over the tasks: a bounded number in flight (the client never holds the
    whole archive's results), each written as it comes back."""

    def __init__(self, cluster: _Cluster, conn, stats: BuildStats, version: str, fp: str, spec,
                 progress, total: int) -> None:
        self.client, self.d = cluster.client, cluster.d
        self.conn, self.stats, self.version, self.fp = conn, stats, version, fp
        self.spec = self.client.scatter(spec, broadcast=True, hash=False) if spec is not None else None
        self.progress, self.total, self.done = progress, total, 0
        self.started = time.perf_counter()
        self.items: dict = {}
        self.suspects: list[list[tuple]] = []
        self.buffer: list[tuple] = []  # results received, not yet written
        self.flushed = self.started

    def submit(self, items: list[tuple]):
        future = self.client.submit(index_task, items, self.spec, key=f"factcheck-index-{uuid.uuid4().hex}",
                                    retries=1, pure=False)
        self.items[future.key] = items
        return future

    def go(self, tasks: list[list[tuple]], window: int) -> None:
        queue: Iterator[list[tuple]] = iter(tasks)
        pending = self.d.as_completed()
        for items in _take(queue, window):
            pending.add(self.submit(items))
        if self.progress and self.total:
            self.progress(0, self.total, 0.0)
        try:
            for future in pending:
                for follow in self.collect(future):
                    pending.add(self.submit(follow))
                for items in _take(queue, 1):
                    pending.add(self.submit(items))
            for items in self.suspects:
                self.collect(self.submit(items), alone=True)
        except (OSError, TimeoutError, self.d.client.FutureCancelledError) as exc:
            self.flush()  # what came back is whole: keep it
            raise InputError(f"factcheck: error: lost the Dask scheduler ({_reason(exc)}); the index holds "
                             "every file written so far\n  hint: run the same command again to finish") from None

    def collect(self, future, alone: bool = False) -> list[list[tuple]]:
        """Write one finished task; returns tasks to run instead of a failed one. A file is
        given up on (X904) only when it killed workers while no other task was running."""
        items = self.items.pop(future.key)
        try:
            result = future.result()
        except self.d.KilledWorker:
            if len(items) > 1:  # find the file that kills workers: each on its own
                self.total += len(items) - 1
                return [[item] for item in items]
            if not alone:  # it may have shared a dying worker with the culprit: once more, alone
                self.suspects.append(items)
                self.total += 1
                self.done += 1
            else:
                self._failed(items, "stopped the worker that read it each time it was tried, the last "
                                    "time alone on the cluster (killed, or out of memory)")
            return []
        except (OSError, TimeoutError, self.d.client.FutureCancelledError):
            raise
        except Exception as exc:
            if isinstance(exc, ModuleNotFoundError) and "factcheck" in str(exc):
                raise InputError("factcheck: error: the Dask workers cannot import factcheck\n  hint: "
                                 f"{INSTALL_HINT} on every worker, the same version as here "
                                 f"({self.version})") from None
            self._failed(items, f"failed on the cluster ({type(exc).__name__}: {_reason(exc)})")
            return []
        finally:
            future.release()
        self._check(result)
        self._write(result["files"])
        return []

    def _check(self, result: dict) -> None:
        if result["version"] != self.version:
            raise InputError(f"factcheck: error: worker {result['worker']} runs factcheck {result['version']}, "
                             f"this machine {self.version}\n  hint: install the same version everywhere; "
                             "an index records one extractor")
        if result["ruleset"] != self.fp:
            raise InputError(f"factcheck: error: worker {result['worker']} read the rule packs differently "
                             "from this machine\n  hint: install the same factcheck version everywhere")

    def _write(self, files: list[tuple]) -> None:
        stats, batch = self.stats, []
        for name, status, digest, records, diags in files:
            stats.diagnostics.extend(diags)
            if status == "unchanged":
                stats.unchanged += 1
            elif status == "indexed":
                batch.append((name, digest, records))
                stats.indexed += 1
                stats.documents += len(records)
                stats.claims += sum(r.n_claims for r in records)
        self.buffer.extend(batch)
        if len(self.buffer) >= WRITE_FILES or time.perf_counter() - self.flushed > WRITE_SECONDS:
            self.flush()
        self.done += 1
        if self.progress:
            rate = stats.documents / max(time.perf_counter() - self.started, 1e-9)
            self.progress(self.done, self.total, rate)

    def flush(self) -> None:
        if self.buffer:
            write(self.conn, self.buffer)
            self.buffer = []
        self.flushed = time.perf_counter()

    def _failed(self, items: list[tuple], why: str) -> None:
        for _name, shown, _meta, _known in items:
            self.stats.diagnostics.append(Diagnostic(
                severity="error", code="X904", path=shown, message=f"not indexed: {why}; what the index held "
                                                                   "for it is kept",
                hint="the next run tries it again; if it keeps failing, please report it with the file"))
        self.done += 1


def _take(queue: Iterator, n: int) -> list:
    out = []
    for _ in range(n):
        try:
            out.append(next(queue))
        except StopIteration:
            break
    return out
