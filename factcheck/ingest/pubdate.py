"""Publication dates: parsing the forms newsrooms write, and finding one in an article's header."""

from __future__ import annotations

import datetime as dt
import re

MONTHS = {
    name: i
    for i, names in enumerate(
        [("january", "jan"), ("february", "feb"), ("march", "mar"), ("april", "apr"),
         ("may",), ("june", "jun"), ("july", "jul"), ("august", "aug"),
         ("september", "sep", "sept"), ("october", "oct"), ("november", "nov"),
         ("december", "dec")],
        start=1,
    )
    for name in names
}
_MONTH = r"(?P<mon>" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\.?"

# Each pattern names its groups y/m/d or y/mon/d; the first match in the header wins.
# Digits may be glued to a preceding word ("Japan Times31-03-2025"), so no \b before them.
_PATTERNS = [
    re.compile(r"(?<!\d)(?P<y>\d{4})-(?P<m>\d{1,2})-(?P<d>\d{1,2})(?!\d)"),
    re.compile(r"(?<!\d)(?P<d>\d{1,2})[-/.](?P<m>\d{1,2})[-/.](?P<y>\d{4})(?!\d)"),
    re.compile(r"(?<![\w])(?P<d>\d{1,2})(?:st|nd|rd|th)? " + _MONTH + r",? (?P<y>\d{4})(?!\d)", re.I),
    re.compile(r"\b" + _MONTH + r" (?P<d>\d{1,2})(?:st|nd|rd|th)?,? (?P<y>\d{4})(?!\d)", re.I),
]
#: How far into a text to look for a dateline or header stamp.
HEADER_CHARS = 4000


def parse_date(value: str) -> dt.date | None:
    """A date from a metadata string in any common form, or None when it is not a valid date.

    Numeric day-month order follows the day-first convention unless the first number cannot be
    a day (ISO year-first forms are always year-month-day)."""
    value = value.strip()
    if not value:
        return None
    try:
        return dt.date.fromisoformat(value[:10])
    except ValueError:
        pass
    found = _match(value)
    return found[0] if found else None


def find_date_in_header(text: str) -> tuple[dt.date, int, int] | None:
    """The first well-formed date in the header of ``text``, with its offsets."""
    return _match(text[:HEADER_CHARS])


def _match(text: str) -> tuple[dt.date, int, int] | None:
    best: tuple[dt.date, int, int] | None = None
    for pattern in _PATTERNS:
        for m in pattern.finditer(text):
            date = _to_date(m)
            if date is not None:
                if best is None or m.start() < best[1]:
                    best = (date, m.start(), m.end())
                break
    return best


def _to_date(m: re.Match[str]) -> dt.date | None:
    groups = m.groupdict()
    try:
        year = int(groups["y"])
        month = MONTHS[groups["mon"].lower()] if groups.get("mon") else int(groups["m"])
        day = int(groups["d"])
        if groups.get("m") and month > 12 and day <= 12:  # month-first numeric form
            month, day = day, month
        return dt.date(year, month, day)
    except (ValueError, KeyError):
        return None
