"""The claims index: an SQLite file holding an archive's documents, claims and blocking keys,
built incrementally and in parallel, so that a draft is checked against years of coverage by
reading only the claims that can share a key with its own. See docs/index.md."""

from __future__ import annotations

from .build import BuildStats, build_index
from .query import IndexSlice, with_index
from .schema import SCHEMA_VERSION, looks_like_index, open_index

__all__ = ["SCHEMA_VERSION", "BuildStats", "IndexSlice", "build_index", "looks_like_index",
           "open_index", "with_index"]
