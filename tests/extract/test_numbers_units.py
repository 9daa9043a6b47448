"""Units as news writes them, glued or spelled out, read into the right pint unit and the right
rule dimension; and the look-alikes that must stay identifiers."""

from __future__ import annotations

import pytest

from factcheck.extract.numbers import find_quantities
from factcheck.units import DIMENSION_NAMES, conversion, dimension


def spans(text: str):
    return [(text[m.start:m.end], m.value.low, m.value.high, m.value.unit)
            for m in find_quantities(text, 0, len(text))]


@pytest.mark.parametrize(("text", "expected"), [
    ("The handset ships with 256GB of storage.", ("256GB", 256, 256, "gigabyte")),
    ("Each camera records to a 2 TB drive.", ("2 TB", 2, 2, "terabyte")),
    ("The update is a 700MB download.", ("700MB", 700, 700, "megabyte")),
    ("The coupe's engine makes 620bhp.", ("620bhp", 620, 620, "horsepower")),
    ("A 150 hp outboard motor was stolen.", ("150 hp", 150, 150, "horsepower")),
    ("The wind farm will add 1,200 megawatts.", ("1,200 megawatts", 1200, 1200, "megawatt")),
    ("A 900 megawatt gas plant closed.", ("900 megawatt", 900, 900, "megawatt")),
    ("The reactor supplies 1,100MW at full power.", ("1,100MW", 1100, 1100, "megawatt")),
    ("Rooftop panels produced 4.2 gigawatts.", ("4.2 gigawatts", 4.2, 4.2, "gigawatt")),
    ("Each home battery stores 13.5kWh.", ("13.5kWh", 13.5, 13.5, "kilowatt_hour")),
    ("The country used 320 terawatt-hours last year.", ("320 terawatt-hours", 320, 320, "terawatt_hour")),
    ("The eastern grid runs at 50 Hz.", ("50 Hz", 50, 50, "hertz")),
    ("The new chip is clocked at 3.2GHz.", ("3.2GHz", 3.2, 3.2, "gigahertz")),
    ("Carbon dioxide passed 420 parts per million.", ("420 parts per million", 420, 420, "ppm")),
    ("Carbon dioxide passed 420ppm in May.", ("420ppm", 420, 420, "ppm")),
    ("Lead in the water reached 15 ppb.", ("15 ppb", 15, 15, "ppb")),
    ("Wind chill made it feel like minus-35 degrees Fahrenheit.",
     ("minus-35 degrees Fahrenheit", -35, -35, "degree_Fahrenheit")),
    ("Overnight lows of -35F are forecast.", ("-35F", -35, -35, "degree_Fahrenheit")),
    ("The station logged \u221238C at dawn.", ("\u221238C", -38, -38, "degree_Celsius")),
    ("It was minus 12 degrees Celsius in the capital.", ("minus 12 degrees Celsius", -12, -12, "degree_Celsius")),
    ("It felt like 41 degrees C in the shade.", ("41 degrees C", 41, 41, "degree_Celsius")),
    ("Bond yields rose to 4pc.", ("4pc", 4, 4, "percent")),
    ("Each tablet holds 1500 mg of the drug.", ("1500 mg", 1500, 1500, "milligram")),
    ("The recipe needs a 250g block of butter.", ("250g", 250, 250, "gram")),
])
def test_unit_is_read_with_its_pint_name(text, expected):
    assert spans(text) == [expected]


@pytest.mark.parametrize("text", [
    "Operators are rolling out 5G across the region.",
    "The 4G network will close next year.",
    "Farmers prefer a 4x4 pickup.",
    "The game is played 3x3 in the Olympics.",
    "The file is 5Gb.",  # gigabits: not a data size we read
    "A 500mW laser pointer was seized.",  # milliwatts, not megawatts
    "He buys 5c sweets.",
    "MG 4 buyers complained.",
])
def test_identifiers_and_wrong_case_abbreviations_are_not_quantities(text):
    assert spans(text) == []


def test_tuberculosis_is_not_terabytes():
    assert spans("Doctors treated 40 TB patients.") == [("40 TB patients", 40, 40, "patient")]


def test_team_gb_is_not_gigabytes():
    assert spans("Team GB won 5 golds.") == [("5 golds", 5, 5, "gold")]


@pytest.mark.parametrize(("unit", "dim"), [
    ("gigabyte", "data_size"), ("terabyte", "data_size"), ("horsepower", "power"),
    ("megawatt", "power"), ("kilowatt_hour", "energy"), ("hertz", "frequency"),
    ("gigahertz", "frequency"), ("ppm", "concentration"), ("ppb", "concentration"),
    ("degree_Fahrenheit", "temperature"), ("times", "ratio"), ("kilometer", "length"),
    ("percent", "percent"), ("troop", "count"), ("USD", "currency"),
])
def test_each_unit_has_a_rule_dimension(unit, dim):
    assert dimension(unit) == dim
    assert dim in DIMENSION_NAMES


def test_units_convert_only_within_their_dimension():
    assert conversion("terabyte", "gigabyte") == pytest.approx(1000)
    assert conversion("ppm", "ppb") == pytest.approx(1000)
    assert conversion("horsepower", "kilowatt") == pytest.approx(0.7457, rel=1e-4)
    assert conversion("gigabyte", "percent") is None  # pint calls both dimensionless
    assert conversion("ppm", "times") is None
    assert conversion("times", "percent") is None


def test_offset_temperatures_are_not_converted_by_a_factor():
    # -40 °C is -40 °F; a factor would make it -1,352 °F.
    assert conversion("degree_Celsius", "degree_Fahrenheit") is None
    assert conversion("degree_Celsius", "degree_Celsius") == 1.0
