"""Fiscal years per country: which month a fiscal year starts in and which calendar year names it.

``FY2027`` in Japan runs April 2027 – March 2028 (named by the year it starts); the US federal
FY2027 runs October 2026 – September 2027 (named by the year it ends).
"""

from __future__ import annotations

import datetime as dt
import re

from ...models import TimeValue
from .calendar import add_months, value

#: country -> (first month, offset of the start year from the fiscal year's number, words).
#: offset 0: named by the year it starts in; -1: named by the year it ends in.
FISCAL_YEARS: dict[str, tuple[int, int, str]] = {
    "JP": (4, 0, r"japan(?:ese)?|tokyo|nikkei|abe|ishiba|kishida"),
    "IN": (4, 0, r"india(?:n)?|new delhi|modi"),
    "CA": (4, 0, r"canada|canadian|ottawa"),
    "GB": (4, 0, r"britain|british|u\.?k\.?|united kingdom|england|london|whitehall"),
    "US": (10, -1, r"u\.?s\.?|united states|american|federal|congress|pentagon|washington|white house"),
    "AU": (7, -1, r"australia(?:n)?|canberra"),
}
_COUNTRY = [(code, re.compile(rf"\b(?:{words})\b", re.I)) for code, (_, _, words) in FISCAL_YEARS.items()]


def country_of(context: str, near: int | None = None) -> str | None:
    """The country whose words occur in ``context`` nearest offset ``near`` (default: the
    end); ties go to table order."""
    near = len(context) if near is None else near
    best = None
    for rank, (code, pattern) in enumerate(_COUNTRY):
        for m in pattern.finditer(context):
            gap = min(abs(m.start() - near), abs(m.end() - near))
            if best is None or (gap, rank) < best[:2]:
                best = (gap, rank, code)
    return best[2] if best else None


def fiscal_year(number: int, country: str | None) -> tuple[TimeValue, str | None]:
    """``FY<number>`` with its interval when the country is known; a note otherwise."""
    if country is None:
        return TimeValue(timex=f"FY{number:04d}", grain="year"), "fiscal-year start unknown: no country in context"
    first_month, offset, _ = FISCAL_YEARS[country]
    start = dt.date(number + offset, first_month, 1)
    return value(f"FY{number:04d}", start, add_months(start, 12), "year"), None


def fiscal_quarter(number: int, q: int, country: str | None) -> tuple[TimeValue, str | None]:
    fy, note = fiscal_year(number, country)
    if fy.start is None:
        return TimeValue(timex=f"FY{number:04d}-Q{q}", grain="quarter"), note
    start = add_months(dt.date.fromisoformat(fy.start), 3 * (q - 1))
    return value(f"FY{number:04d}-Q{q}", start, add_months(start, 3), "quarter"), None
