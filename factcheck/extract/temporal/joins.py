"""Joins of the tagger's TIMEX3s into the values claims want.

TimeML tags "two days after March 3", "Friday (March 7)" and "June 23–July 10" as two TIMEX3s
each (the benchmark scores them so); a claim wants one date, one day with its written weekday,
one period. :func:`combine` makes them one, for :func:`factcheck.extract.dates.find_dates`.
"""

from __future__ import annotations

import datetime as dt
import re

from . import calendar as C
from .lexicon import PART_OF_DAY_TAGS, WEEKDAY_NAMES, WEEKDAYS
from .ranges import join_ranges
from .tagger import Timex


def combine(text: str, items: list[Timex]) -> list[Timex]:
    """Offsets from a date, weekdays with their date, and ranges, each as one Timex."""
    return join_ranges(text, _join_part_of_day_dates(
        text, _join_weekdays(text, _week_and_weekday(text, combine_offsets(text, items)))))


_WEEK_GAP = re.compile(r"\s+(?:on\s+)?")
_ISO_WEEK = re.compile(r"(\d{4})-W(\d{2})")


def _week_and_weekday(text: str, items: list[Timex]) -> list[Timex]:
    """"last week Monday", "next week on Friday": that weekday of that week, one day (the
    weekday alone would be read in the week of publication)."""
    out: list[Timex] = []
    i = 0
    while i < len(items):
        a, b = items[i], items[i + 1] if i + 1 < len(items) else None
        week = _ISO_WEEK.fullmatch(a.value.timex or "") if a.value.grain == "week" else None
        if week and b is not None and b.form == "weekday" and _WEEK_GAP.fullmatch(text, a.end, b.start) \
                and not b.value.timex.endswith(PART_OF_DAY_TAGS):
            name = WEEKDAY_NAMES[_weekday_number(text[b.start:b.end])]
            day = dt.date.fromisocalendar(int(week[1]), int(week[2]), WEEKDAY_NAMES.index(name) + 1)
            value = C.day(day).model_copy(update={"weekday": name})
            out.append(Timex(a.start, b.end, "DATE", value, [*a.notes, *b.notes], "weekday"))
            i += 2
            continue
        out.append(a)
        i += 1
    return out


_PAREN_OPEN = re.compile(r"\s*,?\s*\(\s*")
_PAREN_CLOSE = re.compile(r"\s*\)")


def _join_weekdays(text: str, items: list[Timex]) -> list[Timex]:
    """"Friday (March 7)" and "March 7 (Friday)": the date, with the weekday written."""
    out: list[Timex] = []
    i = 0
    while i < len(items):
        a, b = items[i], items[i + 1] if i + 1 < len(items) else None
        pair = (a, b) if a.form == "weekday" else (b, a) if b is not None and b.form == "weekday" else (None, None)
        wd, day = pair
        close = _PAREN_CLOSE.match(text, b.end) if b is not None else None
        if wd is not None and close and _PAREN_OPEN.fullmatch(text, a.end, b.start) \
                and day.type == "DATE" and day.value.grain == "day" and "/" not in day.value.timex \
                and not wd.value.timex.endswith(PART_OF_DAY_TAGS):
            out.append(_dated_weekday(text, wd, day, a.start, close.end()))
            i += 2
            continue
        out.append(a)
        i += 1
    return out


_COMMA = re.compile(r"\s*,\s*")


def _join_part_of_day_dates(text: str, items: list[Timex]) -> list[Timex]:
    """"Sunday morning, January 27": the part of the day of that date, when the date falls on
    that weekday (the weekday alone would be read in the week of publication)."""
    out: list[Timex] = []
    i = 0
    while i < len(items):
        a, b = items[i], items[i + 1] if i + 1 < len(items) else None
        if b is not None and a.form == "weekday" and a.value.timex.endswith(PART_OF_DAY_TAGS) \
                and a.value.start and b.type == "DATE" and b.value.grain == "day" and b.value.start \
                and "/" not in b.value.timex and _COMMA.fullmatch(text, a.end, b.start) \
                and dt.date.fromisoformat(b.value.start[:10]).weekday() == (number := _weekday_number(text[a.start:a.end])):
            day = b.value.start[:10]
            moved = {k: day + v[10:] for k in ("timex", "start", "end")
                     if (v := getattr(a.value, k)) and len(v) >= 10 and v[4] == "-"}
            name = WEEKDAY_NAMES[number]
            value = a.value.model_copy(update={**moved, "weekday": name, "anchor": None})
            out.append(Timex(a.start, b.end, a.type, value, [*a.notes, *b.notes], "mdy"))
            i += 2
            continue
        out.append(a)
        i += 1
    return out


