"""One line per finding, `path:line:col: severity rule.id message`, then where the other claims
are and the keys that made them one figure — grep-able, and the oracle of the end-to-end tests.

Names and text are printed with control characters escaped, so a file name holding a newline
cannot start a line of its own and an ESC sequence never reaches the terminal."""

from __future__ import annotations

from .. import valuefmt
from ..models import ClaimsReport, Finding, Report
from ._shared import keys_line, not_listed, one_line, visible


def render(report: Report | ClaimsReport) -> str:
    if isinstance(report, ClaimsReport):
        lines = [f"{visible(c.doc)}:{c.line}:{c.col}: {c.kind} {one_line(valuefmt.value(c.value))} {c.text!r}"
                 for c in report.claims]
    else:
        lines = [line(f) for f in report.findings]
    return "\n".join(lines) + ("\n" if lines else "")


def line(f: Finding) -> str:
    """``path:line:col: severity rule message (see …) [same: measure=…; none stated: …]``."""
    a = f.claims[0]
    out = f"{visible(a.path)}:{a.line}:{a.col}: {f.severity} {visible(f.rule)} {one_line(f.message)}"
    others = [f"{visible(c.path)}:{c.line}:{c.col}" for c in f.claims[1:]]
    more = not_listed(f)
    if more:
        others.append(f"{more} more")
    if others:
        out += f" (see {'; '.join(others)})"
    same = keys_line(f)
    return out + (f" [same: {one_line(same)}]" if same else "")


def summary_line(report: Report) -> str:
    """"3 finding(s) (1 error, 2 warning) in 6 document(s)": one line for a status message."""
    s = report.summary
    counts = ", ".join(f"{n} {sev}" for sev, n in s.by_severity.items() if n)
    text = f"{s.findings} finding(s)" + (f" ({counts})" if counts else "")
    if s.suppressed:
        text += f", {s.suppressed} suppressed"
    return text + f" in {s.documents} document(s)"
