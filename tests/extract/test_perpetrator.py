"""An article that says the attacker died: its counts of the dead carry a note (extract.perpetrator)."""

from __future__ import annotations

import datetime as dt

import pytest

from factcheck.extract import extract_document
from factcheck.extract.perpetrator import NOTE, perpetrator_died
from factcheck.models import Document


@pytest.mark.parametrize("text", [
    "Five people died, including the attacker.",
    "The attacker was shot dead by police outside the gates.",
    "Officers shot dead the assailant within minutes.",
    "The gunman later killed himself.",
    "Seven suicide bombers blew themselves up.",
])
def test_words_that_say_an_attacker_died(text):
    assert perpetrator_died(text)


@pytest.mark.parametrize("text", [
    "The attacker was arrested at the scene.",
    "Police are searching for the gunman.",
    "Five people were killed when the bridge collapsed.",
])
def test_words_that_do_not(text):
    assert perpetrator_died(text) is None


def test_only_counts_of_the_dead_carry_the_note():
    doc = Document(id="d", path="d.txt", group="d", published=dt.date(2025, 3, 23),
                   text="Four people were killed and 40 injured. The attacker was shot dead.")
    notes = {c.text: any(n.startswith(NOTE) for n in c.notes) for c in extract_document(doc) if c.kind == "quantity"}
    assert notes == {"Four people": True, "40": False}
