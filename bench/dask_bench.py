"""Indexing on a Dask cluster (issue 18): how fast, what a task costs, and where one SQLite
writer stops. Each figure is taken on a real cluster: a `dask scheduler` and `dask worker`
processes started here on 127.0.0.1, as a newsroom would start them on its machines.

    python bench/synth_archive.py a2k --articles 2000
    python bench/dask_bench.py workers a2k --workers 1 2 4      # articles/s on N worker processes
    python bench/dask_bench.py local a2k --jobs 1 2             # the same archive without Dask
    python bench/dask_bench.py overhead --tasks 2000            # scheduling cost of one task
    python bench/dask_bench.py writer a2k                       # the single writer's ceiling
    python bench/dask_bench.py growth --sizes 1000 10000        # index size and check time

Figures and their reading are in bench/scale.md. Nothing here runs in the test suite.
"""

from __future__ import annotations

import argparse
import contextlib
import importlib.util
import os
import socket
import sqlite3
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
DASK = str(Path(sys.executable).with_name("dask"))


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@contextlib.contextmanager
def cluster(workers: int, folder: Path):
    """A scheduler and ``workers`` single-threaded worker processes; yields a connected client."""
    import distributed

    address = f"tcp://127.0.0.1:{_free_port()}"
    log = open(folder / "cluster.log", "ab")
    procs = [subprocess.Popen([DASK, "scheduler", "--host", "127.0.0.1", "--port", address.rsplit(":", 1)[1],
                               "--no-dashboard"], stdout=log, stderr=log, start_new_session=True)]
    procs.append(subprocess.Popen([DASK, "worker", address, "--nworkers", str(workers), "--nthreads", "1",
                                   "--no-dashboard", "--local-directory", str(folder)],
                                  stdout=log, stderr=log, start_new_session=True))
    try:
        client = distributed.Client(address, timeout="60s")
        client.wait_for_workers(workers, timeout=120)
        from factcheck.index.distributed import _worker_rules

        client.run(_worker_rules, None)  # rules loaded once per worker, before the clock starts
        client.procs = procs  # for cpu_seconds
        yield client
        client.close()
    finally:
        for proc in procs:
            with contextlib.suppress(ProcessLookupError):
                os.killpg(proc.pid, 15)
            proc.wait()


def cpu_seconds(client) -> tuple[float, float, float]:
    """CPU time (user + system) so far of the scheduler, of every worker process (nannies
    included), and of this process: what the machine's other jobs do not inflate."""
    import resource

    import psutil

    def tree(pid: int) -> float:
        root = psutil.Process(pid)
        total = 0.0
        for proc in [root, *root.children(recursive=True)]:
            with contextlib.suppress(psutil.Error):
                t = proc.cpu_times()
                total += t.user + t.system
        return total

    me = resource.getrusage(resource.RUSAGE_SELF)
    return tree(client.procs[0].pid), tree(client.procs[1].pid), me.ru_utime + me.ru_stime


def _articles(archive: Path, limit: int | None) -> tuple[list[str], float]:
    """The archive's articles (the first ``limit``) and their size in MB."""
    files = sorted(str(p) for p in archive.rglob("*.md"))
    files = files[:limit] if limit else files
    return files, sum(os.path.getsize(f) for f in files) / 1e6


def _row(label: str, stats, seconds: float, mb: float) -> str:
    return (f"| {label} | {stats.indexed} | {stats.claims} | {seconds:.1f} | {stats.indexed / seconds:.0f} | "
            f"{mb / seconds:.2f} | {os.getloadavg()[0]:.1f} |")


