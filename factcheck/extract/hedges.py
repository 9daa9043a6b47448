"""The one table of bounds and hedges: how words before a figure turn it into an interval.

Each entry maps a hedge phrase to ``(low_factor, high_factor)`` applied to the written figure;
``None`` leaves that side open. "more than 50,000" is [50,000, open); "about 2,000" is
[1,800, 2,200]. Change tolerances here and nowhere else (docs/extraction.md documents them).
"""

from __future__ import annotations

#: Relative half-width of an approximation ("about", "around", "some", …).
APPROX = 0.10
#: How far below the figure "nearly"/"almost" may reach.
NEARLY = 0.10

HEDGES: dict[str, tuple[float | None, float | None]] = {}


def _add(factors: tuple[float | None, float | None], *phrases: str) -> None:
    for phrase in phrases:
        HEDGES[phrase] = factors


_add((1.0, None), "more than", "over", "above", "exceeding", "in excess of", "upwards of",
     "at least", "no fewer than", "no less than", "a minimum of", "a record", "as much as")
_add((None, 1.0), "up to", "as many as", "at most", "no more than", "a maximum of",
     "under", "less than", "fewer than", "below", "just under", "not more than")
_add((1.0 - NEARLY, 1.0), "nearly", "almost", "close to", "just shy of", "approaching")
_add((1.0 - APPROX, 1.0 + APPROX), "about", "around", "roughly", "approximately", "some",
     "an estimated", "estimated", "circa", "about", "on the order of", "an approximate",
     "or so", "approx.")

# "as much as" is an upper bound in most news use ("tariffs as high as 25%").
HEDGES["as much as"] = (None, 1.0)
HEDGES["as high as"] = (None, 1.0)


def apply_hedge(hedge: str | None, low: float, high: float) -> tuple[float | None, float | None]:
    """The interval a hedge makes of the written range ``[low, high]``."""
    if hedge is None:
        return low, high
    lo_f, hi_f = HEDGES[hedge]
    new_low = None if lo_f is None else (low * lo_f if low >= 0 else low * (2 - lo_f))
    new_high = None if hi_f is None else (high * hi_f if high >= 0 else high * (2 - hi_f))
    return new_low, new_high
