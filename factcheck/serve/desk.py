"""The desk: what one server holds for its whole life (rules and sources, loaded once and only
read afterwards; the baseline file; a bounded pool of check workers) and the checks it runs."""

from __future__ import annotations

import asyncio
import datetime as dt
import logging
import multiprocessing
import signal
import threading
from concurrent.futures import Executor, ProcessPoolExecutor, ThreadPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass, field

from .. import api
from ..errors import FactcheckError, InputError
from ..models import Report
from .acceptance import BaselineStore

log = logging.getLogger("factcheck.serve")


@dataclass(frozen=True)
class DeskConfig:
    against: tuple[str, ...] = ()
    rules: tuple[str, ...] = ()
    baseline: str | None = None
    #: Checks running at once.
    workers: int = 2
    #: Workers are processes forked once the sources are loaded (each uses a core; Python
    #: threads share one), else threads of the server.
    processes: bool = False
    #: Checks waiting for a worker before new ones are refused with 503.
    queue: int = 16
    #: Limits a request must stay within; each refusal says which one and by how much.
    max_body_bytes: int = 2 * 1024 * 1024
    max_draft_chars: int = 200_000
    check_seconds: float = 30.0


@dataclass(frozen=True)
class Draft:
    """A draft as a request gives it: the text and the metadata the form or the CMS sets."""

    text: str
    name: str = "draft.md"
    format: str | None = None
    published: dt.date | None = None
    source: str | None = None


class Busy(Exception):
    """Every worker is taken and the queue is full."""


class TooSlow(Exception):
    """A check ran past ``check_seconds``."""


class BaselineUnreadable(Exception):
    """The baseline file was changed into something that is not a baseline (the formatted,
    located message; plain arguments, so that it crosses from a worker process)."""


class WorkerDied(Exception):
    """The worker process running the check died (killed, out of memory); new ones were started."""


class DraftUnreadable(Exception):
    """Nothing of the draft could be read: ``args`` are the message and the formatted
    diagnostics."""


#: The desk a worker process checks with: set in the server before the workers are forked, so
#: each worker inherits the rules and sources already loaded (shared copy-on-write, never
#: loaded again and never written).
_WORKER_DESK: Desk | None = None


def _check_in_worker(draft: Draft) -> Report:
    return _WORKER_DESK.check(draft)


def _nothing() -> None:
    return None


def _worker_start() -> None:
    # Ctrl-C in a terminal reaches the whole process group: the server stops its workers
    # itself, so a worker must not die of it mid-check with a traceback of its own.
    signal.signal(signal.SIGINT, signal.SIG_IGN)


