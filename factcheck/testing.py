"""The rule-test harness: cases written beside a pack say which findings a rule must produce on
short documents, or that it must stay silent. Public API, so that newsrooms test their own packs
the way the shipped packs are tested.

A test file is YAML under a pack (``rules/<pack>/tests/*.yaml``)::

    rule: quantities.cross-source
    cases:
      - name: troop counts differ
        documents:
          - {source: Wire A, published: 2025-03-20, text: "… 54,000 troops …"}
          - {source: Wire B, published: 2025-03-21, text: "… 45,000 troops …"}
        expect:
          - ["54,000", "45,000"]      # one finding; each quote lies in one of its claims
      - name: hedged figure agrees
        documents: [...]
        expect: none
"""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

import yaml

from .api import check, default_rules_path, extract, load_rules
from .engine.explain import explain
from .dsl import RuleSet
from .dsl.facts import CSV_COLUMNS, facts_from_csv
from .dsl.rules import Rule
from .errors import RuleError
from .ingest import parse_date
from .ingest.mainbody import detect_main
from .models import Diagnostic, Document, Finding
from .render.testrun import format_coverage, format_result, junit_xml  # noqa: F401  (the public names)

TEST_SUFFIXES = (".yaml", ".yml")


@dataclass
class Case:
    id: str
    rule: str
    name: str
    documents: list[Document]
    expect: list[list[str]]  # each: quotes of one expected finding; [] = no finding
    path: str
    line: int
    facts: tuple = ()  # extra reference facts for this case


@dataclass
class CaseResult:
    case: Case
    passed: bool
    findings: list[Finding] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)


@dataclass
class RuleCoverage:
    rule: str
    firing: int = 0  # cases that expect a finding
    silent: int = 0  # cases that expect none

    @property
    def covered(self) -> bool:
        return self.firing > 0 and self.silent > 0


@dataclass
class TestRun:
    results: list[CaseResult] = field(default_factory=list)
    errors: list[Diagnostic] = field(default_factory=list)
    coverage: list[RuleCoverage] = field(default_factory=list)
    require_coverage: bool = False

    @property
    def uncovered(self) -> list[RuleCoverage]:
        return [c for c in self.coverage if not c.covered]

    @property
    def passed(self) -> int:
        return sum(r.passed for r in self.results)

    @property
    def failed(self) -> int:
        return sum(not r.passed for r in self.results)

    @property
    def exit_code(self) -> int:
        if self.errors or not self.results:
            return 2
        if self.failed or (self.require_coverage and self.uncovered):
            return 1
        return 0


def _rule_paths(paths: list[str | os.PathLike[str]]) -> list[str | os.PathLike[str]]:
    """The packs to load: a test file named on its own ("rules/dates/tests/order.yaml") runs
    against the pack it belongs to (the folder above its ``tests`` folder), never read as rules."""
    out: dict[str | os.PathLike[str], None] = {}
    for raw in paths:
        path = Path(raw)
        if path.suffix in TEST_SUFFIXES and path.is_file():
            # outside a pack's tests folder, its cases run against the shipped packs
            pack = next((p.parent for p in path.parents if p.name == "tests"), None)
            out.setdefault(str(pack) if pack else str(default_rules_path()), None)
        else:
            out.setdefault(raw, None)
    return list(out)


def test_files(paths: Iterable[str | os.PathLike[str]]) -> list[Path]:
    out: dict[Path, None] = {}
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            for f in sorted(path.rglob("*")):
                if f.suffix in TEST_SUFFIXES and "tests" in f.relative_to(path).parts[:-1]:
                    out.setdefault(f, None)
        elif path.suffix in TEST_SUFFIXES:
            out.setdefault(path, None)
    return list(out)


def load_cases(files: Iterable[Path], ruleset: RuleSet, errors: list[Diagnostic]) -> list[Case]:
    cases: list[Case] = []
    for file in files:
        shown = file.as_posix()
        try:
            data = yaml.compose(file.read_text(encoding="utf-8"))
        except (OSError, UnicodeDecodeError, yaml.YAMLError) as exc:
            mark = getattr(exc, "problem_mark", None)
            errors.append(Diagnostic(severity="error", code="T001", path=shown,
                                     line=mark.line + 1 if mark else None,
                                     message=f"cannot read test file: {getattr(exc, 'problem', exc)}"))
            continue
        cases.extend(_cases(data, shown, ruleset, errors))
    return cases


