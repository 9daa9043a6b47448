"""Accepting a finding from the page: an entry added to the server's baseline file (the same
``factcheck.baseline/1`` file that ``factcheck check --baseline`` reads), with the editor's
reason, name and the time. Writes are atomic and serialised; entries already in the file,
and fields this version does not know, are kept."""

from __future__ import annotations

import datetime as dt
import json
import os
import tempfile
import threading
from pathlib import Path

from ..baseline import BASELINE_SCHEMA, read_baseline
from ..errors import InputError
from ..models import Finding


class BaselineStore:
    def __init__(self, path: str) -> None:
        self.shown = path
        self.path = Path(path)
        self._lock = threading.Lock()
        self._cache: tuple[tuple[int, int], list] | None = None

    def entries(self) -> list:
        """The accepted findings, re-read when the file changed (an editor may also run
        ``factcheck check --write-baseline``). A missing file accepts nothing yet."""
        try:
            info = self.path.stat()
        except FileNotFoundError:
            return []
        stamp = (info.st_mtime_ns, info.st_size)
        cached = self._cache
        if cached is not None and cached[0] == stamp:
            return cached[1]
        entries = read_baseline(self.shown)
        self._cache = (stamp, entries)
        return entries

    def accept(self, finding: Finding, reason: str, who: str, now: dt.datetime | None = None) -> dict:
        """Record ``finding`` as accepted; an entry with the same fingerprint is replaced."""
        now = now or dt.datetime.now(dt.timezone.utc)
        entry = {"fingerprint": finding.fingerprint, "rule": finding.rule, "message": finding.message,
                 "claims": [f"{c.path}:{c.line}:{c.col} {c.text}" for c in finding.claims],
                 "reason": reason, "accepted_by": who,
                 "accepted_at": now.replace(microsecond=0).isoformat().replace("+00:00", "Z")}
        with self._lock:
            data = self._read_raw()
            items = [i for i in data["findings"] if i.get("fingerprint") != finding.fingerprint]
            items.append(entry)
            items.sort(key=lambda i: (str(i.get("rule")), str(i.get("fingerprint"))))
            data["findings"] = items
            self._write(json.dumps(data, indent=2, ensure_ascii=False) + "\n")
        return entry

    def _read_raw(self) -> dict:
        if not self.path.exists():
            return {"schema": BASELINE_SCHEMA, "findings": []}
        read_baseline(self.shown)  # raises a located InputError when the file is not a baseline
        data = json.loads(self.path.read_text(encoding="utf-8"))
        if not isinstance(data.get("findings", []), list):
            raise InputError("baseline 'findings' is not a list")
        data.setdefault("findings", [])
        return data

    def _write(self, text: str) -> None:
        target = Path(os.path.realpath(self.path))
        try:
            mode = target.stat().st_mode & 0o777
        except FileNotFoundError:
            mode = 0o644
        fd, tmp = tempfile.mkstemp(dir=target.parent, prefix=f".{target.name}.", suffix=".tmp")
        try:
            with os.fdopen(fd, "w", encoding="utf-8") as fh:
                fh.write(text)
            os.chmod(tmp, mode)
            os.replace(tmp, target)
        except BaseException:
            try:
                os.unlink(tmp)
            except OSError:
                pass
            raise
