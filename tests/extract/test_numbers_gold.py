"""The annotated news sentences (tests/extract/fixtures/numbers/*.jsonl) as a regression guard:
spans, intervals, units and bases stay right on the whole set, not only on the table rows."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from factcheck.extract.numbers import find_quantities

FIXTURES = Path(__file__).parent / "fixtures" / "numbers"


def _load(name: str) -> list[dict]:
    with (FIXTURES / name).open(encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def _close(a, b) -> bool:
    return a is None and b is None or (a is not None and b is not None and abs(a - b) <= 1e-6 * max(1, abs(b)))


@pytest.mark.parametrize(("name", "min_f1"), [("news_gold.jsonl", 0.97), ("news_heldout.jsonl", 0.95),
                                             ("news_heldout2.jsonl", 0.95), ("news_issue13.jsonl", 0.97)])
def test_gold_spans_and_values_hold(name, min_f1):
    gold_n = pred_n = right = 0
    wrong = []
    for doc in _load(name):
        text = doc["text"]
        preds = {(m.start, m.end): m.value for m in find_quantities(text, 0, len(text))}
        gold_n, pred_n = gold_n + len(doc["quantities"]), pred_n + len(preds)
        for g in doc["quantities"]:
            v = preds.get((g["start"], g["end"]))
            if v is not None and _close(v.low, g["low"]) and _close(v.high, g["high"]) \
                    and v.unit == g["unit"] and v.base == g.get("base"):
                right += 1
            else:
                wrong.append((g["text"], v))
    p, r = right / pred_n, right / gold_n
    assert 2 * p * r / (p + r) >= min_f1, wrong
