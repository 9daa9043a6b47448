"""An article that says the attacker died: its counts of the dead carry a note (extract.perpetrator)."""

from __future__ import annotations

import datetime as dt

import pytest

from factcheck.extract import extract_document
from factcheck.extract.perpetrator import NOTE, attackers_dead, perpetrator_died
from factcheck.models import Document


@pytest.mark.parametrize("text", [
    "Five people died, including the attacker.",
    "The attacker was shot dead by police outside the gates.",
    "Officers shot dead the assailant within minutes.",
    "The gunman later killed himself.",
    "Seven suicide bombers blew themselves up.",
    "The shooter, a man in his 20s, turned the gun on himself.",
    "Man kills 3 people, himself in store shooting",
    "The gunman was dead when officers arrived.",
    "The manager opened fire and the shooter later took his own life.",
    "Officials named the four victims and two suspects who died.",
    "The attacker killed four people and injured 50 before he was shot dead.",
    "The gunman fired at police before being shot dead.",
    "The suspect and two others were killed.",
])
def test_words_that_say_an_attacker_died(text):
    assert perpetrator_died(text)


@pytest.mark.parametrize("text", [
    "The attacker was arrested at the scene.",
    "Police are searching for the gunman.",
    "Five people were killed when the bridge collapsed.",
    "The suspect was arrested on Monday and charged.",
    "A man who lost his own life savings spoke to reporters.",
    # the others of another clause died, not he
    "The gunman was arrested after two people were killed.",
    "The gunman fled, and two people were killed.",
])
def test_words_that_do_not(text):
    assert perpetrator_died(text) is None


def test_only_counts_of_the_dead_carry_the_note():
    doc = Document(id="d", path="d.txt", group="d", published=dt.date(2025, 3, 23),
                   text="Four people were killed and 40 injured. The attacker was shot dead.")
    notes = {c.text: any(n.startswith(NOTE) for n in c.notes) for c in extract_document(doc) if c.kind == "quantity"}
    assert notes == {"Four people": True, "40": False}


@pytest.mark.parametrize(("text", "dead"), [
    ("The gunman later killed himself.", 1),
    ("Officials named the four victims and two suspects who died.", 2),
    ("Four people died in the attack, in addition to the gunmen.", 2),
    # a toll said to leave out or include a number of attackers gives that number
    ("Two people died in the market apart from the 4 suicide bombers.", 4),
    ("The toll, including the three gunmen, rose to nine.", 3),
    # a number of attackers of another attack the article recalls says nothing of this toll
    ("It was the worst attack since three suicide bombers struck the port in 2009.", 1),
])
def test_how_many_attackers_died(text, dead):
    assert attackers_dead(perpetrator_died(text)) == dead
