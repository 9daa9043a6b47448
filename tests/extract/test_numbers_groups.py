"""Thousands grouped by spaces, shares of a named group, and four-digit counts that are not
years: the figures news copy writes that a reader never misreads, and their look-alikes."""

from __future__ import annotations

import pytest

from factcheck.extract.numbers import find_quantities


def spans(text: str):
    return [(text[m.start:m.end], m.value.low, m.value.high, m.value.unit)
            for m in find_quantities(text, 0, len(text))]


@pytest.mark.parametrize(("text", "expected"), [
    ("Some 4 800 families were rehoused.", [("Some 4 800 families", 4320, 5280, "family")]),
    ("The stadium seats 81 000 fans.", [("81 000 fans", 81000, 81000, "fan")]),
    ("The census counted 2 345 678 residents.", [("2 345 678 residents", 2345678, 2345678, "resident")]),
    ("A 1\u202f500 km border fence is planned.", [("1\u202f500 km", 1500, 1500, "kilometer")]),
    ("Between 3 000 and 4 500 jobs will go.", [("Between 3 000 and 4 500 jobs", 3000, 4500, "job")]),
    # Look-alikes: two numbers side by side stay two numbers.
    ("By 2021 7 airlines had folded.", [("7 airlines", 7, 7, "airline")]),
    ("Clause 4 250 times a day.", []),
    ("On May 9 300 nurses walked out.", [("300 nurses", 300, 300, "nurse")]),
    ("He ran the 12 100-metre heats.", [("12", 12, 12, "count"), ("100-metre", 100, 100, "meter")]),
    ("Only 5 5000 tickets", [("5", 5, 5, "count"), ("5000 tickets", 5000, 5000, "ticket")]),
    ("The fee rose from 12 to 5 500 euros.", [("12", 12, 12, "EUR"), ("5 500 euros", 5500, 5500, "EUR")]),
])
def test_space_grouped_thousands(text, expected):
    got = spans(text)
    assert [g[0] for g in got] == [e[0] for e in expected]
    for (span, low, high, unit), g in zip(expected, got):
        assert g[1:] == (pytest.approx(low), pytest.approx(high), unit), span


def test_a_group_starting_with_zero_is_a_code_not_thousands():
    text = "Dial 0 800 for help."
    assert all("0 800" not in text[m.start:m.end] for m in find_quantities(text, 0, len(text)))


@pytest.mark.parametrize(("text", "span", "base"), [
    ("81% of union members backed the strike.", "81% of union members", "union member"),
    ("Only 38 percent of voters turned out.", "38 percent of voters", "voter"),
    ("A quarter of residents have no car.", "A quarter of residents", "resident"),
    ("Roughly a third of the town's residents left.", "Roughly a third of the town's residents", "resident"),
    ("55 per cent of those surveyed want a vote.", "55 per cent of those surveyed", "respondent"),
    ("Seven in 10 nurses say they are overworked.", "Seven in 10 nurses", "nurse"),
    ("Four out of five dentists agree.", "Four out of five dentists", "dentist"),
    ("Health spending is 9% of GDP.", "9% of GDP", "GDP"),
    ("Aid is 0.5% of gross national income.", "0.5% of gross national income", "gross national income"),
])
def test_share_of_a_group_reads_the_group_as_its_base(text, span, base):
    (m,) = find_quantities(text, 0, len(text))
    assert (text[m.start:m.end], m.value.unit, m.value.base) == (span, "percent", base)


def test_share_of_a_counted_group_keeps_the_count_as_a_claim():
    text = "About 64% of its 3,000 members voted."
    got = find_quantities(text, 0, len(text))
    assert [(text[m.start:m.end], m.value.unit, m.value.base) for m in got] == [
        ("About 64%", "percent", "member"), ("3,000 members", "member", None)]


@pytest.mark.parametrize(("text", "expected"), [
    ("About 1800 people were moved to shelters.", ("About 1800 people", 1620, 1980, "person")),
    ("Police arrested 1200 protesters overnight.", ("1200 protesters", 1200, 1200, "protester")),
    ("Nearly 2000 homes lost power.", ("Nearly 2000 homes", 1800, 2000, "home")),
    ("1500 troops crossed the river.", ("1500 troops", 1500, 1500, "troop")),
    ("The ministry sent 1300 police.", ("1300 police", 1300, 1300, "police")),
    ("Between 1500 and 2000 people fled.", ("Between 1500 and 2000 people", 1500, 2000, "person")),
    ("Up to 1800-2000 workers may strike.", ("Up to 1800-2000 workers", None, 2000, "worker")),
])
def test_four_digit_figure_before_a_counted_noun_is_an_amount(text, expected):
    assert spans(text) == [expected]


@pytest.mark.parametrize("text", [
    "The 2000 election was close.",
    "The 2024 elections were close.",
    "2023 sales rose sharply.",
    "Profits beat 2019 levels.",
    "In 2020 schools closed.",
    "The country's 2022 exports fell.",
    "Its 2030 targets are ambitious.",
    "The war ran 1990-1995.",
    "It ran between 2010 and 2015.",
    "The 2018-2019 seasons were cancelled.",
])
def test_years_before_a_noun_stay_years(text):
    assert spans(text) == []


def test_a_strength_counts_what_follows():
    assert spans("A 20,000-strong crowd filled the square.") == [
        ("20,000-strong crowd", 20000, 20000, "crowd")]


def test_a_unit_written_once_belongs_to_both_figures_of_a_list():
    assert spans("Samples were dosed at 500 and 1500 ppm.") == [
        ("500", 500, 500, "ppm"), ("1500 ppm", 1500, 1500, "ppm")]
