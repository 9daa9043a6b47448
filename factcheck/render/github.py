"""GitHub Actions workflow commands: one annotation per active finding, on the checked file."""

from __future__ import annotations

from ..models import Report
from ._shared import visible

_LEVEL = {"error": "error", "warning": "warning", "info": "notice"}


def _escape_data(text: str) -> str:
    # Newlines are the format's own escapes; other control characters (ESC sequences that the
    # Actions log would interpret) show as escapes.
    text = visible(text, keep_space=True)
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def _escape_property(text: str) -> str:
    return _escape_data(text).replace(":", "%3A").replace(",", "%2C")


def annotations(report: Report) -> str:
    lines = []
    for f in report.findings:
        if f.suppression is not None:
            continue
        c = f.claims[0]
        end_col = c.col + len(c.text) if "\n" not in c.text else None
        props = [f"file={_escape_property(c.path)}", f"line={c.line}", f"col={c.col}"]
        if end_col:
            props.append(f"endColumn={end_col}")
        props.append(f"title={_escape_property(f.rule)}")
        lines.append(f"::{_LEVEL[f.severity]} {','.join(props)}::{_escape_data(f.message)}")
    return "\n".join(lines) + ("\n" if lines else "")
