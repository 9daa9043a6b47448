"""The CI integrations we document actually work: pre-commit hooks run on the shipped packs,
and every factcheck command in the example GitHub workflow is a valid command line."""

from __future__ import annotations

import shlex
from pathlib import Path

import pytest
import yaml

from factcheck.cli import _parser, main

REPO = Path(__file__).resolve().parents[1]
HOOKS = yaml.safe_load((REPO / ".pre-commit-hooks.yaml").read_text())


@pytest.mark.parametrize("hook", HOOKS, ids=lambda h: h["id"])
def test_each_pre_commit_hook_passes_on_the_shipped_packs(hook, monkeypatch, capsys):
    monkeypatch.chdir(REPO)
    argv = shlex.split(hook["entry"])[1:] + hook.get("args", [])
    if hook.get("pass_filenames", True):
        argv += [str(p.relative_to(REPO)) for p in sorted((REPO / "rules").rglob("*.fc"))]
    assert shlex.split(hook["entry"])[0] == "factcheck"
    assert main(argv) == 0, capsys.readouterr()


def test_the_lint_hook_fails_on_a_broken_rule_file(tmp_path, capsys):
    bad = tmp_path / "bad.fc"
    bad.write_text("rule demo.x {\n  titel: \"t\"\n}\n")
    hook = next(h for h in HOOKS if h["id"] == "factcheck-lint")
    assert main(shlex.split(hook["entry"])[1:] + [str(bad)]) == 2


def test_every_factcheck_command_in_the_example_workflow_parses():
    workflow = yaml.safe_load((REPO / "docs" / "examples" / "github-workflow.yml").read_text())
    commands = [step["run"] for job in workflow["jobs"].values() for step in job["steps"]
                if "run" in step and step["run"].startswith("factcheck ")]
    assert len(commands) >= 3
    parser = _parser()
    for command in commands:
        args = parser.parse_args(shlex.split(command)[1:])  # exits (fails the test) on a bad option
        assert args.command in {"lint", "test", "check"}


def test_findings_become_annotations_under_github_actions(monkeypatch, capsys):
    monkeypatch.setenv("GITHUB_ACTIONS", "true")
    monkeypatch.chdir(REPO)
    assert main(["check", "examples/draft.md", "--against", "examples/", "--format", "json"]) == 1
    err = capsys.readouterr().err
    annotations = [line for line in err.splitlines() if line.startswith("::warning file=examples/draft.md,")]
    assert annotations and all(",line=" in a and ",col=" in a and "::" in a[2:] for a in annotations)


def test_no_annotations_outside_github_actions(monkeypatch, capsys):
    monkeypatch.delenv("GITHUB_ACTIONS", raising=False)
    main(["check", str(REPO / "examples" / "draft.md"), "--against", str(REPO / "examples")])
    assert "::warning" not in capsys.readouterr().err
