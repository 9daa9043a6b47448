"""Signed changes in market copy: "FTSE -0.8%", "the Hang Seng fell 0.8%" and "a 0.8% drop"
are the same change, -0.8%, so that sources which agree are not reported as contradicting
each other. Levels ("fell to 3.9%") keep their sign as written."""

from __future__ import annotations

import pytest

from factcheck.extract.numbers import find_quantities


def spans(text: str):
    return [(text[m.start:m.end], m.value.low, m.value.high, m.value.unit)
            for m in find_quantities(text, 0, len(text))]


@pytest.mark.parametrize(("text", "expected"), [
    # A written sign belongs to the figure and to its span.
    ("CAC 40 -0.8% at midday.", [("-0.8%", -0.8, -0.8, "percent")]),
    ("Brent +2.4% after the OPEC meeting.", [("+2.4%", 2.4, 2.4, "percent")]),
    ("The ASX 200 closed at 7,950 -0.6%.", [("7,950", 7950, 7950, "count"), ("-0.6%", -0.6, -0.6, "percent")]),
    ("Copper \u22121.9% on the week.", [("\u22121.9%", -1.9, -1.9, "percent")]),
    # A word of falling before a percent or points figure makes the change negative.
    ("The Hang Seng fell 0.8% on Friday.", [("0.8%", -0.8, -0.8, "percent")]),
    ("Utilities were down 1.3% by noon.", [("1.3%", -1.3, -1.3, "percent")]),
    ("The pound slipped by 0.4% against the euro.", [("0.4%", -0.4, -0.4, "percent")]),
    ("Orders declined 2 percentage points.", [("2 percentage points", -2, -2, "percentage_point")]),
    ("The Dow shed 410 points.", [("410 points", -410, -410, "points")]),
    # ... and a written minus after it is not a second negation.
    ("Miners were down -2.2% in late trade.", [("-2.2%", -2.2, -2.2, "percent")]),
    # After the figure: "lower", "down", a noun of falling.
    ("Tech stocks closed 1.7% lower.", [("1.7%", -1.7, -1.7, "percent")]),
    ("Output saw a 3.1% drop in March.", [("3.1%", -3.1, -3.1, "percent")]),
    # A hedge bounds the size of the fall: "more than 5%" down is below -5%.
    ("The index fell more than 5% in a week.", [("more than 5%", None, -5, "percent")]),
    ("Shares dropped as much as 9%.", [("as much as 9%", -9, None, "percent")]),
    ("Prices fell 2-3% this year.", [("2-3%", -3, -2, "percent")]),
    # Rises and levels are not touched.
    ("The Hang Seng rose 0.8% on Friday.", [("0.8%", 0.8, 0.8, "percent")]),
    ("The jobless rate fell to 3.9%.", [("3.9%", 3.9, 3.9, "percent")]),
    ("Inflation is down from 5% a year ago.", [("5%", 5, 5, "percent")]),
    ("Air defences shot down 70% of the drones.", [("70% of the drones", 70, 70, "percent")]),
    ("A 10% down payment is required.", [("10%", 10, 10, "percent")]),
    # Only percent and points: "cut 500 jobs" counts jobs, "lost $2 billion" is an amount.
    ("The bank lost $2 billion.", [("$2 billion", 2e9, 2e9, "USD")]),
    ("Sales fell by 900 units.", [("900 units", 900, 900, "unit")]),
    # A range of negative figures, and a minus on its second end.
    ("Rates sit between -0.5% and -0.1%.", [("between -0.5% and -0.1%", -0.5, -0.1, "percent")]),
    ("Forecasts run from -1% to 0.5%.", [("-1%", -1, -1, "percent"), ("0.5%", 0.5, 0.5, "percent")]),
])
def test_sign_of_a_change(text, expected):
    got = spans(text)
    assert [g[0] for g in got] == [e[0] for e in expected]
    for (span, low, high, unit), g in zip(expected, got):
        assert g[1:] == (pytest.approx(low) if low is not None else None,
                         pytest.approx(high) if high is not None else None, unit), span


def test_a_fall_keeps_the_written_figure_negative_and_says_why():
    (m,) = find_quantities("The Hang Seng fell 0.8%.", 0, 24)
    assert m.value.exact == pytest.approx(-0.8)
    assert m.notes == ["a fall: the change is negative"]


@pytest.mark.parametrize("text", [
    "It fired SM-6 interceptors.",
    "The vote was 3-2.",
    "Call +44 20 7946 0000 for tickets.",
])
def test_dashes_and_pluses_of_identifiers_are_not_signs(text):
    assert spans(text) == []


@pytest.mark.parametrize(("text", "expected"), [
    # The same fall restated in another unit shares its direction.
    ("The Dax shed 210 points, or 1.1%, to 18,900.",
     [("210 points", -210, -210, "points"), ("1.1%", -1.1, -1.1, "percent"), ("18,900", 18900, 18900, "count")]),
    ("The Kospi slid 2.4% (61 points) on Monday.",
     [("2.4%", -2.4, -2.4, "percent"), ("61 points", -61, -61, "points")]),
    # Index points may be fractional.
    ("The FTSE closed down 31.6 points.", [("31.6 points", -31.6, -31.6, "points")]),
    # A change and the level it reached are two figures, not a range.
    ("Copper rose 1.8% to $9,400 a tonne.", [("1.8%", 1.8, 1.8, "percent"), ("$9,400", 9400, 9400, "USD")]),
    ("Brent dropped $1.60 to $81.20.", [("$1.60", 1.6, 1.6, "USD"), ("$81.20", 81.2, 81.2, "USD")]),
    ("Orders rose 4% to 12,000 units.", [("4%", 4, 4, "percent"), ("12,000 units", 12000, 12000, "unit")]),
    # ... while a range after a verb of change stays a range.
    ("Prices rose 2 to 3% in May.", [("2 to 3%", 2, 3, "percent")]),
    # A fraction of a point is a size in percentage points, not a share.
    ("The central bank cut rates by half a percentage point.",
     [("half a percentage point", 0.5, 0.5, "percentage_point")]),
    ("Markets expect a quarter-point rise.", [("a quarter-point", 0.25, 0.25, "percentage_point")]),
])
def test_market_copy(text, expected):
    got = spans(text)
    assert [g[0] for g in got] == [e[0] for e in expected]
    for (span, low, high, unit), g in zip(expected, got):
        assert g[1:] == (pytest.approx(low), pytest.approx(high), unit), span
