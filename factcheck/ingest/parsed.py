"""What a format reader returns: one article's text, metadata and main ranges, before it
becomes a :class:`~factcheck.models.Document`."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from ..models import Diagnostic


@dataclass
class Parsed:
    """One article read from a file."""

    text: str
    meta: dict[str, str] = field(default_factory=dict)
    #: Offset where article content starts (after front matter); text before it is not scanned.
    body_start: int = 0
    #: Suffix that tells apart several articles from one file (a .jsonl line number).
    key: str | None = None
    #: Article ranges; None asks ingest to detect them, [] means the whole text is the article.
    main: list[tuple[int, int]] | None = None
    #: 1-based line of the file where this article starts (for messages about it).
    line: int | None = None
    #: True when each line of ``text`` is one block (rendered HTML): lines are never re-joined.
    blocks: bool = False


#: A reader takes the decoded file text, the path as shown to users, and the diagnostics list.
Reader = Callable[[str, str, list[Diagnostic]], list[Parsed]]
