"""Resolvers for relative and deictic expressions and weekdays."""

from __future__ import annotations

import datetime as dt
import re

from ...models import TimeValue
from . import calendar as C
from .durations import _count, _unit, duration_value
from .lexicon import MONTHS, PARTS_OF_DAY, SEASONS, UNITS, WEEKDAYS
from .resolve import REGISTRY, Ctx, Result, _capitalized, _partial, resolver

_BACK = {"last", "past", "previous", "preceding"}
_AHEAD = {"next", "coming", "following", "upcoming"}
_ANAPHORIC = {"next", "following", "previous", "preceding"}
_POD_HOURS = {"MO": (0, 12), "AF": (12, 18), "EV": (16, 24), "NI": (18, 30)}  # news calls 7 p.m. "night" too,
# and 3:50 a.m. "Saturday morning"; a shooting at 5:40 p.m. is "Sunday evening", and one at
# 4:20 p.m. "Tuesday evening" (parts of a day are vague: their bounds are generous)


def _with_pod(v: TimeValue, pod: str | None) -> Result:
    if not pod or not v.start:
        return "DATE", v
    code = PARTS_OF_DAY[pod.lower()]
    a, b = _POD_HOURS[code]
    day = dt.datetime.fromisoformat(v.start)
    return "TIME", TimeValue(timex=f"{v.timex}T{code}", grain="hour",
                             start=(day + dt.timedelta(hours=a)).isoformat(timespec="minutes"),
                             end=(day + dt.timedelta(hours=b)).isoformat(timespec="minutes"))


def weekday_date(pub: dt.date, wd: int, how: str | None) -> dt.date:
    """The weekday ``wd`` nearest publication in the direction ``how``.

    past/None: on or before publication (a Sunday paper's "on Sunday" is that Sunday);
    future: on or after; last: strictly before; next: strictly after; this: in the same ISO week
    unless already past, then the coming one.
    """
    back = (pub.weekday() - wd) % 7
    ahead = (wd - pub.weekday()) % 7
    if how == "last":
        return pub - dt.timedelta(days=back or 7)
    if how in ("next", "coming"):
        return pub + dt.timedelta(days=ahead or 7)
    if how in ("future", "this"):
        return pub + dt.timedelta(days=ahead)
    return pub - dt.timedelta(days=back)


#: A clock time opening a bracket, right before a weekday: "(1:23 a.m. Wednesday".
_CONVERTED_CLOCK = re.compile(r"[(\[][ \t]*\d{1,2}(?:[:.]\d{2})?[ \t]*(?:a\.?m\.?|p\.?m\.?)?[ \t]*\Z", re.I)


@resolver("weekday")
def r_weekday(m: re.Match[str], ctx: Ctx) -> Result | None:
    tok = m["wd"]
    if not _capitalized(tok):
        return None
    wd = WEEKDAYS[tok.lower().rstrip(".")]
    if ctx.pub is None:
        return _partial(ctx, f"XXXX-WXX-{wd + 1}", "day")
    if _CONVERTED_CLOCK.search(ctx.text, max(ctx.lo, m.start() - 24), m.start()):
        # "11:23 a.m. (1:23 a.m. Wednesday AEST)": the day of a time converted into another
        # zone is the day before, of or after the time it converts
        base = dt.date.fromisoformat(ctx.prev.start[:10]) if ctx.prev is not None and ctx.prev.start \
            and ctx.prev.start[:4].isdigit() else ctx.pub
        for delta in (0, 1, -1):
            if (base + dt.timedelta(days=delta)).weekday() == wd:
                return _with_pod(C.day(base + dt.timedelta(days=delta)), m["wd_pod"])
    tense = ctx.tense(m)
    day = weekday_date(ctx.pub, wd, tense)
    v = C.day(day)
    if wd == ctx.pub.weekday():
        ctx.notes.append("weekday of publication: taken as the publication date")
    elif day == ctx.pub - dt.timedelta(days=6):
        ctx.notes.append(DAY_AFTER_STAMP)
    return _with_pod(v, m["wd_pod"])


#: The note on a weekday read six days before the page's date: on a page stamped in a time zone
#: behind the story's place (a US stamp of an attack in Asia early the next day), the same
#: weekday is the day after the stamp (``factcheck.engine`` decides which from the other reports).
DAY_AFTER_STAMP = "weekday six days before the page's date: may be the day after it where the story happened"


