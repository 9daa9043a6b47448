"""`factcheck test`, the harness in factcheck.testing and its pytest plugin: failing loudly,
never passing when nothing ran, and catching a rule that was broken on purpose."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from factcheck import testing
from factcheck.cli import main

REPO = Path(__file__).resolve().parents[1]
PACK = REPO / "rules" / "quantities"

pytest_plugins = ["pytester"]


def copy_pack(tmp_path: Path) -> Path:
    target = tmp_path / "quantities"
    shutil.copytree(PACK, target)
    return target


def mutate(pack: Path, old: str, new: str) -> None:
    path = pack / "cross-source.fc"
    text = path.read_text()
    assert old in text, f"the shipped rule no longer contains {old!r}; update this test"
    path.write_text(text.replace(old, new))


def test_the_shipped_packs_pass_with_full_coverage():
    run = testing.run([REPO / "rules"], require_coverage=True)
    assert run.errors == [] and run.failed == 0 and run.passed >= 8
    assert run.coverage and not run.uncovered
    assert run.exit_code == 0


def test_one_test_file_runs_against_its_own_pack(tmp_path):
    pack = copy_pack(tmp_path)
    one = sorted((pack / "tests").glob("*.yaml"))[0]
    run = testing.run([one])
    assert run.errors == [] and run.failed == 0
    assert run.passed == len(testing.load_cases([one], testing.load_rules([pack]), []))
    mutate(pack, "modality = actual", "modality != actual")
    broken = testing.run([pack / "tests" / "cross-source.yaml"])
    assert broken.errors == [] and broken.failed > 0  # read as test cases, not as rules


def test_a_test_file_outside_a_pack_runs_against_the_shipped_packs(tmp_path):
    mine = tmp_path / "my-cases.yaml"
    shutil.copy(PACK / "tests" / "cross-source.yaml", mine)
    run = testing.run([mine])
    assert run.errors == [] and run.failed == 0 and run.passed > 0


@pytest.mark.parametrize("old,new", [
    ("expect: overlap\n", "expect: overlap within 1000%\n"),         # tolerance widened
    ("modality = actual", "modality != actual"),                       # selection flipped
    ("same: measure, dimension", "same: measure, kind, dimension"),    # harmless: must still pass
])
def test_breaking_the_rule_makes_its_tests_fail(tmp_path, old, new):
    pack = copy_pack(tmp_path)
    mutate(pack, old, new)
    run = testing.run([pack])
    harmless = "kind" in new
    assert (run.failed == 0) is harmless, testing.format_result(run)
    assert run.exit_code == (0 if harmless else 1)


def test_a_failure_shows_what_the_rule_compared(tmp_path):
    pack = copy_pack(tmp_path)
    mutate(pack, "expect: overlap\n", "expect: overlap within 1000%\n")
    text = testing.format_result(testing.run([pack]))
    assert "FAIL quantities.cross-source::troop counts that cannot both be right" in text
    assert "expected a finding with ['54,000 troops', '30,000 troops'], none found" in text
    assert "consistent: 'About 54,000 troops' vs 'Some 30,000 troops'" in text
    assert "tolerance 1000%" in text


def write_case(pack: Path, body: str) -> None:
    (pack / "tests" / "extra.yaml").write_text(body)


@pytest.mark.parametrize("body,needle", [
    ("rule: quantities.cross-sauce\ncases:\n  - name: x\n    documents: [{text: 'a'}]\n    expect: none\n",
     "names an unknown rule 'quantities.cross-sauce'"),
    ("rule: quantities.cross-source\ncases:\n  - name: x\n    documents: [{text: 'a'}]\n", "has no 'expect'"),
    ("rule: quantities.cross-source\ncases:\n  - name: x\n    expect: none\n", "has no documents"),
    ("rule: quantities.cross-source\ncases: [\n", "cannot read test file"),
    ("rule: quantities.cross-source\ncases: []\n", "no 'cases' list"),
])
def test_a_malformed_case_is_a_located_error_and_fails_the_run(tmp_path, body, needle):
    pack = copy_pack(tmp_path)
    write_case(pack, body)
    run = testing.run([pack])
    assert run.exit_code == 2
    messages = [d.format() for d in run.errors]
    assert any(needle in m and "extra.yaml:" in m for m in messages), messages


def test_no_test_cases_is_a_failure_not_a_pass(tmp_path, capsys):
    pack = copy_pack(tmp_path)
    shutil.rmtree(pack / "tests")
    assert main(["test", str(pack)]) == 2
    assert "no test cases found" in capsys.readouterr().out


def test_a_filter_that_matches_nothing_fails(capsys):
    assert main(["test", str(REPO / "rules"), "-k", "no-such-case"]) == 2
    assert "no test case matches -k 'no-such-case'" in capsys.readouterr().out


def test_require_coverage_fails_a_rule_without_a_silent_case(tmp_path, capsys):
    pack = copy_pack(tmp_path)
    text = (pack / "tests" / "cross-source.yaml").read_text()
    firing_only = text.split("\n  - name: a hedge")[0] + "\n"
    (pack / "tests" / "cross-source.yaml").write_text(firing_only)
    assert main(["test", str(pack), "--coverage"]) == 0
    assert main(["test", str(pack), "--require-coverage"]) == 1
    assert "lack a must-fire or a must-not-fire case: quantities.cross-source" in capsys.readouterr().out


def test_junit_output_validates_against_the_junit_schema(tmp_path):
    lxml = pytest.importorskip("lxml.etree")
    pack = copy_pack(tmp_path)
    mutate(pack, "expect: overlap\n", "expect: overlap within 1000%\n")
    write_case(pack, "rule: quantities.nope\ncases:\n  - name: x\n    documents: [{text: 'a'}]\n    expect: none\n")
    target = tmp_path / "junit.xml"
    assert main(["test", str(pack), "--junit", str(target)]) == 2
    schema = lxml.XMLSchema(lxml.parse(str(REPO / "tests" / "fixtures" / "junit.xsd")))
    doc = lxml.parse(str(target))
    assert schema.validate(doc), schema.error_log
    failed = int(doc.getroot().get("failures"))
    assert failed >= 2 and doc.getroot().get("errors") == "1"
    assert len(doc.findall(".//failure")) == failed


def _case_count(pack: Path) -> int:
    return testing.run([pack]).passed + testing.run([pack]).failed


def test_the_pytest_plugin_collects_rule_cases_with_readable_ids(pytester):
    shutil.copytree(PACK, pytester.path / "quantities")
    result = pytester.runpytest("quantities", "-v")
    result.assert_outcomes(passed=_case_count(PACK))
    result.stdout.fnmatch_lines(["*cross-source.yaml::quantities*cross-source::troop counts that cannot both be right PASSED*"])


def test_the_pytest_plugin_reports_a_broken_rule(pytester):
    shutil.copytree(PACK, pytester.path / "quantities")
    mutate(pytester.path / "quantities", "expect: overlap\n", "expect: overlap within 1000%\n")
    broken = testing.run([pytester.path / "quantities"])
    assert broken.failed >= 2
    result = pytester.runpytest("quantities")
    result.assert_outcomes(passed=broken.passed, failed=broken.failed)
