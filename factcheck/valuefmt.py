"""How values read in messages and reports: "more than 50,000 troops", "2–3 percent", a
difference of "2.7 km", a gap of "3 years", "Thursday 16 October 2025"."""

from __future__ import annotations

import datetime as dt
import math
import re

from .models import OrderValue, QuantityValue, TimeValue
from .units import CURRENCIES, conversion, is_unit, noun_key, symbol

_UNIT_WORDS = {"percent": "%", "percentage_point": " percentage points", "count": ""}


_SCALES = ((1e12, "trillion"), (1e9, "billion"), (1e6, "million"))


def number(x: float) -> str:
    """1,200 / 2.5 / 40 million / 1.2 trillion: large round figures keep their scale word."""
    for scale, word in _SCALES:
        if abs(x) >= scale and round(x / scale, 3) * scale == x:
            return f"{x / scale:g} {word}"
    if x == int(x) and abs(x) < 1e15:
        return f"{int(x):,}"
    return f"{x:,.6g}" if abs(x) >= 1 else f"{x:.6g}"


_PLURALS = {"person": "people", "child": "children", "man": "men", "woman": "women"}


def plural(noun: str) -> str:
    head, _, last = noun.rpartition(" ")
    if last in _PLURALS:
        last = _PLURALS[last]
    elif noun_key(last) != last:  # already plural
        pass
    elif last.endswith("y") and last[-2:-1] not in "aeiou":
        last = last[:-1] + "ies"
    elif last.endswith(("s", "x", "ch", "sh")):
        last += "es"
    else:
        last += "s"
    return f"{head} {last}" if head else last


def unit_suffix(unit: str, amount: float | None = None) -> str:
    if unit in _UNIT_WORDS:
        return _UNIT_WORDS[unit]
    if is_unit(unit):
        return f" {symbol(unit)}"  # pint's symbol (km, mi, ft), from the generated table
    noun = unit.replace("_", " ")
    return f" {noun if amount == 1 else plural(noun)}"


def quantity(v: QuantityValue) -> str:
    """A figure as a reader would say it, with the interval it stands for when a hedge widened
    it: "about 12,000 people (10,800–13,200)", "more than 50,000 troops", "2–3% of GDP"."""
    text = _figure(v)
    return f"{text} of {v.base}" if v.base else text


def _figure(v: QuantityValue) -> str:
    if v.unit in CURRENCIES:
        def fmt(x: float, unit: bool = True) -> str:
            return f"{v.unit} {number(x)}" if unit else number(x)
    else:
        def fmt(x: float, unit: bool = True) -> str:
            return f"{number(x)}{unit_suffix(v.unit, x)}" if unit else number(x)
    if v.hedge and v.exact is not None:
        written = f"{v.hedge} {fmt(v.exact)}"
        if v.low is not None and v.high is not None and v.low != v.high:
            return f"{written} ({fmt(v.low, False)}–{fmt(v.high, False)})"
        return written
    if v.low is not None and v.high is not None:
        if v.low == v.high:
            return fmt(v.low)
        return f"{fmt(v.low, v.unit in CURRENCIES)}–{fmt(v.high)}" if v.unit == "percent" else f"{fmt(v.low)} to {fmt(v.high)}"
    if v.low is not None:
        return f"at least {fmt(v.low)}"
    if v.high is not None:
        return f"at most {fmt(v.high)}"
    return "unknown"


def value(v: QuantityValue | TimeValue | OrderValue) -> str:
    if isinstance(v, QuantityValue):
        return quantity(v)
    if isinstance(v, TimeValue):
        return v.timex
    return f"{v.first} {v.relation} {v.second}"


# ---- Differences: one rounding policy for every figure a report computes ------------------

#: Significant figures of a computed difference: "2.7 km", "94,800 people", "0.35 percentage
#: points". The inputs are news figures (rarely more than three significant figures), so more
#: digits would only show conversion noise ("2.66472 km").
SIGNIFICANT = 3

