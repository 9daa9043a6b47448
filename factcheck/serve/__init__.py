"""`factcheck serve`: the editor's desk, a local web app and HTTP API that checks drafts
against sources loaded once at start-up, through the same ``factcheck.api`` calls as the CLI.

Needs the optional extra: ``pip install 'factcheck[serve]'`` (FastAPI and uvicorn)."""

from __future__ import annotations

from .desk import Desk, DeskConfig

__all__ = ["Desk", "DeskConfig", "create_app", "run"]


def create_app(desk: Desk, allowed_hosts: list[str] | None = None):
    """The ASGI application for ``desk``; with ``allowed_hosts``, requests naming another Host
    are refused (a page elsewhere that resolves its name to this machine cannot read it)."""
    from .app import create_app as _create

    return _create(desk, allowed_hosts)


def run(desk: Desk, host: str = "127.0.0.1", port: int = 8000, *, ready=None) -> None:
    """Serve ``desk`` until interrupted (Ctrl-C stops it cleanly). ``ready(url)`` is called once
    the socket listens (the CLI prints the URL)."""
    from .server import run as _run

    _run(desk, host, port, ready=ready)