def _dated_weekday(text: str, wd: Timex, day: Timex, start: int, end: int) -> Timex:
    name = WEEKDAY_NAMES[_weekday_number(text[wd.start:wd.end])]
    notes = list(day.notes)
    value = day.value
    if value.start and dt.date.fromisoformat(value.start[:10]).weekday() != WEEKDAY_NAMES.index(name):
        swapped = _day_first(value.start[:10], WEEKDAY_NAMES.index(name)) if day.form == "slash" else None
        near = _nearest_weekday(value.start[:10], WEEKDAY_NAMES.index(name)) if day.form == "deictic" else None
        if near is not None:
            # "yesterday (Tuesday)" in a piece stamped a day late or early: the weekday says
            # which day "yesterday" was; the publication date, not the article, is off
            value = _on_day(value, near)
            notes.append(f"{name} is {near.isoformat()}: the weekday fixes the day the relative word counts from publication")
        elif swapped is not None:
            # "Sunday (5/12/2021)" in an Indonesian paper: 12 May 2021 was a Wednesday, 5 December
            # a Sunday; the weekday written beside a date in figures says which order it is in
            value = _on_day(value, swapped)
            notes.append(f"read day first: {name} is {swapped.isoformat()}'s weekday")
        else:
            notes.append(f"weekday {name} does not match the date")
    return Timex(start, end, "DATE", value.model_copy(update={"weekday": name}), notes, "mdy")


def _on_day(value, day: dt.date):
    """The day-grain ``value`` moved to ``day``."""
    iso = day.isoformat()
    return value.model_copy(update={"timex": iso, "start": iso, "end": (day + dt.timedelta(days=1)).isoformat()})


def _nearest_weekday(iso: str, weekday: int) -> dt.date | None:
    """The day a day before or after ``iso`` that falls on ``weekday``, if one does."""
    day = dt.date.fromisoformat(iso)
    for shift in (-1, 1):
        if (day + dt.timedelta(days=shift)).weekday() == weekday:
            return day + dt.timedelta(days=shift)
    return None


def _day_first(iso: str, weekday: int) -> dt.date | None:
    """The date ``iso`` (read month first) read day first, when that date falls on ``weekday``
    and the month first reading does not."""
    y, m, d = (int(x) for x in iso.split("-"))
    if d > 12 or d == m:
        return None
    try:
        other = dt.date(y, d, m)
    except ValueError:
        return None
    return other if other.weekday() == weekday else None


def _weekday_number(word: str) -> int:
    return WEEKDAYS[word.split()[0].lower().rstrip(".")]


_OFFSET_GAP = re.compile(r"\s+(?P<dir>before|after|prior\s+to|following)\s+(?:(?:on|the)\s+)?", re.I)
_SHIFT_UNITS = {"D": "day", "W": "week", "M": "month", "Y": "year"}


def combine_offsets(text: str, items: list[Timex]) -> list[Timex]:
    """"two days after March 3" -> one date, 2025-03-05; "a week before the vote" is left to
    the order relations. TimeML tags the two parts apart; a claim wants the date."""
    out: list[Timex] = []
    i = 0
    while i < len(items):
        cur, nxt = items[i], items[i + 1] if i + 1 < len(items) else None
        m = _OFFSET_GAP.fullmatch(text, cur.end, nxt.start) if nxt is not None else None
        dur = re.fullmatch(r"P(\d+)([DWMY])", cur.value.timex)
        if m and dur and cur.type == "DURATION" and nxt.type == "DATE" and nxt.value.grain == "day" \
                and nxt.value.start:
            sign = -1 if m["dir"].lower().startswith(("before", "prior")) else 1
            day = dt.date.fromisoformat(nxt.value.start)
            try:
                moved = C.shift(day, _SHIFT_UNITS[dur[2]], sign * int(dur[1]))
            except (ValueError, OverflowError):
                moved = None
            if moved is not None:
                value = C.day(moved).model_copy(update={"anchor": nxt.value.timex})
                out.append(Timex(cur.start, nxt.end, "DATE", value, nxt.notes, "offset"))
                i += 2
                continue
        out.append(cur)
        i += 1
    return out
