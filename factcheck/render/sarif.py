"""SARIF 2.1.0 for code-scanning UIs: rule descriptors, located results, suppression state."""

from __future__ import annotations

from pathlib import PurePosixPath, PureWindowsPath
from urllib.parse import quote

from .. import valuefmt
from ..models import ClaimRef, ClaimsReport, Diagnostic, Finding, Report, RuleInfo, Suppression
from . import _shared
from .json import dumps
from .markdown import escape as md_escape
from .markdown import link as md_link

SCHEMA_URI = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json"
_LEVEL = {"error": "error", "warning": "warning", "info": "note"}
_SUPPRESSION_KIND = {"inline": "inSource", "baseline": "external"}
_FINGERPRINT = "factcheck/v1"


def render(report: Report | ClaimsReport) -> str:
    run: dict = {"tool": {"driver": _driver(report.rules if isinstance(report, Report) else [])}}
    # Our columns count characters (code points); SARIF's default is UTF-16 code units.
    run["columnKind"] = "unicodeCodePoints"
    if isinstance(report, Report):
        run["results"] = [_result(f, report) for f in report.findings]
    else:
        run["results"] = [_claim_result(c, report) for c in report.claims]
    run["artifacts"] = [_artifact(d.path, d.source, d.url) for d in report.documents]
    run["invocations"] = [_invocation(report.diagnostics)]
    log = {"$schema": SCHEMA_URI, "version": "2.1.0", "runs": [run]}
    return dumps(log)


def _driver(rules: list[RuleInfo]) -> dict:
    driver: dict = {"name": "factcheck", "version": _shared.version(), "semanticVersion": _shared.version()}
    home = _shared.homepage()
    if home:
        driver["informationUri"] = home
    driver["rules"] = [_descriptor(r) for r in rules]
    return driver


def _descriptor(rule: RuleInfo) -> dict:
    out: dict = {
        "id": rule.id,
        "name": _pascal(rule.id),
        "shortDescription": {"text": rule.title},
    }
    link = _shared.web_url(rule.link)
    if rule.explanation:
        text = " ".join(rule.explanation.split())
        out["fullDescription"] = {"text": text}
        # Code-scanning UIs show help.markdown when present; rule text is escaped like article text.
        more = f"\n\n{md_link('More about this rule', link)}" if link else ""
        out["help"] = {"text": text, "markdown": md_escape(text) + more}
    if link:
        out["helpUri"] = link
    out["defaultConfiguration"] = {"level": _LEVEL[rule.severity]}
    props: dict = {}
    if rule.tags:
        props["tags"] = list(rule.tags)
    if rule.path:
        props["definedAt"] = f"{rule.path}:{rule.line}" if rule.line else rule.path
    if props:
        out["properties"] = props
    return out


def _pascal(rule_id: str) -> str:
    # SARIF wants `name` to be an identifier-like, human-readable name ("CrossSource").
    words = rule_id.replace(".", " ").replace("-", " ").replace("_", " ").split()
    return "".join(w[:1].upper() + w[1:] for w in words) or rule_id


def uri(path: str) -> str:
    """A relative or absolute URI reference for a file path (spaces and '#' percent-encoded)."""
    if PureWindowsPath(path).drive:
        return PureWindowsPath(path).as_uri()
    if path.startswith("/"):
        return PurePosixPath(path).as_uri()
    return quote(path.replace("\\", "/"), safe="/")


def region(claim: ClaimRef) -> dict:
    end_line, end_col = _shared.claim_end(claim)
    return {"startLine": claim.line, "startColumn": claim.col, "endLine": end_line,
            "endColumn": end_col, "snippet": {"text": claim.text}}


