"""`sources.csv` manifests: metadata for the articles in a folder without editing them."""

from __future__ import annotations

import csv
import io
import os
from pathlib import Path

from ..models import Diagnostic
from .files import MANIFEST_NAME, display_path, real_path
from .pubdate import read_metadata_date

COLUMNS = ("file", "source", "published", "url", "title")


class Manifests:
    """The manifests that apply to files, read once per folder: every ``sources.csv`` from
    the outermost folder inward, the nearest winning."""

    def __init__(self, diagnostics: list[Diagnostic]) -> None:
        self.diagnostics = diagnostics
        self._folder: dict[Path, dict[Path, dict[str, str]]] = {}
        self._chain: dict[Path, list[dict[Path, dict[str, str]]]] = {}

    def meta(self, path: Path) -> dict[str, str]:
        """The manifest metadata for the file at ``path`` (a real path, as discover gives)."""
        chain = self._chain.get(path.parent)
        if chain is None:
            chain = self._chain[path.parent] = [m for m in map(self._read, reversed(path.parents)) if m]
        meta: dict[str, str] = {}
        for rows in chain:
            meta.update(rows.get(path, {}))
        return meta

    def _read(self, folder: Path) -> dict[Path, dict[str, str]]:
        if folder not in self._folder:
            manifest = folder / MANIFEST_NAME
            self._folder[folder] = read_manifest(manifest, self.diagnostics) if manifest.is_file() else {}
        return self._folder[folder]


def read_manifest(path: Path, diagnostics: list[Diagnostic]) -> dict[Path, dict[str, str]]:
    """Rows of a manifest keyed by the resolved path of the file they describe.

    Bad rows are reported with their line and skipped; the rest of the manifest is used."""
    shown = display_path(path)
    try:
        data = path.read_bytes()
    except OSError as exc:
        diagnostics.append(Diagnostic(severity="error", code="M001", path=shown,
                                      message=f"cannot read manifest: {exc.strerror or exc}",
                                      hint="check the file's permissions"))
        return {}
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        # Spreadsheets often save CSV in the legacy Windows encoding.
        text = data.decode("cp1252", errors="replace")
        diagnostics.append(Diagnostic(severity="warning", code="M008", path=shown,
                                      message="manifest is not valid UTF-8; decoded as Windows-1252",
                                      hint="save sources.csv as UTF-8 text"))
    if "\x00" in text:
        diagnostics.append(Diagnostic(severity="error", code="M001", path=shown,
                                      message="manifest is a binary file, not CSV; ignored",
                                      hint=f"the header is: {','.join(COLUMNS)}"))
        return {}
    records = _records(text, shown, diagnostics)
    if not records:
        return {}
    header = records.pop(0)[1]
    header = [h.strip().lower() for h in header]
    if "file" not in header:
        diagnostics.append(Diagnostic(
            severity="error", code="M002", path=shown, line=1,
            message="manifest has no 'file' column", hint=f"the header is: {','.join(COLUMNS)}"))
        return {}
    unknown = [h for h in header if h not in COLUMNS]
    if unknown:
        diagnostics.append(Diagnostic(
            severity="warning", code="M003", path=shown, line=1,
            message=f"unknown column(s) ignored: {', '.join(unknown)}",
            hint=f"known columns: {', '.join(COLUMNS)}"))
    rows: dict[Path, dict[str, str]] = {}
    real_folder = real_path(path.parent)
    for line, row in records:
        if not any(cell.strip() for cell in row):
            continue
        if len(row) != len(header):
            diagnostics.append(Diagnostic(
                severity="error", code="M004", path=shown, line=line,
                message=f"row has {len(row)} fields, header has {len(header)}; row skipped",
                hint="quote fields that contain commas"))
            continue
        meta = {k: v.strip() for k, v in zip(header, row) if k in COLUMNS and v.strip()}
        name = meta.pop("file", "")
        if not name:
            diagnostics.append(Diagnostic(severity="error", code="M005", path=shown, line=line,
                                          message="row has an empty 'file' field; row skipped"))
            continue
        if "published" in meta:
            _read_published(meta, shown, line, diagnostics)
        target = _target(real_folder, name)
        if not target.is_file():
            diagnostics.append(Diagnostic(severity="warning", code="M007", path=shown, line=line,
                                          message=f"manifest names a missing file: {name}; row ignored",
                                          hint="fix the file name or remove the row"))
            continue
        if target in rows:
            diagnostics.append(Diagnostic(severity="warning", code="M009", path=shown, line=line,
                                          message=f"{name} is listed twice; this row wins"))
        rows[target] = meta
    return rows


def _read_published(meta: dict[str, str], shown: str, line: int, diagnostics: list[Diagnostic]) -> None:
    """The row's ``published``, rewritten as YYYY-MM-DD; a date that is not written so is read
    only when it reads one way (with a warning saying how), else dropped with an error, so that
    the file's own metadata or stamp dates the article instead."""
    date, note = read_metadata_date(meta["published"])
    if date is None:
        ambiguous = "could be" in (note or "")
        diagnostics.append(Diagnostic(
            severity="error", code="M011" if ambiguous else "M006", path=shown, line=line,
            message=f"{note}; published ignored",
            hint="write dates as YYYY-MM-DD" + (" (day and month cannot be told apart)" if ambiguous else "")))
        del meta["published"]
        return
    if note:
        diagnostics.append(Diagnostic(severity="warning", code="M012", path=shown, line=line, message=note,
                                      hint="write dates as YYYY-MM-DD"))
    meta["published"] = date.isoformat()


def _target(real_folder: Path, name: str) -> Path:
    """The real path of the file a row names: its folder's and its name, unless the name
    leads elsewhere (a sub-folder, "..", a symbolic link), then resolved in full."""
    plain = real_folder / name
    if os.sep in name or "/" in name or name in (".", "..") or os.path.islink(plain):
        return real_path(plain)
    return plain


def _records(text: str, shown: str, diagnostics: list[Diagnostic]) -> list[tuple[int, list[str]]]:
    """CSV rows with the line each ends on; a malformed CSV (an unclosed quote) is reported
    and the rows before it are kept."""
    reader = csv.reader(io.StringIO(text, newline=""))
    out = []
    try:
        for row in reader:
            out.append((reader.line_num, row))
    except csv.Error as exc:
        diagnostics.append(Diagnostic(severity="error", code="M010", path=shown, line=reader.line_num,
                                      message=f"malformed CSV ({exc}); rest of the manifest ignored",
                                      hint="check quotes around fields"))
    return out
