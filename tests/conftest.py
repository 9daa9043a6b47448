"""Shared fixtures: paths to the repository, the example corpus and the optional shared data."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
EXAMPLES = REPO / "examples"
RULES = REPO / "rules"
SHARED = REPO.parent / "shared"


@pytest.fixture
def repo() -> Path:
    return REPO


@pytest.fixture
def seeds() -> Path:
    path = SHARED / "seeds"
    if not path.is_dir():
        pytest.skip("../shared/seeds is not present on this machine")
    return path


@pytest.fixture
def deny_folder(monkeypatch):
    """A function making a folder unreadable the way a permission problem does (tests may run
    as root, for whom chmod 000 changes nothing)."""
    import os

    def deny(folder: Path) -> None:
        real = os.scandir
        denied = os.fspath(folder)

        def scandir(path="."):
            if os.fspath(path) == denied:
                raise PermissionError(13, "Permission denied", denied)
            return real(path)

        monkeypatch.setattr(os, "scandir", scandir)
    return deny


@pytest.fixture
def imported_after():
    """A function: which of ``modules`` a fresh interpreter has imported after running ``code``
    in the repository (start-up tests: what a command does not need, it must not import)."""
    def run(code: str, modules: tuple[str, ...]) -> list[str]:
        probe = f"{code}\nimport sys\nprint(sorted(m for m in {modules!r} if m in sys.modules))\n"
        proc = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, cwd=REPO)
        assert proc.returncode == 0, proc.stderr
        return ast.literal_eval(proc.stdout.strip().splitlines()[-1])
    return run
