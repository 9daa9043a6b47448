"""Resolvers for named periods: seasons, holidays, "year-earlier" periods, "the end of the
year", sets ("daily"), years in words and anniversaries."""

from __future__ import annotations

import datetime as dt
import re

from ...models import TimeValue
from . import calendar as C
from .lexicon import SEASONS, WEEKDAYS, number, ordinal
from .relative import duration_value
from .resolve import Ctx, Result, _capitalized, _partial, resolver


_SEASON_PREV = re.compile(r"\b(?:in|during|since|until|by|this|last|next|of|through|over)\s+$", re.I)


@resolver("season")
def r_season(m: re.Match[str], ctx: Ctx) -> Result | None:
    code = SEASONS[m["se"].lower()]
    if m["se_y"]:
        y = int(m["se_y"])
        return ("DATE", C.season(y, code)) if C.ok_year(y) else None
    # a bare season needs "the" or a preposition: "prices fall", "spring into action" are verbs
    before = ctx.text[max(ctx.lo, m.start() - 10):m.start()]
    if not m.group().lower().startswith("the") and (code == "FA" or not _SEASON_PREV.search(before)):
        return None
    if ctx.pub is None:
        return _partial(ctx, f"XXXX-{code}", "season")
    iso = ctx.pub.isoformat()
    cands = [C.season(y, code) for y in (ctx.pub.year - 1, ctx.pub.year, ctx.pub.year + 1)]
    if ctx.tense(m) == "future":
        return "DATE", next(v for v in cands if v.end > iso)
    return "DATE", [v for v in cands if v.start <= iso][-1]


def _nth_weekday(y: int, month: int, wd: int, n: int) -> dt.date:
    """The nth weekday ``wd`` of a month; n = -1 is the last."""
    if n > 0:
        first = dt.date(y, month, 1)
        return first + dt.timedelta(days=(wd - first.weekday()) % 7 + 7 * (n - 1))
    last = C.add_months(dt.date(y, month, 1), 1) - dt.timedelta(days=1)
    return last - dt.timedelta(days=(last.weekday() - wd) % 7)


#: US and common holidays: a fixed (month, day) or (month, weekday, nth).
HOLIDAYS = {"christmas": (12, 25), "christmas day": (12, 25), "christmas eve": (12, 24),
            "new year's day": (1, 1), "new year's eve": (12, 31), "independence day": (7, 4),
            "halloween": (10, 31), "valentine's day": (2, 14), "veterans day": (11, 11),
            "boxing day": (12, 26), "thanksgiving": (11, 3, 4), "thanksgiving day": (11, 3, 4),
            "labor day": (9, 0, 1), "memorial day": (5, 0, -1)}


def holiday_date(name: str, y: int) -> dt.date:
    rule = HOLIDAYS[name]
    return dt.date(y, rule[0], rule[1]) if len(rule) == 2 else _nth_weekday(y, *rule)


#: Words after a holiday's name that leave it a day ("Christmas morning", "last Thanksgiving
#: following …"); any other lower-case word makes the name a modifier ("Christmas shopping").
_AFTER_A_HOLIDAY = frozenset("day eve night morning evening afternoon and or in on at of last this next "
                             "after before following when while with to for by as from since until "
                             "during amid".split())


@resolver("holiday")
def r_holiday(m: re.Match[str], ctx: Ctx) -> Result | None:
    name = re.sub(r"\s+", " ", m["ho"].lower()).replace("’", "'")
    if not _capitalized(m["ho"]):
        return None
    after = re.match(r"\s+([a-z]+)", ctx.text[m.end():m.end() + 20])
    named_day = name.endswith((" day", " eve"))  # "Thanksgiving Day clinging to …": the day itself
    if after and not named_day and after.group(1) not in _AFTER_A_HOLIDAY:
        return None  # "Halloween festivities", "Christmas shopping", "Halloween weekend": a name, not a day
    if m["ho_y"]:
        return "DATE", C.day(holiday_date(name, int(m["ho_y"])))
    if ctx.pub is None:
        return _partial(ctx, "XXXX-XX-XX", "day", f"{m['ho']}: no year to resolve against")
    tense = ctx.tense(m)
    best = None
    for y in (ctx.pub.year - 1, ctx.pub.year, ctx.pub.year + 1):
        d = holiday_date(name, y)
        gap = abs((d - ctx.pub).days) + (400 if tense == "past" and d > ctx.pub or tense == "future" and d < ctx.pub else 0)
        if best is None or gap < best[0]:
            best = (gap, d)
    return "DATE", C.day(best[1])


