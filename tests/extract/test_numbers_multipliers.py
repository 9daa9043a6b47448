"""Multipliers ("tripled", "grew fivefold", "2.5x") are ratios with unit ``times``: never counts,
never percents; and "three times" that counts occasions is not one."""

from __future__ import annotations

import pytest

from factcheck.extract.numbers import find_quantities


def spans(text: str):
    return [(text[m.start:m.end], m.value.low, m.value.high, m.value.unit)
            for m in find_quantities(text, 0, len(text))]


@pytest.mark.parametrize(("text", "expected"), [
    ("Exports to the region grew fivefold.", ("fivefold", 5, 5, "times")),
    ("Analysts see a sixfold increase in demand.", ("sixfold", 6, 6, "times")),
    ("Claims rose tenfold in a decade.", ("tenfold", 10, 10, "times")),
    ("Rents have risen ten-fold since 1990.", ("ten-fold", 10, 10, "times")),
    ("Trading volume saw a 12-fold jump.", ("12-fold", 12, 12, "times")),
    ("Fares have tripled.", ("tripled", 3, 3, "times")),
    ("Fares have more than tripled.", ("more than tripled", 3, None, "times")),
    ("Imports nearly doubled last year.", ("nearly doubled", 1.8, 2, "times")),
    ("The subsidy was halved.", ("halved", 0.5, 0.5, "times")),
    ("The city wants to quadruple its bike lanes.", ("quadruple", 4, 4, "times")),
    ("Four times as many people applied.", ("Four times", 4, 4, "times")),
    ("The risk is 2.5 times higher for smokers.", ("2.5 times", 2.5, 2.5, "times")),
    ("Rents are three times the national average.", ("three times", 3, 3, "times")),
    ("Women are twice as likely to apply.", ("twice", 2, 2, "times")),
    ("The shares trade at 30x earnings.", ("30x", 30, 30, "times")),
    ("Revenue grew 1.5x in a year.", ("1.5x", 1.5, 1.5, "times")),
    ("It costs two to three times more.", ("two to three times", 2, 3, "times")),
])
def test_multiplier_is_a_ratio(text, expected):
    assert spans(text) == [expected]


def test_multiplier_takes_the_compared_noun_as_its_measure():
    text = "Three times as many nurses left."
    (m,) = find_quantities(text, 0, len(text))
    assert (m.value.unit, m.measure) == ("times", "nurse")


@pytest.mark.parametrize("text", [
    "He was arrested three times.",
    "The bell rang twice.",
    "She has been married twice before.",
    "They met three times in May.",
    "It was a double murder.",
    "The senator doubled down on his claim.",
    "He won the doubles title.",
    "A 4x4 vehicle overturned.",
    "The triple crown eluded him.",
])
def test_occasions_and_adjectives_are_not_multipliers(text):
    assert spans(text) == []


def test_a_verb_of_change_with_its_figures_leaves_the_figures_as_the_claims():
    text = "The plan would double spending to 2% of GDP."
    assert spans(text) == [("2% of GDP", 2, 2, "percent")]