@dataclass
class Desk:
    """Rules, sources and the baseline for one server; ``check`` is safe to call from many
    threads at once: it reads them and builds a new report each time."""

    config: DeskConfig
    rules: object = None
    sources: api.Sources | None = None
    baseline: BaselineStore | None = None
    _pool: Executor | None = field(default=None, repr=False)
    _threads: ThreadPoolExecutor | None = field(default=None, repr=False)
    _pending: int = 0
    _lock: threading.Lock = field(default_factory=threading.Lock, repr=False)

    @classmethod
    def open(cls, config: DeskConfig) -> "Desk":
        """Load rules and sources (raising the same located errors as the CLI) and check that a
        baseline file, when it exists, is readable. With ``config.processes``, the worker
        processes are started here, before the server starts any thread."""
        sources = api.load_sources(config.against) if config.against else None
        rules = api.load_rules(list(config.rules)) if config.rules else api.load_rules()
        baseline = BaselineStore(config.baseline) if config.baseline else None
        if baseline is not None:
            baseline.entries()  # a broken baseline fails now, not on an editor's first check
        desk = cls(config=config, rules=rules, sources=sources, baseline=baseline)
        if config.processes:
            desk._start_processes()
        return desk

    # -- checks -----------------------------------------------------------------------------
    def check(self, draft: Draft) -> Report:
        """The report for ``draft`` against the desk's sources (blocking; see ``report``)."""
        corpus = api.draft_corpus(draft.text, name=draft.name, fmt=draft.format,
                                  published=draft.published, source=draft.source)
        try:
            entries = self.baseline.entries() if self.baseline else None
        except FactcheckError as exc:
            raise BaselineUnreadable(exc.format()) from None
        try:
            return api.check_against(corpus, self.sources, self.rules, baseline=entries,
                                     baseline_path=self.baseline.shown if self.baseline else None)
        except InputError as exc:
            raise DraftUnreadable(str(exc).removeprefix("factcheck: "), [d.format() for d in exc.diagnostics]) from None

    async def report(self, draft: Draft) -> Report:
        """The report for ``draft``, computed by a worker off the event loop: the page and
        other editors are served while it runs. Refused with :class:`Busy` when every worker
        is taken and the queue is full; abandoned with :class:`TooSlow` after
        ``check_seconds`` (the worker finishes and is then free again)."""
        if self.config.processes:
            return await self._bounded(self._process_pool(), _check_in_worker, draft)
        return await self._bounded(self._thread_pool(), self.check, draft)

    async def run(self, fn, *args):
        """``fn(*args)`` on a thread of the server (a short task such as writing the baseline)."""
        return await asyncio.wrap_future(self._thread_pool().submit(fn, *args))

    async def _bounded(self, pool: Executor, fn, *args):
        with self._lock:
            if self._pending >= self.config.workers + self.config.queue:
                raise Busy()
            self._pending += 1
        try:
            future = pool.submit(fn, *args)
        except BrokenProcessPool:
            future = self._restart_processes().submit(fn, *args)
        except BaseException:
            self._done(None)
            raise
        future.add_done_callback(self._done)
        try:
            return await asyncio.wait_for(asyncio.wrap_future(future), self.config.check_seconds)
        except asyncio.TimeoutError:
            raise TooSlow() from None
        except BrokenProcessPool:
            if pool is self._pool:
                self._restart_processes()
            raise WorkerDied() from None

    def _done(self, _future) -> None:
        with self._lock:
            self._pending -= 1

    def _thread_pool(self) -> ThreadPoolExecutor:
        if self._threads is None:
            size = self.config.workers if not self.config.processes else 2
            self._threads = ThreadPoolExecutor(size, thread_name_prefix="factcheck-desk")
        return self._threads

    def _process_pool(self) -> Executor:
        return self._pool if self._pool is not None else self._start_processes()

    def _start_processes(self) -> Executor:
        global _WORKER_DESK
        _WORKER_DESK = self
        context = multiprocessing.get_context("fork")
        self._pool = ProcessPoolExecutor(self.config.workers, mp_context=context, initializer=_worker_start)
        # With fork, every worker starts at the first submit: now, while the process has no
        # other thread whose locks a child could inherit held.
        self._pool.submit(_nothing).result()
        return self._pool

    def _restart_processes(self) -> Executor:
        """A worker died (killed, out of memory): the pool is broken; start a new one."""
        log.warning("a check worker process died; starting new workers")
        old, self._pool = self._pool, None
        if old is not None:
            old.shutdown(wait=False, cancel_futures=True)
        return self._start_processes()

    def close(self) -> None:
        for pool in (self._pool, self._threads):
            if pool is not None:
                pool.shutdown(wait=False, cancel_futures=True)
        self._pool = self._threads = None

    # -- what the page shows about the desk ------------------------------------------------
    def describe(self) -> dict:
        s = self.sources
        return {
            "sources": {"paths": list(s.paths) if s else [], "documents": len(s.documents) if s else 0,
                        "index": s.index if s else None,
                        "problems": [d.format() for d in s.diagnostics] if s else []},
            "rules": len(self.rules.rules),
            "baseline": self.baseline.shown if self.baseline else None,
            "limits": {"body_bytes": self.config.max_body_bytes, "draft_chars": self.config.max_draft_chars,
                       "check_seconds": self.config.check_seconds},
        }
