"""Indexing on a real Dask cluster: a scheduler and two workers started as separate processes
on 127.0.0.1, as `dask scheduler` and `dask worker` run on a newsroom's machines. The index
they build must be the one a local build gives, whatever happens to a worker or the client."""

from __future__ import annotations

import os
import signal
import socket
import sqlite3
import subprocess
import sys
import time
import zlib
from pathlib import Path

import pytest

from factcheck import api
from factcheck.cli import main

distributed = pytest.importorskip("distributed", reason="dask is an optional extra: pip install 'factcheck[dask]'")

HERE = Path(__file__).resolve().parent
DASK = str(Path(sys.executable).with_name("dask"))


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Cluster:
    """A scheduler and workers as subprocesses, each in its own process group (a worker is
    killed with its nanny, so it does not come back)."""

    def __init__(self, root: Path) -> None:
        self.root = root
        self.address = f"tcp://127.0.0.1:{_free_port()}"
        # A task may outlive one dead worker, not two: the poisoned file is given up on sooner.
        self.env = {**os.environ, "DASK_DISTRIBUTED__SCHEDULER__ALLOWED_FAILURES": "1"}
        self.procs: list[subprocess.Popen] = []
        self.scheduler = self._start([DASK, "scheduler", "--host", "127.0.0.1", "--port",
                                      self.address.rsplit(":", 1)[1], "--no-dashboard"], "scheduler")

    def _start(self, argv: list[str], name: str) -> subprocess.Popen:
        log = open(self.root / f"{name}.log", "wb")
        # Workers run in another folder than the tests: document ids must still be the client's.
        proc = subprocess.Popen(argv, cwd=self.root, env=self.env, stdout=log, stderr=subprocess.STDOUT,
                                start_new_session=True)
        self.procs.append(proc)
        return proc

    def add_worker(self, name: str) -> subprocess.Popen:
        return self._start([DASK, "worker", self.address, "--nthreads", "1", "--nworkers", "1",
                            "--no-dashboard", "--name", name, "--preload", str(HERE / "dask_poison.py"),
                            "--local-directory", str(self.root / name)], name)

    def client(self, workers: int):
        client = distributed.Client(self.address, timeout="30s")
        client.wait_for_workers(workers, timeout=90)
        return client

    def kill(self, proc: subprocess.Popen) -> None:
        try:
            os.killpg(proc.pid, signal.SIGKILL)
        except ProcessLookupError:
            pass
        proc.wait()

    def stop(self) -> None:
        for proc in reversed(self.procs):
            self.kill(proc)


@pytest.fixture(scope="module")
def cluster(tmp_path_factory):
    c = Cluster(tmp_path_factory.mktemp("cluster"))
    try:
        c.add_worker("w1")
        c.add_worker("w2")
        with c.client(2):
            pass
        yield c
    finally:
        c.stop()


@pytest.fixture
def client(cluster):
    with cluster.client(2) as c:
        yield c


@pytest.fixture
def here(tmp_path, monkeypatch):
    """Tests run in tmp_path, so document ids are short relative paths ("archive/…")."""
    monkeypatch.chdir(tmp_path)
    return tmp_path


