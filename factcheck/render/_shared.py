"""What several renderers need to say the same thing: claim ends, links, rule help, counts."""

from __future__ import annotations

from importlib import metadata

from ..models import ClaimRef, Finding, Report, RuleInfo

SEVERITIES = ("error", "warning", "info")


def version() -> str:
    # Read from the installed distribution, not factcheck.__version__: importing the package
    # root from a renderer would run api (a higher layer) and close an import cycle.
    try:
        return metadata.version("factcheck")
    except metadata.PackageNotFoundError:
        return "0.0.0"


def homepage() -> str | None:
    """The project's home page from its distribution metadata ([project.urls]), if it has one."""
    try:
        meta = metadata.metadata("factcheck")
    except metadata.PackageNotFoundError:
        return None
    for entry in meta.get_all("Project-URL") or []:
        label, _, url = entry.partition(",")
        if label.strip().lower() in ("homepage", "home", "documentation", "source") and web_url(url.strip()):
            return url.strip()
    return web_url(meta.get("Home-page"))


def claim_end(claim: ClaimRef) -> tuple[int, int]:
    """1-based line and exclusive column just after the claim's last character."""
    lines = claim.text.split("\n")
    if len(lines) == 1:
        return claim.line, claim.col + len(claim.text)
    return claim.line + len(lines) - 1, len(lines[-1]) + 1


def web_url(url: str | None) -> str | None:
    """The URL if it may become a link: only http(s), so `javascript:` and `data:` never do."""
    if not url:
        return None
    scheme = url.split(":", 1)[0].strip().lower()
    return url.strip() if scheme in ("http", "https") and ":" in url else None


def source_name(claim: ClaimRef) -> str:
    return claim.source or claim.path


def excerpt_parts(claim: ClaimRef) -> tuple[str, str, str]:
    """(before, claim, after): the excerpt split around exactly the claim's text.

    Falls back to the first occurrence of the text, then to the bare claim, so a stale
    excerpt_start never highlights the wrong words.
    """
    ex, text, at = claim.excerpt, claim.text, claim.excerpt_start
    if not ex or not text:
        return "", text, ""
    if at < 0 or ex[at:at + len(text)] != text:
        at = ex.find(text)
        if at < 0:
            return "", text, ""
    return ex[:at], text, ex[at + len(text):]


def rule_info(report: Report, finding: Finding) -> RuleInfo:
    """The rule descriptor for a finding; built from the finding when the report lacks it."""
    for rule in report.rules:
        if rule.id == finding.rule:
            return rule
    return RuleInfo(id=finding.rule, title=finding.title or finding.rule, severity=finding.severity,
                    explanation=finding.explanation, link=finding.link)


def active(report: Report) -> list[Finding]:
    return [f for f in report.findings if f.suppression is None]


def suppressed(report: Report) -> list[Finding]:
    return [f for f in report.findings if f.suppression is not None]


def suppressed_count(report: Report) -> int:
    # The engine may count suppressions it did not keep in findings; never show fewer than listed.
    return max(report.summary.suppressed, len(suppressed(report)))


def severity_counts(report: Report) -> dict[str, int]:
    """Counts of unsuppressed findings per severity, every severity present, worst first."""
    counts = {s: 0 for s in SEVERITIES}
    for f in active(report):
        counts[f.severity] = counts.get(f.severity, 0) + 1
    return counts


def plural(n: int, word: str) -> str:
    # "info" is a mass noun: "3 info", not "3 infos".
    return f"{n} {word}" + ("" if n == 1 or word == "info" else "s")
