"""Units: one pint registry for the whole program, with currencies, percentage points and
multipliers ("times") as dimensions of their own so that dollars never compare with yen, nor
points with percent. Data sizes and concentrations (ppm) are dimensionless to pint; here they
are dimensions of their own too, so that 8 GB never converts to a percent.

Counts are not pint units: a count's unit is its counted noun ("troops"), and two counts
compare only when they count the same thing.

Importing pint and building its registry costs more than the rest of a check of a short draft,
so the questions asked about units (is this word a unit, its dimension, a conversion factor, a
symbol) are answered from a table that pint itself generated: ``units_table.json`` beside this
module, written by ``python scripts/gen_units_table.py`` and checked against the installed pint by
``tests/test_units_table.py``. pint is imported only for what the table cannot answer."""

from __future__ import annotations

import json
import re
from functools import cache, lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:  # pragma: no cover
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
    return _new_registry()


def _new_registry() -> pint.UnitRegistry:
    import pint

    ureg = pint.UnitRegistry(cache_folder=None)
    ureg.define("percentage_point = [percentage_point]")
    # "tripled", "fourfold", "2.5x": a multiplier of something else, never a percent or a count.
    ureg.define("times = [ratio]")
    ureg.define("ppb = 1e-9")  # pint knows ppm but not its thousandth
    for code in CURRENCIES:
        ureg.define(f"{code} = [currency_{code}]")
    return ureg


# -- the table --------------------------------------------------------------------------------
TABLE_PATH = Path(__file__).with_name("units_table.json")
#: ``_entry`` for a name the table cannot answer: ask pint.
_ASK_PINT = object()
_SIMPLE = re.compile(r"[A-Za-z_][A-Za-z0-9_]*\Z")
_OPERATOR = re.compile(r"[*/^]")


@cache
def _table() -> dict[str, Any]:
    try:
        with TABLE_PATH.open(encoding="utf-8") as fh:
            return json.load(fh)
    except (OSError, ValueError):  # no table (a stripped install): pint answers everything
        return {}


@lru_cache(maxsize=8192)
def _entry(name: str) -> Any:
    """``[dimension, factor to root units or None, symbol, dimensionality]`` for a unit name
    pint gives back as itself, None for any other name, or ``_ASK_PINT``.

    A single unit's canonical name is a prefix name and a unit name run together
    (``kilometer``); the table lists both, with the few such combinations pint refuses
    (``kilodegree_Celsius``) and the compound units the extractor writes (``mile / hour``)."""
    t = _table()
    if not t:
        return _ASK_PINT
    if name in t["compounds"]:
        return t["compounds"][name]
    if _OPERATOR.search(name) or name in t["special"]:
        return _ASK_PINT
    if not _SIMPLE.match(name) or name in t["not_units"]:
        return None  # a space, a hyphen…: pint never prints a unit so
    if name in t["collisions"]:  # two readings ("kilometer_per_second"): as pint read it
        return t["collisions"][name]
    split = _split(name, t)
    if split is None:
        return None
    prefix, unit = split
    dim, factor, symbol, dims = t["units"][unit]
    if not prefix:
        return t["units"][unit]
    scale, prefix_symbol = t["prefixes"][prefix]
    return [dim, None if factor is None else scale * factor, prefix_symbol + symbol, dims]


def _split(name: str, t: dict[str, Any]) -> tuple[str, str] | None:
    if name in t["units"]:
        return "", name
    for prefix in t["prefixes"]:
        if name.startswith(prefix) and name[len(prefix):] in t["units"]:
            return prefix, name[len(prefix):]
    return None


