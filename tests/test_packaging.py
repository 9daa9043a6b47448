"""A regular install carries everything it needs: the package list in pyproject.toml matches the
folders, and a built wheel, installed into a fresh virtual environment outside the checkout,
finds the shipped rule packs and checks the example corpus.

The wheel test builds and installs (about a minute): it runs when FACTCHECK_WHEEL_TEST=1
(`.ci/run` sets it) and skips cleanly when the build tools or the package index are missing."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]


def _pyproject() -> dict:
    return tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))


def test_every_package_folder_is_listed_in_pyproject():
    listed = set(_pyproject()["tool"]["setuptools"]["packages"])
    on_disk = {".".join(p.parent.relative_to(REPO).parts) for p in (REPO / "factcheck").rglob("__init__.py")}
    assert on_disk - listed == set(), "add these to [tool.setuptools] packages in pyproject.toml"
    assert listed - on_disk == {"factcheck.rules"}


def test_the_shipped_packs_are_package_data():
    config = _pyproject()["tool"]["setuptools"]
    assert config["package-dir"]["factcheck.rules"] == "rules"
    patterns = config["package-data"]["factcheck.rules"]
    shipped = {p for p in (REPO / "rules").rglob("*") if p.is_file()}
    covered = {p for pattern in patterns for p in (REPO / "rules").glob(pattern)}
    assert shipped - covered == set(), "rule pack files that a wheel would leave out"
    assert {"dsl/*.lark", "units_table.json"} <= set(config["package-data"]["factcheck"])


def _run(argv: list[str], cwd: Path, timeout: int = 600, env: dict | None = None) -> subprocess.CompletedProcess:
    return subprocess.run(argv, cwd=cwd, capture_output=True, text=True, timeout=timeout, env=env)


_NETWORK = re.compile(r"(?i)(connection|network|resolve|timed? ?out|no matching distribution|could not find a version"
                      r"|temporary failure|offline)")


@pytest.mark.skipif(os.environ.get("FACTCHECK_WHEEL_TEST") != "1",
                    reason="builds and installs a wheel (about a minute); run with FACTCHECK_WHEEL_TEST=1")
def test_a_wheel_installed_outside_the_checkout_finds_its_rules_and_checks_the_example(tmp_path):
    build = _run([sys.executable, "-m", "pip", "wheel", "--no-deps", "--quiet", "-w", str(tmp_path / "dist"),
                  str(REPO)], cwd=tmp_path)
    if build.returncode != 0:
        pytest.skip(f"cannot build a wheel here (build tools or package index missing): {build.stderr[-500:]}")
    wheel = next((tmp_path / "dist").glob("factcheck-*.whl"))

    venv = tmp_path / "venv"
    made = _run([sys.executable, "-m", "venv", str(venv)], cwd=tmp_path)
    if made.returncode != 0:
        pytest.skip(f"cannot create a virtual environment: {made.stderr[-300:]}")
    bindir = venv / ("Scripts" if os.name == "nt" else "bin")
    install = _run([str(bindir / "python"), "-m", "pip", "install", "--quiet", str(wheel)], cwd=tmp_path)
    if install.returncode != 0:
        if _NETWORK.search(install.stderr):
            pytest.skip(f"cannot install the dependencies (no package index): {install.stderr[-500:]}")
        pytest.fail(f"the wheel does not install: {install.stderr[-2000:]}")

    work = tmp_path / "work"  # outside the checkout: nothing can come from the source tree
    shutil.copytree(REPO / "examples", work / "examples")
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "VIRTUAL_ENV")}
    factcheck = str(bindir / "factcheck")

    where = _run([str(bindir / "python"), "-c", "import factcheck; print(factcheck.__file__)"], cwd=work, env=env)
    assert Path(where.stdout.strip()).is_relative_to(venv), where.stdout + where.stderr

    rules = _run([factcheck, "rules"], cwd=work, env=env)
    assert rules.returncode == 0, rules.stderr
    assert "quantities.cross-source" in rules.stdout and "dates.event-date" in rules.stdout
    assert "site-packages" in rules.stdout and str(REPO) not in rules.stdout

    check = _run([factcheck, "check", "examples/draft.md", "--against", "examples/", "--format", "text"],
                 cwd=work, env=env)
    assert check.returncode == 1, check.stderr
    found = {(m["rule"], int(m["line"])) for m in re.finditer(
        r"^examples/draft\.md:(?P<line>\d+):\d+: warning (?P<rule>[\w.-]+) ", check.stdout, re.M)}
    assert len(found) == 8 and ("quantities.cross-source", 11) in found, check.stdout
    assert "error" not in check.stderr, check.stderr

    tests = _run([factcheck, "test"], cwd=work, env=env)
    assert tests.returncode == 0, tests.stdout + tests.stderr
    assert re.search(r"^\d+ passed, 0 failed$", tests.stdout, re.M)
