"""Resolvers: one per pattern alternative, turning a match into a TIMEX3 type and value.

Relative expressions resolve against the publication date; with none (or an implausible
one) they stay partial (``XXXX-04-02``, no interval) and say why in a note.
"""

from __future__ import annotations

import calendar as _cal
import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass, field

from ...models import TimeValue
from . import calendar as C
from .fiscal import country_of, fiscal_quarter, fiscal_year
from .lexicon import MONTHS, WEEKDAY_NAMES, WEEKDAYS, ordinal
from .places import places_in
from .tense import tense_at

#: The note on a date whose year was not written and was taken from the publication date.
YEAR_NOTE = "year taken from the publication date"

NO_ANCHOR = "no usable publication date to resolve against"


@dataclass
class Ctx:
    """What a resolver may look at: the sentence, the publication date and earlier results."""

    text: str
    lo: int
    hi: int
    pub: dt.date | None
    prev: TimeValue | None = None  # the last day-grain value in this sentence
    carried: TimeValue | None = None  # the one ``prev`` held when the sentence began
    period: TimeValue | None = None  # the last month- or quarter-grain value in this sentence
    notes: list[str] = field(default_factory=list)
    end: int | None = None  # a resolver may shorten its span ("two days| after")
    dateline: str | None = None  # zone of the document's dateline place, when known
    _tense: dict[int, str | None] = field(default_factory=dict)
    _places: tuple[tuple[str, str | None], ...] | None = None

    def tense(self, m: re.Match[str]) -> str | None:
        if m.start() not in self._tense:
            self._tense[m.start()] = tense_at(self.text, self.lo, self.hi, m.start(), m.end())
        return self._tense[m.start()]

    def places(self) -> tuple[tuple[str, str | None], ...]:
        """(name, zone) of the gazetteer places this sentence names (zone None: several);
        read once per sentence, however many clock times ask."""
        if self._places is None:
            self._places = places_in(self.text, self.lo, self.hi)
        return self._places

    def place_zones(self) -> list[str]:
        """The zones of the places named here and of the dateline: what selects a reading of
        an ambiguous abbreviation such as IST."""
        zones = [z for _, z in self.places() if z]
        return zones + [self.dateline] if self.dateline else zones


Result = tuple[str, TimeValue]


def _partial(ctx: Ctx, timex: str, grain: str = "unknown", note: str = NO_ANCHOR,
             typ: str = "DATE") -> Result:
    ctx.notes.append(note)
    return typ, TimeValue(timex=timex, grain=grain)


def _capitalized(word: str) -> bool:
    return word[:1].isupper()


def _year4(raw: str, ctx: Ctx) -> int | None:
    y = int(raw)
    if len(raw) == 2:
        y += 2000 if y < 50 else 1900
    if not C.ok_year(y) or y > 2999:
        ctx.notes.append(f"year {raw} out of range")
        return None
    return y


def _date(ctx: Ctx, y: int | None, mon: int, d: int, tense: str | None) -> Result:
    if not 1 <= d <= 31 or d > _cal.monthrange(2000, mon)[1]:
        yy = f"{y:04d}" if y else "XXXX"
        return _partial(ctx, f"{yy}-{mon:02d}-XX", "day",
                        f"invalid date: {_cal.month_name[mon]} has no day {d}")
    if y is None:
        if ctx.pub is None:
            return _partial(ctx, f"XXXX-{mon:02d}-{d:02d}", "day")
        y = C.nearest_year(ctx.pub, mon, d, tense)
        if y is None:
            return _partial(ctx, f"XXXX-{mon:02d}-{d:02d}", "day", "no year in range fits the date")
        ctx.notes.append(YEAR_NOTE)
    try:
        return "DATE", C.day(dt.date(y, mon, d))
    except ValueError:
        return _partial(ctx, f"{y:04d}-{mon:02d}-XX", "day",
                        f"invalid date: {_cal.month_name[mon]} {d}, {y} does not exist")


def with_weekday(ctx: Ctx, wd: str | None, v: TimeValue) -> TimeValue:
    """The date with the weekday written beside it ("Friday, March 7"), kept whether or not
    they agree (rules check that); a note says when they do not."""
    if not wd:
        return v
    n = WEEKDAYS[wd.lower().rstrip(".")]
    if v.start and n != dt.date.fromisoformat(v.start[:10]).weekday():
        ctx.notes.append(f"weekday {wd} does not match the date")
    return v.model_copy(update={"weekday": WEEKDAY_NAMES[n]})


def _month(tok: str) -> int:
    return MONTHS[tok.lower().rstrip(".")]


