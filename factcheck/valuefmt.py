"""How claim values read in messages and reports: "more than 50,000 troops", "2–3 percent"."""

from __future__ import annotations

from .models import OrderValue, QuantityValue, TimeValue
from .units import CURRENCIES, is_unit, noun_key, registry

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
        return f" {registry().Unit(unit):~}"  # pint's symbol: km, mi, ft
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