@resolver("yearago")
def r_yearago(m: re.Match[str], ctx: Ctx) -> Result | None:
    """"year-earlier", "the year-ago period": the period the sentence is about, a year back."""
    if ctx.period is not None and ctx.period.start:
        first = C.shift(dt.date.fromisoformat(ctx.period.start), "year", -1)
        return "DATE", C.period_of(first, ctx.period.grain)
    if ctx.pub is None:
        return _partial(ctx, "XXXX", "year")
    if m["ya_p"] and m["ya_p"].lower() == "period":
        y, q = C.quarter_of(C.shift(ctx.pub, "quarter", -1))
        return "DATE", C.quarter(y - 1, q)
    return "DATE", C.year(ctx.pub.year - 1)


@resolver("ofperiod")
def r_ofperiod(m: re.Match[str], ctx: Ctx) -> Result | None:
    """"the end of the year", "by the end of the month": the period containing publication."""
    unit = m["op"].split()[-1].lower()
    before = ctx.text[max(ctx.lo, m.start() - 24):m.start()]
    if not re.search(r"\b(?:end|beginning|start|middle|close|turn|rest|half|part)\s+of\s+$", before, re.I):
        return None  # "person of the year" is no date
    if ctx.pub is None:
        return _partial(ctx, "XXXX", unit)
    return "DATE", C.period_of(ctx.pub, unit)


_SETS = {"daily": "P1D", "nightly": "P1D", "weekly": "P1W", "monthly": "P1M", "yearly": "P1Y",
         "annually": "P1Y", "hourly": "PT1H"}


@resolver("set")
def r_set(m: re.Match[str], ctx: Ctx) -> Result | None:
    w = m["se_w"].lower()
    if w in _SETS:
        return "SET", TimeValue(timex=_SETS[w])
    unit = m["se_u"].lower()
    if unit in WEEKDAYS:
        return "SET", TimeValue(timex=f"XXXX-WXX-{WEEKDAYS[unit] + 1}")
    return "SET", TimeValue(timex=duration_value(1, "day" if unit == "night" else unit))


@resolver("yearword")
def r_yearword(m: re.Match[str], ctx: Ctx) -> Result | None:
    if m["yw_k"]:
        return "DATE", C.year(2000)
    tail = number(m["yw_y"])
    y = (19 if m["yw_c"].lower() == "nineteen" else 20) * 100 + (tail or 0)
    return "DATE", C.year(y)


@resolver("anniv")
def r_anniv(m: re.Match[str], ctx: Ctx) -> Result | None:
    n = ordinal(m["an_n"])
    if not n:
        return None
    base = ctx.prev.start[:4] if ctx.prev is not None and ctx.prev.start else None
    year = int(base) if base else ctx.pub.year if ctx.pub else None
    if year is None or not C.ok_year(year - n):
        return _partial(ctx, "XXXX", "year", f"{n}th anniversary: no date to count back from")
    ctx.notes.append(f"the event of the {n}th anniversary, placed {n} years before {year}")
    return "DATE", C.year(year - n).model_copy(update={"anchor": str(year)})


@resolver("bigyear")
def r_bigyear(m: re.Match[str], ctx: Ctx) -> Result | None:
    """"the year 99999": beyond any calendar this tool resolves."""
    return _partial(ctx, "XXXX", "year", f"year {m['by']} out of range")
