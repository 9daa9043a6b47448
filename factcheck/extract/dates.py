"""Explicit calendar dates: "March 26, 2025", "26 March 2025", "2025-03-26", "April 2",
"March 2025", and years after a preposition ("in 2027"). A date without a year takes the year
that puts it nearest the publication date; in an undated document it stays partial (XXXX)."""

from __future__ import annotations

import calendar
import datetime as dt
import re

from ..models import TimeValue
from .mention import Mention

_MONTH_NAMES = {
    name: i
    for i, names in enumerate(
        [("january", "jan"), ("february", "feb"), ("march", "mar"), ("april", "apr"), ("may",),
         ("june", "jun"), ("july", "jul"), ("august", "aug"), ("september", "sep", "sept"),
         ("october", "oct"), ("november", "nov"), ("december", "dec")],
        start=1)
    for name in names
}
_MON = "|".join(sorted(_MONTH_NAMES, key=len, reverse=True))
_DATE = re.compile(
    rf"""
      (?P<iso>(?<!\d)(?P<iy>\d{{4}})-(?P<im>\d{{2}})-(?P<id>\d{{2}})(?!\d))
    | (?P<mdy>\b(?P<m1>{_MON})\.?\s+(?P<d1>\d{{1,2}})(?:st|nd|rd|th)?\b(?:,?\s+(?P<y1>\d{{4}})\b)?)
    | (?P<dmy>\b(?P<d2>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<m2>{_MON})\b\.?(?:,?\s+(?P<y2>\d{{4}})\b)?)
    | (?P<my>\b(?P<m3>{_MON})\.?,?\s+(?P<y3>\d{{4}})\b)
    | (?P<year>\b(?:in|by|since|until|from|of|for|through|before|after)\s(?:(?:fiscal|the\ year)\s)?(?P<y4>1[5-9]\d\d|2[01]\d\d)\b(?![-/,.]?\d))
    """,
    re.I | re.X,
)


def find_dates(text: str, start: int, end: int, published: dt.date | None) -> list[Mention]:
    out = []
    for m in _DATE.finditer(text, start, end):
        value = _value(m, published)
        if value is not None:
            begin = m.start("y4") if m.group("year") else m.start()
            out.append(Mention(start=begin, end=m.end(), kind="time", value=value))
    return out


def _value(m: re.Match[str], published: dt.date | None) -> TimeValue | None:
    g = m.groupdict()
    if g["iso"]:
        return _day(int(g["iy"]), int(g["im"]), int(g["id"]))
    if g["mdy"] or g["dmy"]:
        month = _MONTH_NAMES[(g["m1"] or g["m2"]).lower()]
        day = int(g["d1"] or g["d2"])
        year_raw = g["y1"] or g["y2"]
        if year_raw:
            return _day(int(year_raw), month, day)
        if published is None:
            return TimeValue(timex=f"XXXX-{month:02d}-{day:02d}", grain="day")
        year = _nearest_year(published, month, day)
        return _day(year, month, day) if year else None
    if g["my"]:
        year, month = int(g["y3"]), _MONTH_NAMES[g["m3"].lower()]
        nxt = dt.date(year + (month == 12), month % 12 + 1, 1)
        return TimeValue(timex=f"{year}-{month:02d}", start=dt.date(year, month, 1).isoformat(),
                         end=nxt.isoformat(), grain="month")
    if g["year"]:
        year = int(g["y4"])
        return TimeValue(timex=str(year), start=f"{year}-01-01", end=f"{year + 1}-01-01", grain="year")
    return None


def _day(year: int, month: int, day: int) -> TimeValue | None:
    try:
        date = dt.date(year, month, day)
    except ValueError:
        return None
    return TimeValue(timex=date.isoformat(), start=date.isoformat(),
                     end=(date + dt.timedelta(days=1)).isoformat(), grain="day")


def _nearest_year(published: dt.date, month: int, day: int) -> int | None:
    """The year (publication year or one either side) that puts month/day nearest publication."""
    best = None
    for year in (published.year - 1, published.year, published.year + 1):
        if day > calendar.monthrange(year, month)[1]:
            continue
        gap = abs((dt.date(year, month, day) - published).days)
        if best is None or gap < best[0]:
            best = (gap, year)
    return best[1] if best else None
