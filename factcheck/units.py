"""Units: one pint registry for the whole program, with currencies and percentage points as
dimensions of their own so that dollars never compare with yen, nor points with percent.

Counts are not pint units: a count's unit is its counted noun ("troops"), and two counts
compare only when they count the same thing."""

from __future__ import annotations

from functools import cache, lru_cache

import pint

#: ISO 4217 codes given their own dimension; no exchange rates are ever applied.
CURRENCIES = ("USD", "EUR", "GBP", "JPY", "CNY", "KRW", "INR", "RUB", "AUD", "CAD", "CHF",
              "TWD", "HKD", "SGD", "NZD", "SEK", "NOK", "DKK", "PLN", "UAH", "TRY", "BRL",
              "MXN", "ZAR", "SAR", "AED", "ILS", "EGP", "NGN", "KES", "PHP", "IDR", "THB",
              "VND", "MYR", "PKR", "BDT", "IRR", "IQD", "LBP", "QAR", "KWD", "ARS", "CLP", "COP")

#: Dimension names the rule language uses, by pint dimensionality.
_DIMENSIONS = {
    "[length]": "length",
    "[length] ** 2": "area",
    "[length] ** 3": "volume",
    "[mass]": "mass",
    "[time]": "duration",
    "[length] / [time]": "speed",
    "[mass] * [length] ** 2 / [time] ** 2": "energy",
    "[temperature]": "temperature",
    "[percentage_point]": "percentage_point",
}
#: Every dimension name a rule may mention.
DIMENSION_NAMES = frozenset(
    {"count", "percent", "currency", "percentage_point", *_DIMENSIONS.values()}
)


@cache
def registry() -> pint.UnitRegistry:
    ureg = pint.UnitRegistry(cache_folder=None)
    ureg.define("percentage_point = [percentage_point]")
    for code in CURRENCIES:
        ureg.define(f"{code} = [currency_{code}]")
    return ureg


@lru_cache(maxsize=8192)
def is_unit(name: str) -> bool:
    """True when ``name`` is the canonical name of a unit pint knows (``kilometer``, not ``km``
    or ``stones``); anything else is a counted noun."""
    if name in ("percent", "count"):
        return True
    try:
        return str(registry().parse_units(name)) == name
    except (pint.errors.UndefinedUnitError, pint.errors.DefinitionSyntaxError, ValueError, AttributeError,
            TypeError, AssertionError):
        return False


@lru_cache(maxsize=4096)
def dimension(unit: str) -> str:
    """The rule-language dimension of a claim unit: ``percent``, ``currency``, ``length``…;
    ``count`` for counted nouns."""
    if unit == "percent":
        return "percent"
    if unit in CURRENCIES:
        return "currency"
    if not is_unit(unit):
        return "count"
    dims = registry().get_dimensionality(unit)
    if not dims:
        return "count"
    key = str(dims)
    if key.startswith("[currency_"):
        return "currency"
    return _DIMENSIONS.get(key, key)


_IRREGULAR_NOUNS = {"people": "person", "persons": "person", "children": "child", "men": "man",
                    "women": "woman", "personnel": "personnel", "police": "police", "staff": "staff",
                    "aircraft": "aircraft", "sheep": "sheep", "fish": "fish", "series": "series"}


@lru_cache(maxsize=8192)
def noun_key(noun: str) -> str:
    """The singular, lower-case form of a counted noun, so that "troops" counts the same thing
    as "troop" and "people" as "person"; unknown shapes stay as they are."""
    word = noun.lower().strip()
    head, _, last = word.rpartition(" ")
    if last in _IRREGULAR_NOUNS:
        last = _IRREGULAR_NOUNS[last]
    elif last.endswith("ies") and len(last) > 4:
        last = last[:-3] + "y"
    elif last.endswith(("sses", "ches", "shes", "xes")):
        last = last[:-2]
    elif last.endswith("s") and not last.endswith(("ss", "us", "is")) and len(last) > 3:
        last = last[:-1]
    return f"{head} {last}" if head else last


@lru_cache(maxsize=4096)
def conversion(from_unit: str, to_unit: str) -> float | None:
    """Factor that turns a value in ``from_unit`` into ``to_unit``, or None when the two do not
    compare (different dimensions, different currencies, different counted nouns)."""
    if from_unit == to_unit:
        return 1.0
    if dimension(from_unit) == "count" and dimension(to_unit) == "count":
        # A bare number ("the toll rose to 17") counts whatever its measure counts.
        if "count" in (from_unit, to_unit):
            return 1.0
        return 1.0 if noun_key(from_unit) == noun_key(to_unit) else None
    if not (is_unit(from_unit) and is_unit(to_unit)) or "percent" in (from_unit, to_unit) or "count" in (from_unit, to_unit):
        return None
    ureg = registry()
    try:
        return float(ureg.Quantity(1.0, from_unit).to(to_unit).magnitude)
    except pint.errors.DimensionalityError:
        return None