@lru_cache(maxsize=4096)
def parse_unit(word: str) -> str | None:
    """The canonical name pint gives a unit word (``km`` → ``kilometer``, ``miles`` →
    ``mile``), or None when pint does not know it (a counted noun)."""
    t = _table()
    if t and _SIMPLE.match(word) and word not in t["special"]:
        found = list(dict.fromkeys(_word_candidates(word, t)))
        for prefix, unit in list(found):  # ("kilo", "gram") over ("", "kilogram"), as pint does
            if prefix and ("", prefix + unit) in found:
                found.remove(("", prefix + unit))
        if not found:
            return None
        if len(found) == 1 and t["units"][found[0][1]][1] is not None:
            return found[0][0] + found[0][1]
    try:
        return str(registry().parse_units(word))
    except Exception:  # pint raises several kinds on words that are not units
        return None


def _word_candidates(word: str, t: dict[str, Any]):
    """(prefix, unit) readings of ``word`` in pint's order: every prefix name, symbol or alias
    (or none), then a unit name, symbol or alias, then nothing or a plural ``s``."""
    for suffix in ("", "s"):
        if not word.endswith(suffix):
            continue
        for key, prefix in t["prefix_keys"].items():
            if word.startswith(key):
                name = word[len(key):len(word) - len(suffix)] if suffix else word[len(key):]
                if suffix and len(name) == 1:
                    continue
                if name in t["unit_keys"]:
                    yield prefix, t["unit_keys"][name]


def symbol(unit: str) -> str:
    """pint's short form of a unit: ``km``, ``mi``, ``km / h``."""
    entry = _entry(unit)
    if entry is not None and entry is not _ASK_PINT:
        return entry[2]
    return f"{registry().Unit(unit):~}"


@lru_cache(maxsize=8192)
def is_unit(name: str) -> bool:
    """True when ``name`` is the canonical name of a unit pint knows (``kilometer``, not ``km``
    or ``stones``); anything else is a counted noun."""
    if name in ("percent", "count"):
        return True
    entry = _entry(name)
    if entry is not _ASK_PINT:
        return entry is not None
    return _pint_is_unit(name)


def _pint_is_unit(name: str) -> bool:
    import pint

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
    entry = _entry(unit)
    if entry is not _ASK_PINT:
        return "count" if entry is None else entry[0]
    return _pint_dimension(unit)


def _pint_dimension(unit: str) -> str:
    if not is_unit(unit):
        return "count"
    ureg = registry()
    try:
        dims = ureg.get_dimensionality(unit)
    except KeyError:  # "dimensionless" reads as a unit but has no definition to look up
        return "count"
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
                    "aircraft": "aircraft", "sheep": "sheep", "fish": "fish", "series": "series",
                    "lives": "life"}
#: Nouns that count people and nothing else ("38 lives", "39 people", "39 victims", "24
#: passengers"): one counted noun; which people they are is the claim's measure and scope,
#: not its unit (the passengers aboard, as against everyone aboard, keep a scope of their own).
_PERSON_NOUNS = frozenset("person life soul individual victim fatality death body dead human passenger".split())


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


def _counted(noun: str) -> str:
    """What a counted noun counts, for comparing two counts: people under any name are one."""
    key = noun_key(noun)
    return "person" if key in _PERSON_NOUNS else key


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
        return 1.0 if _counted(from_unit) == _counted(to_unit) else None
    if not (is_unit(from_unit) and is_unit(to_unit)) or "percent" in (from_unit, to_unit) or "count" in (from_unit, to_unit):
        return None
    if dimension(from_unit) != dimension(to_unit):
        return None  # pint would turn gigabytes into percent: all three are dimensionless to it
    a, b = _entry(from_unit), _entry(to_unit)
    if a is not _ASK_PINT and b is not _ASK_PINT and a[1] is not None and b[1] is not None:
        if a[3] != b[3]:
            return None
        exact = _table()["conversions"].get(f"{from_unit}|{to_unit}")
        return exact if exact is not None else a[1] / b[1]
    return _pint_conversion(from_unit, to_unit)


def _pint_conversion(from_unit: str, to_unit: str) -> float | None:
    import pint

    ureg = registry()
    try:
        if ureg.Quantity(0.0, from_unit).to(to_unit).magnitude != 0:
            # -40 °C is -40 °F, but no factor says so: an offset scale is compared in its own unit.
            return None
        return float(ureg.Quantity(1.0, from_unit).to(to_unit).magnitude)
    except pint.errors.DimensionalityError:
        return None