#: Metric units a difference may move between so that its number reads between 1 and 1,000
#: ("2.7 km", not "2,700 m"; "300 m", not "0.3 km"). Only within a ladder: feet stay feet.
_LADDERS = (
    ("centimeter", "meter", "kilometer"),
    ("gram", "kilogram", "metric_ton"),
    ("square_meter", "hectare", "square_kilometer"),
    ("watt", "kilowatt", "megawatt", "gigawatt"),
    ("watt_hour", "kilowatt_hour", "megawatt_hour", "gigawatt_hour", "terawatt_hour"),
    ("byte", "kilobyte", "megabyte", "gigabyte", "terabyte"),
    ("liter", "cubic_meter"),
    ("second", "minute", "hour"),
)


def significant(x: float, digits: int = SIGNIFICANT) -> float:
    """``x`` rounded to ``digits`` significant figures (0, infinities and NaN unchanged)."""
    if x == 0 or not math.isfinite(x):
        return x
    return round(x, digits - 1 - math.floor(math.log10(abs(x))))


def _rescale(amount: float, unit: str) -> tuple[float, str]:
    ladder = next((ladder for ladder in _LADDERS if unit in ladder), None)
    if ladder is None or amount == 0:
        return amount, unit
    best = (amount, unit)
    for step in ladder:
        factor = conversion(unit, step)
        if factor is not None and abs(significant(amount * factor)) >= 1:
            best = (amount * factor, step)
    return best


def difference(amount: float, unit: str) -> str:
    """How far apart two figures are, as a report says it: three significant figures, in the
    metric unit that keeps the number between 1 and 1,000, points for percentages, the
    currency first: "2.7 km", "94,800 people", "EUR 26 million", "0.5 percentage points"."""
    amount, unit = _rescale(amount, unit)
    x = significant(amount)
    if unit in CURRENCIES:
        return f"{unit} {number(x)}"
    if unit in ("percent", "percentage_point"):
        return f"{number(x)} percentage point" + ("" if abs(x) == 1 else "s")
    if unit == "count":
        return number(x)
    return f"{number(x)}{unit_suffix(unit, x)}"


# ---- Durations and gaps between dates --------------------------------------------------------

#: Calendar units by their mean length in seconds (Gregorian year, a twelfth of it).
_SPANS = (("year", 31_556_952), ("month", 2_629_746), ("day", 86_400), ("hour", 3_600),
          ("minute", 60), ("second", 1))


def _count(n: int, unit: str) -> str:
    return f"{n:,} {unit}" + ("" if n == 1 else "s")


def duration(span: float | dt.timedelta) -> str:
    """A length of time in its two largest calendar units, the second rounded: "3 years"
    (1,096 days), "1 day", "2 hours 30 minutes", "1 year 1 month", "45 seconds"."""
    seconds = abs(span.total_seconds() if isinstance(span, dt.timedelta) else float(span))
    if seconds < 0.5:
        return "0 seconds"
    for i, (unit, size) in enumerate(_SPANS):
        if seconds + 0.5 < size and unit != "second":
            continue
        whole, rest = divmod(seconds, size)
        if i + 1 == len(_SPANS):
            return _count(int(round(seconds)), unit)
        small, small_size = _SPANS[i + 1]
        part = int(round(rest / small_size))
        if part * small_size >= size * 0.999:  # 2 years 12 months is 3 years
            whole, part = whole + 1, 0
        out = _count(int(whole), unit)
        return f"{out} {_count(part, small)}" if part else out
    return "0 seconds"  # pragma: no cover - the loop always returns


_COARSE = {"century": 4, "decade": 4, "year": 4, "season": 3, "quarter": 3, "month": 3,
           "week": 2, "day": 1}


