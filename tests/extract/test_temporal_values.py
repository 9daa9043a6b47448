"""Normalization of temporal expressions against a fixed publication date (fixture table)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
import yaml

from factcheck.extract.dates import find_dates

CASES = yaml.safe_load((Path(__file__).parent / "fixtures" / "temporal" / "values.yaml").read_text())
TABLE = [pytest.param(case, id=f"{group}:{case['text'][:50]}")
         for group, cases in CASES.items() for case in cases]


def _iso(value):
    return value.isoformat() if isinstance(value, dt.date) else None if value is None else str(value)


@pytest.mark.parametrize("case", TABLE)
def test_expression_resolves_to_the_expected_value(case):
    text, published = case["text"], case["published"]
    found = [m for m in find_dates(text, 0, len(text), published) if m.kind != "order"]
    got = [text[m.start:m.end] for m in found]
    assert got == [str(e["at"]) for e in case["expect"]]
    for mention, expected in zip(found, case["expect"]):
        value = mention.value.model_dump()
        for field in ("timex", "start", "end", "grain", "mod", "zone", "utc_start", "utc_end", "weekday"):
            if field in expected:
                assert value[field] == _iso(expected[field]), (field, mention)