def _cases(node, shown: str, ruleset: RuleSet, errors: list[Diagnostic]) -> list[Case]:
    def err(n, message: str, hint: str | None = None) -> None:
        errors.append(Diagnostic(severity="error", code="T002", path=shown,
                                 line=n.start_mark.line + 1 if n is not None else None,
                                 col=n.start_mark.column + 1 if n is not None else None,
                                 message=message, hint=hint))

    if not isinstance(node, yaml.MappingNode):
        err(node, "a test file is a mapping with 'rule' and 'cases'")
        return []
    top = {k.value: v for k, v in node.value}
    default_rule = top["rule"].value if "rule" in top else None
    out = []
    cases_node = top.get("cases")
    if not isinstance(cases_node, yaml.SequenceNode) or not cases_node.value:
        err(cases_node or node, "no 'cases' list", hint="add 'cases:' with at least one case")
        return []
    seen: set[str] = set()
    for n in cases_node.value:
        data = yaml.safe_load(yaml.serialize(n)) if isinstance(n, yaml.MappingNode) else None
        if not isinstance(data, dict):
            err(n, "a case is a mapping with name, documents and expect")
            continue
        rule = data.get("rule", default_rule)
        name = str(data.get("name", "")).strip()
        if not name:
            err(n, "case has no name")
            continue
        if rule is None or ruleset.get(str(rule)) is None:
            close = [r.id for r in ruleset.rules if str(rule) and str(rule).split(".")[-1] in r.id]
            err(n, f"case '{name}' names an unknown rule '{rule}'",
                hint=f"did you mean '{close[0]}'?" if close else "give 'rule: pack.rule-id'")
            continue
        if "expect" not in data:
            err(n, f"case '{name}' has no 'expect'", hint="write 'expect: none' or a list of findings")
            continue
        expect = _expectation(data["expect"])
        if expect is None:
            err(n, f"case '{name}': 'expect' is 'none' or a list of lists of quotes")
            continue
        case_id = f"{rule}::{name}"
        if case_id in seen:
            err(n, f"case '{name}' is defined twice for {rule}")
            continue
        seen.add(case_id)
        docs = _documents(data.get("documents"), case_id, shown, n, err)
        if docs is None:
            continue
        facts = _facts(data.get("facts"), case_id, n, err)
        if facts is None:
            continue
        out.append(Case(case_id, str(rule), name, docs, expect, shown, n.start_mark.line + 1, facts))
    return out


def _expectation(raw) -> list[list[str]] | None:
    if raw in ("none", None, []):
        return []
    if isinstance(raw, list) and all(isinstance(f, list) and f and all(isinstance(q, str) for q in f) for f in raw):
        return raw
    return None


def _documents(raw, case_id: str, shown: str, node, err) -> list[Document] | None:
    if not isinstance(raw, list) or not raw:
        err(node, f"case '{case_id}' has no documents")
        return None
    docs = []
    for i, d in enumerate(raw):
        if not isinstance(d, dict) or not isinstance(d.get("text"), str):
            err(node, f"document {i + 1} of '{case_id}' has no text")
            return None
        published = d.get("published")
        if published is not None and not isinstance(published, dt.date):
            published = parse_date(str(published))
            if published is None:
                err(node, f"document {i + 1} of '{case_id}' has a bad published date")
                return None
        doc_id = f"{case_id}#{d.get('id', i + 1)}"
        # The article text is detected as ingest does for a scraped page, so a case can show
        # that menus and appended stories are ignored.
        docs.append(Document(id=doc_id, path=doc_id, source=d.get("source"), published=published,
                             title=d.get("title"), group=str(d.get("group", doc_id)), text=d["text"],
                             main=detect_main(d["text"])))
    return docs


def _facts(raw, case_id: str, node, err) -> tuple | None:
    """Reference facts given in a case, as rows of a facts table (name, measure, value, unit,
    date, event, source, as_of …)."""
    if raw is None:
        return ()
    if not isinstance(raw, list):
        err(node, f"case '{case_id}': 'facts' is a list of facts")
        return None
    import csv
    import io

    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=CSV_COLUMNS, extrasaction="ignore")
    writer.writeheader()
    for fact in raw:
        if not isinstance(fact, dict) or "name" not in fact:
            err(node, f"case '{case_id}': each fact needs at least a name")
            return None
        writer.writerow({k: "" if v is None else str(v) for k, v in fact.items()})
    problems: list[str] = []
    facts = facts_from_csv(buffer.getvalue(), case_id, lambda code, message, span, hint: problems.append(message))
    if problems:
        err(node, f"case '{case_id}': {problems[0]}")
        return None
    return tuple(facts)


