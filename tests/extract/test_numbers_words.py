"""Numbers written as words, read on their own: value, kind and where the reading stops."""

from __future__ import annotations

import pytest

from factcheck.extract import wordnum


@pytest.mark.parametrize(("text", "low", "high", "kind", "read"), [
    ("three", 3, 3, "number", "three"),
    ("forty-two", 42, 42, "number", "forty-two"),
    ("twenty one", 21, 21, "number", "twenty one"),
    ("a dozen", 12, 12, "number", "a dozen"),
    ("two dozen", 24, 24, "number", "two dozen"),
    ("two hundred and fifty", 250, 250, "number", "two hundred and fifty"),
    ("one hundred thousand", 1e5, 1e5, "number", "one hundred thousand"),
    ("two and a half million", 2.5e6, 2.5e6, "number", "two and a half million"),
    ("half a million", 5e5, 5e5, "number", "half a million"),
    ("half", 0.5, 0.5, "fraction", "half"),
    ("a third", 1 / 3, 1 / 3, "fraction", "a third"),
    ("two-thirds", 2 / 3, 2 / 3, "fraction", "two-thirds"),
    ("three quarters", 0.75, 0.75, "fraction", "three quarters"),
    ("one in five", 0.2, 0.2, "ratio", "one in five"),
    ("dozens", 24, 144, "vague", "dozens"),
    ("tens of thousands", 2e4, 1e5, "vague", "tens of thousands"),
    ("hundreds of thousands", 2e5, 1e6, "vague", "hundreds of thousands"),
    ("several hundred", 300, 900, "vague", "several hundred"),
    ("a few thousand", 2000, 5000, "vague", "a few thousand"),
    ("a couple of hundred", 200, 200, "vague", "a couple of hundred"),
    # The reading stops where the words stop making one number.
    ("three four", 3, 3, "number", "three"),
    ("nineteen ninety", 19, 19, "number", "nineteen"),
    ("thousands of people", 2000, 1e4, "vague", "thousands"),
    ("three in Tokyo", 3, 3, "number", "three"),
])
def test_written_number_is_read_to_its_value(text, low, high, kind, read):
    got = wordnum.read(text, 0, len(text))
    assert got is not None
    assert (pytest.approx(got.low), pytest.approx(got.high), got.kind) == (low, high, kind)
    assert text[:got.end] == read


@pytest.mark.parametrize("words", [
    ["hundred", "hundred"], ["three", "four"], ["thousand", "million"], ["and"], [],
    ["a"], ["two", "and"],
])
def test_words_that_do_not_form_a_cardinal_give_none(words):
    assert wordnum.cardinal(words) is None


def test_reading_looks_at_a_bounded_number_of_words():
    text = "one " * 1000
    got = wordnum.read(text, 0, len(text))
    assert got is not None and got.end <= 4 * wordnum.MAX_WORDS
