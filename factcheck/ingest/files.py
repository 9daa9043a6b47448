"""Finding article files under the paths a user gives, and decoding them without losing text."""

from __future__ import annotations

import codecs
import errno
import os
import re
import stat
from collections.abc import Iterable, Iterator
from functools import lru_cache
from pathlib import Path

from ..models import Diagnostic

#: File endings read as articles; anything else in a folder is passed over.
ARTICLE_SUFFIXES = (".txt", ".md", ".markdown", ".html", ".htm", ".jsonl")
MANIFEST_NAME = "sources.csv"
#: Files larger than this are refused with a message (override with ``max_bytes``).
DEFAULT_MAX_BYTES = 64 * 1024 * 1024


def real_path(path: str | os.PathLike[str]) -> Path:
    """``path`` absolute, with symbolic links resolved as far as they go. Unlike
    ``Path.resolve()`` on Python 3.11, never raises on a symlink loop."""
    return Path(os.path.realpath(path))


def display_path(path: Path, *, follow: bool = True) -> str:
    """The path as users see it in reports: relative to the working directory when inside it.
    ``follow=False`` names a symbolic link itself rather than its target."""
    real = os.path.realpath(path) if follow else os.path.abspath(path)
    try:
        base = _real_cwd(os.getcwd())
    except OSError:  # the working directory was deleted
        return Path(real).as_posix()
    prefix = base if base.endswith(os.sep) else base + os.sep
    return Path(real[len(prefix):] if real.startswith(prefix) else real).as_posix()


@lru_cache(maxsize=8)
def _real_cwd(cwd: str) -> str:
    return os.path.realpath(cwd)


def discover(paths: Iterable[str | os.PathLike[str]], diagnostics: list[Diagnostic],
             unreadable: list[Path] | None = None) -> list[Path]:
    """Article files named by ``paths`` (files, or folders searched recursively), sorted and
    de-duplicated, as real paths (symbolic links resolved). Folders skip hidden entries and
    README files, and do not follow symbolic links to folders; a file named directly is always
    taken. Folders that cannot be read are reported and, when ``unreadable`` is given, added to
    it (the index keeps what it holds from them)."""
    found: dict[Path, None] = {}
    for raw in paths:
        path = Path(raw)
        problem = _unusable(path)
        if problem is not None:
            code, message, hint = problem
            diagnostics.append(Diagnostic(severity="error", code=code, message=message,
                                          path=os.fsdecode(raw), hint=hint))
            continue
        if not path.is_dir():
            found.setdefault(real_path(path), None)
            continue
        for file, real in sorted(_walk(path, diagnostics, unreadable)):
            if real is None:  # a symbolic link: followed only if it leads to a file
                if (problem := _unusable(file)) is not None:
                    diagnostics.append(Diagnostic(severity="error", code=problem[0], message=problem[1],
                                                  path=display_path(file, follow=False), hint=problem[2]))
                    continue
                real = real_path(file)
            found.setdefault(real, None)
    return list(found)


def _unusable(path: Path) -> tuple[str, str, str] | None:
    """Why ``path`` cannot be read at all (code, message, hint), or None. Only what the
    file system says before opening: a missing path, a symbolic link loop or dead link."""
    try:
        os.stat(path)
    except FileNotFoundError:
        if os.path.islink(path):
            return "I003", "broken symbolic link; skipped", "the file it points to does not exist"
        return "I001", "no such file or folder", "check the path; folders are searched recursively"
    except OSError as exc:
        if exc.errno == errno.ELOOP:
            return "I003", "symbolic link loop; skipped", "the link points back to itself through other links"
        return "I003", f"cannot read: {exc.strerror or exc}; skipped", "check permissions"
    return None