def run_case(case: Case, rule: Rule, ruleset: RuleSet) -> CaseResult:
    single = RuleSet(rules=(rule,), aliases=ruleset.aliases, measures=ruleset.measures, events=ruleset.events,
                     facts=ruleset.facts + case.facts)
    findings = check(case.documents, single).findings
    unmatched = list(findings)
    problems = []
    for quotes in case.expect:
        match = next((f for f in unmatched if _matches(f, quotes)), None)
        if match is None:
            problems.append(f"expected a finding with {quotes}, none found")
        else:
            unmatched.remove(match)
    for f in unmatched:
        problems.append(f"unexpected finding: {f.message} [{'; '.join(repr(c.text) for c in f.claims)}]"
                        + (f" ({f.details.get('difference', '')} apart, tolerance {f.details.get('tolerance', 'none')})"
                           if f.details.get('difference') else ""))
    if problems and len(findings) < len(case.expect):
        problems.extend(_why_silent(case, rule, single))
    return CaseResult(case, not problems, findings, problems)


def _why_silent(case: Case, rule: Rule, ruleset: RuleSet) -> list[str]:
    """What the rule did see, when an expected finding is missing: the claims it selected and
    each pair it compared, with the values that decided the verdict."""
    trace = explain(ruleset, rule.id, case.documents, extract(case.documents))
    lines = [f"  the rule selected {len(trace.selected)} claim(s): "
             + (", ".join(repr(it.claim.text) for it in trace.selected) or "none")]
    for p in trace.pairs:
        other = repr(p.b.claim.text) if hasattr(p.b, "claim") else f"fact {p.b.fact.name}"
        why = p.reason or ", ".join(f"{k} {v}" for k, v in p.details.items() if k not in ("condition", "keys"))
        lines.append(f"  {p.verdict}: {p.a.claim.text!r} vs {other}" + (f" — {why}" if why else ""))
    if not trace.pairs:
        lines.append("  no pair of selected claims shares the rule's keys (" + (", ".join(rule.keys) or "none") + ")")
    return lines


def _matches(finding: Finding, quotes: list[str]) -> bool:
    claims = list(finding.claims)
    for q in quotes:
        hit = next((c for c in claims if q in c.text or c.text in q), None)
        if hit is None:
            return False
        claims.remove(hit)
    return True


def run(paths: Iterable[str | os.PathLike[str]], keyword: str | None = None,
        require_coverage: bool = False) -> TestRun:
    """Load the packs under ``paths`` and run every test case found beside them."""
    paths = list(paths)
    result = TestRun(require_coverage=require_coverage)
    try:
        ruleset = load_rules(_rule_paths(paths))
    except RuleError as exc:
        result.errors.extend(exc.diagnostics)
        return result
    files = test_files(paths)
    cases = load_cases(files, ruleset, result.errors)
    if keyword:
        cases = [c for c in cases if keyword in c.id]
        if not cases:
            result.errors.append(Diagnostic(severity="error", code="T003",
                                            message=f"no test case matches -k '{keyword}'"))
    elif not cases and not result.errors:
        result.errors.append(Diagnostic(severity="error", code="T004", message="no test cases found",
                                        hint="rule tests are YAML files in a 'tests' folder of a pack"))
    for case in cases:
        result.results.append(run_case(case, ruleset.get(case.rule), ruleset))
    result.coverage = coverage(ruleset, load_cases(files, ruleset, []) if keyword else cases)
    return result


def coverage(ruleset: RuleSet, cases: list[Case]) -> list[RuleCoverage]:
    """Per rule: how many cases expect it to fire and how many expect silence."""
    table = {r.id: RuleCoverage(r.id) for r in ruleset.rules}
    for case in cases:
        entry = table.get(case.rule)
        if entry is None:
            continue
        if case.expect:
            entry.firing += 1
        else:
            entry.silent += 1
    return [table[k] for k in sorted(table)]
