"""Terminal table (tabulate): one row per finding or claim, then a summary line."""

from __future__ import annotations

import textwrap

from tabulate import tabulate

from .. import valuefmt
from ..models import ClaimsReport, Finding, Report
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
    rows = [[_paint(f.severity, f.severity, colour), _shared.visible(f.rule), _message(f), _quotes(f)]
            for f in findings]
    table = tabulate(rows, headers=["severity", "rule", "message", "claims"], tablefmt="grid")
    return f"{table}\n{_summary(report)}\n"


def _message(f: Finding) -> str:
    """The message, then the keys that made the claims one figure, with the words read."""
    text = _wrap(_shared.one_line(f.message), 44)
    same = _shared.keys_line(f, words=True)
    return f"{text}\n\n{_wrap('Same figure: ' + _shared.one_line(same), 44)}" if same else text


def _quotes(f: Finding) -> str:
    quotes = []
    for c in f.claims:
        who = _shared.one_line(c.source or c.doc)
        quotes.append(f"{who} ({_shared.visible(c.path)}:{c.line}:{c.col}):\n"
                      f"{_wrap(repr(c.text))} = {_shared.one_line(valuefmt.readable(c.value))}")
    more = _shared.not_listed(f)
    if more:
        quotes.append(f"… and {_shared.plural(more, 'more claim')} not listed")
    return "\n".join(quotes)


def _summary(report: Report) -> str:
    s = report.summary
    counts = _shared.severity_counts(report)
    scope = (f"{_shared.suppressed_count(report)} suppressed, from {_shared.plural(s.rules, 'rule')} over "
             f"{_shared.plural(s.claims, 'claim')} in {_shared.plural(s.documents, 'document')}")
    total = sum(counts.values())
    if not total:
        return scope
    by_sev = ", ".join(_shared.plural(n, k) for k, n in counts.items() if n)
    return f"{_shared.plural(total, 'finding')} ({by_sev}), {scope}"


def _claims(report: ClaimsReport) -> str:
    rows = []
    for c in report.claims:
        rows.append([f"{_shared.visible(c.doc)}:{c.line}:{c.col}", c.kind, _wrap(_shared.one_line(c.text), 30),
                     _shared.one_line(valuefmt.value(c.value)), *(_shared.one_line(x or "") for x in
                     (c.measure, c.subject, c.speaker)), c.modality, "" if c.main else "outside"])
    if not rows:
        return f"No claims found in {_shared.plural(len(report.documents), 'document')}.\n"
    table = tabulate(rows, headers=["where", "kind", "text", "value", "measure", "subject", "speaker",
                                    "modality", "main"], tablefmt="simple")
    return f"{table}\n{_shared.plural(len(report.claims), 'claim')} in {_shared.plural(len(report.documents), 'document')}\n"
