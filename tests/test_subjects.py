"""One key per holder whatever the spelling (factcheck/engine/subjects.py)."""

import pytest

from factcheck.engine.subjects import canonical_holders, same_holder


@pytest.mark.parametrize(("a", "b"), [
    ("arquata", "arquato"),                        # one letter off in a long single name
    ("grettel landrove", "grettel landrovell"),    # one word of a name misspelt
    ("linwood", "linwood masjid mosque"),          # a name and the kind of place after it
    ("kerala", "kerala state"),
    ("erdoğan", "erdogan"),                        # accents and letters without a decomposition
    ("kemal kılıçdaroğlu", "kemal kilicdaroglu"),
    ("president recep tayyip erdoğan", "recep tayyip erdogan"),  # a title before the name
    ("pc keith palmer", "keith palmer"),
    ("former marine ian david long", "ian long"),  # a role, and a middle name left out
    ("khuram shazad butt", "khuram butt"),
    ("devin patrick kelley of new braunfels", "devin patrick kelley"),  # where the person is from
    ("New York City’s", "new york"),              # a possessive, and a kind of place after the name
    ("nyc", "new york city"),                      # initials
    ("mp", "madhya pradesh"),
])
def test_spellings_of_one_holder(a, b):
    assert same_holder(a, b)


@pytest.mark.parametrize(("a", "b"), [
    ("austria", "australia"),      # two edits in a single name: two countries
    ("iran", "iraq"),              # short names differ by one letter all the time
    ("niger", "nigeria"),
    ("china", "china eastern"),    # a name followed by more than a kind of place
    ("flight 302", "flight 610"),
    ("north sinai", "south sinai"),
    ("ian long", "ian smith long jones"),  # more than a middle name between
    ("anna berg", "jonas berg"),           # two people of one family
    ("president", "prime minister"),       # a title alone is no name
    ("ian long", "david ian long"),        # a first name is not a middle name
    ("nyc", "new jersey city"),            # initials that are not the name's
    ("ab", "ali baba cafe"),
])
def test_different_holders_stay_apart(a, b):
    assert not same_holder(a, b)


def test_the_most_written_spelling_is_the_key():
    keys = canonical_holders(["arquata", "arquata", "arquato", "linwood", "linwood ave", "iran", "iraq"])
    assert keys == {"arquato": "arquata", "linwood ave": "linwood"}


def test_a_surname_and_a_name_with_a_place_are_the_person_named_in_full():
    from factcheck.engine.subjects import same_people
    keys = same_people(["wiley", "carl wiley of magalia", "ernest foss", "foss", "ernest foss of paradise"])
    assert keys == {"wiley": "carl wiley", "carl wiley of magalia": "carl wiley",
                    "foss": "ernest foss", "ernest foss of paradise": "ernest foss"}


def test_a_surname_two_people_share_stays_apart():
    from factcheck.engine.subjects import same_people
    assert same_people(["berg", "jonas berg", "anna berg"]) == {}
    assert same_people(["berg"]) == {}


def test_an_office_alone_is_the_one_person_the_run_names_with_it():
    from factcheck.engine.subjects import office_holders
    speakers = [("West Bengal Chief Minister Mamata Banerjee", "banerjee"), ("the chief minister", "minister"),
                ("Chief Minister", "minister"), ("the mayor", "mayor"), ("the regional agency", "agency")]
    assert office_holders(speakers) == {"the chief minister": "banerjee", "Chief Minister": "banerjee"}


def test_an_office_two_people_hold_in_the_run_names_neither():
    from factcheck.engine.subjects import office_holders
    speakers = [("Governor Ana Ortiz", "ortiz"), ("Governor Lee Park", "park"), ("the governor", "governor")]
    assert office_holders(speakers) == {}
