"""Suppressions with accountability: inline comments in an article and baseline entries mark
findings that were checked and accepted. Suppressed findings stay in the report, flagged, and do
not count towards --fail-on; suppressions that match nothing are reported.

Inline, in Markdown or HTML (a reason is expected)::

    <!-- factcheck: ignore quantities.cross-source reason="agency revised the figure" -->
    [//]: # (factcheck: ignore quantities.cross-source reason="…")

A comment covers the paragraph it stands in, or the paragraph right after it when it stands
alone; ``ignore-file`` covers the whole document. Several rule ids may be given, comma-separated.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from ..models import Diagnostic, Document, Finding, Suppression
from ..textpos import LineIndex

_COMMENT = re.compile(
    r"(?:<!--|\[//\]:\s*#\s*\()\s*factcheck:\s*(?P<verb>ignore-file|ignore)\s+(?P<rules>[\w.*-]+(?:\s*,\s*[\w.*-]+)*)"
    r"(?:\s+reason=\"(?P<reason>[^\"]*)\")?\s*(?:-->|\))")
_PARAGRAPH_BREAK = re.compile(r"\n[ \t]*\n")


@dataclass
class InlineSuppression:
    doc: str
    path: str
    line: int
    col: int
    rules: tuple[str, ...]
    reason: str | None
    start: int  # covered range of the document text
    end: int
    used: bool = False

    def covers(self, rule: str, offset: int) -> bool:
        return rule in self.rules and self.start <= offset < self.end


@dataclass
class BaselineEntry:
    fingerprint: str
    rule: str
    reason: str | None = None
    expires: dt.date | None = None
    used: bool = False


def inline_suppressions(doc: Document) -> list[InlineSuppression]:
    text = doc.text
    found = []
    lines: LineIndex | None = None
    for m in _COMMENT.finditer(text):
        lines = lines or LineIndex(text)
        line, col = lines.position(m.start())
        rules = tuple(r.strip() for r in m.group("rules").split(","))
        if m.group("verb") == "ignore-file":
            start, end = 0, len(text)
        else:
            start, end = _paragraph(text, m.start(), m.end())
        found.append(InlineSuppression(doc.id, doc.path, line, col, rules, m.group("reason"), start, end))
    return found


def _paragraph(text: str, start: int, end: int) -> tuple[int, int]:
    """The paragraph around a comment; the next one when the comment stands alone."""
    before = _last_break(text, start)
    after_m = _PARAGRAPH_BREAK.search(text, end)
    after = after_m.start() if after_m else len(text)
    if not text[before:start].strip() and not text[end:after].strip() and after_m:
        nxt = _PARAGRAPH_BREAK.search(text, after_m.end())
        return after_m.end(), nxt.start() if nxt else len(text)
    return before, after


def _last_break(text: str, pos: int) -> int:
    last = 0
    for m in _PARAGRAPH_BREAK.finditer(text, 0, pos):
        last = m.end()
    return last


def apply(findings: list[Finding], documents: list[Document], rule_ids: set[str],
          baseline: list[BaselineEntry], today: dt.date, focus: set[str] | None = None,
          baseline_path: str | None = None) -> tuple[list[Finding], list[Diagnostic]]:
    """Mark suppressed findings; report suppressions that name unknown rules, lack a reason,
    have expired or match nothing."""
    diagnostics: list[Diagnostic] = []
    inline: list[InlineSuppression] = []
    for doc in documents:
        if focus is not None and doc.id not in focus:
            continue
        for s in inline_suppressions(doc):
            unknown = [r for r in s.rules if r not in rule_ids]
            for r in unknown:
                import difflib

                close = difflib.get_close_matches(r, sorted(rule_ids), n=1)
                diagnostics.append(Diagnostic(
                    severity="error", code="S001", path=s.path, line=s.line, col=s.col,
                    message=f"suppression names an unknown rule '{r}'",
                    hint=f"did you mean '{close[0]}'?" if close else "factcheck rules lists the rule ids"))
            if not s.reason:
                diagnostics.append(Diagnostic(
                    severity="warning", code="S002", path=s.path, line=s.line, col=s.col,
                    message="suppression has no reason", hint='add reason="…" so the next editor knows why'))
            inline.append(s)
    by_print = {}
    for entry in baseline:
        if entry.expires is not None and entry.expires < today:
            diagnostics.append(Diagnostic(
                severity="warning", code="S004", path=baseline_path,
                message=f"baseline entry for {entry.rule} ({entry.fingerprint}) expired on {entry.expires}; not applied",
                hint="check the finding again, then renew or remove the entry"))
            entry.used = True  # reported already
            continue
        by_print[entry.fingerprint] = entry
    out = []
    for f in findings:
        suppression = None
        for s in inline:
            if any(c.doc == s.doc and s.covers(f.rule, c.start) for c in f.claims):
                s.used = True
                suppression = Suppression(kind="inline", reason=s.reason, location=f"{s.path}:{s.line}")
                break
        if suppression is None and f.fingerprint in by_print:
            entry = by_print[f.fingerprint]
            entry.used = True
            suppression = Suppression(kind="baseline", reason=entry.reason, location=baseline_path)
        out.append(f if suppression is None else f.model_copy(update={"suppression": suppression}))
    for s in inline:
        if not s.used and all(r in rule_ids for r in s.rules):
            diagnostics.append(Diagnostic(
                severity="warning", code="S003", path=s.path, line=s.line, col=s.col,
                message=f"unused suppression of {', '.join(s.rules)}: no such finding here any more",
                hint="remove the comment"))
    for entry in baseline:
        if not entry.used:
            diagnostics.append(Diagnostic(
                severity="warning", code="S003", path=baseline_path,
                message=f"unused baseline entry for {entry.rule} ({entry.fingerprint})",
                hint="the finding is gone: remove the entry (or rewrite the baseline with --write-baseline)"))
    return out, diagnostics
