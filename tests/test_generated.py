"""Generated artefacts are current: docs/schema/ and reports/ match what the scripts write."""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]


def _load(name: str):
    spec = importlib.util.spec_from_file_location(name, REPO / "scripts" / f"{name}.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_json_schemas_are_current():
    gen = _load("gen_schemas")
    for name, model in gen.SCHEMAS.items():
        assert (REPO / "docs" / "schema" / name).read_text() == gen.render(model), \
            f"docs/schema/{name} is stale: run python scripts/gen_schemas.py"


def test_reports_are_current(tmp_path, monkeypatch):
    gen = _load("gen_reports")
    gen.generate(tmp_path)
    monkeypatch.chdir(REPO)
    for name, _ in gen.REPORTS:
        fresh = (tmp_path / name).read_text()
        assert (REPO / "reports" / name).read_text() == fresh, \
            f"reports/{name} is stale: run python scripts/gen_reports.py"
    assert json.loads((REPO / "reports" / "draft-check.json").read_text())["schema"] == "factcheck.report/2"


def test_rule_reference_is_current():
    gen = _load("gen_rules_docs")
    assert (REPO / "docs" / "rules-reference.md").read_text() == gen.render(), \
        "docs/rules-reference.md is stale: run python scripts/gen_rules_docs.py"