def _location(claim: ClaimRef, ident: int | None = None) -> dict:
    physical: dict = {"artifactLocation": {"uri": uri(claim.path)}, "region": region(claim)}
    if claim.excerpt:
        before = claim.excerpt[:claim.excerpt_start]
        first = claim.line - before.count("\n")
        physical["contextRegion"] = {"startLine": first, "endLine": first + claim.excerpt.count("\n"),
                                     "snippet": {"text": claim.excerpt}}
    out: dict = {"physicalLocation": physical}
    if ident is not None:
        out["id"] = ident
    value = valuefmt.readable(claim.value)
    out["message"] = {"text": f"{_shared.source_name(claim)}: \u201c{claim.text}\u201d = {value}"}
    return out


def _result(finding: Finding, report: Report) -> dict:
    rules = [r.id for r in report.rules]
    out: dict = {"ruleId": finding.rule}
    if finding.rule in rules:
        out["ruleIndex"] = rules.index(finding.rule)
    out["level"] = _LEVEL[finding.severity]
    same = _shared.keys_line(finding)
    out["message"] = {"text": finding.message + (f" [same: {same}]" if same else "")}
    first, *others = finding.claims or [None]
    out["locations"] = [_location(first)] if first else []
    if others:
        out["relatedLocations"] = [_location(c, i) for i, c in enumerate(others, 1)]
    if finding.fingerprint:
        out["partialFingerprints"] = {_FINGERPRINT: finding.fingerprint}
    if finding.suppression is not None:
        out["suppressions"] = [_suppression(finding.suppression)]
    props: dict = {}
    if finding.details:
        props["details"] = dict(finding.details)
    if finding.keys:
        props["keys"] = dict(finding.keys)
    if props:
        out["properties"] = props
    return out


def _suppression(s: Suppression) -> dict:
    out: dict = {"kind": _SUPPRESSION_KIND[s.kind], "status": "accepted"}
    if s.reason:
        out["justification"] = s.reason
    where = _path_line(s.location)
    if where:
        path, line = where
        loc: dict = {"artifactLocation": {"uri": uri(path)}}
        if line:
            loc["region"] = {"startLine": line}
        out["location"] = {"physicalLocation": loc}
    return out


def _path_line(location: str | None) -> tuple[str, int | None] | None:
    if not location:
        return None
    path, sep, line = location.rpartition(":")
    if sep and line.isdigit() and path:
        return path, int(line)
    return location, None


def _claim_result(claim, report: ClaimsReport) -> dict:
    # Claims are not problems: list them as informational results so SARIF viewers can browse them.
    doc = {d.id: d for d in report.documents}.get(claim.doc)
    ref = ClaimRef(doc=claim.doc, path=doc.path if doc else claim.doc, start=claim.start, end=claim.end,
                   line=claim.line, col=claim.col, text=claim.text, kind=claim.kind, value=claim.value,
                   source=doc.source if doc else None)
    return {"ruleId": f"claim.{claim.kind}", "kind": "informational", "level": "none",
            "message": {"text": f"{claim.kind} {valuefmt.value(claim.value)}: \u201c{claim.text}\u201d"},
            "locations": [_location(ref)]}


def _artifact(path: str, source: str | None, url: str | None) -> dict:
    out: dict = {"location": {"uri": uri(path)}, "roles": ["analysisTarget"]}
    props = {k: v for k, v in (("source", source), ("url", url)) if v}
    if props:
        out["properties"] = props
    return out


def _invocation(diagnostics: list[Diagnostic]) -> dict:
    notes = []
    for d in diagnostics:
        note: dict = {"level": _LEVEL[d.severity], "message": {"text": d.message},
                      "descriptor": {"id": d.code}}
        if d.path:
            phys: dict = {"artifactLocation": {"uri": uri(d.path)}}
            if d.line:
                phys["region"] = {"startLine": d.line, **({"startColumn": d.col} if d.col else {})}
            note["locations"] = [{"physicalLocation": phys}]
        notes.append(note)
    # A bad file or rule is reported and the run goes on; a run that cannot go on writes no report.
    out: dict = {"executionSuccessful": True}
    if notes:
        out["toolExecutionNotifications"] = notes
    return out
