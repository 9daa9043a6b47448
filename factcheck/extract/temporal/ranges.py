"""Ranges as one interval: "March 3-5", "3 to 5 March", "June 23–July 10", "between May and
December 2022", "from December 2021 to December 2022".

A claim about a period that runs from one date to another is one value: its start is the
first date's and its end the last's, and its timex is the ISO 8601 interval of the two
("2022-05/2022-12"). The tagger keeps TimeML's two TIMEX3s for ranges across months (the
benchmark scores them apart); :func:`join_ranges` joins them for claims.
"""

from __future__ import annotations

import datetime as dt
import re

from ...models import TimeValue
from . import calendar as C
from .resolve import YEAR_NOTE, Ctx, Result, _capitalized, _date, _month, _partial, _year4, resolver

#: "moved from May 3 to June 5" is a change of date, not a period.
_CHANGE = re.compile(r"\b(?:mov|postpon|delay|push|brought|bring|reschedul|shift|chang|extend|"
                     r"advanc|put\s+off|revis|cut|rais|lower|increas|reduc)\w*\b[^.;:]{0,40}$", re.I)
_FROM = re.compile(r"\b(?:from|between)\s+(?:the\s+)?$", re.I)
_BETWEEN = re.compile(r"\bbetween\s+$", re.I)
_DASH = re.compile(r"\s*[-–]\s*")
_WORD_TO = re.compile(r"\s+(?P<w>to|through|until|till|and)\s+", re.I)
_GRAINS = ("day", "month", "season", "quarter", "year")


def interval(a: TimeValue, b: TimeValue) -> TimeValue:
    """One value from ``a`` to ``b``; the grain is the coarser of the two."""
    grain = max(a.grain, b.grain, key=_GRAINS.index)
    return TimeValue(timex=f"{a.timex}/{b.timex}", start=a.start, end=b.end, grain=grain)


@resolver("dayrange")
def r_dayrange(m: re.Match[str], ctx: Ctx) -> Result | None:
    mon_tok = m["dr_m"] or m["dr_m2"]
    if not _capitalized(mon_tok):
        return None
    mon = _month(mon_tok)
    first, last = int(m["dr_a"] or m["dr_c"] or m["dr_e"]), int(m["dr_b"] or m["dr_f"])
    y_tok = m["dr_y"] or m["dr_y2"]
    y = _year4(y_tok, ctx) if y_tok else None
    if y_tok and y is None:
        return _partial(ctx, f"XXXX-{mon:02d}-{first:02d}", "day", f"year {y_tok} out of range")
    pairs = m["dr_to"] and m["dr_to"].strip().lower() == "and" \
        and not _BETWEEN.search(ctx.text, max(ctx.lo, m.start() - 10), m.start())
    if pairs or first >= last:
        # "on March 3 and 5" names two days, "March 30-2" nothing we read: keep the first day
        if not m["dr_m"]:
            return None
        ctx.end = m.start("dr_to")
        return _date(ctx, y, mon, first, ctx.tense(m))
    typ, a = _date(ctx, y, mon, first, ctx.tense(m))
    if a.start is None:
        return typ, a
    try:
        b = C.day(dt.date(int(a.start[:4]), mon, last))
    except ValueError:
        return _partial(ctx, f"{a.timex[:8]}XX", "day", f"invalid date: no day {last} in that month")
    return "DATE", interval(a, b)


def join_ranges(text: str, items: list) -> list:
    """Two dates joined as a range ("June 23–July 10", "from May to June 2022") become one
    Timex whose value spans both. ``items`` are the tagger's Timex objects, in order."""
    out: list = []
    i = 0
    while i < len(items):
        a, b = items[i], items[i + 1] if i + 1 < len(items) else None
        joined = _range(text, a, b) if b is not None else None
        if joined is not None:
            out.append(joined)
            i += 2
            continue
        out.append(a)
        i += 1
    return out


def _range(text: str, a, b):
    if not (_dated(a) and _dated(b)):
        return None
    gap = _DASH.fullmatch(text, a.end, b.start)
    if gap is None:
        word = _WORD_TO.fullmatch(text, a.end, b.start)
        before = text[max(0, a.start - 60):a.start]
        lead = _FROM.search(before)
        if word is None or lead is None or (word["w"].lower() == "and") != lead.group().lower().startswith("between"):
            return None
        if _CHANGE.search(before[:lead.start()]):
            return None
    first = _same_year_as(a, b)
    if first.start >= b.value.end:
        return None  # "July 10–June 23": no period
    notes = [n for n in dict.fromkeys(a.notes + b.notes) if first is a.value or n != YEAR_NOTE]
    return type(a)(a.start, b.end, "DATE", interval(first, b.value), notes, "range")


def _dated(t) -> bool:
    v = t.value
    return t.type == "DATE" and v.grain in _GRAINS and bool(v.start) and "/" not in v.timex \
        and "dateline" not in t.notes and not v.timex.startswith("FY")


def _same_year_as(a, b) -> TimeValue:
    """``a``'s value in ``b``'s year when ``a`` has no year of its own ("between May and
    December 2022"), a year earlier when it would otherwise come after ``b``."""
    v = a.value
    if YEAR_NOTE not in a.notes or YEAR_NOTE in b.notes or v.grain not in ("day", "month") or v.mod:
        return v
    y = int(b.value.start[:4])
    for year in (y, y - 1):
        moved = _in_year(v, year)
        if moved is not None and moved.start < b.value.end:
            return moved
    return v


def _in_year(v: TimeValue, year: int) -> TimeValue | None:
    mon = int(v.timex[5:7])
    try:
        return C.day(dt.date(year, mon, int(v.timex[8:10]))) if v.grain == "day" else C.month(year, mon)
    except ValueError:
        return None
