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


# -- generated rule files (hypothesis) ----------------------------------------------------------
from hypothesis import HealthCheck, given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

WORDS = ["kind", "quantity", "measure", "troops", "subject", "us", "negated", "year", "2020", "2025-10-15",
         "5%", "10 km", '"Japan"', '"x\\"y"', '"""long\ntext"""', "near", "matches", '"(a+)+$"', '"(?=x)"',
         "and", "or", "not", "in", "=", "!=", "==", "<", "~", ",", "|", "(", ")", "[", "]", "{", "}", ":",
         "\n", "\n  and", "\n  |", "#c\n", "rule", "measure", "fact", "alias", "event", "demo.x", "title",
         "severity", "warning", "select", "same", "expect", "overlap", "within", "message", '"{a.value}"',
         '"{a.value:>99999999}"', '"{b.speaker:d}"', "low", "high", "to", "é", "\t", "-3.5", "\x00", "\ufeff"]

HEAD = 'measure troops {\n  dimension: count\n  words: "troops"\n}\nalias us = "US"\n'


@st.composite
def rule_files(draw):
    """A rule file: a valid head, then a rule whose condition nests words of the language."""
    depth = draw(st.integers(0, 80))
    opener = draw(st.sampled_from(["(", "not ", "near(", "[", "(negated and "]))
    closer = {"(": ")", "not ": "", "near(": ")", "[": "]", "(negated and ": ")"}[opener]
    middle = " ".join(draw(st.lists(st.sampled_from(WORDS), max_size=40)))
    select = opener * depth + (middle or "negated") + closer * depth
    body = draw(st.sampled_from([
        'rule demo.x {\n  title: "t"\n  severity: warning\n  same: measure\n  expect: overlap\n  select: %s\n  message: "m"\n}\n',
        "%s",
        'fact f {\n  measure: troops\n  value: %s\n}\n',
    ]))
    return HEAD + body % select


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
@given(rule_files())
def test_generated_rule_files_give_located_diagnostics_not_exceptions(tmp_path_factory, text):
    path = tmp_path_factory.mktemp("fuzz") / "gen.fc"
    path.write_text(text, encoding="utf-8")
    _, diagnostics = check_rules([path])  # must not raise (RecursionError, VisitError, re2.error…)
    for d in diagnostics:
        assert d.code and d.message
        if d.severity == "error" and d.code not in ("R000", "R020", "R021"):
            assert d.path is not None and d.line is not None, d
