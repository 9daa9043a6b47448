"""Shared fixtures: paths to the repository, the example corpus and the optional shared data."""

from __future__ import annotations

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
