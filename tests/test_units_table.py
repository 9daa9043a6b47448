"""The units table (factcheck/units_table.json) answers as pint would: which words are units,
their dimensions, symbols and conversion factors. It exists so that a check need not import
pint; it must never change an answer."""

from __future__ import annotations

import random
import re
from pathlib import Path

import pint

from factcheck import units
from factcheck.extract.units_text import UNITS

REPO = Path(__file__).resolve().parents[1]
TABLE = units._table()


def _pint_is_unit(name: str) -> bool:
    return name in ("percent", "count") or units._pint_is_unit(name)


def _pint_dimension(name: str) -> str:
    if name == "percent" or name in units.CURRENCIES or name in units._CONCENTRATIONS:
        return units.dimension(name)  # decided by name before any table or pint
    return units._pint_dimension(name)


def test_the_table_was_made_by_the_installed_pint_for_the_extractors_units():
    assert TABLE["pint"] == pint.__version__, "run: python scripts/gen_units_table.py"
    compounds = {u for u in UNITS.values() if re.search(r"[*/]", u)}
    assert set(TABLE["compounds"]) == compounds, "run: python scripts/gen_units_table.py"
    assert {*units.CURRENCIES, "percentage_point", "times", "ppb"} <= set(TABLE["units"])


def _words() -> list[str]:
    words = set(TABLE["units"]) | set(TABLE["not_units"]) | set(TABLE["collisions"]) | set(TABLE["unit_keys"])
    words |= {k + "s" for k in TABLE["unit_keys"]} | {k.capitalize() for k in TABLE["units"]}
    every = sorted(p + u for p in TABLE["prefixes"] for u in TABLE["units"])
    words |= set(random.Random(15).sample(every, 600))
    for path in [*(REPO / "examples").glob("*.*"), *(REPO / "rules").rglob("*.yaml")]:
        words |= set(re.findall(r"[A-Za-z_]+", path.read_text(encoding="utf-8")))
    words |= {"service member", "x-ray", "meter / second", "hour * kilometer", "m2", "", "1", "dimensionless"}
    return sorted(words | set(UNITS.values()))


def test_is_unit_dimension_and_symbol_agree_with_pint():
    wrong = []
    for w in _words():
        if units.is_unit(w) != _pint_is_unit(w):
            wrong.append(("is_unit", w))
        elif units.dimension(w) != _pint_dimension(w):
            wrong.append(("dimension", w, units.dimension(w), _pint_dimension(w)))
        elif units.is_unit(w) and w not in ("percent", "count") and units.symbol(w) != _pint_symbol(w):
            wrong.append(("symbol", w, units.symbol(w)))
    assert wrong == []


def _pint_symbol(name: str) -> str:
    symbol = f"{units.registry().Unit(name):~}"
    if symbol != units.symbol(name):
        # pint's symbol for a name read two ways ("milliarcsecond") depends on which names the
        # registry has read before: the table holds what a fresh registry says.
        symbol = f"{units._new_registry().Unit(name):~}"
    return symbol


def test_unit_words_read_as_pint_reads_them():
    wrong = []
    for word in sorted(set(TABLE["unit_keys"]) | {k + "s" for k in TABLE["unit_keys"]}
                       | {"km", "kilometres", "miles", "troops", "feet", "%", "people"}):
        try:
            expected = str(units.registry().parse_units(word))
        except Exception:
            expected = None
        if units.parse_unit(word) != expected:
            wrong.append((word, units.parse_unit(word), expected))
    assert wrong == []


def test_conversions_between_the_extractors_units_are_pints_to_the_bit():
    names = sorted(set(UNITS.values()) | {"degree_Celsius", "degree_Fahrenheit", "kelvin", "decibel"})
    for a in names:
        for b in names:
            expected = None if a != b else 1.0
            if a != b and units.dimension(a) == units.dimension(b) and units.is_unit(a) and units.is_unit(b):
                expected = units._pint_conversion(a, b)
            assert units.conversion.__wrapped__(a, b) == expected, (a, b)


def test_loading_the_rules_and_extracting_the_example_need_no_pint(imported_after):
    probe = ("import factcheck\n"
             "corpus = factcheck.load_corpus(['examples/'])\n"
             "factcheck.load_rules()\n"
             "factcheck.extract(corpus.documents)\n")
    assert imported_after(probe, ("pint",)) == []


def test_people_counted_under_any_name_are_one_count():
    from factcheck.units import conversion
    assert conversion("life", "person") == 1.0  # "38 lives" against "39 people"
    assert conversion("fatality", "victim") == 1.0
    assert conversion("child", "person") is None  # which people is the scope's, not the unit's
    assert conversion("house", "person") is None
