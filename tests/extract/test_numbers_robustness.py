"""Bad input: huge digit runs, runs of signs, mixed scripts and unusual spaces and dashes
finish without an exception and in time that grows linearly with the input."""

from __future__ import annotations

import time

import pytest

from factcheck.extract.context import attach_context
from factcheck.extract.mention import Mention
from factcheck.extract.numbers import find_quantities
from factcheck.models import TimeValue

UNITS = {
    "digits": "1234567890",
    "percent signs": "%",
    "commas": "1,",
    "dashes": "1-",
    "dots": "1.",
    "number words": "one ",
    "mixed scripts": "5 \u00bd \u2212 3 \u2013 4\u2009km \u0416 \u4e2d \u0663 \u00a0\u202f\u2212\u2013 ",
    "hedges": "more than about ",
    "currency": "$\u00a5\u20ac\u00a3",
    # Spaced thousands, signs, multipliers, restated falls, year-like counts in one run.
    "issue 13 forms": "1 000 -1 +2 minus 2x three times as tripled fell 1%, or 2 points (about 2000 people ",
}


def _seconds(text: str) -> float:
    start = time.perf_counter()
    mentions = find_quantities(text, 0, len(text))
    attach_context(text, (0, len(text)), mentions[:50], [])
    return time.perf_counter() - start


@pytest.mark.parametrize("name", list(UNITS))
def test_pathological_line_finishes_in_linear_time(name):
    unit = UNITS[name]
    small = unit * (10_000 // len(unit))
    _seconds(small)  # warm the regex caches
    t1 = min(_seconds(small) for _ in range(3))
    t4 = min(_seconds(small * 4) for _ in range(3))
    # Four times the input may take about four times as long; quadratic work would take 16x.
    # The bound is loose so that a busy machine does not fail the test.
    assert t4 < max(8 * t1, 0.05), (t1, t4)


def test_a_megabyte_of_digits_is_no_figure_and_no_error():
    text = "1" * 1_000_000
    assert find_quantities(text, 0, len(text)) == []


def test_ten_thousand_percent_signs_give_nothing():
    text = "%" * 10_000
    assert find_quantities(text, 0, len(text)) == []


@pytest.mark.parametrize(("text", "span"), [
    ("Prices fell \u22123%.", "\u22123%"),
    ("Growth was 2\u20133%.", "2\u20133%"),
    ("It is 6\u00a0000\u00a0km away.", "6\u00a0000\u00a0km"),
    ("Around\u200950 people came.", None),
])
def test_unusual_spaces_and_dashes_are_read(text, span):
    got = [text[m.start:m.end] for m in find_quantities(text, 0, len(text))]
    assert got == ([span] if span else got)


_ALPHABET = ("0123456789,.-\u2013\u2212\u2009\u00a0 %$\u00a5\u20ac\u00a3/:+()[]'\u2019\"\u201c\u201d"
             "abcdefghijklmnopqrstuvwxyz ABCDEFGHIJKLMNOPQRSTUVWXYZ \u00bd\u00b0\u00b2\n\t"
             "\u0416\u4e2d\u0663\U0001f600\u00b2\u00b3\u2074\uff10\uff15\u0967\u0968\u2153\u00bc")
_WORDS = ["more than", "about", "between", "and", "to", "from", "of GDP", "million", "bn", "k",
          "per cent", "percentage points", "troops", "U.S.", "Japan's", "half", "a third",
          "tens of thousands", "said", "\u201c", "\u201d", "not", "by 2027", "or more", "-plus",
          "fell", "minus", "times as many", "fold", "x", "tripled", "1 000", "ppm", "GB", "or"]


@pytest.mark.parametrize("seed", range(20))
def test_random_text_never_raises_and_spans_stay_inside_the_sentence(seed):
    import random
    rng = random.Random(seed)
    parts = []
    for _ in range(400):
        if rng.random() < 0.4:
            parts.append(rng.choice(_WORDS))
        else:
            parts.append("".join(rng.choice(_ALPHABET) for _ in range(rng.randint(1, 6))))
        parts.append(rng.choice([" ", "", "-", ", "]))
    text = "".join(parts)
    lo, hi = 7, len(text) - 7
    mentions = find_quantities(text, lo, hi)
    attach_context(text, (lo, hi), mentions, [])
    for m in mentions:
        assert lo <= m.start < m.end <= hi
        v = m.value
        assert v.low is None or v.high is None or v.low <= v.high


def _context_seconds(n: int) -> float:
    """Context for a sentence of ``n`` figures, years and attributions."""
    unit = "Colby said 3% in 2024, while the ministry said 2% by 2027; "
    text = unit * n
    mentions = find_quantities(text, 0, len(text))
    times = []
    for i in range(n):
        start = text.index("2024", i * len(unit))
        times.append(Mention(start, start + 4, "time", TimeValue(timex="2024", grain="year")))
    begin = time.perf_counter()
    attach_context(text, (0, len(text)), mentions, times)
    return time.perf_counter() - begin


def test_context_of_many_figures_in_one_long_sentence_is_linear():
    t1 = min(_context_seconds(300) for _ in range(2))
    t4 = min(_context_seconds(1200) for _ in range(2))
    assert t4 < max(8 * t1, 0.05), (t1, t4)