def r_iso(m: re.Match[str], ctx: Ctx) -> Result | None:
    y, mo, d = int(m["iso_y"]), int(m["iso_m"]), int(m["iso_d"])
    if not 1 <= mo <= 12:
        return None
    typ, v = _date(ctx, y, mo, d, None)
    if m["iso_h"] and v.start:
        hour, minute = int(m["iso_h"]), int(m["iso_i"])
        if hour > 24 or minute > 59 or hour == 24 and minute:
            return typ, v
        return "TIME", C.clock(dt.date(y, mo, d), hour, minute, None)
    return typ, v


def r_slash(m: re.Match[str], ctx: Ctx) -> Result | None:
    mo, d = int(m["sl_m"]), int(m["sl_d"])
    if not 1 <= mo <= 12:
        return None
    y = _year4(m["sl_y"], ctx)
    return _date(ctx, y, mo, d, None) if y else _partial(ctx, f"XXXX-{mo:02d}-{d:02d}", "day", "year out of range")


def r_mdy(m: re.Match[str], ctx: Ctx) -> Result | None:
    return _month_day(m, ctx, m["md_m"], m["md_d"], m["md_y"], m["md_wd"])


def r_dmy(m: re.Match[str], ctx: Ctx) -> Result | None:
    return _month_day(m, ctx, m["dm_m"], m["dm_d"], m["dm_y"], m["dm_wd"])


def _month_day(m, ctx, mon_tok, d_tok, y_tok, wd) -> Result | None:
    if not _capitalized(mon_tok):
        return None
    mon = _month(mon_tok)
    y = None
    if y_tok:
        y = _year4(y_tok, ctx)
        if y is None:
            return _partial(ctx, f"XXXX-{mon:02d}-{int(d_tok):02d}", "day", f"year {y_tok} out of range")
    typ, v = _date(ctx, y, mon, int(d_tok), ctx.tense(m))
    return typ, with_weekday(ctx, wd, v)


def r_my(m: re.Match[str], ctx: Ctx) -> Result | None:
    if not _capitalized(m["my_m"]):
        return None
    mon = _month(m["my_m"])
    if m["my_rel"]:
        if ctx.pub is None:
            return _partial(ctx, f"XXXX-{mon:02d}", "month")
        return "DATE", C.month(ctx.pub.year + {"last": -1, "this": 0, "next": 1}[m["my_rel"].lower()], mon)
    y = _year4(m["my_y"], ctx)
    return ("DATE", C.month(y, mon)) if y else _partial(ctx, f"XXXX-{mon:02d}", "month", "year out of range")


_MONTH_PREV = re.compile(r"\b(?:in|of|since|until|till|by|from|early|mid|late|through|during|"
                         r"before|after|and|to|last|next|this|between|end|beginning|start|middle)[\s-]*$", re.I)


#: Capitalised words before a month that open a sentence, not a name: "In April, …".
_OPENING_WORDS = frozenset("in on by since until till from during through before after of and but "
                           "since early late mid last next this that".split())


def r_month(m: re.Match[str], ctx: Ctx) -> Result | None:
    tok = m["mo"]
    before = ctx.text[max(ctx.lo, m.start() - 16):m.start()]
    name = re.search(r"([A-Z][\w.]*)\s+$", before)
    if not _capitalized(tok) or name and name.group(1).lower() not in _OPENING_WORDS:
        return None  # "march", "Theresa May", "April Ryan" (not "In April, …", "By March")
    if tok.lower() == "may" and not _MONTH_PREV.search(before):
        return None
    mon = _month(tok)
    if ctx.pub is None:
        return _partial(ctx, f"XXXX-{mon:02d}", "month")
    y = C.nearest_year(ctx.pub, mon, None, ctx.tense(m))
    ctx.notes.append(YEAR_NOTE)
    return "DATE", C.month(y, mon)


def r_fiscal(m: re.Match[str], ctx: Ctx) -> Result | None:
    y = _year4(m["fi_y"], ctx)
    if y is None:
        return None
    window = ctx.text[max(0, ctx.lo - 3000):ctx.lo]
    near_lo = max(ctx.lo, m.start() - 1000)
    sentence = ctx.text[near_lo:min(ctx.hi, m.end() + 1000)]
    country = country_of(sentence, m.start() - near_lo) or country_of(window)
    q = ordinal(m["fi_q"]) if m["fi_q"] else None
    v, note = fiscal_quarter(y, q, country) if q else fiscal_year(y, country)
    if note:
        ctx.notes.append(note)
    return "DATE", v


def _latest_quarter(pub: dt.date) -> tuple[int, int]:
    y, q = C.quarter_of(pub)
    return (y, q - 1) if q > 1 else (y - 1, 4)


