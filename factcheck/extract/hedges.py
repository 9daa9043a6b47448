"""The one table of bounds and hedges: how words around a figure turn it into an interval.

Each entry maps a hedge phrase to ``(low_factor, high_factor)`` applied to the written figure;
``None`` leaves that side open. "more than 50,000" is [50,000, open); "about 2,000" is
[1,800, 2,200]. Change tolerances here and nowhere else (docs/quantities.md documents them).
"""

from __future__ import annotations

#: Relative half-width of an approximation ("about", "around", "some", …).
APPROX = 0.10
#: Half-width, in points, beyond which an approximate share is not widened ("about 66%").
PERCENT_APPROX = 2.0
#: How far below the figure "nearly"/"almost" may reach, and above it "just over".
NEARLY = 0.10

#: Phrases written before the figure ("more than 50,000"), lower case.
HEDGES: dict[str, tuple[float | None, float | None]] = {}
#: Phrases written after the figure ("50,000 or more", "50,000-plus"), lower case.
POST_HEDGES: dict[str, tuple[float | None, float | None]] = {}

LOWER_BOUND = (1.0, None)
UPPER_BOUND = (None, 1.0)
NEAR_BELOW = (1.0 - NEARLY, 1.0)
NEAR_ABOVE = (1.0, 1.0 + NEARLY)
APPROXIMATE = (1.0 - APPROX, 1.0 + APPROX)


def _add(table: dict, factors: tuple[float | None, float | None], *phrases: str) -> None:
    for phrase in phrases:
        table[phrase] = factors


_add(HEDGES, LOWER_BOUND, "more than", "over", "above", "exceeding", "in excess of", "upwards of",
     "at least", "no fewer than", "no less than", "a minimum of", "not less than",
     "well over", "greater than", "at a minimum",
     # "death toll tops 500", "the toll crossed 100": a verb of passing a mark
     "tops", "topped", "exceeds", "exceeded", "surpasses", "surpassed", "crosses", "crossed")
_add(HEDGES, UPPER_BOUND, "up to", "as many as", "as much as", "as high as", "at most",
     "no more than", "a maximum of", "under", "less than", "fewer than", "below",
     "not more than", "not exceeding", "at a maximum", "capped at", "a cap of", "within", "shy of")
_add(HEDGES, NEAR_BELOW, "nearly", "almost", "close to", "just shy of", "approaching",
     "nearing", "not quite", "just below", "just under", "slightly less than", "slightly under",
     "a little under", "a little less than")
# "just over 20 miles" is a little above 20, not anything above it
_add(HEDGES, NEAR_ABOVE, "just over", "just above", "just more than", "slightly more than",
     "slightly over", "slightly above", "a little over", "a little more than")
_add(HEDGES, APPROXIMATE, "about", "around", "roughly", "approximately", "some", "an estimated",
     "estimated", "circa", "on the order of", "an approximate", "approx.", "approx",
     "in the region of", "somewhere around", "more or less")
_add(POST_HEDGES, LOWER_BOUND, "or more", "or higher", "or above", "or over", "plus", "+",
     "and up", "and above", "and counting", "or greater")
_add(POST_HEDGES, UPPER_BOUND, "or less", "or fewer", "or lower", "or below", "or under",
     "at most", "at the most", "tops")
_add(POST_HEDGES, APPROXIMATE, "or so", "odd", "give or take")

#: Vague amounts written as words, as plain intervals ``(low, high)``; a plural means at least
#: two of the unit ("hundreds" is [200, 1,000]).
VAGUE: dict[str, tuple[float, float]] = {
    "dozens": (24.0, 144.0),
    "hundreds": (200.0, 1_000.0),
    "thousands": (2_000.0, 10_000.0),
    "tens of thousands": (20_000.0, 100_000.0),
    "hundreds of thousands": (200_000.0, 1_000_000.0),
    "millions": (2e6, 1e7),
    "tens of millions": (2e7, 1e8),
    "hundreds of millions": (2e8, 1e9),
    "billions": (2e9, 1e10),
    "tens of billions": (2e10, 1e11),
    "hundreds of billions": (2e11, 1e12),
    "trillions": (2e12, 1e13),
}
#: "several hundred", "a few thousand": the multiplier range of the vague count word.
VAGUE_MULTIPLIERS: dict[str, tuple[float, float]] = {
    "several": (3.0, 9.0),
    "a few": (2.0, 5.0),
    "a couple of": (2.0, 2.0),
    "a couple": (2.0, 2.0),
}


def apply_hedge(hedge: str | None, low: float, high: float,
                table: dict | None = None) -> tuple[float | None, float | None]:
    """The interval a hedge makes of the written range ``[low, high]``: a lower bound opens the
    top, an upper bound opens the bottom, an approximation widens both sides relatively."""
    if hedge is None:
        return low, high
    lo_f, hi_f = (HEDGES if table is None else table)[hedge]
    new_low = None if lo_f is None else _scale(low, lo_f)
    new_high = None if hi_f is None else _scale(high, hi_f)
    if new_low is not None and new_high is not None and new_low > new_high:
        new_low, new_high = new_high, new_low  # negative figures widen the other way
    return _clean(new_low), _clean(new_high)


def _clean(value: float | None) -> float | None:
    # 1.6 * 0.9 is 1.4400000000000002 in binary; twelve significant digits are plenty.
    return None if value is None else float(f"{value:.12g}")


def _scale(value: float, factor: float) -> float:
    # Negative figures: "about -5" is [-5.5, -4.5], so the factor applies to the magnitude.
    return value * factor if value >= 0 else value * (2 - factor)
