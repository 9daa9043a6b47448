"""Units: one pint registry for the whole program, with currencies, percentage points and
multipliers ("times") as dimensions of their own so that dollars never compare with yen, nor
points with percent. Data sizes and concentrations (ppm) are dimensionless to pint; here they
are dimensions of their own too, so that 8 GB never converts to a percent.

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

#: Dimension names the rule language uses, each with a unit of that dimension; a unit's
#: dimension is found by comparing pint dimensionalities (their printed order varies).
_REFERENCE_UNITS = {
    "length": "meter", "area": "meter ** 2", "volume": "meter ** 3", "mass": "gram",
    "duration": "second", "speed": "meter / second", "energy": "joule", "power": "watt",
    "frequency": "hertz", "temperature": "kelvin", "percentage_point": "percentage_point",
    "ratio": "times",
}
#: Dimensionless in pint, but never comparable with a count, a percent or each other.
_DATA_ROOT = "bit"
_CONCENTRATIONS = frozenset({"ppm", "ppb"})
#: Every dimension name a rule may mention.
DIMENSION_NAMES = frozenset(
    {"count", "percent", "currency", "data_size", "concentration", *_REFERENCE_UNITS}
)


@cache
def registry() -> pint.UnitRegistry:
    ureg = pint.UnitRegistry(cache_folder=None)
    ureg.define("percentage_point = [percentage_point]")
    # "tripled", "fourfold", "2.5x": a multiplier of something else, never a percent or a count.
    ureg.define("times = [ratio]")
    ureg.define("ppb = 1e-9")  # pint knows ppm but not its thousandth
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
    if unit in _CONCENTRATIONS:
        return "concentration"
    if not is_unit(unit):
        return "count"
    ureg = registry()
    dims = ureg.get_dimensionality(unit)
    if not dims:
        return "data_size" if str(ureg.get_root_units(unit)[1]) == _DATA_ROOT else "count"
    if any(str(d).startswith("[currency_") for d in dims):
        return "currency"
    return _dimension_names().get(dims, str(dims))


@cache
def _dimension_names() -> dict:
    ureg = registry()
    return {ureg.get_dimensionality(u): name for name, u in _REFERENCE_UNITS.items()}


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
    if dimension(from_unit) != dimension(to_unit):
        return None  # pint would turn gigabytes into percent: all three are dimensionless to it
    ureg = registry()
    try:
        if ureg.Quantity(0.0, from_unit).to(to_unit).magnitude != 0:
            # -40 °C is -40 °F, but no factor says so: an offset scale is compared in its own unit.
            return None
        return float(ureg.Quantity(1.0, from_unit).to(to_unit).magnitude)
    except pint.errors.DimensionalityError:
        return None