@resolver("relname")
def r_relname(m: re.Match[str], ctx: Ctx) -> Result | None:
    how, name = m["rm_dir"].lower(), m["rm_name"].lower()
    if not _capitalized(m["rm_name"]) and name not in SEASONS:
        return None  # "this march", "next may"
    if ctx.pub is None:
        return _partial(ctx, "XXXX")
    pub = ctx.pub
    how = "last" if how == "past" else how
    if name in WEEKDAYS:
        return _with_pod(C.day(weekday_date(pub, WEEKDAYS[name], how)), m["rm_pod"])
    if name in MONTHS:
        mon = MONTHS[name]
        if how == "this":
            y = pub.year
        elif how == "last":
            y = pub.year if mon < pub.month else pub.year - 1
        else:
            y = pub.year if mon > pub.month else pub.year + 1
        return "DATE", C.month(y, mon)
    code = SEASONS[name]
    cands = [C.season(y, code) for y in (pub.year - 2, pub.year - 1, pub.year, pub.year + 1)]
    iso = pub.isoformat()
    if how == "this":
        pick = next((v for v in cands if v.end > iso and v.start[:4] == iso[:4]), cands[2])
    elif how == "last":
        pick = [v for v in cands if v.end <= iso][-1]
    else:
        pick = next(v for v in cands if v.start > iso)
    return "DATE", pick


@resolver("relunit")
def r_relunit(m: re.Match[str], ctx: Ctx) -> Result | None:
    how = m["ru_dir"].lower()
    unit = m["ru_u"].lower()
    plural = unit.endswith("s") and unit != "weekend"
    unit = "weekend" if unit == "weekend" else _unit(unit)
    pub = ctx.pub
    anaphoric = how in ("same", "that") or (m.group().lower().startswith("the") and how in _ANAPHORIC)
    if anaphoric and not plural and not m["ru_n"] and unit in ("day", "week", "month", "year"):
        # "the next day", "the previous year", "that day": counted from a date named before
        # (in this sentence, or earlier with a DocState), never from publication
        anchor = ctx.prev if ctx.prev is not None and ctx.prev.start else ctx.period
        if anchor is None or not anchor.start:
            return _partial(ctx, "XXXX", unit, "refers to an earlier date in the text")
        step = 0 if how in ("same", "that") else -1 if how in _BACK else 1
        first = dt.date.fromisoformat(anchor.start[:10])
        return "DATE", C.period_of(C.shift(first, unit, step), unit).model_copy(update={"anchor": anchor.timex})
    if how in ("same", "that"):
        return _partial(ctx, "XXXX", "unknown", "refers to an earlier time in the text")
    if m["ru_n"] or plural or (how == "past" and unit != "weekend"):
        n = _count(m["ru_n"]) if (m["ru_n"] or not plural) else None
        if unit == "weekend":
            return None
        dur = duration_value(n, unit)
        if pub is None or n is None or how not in _BACK | _AHEAD:
            return "DURATION", TimeValue(timex=dur, grain=UNITS[unit][2])
        sign = -1 if how in _BACK else 1
        if unit in ("hour", "minute", "second"):
            return "DURATION", TimeValue(timex=dur, grain=UNITS[unit][2], anchor=pub.isoformat())
        other = C.shift(pub, unit, sign * n)
        a, b = (other, pub) if sign < 0 else (pub, other)
        return "DURATION", TimeValue(timex=dur, start=a.isoformat(), end=b.isoformat(),
                                     grain=UNITS[unit][2], anchor=pub.isoformat())
    if pub is None:
        return _partial(ctx, "XXXX", UNITS.get(unit, ("", 1, "day"))[2])
    step = -1 if how in _BACK else 1 if how in _AHEAD else 0
    if unit == "weekend":
        return "DATE", C.weekend(pub + dt.timedelta(weeks=step))
    if unit in ("hour", "minute", "second"):
        return "DURATION", TimeValue(timex=duration_value(1, unit), grain=unit)
    if m["ru_fis"]:
        return r_fiscal_rel(ctx, step)
    return "DATE", C.period_of(C.shift(pub, unit, step), unit)


