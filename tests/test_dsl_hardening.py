"""The rule language's rough edges and hostile rule files: what the grammar accepts is what the
checker accepts, hints speak the language's words, nothing a rule author writes can crash the
loader (deep nesting), hang a run (regular expressions) or flood a report (format widths), and
lint points at what would print empty or is never used."""

from __future__ import annotations

import datetime as dt
import re

import pytest

from factcheck import Document, check
from factcheck.cli import main
from factcheck.dsl import check_rules, load_rules, parse
from factcheck.dsl import patterns

RULE = '''rule demo.x {{
  title: "t"
  severity: warning
  same: measure
  expect: overlap
  select: {select}
  message: "{message}"
}}
'''


def diagnostics(tmp_path, text: str, name: str = "pack.fc"):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    ruleset, diags = check_rules([path])
    return ruleset, diags


def codes(diags, severity=None):
    return [(d.code, d.line, d.col) for d in diags if severity is None or d.severity == severity]


# -- the grammar says what the checker accepts ----------------------------------------------------
def test_a_number_at_the_end_of_a_line_does_not_take_the_next_field_name_as_its_unit(tmp_path):
    text = ('rule demo.x {\n  title: "t"\n  severity: info\n  select: kind = time and year = 2020\n'
            '  same: event\n  expect: same date\n  message: "{a.text}"\n}\n')
    ruleset, diags = diagnostics(tmp_path, text)
    assert codes(diags, "error") == []
    rule = ruleset.get("demo.x")
    assert rule.keys == ("event",)

    class Claim(dict):
        get = dict.get

    assert rule.select(Claim(kind="time", year="2020")) and not rule.select(Claim(kind="time", year="2021"))


def test_published_is_compared_with_a_date(tmp_path):
    ruleset, diags = diagnostics(tmp_path, RULE.format(select="kind = quantity and published = 2025-10-15",
                                                        message="{a.value}"))
    assert codes(diags) == []
    rule = ruleset.get("demo.x")
    assert rule.select({"kind": "quantity", "published": "2025-10-15"})
    assert not rule.select({"kind": "quantity", "published": "2025-10-16"})


@pytest.mark.parametrize("operator", ["==", "<", ">", "<=", ">=", "~"])
def test_operators_the_checker_does_not_have_are_syntax_errors_with_a_hint(tmp_path, operator):
    _, diags = diagnostics(tmp_path, RULE.format(select=f"year {operator} 2020", message="m"))
    [d] = diags
    assert (d.code, d.line) == ("R001", 6)
    assert d.message == f"syntax error: unsupported operator '{operator}'"
    assert d.hint.startswith("conditions compare with = (one sign), != or in")


def test_a_quoted_rule_head_is_a_syntax_error_with_a_hint(tmp_path):
    _, diags = diagnostics(tmp_path, RULE.format(select="negated", message="m").replace("demo.x", '"demo.x"'))
    [d] = diags
    assert (d.code, d.line, d.col) == ("R001", 1, 6)
    assert d.hint == "write the name without quotes: rule pack.name {"


@pytest.mark.parametrize("text", [
    'alias = "x"\n', 'alias us "US"\n', 'rule demo.x {\n  select: and negated\n}\n', 'rule demo.x\n',
    'rule demo.x {\n  title: "t"\n', 'measure m {\n  words "x"\n}\n', 'event e = \n', 'rule demo.x {\n  select: (negated\n}\n',
    '{', 'rule demo.x {\n  same: measure,\n}\n', 'rule demo.x {\n  select: kind = \n}\n',
])
def test_syntax_hints_name_only_words_of_the_language(tmp_path, text):
    _, diags = diagnostics(tmp_path, text)
    [d] = diags
    assert d.code == "R001" and d.hint
    assert not re.search(r"'_|__ANON|\$END|\b[A-Z]{2,}(?:_[A-Z]+)*\b", d.hint), d.hint


# -- facts ------------------------------------------------------------------------------------
FACT_PACK = '''measure troops {
  dimension: count
  words: "troops"
}

fact garrison {
  measure: troops
  value: 50000 to 60000 troops
  source: "Ministry fact sheet"
  as_of: 2025-01-01
}

rule demo.facts {
  title: "figure outside the fact table's range"
  severity: error
  compare: claims against facts
  select: kind = quantity and measure = troops
  same: measure
  expect: overlap
  message: "{a.value}; {fact.source} gives {fact.value}"
}
'''


def _doc(i: int, text: str) -> Document:
    return Document(id=f"d{i}", path=f"d{i}.txt", source=f"Outlet {i}", published=dt.date(2025, 3, 20),
                    group=f"d{i}", text=text)


