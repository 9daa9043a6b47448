"""The data contracts: documents, claims, findings and reports, as pydantic models.

These models are the JSON interface other tools parse (see docs/schema/). Field names follow
DESIGN.md; change them only together with the schema version.
"""

from __future__ import annotations

import datetime as dt
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

CLAIMS_SCHEMA = "factcheck.claims/2"
REPORT_SCHEMA = "factcheck.report/2"

Severity = Literal["error", "warning", "info"]
SEVERITY_RANK: dict[str, int] = {"info": 1, "warning": 2, "error": 3}

ClaimKind = Literal["quantity", "time", "duration", "order"]
Modality = Literal["actual", "target", "forecast", "proposal", "hypothetical", "capacity", "superseded", "uncertain"]
Grain = Literal[
    "second", "minute", "hour", "day", "week", "month", "quarter", "season", "year",
    "decade", "century", "unknown",
]


class _Model(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


class Span(_Model):
    """A place in a file: 1-based line and column, 0-based character offsets (end exclusive).

    The same type locates a rule in a rule file and a claim in an article.
    """

    path: str
    line: int
    col: int
    end_line: int
    end_col: int
    start: int
    end: int

    def __str__(self) -> str:
        return f"{self.path}:{self.line}:{self.col}"


class Document(_Model):
    """One article. ``text`` is the decoded file text; every offset points into it."""

    id: str
    path: str
    source: str | None = None
    published: dt.date | None = None
    title: str | None = None
    url: str | None = None
    group: str = Field(description="Source group: syndicated copies of one story share a group.")
    format: str = "txt"
    main: list[tuple[int, int]] = Field(
        default_factory=list,
        description="Character ranges [start, end) that are the article itself (headline, "
        "standfirst, body); empty means the whole text is the article.",
    )
    text: str = Field(default="", exclude=True, repr=False)
    body_start: int = Field(default=0, exclude=True, description="Text before this offset (front matter) is not scanned.")

    def in_main(self, start: int, end: int) -> bool:
        if not self.main:
            return True
        return any(lo <= start and end <= hi for lo, hi in self.main)


class QuantityValue(_Model):
    """A number as an interval in one unit. ``low == high`` for an exact figure; ``None`` is an
    open side ("more than 50,000" has ``high = None``)."""

    low: float | None
    high: float | None
    unit: str = Field(description="A pint unit name (percent, kilometer, USD) or the counted noun.")
    exact: float | None = Field(
        default=None, description="The figure as written, before hedges widened it."
    )
    hedge: str | None = Field(default=None, description='The bound or hedge word, e.g. "more than".')
    base: str | None = Field(default=None, description='What a share is of, e.g. "GDP".')


class TimeValue(_Model):
    """A date, period or duration: a TIMEX3-style value plus a half-open interval and its grain."""

    timex: str
    start: str | None = None
    end: str | None = None
    grain: Grain = "unknown"
    mod: str | None = Field(default=None, description='TIMEX3 mod: START/MID/END for "early/mid/late", ON_OR_BEFORE for "by", APPROX, …')
    anchor: str | None = Field(default=None, description="TIMEX3 value a relative expression or an anchored duration was resolved against.")
    zone: str | None = Field(default=None, description='Time zone of a clock time: an IANA name ("Asia/Tokyo"), "UTC", or an offset ("+05:30"); None when neither the text nor the place says.')
    utc_start: str | None = Field(default=None, description="For a clock time whose zone is known: the start of the interval as a UTC instant (ISO 8601, ending in Z).")
    utc_end: str | None = Field(default=None, description="For a clock time whose zone is known: the end of the interval (exclusive) as a UTC instant.")
    weekday: str | None = Field(default=None, description='The weekday written with a calendar date ("Friday" in "Friday, March 7"), kept to check that they agree.')


class OrderValue(_Model):
    """Two events and how one stands to the other in time."""

    relation: Literal["before", "after", "same"]
    first: str
    second: str
    offset: str | None = Field(default=None, description="ISO 8601 duration, e.g. P1D.")
    mod: str | None = Field(default=None, description='TIMEX3 mod of the offset: MORE_THAN for "more than 20 minutes after", APPROX for "some 23 minutes after", LESS_THAN, …')


class Claim(_Model):
    """A numeric or temporal statement found in a document, with its context."""

    id: str
    doc: str
    start: int
    end: int
    line: int
    col: int
    text: str
    kind: ClaimKind
    value: QuantityValue | TimeValue | OrderValue
    measure: str | None = Field(default=None, description="What is measured (counted noun or measure phrase).")
    subject: str | None = Field(default=None, description="Whose figure it is.")
    speaker: str | None = Field(default=None, description="Who says so, for quotes and reported speech.")
    modality: Modality = "actual"
    negated: bool = False
    event: str | None = Field(default=None, description="The event a date belongs to.")
    period: str | None = Field(default=None, description="TIMEX3 value of the time the figure refers to.")
    scope: str | None = Field(default=None, description='What part of the subject a figure covers: a place ("kunar"), a group ("on the ground"), "combined"; None for the whole.')
    enumeration: str | None = Field(default=None, description="Set when the figure is one item of a list of parallel figures (\"27% on Brazil, 18% on Chile\"): the list's id. Items of one list are different figures by construction.")
    evidence: dict[str, str] = Field(default_factory=dict, description="For each identity key (measure, subject, scope, event, period): the words of the text it was read from.")
    main: bool = Field(default=True, description="False when the claim lies outside the article text.")
    sentence: tuple[int, int] | None = Field(default=None, description="Offsets of the enclosing sentence.")
    notes: list[str] = Field(default_factory=list)


class ClaimRef(_Model):
    """A claim as it appears in a finding: where it is, what it says, who published it."""

    doc: str
    path: str
    start: int
    end: int
    line: int
    col: int
    text: str
    kind: ClaimKind
    value: QuantityValue | TimeValue | OrderValue
    source: str | None = None
    published: dt.date | None = None
    url: str | None = None
    measure: str | None = None
    subject: str | None = None
    speaker: str | None = None
    modality: Modality = "actual"
    excerpt: str = Field(default="", description="The sentence around the claim.")
    excerpt_start: int = Field(default=0, description="Offset of the claim inside excerpt.")


class Suppression(_Model):
    """Why a finding is not counted: an inline comment in the article or a baseline entry."""

    kind: Literal["inline", "baseline"]
    reason: str | None = None
    location: str | None = Field(default=None, description="path:line of the comment or baseline file.")


class Finding(_Model):
    rule: str
    severity: Severity
    title: str = ""
    message: str
    claims: list[ClaimRef]
    details: dict[str, str] = Field(default_factory=dict, description="Computed values that explain the verdict.")
    explanation: str | None = None
    link: str | None = None
    keys: dict[str, str] = Field(default_factory=dict, description="Why the claims were taken for the same figure or event: the identity keys they share (measure, subject, scope, period, event …), as the rule compared them.")
    fingerprint: str = Field(default="", description="Stable id of this finding, for baselines.")
    suppression: Suppression | None = Field(default=None, description="Set when the finding was accepted.")


class Diagnostic(_Model):
    """A located problem with the input or the rules."""

    severity: Literal["error", "warning", "info"]
    code: str
    message: str
    path: str | None = None
    line: int | None = None
    col: int | None = None
    hint: str | None = None
    source_line: str | None = Field(default=None, exclude=True)
    end_col: int | None = Field(default=None, exclude=True)

    def format(self) -> str:
        """``path:line:col: severity: CODE message``, then the source line with a caret and the
        hint. Control characters from file names, manifests or rules print as escapes (the
        same set as ``render._shared.visible``; models may not import it), so an ESC sequence
        never reaches the terminal and a newline cannot fake a line of its own."""
        def shown(text: str, keep_tab: bool = False) -> str:
            out = []
            for ch in text:
                n = ord(ch)
                if ch == "\t" and keep_tab:
                    out.append(ch)
                elif n < 0x20 or 0x7F <= n <= 0x9F or n in (0x61C, 0x200E, 0x200F, 0x2028, 0x2029) \
                        or 0x202A <= n <= 0x202E or 0x2066 <= n <= 0x2069:
                    named = {"\n": "\\n", "\t": "\\t", "\r": "\\r"}.get(ch)
                    out.append(named or (f"\\x{n:02x}" if n < 0x100 else f"\\u{n:04x}"))
                else:
                    out.append(ch)
            return "".join(out)

        where = shown(self.path or "<input>")
        if self.line is not None:
            where += f":{self.line}"
            if self.col is not None:
                where += f":{self.col}"
        out = f"{where}: {self.severity}: {shown(self.code)} {shown(self.message)}"
        if self.source_line is not None and self.col is not None:
            width = max(1, (self.end_col or self.col + 1) - self.col)
            line = self.source_line.rstrip()
            # The caret stays under the column: escapes before it widen the padding, tabs stay tabs.
            pad = "".join(ch if ch == "\t" else " " * len(shown(ch)) for ch in line[:self.col - 1])
            out += f"\n  {shown(line, keep_tab=True)}\n  {pad}{'^' * width}"
        if self.hint:
            out += f"\n  hint: {shown(self.hint)}"
        return out


class ClaimsReport(_Model):
    schema_: Literal["factcheck.claims/2"] = Field(default=CLAIMS_SCHEMA, alias="schema")
    documents: list[Document]
    claims: list[Claim]
    diagnostics: list[Diagnostic] = Field(default_factory=list)

    model_config = ConfigDict(frozen=True, extra="forbid", populate_by_name=True)


class RuleInfo(_Model):
    """A rule as reports describe it (SARIF rule descriptors, HTML help)."""

    id: str
    title: str
    severity: Severity
    explanation: str | None = None
    link: str | None = None
    tags: list[str] = Field(default_factory=list)
    path: str | None = None
    line: int | None = None


class Summary(_Model):
    documents: int
    claims: int
    rules: int
    findings: int
    by_severity: dict[str, int]
    suppressed: int = 0


class Report(_Model):
    schema_: Literal["factcheck.report/2"] = Field(default=REPORT_SCHEMA, alias="schema")
    documents: list[Document]
    findings: list[Finding]
    summary: Summary
    rules: list[RuleInfo] = Field(default_factory=list)
    diagnostics: list[Diagnostic] = Field(default_factory=list)

    model_config = ConfigDict(frozen=True, extra="forbid", populate_by_name=True)