def _walk(folder: Path, diagnostics: list[Diagnostic],
          unreadable: list[Path] | None) -> Iterator[tuple[Path, Path | None]]:
    """(path as walked, real path) of the article files under ``folder``; the real path is
    None for a symbolic link, which the caller resolves. The walk follows no link to a
    folder, so a file's real path is its folder's real path and its name: one ``lstat`` per
    file rather than one per path component."""
    def failed(exc: OSError) -> None:
        where = Path(exc.filename) if exc.filename is not None else folder
        diagnostics.append(Diagnostic(
            severity="error", code="I003", path=display_path(where),
            message=f"cannot read folder: {exc.strerror or exc}; the files in it were not read",
            hint="check the folder's permissions"))
        if unreadable is not None:
            unreadable.append(real_path(where))

    top = os.fspath(folder)
    real_top = os.path.realpath(top)
    for root, dirs, files in os.walk(top, onerror=failed):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        real_root = os.path.normpath(os.path.join(real_top, os.path.relpath(root, top)))
        for name in files:
            if name.startswith(".") or name.lower().startswith("readme"):
                continue
            if name.lower().endswith(ARTICLE_SUFFIXES):
                walked = os.path.join(root, name)
                try:
                    link = stat.S_ISLNK(os.lstat(walked).st_mode)
                except OSError:
                    link = True  # gone or unreadable since listed: let the caller say why
                yield Path(walked), None if link else Path(real_root, name)


def read_text(path: Path, diagnostics: list[Diagnostic], max_bytes: int = DEFAULT_MAX_BYTES,
              shown: str | None = None) -> str | None:
    """Decode a file. UTF-8 first (a BOM is dropped); a file that is not UTF-8 is decoded as
    Windows-1252 when that is valid, else with replacement characters, with a warning either
    way. Returns None (with an error diagnostic) when the file cannot be used. ``shown`` is
    the path as reports name it (default: :func:`display_path`)."""
    shown = display_path(path) if shown is None else shown
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
                message=f"file is {_mib(size)}, over the {_mib(max_bytes)} limit; skipped",
                hint="split the file into smaller ones (a .jsonl export into several files)"))
            return None
        data = path.read_bytes()
    except OSError as exc:
        diagnostics.append(read_error(shown, exc))
        return None
    for bom, codec in _UNICODE_BOMS:
        if data.startswith(bom):
            try:
                text = data[len(bom):].decode(codec)
            except UnicodeDecodeError:
                continue  # not really UTF-32/16: judged below like any other bytes
            diagnostics.append(Diagnostic(
                severity="info", code="I015", path=shown,
                message=f"decoded as {codec.upper()} (the file starts with its byte-order mark)",
                hint="offsets in reports count characters of the decoded text"))
            return text
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
            # Some codecs (UTF-7) decode to lone surrogates, which no output can carry.
            return re.sub("[\ud800-\udfff]", "\ufffd", data.decode(declared, errors="replace"))
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


# UTF-32 first: its little-endian mark starts with UTF-16's.
_UNICODE_BOMS = ((codecs.BOM_UTF32_LE, "utf-32-le"), (codecs.BOM_UTF32_BE, "utf-32-be"),
                 (codecs.BOM_UTF16_LE, "utf-16-le"), (codecs.BOM_UTF16_BE, "utf-16-be"))


def _mib(size: int) -> str:
    """A size as the docs give the limit: in MB of 1024 × 1024 bytes ("64 MB", "200.5 MB")."""
    value = size / (1024 * 1024)
    return f"{value:.0f} MB" if value == int(value) else f"{value:.1f} MB"


def read_error(shown: str, exc: OSError) -> Diagnostic:
    """I003 for a file that cannot be read, with a hint that fits the reason."""
    if isinstance(exc, PermissionError):
        hint = "check the file's permissions (the user running factcheck must be able to read it)"
    elif isinstance(exc, FileNotFoundError):
        hint = "the file was removed or renamed while factcheck ran; run again to include it"
    else:
        hint = "check the file and the disk it is on"
    return Diagnostic(severity="error", code="I003", path=shown,
                      message=f"cannot read file: {exc.strerror or exc}", hint=hint)


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
