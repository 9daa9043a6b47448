"""The one hedge table: each bound or hedge word gives a documented interval."""

from __future__ import annotations

import pytest

from factcheck.extract.hedges import APPROX, HEDGES, NEARLY, POST_HEDGES, VAGUE, apply_hedge


@pytest.mark.parametrize(("hedge", "low", "high", "expected"), [
    (None, 50000, 50000, (50000, 50000)),
    ("more than", 50000, 50000, (50000, None)),
    ("at least", 3, 3, (3, None)),
    ("over", 100, 100, (100, None)),
    ("up to", 300, 300, (None, 300)),
    ("under", 3, 3, (None, 3)),
    ("as many as", 70, 70, (None, 70)),
    ("nearly", 2000, 2000, (1800, 2000)),
    ("almost", 10, 10, (9, 10)),
    # "just over 20 miles" is a little above 20, not anything above it
    ("just over", 20, 20, (20, 22)),
    ("just under", 500, 500, (450, 500)),
    ("about", 2000, 2000, (1800, 2200)),
    ("around", 1.6, 1.6, (1.44, 1.76)),
    ("roughly", 100, 100, (90, 110)),
    ("some", 5000, 5000, (4500, 5500)),
    ("about", 2, 3, (1.8, 3.3)),
    ("about", -5, -5, (-5.5, -4.5)),
])
def test_hedge_turns_the_written_figure_into_an_interval(hedge, low, high, expected):
    assert apply_hedge(hedge, low, high) == pytest.approx(expected) if None not in expected \
        else apply_hedge(hedge, low, high) == expected


@pytest.mark.parametrize(("hedge", "expected"), [
    ("or more", (50, None)), ("plus", (50, None)), ("+", (50, None)),
    ("or less", (None, 50)), ("or so", (45, 55)), ("odd", (45, 55)),
])
def test_hedge_written_after_the_figure_uses_its_own_table(hedge, expected):
    got = apply_hedge(hedge, 50, 50, POST_HEDGES)
    assert got == (pytest.approx(expected[0]) if expected[0] is not None else None,
                   pytest.approx(expected[1]) if expected[1] is not None else None)


def test_tolerances_are_the_documented_ten_percent():
    assert (APPROX, NEARLY) == (0.10, 0.10)


def test_every_hedge_is_lower_case_and_either_side_is_a_factor_or_open():
    for table in (HEDGES, POST_HEDGES):
        for phrase, (lo, hi) in table.items():
            assert phrase == phrase.lower()
            assert lo is None or 0 < lo <= 1.0
            assert hi is None or hi >= 1.0
            assert (lo, hi) != (None, None)


@pytest.mark.parametrize(("phrase", "low", "high"), [
    ("dozens", 24, 144), ("hundreds", 200, 1000), ("thousands", 2000, 10000),
    ("tens of thousands", 20000, 100000), ("hundreds of thousands", 200000, 1000000),
    ("millions", 2e6, 1e7),
])
def test_vague_amounts_are_plain_intervals(phrase, low, high):
    assert VAGUE[phrase] == (low, high)


def test_docs_list_every_hedge_and_vague_amount():
    from pathlib import Path
    doc = (Path(__file__).resolve().parents[2] / "docs" / "quantities.md").read_text(encoding="utf-8")
    missing = [h for h in [*HEDGES, *POST_HEDGES, *VAGUE] if f"`{h}`" not in doc and h not in doc]
    assert missing == []


@pytest.mark.parametrize(("text", "expected"), [
    ("Around 66 per cent of voters turned out.", (64.0, 68.0)),  # a share rounds to points
    ("About 5% of voters abstained.", (4.5, 5.5)),  # a tenth of a small share is narrower
    ("About 3/4 of respondents agreed.", (67.5, 82.5)),  # a fraction keeps its tenth
])
def test_an_approximate_share_is_widened_by_two_points_at_most(text, expected):
    from factcheck.extract.numbers import find_quantities
    (q,) = find_quantities(text, 0, len(text))
    assert (q.value.low, q.value.high) == pytest.approx(expected)
