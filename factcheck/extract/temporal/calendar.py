"""Calendar periods as TIMEX3 values with half-open [start, end) intervals and a grain."""

from __future__ import annotations

import calendar as _cal
import datetime as dt

from ...models import TimeValue
from .lexicon import SEASON_MONTHS
from .zones import localize, utc_text

MIN_YEAR, MAX_YEAR = 1, 9998  # datetime's range, minus one year so every end date exists


def ok_year(year: int) -> bool:
    return MIN_YEAR <= year <= MAX_YEAR


def value(timex: str, start: dt.date | None, end: dt.date | None, grain: str,
          mod: str | None = None) -> TimeValue:
    return TimeValue(timex=timex, start=start.isoformat() if start else None,
                     end=end.isoformat() if end else None, grain=grain, mod=mod)


def add_months(d: dt.date, months: int) -> dt.date:
    """``d`` moved by whole months, the day clipped to the target month's length."""
    y, m = divmod(d.month - 1 + months, 12)
    year, month = d.year + y, m + 1
    return dt.date(year, month, min(d.day, _cal.monthrange(year, month)[1]))


def month_start(year: int, month: int) -> dt.date:
    return dt.date(year, month, 1)


def day(d: dt.date) -> TimeValue:
    return value(d.isoformat(), d, d + dt.timedelta(days=1), "day")


def month(year: int, mon: int) -> TimeValue:
    first = month_start(year, mon)
    return value(f"{year:04d}-{mon:02d}", first, add_months(first, 1), "month")


def year(y: int) -> TimeValue:
    return value(f"{y:04d}", dt.date(y, 1, 1), dt.date(y + 1, 1, 1), "year")


def week(d: dt.date) -> TimeValue:
    """The ISO week (Monday to Monday) containing ``d``."""
    iso_year, iso_week, _ = d.isocalendar()
    monday = d - dt.timedelta(days=d.weekday())
    return value(f"{iso_year:04d}-W{iso_week:02d}", monday, monday + dt.timedelta(days=7), "week")


def weekend(d: dt.date) -> TimeValue:
    """The weekend (Saturday and Sunday) of the ISO week containing ``d``."""
    iso_year, iso_week, _ = d.isocalendar()
    saturday = d - dt.timedelta(days=d.weekday()) + dt.timedelta(days=5)
    return value(f"{iso_year:04d}-W{iso_week:02d}-WE", saturday,
                 saturday + dt.timedelta(days=2), "day")


def quarter(y: int, q: int) -> TimeValue:
    first = dt.date(y, 3 * q - 2, 1)
    return value(f"{y:04d}-Q{q}", first, add_months(first, 3), "quarter")


def quarter_of(d: dt.date) -> tuple[int, int]:
    return d.year, (d.month - 1) // 3 + 1


def half(y: int, h: int) -> TimeValue:
    first = dt.date(y, 6 * h - 5, 1)
    return value(f"{y:04d}-H{h}", first, add_months(first, 6), "quarter")


def season(y: int, code: str) -> TimeValue:
    """Meteorological seasons; winter YYYY runs from December YYYY to March YYYY+1."""
    first = dt.date(y, SEASON_MONTHS[code], 1)
    return value(f"{y:04d}-{code}", first, add_months(first, 3), "season")


