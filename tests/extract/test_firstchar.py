"""by_first_char gives what the full pattern's match gives, groups included."""

from __future__ import annotations

import re

from factcheck.extract.firstchar import by_first_char
from factcheck.extract.temporal.patterns import FIRST_WORD, TEMPORAL

TEXTS = [
    "Last Tuesday, 3 p.m. local time, the 2nd quarter of 2024 ended two weeks ago.",
    "’90s music, 'til noon on Sept. 11, 2001 — midday; the day after tomorrow at 10:57:32",
    "KELVIN \u212a and long \u017fs, \u0130stanbul and \u0131 are folded by re.I; Ünter 5 Mär",
    "a b c fy2025 Q3 H1 2019 x_y 12/03/2024 2024-03-12T10:15 mid-March early 2020s",
]


def _same(pattern: re.Pattern[str]) -> None:
    match = by_first_char(pattern)
    for text in TEXTS:
        for pos in range(len(text) + 1):
            for end in (len(text), min(len(text), pos + 5)):
                a, b = pattern.match(text, pos, end), match(text, pos, end)
                assert (a is None) == (b is None), (text, pos)
                if a is not None:
                    assert (a.span(), a.lastgroup, a.groups()) == (b.span(), b.lastgroup, b.groups())


def test_the_first_word_test_is_unchanged():
    _same(FIRST_WORD)


def test_the_temporal_pattern_is_unchanged_groups_included():
    _same(TEMPORAL)


def test_patterns_it_cannot_split_are_matched_whole():
    for p in (re.compile(r"(a)|\1b"), re.compile(r"x(?:a|b)y"), re.compile(r"[abc]+")):
        assert by_first_char(p) == p.match
