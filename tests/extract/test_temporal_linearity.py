"""Work grows with the text, checked by counting, not timing (timings live in
bench/temporal_speed.py: a shared machine makes timed tests flaky)."""

from __future__ import annotations

import datetime as dt

from factcheck.extract.dates import find_dates
from factcheck.extract.temporal import resolve, tagger

PUB = dt.date(2025, 6, 13)
ROW = ("Sunday 12 March 2024 after the vote then, ahead of talks on April 2 fiscal 2027 "
       "at 9 am local time in Hollin and 10:14 am IST near Delhi ")


class _Counting:
    """Stands in for a compiled pattern or a function and counts the calls."""

    def __init__(self, inner):
        self.inner, self.calls = inner, 0

    def match(self, *args):
        self.calls += 1
        return self.inner.match(*args)

    def __call__(self, *args):
        self.calls += 1
        return self.inner(*args)


def _attempts(monkeypatch, text: str) -> int:
    counter = _Counting(tagger.TEMPORAL)
    monkeypatch.setattr(tagger, "TEMPORAL", counter)
    find_dates(text, 0, len(text), PUB)
    return counter.calls


def test_the_full_pattern_is_tried_a_number_of_times_proportional_to_the_text(monkeypatch):
    # one huge "sentence" (a table or a feed without full stops) is the worst case
    small = _attempts(monkeypatch, ROW * 50)
    large = _attempts(monkeypatch, ROW * 200)
    assert small > 0 and large == 4 * small


def test_a_sentence_is_searched_for_places_once_however_many_clock_times_ask(monkeypatch):
    counter = _Counting(resolve.places_in)
    monkeypatch.setattr(resolve, "places_in", counter)
    text = ROW * 200
    clocks = [m for m in find_dates(text, 0, len(text), PUB) if m.kind == "time" and "T" in m.value.timex]
    assert len(clocks) >= 200 and counter.calls == 1