def season_of(d: dt.date) -> tuple[int, str]:
    if d.month == 12:
        return d.year, "WI"
    if d.month < 3:
        return d.year - 1, "WI"
    return d.year, {3: "SP", 6: "SU", 9: "FA"}[3 * ((d.month - 3) // 3) + 3]


def decade(first_year: int) -> TimeValue:
    return value(f"{first_year // 10:03d}", dt.date(max(first_year, 1), 1, 1),
                 dt.date(first_year + 10, 1, 1), "decade")


def century(n: int) -> TimeValue:
    """The Nth century, counted as TIMEX3 does: the 20th century is 1900-1999, value "19"."""
    first = (n - 1) * 100
    return value(f"{n - 1:02d}", dt.date(max(first, 1), 1, 1), dt.date(first + 100, 1, 1),
                 "century")


def narrow(v: TimeValue, mod: str) -> TimeValue:
    """"early/mid/late" as the first, middle or last third of the period, with the TIMEX3 mod.

    A year splits into January–April, May–August, September–December; a month into days
    1–10, 11–20 and 21 to the end; a decade into its years 0–3, 4–6, 7–9.
    """
    if not v.start or not v.end or "T" in v.start or mod not in ("START", "MID", "END"):
        return v.model_copy(update={"mod": mod})
    a, b = dt.date.fromisoformat(v.start), dt.date.fromisoformat(v.end)
    part = {"START": 0, "MID": 1, "END": 2}[mod]
    if v.grain == "year":
        a, b = add_months(a, 4 * part), add_months(a, 4 * part + 4)
    elif v.grain == "month":
        a, b = a + dt.timedelta(days=10 * part), (a + dt.timedelta(days=10 * part + 10) if part < 2 else b)
    elif v.grain == "decade":
        cuts = [0, 4, 7, 10]
        a, b = dt.date(a.year + cuts[part], 1, 1), dt.date(a.year + cuts[part + 1], 1, 1)
    else:
        third = (b - a).days // 3
        if third == 0:  # "late Monday": a day is not split, the mod says which part
            return v.model_copy(update={"mod": mod})
        a, b = a + dt.timedelta(days=third * part), (a + dt.timedelta(days=third * (part + 1)) if part < 2 else b)
    return v.model_copy(update={"mod": mod, "start": a.isoformat(), "end": b.isoformat()})


def shift(d: dt.date, unit: str, n: int) -> dt.date:
    """``d`` moved by ``n`` units (day, week, month, quarter, year, decade, century)."""
    if unit == "day":
        return d + dt.timedelta(days=n)
    if unit == "week":
        return d + dt.timedelta(weeks=n)
    months = {"month": 1, "quarter": 3, "year": 12, "decade": 120, "century": 1200}[unit]
    return add_months(d, n * months)


def period_of(d: dt.date, unit: str) -> TimeValue:
    """The calendar period of grain ``unit`` that contains ``d``."""
    if unit == "day":
        return day(d)
    if unit == "week":
        return week(d)
    if unit == "month":
        return month(d.year, d.month)
    if unit == "quarter":
        return quarter(*quarter_of(d))
    if unit == "decade":
        return decade(d.year - d.year % 10)
    if unit == "century":
        return century(d.year // 100 + 1)
    return year(d.year)


def nearest_year(pub: dt.date, mon: int, dom: int | None, tense: str | None) -> int | None:
    """The year, within one of the publication year, that puts month/day nearest publication.

    Tense breaks near-ties: a past-tense sentence does not take a date more than a month
    ahead, a future one not a date more than a month back.
    """
    best = None
    for y in (pub.year - 1, pub.year, pub.year + 1):
        if not ok_year(y):
            continue
        if dom is not None:
            if dom > _cal.monthrange(y, mon)[1]:
                continue
            a = b = dt.date(y, mon, dom)
        else:
            a = dt.date(y, mon, 1)
            b = add_months(a, 1) - dt.timedelta(days=1)
        gap = 0 if a <= pub <= b else min(abs((a - pub).days), abs((b - pub).days))
        ahead = a > pub
        if tense == "past" and ahead and gap > 31:
            gap += 400
        if tense == "future" and b < pub and gap > 31:
            gap += 400
        if tense is None and ahead:
            gap *= 1.25  # news reports more than it announces: a slight lean to the past
        if best is None or gap < best[0]:
            best = (gap, y)
    return best[1] if best else None


def clock(d: dt.date, hour: int, minute: int, zone: str | None) -> TimeValue:
    """The minute ``hour:minute`` of day ``d`` (24:00 is the end of the day) in ``zone``.

    The timex is wall-clock time, as TIMEX3 writes it; with a zone, ``start``/``end`` carry the
    UTC offset of that date (DST-correct) and ``utc_start``/``utc_end`` the instant; without
    one they stay wall-clock time and ``utc_start`` is None."""
    wall = dt.datetime.combine(d, dt.time()) + dt.timedelta(hours=hour, minutes=minute)
    suffix, aware = localize(wall, zone)
    one = dt.timedelta(minutes=1)
    return TimeValue(timex=f"{d.isoformat()}T{hour:02d}:{minute:02d}",
                     start=wall.isoformat(timespec="minutes") + suffix,
                     end=(wall + one).isoformat(timespec="minutes") + suffix, grain="minute",
                     zone=zone, utc_start=utc_text(aware) if aware else None,
                     utc_end=utc_text(aware + one) if aware else None)


def hour_minute(timex: str) -> tuple[int, int] | None:
    """(hour, minute) of a clock value's timex ("2025-03-28T20:00-05:00" -> (20, 0))."""
    _, sep, tail = timex.partition("T")
    if not sep or len(tail) < 5 or not (tail[:2].isdigit() and tail[3:5].isdigit()):
        return None
    return int(tail[:2]), int(tail[3:5])


def on_day(time: TimeValue, d: TimeValue) -> TimeValue:
    """The clock time ``time`` moved onto the day ``d`` ("Friday at 3 p.m."), same zone."""
    hm = hour_minute(time.timex)
    keep = {"mod": time.mod, "weekday": d.weekday}
    if hm is None:
        return time
    if d.start is None:  # an undated "midnight on April 3": XXXX-04-03T24:00
        return TimeValue(timex=f"{d.timex}T{hm[0]:02d}:{hm[1]:02d}", grain=time.grain,
                         zone=time.zone, **keep)
    return clock(dt.date.fromisoformat(d.start[:10]), *hm, time.zone).model_copy(update=keep)
