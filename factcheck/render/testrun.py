"""A rule-test run (``factcheck.testing.TestRun``) as text: the PASS/FAIL lines and the count,
the coverage table, and JUnit XML for CI."""

from __future__ import annotations


def format_coverage(run) -> str:
    from tabulate import tabulate

    rows = [[c.rule, c.firing, c.silent, "yes" if c.covered else "NO"] for c in run.coverage]
    covered = sum(c.covered for c in run.coverage)
    table = tabulate(rows, headers=["rule", "must fire", "must stay silent", "covered"], tablefmt="simple")
    return f"{table}\ncoverage: {covered}/{len(run.coverage)} rule(s) have cases that fire and cases that stay silent\n"


def junit_xml(run) -> str:
    """The run as JUnit XML: one testsuite per rule, one testcase per case; harness errors
    (malformed cases, unknown rules) are testcases with an <error>."""
    from xml.etree import ElementTree as ET

    suites = ET.Element("testsuites", name="factcheck rule tests", tests=str(len(run.results) + len(run.errors)),
                        failures=str(run.failed), errors=str(len(run.errors)), time="0")
    by_rule: dict[str, list] = {}
    for r in run.results:
        by_rule.setdefault(r.case.rule, []).append(r)
    for rule, results in sorted(by_rule.items()):
        suite = ET.SubElement(suites, "testsuite", name=rule, tests=str(len(results)),
                              failures=str(sum(not r.passed for r in results)), errors="0", skipped="0", time="0")
        for r in results:
            case = ET.SubElement(suite, "testcase", name=r.case.name, classname=rule, time="0")
            if not r.passed:
                failure = ET.SubElement(case, "failure", message=r.problems[0] if r.problems else "failed",
                                        type="ExpectationMismatch")
                failure.text = "\n".join([f"{r.case.path}:{r.case.line}: {r.case.id}", *r.problems])
    if run.errors:
        suite = ET.SubElement(suites, "testsuite", name="factcheck.harness", tests=str(len(run.errors)),
                              failures="0", errors=str(len(run.errors)), skipped="0", time="0")
        for i, d in enumerate(run.errors, 1):
            case = ET.SubElement(suite, "testcase", name=f"{d.path or 'input'}:{d.line or 0} {d.code}",
                                 classname="factcheck.harness", time="0")
            error = ET.SubElement(case, "error", message=d.message, type=d.code)
            error.text = d.format()
    ET.indent(suites)
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + ET.tostring(suites, encoding="unicode") + "\n"


def format_result(run) -> str:
    lines = []
    for r in run.results:
        lines.append(f"{'PASS' if r.passed else 'FAIL'} {r.case.id}  ({r.case.path}:{r.case.line})")
        lines.extend(f"    {p}" for p in r.problems)
    lines.extend(d.format() for d in run.errors)
    if run.require_coverage and run.uncovered:
        lines.append("coverage required, but these rules lack a must-fire or a must-not-fire case: "
                     + ", ".join(c.rule for c in run.uncovered))
    errors = f", {len(run.errors)} error(s)" if run.errors else ""
    lines.append(f"{run.passed} passed, {run.failed} failed{errors}")
    return "\n".join(lines) + "\n"


