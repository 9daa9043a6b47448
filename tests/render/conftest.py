"""Reports the renderer tests share: a small hand-built one with hostile text, and the real
example corpus checked by the shipped rules."""

from __future__ import annotations

import datetime as dt
import os
from pathlib import Path

import pytest

import factcheck
from factcheck.models import (ClaimRef, Diagnostic, Document, Finding, QuantityValue, Report,
                              RuleInfo, Summary, Suppression, TimeValue)

REPO = Path(__file__).resolve().parents[2]

#: What an attacker would put in an article: a script that marks the page if it ever runs.
SCRIPT = ("<script>document.title='pwned';"
          "document.body.insertAdjacentHTML('beforeend','<p id=pwned>pwned</p>')</script>")
IMG = "<img src=x onerror=\"document.title='pwned-img'\">"

HOSTILE_EXCERPT = f'Officials said {SCRIPT} "quotes" & about 12,000 people left {IMG}.'
HOSTILE_CLAIM = "about 12,000 people"
WRAPPED_EXCERPT = "The agency put the figure at some 120,000\npeople on Tuesday."
WRAPPED_CLAIM = "some 120,000\npeople"


def claim(path: str, text: str, excerpt: str, *, line: int, col: int, low: float, source: str | None,
          url: str | None = None, unit: str = "person") -> ClaimRef:
    at = excerpt.index(text)
    return ClaimRef(doc=path, path=path, start=100, end=100 + len(text), line=line, col=col, text=text,
                    kind="quantity", value=QuantityValue(low=low, high=low, unit=unit), source=source,
                    published=dt.date(2025, 10, 13), url=url, measure="displaced", excerpt=excerpt,
                    excerpt_start=at)


def small_report() -> Report:
    """Three findings: a hostile cross-source one, an info one with a link, and one suppressed."""
    hostile = claim("corpus/evil wire.md", HOSTILE_CLAIM, HOSTILE_EXCERPT, line=4, col=12, low=12000,
                    source='Evil "Wire" <b>News</b>', url="javascript:alert(3)")
    draft = claim("draft.md", WRAPPED_CLAIM, WRAPPED_EXCERPT, line=3, col=30, low=120000,
                  source="Our draft", url="https://example.org/draft?a=1&b=2")
    rules = [
        RuleInfo(id="quantities.cross-source", title="Figures <differ>", severity="warning",
                 explanation='Two outlets "disagree" <script>alert(4)</script>.',
                 link="javascript:alert(5)", tags=["numbers"], path="rules/q.fc", line=3),
        RuleInfo(id="dates.same-event", title="Dates differ", severity="info",
                 explanation="The same event on two days.", link="https://example.org/rules#dates"),
    ]
    d1 = ClaimRef(doc="draft.md", path="draft.md", start=5, end=15, line=1, col=6, text="10 October",
                  kind="time", value=TimeValue(timex="2025-10-10", grain="day"), source="Our draft",
                  excerpt="Held 10 October.", excerpt_start=5)
    d2 = d1.model_copy(update={"doc": "wire.txt", "path": "wire.txt", "text": "12 October",
                               "value": TimeValue(timex="2025-10-12", grain="day"), "source": "Wire",
                               "excerpt": "Held 12 October.", "url": "https://wire.example/a"})
    findings = [
        Finding(rule="quantities.cross-source", severity="warning", title="Figures <differ>",
                message="Our draft gives 120,000 <people>; Evil gives 12,000", claims=[draft, hostile],
                details={"difference": "108,000 person", "tolerance": "5%"}, fingerprint="abc123"),
        Finding(rule="dates.same-event", severity="info", title="Dates differ",
                message="10 October vs 12 October", claims=[d1, d2], details={"difference": "2 days"},
                fingerprint="def456"),
        Finding(rule="dates.same-event", severity="info", title="Dates differ", message="accepted one",
                claims=[d2, d1], fingerprint="0099aa",
                suppression=Suppression(kind="inline", reason='checked with "the agency"',
                                        location="draft.md:12")),
    ]
    docs = [Document(id="draft.md", path="draft.md", source="Our draft", group="draft.md"),
            Document(id="corpus/evil wire.md", path="corpus/evil wire.md", source='Evil "Wire" <b>News</b>',
                     url="javascript:alert(3)", group="evil"),
            Document(id="wire.txt", path="wire.txt", source="Wire", url="https://wire.example/a", group="wire")]
    summary = Summary(documents=3, claims=6, rules=2, findings=2,
                      by_severity={"error": 0, "warning": 1, "info": 1}, suppressed=1)
    diags = [Diagnostic(severity="warning", code="ingest.date", message="no date <found>", path="x.txt", line=1)]
    return Report(documents=docs, findings=findings, summary=summary, rules=rules, diagnostics=diags)


