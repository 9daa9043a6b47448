"""Running the desk under uvicorn: bind the socket first (a taken port is a clear error, and port
0 picks a free one), then serve until Ctrl-C."""

from __future__ import annotations

from .app import create_app
from .desk import Desk

LOOPBACK = {"127.0.0.1", "localhost", "::1"}


def run(desk: Desk, host: str, port: int, *, ready=None) -> None:
    import socket

    import uvicorn

    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    sock = socket.socket(family, socket.SOCK_STREAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    try:
        sock.bind((host, port))
    except OSError as exc:
        sock.close()
        desk.close()
        raise OSError(f"cannot listen on {host}:{port}: {exc.strerror or exc}") from None
    sock.listen(128)
    port = sock.getsockname()[1]
    allowed = [f"{h}" for h in ("127.0.0.1", "localhost", "[::1]")] if host in LOOPBACK else None
    app = create_app(desk, allowed_hosts=allowed)
    config = uvicorn.Config(app, log_level="warning", access_log=False, timeout_graceful_shutdown=5)
    server = uvicorn.Server(config)
    shown = f"[{host}]" if ":" in host else host
    if ready is not None:
        ready(f"http://{shown}:{port}/")
    try:
        server.run(sockets=[sock])
    except KeyboardInterrupt:
        pass  # uvicorn has shut down gracefully and re-raised the Ctrl-C it caught
    finally:
        desk.close()
        sock.close()
