"""The command line end to end: exit codes, formats, and bad input that never gives a traceback."""

from __future__ import annotations

import json
import re
from pathlib import Path

import jsonschema
import pytest

from factcheck.cli import main

REPO = Path(__file__).resolve().parents[1]
EXAMPLES = REPO / "examples"

LINE = re.compile(r"^(?P<path>[^:]+):(?P<line>\d+):(?P<col>\d+): (?P<sev>\w+) (?P<rule>[\w.-]+) (?P<msg>.*)$")


def run(capsys, *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


#: The errors planted in examples/draft.md (see examples/README.md): (rule, draft line).
PLANTED = {
    ("quantities.cross-source", 8), ("quantities.within-document", 8), ("quantities.cross-source", 11),
    ("dates.event-date", 12), ("dates.order", 13), ("quantities.cross-source", 15), ("dates.elapsed", 16),
    ("quantities.toll-falls", 18),
}


def test_check_the_draft_reports_each_planted_error_and_nothing_else(capsys):
    code, out, err = run(capsys, "check", str(EXAMPLES / "draft.md"), "--against", str(EXAMPLES), "--format", "text")
    assert code == 1
    lines = [LINE.match(line) for line in out.splitlines()]
    assert all(lines), out
    assert {m["path"] for m in lines} == {"examples/draft.md"}
    assert {(m["rule"], int(m["line"])) for m in lines} == PLANTED, out
    assert len(lines) == len(PLANTED)  # one finding per planted error, however many sources agree


def test_check_without_against_compares_every_pair_of_sources(capsys, monkeypatch):
    monkeypatch.chdir(REPO)
    code, out, _ = run(capsys, "check", "examples", "--format", "text")
    assert code == 1
    paths = {LINE.match(line)["path"] for line in out.splitlines()}
    assert "examples/draft.md" in paths


def test_json_report_validates_against_the_published_schema(capsys):
    code, out, _ = run(capsys, "check", str(EXAMPLES), "--format", "json")
    data = json.loads(out)
    schema = json.loads((REPO / "docs/schema/report.schema.json").read_text())
    jsonschema.validate(data, schema)
    assert data["schema"] == "factcheck.report/2"
    assert data["findings"] and all(len(f["claims"]) >= 2 for f in data["findings"])
    for f in data["findings"]:
        for c in f["claims"]:
            text = (REPO / c["path"]).read_text(encoding="utf-8") if not c["path"].startswith("/") else open(c["path"]).read()
            assert text[c["start"]:c["end"]] == c["text"]


def test_extract_json_offsets_point_into_the_file_text(capsys):
    code, out, _ = run(capsys, "extract", str(EXAMPLES), "--format", "json")
    assert code == 0
    data = json.loads(out)
    jsonschema.validate(data, json.loads((REPO / "docs/schema/claims.schema.json").read_text()))
    paths = {d["id"]: d["path"] for d in data["documents"]}
    kinds = {c["kind"] for c in data["claims"]}
    assert {"quantity", "time"} <= kinds
    for c in data["claims"]:
        text = open(REPO / paths[c["doc"]] if not paths[c["doc"]].startswith("/") else paths[c["doc"]], encoding="utf-8").read()
        assert text[c["start"]:c["end"]] == c["text"]


def test_output_is_deterministic(capsys):
    first = run(capsys, "check", str(EXAMPLES), "--format", "json")[1]
    second = run(capsys, "check", str(EXAMPLES), "--format", "json")[1]
    assert first == second


@pytest.mark.parametrize("fail_on,expected", [("error", 0), ("warning", 1), ("info", 1), ("never", 0)])
def test_fail_on_sets_the_exit_code(capsys, fail_on, expected):
    assert run(capsys, "check", str(EXAMPLES), "--fail-on", fail_on)[0] == expected


def test_clean_corpus_exits_zero(capsys, tmp_path):
    (tmp_path / "a.txt").write_text("Parliament approved 40 million euros in emergency aid.\n")
    code, out, _ = run(capsys, "check", str(tmp_path), "--published", "2025-10-14")
    assert code == 0
    assert "No discrepancies" in out


def test_missing_path_is_reported_and_other_files_still_run(capsys, tmp_path):
    (tmp_path / "a.txt").write_text("About 54,000 troops are stationed there.\n")
    code, out, err = run(capsys, "extract", str(tmp_path / "nope"), str(tmp_path / "a.txt"))
    assert code == 0
    assert "nope: error: I001 no such file or folder" in err
    assert "54,000" in out


def test_nothing_readable_exits_two_without_traceback(capsys, tmp_path):
    (tmp_path / "blob.md").write_bytes(b"\x00\x01binary")
    code, _, err = run(capsys, "check", str(tmp_path / "blob.md"))
    assert code == 2
    assert "Traceback" not in err and "no readable articles" in err


def test_binary_and_non_utf8_files_get_one_line_messages(capsys, tmp_path):
    (tmp_path / "blob.txt").write_bytes(b"\x00\x01\x02binary")
    (tmp_path / "legacy.txt").write_bytes("Some 3,000 people – caf\xe9 owners – protested.".encode("cp1252"))
    code, out, err = run(capsys, "extract", str(tmp_path))
    assert code == 0
    assert "blob.txt: error: I004 binary file" in err
    assert "legacy.txt:1: warning: I005 not valid UTF-8; decoded as Windows-1252" in err
    assert "3,000 people" in out


def test_malformed_manifest_row_names_file_and_line(capsys, tmp_path):
    (tmp_path / "a.txt").write_text("About 54,000 troops are stationed there.\n")
    (tmp_path / "sources.csv").write_text("file,source,published\na.txt,Wire,2025-03-20\nb.txt,\"unclosed\n")
    (tmp_path / "sources.csv").write_text("file,source,published\na.txt,Wire,2025-31-31\nb.txt,Other\n")
    code, _, err = run(capsys, "extract", str(tmp_path))
    assert code == 0
    assert "sources.csv:2: error: M006 '2025-31-31' is not a valid date" in err
    assert "sources.csv:3: error: M004 row has 2 fields, header has 3" in err


def test_unknown_format_is_a_usage_error(capsys):
    with pytest.raises(SystemExit) as exc:
        main(["check", str(EXAMPLES), "--format", "pdf"])
    assert exc.value.code == 2


def test_output_file_is_written_whole(capsys, tmp_path):
    target = tmp_path / "report.json"
    code, out, _ = run(capsys, "check", str(EXAMPLES), "--format", "json", "--output", str(target))
    assert out == ""
    assert json.loads(target.read_text())["schema"] == "factcheck.report/2"
    assert [p.name for p in tmp_path.iterdir()] == ["report.json"]


def test_unwritable_output_is_a_clear_error(capsys, tmp_path):
    code, _, err = run(capsys, "check", str(EXAMPLES), "--output", str(tmp_path / "no" / "such" / "r.json"))
    assert code == 2
    assert "cannot write" in err and "Traceback" not in err


@pytest.mark.parametrize("verb", ["extract", "check", "test", "lint", "rules"])
def test_every_verb_has_help_with_an_example(capsys, verb):
    with pytest.raises(SystemExit) as exc:
        main([verb, "--help"])
    assert exc.value.code == 0
    assert "example" in capsys.readouterr().out


def test_malformed_rules_exit_two_with_located_message(capsys, tmp_path):
    bad = tmp_path / "bad.fc"
    bad.write_text('rule demo.x {\n  titel: "x"\n  severity: warning\n  message: "m"\n  expect: overlap\n  title: "t"\n}\n')
    code, _, err = run(capsys, "check", str(EXAMPLES), "--rules", str(bad))
    assert code == 2
    assert "bad.fc:2:3: error: R002 unknown field 'titel' in rule" in err
    assert "did you mean 'title'?" in err


def test_rules_lists_the_shipped_rules(capsys):
    code, out, _ = run(capsys, "rules")
    assert code == 0 and "quantities.cross-source" in out


def test_shipped_rule_tests_pass(capsys):
    code, out, _ = run(capsys, "test", str(REPO / "rules"))
    assert code == 0, out
    assert re.search(r"^\d+ passed, 0 failed$", out, re.M)


def test_output_does_not_depend_on_hash_randomisation():
    """Same input, same bytes, whatever PYTHONHASHSEED the interpreter drew."""
    import os
    import subprocess
    import sys

    outputs = set()
    for seed in ("1", "2"):
        env = {**os.environ, "PYTHONHASHSEED": seed}
        run = subprocess.run([sys.executable, "-m", "factcheck", "check", str(EXAMPLES), "--format", "json"],
                             capture_output=True, text=True, env=env, cwd=REPO)
        assert run.returncode == 1, run.stderr
        outputs.add(run.stdout)
    assert len(outputs) == 1


def test_progress_bar_only_on_a_terminal_and_only_for_many_files():
    import io

    from factcheck.cli import PROGRESS_MIN, _progress_bar

    class Terminal(io.StringIO):
        def isatty(self) -> bool:
            return True

    assert _progress_bar("reading", io.StringIO()) is None  # redirected: no bar at all
    term = Terminal()
    draw = _progress_bar("reading", term)
    for i in range(1, 4):
        draw(i, 3)
    assert term.getvalue() == ""  # a handful of files: no bar
    for i in range(1, PROGRESS_MIN + 1):
        draw(i, PROGRESS_MIN)
    out = term.getvalue()
    assert f"reading [{'#' * 15}{'.' * 15}] {PROGRESS_MIN // 2}/{PROGRESS_MIN}" in out
    assert out.endswith("\r")  # the bar is wiped when done