def r_quarter(m: re.Match[str], ctx: Ctx) -> Result | None:
    if m["qu_q"]:
        q = int(m["qu_q"][1])
        y = _year4(m["qu_y2"], ctx) if m["qu_y2"] else None
    else:
        q = ordinal(m["qu_n"].replace("final", "fourth")) if m["qu_n"] else None
        y = _year4(m["qu_y"], ctx) if m["qu_y"] else None
        if q is None and not m.group().lower().startswith("the") and not m["qu_rel"]:
            return None
    if y and q:
        return "DATE", C.quarter(y, q)
    rel = (m["qu_rel"] or "").lower().replace("-", " ")
    pub = ctx.pub
    if pub is None:
        return _partial(ctx, f"XXXX-Q{q}" if q else "XXXX-QX", "quarter")
    if rel in ("this", "current"):
        return "DATE", C.quarter(*C.quarter_of(pub))
    if rel in ("next", "coming"):
        y2, q2 = C.quarter_of(C.shift(pub, "quarter", 1))
        return "DATE", C.quarter(y2, q2)
    if q is None:
        y2, q2 = _latest_quarter(pub)
        if rel in ("year earlier", "year ago"):
            y2 -= 1
        elif rel not in ("latest", "last", "past", "previous"):
            ctx.notes.append("taken as the latest full quarter before publication")
        return "DATE", C.quarter(y2, q2)
    # a numbered quarter without a year: the one nearest publication, completed ones first;
    # a past-tense sentence takes only a completed quarter, a future one only one not over
    tense = ctx.tense(m)
    best = None
    for yy in (pub.year - 1, pub.year, pub.year + 1):
        v = C.quarter(yy, q)
        a, b = dt.date.fromisoformat(v.start), dt.date.fromisoformat(v.end)
        gap = 0 if a <= pub < b else min(abs((a - pub).days), abs((pub - b).days))
        gap += 30 if a > pub else 0
        # results are announced after a quarter ends: only a long-past quarter contradicts "will"
        gap += 1000 if (tense == "past" and a > pub) or (tense == "future" and b <= pub - dt.timedelta(days=92)) else 0
        if best is None or gap < best[0]:
            best = (gap, yy)
    yy = best[1] - (1 if rel in ("year earlier", "year ago") else 0)
    return "DATE", C.quarter(yy, q)


def r_half(m: re.Match[str], ctx: Ctx) -> Result | None:
    h = int(m["ha_h"][1]) if m["ha_h"] else ordinal(m["ha_n"])
    if m["ha_y"] or m["ha_y2"]:
        y = _year4(m["ha_y"] or m["ha_y2"], ctx)
    elif ctx.pub:
        y = ctx.pub.year + {"this": 0, "last": -1, "next": 1}[m["ha_rel"].lower()]
    else:
        return _partial(ctx, f"XXXX-H{h}", "quarter")
    return ("DATE", C.half(y, h)) if y else None


def r_decade(m: re.Match[str], ctx: Ctx) -> Result | None:
    raw = m["dc"]
    if raw[0].isdigit():
        return "DATE", C.decade(int(raw[:4]))
    d = int(raw[1])
    if ctx.pub is None:
        return _partial(ctx, f"XX{d}", "decade", "century of a two-digit decade unknown")
    base = ctx.pub.year // 100 * 100
    first = base + 10 * d if base + 10 * d <= ctx.pub.year else base - 100 + 10 * d
    return "DATE", C.decade(first)


def r_century(m: re.Match[str], ctx: Ctx) -> Result | None:
    n = ordinal(m["ce_n"])
    return ("DATE", C.century(n)) if n and 1 <= n <= 99 else None


def r_near(m: re.Match[str], ctx: Ctx) -> Result | None:
    unit = m["ne_u"].lower()
    if ctx.pub is None:
        return _partial(ctx, "XXXX", unit)
    period = C.period_of(ctx.pub, unit)
    pub = ctx.pub.isoformat()
    nxt = (ctx.pub + dt.timedelta(days=1)).isoformat()
    if m["ne_dir"].lower() == "earlier":
        return "DATE", period.model_copy(update={"mod": "START", "end": pub})
    return "DATE", period.model_copy(update={"mod": "END", "start": nxt})


REGISTRY: dict[str, Callable[[re.Match[str], Ctx], Result | None]] = {}


def resolver(name: str):
    def deco(fn):
        REGISTRY[name] = fn
        return fn
    return deco


for _name, _fn in [("iso", r_iso), ("slash", r_slash), ("mdy", r_mdy), ("dmy", r_dmy),
                   ("my", r_my), ("month", r_month), ("fiscal", r_fiscal), ("quarter", r_quarter), ("half", r_half),
                   ("decade", r_decade), ("century", r_century), ("near", r_near)]:
    REGISTRY[_name] = _fn

