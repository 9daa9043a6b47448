"""What several renderers need to say the same thing: claim ends, links, rule help, counts,
the keys that made claims one figure, and text made safe for terminals."""

from __future__ import annotations

import re
from importlib import metadata
from typing import NamedTuple

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


# ---- Text that reaches a terminal or an editor: no control characters ------------------------

#: Characters a file name, a manifest or a rule may carry that would act instead of show: C0 and
#: C1 controls (ESC sequences, newlines that start a fake `path:line:col` line), DEL, line and
#: paragraph separators, and bidirectional overrides that reorder what is shown.
_UNSAFE = re.compile("[\x00-\x1f\x7f-\x9f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]")
_UNSAFE_BUT_SPACE = re.compile("[\x00-\x08\x0b\x0e-\x1f\x7f-\x9f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]")
_NAMED = {"\n": "\\n", "\t": "\\t", "\r": "\\r"}


def _escape_char(m: re.Match[str]) -> str:
    ch = m.group()
    if ch in _NAMED:
        return _NAMED[ch]
    return f"\\x{ord(ch):02x}" if ord(ch) < 0x100 else f"\\u{ord(ch):04x}"


def visible(text: str, *, keep_space: bool = False) -> str:
    """``text`` with every control character shown as an escape (``\\x1b``, ``\\n``,
    ``\\u202e``): for names (paths, sources, rule ids) where each character counts. With
    ``keep_space``, tabs and line breaks stay (HTML, where they are only white space)."""
    return (_UNSAFE_BUT_SPACE if keep_space else _UNSAFE).sub(_escape_char, text)


def one_line(text: str) -> str:
    """Prose (a message, a quote) on one line: runs of whitespace, hard wraps included, become
    one space; any other control character shows as an escape."""
    return visible(_SPACES.sub(" ", text))


_SPACES = re.compile(r"[ \t\r\n\f\v\x85\u2028\u2029]+")


# ---- Why the claims were taken for one figure: the finding's identity keys --------------------

_NONE = "none stated"


class Key(NamedTuple):
    name: str
    value: str | None  # None when neither claim states it ("the story's own" subject)
    words: str | None  # the words of the text it was read from, when the finding says


def split_key(text: str) -> tuple[str, str | None]:
    """'displaced (left their homes / out of their homes)' → ('displaced', 'left … / out …'):
    the engine writes a key's value, then the words it was read from in brackets."""
    if not text.endswith(")"):
        return text, None
    depth = 0
    for i in range(len(text) - 1, -1, -1):
        depth += {")": 1, "(": -1}.get(text[i], 0)
        if depth == 0:
            if i > 0 and text[i - 1] == " ":
                return text[:i - 1], text[i + 1:-1]
            return text, None
    return text, None


#: A pair of names the engine writes as a Python tuple ("('talks', 'visit')").
_PAIR = re.compile(r"\('([^']*)', '([^']*)'\)")


def keys(finding: Finding) -> list[Key]:
    out = []
    for name, raw in finding.keys.items():
        value, words = split_key(raw)
        if value.startswith(_NONE):
            out.append(Key(name, None, None))
            continue
        pair = _PAIR.fullmatch(value)
        out.append(Key(name, f"{pair[1]} and {pair[2]}" if pair else value, words))
    return out


def keys_line(finding: Finding, *, words: bool = False) -> str:
    """"measure=displaced, dimension=count; none stated: subject, scope" — the keys the claims
    share, the unstated ones last; with ``words``, each value's source words in brackets."""
    stated, unstated = [], []
    for k in keys(finding):
        if k.value is None:
            unstated.append(k.name)
        else:
            stated.append(f"{k.name}={k.value}" + (f" ({k.words})" if words and k.words else ""))
    parts = [", ".join(stated)] if stated else []
    if unstated:
        parts.append(f"{_NONE}: {', '.join(unstated)}")
    return "; ".join(parts)


def not_listed(finding: Finding) -> int:
    """How many claims of a finding are counted but not listed (a figure disputed by many)."""
    try:
        return max(0, int(finding.details.get("not listed", "0")))
    except ValueError:
        return 0
