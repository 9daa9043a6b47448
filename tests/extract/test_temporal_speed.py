"""Tagging is linear in the text and fast enough for archives (a loose floor, not a benchmark)."""

from __future__ import annotations

import datetime as dt
import time

from factcheck.extract.dates import find_dates
from factcheck.extract.sentences import sentences

PARAGRAPH = (
    "The defence minister met his counterpart in Tokyo on Sunday, a day after the two sides held "
    "talks on tariffs that take effect on April 2. Spending will rise over the next 10 years and "
    "reach 2% of GDP by fiscal 2027, officials said last week. Growth slowed in the third quarter "
    "of 2024 from a year earlier, while prices of 1,200 goods rose 3.5% in February. "
    "Nothing in this sentence is about time at all, although it is long and full of words.\n\n"
)


def _throughput(text: str) -> float:
    spans = sentences(text)
    t0 = time.process_time()
    for lo, hi in spans:
        find_dates(text, lo, hi, dt.date(2025, 3, 30))
    return len(text) / 1e6 / max(time.process_time() - t0, 1e-9)


def test_find_dates_keeps_a_speed_floor_and_scales_linearly():
    small, large = PARAGRAPH * 100, PARAGRAPH * 400
    small_rate, large_rate = _throughput(small), _throughput(large)
    assert large_rate > 0.1  # far below the ~1.5 MB/s measured: CI machines are shared
    assert large_rate > small_rate / 3  # four times the text: about four times the time, not sixteen


def test_one_huge_sentence_with_many_dates_stays_linear():
    # a table or a feed without full stops arrives as one "sentence"
    row = "Sunday 12 March 2024 after the vote then, ahead of talks on April 2 fiscal 2027 "
    small, large = row * 100, row * 400
    t0 = time.process_time()
    find_dates(small, 0, len(small), dt.date(2025, 3, 30))
    t1 = time.process_time()
    find_dates(large, 0, len(large), dt.date(2025, 3, 30))
    t2 = time.process_time()
    assert (t2 - t1) < 8 * max(t1 - t0, 0.01)  # four times the text, not sixteen times the time