def test_an_inline_fact_can_be_a_range(tmp_path):
    path = tmp_path / "facts.fc"
    path.write_text(FACT_PACK)
    rules = load_rules([path])
    [fact] = rules.facts
    assert (fact.low, fact.high, fact.unit) == (50000, 60000, "troop")
    report = check([_doc(1, "Exactly 54,000 troops are based there."), _doc(2, "Exactly 90,000 troops are based there.")],
                   rules)
    assert [f.claims[0].doc for f in report.findings] == ["d2"]


def test_an_inline_fact_can_have_one_bound(tmp_path):
    path = tmp_path / "facts.fc"
    path.write_text(FACT_PACK.replace("value: 50000 to 60000 troops", "low: 50000 troops"))
    [fact] = load_rules([path]).facts
    assert (fact.low, fact.high) == (50000, None)
    _, diags = diagnostics(tmp_path, FACT_PACK.replace("value: 50000 to 60000 troops",
                                                       "value: 1.2 to 1.5 million troops"), "f2.fc")
    assert codes(diags) == []


def test_a_fact_with_a_value_and_bounds_is_an_error(tmp_path):
    _, diags = diagnostics(tmp_path, FACT_PACK.replace("value: 50000 to 60000 troops",
                                                       "value: 50000 troops\n  high: 60000 troops"))
    assert [(d.code, d.line) for d in diags if d.severity == "error"] == [("R003", 6)]


# -- lint: what prints empty, what is never used -----------------------------------------------
def test_lint_warns_about_template_fields_that_print_empty(tmp_path, capsys):
    path = tmp_path / "pack.fc"
    path.write_text(RULE.format(select="kind = quantity and subject",
                                message="{a.subject} gives {a.value}; {a.speaker} said so"))
    assert main(["lint", str(path)]) == 0
    out = capsys.readouterr().out
    assert "pack.fc:7:12: warning: R022 '{a.speaker}' prints empty for claims without a speaker" in out
    assert "'{a.subject}' prints empty" not in out  # select requires a subject
    assert main(["lint", "--strict", str(path)]) == 1


def test_a_field_required_on_every_side_of_an_or_does_not_warn(tmp_path):
    select = 'kind = quantity and (subject = "Japan" or subject in [us])'
    _, diags = diagnostics(tmp_path, 'alias us = "US"\n\n' + RULE.format(select=select, message="{a.subject}"))
    assert diags == []
    _, diags = diagnostics(tmp_path, RULE.format(select='kind = quantity and (subject or negated)',
                                                 message="{a.subject}"))
    assert [d.code for d in diags] == ["R022"]


def test_b_fields_in_a_rule_about_one_claim_and_fact_fields_a_fact_leaves_empty_warn(tmp_path):
    pack = FACT_PACK.replace('  source: "Ministry fact sheet"\n', "").replace(
        '"{a.value}; {fact.source} gives {fact.value}"', '"{a.value} vs {b.value}; {fact.source}"')
    _, diags = diagnostics(tmp_path, pack)
    assert sorted((d.code, d.line, d.message) for d in diags) == [
        ("R022", 6, "fact 'garrison' has no source: rule 'demo.facts' prints '{fact.source}' empty"),
        ("R022", 19, "'{b.value}' is always empty: this rule looks at one claim at a time"),
    ]


def test_lint_reports_a_measure_nothing_uses(tmp_path):
    pack = ('measure troops {\n  dimension: count\n  words: "troops"\n}\n\n'
            'measure ships {\n  dimension: count\n  words: "ships"\n}\n\n'
            + RULE.format(select="kind = quantity and measure = troops", message="{a.value}").replace(
                "same: measure", "same: subject"))
    _, diags = diagnostics(tmp_path, pack)
    assert [(d.code, d.severity, d.line, d.message) for d in diags] == [
        ("R023", "warning", 6, "measure 'ships' is defined but no rule or fact uses it")]
    # A rule that keys on measures uses every one of them: they decide what a claim measures.
    _, diags = diagnostics(tmp_path, pack.replace("same: subject", "same: measure"))
    assert diags == []


def test_the_shipped_packs_have_no_warnings(repo):
    _, diags = check_rules([repo / "rules"])
    assert diags == []


# -- hostile rule files ---------------------------------------------------------------------
DEEP = {
    "brackets": "(" * 500 + "negated" + ")" * 500,
    "not": "not " * 1000 + "negated",
    "near": "near(" * 1000 + '"x"' + ")" * 1000,
    "and-or": "(negated and " * 300 + "negated" + ")" * 300,
    "lists": "kind in " + "[" * 1000 + "quantity" + "]" * 1000,
}


@pytest.mark.parametrize("shape", sorted(DEEP))
def test_deeply_nested_conditions_are_a_located_error_not_a_crash(tmp_path, capsys, shape):
    path = tmp_path / "deep.fc"
    path.write_text(RULE.format(select=DEEP[shape], message="m"))
    assert main(["lint", str(path)]) == 2
    out = capsys.readouterr().out
    assert re.search(r"deep\.fc:6:\d+: error: R016 condition nested too deeply", out), out
    assert main(["check", str(tmp_path / "deep.fc"), "--rules", str(path)]) == 2
    err = capsys.readouterr().err
    assert "R016" in err and "Traceback" not in err and "RecursionError" not in err


