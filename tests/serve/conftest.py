"""Fixtures for the editor's desk: one desk on the example corpus per module (rules and sources
are loaded once, as the server does), a test client, and a real uvicorn on a free port."""

from __future__ import annotations

import socket
import threading
import time
from pathlib import Path

import pytest

pytest.importorskip("fastapi", reason="factcheck[serve] is not installed")

from fastapi.testclient import TestClient  # noqa: E402

from factcheck.serve import Desk, DeskConfig, create_app  # noqa: E402

REPO = Path(__file__).resolve().parents[2]
EXAMPLES = REPO / "examples"
DRAFT = (EXAMPLES / "draft.md").read_text(encoding="utf-8")


@pytest.fixture(scope="module")
def baseline_path(tmp_path_factory) -> Path:
    return tmp_path_factory.mktemp("desk") / "accepted.json"


@pytest.fixture(scope="module")
def desk(baseline_path) -> Desk:
    config = DeskConfig(against=(str(EXAMPLES),), baseline=str(baseline_path), workers=2, queue=32,
                        max_body_bytes=64 * 1024, max_draft_chars=20_000)
    desk = Desk.open(config)
    yield desk
    desk.close()


@pytest.fixture(scope="module")
def client(desk) -> TestClient:
    with TestClient(create_app(desk)) as c:
        yield c


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class LiveServer:
    """``create_app(desk)`` under a real uvicorn on 127.0.0.1, in a thread of this process."""

    def __init__(self, desk: Desk) -> None:
        import uvicorn

        self.port = free_port()
        config = uvicorn.Config(create_app(desk, allowed_hosts=["127.0.0.1", "localhost"]), host="127.0.0.1",
                                port=self.port, log_level="warning", access_log=False)
        self.server = uvicorn.Server(config)
        self.thread = threading.Thread(target=self.server.run, daemon=True)

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def __enter__(self) -> "LiveServer":
        self.thread.start()
        deadline = time.monotonic() + 20
        while not self.server.started:
            if time.monotonic() > deadline or not self.thread.is_alive():
                raise RuntimeError("uvicorn did not start")
            time.sleep(0.05)
        return self

    def __exit__(self, *exc) -> None:
        self.server.should_exit = True
        self.thread.join(10)


@pytest.fixture(scope="module")
def live(desk):
    with LiveServer(desk) as server:
        yield server
