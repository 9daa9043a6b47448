"""The desk under a real uvicorn: many editors at once, a check that never blocks the page,
refusals when the workers are full or a check runs too long, and `factcheck serve` itself
(prints its URL, binds 127.0.0.1, stops cleanly on Ctrl-C)."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.request
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest

from factcheck.serve import Desk, DeskConfig

from .conftest import DRAFT, EXAMPLES, REPO, LiveServer


def _post(url: str, body: dict, timeout: float = 60) -> tuple[int, dict]:
    request = urllib.request.Request(url, data=json.dumps(body).encode(), method="POST",
                                     headers={"Content-Type": "application/json"})
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:
            return response.status, json.loads(response.read())
    except urllib.error.HTTPError as exc:
        return exc.code, json.loads(exc.read())


@pytest.fixture(scope="module")
def forked():
    """A desk whose checks run in worker processes (the CLI's default on Linux), forked here
    before its server starts."""
    desk = Desk.open(DeskConfig(against=(str(EXAMPLES),), workers=2, queue=32, processes=True))
    with LiveServer(desk) as server:
        yield server
    desk.close()


@pytest.mark.parametrize("mode", ["forked", "live"])
def test_twenty_checks_at_once_are_all_answered_correctly(mode, request):
    # Each request names its own draft and source, so a report mixed up between workers shows.
    live = request.getfixturevalue(mode)
    expected = _post(f"{live.url}/api/check", {"text": DRAFT})[1]

    def one(i: int):
        return i, _post(f"{live.url}/api/check", {"text": DRAFT, "name": f"draft-{i}.md", "source": f"Desk {i}"})

    with ThreadPoolExecutor(20) as pool:
        results = list(pool.map(one, range(20)))
    for i, (status, report) in results:
        assert status == 200
        doc = next(d for d in report["documents"] if d["id"] == f"draft-{i}.md")
        assert doc["source"] == f"Desk {i}"
        assert [f["fingerprint"] for f in report["findings"]] != []
        assert [(f["rule"], [c["text"] for c in f["claims"]]) for f in report["findings"]] == \
            [(f["rule"], [c["text"] for c in f["claims"]]) for f in expected["findings"]]


def test_a_worker_process_that_dies_is_replaced(forked):
    import os as os_

    pool = forked.server.config.app.state.desk._pool
    for pid in list(pool._processes):
        os_.kill(pid, signal.SIGKILL)
    time.sleep(0.3)
    first = _post(f"{forked.url}/api/check", {"text": DRAFT})
    assert first[0] == 200 or (first[0], first[1]["error"]["code"]) == (503, "worker_died")
    assert _post(f"{forked.url}/api/check", {"text": DRAFT})[0] == 200  # new workers took over


def test_a_slow_check_does_not_block_the_page_and_runs_too_long_are_refused(monkeypatch):
    desk = Desk.open(DeskConfig(against=(str(EXAMPLES),), workers=1, queue=0, check_seconds=1.5))
    release = threading.Event()

    def slow(draft):
        release.wait(10)
        raise RuntimeError("not reached in time")

    monkeypatch.setattr(desk, "check", slow)
    with LiveServer(desk) as server:
        with ThreadPoolExecutor(2) as pool:
            first = pool.submit(_post, f"{server.url}/api/check", {"text": DRAFT})
            time.sleep(0.3)
            started = time.monotonic()
            with urllib.request.urlopen(f"{server.url}/healthz", timeout=5) as page:
                assert page.status == 200
            assert time.monotonic() - started < 1.0  # answered while the check runs
            status, body = _post(f"{server.url}/api/check", {"text": DRAFT})
            assert status == 503 and body["error"]["code"] == "busy"
            status, body = first.result()
            assert status == 504 and body["error"]["message"] == "the check took longer than 1.5 s and was abandoned"
        release.set()
    desk.close()


def test_an_unexpected_failure_is_a_500_without_a_traceback(monkeypatch):
    desk = Desk.open(DeskConfig())

    def broken(draft):
        raise ZeroDivisionError("secret detail")

    monkeypatch.setattr(desk, "check", broken)
    with LiveServer(desk) as server:
        status, body = _post(f"{server.url}/api/check", {"text": DRAFT})
    assert status == 500 and "secret" not in json.dumps(body) and "Traceback" not in json.dumps(body)
    desk.close()


def test_a_foreign_host_header_is_refused(live):
    # DNS rebinding: a page on evil.example resolving to 127.0.0.1 must not read reports.
    request = urllib.request.Request(f"{live.url}/healthz", headers={"Host": "evil.example"})
    with pytest.raises(urllib.error.HTTPError) as info:
        urllib.request.urlopen(request, timeout=5)
    assert info.value.code == 400


def _start(*args: str) -> tuple[subprocess.Popen, str]:
    # A session of its own: Ctrl-C in a terminal signals the whole process group (the worker
    # processes too), which os.killpg reproduces.
    proc = subprocess.Popen([sys.executable, "-m", "factcheck", "serve", *args], cwd=REPO, text=True,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, env={**os.environ, "PYTHONUNBUFFERED": "1"},
                            start_new_session=True)
    line = proc.stderr.readline()
    return proc, line


def test_factcheck_serve_prints_its_url_serves_and_stops_on_ctrl_c(tmp_path):
    proc, line = _start("--against", "examples/", "--port", "0", "--baseline", str(tmp_path / "b.json"))
    try:
        assert line.startswith("factcheck serve: http://127.0.0.1:") and line.rstrip().endswith("(Ctrl-C to stop)")
        url = line.split()[2]
        with urllib.request.urlopen(url + "healthz", timeout=10) as response:
            assert json.loads(response.read())["documents"] == 6
        status, report = _post(url + "api/check", {"text": DRAFT})
        assert status == 200 and report["summary"]["findings"] == 8
    finally:
        os.killpg(proc.pid, signal.SIGINT)
        out, err = proc.communicate(timeout=20)
    assert proc.returncode == 0, err
    assert "factcheck serve: stopped" in err and "Traceback" not in err


@pytest.mark.parametrize("args, words", [
    (["--against", "no/such/folder"], "no/such/folder: error: I001 no such file or folder"),
    (["--against", "missing.db"], "missing.db: error: I001 no such index"),
    (["--workers", "0"], "--workers must be at least 1"),
    (["--port", "70000"], "--port must be between 0 and 65535"),
    (["--rules", "examples/draft.md"], "error"),
])
def test_factcheck_serve_refuses_bad_options_with_a_located_message(args, words, capsys, monkeypatch):
    from factcheck.cli import main

    monkeypatch.chdir(REPO)
    assert main(["serve", *args]) == 2
    err = capsys.readouterr().err
    assert words in err and "Traceback" not in err


def test_factcheck_serve_says_when_the_port_is_taken(live, capsys, monkeypatch):
    from factcheck.cli import main

    monkeypatch.chdir(REPO)
    assert main(["serve", "--threads", "--port", str(live.port)]) == 2
    assert f"cannot listen on 127.0.0.1:{live.port}" in capsys.readouterr().err


def test_checks_against_an_index_go_on_while_factcheck_index_updates_it(tmp_path):
    import shutil as sh

    from fastapi.testclient import TestClient

    from factcheck import api
    from factcheck.serve import create_app

    archive = tmp_path / "archive"
    archive.mkdir()
    for name in ("coastline-wire.md", "northern-gazette.md", "radio-meridian.txt"):
        sh.copy(EXAMPLES / name, archive / name)
    db = tmp_path / "archive.db"
    api.build_index([archive], db)
    desk = Desk.open(DeskConfig(against=(str(db),)))

    def aid_sources(report) -> list[str]:
        aid = next(f for f in report["findings"] if "for aid" in f["message"])
        return sorted(Path(c["path"]).name for c in aid["claims"] if c["doc"] != "draft.md")

    with TestClient(create_app(desk)) as client:
        assert client.get("/healthz").json()["index"] is True
        assert aid_sources(client.post("/api/check", json={"text": DRAFT}).json()) == ["coastline-wire.md"]
        sh.copy(EXAMPLES / "vessa-daily.txt", archive / "vessa-daily.txt")
        updating = threading.Thread(target=api.build_index, args=([archive], db))
        updating.start()
        statuses = []
        while updating.is_alive():
            statuses.append(client.post("/api/check", json={"text": DRAFT}).status_code)
        updating.join()
        assert statuses and set(statuses) == {200}
        assert aid_sources(client.post("/api/check", json={"text": DRAFT}).json()) == ["coastline-wire.md", "vessa-daily.txt"]
    desk.close()


def test_factcheck_serve_without_the_extra_says_what_to_install(capsys, monkeypatch):
    from factcheck.cli import main

    monkeypatch.setitem(sys.modules, "uvicorn", None)  # as if not installed
    assert main(["serve"]) == 2
    err = capsys.readouterr().err
    assert "factcheck serve needs the 'serve' extra (uvicorn is not installed)" in err
    assert "pip install 'factcheck[serve]'" in err