def test_nesting_up_to_the_limit_still_loads(tmp_path):
    from factcheck.dsl.parser import MAX_DEPTH

    select = "not " * (MAX_DEPTH // 2) + "negated"
    _, diags = diagnostics(tmp_path, RULE.format(select=select, message="m"))
    assert codes(diags, "error") == []


@pytest.mark.parametrize("pattern,code,needle", [
    (r"(?=(a+)+$)", "R013", "uses a lookaround"),
    (r"(?!(a+)+$)x", "R013", "uses a lookaround"),
    (r"(\\w+)\\1", "R013", "uses a back-reference"),
    (r"(\\w{100}){100}", "R014", "too costly to run"),
    (r"troops (", "R013", "does not compile"),
])
def test_matches_refuses_what_cannot_run_in_linear_time(tmp_path, pattern, code, needle):
    _, diags = diagnostics(tmp_path, RULE.format(select=f'matches("{pattern}")', message="m"))
    [d] = diags
    assert (d.code, d.line, d.col) == (code, 6, 19)
    assert needle in d.message


@pytest.mark.parametrize("pattern", [r"a*a*a*a*a*a*b", r".*.*.*.*.*.*=", r"(a+)+$", r"(\\w+\\s?)*$"])
def test_patterns_that_backtrack_in_python_run_in_linear_time(tmp_path, pattern):
    path = tmp_path / "p.fc"
    path.write_text(RULE.format(select=f'matches("{pattern}")', message="m").replace("same: measure", "same: doc"))
    rules = load_rules([path])
    hostile = "Some " + "a" * 5000 + " troops were counted, said " + "a" * 3000 + "."
    report = check([_doc(1, hostile), _doc(2, "About 3 troops.")], rules)  # finishes: RE2 is linear
    assert report.summary.rules == 1


def test_without_re2_the_static_check_refuses_what_could_backtrack(tmp_path, monkeypatch):
    monkeypatch.setattr(patterns, "_linear_search", lambda pattern: None)
    for pattern, problem in [(r"a*a*a*a*a*a*b", "two repeats in a row"), (r".*.*=", "two repeats in a row"),
                             (r"(?=(a+)+$)", "a lookaround"), (r"(a+)+$", "another repetition")]:
        _, diags = diagnostics(tmp_path, RULE.format(select=f'matches("{pattern}")', message="m"))
        assert [(d.code, problem in d.message) for d in diags] == [("R014", True)], pattern
    _, diags = diagnostics(tmp_path, RULE.format(select=r'matches("\\d+ troops? (?:on|of) \\w+")', message="m"))
    assert diags == []


def test_a_pattern_over_its_time_budget_stops_the_run_with_a_located_error(tmp_path, capsys, monkeypatch):
    monkeypatch.setattr(patterns, "MATCH_BUDGET", 0.0)
    path = tmp_path / "p.fc"
    path.write_text(RULE.format(select='kind = quantity and matches("troops")', message="m"))
    (tmp_path / "a.txt").write_text("Published 2025-10-14.\n\nAbout 54,000 troops are stationed there.\n")
    assert main(["check", str(tmp_path / "a.txt"), "--rules", str(path)]) == 2
    err = capsys.readouterr().err
    assert re.search(r"p\.fc:6:\d+: error: R017 rule 'demo\.x': matches\(\) ran for over 0 s", err), err


@pytest.mark.parametrize("message,needle", [
    ("{a.value:>99999999}", "width 99999999 is over 100"),
    ("{a.value:d}", "Unknown format code 'd'"),
    ("{a.value:{b.value}}", "a format cannot contain fields"),
    ("{a.text:=10}", "'=' alignment not allowed"),
])
def test_message_formats_are_bounded(tmp_path, message, needle):
    _, diags = diagnostics(tmp_path, RULE.format(select="negated", message=message))
    [d] = diags
    assert (d.code, d.line, d.col) == ("R011", 7, 12)
    assert needle in d.message


def test_message_formats_that_pad_or_cut_text_are_fine(tmp_path):
    _, diags = diagnostics(tmp_path, RULE.format(select="negated", message="{a.value:>40} {a.text:.20} {b.source:^10}"))
    assert diags == []


def test_printing_keeps_the_language_the_grammar_accepts(tmp_path):
    text = RULE.format(select="kind = time and year = 2020 and published = 2025-10-15", message="{a.text}")
    from factcheck.api import format_rules

    printed = format_rules(text, "x.fc")
    assert parse(printed, "a")[0].items == parse(text, "b")[0].items
    assert "year = 2020" in printed