def workers(args) -> None:
    from factcheck import api

    files, _ = _articles(args.archive, args.limit)
    print("| workers | articles | tasks | wall (s) | articles/s | load | worker CPU per article (ms) | "
          "scheduler CPU per task (ms) | client CPU per article (ms) |\n|---|---:|---:|---:|---:|---:|---:|---:|---:|")
    for n in args.workers:
        with tempfile.TemporaryDirectory() as tmp, cluster(n, Path(tmp)) as client:
            tasks = []
            before = cpu_seconds(client)
            started = time.perf_counter()
            stats = api.build_index(files, Path(tmp) / "i.db", scheduler=client, task_bytes=args.task_bytes,
                                    progress=lambda done, total, rate: tasks.append(total))
            wall = time.perf_counter() - started
            sched, work, me = (b - a for a, b in zip(before, cpu_seconds(client)))
            k = stats.indexed
            print(f"| {n} | {k} | {tasks[-1]} | {wall:.1f} | {k / wall:.0f} | {os.getloadavg()[0]:.1f} | "
                  f"{1000 * work / k:.1f} | {1000 * sched / tasks[-1]:.1f} | {1000 * me / k:.2f} |", flush=True)


def local(args) -> None:
    from factcheck import api

    files, mb = _articles(args.archive, args.limit)
    import resource

    print("| run | articles | claims | wall (s) | articles/s | MB/s | load | CPU per article, all processes (ms) |\n"
          "|---|---:|---:|---:|---:|---:|---:|---:|")
    for jobs in args.jobs:
        with tempfile.TemporaryDirectory() as tmp:
            before = [resource.getrusage(w) for w in (resource.RUSAGE_SELF, resource.RUSAGE_CHILDREN)]
            started = time.perf_counter()
            stats = api.build_index(files, Path(tmp) / "i.db", jobs=jobs)
            wall = time.perf_counter() - started
            after = [resource.getrusage(w) for w in (resource.RUSAGE_SELF, resource.RUSAGE_CHILDREN)]
            cpu = sum(b.ru_utime + b.ru_stime - a.ru_utime - a.ru_stime for a, b in zip(before, after))
            print(_row(f"local, --jobs {jobs}", stats, wall, mb) + f" {1000 * cpu / stats.indexed:.1f} |", flush=True)


def overhead(args) -> None:
    """Empty tasks through the same submit/collect loop as an index run (a bounded window,
    results collected as they finish): the cost Dask adds to every task."""
    import distributed

    from factcheck.index.distributed import index_task

    with tempfile.TemporaryDirectory() as tmp, cluster(args.n_workers, Path(tmp)) as client:
        window = 2 * args.n_workers + 2
        for _ in range(2):
            before = cpu_seconds(client)
            started = time.perf_counter()
            pending = distributed.as_completed()
            todo = args.tasks
            for _ in range(min(window, todo)):
                pending.add(client.submit(index_task, [], None, pure=False))
                todo -= 1
            for future in pending:
                future.result()
                future.release()
                if todo:
                    pending.add(client.submit(index_task, [], None, pure=False))
                    todo -= 1
            seconds = time.perf_counter() - started
            cpu = [1000 * (b - a) / args.tasks for a, b in zip(before, cpu_seconds(client))]
        print(f"{args.tasks} empty tasks on {args.n_workers} worker(s), second pass: {seconds:.2f} s wall, "
              f"{1000 * seconds / args.tasks:.2f} ms per task; CPU per task: scheduler {cpu[0]:.2f} ms, "
              f"workers {cpu[1]:.2f} ms, client {cpu[2]:.2f} ms; load {os.getloadavg()[0]:.1f}")


