"""Markdown for a CMS or a pull-request comment: summary, then each finding with both quotes."""

from __future__ import annotations

import re
from urllib.parse import quote

from .. import valuefmt
from ..models import ClaimRef, ClaimsReport, Finding, Report
from . import _shared

# Characters that mean something anywhere in a line (emphasis, code, links, raw HTML, entities,
# tables, strikethrough, math). A backslash before ASCII punctuation is always a literal.
_SPECIAL = re.compile(r"([\\`*_\[\]<>!|~&$#])")
# What only means something at the start of a line: list markers, ordered lists, setext rules.
_LINE_START = re.compile(r"^(\s*)([-+=]|\d{1,9}(?=[.)]))")
_ICON = {"error": "\u274c", "warning": "\u26a0\ufe0f", "info": "\u2139\ufe0f"}


def escape(text: str) -> str:
    """Article text as literal Markdown on one line (hard wraps in excerpts become spaces)."""
    return _inline(text).strip()


def _inline(text: str) -> str:
    # Whitespace runs become one space but are kept at the ends, so a quote split around the
    # claim keeps exactly the spacing it had.
    text = _SPECIAL.sub(r"\\\1", _shared.visible(re.sub(r"\s+", " ", text)))
    # Escaped whether or not the text ends up first on its line: the caller may put it there.
    return _LINE_START.sub(_escape_start, text, count=1)


def _escape_start(m: re.Match[str]) -> str:
    lead, mark = m.group(1), m.group(2)
    return f"{lead}\\{mark}" if not mark[0].isdigit() else f"{lead}{mark}\\"


def code(text: str) -> str:
    """A code span; rule ids never hold a backtick, but a hostile one falls back to escaping."""
    return f"`{_shared.visible(text)}`" if "`" not in text and "\n" not in text else escape(text)


def link(label: str, url: str | None) -> str:
    """``[label](url)`` for http(s) URLs, else the escaped label alone."""
    safe = _shared.web_url(url)
    if not safe:
        return escape(label)
    # Angle-bracket destination: spaces and parentheses allowed, only <, > and newlines not.
    dest = quote(safe, safe=":/?#[]@!$&'()*+,;=%~-._")
    return f"[{escape(label)}](<{dest}>)"


def render(report: Report | ClaimsReport) -> str:
    if isinstance(report, ClaimsReport):
        return _claims(report)
    out = ["# factcheck report", "", _summary(report), ""]
    findings = _shared.active(report)
    if not findings:
        out += ["No discrepancies found.", ""]
    for n, f in enumerate(findings, 1):
        out += _finding(n, f, report)
    accepted = _shared.suppressed(report)
    if accepted:
        out += ["## Accepted findings (suppressed)", ""]
        for f in accepted:
            out += _suppressed(f)
        out.append("")
    if report.diagnostics:
        out += ["## Problems with the input", ""]
        out += [f"- {escape(d.format().splitlines()[0])}" for d in report.diagnostics] + [""]
    return "\n".join(out).rstrip("\n") + "\n"


def _summary(report: Report) -> str:
    counts = _shared.severity_counts(report)
    total = sum(counts.values())
    by_sev = ", ".join(_shared.plural(n, s) for s, n in counts.items())
    s = report.summary
    line = (f"**{_shared.plural(total, 'finding')}** ({by_sev}); "
            f"{_shared.suppressed_count(report)} suppressed. "
            f"Checked {_shared.plural(s.documents, 'document')}, {_shared.plural(s.claims, 'claim')}, "
            f"{_shared.plural(s.rules, 'rule')}.")
    return line


def _finding(n: int, f: Finding, report: Report) -> list[str]:
    rule = _shared.rule_info(report, f)
    out = [f"## {n}. {_ICON.get(f.severity, '')} {f.severity}: {escape(rule.title)}", "",
           f"Rule {code(f.rule)}. {escape(f.message)}", ""]
    same = _same(f)
    if same:
        out += [same, ""]
    for c in f.claims:
        out += _claim(c)
    more = _shared.not_listed(f)
    if more:
        out += [f"- … and {_shared.plural(more, 'more claim')} not listed", ""]
    diff = f.details.get("difference")
    if diff:
        tol = f.details.get("tolerance")
        out += [f"**Difference:** {escape(diff)}" + (f" (tolerance {escape(tol)})" if tol else ""), ""]
    if rule.explanation:
        out += [f"**Why it matters:** {escape(rule.explanation)}", ""]
    if _shared.web_url(rule.link):
        out += [f"More: {link(rule.link or '', rule.link)}", ""]
    return out


def _same(f: Finding) -> str:
    """**Same figure:** measure *displaced* (“left their homes” / …) · … — the keys that made
    the claims one figure, each with the words it was read from."""
    stated, unstated = [], []
    for k in _shared.keys(f):
        if k.value is None:
            unstated.append(escape(k.name))
            continue
        quoted = " / ".join(f"\u201c{escape(w)}\u201d" for w in k.words.split(" / ")) if k.words else ""
        words = f" (read from {quoted})" if quoted else ""
        stated.append(f"{escape(k.name)} **{escape(k.value)}**{words}")
    if unstated:
        stated.append(f"none stated: {', '.join(unstated)}")
    return f"**Same figure:** {'; '.join(stated)}" if stated else ""


def _claim(c: ClaimRef) -> list[str]:
    who = link(_shared.source_name(c), c.url)
    when = f", {c.published.isoformat()}" if c.published else ""
    where = escape(f"{_shared.visible(c.path)}:{c.line}:{c.col}")
    head = f"- **{who}**{when} ({where}) \u2014 value: {escape(valuefmt.readable(c.value))}"
    before, claim, after = _shared.excerpt_parts(c)
    quote_ = _bold(_inline(before), escape(claim), _inline(after)).strip()
    return [head, "", f"  > {quote_}", ""]


def _bold(before: str, claim: str, after: str) -> str:
    """``before**claim**after``, with a zero-width space where CommonMark would not see ``**``
    as emphasis (punctuation inside glued to a letter outside, as in "US$14")."""
    zwsp = "&#8203;"
    if before and claim and _is_punct(claim[0]) and before[-1].isalnum():
        before += zwsp
    if after and claim and _is_punct(claim[-1]) and after[0].isalnum():
        after = zwsp + after
    return f"{before}**{claim}**{after}"


def _is_punct(ch: str) -> bool:
    return not ch.isalnum() and not ch.isspace()


def _suppressed(f: Finding) -> list[str]:
    s = f.suppression
    assert s is not None
    why = f" \u2014 {escape(s.reason)}" if s.reason else ""
    where = f" ({escape(s.location)})" if s.location else ""
    first = f.claims[0] if f.claims else None
    at = " at " + escape(f"{_shared.visible(first.path)}:{first.line}:{first.col}") if first else ""
    return [f"- {f.severity} {code(f.rule)}{at}: {escape(f.message)} \u2014 {s.kind}{where}{why}"]


def _claims(report: ClaimsReport) -> str:
    out = ["# factcheck claims", "",
           f"{_shared.plural(len(report.claims), 'claim')} in {_shared.plural(len(report.documents), 'document')}.", ""]
    if report.claims:
        out += ["| where | kind | text | value |", "| --- | --- | --- | --- |"]
        for c in report.claims:
            out.append(f"| {escape(f'{_shared.visible(c.doc)}:{c.line}:{c.col}')} | {c.kind} | {escape(c.text)} | "
                       f"{escape(valuefmt.value(c.value))} |")
    return "\n".join(out) + "\n"