# -- generating the table -----------------------------------------------------------------------
def build_table(extractor_units=()) -> dict[str, Any]:
    """The table, asked of a fresh pint registry: every unit and prefix with its canonical name,
    every name, symbol and alias that reads as them, the compound units among
    ``extractor_units`` (``mile / hour``), and the conversion factors between those units
    exactly as pint computes them (a ratio of two factors can differ from pint's in the last
    bit). Takes half a minute: every prefixed name is checked with pint."""
    import pint
    from pint.util import UnitsContainer

    ureg = _new_registry()
    units = {d.name: d for d in ureg._units.values()}  # before any prefixed unit is defined
    prefixes = {d.name: d for d in ureg._prefixes.values() if d.name}
    unit_keys = {key: d.name for key, d in ureg._units.items()}
    prefix_keys = {key: d.name for key, d in ureg._prefixes.items()}
    dims_names = {ureg.get_dimensionality(u): name for name, u in _REFERENCE_UNITS.items()}

    def describe(name: str) -> list:
        # What dimension() and conversion() would compute with pint (names such as "USD" and
        # "ppm" are decided before the table is asked; a prefixed one is decided here).
        dims = ureg.get_dimensionality(name)
        if not dims:
            dim = "data_size" if str(ureg.get_root_units(name)[1]) == _DATA_ROOT else "count"
        elif any(str(d).startswith("[currency_") for d in dims):
            dim = "currency"
        else:
            dim = dims_names.get(dims, str(dims))
        # An offset (°C) or logarithmic (dB) unit has no factor: conversion() asks pint.
        container = ureg.parse_units(name)._units if _OPERATOR.search(name) else UnitsContainer({name: 1})
        factor, _ = ureg._get_root_units(container)
        if not all(ureg._units[ureg.get_name(part)].converter.is_multiplicative for part in container):
            factor = None
        return [dim, None if factor is None else float(factor), f"{ureg.Unit(name):~}",
                repr(sorted(dims.items()))]

    def gives_itself(name: str) -> bool:
        try:
            return str(ureg.parse_units(name)) == name
        except (pint.errors.PintError, ValueError, AttributeError, TypeError, AssertionError):
            return False

    table_units = {name: describe(name) for name in sorted(units)}
    readings: dict[str, set[tuple[str, str]]] = {}
    for p in [""] + sorted(prefixes):
        for u in units:
            readings.setdefault(p + u, set()).add((p, u))
    not_units, collisions = [], {}
    for name, found in sorted(readings.items()):
        if not gives_itself(name):
            not_units.append(name)
        elif len(found) > 1:
            collisions[name] = describe(name)
    compounds = {c: describe(c) for c in sorted(set(extractor_units)) if _OPERATOR.search(c) and gives_itself(c)}
    conversions = {}
    known = sorted(u for u in set(extractor_units) if u in compounds or (u in readings and u not in not_units))
    for a in known:
        for b in known:
            if a != b and ureg.get_dimensionality(a) == ureg.get_dimensionality(b):
                try:
                    if ureg.Quantity(0.0, a).to(b).magnitude == 0:
                        conversions[f"{a}|{b}"] = float(ureg.Quantity(1.0, a).to(b).magnitude)
                except pint.errors.PintError:
                    pass
    return {
        "pint": pint.__version__,
        "prefixes": {p: [float(prefixes[p].converter.scale), prefixes[p].symbol or ""] for p in sorted(prefixes)},
        "units": table_units,
        "not_units": not_units,
        "collisions": collisions,
        "special": sorted(n for n in ("dimensionless",) if gives_itself(n)),
        "compounds": compounds,
        "conversions": conversions,
        "unit_keys": dict(sorted(unit_keys.items())),
        "prefix_keys": {k: prefix_keys[k] for k in sorted(prefix_keys, key=lambda k: (k != "", k))},
    }
