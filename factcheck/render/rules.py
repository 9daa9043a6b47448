"""The rules that would run (``factcheck rules``), as a table."""

from __future__ import annotations

from tabulate import tabulate


def table(ruleset) -> str:
    rows = [[r.id, r.severity, r.title, ", ".join(r.keys) or "-", r.span.path if r.span else ""]
            for r in ruleset.rules]
    return tabulate(rows, headers=["rule", "severity", "title", "same", "file"], tablefmt="simple") + "\n"
