"""The desk: what one server holds for its whole life (rules and sources, loaded once and only
read afterwards; the baseline file; a bounded pool of check workers) and the checks it runs."""

from __future__ import annotations

import asyncio
import datetime as dt
import threading
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field

from .. import api
from ..errors import FactcheckError
from ..models import Report
from .acceptance import BaselineStore


@dataclass(frozen=True)
class DeskConfig:
    against: tuple[str, ...] = ()
    rules: tuple[str, ...] = ()
    baseline: str | None = None
    #: Checks running at once (threads; the pipeline holds no state between calls).
    workers: int = 2
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
    """The baseline file was changed into something that is not a baseline."""

    def __init__(self, error) -> None:
        super().__init__(error.format())


@dataclass
class Desk:
    """Rules, sources and the baseline for one server; ``check`` is safe to call from many
    threads at once: it reads them and builds a new report each time."""

    config: DeskConfig
    rules: object = None
    sources: api.Sources | None = None
    baseline: BaselineStore | None = None
    _pool: ThreadPoolExecutor | None = field(default=None, repr=False)
    _pending: int = 0
    _lock: threading.Lock = field(default_factory=threading.Lock, repr=False)

    @classmethod
    def open(cls, config: DeskConfig) -> "Desk":
        """Load rules and sources (raising the same located errors as the CLI) and check that a
        baseline file, when it exists, is readable."""
        sources = api.load_sources(config.against) if config.against else None
        rules = api.load_rules(list(config.rules)) if config.rules else api.load_rules()
        baseline = BaselineStore(config.baseline) if config.baseline else None
        if baseline is not None:
            baseline.entries()  # a broken baseline fails now, not on an editor's first check
        return cls(config=config, rules=rules, sources=sources, baseline=baseline)

    # -- checks -----------------------------------------------------------------------------
    def check(self, draft: Draft) -> Report:
        """The report for ``draft`` against the desk's sources (blocking; see ``run``)."""
        corpus = api.draft_corpus(draft.text, name=draft.name, fmt=draft.format,
                                  published=draft.published, source=draft.source)
        try:
            entries = self.baseline.entries() if self.baseline else None
        except FactcheckError as exc:
            raise BaselineUnreadable(exc) from None
        return api.check_against(corpus, self.sources, self.rules, baseline=entries,
                                 baseline_path=self.baseline.shown if self.baseline else None)

    async def run(self, fn, *args):
        """``fn(*args)`` on a worker thread, off the event loop: the page and other editors are
        served while it runs. Refused with :class:`Busy` when the queue is full; abandoned with
        :class:`TooSlow` after ``check_seconds`` (the worker finishes and is freed)."""
        with self._lock:
            if self._pending >= self.config.workers + self.config.queue:
                raise Busy()
            self._pending += 1
        future = self._executor().submit(fn, *args)
        future.add_done_callback(self._done)
        try:
            return await asyncio.wait_for(asyncio.wrap_future(future), self.config.check_seconds)
        except asyncio.TimeoutError:
            raise TooSlow() from None

    def _done(self, _future) -> None:
        with self._lock:
            self._pending -= 1

    def _executor(self) -> ThreadPoolExecutor:
        if self._pool is None:
            self._pool = ThreadPoolExecutor(self.config.workers, thread_name_prefix="factcheck-check")
        return self._pool

    def close(self) -> None:
        if self._pool is not None:
            self._pool.shutdown(wait=False, cancel_futures=True)

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
