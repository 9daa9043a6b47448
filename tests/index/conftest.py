"""Fixtures for the index tests: small synthetic archives written to tmp_path."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]


def _synth():
    spec = importlib.util.spec_from_file_location("synth_archive", REPO / "bench" / "synth_archive.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="session")
def synth():
    return _synth()


@pytest.fixture
def archive(tmp_path, synth) -> Path:
    """Twenty generated articles in two folders."""
    out = tmp_path / "archive"
    synth.generate(out, 20, seed=3, per_folder=10)
    return out


@pytest.fixture
def in_repo(monkeypatch):
    """Document ids are paths relative to the working folder: run where the examples live."""
    monkeypatch.chdir(REPO)
    return REPO