def writer(args) -> None:
    """The records of ``archive`` extracted first (not timed), then written by the same
    function an index run uses, in transactions of 64 files: the ceiling of one writer."""
    from factcheck.dsl import load_rules
    from factcheck.index.build import WRITER_CACHE_KIB, file_records, write
    from factcheck.index.schema import open_index

    ruleset = load_rules(None)
    files, _ = _articles(args.archive, args.limit)
    done = []
    for f in files:
        records, _ = file_records(Path(f), f, {}, ruleset)
        done.append((f, "h" * 64, records))
    claims = sum(r.n_claims for _, _, recs in done for r in recs)
    keys = sum(len(r.keys) for _, _, recs in done for r in recs)
    for copies in args.copies:
        with tempfile.TemporaryDirectory() as tmp:
            conn = open_index(Path(tmp) / "w.db", create=True)
            cache = WRITER_CACHE_KIB if args.cache_kib is None else args.cache_kib
            conn.execute(f"PRAGMA cache_size = -{cache}")  # as build_index sets it
            batches = [(f"{c}/{f}", h, [_renamed(r, c) for r in recs]) for c in range(copies) for f, h, recs in done]
            started = time.perf_counter()
            for i in range(0, len(batches), args.batch):
                write(conn, batches[i:i + args.batch])
            seconds = time.perf_counter() - started
            conn.close()
        n = len(batches)
        print(f"writer (page cache {cache // 1024} MB, {args.batch} files a transaction), {n} articles ({claims * copies} claims, {keys * copies} keys): {seconds:.2f} s, "
              f"{n / seconds:.0f} articles/s, {claims * copies / seconds:.0f} claims/s, load {os.getloadavg()[0]:.1f}")


def _renamed(record, copy: int):
    from dataclasses import replace

    return replace(record, doc_id=f"{copy}/{record.doc_id}")


def growth(args) -> None:
    """Index size, build time and the check of a 1,000-word draft as the archive grows."""
    from factcheck import api

    synth = _synth()
    print("| articles | index (MB) | per article (KB) | build (s) | check, median of 5 (ms) | candidates |\n"
          "|---:|---:|---:|---:|---:|---:|")
    with tempfile.TemporaryDirectory() as tmp:
        for n in args.sizes:
            archive, db, draft = Path(tmp) / f"a{n}", Path(tmp) / f"a{n}.db", Path(tmp) / f"d{n}.md"
            synth.generate(archive, n, seed=1)
            draft.write_text(synth.draft(n, 1), encoding="utf-8")
            started = time.perf_counter()
            api.build_index([archive], db, jobs=args.jobs)
            build = time.perf_counter() - started
            size = db.stat().st_size / 1e6
            checked = api.load_corpus([draft])
            times, report = [], None
            for _ in range(5):
                t = time.perf_counter()
                report = api.check(checked.documents, focus=[d.id for d in checked.documents], index=db)
                times.append(time.perf_counter() - t)
            times.sort()
            print(f"| {n:,} | {size:.0f} | {1000 * size / n:.1f} | {build:.0f} | {1000 * times[2]:.0f} | "
                  f"{report.summary.claims} |", flush=True)


def _synth():
    spec = importlib.util.spec_from_file_location("synth_archive", REPO / "bench" / "synth_archive.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def main() -> None:
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = p.add_subparsers(dest="what", required=True)
    w = sub.add_parser("workers")
    w.add_argument("archive", type=Path)
    w.add_argument("--workers", type=int, nargs="+", default=[1, 2, 4])
    w.add_argument("--limit", type=int)
    w.add_argument("--task-bytes", type=int)
    lo = sub.add_parser("local")
    lo.add_argument("archive", type=Path)
    lo.add_argument("--jobs", type=int, nargs="+", default=[1, 2])
    lo.add_argument("--limit", type=int)
    o = sub.add_parser("overhead")
    o.add_argument("--tasks", type=int, default=2000)
    o.add_argument("--n-workers", type=int, default=2)
    wr = sub.add_parser("writer")
    wr.add_argument("archive", type=Path)
    wr.add_argument("--limit", type=int, default=1000)
    wr.add_argument("--copies", type=int, nargs="+", default=[1, 10, 100])
    wr.add_argument("--batch", type=int, default=64, help="files per transaction (local build: 64)")
    wr.add_argument("--cache-kib", type=int, help="SQLite page cache (default: the index builder's)")
    g = sub.add_parser("growth")
    g.add_argument("--sizes", type=int, nargs="+", default=[1000, 10000])
    g.add_argument("--jobs", type=int, default=2)
    args = p.parse_args()
    {"workers": workers, "local": local, "overhead": overhead, "writer": writer, "growth": growth}[args.what](args)


if __name__ == "__main__":
    main()
