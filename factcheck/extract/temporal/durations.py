"""Durations: "a 41-day strike", "51 days", "1 hour and 45 minutes", "a minute and a half".

Values are ISO 8601 durations (P41D, PT40S, PT1H45M, P1Y6M); a count the text leaves vague is
an X (PXY for "years"). Hedges ("nearly two hours") are the tagger's, as the TIMEX3 mod.
"""

from __future__ import annotations

import re

from ...models import TimeValue
from .lexicon import UNITS, number
from .resolve import Ctx, Result, resolver

#: Unit -> (ISO designator, multiplier); T marks the time part (PT…H, PT…M, PT…S).
_PARTS = {"century": ("Y", 100), "decade": ("Y", 10), "year": ("Y", 1), "quarter": ("Q", 1),
          "month": ("M", 1), "fortnight": ("W", 2), "week": ("W", 1), "day": ("D", 1),
          "night": ("D", 1), "hour": ("TH", 1), "minute": ("TM", 1), "second": ("TS", 1)}
_ORDER = ("Y", "Q", "M", "W", "D", "TH", "TM", "TS")
#: Half of a unit in a smaller one, where it is whole: "a year and a half" is P1Y6M.
_HALF = {"century": ("year", 50), "decade": ("year", 5), "year": ("month", 6), "day": ("hour", 12),
         "hour": ("minute", 30), "minute": ("second", 30)}
_SET_BEFORE = re.compile(r"(?:\d|%|\btimes|\btwice|\bonce|\bpercent|\bper\s+cent)\s*$", re.I)


def _unit(word: str) -> str:
    w = word.lower()
    w = "century" if w.startswith("centur") else w.rstrip("s")
    return w


def _number_text(x: float) -> str:
    return str(int(x)) if x == int(x) else f"{x:g}"


def duration_value(n: float | None, unit: str) -> str:
    """ISO 8601 / TIMEX3 duration: P10Y, PT5H, P1.5Y, PXM (X when the count is vague)."""
    letter, mult, _ = UNITS[unit]
    count = "X" if n is None else _number_text(n * mult)
    return f"PT{count}{letter}" if unit in ("hour", "minute", "second") else f"P{count}{letter}"


def compound(pieces: list[tuple[float, str]]) -> str | None:
    """One ISO duration of several parts, each finer than the one before ("1 hour and 45
    minutes" -> PT1H45M); None when they are not ("three days and two nights")."""
    amounts: dict[str, float] = {}
    last = -1
    for n, unit in pieces:
        letter, mult = _PARTS[unit]
        if _ORDER.index(letter) <= last:
            return None
        last = _ORDER.index(letter)
        amounts[letter] = n * mult
    if "W" in amounts and len(amounts) > 1:  # ISO does not mix weeks with other parts
        amounts["D"] = amounts.get("D", 0) + 7 * amounts.pop("W")
    if "Q" in amounts and len(amounts) > 1:
        amounts["M"] = amounts.get("M", 0) + 3 * amounts.pop("Q")
    if any(amounts[k] != int(amounts[k]) for k in _ORDER if k in amounts and k != _last_key(amounts)):
        return None  # ISO allows a fraction only in the last part: "2.5 hours and 30 minutes"
    date = "".join(f"{_number_text(amounts[k])}{k}" for k in _ORDER[:5] if k in amounts)
    time = "".join(f"{_number_text(amounts[k])}{k[1]}" for k in _ORDER[5:] if k in amounts)
    return f"P{date}" + (f"T{time}" if time else "")


def _last_key(amounts: dict[str, float]) -> str:
    return max(amounts, key=_ORDER.index)


def _count(raw: str | None) -> int | None:
    """A whole count ("12", "twenty-four", "a couple of"); None when vague or fractional, so
    that calendar arithmetic ("the past 1.5 years") is never tried with it."""
    if raw is None:
        return 1
    raw = re.sub(r"\s+", " ", raw.lower())
    if raw in ("a couple of", "couple of"):
        return 2
    return number(raw)


def amount(raw: str) -> float | None:
    """A count for a duration's value: whole, or a decimal ("1.5 years": P1.5Y, a decimal
    fraction as ISO 8601 allows)."""
    n = _count(raw)
    if n is None and re.fullmatch(r"\d+\.\d+", raw.strip()):
        return float(raw)
    return n


def _with_half(n: float, unit: str) -> list[tuple[float, str]]:
    if unit in _HALF:
        smaller, amount = _HALF[unit]
        return [(n, unit), (amount, smaller)]
    return [(n + 0.5, unit)]


@resolver("duration")
def r_duration(m: re.Match[str], ctx: Ctx) -> Result | None:
    if m["du_old"]:
        return None  # "a 52-year-old doctor": an age, not a period of time
    unit = _unit(m["du_u"])
    raw = m["du_n"].lower()
    more = m["du_half"] or m["du_half0"] or m["du_n2"]
    if (raw in ("a", "an") and unit in ("second", "minute") or raw == "some" and unit == "second") and not more:
        return None  # "a second term", "a minute's silence"
    if unit == "quarter" and re.match(r"\s+of\b", ctx.text[m.end():m.end() + 4]):
        return None  # "three quarters of the votes": a fraction
    if unit == "second" and (len(raw) == 4 or re.match(r"\s+(?:quarter|half|round|time|term)", ctx.text[m.end():m.end() + 9])):
        return None  # "the 1988 second quarter"
    n = amount(m["du_n"])
    if raw in ("a", "an") and m["du_u"].lower().endswith("s") and not more:
        n = None  # "an hours-long manhunt", "a years-long dispute": hours or years, not one
    v = TimeValue(timex=_value(m, n, unit, ctx), grain=UNITS[unit][2])
    if raw in ("a", "an") and not more and _SET_BEFORE.search(ctx.text[max(ctx.lo, m.start() - 12):m.start()]):
        return "SET", v  # "3% a year", "twice a day"
    return "DURATION", v


def _value(m: re.Match[str], n: float | None, unit: str, ctx: Ctx) -> str:
    if n is None:
        if m["du_n2"] or m["du_half"]:
            ctx.end = m.end("du_u")  # "several years and two months": the vague part only
        return duration_value(None, unit)
    if m["du_half0"] or m["du_half"]:  # "one and a half hours", "an hour and a half"
        return compound(_with_half(n, unit)) or duration_value(n, unit)
    if m["du_n2"]:
        n2, unit2 = amount(m["du_n2"]), _unit(m["du_u2"])
        value = compound([(n, unit), (n2, unit2)]) if n2 is not None else None
        if value is not None:
            return value
        ctx.end = m.end("du_u")
    return duration_value(n, unit)


@resolver("bare")
def r_bare(m: re.Match[str], ctx: Ctx) -> Result | None:
    unit = _unit(m["ba_u"])
    return "DURATION", TimeValue(timex=duration_value(None, unit), grain=UNITS[unit][2])
