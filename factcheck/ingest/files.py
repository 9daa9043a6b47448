"""Finding article files under the paths a user gives, and decoding them without losing text."""

from __future__ import annotations

import codecs
import os
import re
import stat
from collections.abc import Iterable, Iterator
from pathlib import Path

from ..models import Diagnostic

#: File endings read as articles; anything else in a folder is passed over.
ARTICLE_SUFFIXES = (".txt", ".md", ".markdown", ".html", ".htm", ".jsonl")
MANIFEST_NAME = "sources.csv"
#: Files larger than this are refused with a message (override with ``max_bytes``).
DEFAULT_MAX_BYTES = 64 * 1024 * 1024


def display_path(path: Path) -> str:
    """The path as users see it in reports: relative to the working directory when inside it."""
    try:
        return path.resolve().relative_to(Path.cwd().resolve()).as_posix()
    except ValueError:
        return path.resolve().as_posix()


def discover(paths: Iterable[str | os.PathLike[str]], diagnostics: list[Diagnostic]) -> list[Path]:
    """Article files named by ``paths`` (files, or folders searched recursively), sorted and
    de-duplicated. Folders skip hidden entries and README files; a file named directly is
    always taken."""
    found: dict[Path, None] = {}
    for raw in paths:
        path = Path(raw)
        if not path.exists():
            diagnostics.append(Diagnostic(
                severity="error", code="I001", message="no such file or folder",
                path=str(raw), hint="check the path; folders are searched recursively"))
            continue
        if path.is_dir():
            for file in sorted(_walk(path)):
                found.setdefault(file.resolve(), None)
        else:
            found.setdefault(path.resolve(), None)
    return list(found)


def _walk(folder: Path) -> Iterator[Path]:
    for root, dirs, files in os.walk(folder):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for name in files:
            if name.startswith(".") or name.lower().startswith("readme"):
                continue
            if name.lower().endswith(ARTICLE_SUFFIXES):
                yield Path(root, name)


def read_text(path: Path, diagnostics: list[Diagnostic], max_bytes: int = DEFAULT_MAX_BYTES) -> str | None:
    """Decode a file. UTF-8 first (a BOM is dropped); a file that is not UTF-8 is decoded as
    Windows-1252 when that is valid, else with replacement characters, with a warning either
    way. Returns None (with an error diagnostic) when the file cannot be used."""
    shown = display_path(path)
    try:
        info = path.stat()
        if not stat.S_ISREG(info.st_mode):  # a pipe or device would block or never end
            diagnostics.append(Diagnostic(
                severity="error", code="I003", path=shown, message="not a regular file; skipped",
                hint="give the path of a saved article file"))
            return None
        size = info.st_size
        if size > max_bytes:
            diagnostics.append(Diagnostic(
                severity="error", code="I002", path=shown,
                message=f"file is {size / 1e6:.1f} MB, over the {max_bytes / 1e6:.0f} MB limit; skipped",
                hint="split the file, or raise the limit with --max-bytes"))
            return None
        data = path.read_bytes()
    except OSError as exc:
        diagnostics.append(Diagnostic(
            severity="error", code="I003", path=shown,
            message=f"cannot read file: {exc.strerror or exc}", hint="check permissions"))
        return None
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError:
            pass  # not really UTF-16: judged below like any other bytes
    if _looks_binary(data[:8192]):
        diagnostics.append(Diagnostic(
            severity="error", code="I004", path=shown, message="binary file, not text; skipped",
            hint="export the article as .txt, .md, .html or .jsonl"))
        return None
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        declared = _declared_charset(data[:4096])
        if declared:
            diagnostics.append(Diagnostic(
                severity="warning", code="I005", path=shown, line=line,
                message=f"not valid UTF-8; decoded as {declared}, the charset the page declares",
                hint="re-save the file as UTF-8 to be sure of its characters"))
            return data.decode(declared, errors="replace")
        try:
            text = data.decode("cp1252")
            diagnostics.append(Diagnostic(
                severity="warning", code="I005", path=shown, line=line,
                message="not valid UTF-8; decoded as Windows-1252",
                hint="re-save the file as UTF-8 to be sure of its characters"))
        except UnicodeDecodeError:
            text = data.decode("utf-8", errors="replace")
            diagnostics.append(Diagnostic(
                severity="warning", code="I005", path=shown, line=line,
                message="not valid UTF-8; undecodable bytes replaced with U+FFFD",
                hint="re-save the file as UTF-8"))
        return text


_CHARSET = re.compile(rb"""charset\s*=\s*["']?([A-Za-z0-9._:-]{2,40})""", re.I)


def _declared_charset(head: bytes) -> str | None:
    """The encoding an HTML or XML head declares (``<meta charset=…>``), if Python knows it."""
    m = _CHARSET.search(head)
    if not m:
        return None
    try:
        name = codecs.lookup(m.group(1).decode("ascii")).name
    except (LookupError, UnicodeDecodeError):
        return None
    return None if name == "utf-8" else name


# Control bytes other than tab, newline, form feed and carriage return.
_CONTROL = bytes(b for b in range(32) if b not in (9, 10, 12, 13))


def _looks_binary(head: bytes) -> bool:
    """A NUL byte, or more than 10% control bytes, in the first block: not a text file."""
    if not head:
        return False
    if b"\x00" in head:
        return True
    return len(head) - len(head.translate(None, _CONTROL)) > len(head) // 10
