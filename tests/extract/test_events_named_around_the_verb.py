"""Times whose event the words around the clause's verb name: a death in a fire, a crash
during a landing, a structure or a vehicle that fell, a mourning period after an adjective.
Each case has a twin that must keep its reading. Sentences written for these tests."""

from __future__ import annotations

import datetime as dt

from factcheck.extract import extract_document
from factcheck.models import Document


def _one(text: str, written: str, published: str = "2024-03-06"):
    doc = Document(id="t", path="t.txt", group="t", text=text,
                   published=dt.date.fromisoformat(published))
    found = [c for c in extract_document(doc) if c.text == written]
    assert found, [c.text for c in extract_document(doc)]
    return found[0]


# --- a death in an event ----------------------------------------------------------------------

def test_a_death_in_a_fire_dates_the_fire():
    text = "Six patients died in a fire at the east ward of the clinic on Monday at around 3 am."
    assert _one(text, "Monday at around 3 am").event == "fire"


def test_a_death_in_an_event_named_after_modifiers_dates_that_event():
    text = "Nine workers were killed in the twin explosions at the quarry on Friday."
    assert _one(text, "Friday").event == "explode"


def test_a_death_in_a_place_keeps_the_verb():
    text = "Nine workers were killed in the northern quarry on Friday."
    assert _one(text, "Friday").event not in ("explode", "fire", "collapse", "crash")


def test_a_death_in_an_event_told_before_another_clause_does_not_date_that_clause():
    text = "The families of the sailors who died in the sinking held a vigil, during a service at the port on Sunday."
    assert _one(text, "Sunday").event != "crash"


# --- a crash during a landing ---------------------------------------------------------------

def test_a_crash_during_the_landing_is_the_crash():
    text = "The cargo plane crashed during the landing at about 9:10 a.m. on Thursday."
    assert _one(text, "about 9:10 a.m. on Thursday").event == "crash"


def test_a_landing_after_a_crash_elsewhere_stays_a_landing():
    text = "A second aircraft, which had not crashed, made its landing at 9:40 a.m. on Thursday."
    assert _one(text, "9:40 a.m. on Thursday").event == "land"


# --- what fell ------------------------------------------------------------------------------

def test_a_bridge_that_fell_collapsed():
    text = "The half-built footbridge fell at around 2:15 PM on Tuesday."
    assert _one(text, "around 2:15 PM on Tuesday").event == "collapse"


def test_a_bus_that_fell_crashed():
    text = "The accident happened when a crowded bus fell from a river bridge at about 6.40am on Tuesday."
    assert _one(text, "about 6.40am on Tuesday").event == "crash"


def test_a_count_that_fell_names_no_event():
    text = "The number of people in shelters fell to 300 on Tuesday."
    assert _one(text, "Tuesday").event not in ("collapse", "crash")


# --- the head of a lasting noun phrase ------------------------------------------------------

def test_a_mourning_period_after_an_adjective_is_mourning():
    text = "The cabinet declared a two-day national mourning, starting at noon."
    assert _one(text, "two-day").event == "mourning"


def test_a_verb_in_ing_after_the_noun_is_not_its_head():
    text = "Dockers began a five-day strike ending Friday."
    assert _one(text, "five-day").event != "ending"


# --- what a length of time is of ------------------------------------------------------------

def test_a_length_spent_in_a_siege_is_the_siege():
    text = "Police fought the gunmen for nine hours in a night-long siege that ended at dawn."
    assert _one(text, "nine hours").event == "siege"


def test_a_length_spent_in_a_place_is_of_nothing_named():
    text = "The climbers sheltered for nine hours in a mountain hut."
    assert _one(text, "nine hours").event is None


def test_the_time_taken_to_put_a_fire_out_is_its_containment():
    for text, figure in (("Some 40 crews worked for 11 hours to douse the flames.", "11 hours"),
                         ("After battling the blaze for 11 hours, crews put it out at dawn.", "11 hours"),
                         ("It took about three hours and six engines to extinguish the flames.", "about three hours"),
                         ("Firefighters brought the fire under control in 50 minutes.", "50 minutes")):
        assert _one(text, figure).event == "contain", text


def test_time_spent_waiting_is_not_the_fire_put_out():
    text = "Families waited for three hours outside the station before the fire was out."
    assert _one(text, "three hours").event != "contain"


# --- event nouns and the clause a time belongs to ------------------------------------------

def test_a_wreck_a_sinking_and_a_landslide_are_events_of_their_kind():
    assert _one("The Feb. 3, 2019, wreck of the night train killed four.", "Feb. 3, 2019").event == "crash"
    assert _one("The ferry capsized at about 4 pm on Sunday.", "about 4 pm on Sunday").event == "sink"
    assert _one("The landslide on Thursday buried the hamlet.", "Thursday").event == "landslide"


def test_a_date_set_off_by_commas_before_a_plain_noun_is_no_event():
    assert _one("The Feb. 3, 2019, report was published late.", "Feb. 3, 2019").event != "crash"


def test_a_calendar_date_after_a_weekday_dates_the_same_event():
    text = "The blast at the depot occurred last Friday, May 6th, at 10:50 am."
    assert _one(text, "last Friday").event == "explode"
    assert _one(text, "May 6th, at 10:50 am").event == "explode"


def test_a_verb_after_a_fronted_offset_dates_its_own_clause():
    text = "Forty days after the boat sank in the river, a search team on Tuesday retrieved the hull."
    assert _one(text, "Tuesday").event == "recover"


def test_what_came_to_light_is_not_the_story_event():
    text = "A hillside gave way in the night. The incident came to light at around 6.30 am on Friday."
    assert _one(text, "around 6.30 am on Friday").event == "discover"


def test_an_occasion_a_relative_clause_dates_is_that_occasion():
    text = "The closed meeting that took place today with relatives of the victims lasted an hour."
    assert _one(text, "today").event == "meeting"


def test_a_time_someone_was_told_of_an_event_is_not_the_event():
    assert _one("The governor was informed about the stampede at 3 AM.", "3 AM").event != "stampede"
    assert _one("Many were hurt after the stampede at 3 AM.", "3 AM").event == "stampede"
