"""The rule language: parsing, the printer-independent AST, and one located diagnostic per
kind of mistake."""

from __future__ import annotations

import pytest

from factcheck.dsl import check_rules, load_rules, parse
from factcheck.dsl import ast
from factcheck.errors import RuleError

GOOD = '''
# a small pack
alias us = "U.S." | "US"
  | "United States"

measure troops {
  dimension: count
  words: "troops" | "soldiers"
}

rule demo.troops {
  title: "Troop counts differ"
  severity: warning
  compare: pairs across sources
  select: kind = quantity and measure = troops and not negated
  same: measure, dimension
  expect: overlap within 5%
  message: "{a.source} gives {a.value}, {b.source} gives {b.value}"
}
'''


def diagnostics_for(tmp_path, text: str):
    path = tmp_path / "pack.fc"
    path.write_text(text, encoding="utf-8")
    _, diags = check_rules([path])
    return [d for d in diags if d.severity == "error"]


def test_a_valid_pack_compiles_with_positions(tmp_path):
    path = tmp_path / "pack.fc"
    path.write_text(GOOD)
    rules = load_rules([path])
    rule = rules.get("demo.troops")
    assert rule is not None and rule.span.line == 11 and rule.span.col == 1
    assert rule.keys == ("measure", "dimension")
    assert rule.expect.kind == "overlap" and rule.expect.tolerance.relative and rule.expect.tolerance.value == 0.05
    assert rules.aliases["us"].phrases == ("U.S.", "US", "United States")


def test_ast_equality_ignores_positions():
    a, _ = parse(GOOD, "a.fc")
    b, _ = parse("\n\n" + GOOD.replace("  ", "    "), "b.fc")
    assert a.items == b.items
    block = a.items[2]
    assert isinstance(block, ast.Block) and block.name_span.line == 11


@pytest.mark.parametrize("text,code,where,needle", [
    ('rule demo.x {\n  title: "abc\n}\n', "R001", (2, 10), "unclosed string"),
    ('rule demo.x {\n  title "abc"\n}\n', "R001", (2, 9), "unexpected"),
    ('rule demo.x {\n  title: "t"\n', "R001", (2, 13), "end of file"),
    ('rule demo.x {\n  titel: "t"\n  severity: warning\n  message: "m"\n  expect: overlap\n}\n', "R002", (2, 3), "unknown field 'titel'"),
    ('rule demo.x {\n  title: "t"\n  severity: warn\n  message: "m"\n  expect: overlap\n}\n', "R003", (3, 13), "unknown severity 'warn'"),
    ('rule demo.x {\n  title: "t"\n  severity: info\n  message: "m"\n  select: measure = tropps\n  expect: overlap\n}\n', "R004", (5, 21), "undefined measure 'tropps'"),
    ('rule demo.x {\n  title: "t"\n  severity: info\n  message: "m"\n  select: dimension = count\n  expect: overlap within 5 km\n}\n', "R006", (6, 26), "cannot compare claims of dimension count"),
    ('alias a = b\nalias b = a\n', "R007", None, "refers to itself"),
    ('rule demo.x {\n  title: "t"\n  message: "m"\n  expect: overlap\n}\n', "R008", (1, 6), "has no 'severity'"),
    ('rule Demo {\n  title: "t"\n  severity: info\n  message: "m"\n  expect: overlap\n}\n', "R009", (1, 6), "not of the form pack.rule"),
    ('rule demo.x {\n  title: "t"\n  severity: info\n  message: "{a.valeu}"\n  expect: overlap\n}\n', "R011", (4, 12), "unknown template field"),
    ('rule demo.x {\n  title: "t"\n  severity: info\n  message: "m"\n  expect: overlap\n  distinct: over 1 times apart\n}\n', "R003", (6, 13), "ratio over 1"),
    ('rule demo.x {\n  title: "t"\n  severity: info\n  message: "m"\n  expect: overlap\n  distinct: 2 times\n}\n', "R003", (6, 13), "ratio over 1"),
    ('rule demo.x {\n  title: "t"\n  severity: info\n  message: "m"\n  expect: same date\n  distinct: over 2 times apart\n}\n', "R003", (6, 3), "expect: overlap"),
])
def test_each_mistake_gets_its_code_and_position(tmp_path, text, code, where, needle):
    errors = diagnostics_for(tmp_path, text)
    assert errors, "expected a diagnostic"
    first = next((d for d in errors if d.code == code), None)
    assert first is not None, [d.format() for d in errors]
    assert needle in first.message
    if where:
        assert (first.line, first.col) == where


def test_all_errors_of_a_pack_are_reported_at_once(tmp_path):
    text = ('rule demo.a {\n  titel: "t"\n  severity: info\n  message: "m"\n  expect: overlap\n}\n'
            'rule demo.b {\n  title: "t"\n  severity: loud\n  message: "m"\n  expect: overlap\n}\n')
    errors = diagnostics_for(tmp_path, text)
    assert {(d.code, d.line) for d in errors} >= {("R002", 2), ("R003", 9)}


def test_duplicate_rule_ids_are_an_error(tmp_path):
    rule = 'rule demo.a {\n  title: "t"\n  severity: info\n  message: "m"\n  expect: overlap\n}\n'
    errors = diagnostics_for(tmp_path, rule + rule)
    assert [d.code for d in errors] == ["R005"]
    assert errors[0].line == 7


def test_a_diagnostic_prints_location_source_line_caret_and_hint(tmp_path):
    errors = diagnostics_for(tmp_path, 'rule demo.x {\n  titel: "t"\n}\n')
    text = errors[0].format()
    lines = text.splitlines()
    assert lines[0].endswith("pack.fc:2:3: error: R002 unknown field 'titel' in rule")
    assert lines[1] == '    titel: "t"'
    assert lines[2] == "    ^^^^^"
    assert lines[3] == "  hint: did you mean 'title'?"


def test_load_rules_raises_a_rule_error_that_is_also_a_value_error(tmp_path):
    path = tmp_path / "bad.fc"
    path.write_text("rule {")
    with pytest.raises(ValueError) as exc:
        load_rules([path])
    assert isinstance(exc.value, RuleError) and exc.value.diagnostics[0].code == "R001"


def test_a_rule_without_keys_warns_about_its_cost(tmp_path):
    path = tmp_path / "pack.fc"
    path.write_text('rule demo.x {\n  title: "t"\n  severity: info\n  message: "m"\n  expect: overlap\n}\n')
    _, diags = check_rules([path])
    assert [d.code for d in diags] == ["R020"]


def test_the_shipped_packs_load_clean(repo):
    _, diags = check_rules([repo / "rules"])
    assert diags == []
