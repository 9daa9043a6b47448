"""Accepting findings with accountability: inline comments, baselines, and the reports about
suppressions that are unknown, unexplained, expired or unused."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from factcheck.cli import main

REPO = Path(__file__).resolve().parents[1]
EXAMPLES = REPO / "examples"


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    target = tmp_path / "corpus"
    shutil.copytree(EXAMPLES, target)
    return target


def check_json(capsys, *args: str) -> tuple[int, dict, str]:
    code = main(["check", *args, "--format", "json"])
    out, err = capsys.readouterr()
    return code, json.loads(out) if out.strip() else {}, err


def add_comment(draft: Path, before: str, comment: str) -> None:
    text = draft.read_text()
    assert before in text
    draft.write_text(text.replace(before, comment + "\n" + before, 1))


def test_an_inline_comment_suppresses_the_finding_in_its_paragraph(corpus, capsys):
    draft = corpus / "draft.md"
    _, before, _ = check_json(capsys, str(draft), "--against", str(corpus))
    add_comment(draft, "The breach near Orrin",
                '<!-- factcheck: ignore quantities.cross-source reason="engineers measured the whole damaged section" -->')
    code, after, err = check_json(capsys, str(draft), "--against", str(corpus))
    suppressed = [f for f in after["findings"] if f["suppression"]]
    assert suppressed and all("kilometres" in f["claims"][0]["text"] for f in suppressed)
    comment_line = next(i for i, line in enumerate(draft.read_text().splitlines(), 1) if "factcheck: ignore" in line)
    assert suppressed[0]["suppression"] == {"kind": "inline", "reason": "engineers measured the whole damaged section",
                                            "location": f"{suppressed[0]['claims'][0]['path']}:{comment_line}"}
    assert after["summary"]["suppressed"] == len(suppressed)
    assert after["summary"]["findings"] == before["summary"]["findings"] - len(suppressed)
    assert code == 1  # the other planted errors still count


def test_markdown_link_comments_work_too(corpus, capsys):
    draft = corpus / "draft.md"
    add_comment(draft, "The breach near Orrin", '[//]: # (factcheck: ignore quantities.cross-source reason="checked")')
    _, after, _ = check_json(capsys, str(draft), "--against", str(corpus))
    assert any(f["suppression"] for f in after["findings"])


def test_suppressing_everything_exits_zero(corpus, capsys):
    draft = corpus / "draft.md"
    text = draft.read_text()
    rules = "quantities.cross-source, quantities.within-document, quantities.toll-falls, dates.event-date, dates.order, dates.elapsed"
    draft.write_text(text + f'\n<!-- factcheck: ignore-file {rules} reason="desk accepted" -->\n')
    code, report, _ = check_json(capsys, str(draft), "--against", str(corpus))
    assert code == 0 and report["summary"]["findings"] == 0 and report["summary"]["suppressed"] > 0


def test_unknown_unexplained_and_unused_suppressions_are_reported(corpus, capsys):
    draft = corpus / "draft.md"
    add_comment(draft, "The breach near Orrin", "<!-- factcheck: ignore quantities.cross-sorce -->")
    add_comment(draft, "The government's target", "<!-- factcheck: ignore quantities.cross-source reason=\"x\" -->")
    _, report, err = check_json(capsys, str(draft), "--against", str(corpus))
    assert "error: S001 suppression names an unknown rule 'quantities.cross-sorce'" in err
    assert "did you mean 'quantities.cross-source'?" in err
    assert "warning: S002 suppression has no reason" in err
    assert "warning: S003 unused suppression of quantities.cross-source" in err
    assert {d["code"] for d in report["diagnostics"]} >= {"S001", "S002", "S003"}


def test_a_baseline_accepts_findings_by_fingerprint(corpus, tmp_path, capsys):
    draft = corpus / "draft.md"
    baseline = tmp_path / "accepted.json"
    assert main(["check", str(draft), "--against", str(corpus), "--write-baseline", str(baseline)]) == 0
    capsys.readouterr()
    data = json.loads(baseline.read_text())
    assert data["schema"] == "factcheck.baseline/1" and data["findings"]
    code, report, err = check_json(capsys, str(draft), "--against", str(corpus), "--baseline", str(baseline))
    assert code == 0 and report["summary"]["findings"] == 0
    assert all(f["suppression"]["kind"] == "baseline" for f in report["findings"])
    # A finding that goes away leaves an unused entry behind, which is reported.
    draft.write_text(draft.read_text().replace("3 kilometres wide", "300 metres wide"))
    code, report, err = check_json(capsys, str(draft), "--against", str(corpus), "--baseline", str(baseline))
    assert code == 0 and "S003 unused baseline entry for quantities.cross-source" in err


def test_expired_baseline_entries_no_longer_apply(corpus, tmp_path, capsys):
    draft = corpus / "draft.md"
    baseline = tmp_path / "accepted.json"
    main(["check", str(draft), "--against", str(corpus), "--write-baseline", str(baseline)])
    capsys.readouterr()
    data = json.loads(baseline.read_text())
    for item in data["findings"]:
        item["expires"] = "2020-01-01"
    baseline.write_text(json.dumps(data))
    code, report, err = check_json(capsys, str(draft), "--against", str(corpus), "--baseline", str(baseline))
    assert code == 1 and "S004 baseline entry for quantities.cross-source" in err and "expired on 2020-01-01" in err


@pytest.mark.parametrize("content,needle", [
    ("{not json", "baseline is not valid JSON (line 1, column 2)"),
    ('{"findings": []}', "not a factcheck baseline"),
    ('{"schema": "factcheck.baseline/9", "findings": []}', "baseline schema 'factcheck.baseline/9' is not supported"),
    ('{"schema": "factcheck.baseline/1", "findings": [{"rule": "x"}]}', "baseline entry 1 is malformed"),
])
def test_a_bad_baseline_stops_the_run_with_a_clear_message(corpus, tmp_path, capsys, content, needle):
    baseline = tmp_path / "b.json"
    baseline.write_text(content)
    code = main(["check", str(corpus / "draft.md"), "--against", str(corpus), "--baseline", str(baseline)])
    err = capsys.readouterr().err
    assert code == 2 and needle in err and "Traceback" not in err
