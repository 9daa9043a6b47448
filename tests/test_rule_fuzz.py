"""Mangled rule files never crash the loader: every mutation of a shipped pack either loads or
gives located diagnostics (seeded, so a failure is reproducible)."""

from __future__ import annotations

import random
from pathlib import Path

import pytest

from factcheck.dsl import check_rules

REPO = Path(__file__).resolve().parents[1]
SOURCES = [p.read_text() for p in sorted((REPO / "rules").rglob("*.fc"))]
ALPHABET = ' \n\t{}[]()":,|#.=!<>%~-_abcXYZ019"""\\é'


def mutate(text: str, rng: random.Random) -> str:
    for _ in range(rng.randint(1, 4)):
        i = rng.randrange(len(text) + 1)
        op = rng.random()
        if op < 0.4:
            text = text[:i] + text[i + rng.randint(1, 8):]
        elif op < 0.8:
            text = text[:i] + rng.choice(ALPHABET) * rng.randint(1, 3) + text[i:]
        else:
            lines = text.splitlines(keepends=True)
            if lines:
                j = rng.randrange(len(lines))
                lines.insert(rng.randrange(len(lines) + 1), lines[j])
                text = "".join(lines)
    return text


@pytest.mark.parametrize("seed", range(6))
def test_mutated_packs_give_diagnostics_not_exceptions(tmp_path, seed):
    rng = random.Random(seed)
    for n in range(60):
        path = tmp_path / f"m{n}.fc"
        path.write_text(mutate(rng.choice(SOURCES), rng), encoding="utf-8")
        _, diagnostics = check_rules([path])  # must not raise
        for d in diagnostics:
            assert d.code and d.message
            if d.severity == "error" and d.code.startswith("R0") and d.code not in ("R000", "R020", "R021"):
                assert d.path is not None and d.line is not None, d
        path.unlink()