def r_fiscal_rel(ctx: Ctx, step: int) -> Result:
    """"this/last/next fiscal year": the fiscal year containing publication, moved by ``step``."""
    from .fiscal import FISCAL_YEARS, country_of, fiscal_year
    country = country_of(ctx.text[max(ctx.lo, ctx.hi - 3000):ctx.hi]) or country_of(ctx.text[max(0, ctx.lo - 3000):ctx.lo])
    pub = ctx.pub
    if country is None:
        return _partial(ctx, f"FY{pub.year + step:04d}", "year", "fiscal-year start unknown: no country in context")
    first_month, offset, _ = FISCAL_YEARS[country]
    start_year = pub.year if pub.month >= first_month else pub.year - 1
    v, _ = fiscal_year(start_year - offset + step, country)
    return "DATE", v


#: The note on "two hours later" when the article dates nothing before it.
GUESSED_ANCHOR = "anchored at the publication date"
#: "Fifteen minutes later": the day of the last day named, which is as often the day officials
#: spoke as the day of what it is later than; no date of its own.
DAY_OF_ANOTHER = "minutes or hours after something else: the day is that of the last day named"


@resolver("ago")
def r_ago(m: re.Match[str], ctx: Ctx) -> Result | None:
    unit = _unit(m["ag_u"])
    n = _count(m["ag_n"])
    how = re.sub(r"\s+", " ", m["ag_dir"].lower())
    if how in ("before", "after", "prior"):
        # "a day after the talks": the TIMEX3 is the duration; the order goes to order.py
        ctx.end = m.end("ag_u")
        return "DURATION", TimeValue(timex=duration_value(n, unit), grain=UNITS[unit][2])
    sign = -1 if how in ("ago", "earlier") else 1
    anchor = ctx.pub
    if how in ("earlier", "later") and ctx.prev is not None and ctx.prev.start:
        anchor = dt.date.fromisoformat(ctx.prev.start[:10])
    elif how in ("earlier", "later"):
        ctx.notes.append(GUESSED_ANCHOR)
    if anchor is None:
        return _partial(ctx, "PAST_REF" if sign < 0 else "FUTURE_REF")
    if n is None:
        return "DATE", TimeValue(timex="PAST_REF" if sign < 0 else "FUTURE_REF")
    if unit == "year" and n == 1 and how in ("ago", "earlier") and ctx.period is not None and ctx.period.start:
        # "profit rose in the third quarter from a year earlier": the same quarter, a year back
        p = ctx.period
        first = C.shift(dt.date.fromisoformat(p.start), "year", -n)
        v = C.period_of(first, p.grain)
        return "DATE", v.model_copy(update={"anchor": p.timex})
    if unit in ("hour", "minute", "second"):
        ctx.notes.append("clock time unknown: the day is given")
        if how in ("earlier", "later"):
            ctx.notes.append(DAY_OF_ANOTHER)
        return "DATE", C.day(anchor).model_copy(update={"anchor": anchor.isoformat()})
    v = C.period_of(C.shift(anchor, unit, sign * n), unit)
    return "DATE", v.model_copy(update={"anchor": anchor.isoformat()})


_DEICTIC_DAYS = {"today": 0, "yesterday": -1, "tomorrow": 1}
_REFS = {"now": "PRESENT_REF", "currently": "PRESENT_REF", "nowadays": "PRESENT_REF",
         "recently": "PAST_REF", "lately": "PAST_REF", "past": "PAST_REF", "future": "FUTURE_REF"}


@resolver("deictic")
def r_deictic(m: re.Match[str], ctx: Ctx) -> Result | None:
    w = re.sub(r"\s+", " ", m["de"].lower())
    last = w.split()[-1]
    if last in _REFS and w not in ("the day before yesterday",):
        return "DATE", TimeValue(timex=_REFS[last])
    if ctx.pub is None:
        return _partial(ctx, "XXXX-XX-XX", "day")
    if w == "the weekend":
        back = ctx.tense(m) != "future"
        sat = ctx.pub - dt.timedelta(days=(ctx.pub.weekday() - 5) % 7) if back else ctx.pub + dt.timedelta(days=(5 - ctx.pub.weekday()) % 7)
        return "DATE", C.weekend(sat)
    days = {"the day before yesterday": -2, "the day after tomorrow": 2}.get(w, _DEICTIC_DAYS.get(w))
    if days is not None:
        return "DATE", C.day(ctx.pub + dt.timedelta(days=days))
    if w == "last night":
        return _with_pod(C.day(ctx.pub - dt.timedelta(days=1)), "night")
    pod = "night" if w in ("tonight", "overnight") else last
    return _with_pod(C.day(ctx.pub), pod)


__all__ = ["REGISTRY", "_count", "_unit", "duration_value", "weekday_date"]