@pytest.fixture
def small() -> Report:
    return small_report()


@pytest.fixture(scope="session")
def corpus() -> Report:
    """The example corpus checked with the shipped rule packs, paths relative to the repository."""
    here = os.getcwd()
    os.chdir(REPO)
    try:
        report = factcheck.check(factcheck.load_corpus(["examples/"]))
    finally:
        os.chdir(here)
    if not report.findings:
        pytest.skip("the example corpus gives no findings at the moment")
    return report


@pytest.fixture(scope="session")
def corpus_claims():
    here = os.getcwd()
    os.chdir(REPO)
    try:
        return factcheck.claims_report(factcheck.load_corpus(["examples/"]))
    finally:
        os.chdir(here)


def keyed_report() -> Report:
    """One figure disputed by three listed claims and four more counted: the identity keys say
    why they were taken for one figure (a measure read from two phrasings, an unstated subject)."""
    a = claim("draft.md", "120,000 people", "Some 120,000 people are out of their homes.", line=2, col=6,
              low=120000, source="Our draft")
    b = claim("wire.txt", "12,000 people", "About 12,000 people have left their homes.", line=7, col=7,
              low=12000, source="Wire")
    c = claim("radio.txt", "12,500 people", "Some 12,500 people left.", line=3, col=6, low=12500, source="Radio")
    finding = Finding(
        rule="quantities.cross-source", severity="warning", title="Figures differ",
        message="Our draft gives 120,000 people for displaced; Wire gives 12,000 people (108,000 people apart)"
                " \u2014 values given: 12,000 people (Wire); 12,500 people (Radio); 120,000 people (Our draft)",
        claims=[a, b, c],
        details={"difference": "108,000 people", "values": "3", "claims": "7", "not listed": "4"},
        keys={"measure": "displaced (left their homes / out of their homes)",
              "subject": "none stated (the story's own)", "period": "2025 (this year)"},
        fingerprint="f00d")
    docs = [Document(id=p, path=p, source=s, group=p)
            for p, s in (("draft.md", "Our draft"), ("wire.txt", "Wire"), ("radio.txt", "Radio"))]
    summary = Summary(documents=3, claims=7, rules=1, findings=1, by_severity={"error": 0, "warning": 1, "info": 0})
    return Report(documents=docs, findings=[finding], summary=summary)


@pytest.fixture
def keyed() -> Report:
    return keyed_report()


#: A file name and a source that try to act on a terminal: a newline that starts a fake
#: finding line, an ESC sequence that retitles the terminal and clears the screen, a bidi override.
EVIL_PATH = "news/a.md\nnews/fake.md:1:1: error fake.rule all clear \x1b[2J"
EVIL_SOURCE = "Wire\x1b]0;owned\x07 \u202etxt.exe"


def hostile_names_report() -> Report:
    a = claim(EVIL_PATH, "12,000 people", "About 12,000 people\x1b[31m left.", line=1, col=7, low=12000,
              source=EVIL_SOURCE)
    b = claim("b.md", "14,000 people", "About 14,000 people left.", line=1, col=7, low=14000, source="Other")
    finding = Finding(rule="quantities.cross-source", severity="warning", title="Figures\x1b[8m differ",
                      message=f"{EVIL_SOURCE} gives 12,000\npeople; Other gives 14,000 people",
                      claims=[a, b], keys={"measure": "displaced (left\x1b[0m)"}, fingerprint="e1")
    docs = [Document(id=EVIL_PATH, path=EVIL_PATH, source=EVIL_SOURCE, group="a"),
            Document(id="b.md", path="b.md", source="Other", group="b")]
    summary = Summary(documents=2, claims=2, rules=1, findings=1, by_severity={"error": 0, "warning": 1, "info": 0})
    diags = [Diagnostic(severity="warning", code="I009", message=f"no date in {EVIL_PATH}", path=EVIL_PATH, line=2)]
    return Report(documents=docs, findings=[finding], summary=summary, diagnostics=diags)


@pytest.fixture
def hostile_names() -> Report:
    return hostile_names_report()