def _archive(synth, root: Path, n: int, seed: int = 3) -> Path:
    out = root / "archive"
    synth.generate(out, n, seed=seed, per_folder=20)
    # One JSONL shard among the Markdown files: a shard is one task's unit.
    lines = [f'{{"text": "Officials said 1,200 people were evacuated on 3 March 2025 in Vessa, line {i}.", '
             f'"source": "Shard Wire", "published": "2025-03-05"}}' for i in range(5)]
    (out / "shard-001.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    return out


def _content(db, rename=lambda name: name) -> list:
    """What the index says, independent of row ids and of write order: documents, groups,
    claims, keys and file hashes (with ``rename`` applied to ids and paths)."""
    conn = sqlite3.connect(db)
    docs = sorted((rename(d), rename(g), rename(i), zlib.decompress(t), rename(zlib.decompress(c).decode()))
                  for d, g, i, t, c in conn.execute("SELECT doc_id, grp, info, text, claims FROM documents"))
    keys = sorted((r, k, rename(d), o) for r, k, d, o in conn.execute(
        "SELECT r.name, k.key, d.doc_id, k.ord FROM keys k JOIN rules r ON r.id = k.rule "
        "JOIN documents d ON d.id = k.doc"))
    files = sorted((rename(p), h) for p, h in conn.execute("SELECT path, hash FROM files"))
    conn.close()
    return [docs, keys, files]


def _same_as_files(by_url: list, by_path: list) -> None:
    """Documents and keys alike once ids are renamed; each file stored with the same hash
    (the index names a URL by its URL and a file by its absolute path)."""
    assert by_url[:2] == by_path[:2]
    assert sorted(h for _, h in by_url[2]) == sorted(h for _, h in by_path[2])


def _findings(db, draft: Path) -> list:
    checked = api.load_corpus([draft])
    report = api.check(checked.documents, focus=[d.id for d in checked.documents], index=db)
    return [f.model_dump() for f in report.findings]


def _draft(synth, root: Path, n: int) -> Path:
    path = root / "draft.md"
    path.write_text(synth.draft(n, 3), encoding="utf-8")
    return path


def test_a_cluster_builds_the_index_a_local_run_builds(cluster, client, synth, here):
    archive = _archive(synth, here, 60)
    local, remote = here / "local.db", here / "dask.db"
    api.build_index([archive], local, jobs=1)
    draft = _draft(synth, here, 60)
    lines: list[str] = []
    seen: list[tuple] = []
    during: list = []

    def progress(*args):
        seen.append(args)
        if args[0] == 3:  # a check reads the index while the cluster run writes it
            during.append(_findings(remote, draft))

    stats = api.build_index([archive], remote, scheduler=client, log=lines.append, progress=progress,
                            task_bytes=40_000)
    assert (stats.indexed, stats.unchanged, stats.documents) == (61, 0, 65)
    assert _content(remote) == _content(local)
    assert len(during) == 1
    found = _findings(remote, draft)
    assert found, "the synthetic draft disagrees with its archive"
    assert found == _findings(local, draft)
    assert "2 worker(s)" in lines[0] and cluster.address in lines[0]
    assert seen[0][:2] == (0, seen[-1][1]) and seen[-1][0] == seen[-1][1] > 2 and seen[-1][2] > 0
    # A second run on the cluster skips every file by its hash, as a local one would.
    again = api.build_index([archive], remote, scheduler=client)
    assert (again.indexed, again.unchanged) == (0, 61)


def test_a_file_url_is_read_by_the_workers_and_kept_up_to_date(cluster, client, synth, here):
    archive = _archive(synth, here, 24)
    local, remote = here / "local.db", here / "url.db"
    api.build_index([archive], local, jobs=1)
    url = archive.resolve().as_uri()
    stats = api.build_index([url], remote, scheduler=client)
    assert (stats.indexed, stats.documents) == (25, 29)
    _same_as_files(_content(remote, lambda s: s.replace(url, "archive")), _content(local))
    gone = sorted(archive.glob("00000/*.md"))[0]
    gone.unlink()
    stats = api.build_index([url], remote, scheduler=client)
    assert (stats.indexed, stats.unchanged, stats.removed) == (0, 24, 1)
    names = [p for (p,) in sqlite3.connect(remote).execute("SELECT path FROM files")]
    assert gone.resolve().as_uri() not in names and len(names) == 24


def test_a_file_that_kills_its_worker_is_reported_not_retried_forever(cluster, client, synth, here):
    archive = _archive(synth, here, 20)
    poisoned = archive / "00000" / "a000003.md"
    poisoned.write_text(poisoned.read_text(encoding="utf-8") + "\nPOISON-PILL\n", encoding="utf-8")
    db = here / "p.db"
    # One file a task (each worker death costs a restart): the poisoned file kills a worker
    # twice beside the others, then twice alone, and is given up on; the others are indexed.
    stats = api.build_index([archive], db, scheduler=client, task_bytes=1)
    failed = [d for d in stats.diagnostics if d.code == "X904"]
    assert [d.path for d in failed] == ["archive/00000/a000003.md"]
    assert "stopped the worker that read it each time it was tried, the last time alone" in failed[0].message
    assert (stats.indexed, stats.files) == (20, 21)
    names = [p for (p,) in sqlite3.connect(db).execute("SELECT path FROM files")]
    assert len(names) == 20 and str(poisoned.resolve()) not in names  # the next run tries it again
    client.wait_for_workers(2, timeout=60)  # the nannies bring the killed workers back


def test_a_worker_killed_mid_run_loses_and_duplicates_nothing(cluster, synth, here):
    archive = _archive(synth, here, 60, seed=5)
    local, remote = here / "local.db", here / "dask.db"
    api.build_index([archive], local, jobs=1)
    doomed = cluster.add_worker("w3")
    killed = []

    def kill_once(done, total, rate):
        if done >= 1 and not killed:
            cluster.kill(doomed)
            killed.append(done)

    with cluster.client(3) as client:
        stats = api.build_index([archive], remote, scheduler=client, progress=kill_once, task_bytes=15_000)
    assert killed and killed[0] < 10, "the worker was killed while tasks were left"
    assert stats.indexed == 61 and not [d for d in stats.diagnostics if d.severity == "error"]
    assert _content(remote) == _content(local)


def test_a_client_killed_mid_run_resumes_with_nothing_duplicated_or_lost(cluster, client, synth, here):
    archive = _archive(synth, here, 100, seed=7)
    local, remote = here / "local.db", here / "dask.db"
    api.build_index([archive], local, jobs=1)
    # A client of its own, in another process, with small tasks (the CLI's are at least 256 KB:
    # two for this archive) so that it is killed with most of the work left.
    code = ("import sys; from factcheck import api; from factcheck.index import distributed; "
            "distributed.WRITE_FILES = 1; "  # written as each task comes back
            "api.build_index([sys.argv[1]], sys.argv[2], scheduler=sys.argv[3], task_bytes=15_000)")
    run = subprocess.Popen([sys.executable, "-c", code, str(archive), str(remote), cluster.address], cwd=here)
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline and run.poll() is None:
        try:
            if sqlite3.connect(remote).execute("SELECT count(*) FROM files").fetchone()[0]:
                break
        except sqlite3.Error:
            pass  # not created yet
        time.sleep(0.01)
    run.send_signal(signal.SIGKILL)
    run.wait()
    conn = sqlite3.connect(remote)
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    committed = conn.execute("SELECT count(*) FROM files").fetchone()[0]
    conn.close()
    assert 0 < committed < 101, "killed after the first commit and before the last"
    stats = api.build_index([archive], remote, scheduler=client)
    assert stats.unchanged == committed and stats.indexed == 101 - committed
    assert _content(remote) == _content(local)


def test_cli_on_the_cluster_prints_the_scheduler_and_a_summary(cluster, synth, here, capsys):
    archive = _archive(synth, here, 4)
    assert main(["index", str(archive), "--db", "c.db", "--scheduler", cluster.address]) == 0
    err = capsys.readouterr().err
    assert f"dask: scheduler {cluster.address}, 2 worker(s)" in err
    assert "c.db: 5 file(s) indexed, 0 unchanged, 0 removed" in err


def test_an_unreachable_scheduler_is_a_clear_error_not_a_traceback(here, capsys):
    import dask

    address = f"tcp://127.0.0.1:{_free_port()}"
    with dask.config.set({"distributed.comm.timeouts.connect": "1s"}):
        assert main(["index", str(here), "--db", "x.db", "--scheduler", address]) == 2
    err = capsys.readouterr().err
    assert f"cannot reach the Dask scheduler at {address}" in err and "Traceback" not in err
    assert not (here / "x.db").exists(), "nothing is created before the cluster answers"


@pytest.mark.parametrize("address", ["localhost", "http://127.0.0.1:8786", "tcp://host"])
def test_a_bad_scheduler_address_is_a_usage_error(here, capsys, address):
    assert main(["index", str(here), "--db", "x.db", "--scheduler", address]) == 2
    assert "is not a scheduler address" in capsys.readouterr().err


def test_urls_without_a_scheduler_are_a_usage_error(here, capsys):
    assert main(["index", "s3://bucket/archive/", "--db", "x.db"]) == 2
    assert "URLs are read by Dask workers; add --scheduler" in capsys.readouterr().err


def test_without_dask_the_scheduler_option_says_how_to_install_it(here, capsys, monkeypatch):
    monkeypatch.setitem(sys.modules, "distributed", None)  # what an install without the extra sees
    assert main(["index", str(here), "--db", "x.db", "--scheduler", "tcp://127.0.0.1:8786"]) == 2
    err = capsys.readouterr().err
    assert "--scheduler needs Dask" in err and "pip install 'factcheck[dask]'" in err


def test_an_archive_in_a_memory_filesystem_indexes_like_files_and_loses_deleted_ones(synth, here):
    """memory:// lives in one process: an in-process cluster (threads) reads it."""
    import fsspec

    archive = _archive(synth, here, 8)
    local = here / "local.db"
    api.build_index([archive], local, jobs=1)
    fs = fsspec.filesystem("memory")
    for path in archive.rglob("*"):
        if path.is_file():
            fs.pipe(f"/fc-test/archive/{path.relative_to(archive).as_posix()}", path.read_bytes())
    try:
        with distributed.Client(processes=False, n_workers=1, threads_per_worker=2,
                                dashboard_address=":0") as c:
            stats = api.build_index(["memory://fc-test/archive"], here / "mem.db", scheduler=c)
            assert stats.indexed == 9
            _same_as_files(_content(here / "mem.db", lambda s: s.replace("memory:///fc-test/archive", "archive")),
                           _content(local))
            fs.rm("/fc-test/archive/shard-001.jsonl")
            again = api.build_index(["memory://fc-test/archive"], here / "mem.db", scheduler=c)
    finally:
        fs.rm("/fc-test", recursive=True)
    assert (again.indexed, again.unchanged, again.removed) == (0, 8, 1)



def test_rule_packs_given_here_are_sent_to_the_workers(cluster, client, synth, here):
    pack = Path(__file__).resolve().parents[2] / "rules" / "quantities"
    archive = _archive(synth, here, 12)
    local, remote = here / "local.db", here / "dask.db"
    api.build_index([archive], local, jobs=1, rules=[pack])
    api.build_index([archive], remote, scheduler=client, rules=[pack])
    assert _content(remote) == _content(local)
    rules = [r for (r,) in sqlite3.connect(remote).execute("SELECT name FROM rules")]
    assert rules and all(r.startswith("quantities.") for r in rules)


def test_a_worker_with_another_factcheck_version_stops_the_run(client, synth, here):
    from factcheck.errors import InputError

    archive = _archive(synth, here, 2)
    # Code run on each worker (a function of this module would not unpickle there).
    pretend = "from factcheck.index import distributed as d; d._worker_version = lambda: '0.0.1'"
    restore = ("import functools; from factcheck.index import build, distributed as d; "
               "d._worker_version = functools.lru_cache(maxsize=1)(build.extractor_version)")
    client.run(exec, pretend)
    try:
        with pytest.raises(InputError, match=r"(?s)runs factcheck 0\.0\.1, this machine .*install the same version"):
            api.build_index([archive], here / "v.db", scheduler=client)
    finally:
        client.run(exec, restore)
    conn = sqlite3.connect(here / "v.db")
    assert conn.execute("SELECT count(*) FROM files").fetchone()[0] == 0, "nothing from that worker is written"


def test_scheduler_local_starts_a_dask_cluster_for_the_run_and_stops_it(synth, here, capsys):
    archive = _archive(synth, here, 3)
    assert main(["index", str(archive), "--db", "l.db", "--scheduler", "local", "--jobs", "1"]) == 0
    err = capsys.readouterr().err
    assert "dask: scheduler tcp://127.0.0.1:" in err and ", 1 worker(s), 1 thread(s); dashboard: http" in err
    assert "l.db: 4 file(s) indexed" in err
    assert main(["index", str(archive), "--db", "l.db", "--scheduler", "local", "--jobs", "1"]) == 0
    assert "0 file(s) indexed, 4 unchanged" in capsys.readouterr().err
