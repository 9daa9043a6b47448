"""Terminal table (tabulate): one row per finding or claim, then a summary line."""

from __future__ import annotations

import textwrap

from tabulate import tabulate

from .. import valuefmt
from ..models import ClaimsReport, Report
from . import _shared

_WIDTH = 38
# ANSI SGR codes; tabulate measures cell widths without them.
_COLOUR = {"error": "1;31", "warning": "33", "info": "36"}


def _wrap(text: str, width: int = _WIDTH) -> str:
    return "\n".join(textwrap.wrap(" ".join(text.split()), width)) or ""


def _paint(text: str, severity: str, colour: bool) -> str:
    return f"\x1b[{_COLOUR[severity]}m{text}\x1b[0m" if colour and severity in _COLOUR else text


def render(report: Report | ClaimsReport, *, colour: bool = False) -> str:
    # Plain by default so output piped or saved stays clean; the CLI passes colour=True on a tty.
    if isinstance(report, ClaimsReport):
        return _claims(report)
    findings = _shared.active(report)
    if not findings:
        return f"No discrepancies found ({_summary(report)}).\n"
    rows = []
    for f in findings:
        quotes = []
        for c in f.claims:
            who = c.source or c.doc
            quotes.append(f"{who} ({c.path}:{c.line}:{c.col}):\n{_wrap(repr(c.text))} = {valuefmt.value(c.value)}")
        rows.append([_paint(f.severity, f.severity, colour), f.rule, _wrap(f.message, 44), "\n".join(quotes)])
    table = tabulate(rows, headers=["severity", "rule", "message", "claims"], tablefmt="grid")
    return f"{table}\n{_summary(report)}\n"


def _summary(report: Report) -> str:
    s = report.summary
    counts = _shared.severity_counts(report)
    sev = ", ".join(f"{n} {k}" for k, n in counts.items() if n) or "0 findings"
    return (f"{sum(counts.values())} finding(s) ({sev}), {_shared.suppressed_count(report)} suppressed, "
            f"from {s.rules} rule(s) over {s.claims} claims in {s.documents} document(s)")


def _claims(report: ClaimsReport) -> str:
    rows = []
    for c in report.claims:
        rows.append([f"{c.doc}:{c.line}:{c.col}", c.kind, _wrap(c.text, 30), valuefmt.value(c.value),
                     c.measure or "", c.subject or "", c.speaker or "", c.modality,
                     "" if c.main else "outside"])
    if not rows:
        return f"No claims found in {len(report.documents)} document(s).\n"
    table = tabulate(rows, headers=["where", "kind", "text", "value", "measure", "subject", "speaker",
                                    "modality", "main"], tablefmt="simple")
    return f"{table}\n{len(report.claims)} claim(s) in {len(report.documents)} document(s)\n"
