"""The pipeline's layering, checked: lower layers never import higher ones; the CLI and the web
app (``factcheck serve``) use only the public API (api, testing, render, models, errors), so
that both run one orchestration; and text is made only in ``render/``."""

from __future__ import annotations

import ast
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[1] / "factcheck"

# Rank of each top-level module or package; an import may only go to a lower rank, or to the
# same module. Siblings of equal rank (extract, dsl) may not import each other.
LAYERS = {
    "models": 0, "textpos": 0, "units": 0, "errors": 1, "valuefmt": 1,
    "ingest": 2, "extract": 3, "dsl": 3, "engine": 4, "index": 5, "render": 5, "baseline": 5, "api": 6, "testing": 7, "lint": 7,
    "serve": 8, "pytest_plugin": 8, "cli": 9, "__main__": 10, "__init__": 10,
}
CLI_ALLOWED = {"api", "testing", "lint", "baseline", "render", "serve", "models", "errors", "__init__"}
#: The web app reads and checks through the same api functions as the CLI.
SERVE_ALLOWED = {"api", "baseline", "render", "models", "errors"}
#: Libraries that make text for people or tools; only renderers use them.
FORMATTING_LIBRARIES = {"tabulate", "xml.etree", "xml.etree.ElementTree"}


def _module_of(path: Path) -> str:
    rel = path.relative_to(PACKAGE)
    return rel.parts[0].removesuffix(".py")


def _imports(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found = set()
    depth_of_file = len(path.relative_to(PACKAGE).parts) - 1
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and node.level:
            if node.level > depth_of_file + 1:
                continue
            if node.level == depth_of_file + 1:  # relative to the package root
                if node.module:
                    found.add(node.module.split(".")[0])
                else:
                    found.update(a.name if a.name in LAYERS else "__init__" for a in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.module.startswith("factcheck"):
            parts = node.module.split(".")
            found.add(parts[1] if len(parts) > 1 else "__init__")
    return found


def test_every_module_has_a_layer():
    modules = {_module_of(p) for p in PACKAGE.rglob("*.py")}
    assert modules <= set(LAYERS), f"add to LAYERS: {sorted(modules - set(LAYERS))}"


def test_no_module_imports_a_higher_or_sibling_layer():
    bad = []
    for path in PACKAGE.rglob("*.py"):
        mine = _module_of(path)
        for target in _imports(path):
            if target == mine or target not in LAYERS:
                continue
            if LAYERS[target] >= LAYERS[mine]:
                bad.append(f"{path.relative_to(PACKAGE)} imports {target}")
    assert not bad, "\n".join(bad)


def test_cli_uses_only_the_public_api():
    imported = _imports(PACKAGE / "cli.py")
    assert imported <= CLI_ALLOWED, imported - CLI_ALLOWED


def test_the_web_app_uses_only_the_public_api():
    imported = set()
    for path in (PACKAGE / "serve").rglob("*.py"):
        imported |= {m for m in _imports(path) if m != "serve"}
    assert imported <= SERVE_ALLOWED, imported - SERVE_ALLOWED


def test_the_cli_and_the_app_leave_orchestration_to_api():
    # Reading sources, telling an index from files and regrouping a draft with its sources
    # happen in api.load_sources / api.check_against, not in a front end.
    for path in [PACKAGE / "cli.py", *(PACKAGE / "serve").rglob("*.py")]:
        text = path.read_text(encoding="utf-8")
        for name in ("looks_like_index", "regroup(", "assign_groups", "load_corpus(["):
            assert name not in text, f"{path.relative_to(PACKAGE)} does {name} itself; call the api"


def _library_imports(path: Path) -> set[str]:
    found = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found.update(a.name for a in node.names)
        elif isinstance(node, ast.ImportFrom) and not node.level and node.module:
            found.add(node.module)
    return found


def test_only_renderers_make_tables_and_xml():
    bad = [f"{p.relative_to(PACKAGE)} imports {lib}" for p in PACKAGE.rglob("*.py")
           if _module_of(p) != "render" for lib in _library_imports(p) & FORMATTING_LIBRARIES]
    assert not bad, "\n".join(bad)


def test_explanations_lint_and_test_runs_are_data_rendered_in_render():
    # They used to format themselves (Explanation.format, LintReport.text, testing.junit_xml).
    from factcheck.engine.explain import Explanation

    assert not hasattr(Explanation, "format")
    for path in (PACKAGE / "lint.py", PACKAGE / "testing.py", PACKAGE / "engine" / "explain.py"):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        defined = {n.name for n in ast.walk(tree) if isinstance(n, ast.FunctionDef)}
        assert not defined & {"format_result", "format_coverage", "junit_xml", "format", "_escape"}, path