def date_gap(a: dt.date, b: dt.date, grain: str = "day") -> str:
    """How far apart two dates are at the grain they were given in ("1975" and "1978": 3
    years, not 1,096 days; two days: "1 day"; two months: "14 months" → "1 year 2 months")."""
    level = _COARSE.get(grain, 1)
    if level == 4:
        return _count(abs(a.year - b.year), "year")
    if level == 3:
        months = abs((a.year * 12 + a.month) - (b.year * 12 + b.month))
        years, months = divmod(months, 12)
        parts = [_count(years, "year")] * bool(years) + [_count(months, "month")] * bool(months)
        return " ".join(parts) or "0 months"
    days = abs((a - b).days)
    if level == 2 and days % 7 == 0:
        return _count(days // 7, "week")
    return _count(days, "day") if days < 60 else _calendar(min(a, b), max(a, b))


def _calendar(lo: dt.date, hi: dt.date) -> str:
    """Years, months and days from one date to a later one, as a calendar counts them."""
    months = (hi.year - lo.year) * 12 + hi.month - lo.month - (hi.day < lo.day)
    y, m = divmod(lo.month - 1 + months, 12)
    anchor = dt.date(lo.year + y, m + 1, min(lo.day, _month_days(lo.year + y, m + 1)))
    years, months = divmod(months, 12)
    parts = [(years, "year"), (months, "month"), ((hi - anchor).days, "day")]
    return " ".join(_count(n, unit) for n, unit in parts if n) or "0 days"


def _month_days(year: int, month: int) -> int:
    nxt = dt.date(year + month // 12, month % 12 + 1, 1)
    return (nxt - dt.timedelta(days=1)).day


def coarser(*grains: str) -> str:
    """The coarsest of some grains ("day", "year" → "year"): a gap is told in it."""
    return max(grains, key=lambda g: _COARSE.get(g, 0))


# ---- Times as a reader says them ---------------------------------------------------------------

_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September",
           "October", "November", "December")
_WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
_DAY_PARTS = {"MO": "morning", "AF": "afternoon", "EV": "evening", "NI": "night", "DT": "daytime",
              "MI": "midday"}
_SEASONS = {"SP": "spring", "SU": "summer", "FA": "autumn", "AU": "autumn", "WI": "winter"}
_MODS = {"START": "early", "MID": "mid", "END": "late", "ON_OR_BEFORE": "by", "ON_OR_AFTER": "from",
         "BEFORE": "before", "AFTER": "after", "APPROX": "about", "MORE_THAN": "more than",
         "LESS_THAN": "less than", "EQUAL_OR_LESS": "at most", "EQUAL_OR_MORE": "at least"}
_DATE = re.compile(r"(\d{4})-(\d{2})-(\d{2})")
_CLOCK = re.compile(r"(\d{4}-\d{2}-\d{2})T(\d{2}):(\d{2})")
_ISO_DURATION = re.compile(r"P(?:(?P<year>[\dX.]+)Y)?(?:(?P<month>[\dX.]+)M)?(?:(?P<week>[\dX.]+)W)?"
                           r"(?:(?P<day>[\dX.]+)D)?(?:T(?:(?P<hour>[\dX.]+)H)?(?:(?P<minute>[\dX.]+)M)?"
                           r"(?:(?P<second>[\dX.]+)S)?)?")


def day(d: dt.date) -> str:
    """"Thursday 16 October 2025"."""
    return f"{_WEEKDAYS[d.weekday()]} {d.day} {_MONTHS[d.month - 1]} {d.year}"


def time(v: TimeValue) -> str:
    """A date, time or period as a reader says it: "Thursday 16 October 2025", "June 2014",
    "5 August 2020, 17:11 UTC+03:00 (14:11 UTC)", "early 2020", "3 years", "the 1960s".
    Falls back to the TIMEX3 value for forms it does not know."""
    text = _duration(v) if v.timex.startswith("P") else _instant(v)
    if text is None:
        return v.timex
    mod = _MODS.get((v.mod or "").upper())
    if mod and text.endswith(tuple(_DAY_PARTS.values())) and mod in ("early", "mid", "late"):
        head, _, part = text.rpartition(", ")
        return f"{head}, {mod} {part}"  # "Monday 29 October 2018, early morning"
    return f"{mod} {text}" if mod else text


def _instant(v: TimeValue) -> str | None:
    t = v.timex
    if "/" in t:
        return _range(*t.split("/", 1))
    if m := _CLOCK.fullmatch(t):
        return f"{_date(m[1])}, {m[2]}:{m[3]}{_zone(v)}"
    if len(t) == 13 and t[10] == "T" and t[11:] in _DAY_PARTS:
        return f"{_date(t[:10])}, {_DAY_PARTS[t[11:]]}"
    if _DATE.fullmatch(t):
        return _date(t)
    return _period(t)


def _range(lo: str, hi: str) -> str | None:
    """"10–11 September 2023", "30 September to 2 October 2023", else "A to B"."""
    a, b = _DATE.fullmatch(lo), _DATE.fullmatch(hi)
    if a and b and a[1] == b[1] and 1 <= int(a[2]) <= 12 and 1 <= int(b[2]) <= 12:
        month_a, month_b = _MONTHS[int(a[2]) - 1], _MONTHS[int(b[2]) - 1]
        if a[2] == b[2]:
            return f"{int(a[3])}–{int(b[3])} {month_b} {b[1]}"
        return f"{int(a[3])} {month_a} to {int(b[3])} {month_b} {b[1]}"
    x, y = _instant(TimeValue(timex=lo)), _instant(TimeValue(timex=hi))
    return f"{x} to {y}" if x and y else None


def _date(iso: str) -> str:
    try:
        return day(dt.date.fromisoformat(iso))
    except ValueError:
        return iso


def _zone(v: TimeValue) -> str:
    if not v.zone:
        return " (time zone not stated)"
    zone = v.zone if not v.zone[:1] in "+-" else f"UTC{v.zone}"
    if v.utc_start and zone != "UTC" and (m := _CLOCK.match(v.utc_start)):
        return f" {zone} ({m[2]}:{m[3]} UTC)"
    return f" {zone}"


def _period(t: str) -> str | None:
    if re.fullmatch(r"\d{4}", t):
        return t
    if (m := re.fullmatch(r"XXXX-(\d{2})", t)) and 1 <= int(m[1]) <= 12:
        return f"{_MONTHS[int(m[1]) - 1]} (year not known)"
    if m := re.fullmatch(r"(\d{4})-(\d{2})", t):
        return f"{_MONTHS[int(m[2]) - 1]} {m[1]}" if 1 <= int(m[2]) <= 12 else None
    if m := re.fullmatch(r"(\d{4})-W(\d{2})", t):
        return f"week {int(m[2])} of {m[1]}"
    if m := re.fullmatch(r"(\d{4})-Q([1-4])", t):
        return f"Q{m[2]} {m[1]}"
    if (m := re.fullmatch(r"(\d{4})-([A-Z]{2})", t)) and m[2] in _SEASONS:
        return f"{_SEASONS[m[2]]} {m[1]}"
    if m := re.fullmatch(r"FY(\d{4})", t):
        return f"fiscal {m[1]}"
    if re.fullmatch(r"\d{3}", t):
        return f"the {t}0s"
    if re.fullmatch(r"\d{2}", t):
        n = int(t) + 1
        suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
        return f"the {n}{suffix} century"
    return None


def _duration(v: TimeValue) -> str | None:
    if v.start and v.end and v.start.startswith("P") and v.end.startswith("P") and v.start != v.end:
        low, high = _duration(TimeValue(timex=v.start)), _duration(TimeValue(timex=v.end))
        if low and high:
            a, b = low.split(" ", 1), high.split(" ", 1)
            if len(a) == len(b) == 2 and a[1].rstrip("s") == b[1].rstrip("s"):
                return f"{a[0]}–{b[0]} {b[1]}"  # "70–96 hours"
            return f"{low} to {high}"
    m = _ISO_DURATION.fullmatch(v.timex)
    if not m or not any(m.groupdict().values()):
        return None
    parts = []
    for unit, amount in m.groupdict().items():
        if amount is None:
            continue
        if "X" in amount:
            parts.append(f"several {unit}s")
        else:
            n = float(amount)
            parts.append(f"{number(n)} {unit}" + ("" if n == 1 else "s"))
    return " ".join(parts)


def order(v: OrderValue) -> str:
    """"approve 1 day after talks": the two events, their relation and the stated offset."""
    if v.offset and "X" not in v.offset:
        gap = _duration(TimeValue(timex=v.offset))
        if gap and v.relation != "same":
            return f"{v.first} {gap} {v.relation} {v.second}"
    return f"{v.first} {v.relation} {v.second}"


def readable(v: QuantityValue | TimeValue | OrderValue) -> str:
    """A value as reports show it to a reader. Unlike ``value`` (the stable form messages and
    fingerprints are built from), times are spelled out: "Thursday 16 October 2025"."""
    if isinstance(v, QuantityValue):
        return quantity(v)
    if isinstance(v, TimeValue):
        return time(v)
    return order(v)
