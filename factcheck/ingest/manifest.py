"""`sources.csv` manifests: metadata for the articles in a folder without editing them."""

from __future__ import annotations

import csv
import io
from pathlib import Path

from ..models import Diagnostic
from .files import display_path
from .pubdate import parse_date

COLUMNS = ("file", "source", "published", "url", "title")


def read_manifest(path: Path, diagnostics: list[Diagnostic]) -> dict[Path, dict[str, str]]:
    """Rows of a manifest keyed by the resolved path of the file they describe.

    Bad rows are reported with their line and skipped; the rest of the manifest is used."""
    shown = display_path(path)
    try:
        text = path.read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError) as exc:
        diagnostics.append(Diagnostic(severity="error", code="M001", path=shown,
                                      message=f"cannot read manifest: {exc}",
                                      hint="save sources.csv as UTF-8 text"))
        return {}
    reader = csv.reader(io.StringIO(text))
    header = next(reader, None)
    if header is None:
        return {}
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
    for row in reader:
        line = reader.line_num
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
        if "published" in meta and parse_date(meta["published"]) is None:
            diagnostics.append(Diagnostic(
                severity="error", code="M006", path=shown, line=line,
                message=f"'{meta['published']}' is not a valid date; published ignored",
                hint="write dates as YYYY-MM-DD"))
            del meta["published"]
        target = (path.parent / name).resolve()
        if not target.exists():
            diagnostics.append(Diagnostic(severity="warning", code="M007", path=shown, line=line,
                                          message=f"manifest names a missing file: {name}"))
        rows[target] = meta
    return rows
