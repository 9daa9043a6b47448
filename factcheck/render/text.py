"""One line per finding, `path:line:col: severity rule.id message` — grep-able, and the oracle
of the end-to-end tests."""

from __future__ import annotations

from .. import valuefmt
from ..models import ClaimsReport, Report


def render(report: Report | ClaimsReport) -> str:
    lines = []
    if isinstance(report, ClaimsReport):
        for c in report.claims:
            lines.append(f"{c.doc}:{c.line}:{c.col}: {c.kind} {valuefmt.value(c.value)} {c.text!r}")
    else:
        for f in report.findings:
            a = f.claims[0]
            others = "; ".join(f"{c.path}:{c.line}:{c.col}" for c in f.claims[1:])
            lines.append(f"{a.path}:{a.line}:{a.col}: {f.severity} {f.rule} {f.message}"
                         + (f" (see {others})" if others else ""))
    return "\n".join(lines) + ("\n" if lines else "")
