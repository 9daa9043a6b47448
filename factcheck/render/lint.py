"""A lint report (``factcheck.lint.LintReport``) as text, JSON (``factcheck.lint/1``) or GitHub
Actions annotations."""

from __future__ import annotations

import json as _json

LINT_SCHEMA = "factcheck.lint/1"


def text(report) -> str:
    lines = [d.format() for d in report.diagnostics]
    lines.append(f"{len(report.files)} file(s), {report.rules} rule(s): {report.errors} error(s), "
                 f"{report.warnings} warning(s)")
    return "\n".join(lines) + "\n"


def json(report) -> str:
    return _json.dumps({"schema": LINT_SCHEMA, "files": report.files, "rules": report.rules,
                        "diagnostics": [d.model_dump(mode="json") for d in report.diagnostics]},
                       indent=2) + "\n"


def github(report) -> str:
    """GitHub Actions workflow commands: one annotation per diagnostic."""
    out = []
    for d in report.diagnostics:
        level = "error" if d.severity == "error" else "warning"
        where = ",".join(f"{k}={v}" for k, v in (("file", d.path), ("line", d.line), ("col", d.col)) if v is not None)
        message = f"{d.code} {d.message}" + (f" (hint: {d.hint})" if d.hint else "")
        out.append(f"::{level} {where}::{_escape(message)}")
    return "\n".join(out) + ("\n" if out else "")


def _escape(text: str) -> str:
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")
