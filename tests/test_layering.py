"""The pipeline's layering, checked: lower layers never import higher ones, and the CLI uses
only the public API (api, testing, render, models, errors)."""

from __future__ import annotations

import ast
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[1] / "factcheck"

# Rank of each top-level module or package; an import may only go to a lower rank, or to the
# same module. Siblings of equal rank (extract, dsl) may not import each other.
LAYERS = {
    "models": 0, "textpos": 0, "units": 0, "errors": 1, "valuefmt": 1,
    "ingest": 2, "extract": 3, "dsl": 3, "engine": 4, "index": 5, "render": 5, "baseline": 5, "api": 6, "testing": 7, "lint": 7,
    "cli": 8, "pytest_plugin": 8, "__main__": 9, "__init__": 9,
}
CLI_ALLOWED = {"api", "testing", "lint", "baseline", "render", "models", "errors", "__init__"}


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
