"""Main-text detection stays linear in the text: long lines, long unbroken tokens and long
pages cost time in proportion to their size (a quadratic pattern would cost 64 times more for
8 times the text)."""

from __future__ import annotations

import time

import pytest

from factcheck.ingest.mainbody import detect_main

_PAGE = ("Home\nNews\nSport\n\nHarbour to extend its quay by 300 metres\n\nBy Staff Reporter\n\n"
         "The port said 5% more ships came in May. Figures rose for a third month.\n\nAdvertisement\n\n")


@pytest.mark.parametrize("make", [
    lambda n: "Share\n" + "word " * 20 + "(" + "a" * n + " via x",  # one long parenthesis
    lambda n: "Share\n" + "word " * 20 + "[" + "a b " * (n // 4) + " via x",  # one long bracket
    lambda n: "Share\n" + "word " * 20 + "x" * n + " at dawn",  # a long token in a long unterminated line
    lambda n: "Share\n" + "word " * 20 + "(" + "Ab/" * (n // 3) + "x",  # a long slash credit
    lambda n: _PAGE * (n // len(_PAGE)),  # a long page
], ids=["parenthesis", "bracket", "token", "slashes", "page"])
def test_detect_main_is_linear(make):
    def cost(n: int) -> float:
        text = make(n)
        best = float("inf")
        for _ in range(3):
            began = time.perf_counter()
            detect_main(text)
            best = min(best, time.perf_counter() - began)
        return best

    small, large = cost(10_000), cost(80_000)
    assert large < 20 * small + 0.05, (small, large)
