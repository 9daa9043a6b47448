"""Preloaded into the test cluster's workers (``dask worker --preload``): extracting a file
whose text holds POISON-PILL kills the worker process, as a segmentation fault or the
out-of-memory killer would. Not a test module; nothing else imports it."""

from __future__ import annotations

import os

from factcheck.index import distributed

_original = getattr(distributed.file_records, "unpoisoned", distributed.file_records)


def _file_records(path, shown, meta, ruleset):
    if b"POISON-PILL" in path.read_bytes():
        os._exit(70)
    return _original(path, shown, meta, ruleset)


# Dask may run a preload more than once in a worker: wrap the original only.
_file_records.unpoisoned = _original
distributed.file_records = _file_records
