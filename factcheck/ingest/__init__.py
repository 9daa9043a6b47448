"""Ingest: files and folders in, :class:`~factcheck.models.Document` records out, with every
problem reported as a located diagnostic instead of stopping the run."""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from ..models import Diagnostic, Document
from .files import DEFAULT_MAX_BYTES, MANIFEST_NAME, discover, display_path, read_text
from .formats import READERS
from .groups import assign_groups
from .manifest import Manifests
from .lines import split_lines
from .mainbody import detect_main
from .parsed import Parsed
from .pubdate import find_publication_date, invalid_stamps, parse_date, stamp_lines

__all__ = ["Corpus", "load_corpus", "parse_date", "read_file"]


@dataclass
class Corpus:
    documents: list[Document] = field(default_factory=list)
    diagnostics: list[Diagnostic] = field(default_factory=list)

    def __iter__(self):
        return iter(self.documents)

    def __len__(self) -> int:
        return len(self.documents)


def load_corpus(
    paths: Iterable[str | os.PathLike[str]],
    *,
    published: dt.date | str | None = None,
    source: str | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
) -> Corpus:
    """Read every article under ``paths``. ``published`` and ``source`` override all other
    metadata (for single files given on the command line)."""
    corpus = Corpus()
    diags = corpus.diagnostics
    if isinstance(published, str):
        parsed = parse_date(published)
        if parsed is None:
            diags.append(Diagnostic(severity="error", code="I020", message=f"--published '{published}' is not a date",
                                    hint="write it as YYYY-MM-DD"))
        published = parsed
    manifests = Manifests(diags)
    for path in discover(paths, diags):
        corpus.documents.extend(read_file(path, manifests.meta(path), published, source, diags, max_bytes))
    corpus.documents[:] = assign_groups(corpus.documents)
    return corpus


def read_file(path: Path, manifest_meta: dict[str, str], published: dt.date | None,
               source: str | None, diags: list[Diagnostic], max_bytes: int) -> list[Document]:
    """The documents of one article file (several for .jsonl), with ``manifest_meta`` applied;
    problems go to ``diags``. Used by ``load_corpus`` and by the index builder's workers."""
    shown = display_path(path)
    reader = READERS.get(path.suffix.lower())
    if reader is None:
        diags.append(Diagnostic(severity="error", code="I006", path=shown,
                                message=f"unsupported file type '{path.suffix}'",
                                hint=f"supported: {', '.join(sorted(READERS))}"))
        return []
    text = read_text(path, diags, max_bytes, shown)
    if text is None:
        return []
    if not text.strip():
        diags.append(Diagnostic(severity="warning", code="I007", path=shown, message="empty file; skipped"))
        return []
    fmt = path.suffix.lower().lstrip(".")
    return [_document(item, shown, fmt, manifest_meta, published, source, diags)
            for item in reader(text, shown, diags)]


def _document(item: Parsed, shown: str, fmt: str, manifest_meta: dict[str, str],
              published: dt.date | None, source: str | None, diags: list[Diagnostic]) -> Document:
    """Metadata precedence: command line, then manifest, then the file's own metadata, then a
    stamp found in the text."""
    meta = {**item.meta, **manifest_meta}
    doc_id = shown if item.key is None else f"{shown}#{item.key}"
    lines = split_lines(item.text, item.body_start, unwrap=not item.blocks)
    main = detect_main(item.text, item.body_start, lines=lines) if item.main is None else item.main
    date = published or (parse_date(meta["published"]) if meta.get("published") else None)
    if meta.get("published") and date is None and not published:
        diags.append(Diagnostic(severity="warning", code="I008", path=shown, line=item.line,
                                message=f"published '{meta['published']}' is not a valid date; ignored",
                                hint="write dates as YYYY-MM-DD"))
    if date is None:
        for line, value in invalid_stamps(item.text, item.body_start):
            diags.append(Diagnostic(
                severity="warning", code="I014", path=shown,
                line=item.line if item.line is not None else line,
                message=f"'{value}' looks like a date but is not one; ignored",
                hint="check the day and month"))
        found = find_publication_date(item.text, item.body_start, main, lines)
        date = found.date if found else None
    if date is None:
        diags.append(Diagnostic(
            severity="warning", code="I009", path=shown, line=item.line,
            message="no publication date found; relative dates in it stay unresolved",
            hint=f"add a 'published' column to {MANIFEST_NAME}, front matter, or pass --published"))
    return Document(
        id=doc_id, path=shown, source=source or meta.get("source"), published=date,
        title=meta.get("title"), url=meta.get("url"), group=doc_id, format=fmt,
        main=_without_stamps(item.text, item.body_start, main, lines), text=item.text,
        body_start=item.body_start)


def _without_stamps(text: str, body_start: int, main: list[tuple[int, int]],
                    lines: list) -> list[tuple[int, int]]:
    """``main`` less the article's own date stamps ("Published 3 March 2025"): a claim read
    from one would date the publication as if it were an event in the story."""
    stamps = stamp_lines(text, lines)
    if not stamps:
        return main
    out = []
    for lo, hi in main or [(body_start, len(text))]:
        for s, e in stamps:
            if s >= hi or e <= lo:
                continue
            if s > lo:
                out.append((lo, s))
            lo = max(lo, e)
        if lo < hi:
            out.append((lo, hi))
    # Nothing left: a zero-width range, since an empty list would mean "the whole text".
    return out or [(len(text), len(text))]
