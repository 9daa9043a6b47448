"""Generated artefacts are current: docs/schema/, reports/ and the sample outputs quoted in the
docs match what the scripts write."""

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


def test_doc_samples_are_current():
    gen = _load("gen_reports")
    for name in gen.DOCS:
        text = (REPO / name).read_text(encoding="utf-8")
        assert "<!-- sample: " in text, f"{name} has no generated sample"
        assert gen.render_doc(text) == text, f"samples in {name} are stale: run python scripts/gen_reports.py"


def test_a_doc_sample_is_rewritten_from_its_command():
    gen = _load("gen_reports")
    doc = ("Intro.\n\n<!-- sample: check examples/draft.md --against examples/ --format text; lines 1,-1 -->\n"
           "```\nstale output\n```\n\nAfter.\n")
    lines = gen.sample("check examples/draft.md --against examples/ --format text").splitlines()
    assert gen.render_doc(doc) == doc.replace("stale output", f"{lines[0]}\n…\n{lines[-1]}")
    assert gen.render_doc(doc.replace("text; lines", "text; needs no/such/dir; lines")) == \
        doc.replace("text; lines", "text; needs no/such/dir; lines")


def test_rule_reference_is_current():
    gen = _load("gen_rules_docs")
    assert (REPO / "docs" / "rules-reference.md").read_text() == gen.render(), \
        "docs/rules-reference.md is stale: run python scripts/gen_rules_docs.py"
