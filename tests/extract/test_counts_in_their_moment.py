"""Counts and times read with the moment and the thing they belong to: an earlier count a
sentence replaces, a second clause of one verb, hearsay, batches of recoveries, the event a
train leaving its tracks is, and a place named only as a reference point. Each case has a
twin that must keep its reading. Sentences written for these tests."""

from __future__ import annotations

import datetime as dt

from factcheck.extract import extract_document
from factcheck.models import Document


def _claims(text: str, published: str = "2024-03-06"):
    doc = Document(id="t", path="t.txt", group="t", text=text,
                   published=dt.date.fromisoformat(published))
    return extract_document(doc)


def _one(text: str, written: str, published: str = "2024-03-06"):
    found = [c for c in _claims(text, published) if c.text == written]
    assert found, [c.text for c in _claims(text, published)]
    return found[0]


# --- earlier counts -------------------------------------------------------------------------

def test_the_first_value_of_a_rise_written_with_an_ing_verb_is_superseded():
    text = "Divers found more bodies on Tuesday, lifting the official death toll from twelve to 27."
    assert _one(text, "twelve").modality == "superseded"
    assert _one(text, "27").modality == "actual"


def test_the_day_of_a_rise_written_with_an_ing_verb_dates_the_count():
    text = "Divers found more bodies on Tuesday, increasing the confirmed death toll from twelve to 27."
    day = _one(text, "Tuesday")
    assert "toll raised" in day.evidence
    plain = _one("Divers found more bodies on Tuesday near the harbour wall.", "Tuesday")
    assert "toll raised" not in plain.evidence


def test_a_count_first_reported_and_since_replaced_is_superseded():
    text = "Of the 40 people on the ferry, 11 were initially reported dead; a twelfth died later."
    assert _one(text, "11").modality == "superseded"
    assert _one("Of the 40 people on the ferry, 11 were reported dead on Monday.", "11").modality == "actual"


def test_a_count_someone_was_told_is_hearsay():
    told = _one("A police source said he was told at least nine people were killed.", "at least nine people")
    assert told.modality == "uncertain"
    said = _one("A police source said at least nine people were killed.", "at least nine people")
    assert said.modality == "actual"


# --- one verb, two clauses --------------------------------------------------------------------

def test_the_second_clause_of_one_verb_keeps_its_own_count_noun():
    text = "Rescuers reached the cellar, taking the death toll to 21 and the number of missing down to five."
    assert _one(text, "21").measure == "killed"
    assert _one(text, "five").measure == "people missing"


def test_a_figure_inside_the_subject_does_not_end_it():
    # "6.1-magnitude" is part of the subject whose head is "death toll"
    text = "The death toll from the 6.1-magnitude quake now stands at 58."
    assert _one(text, "58").measure == "killed"


# --- events ------------------------------------------------------------------------------------

def test_a_train_leaving_its_tracks_is_a_derailment_not_a_departure():
    off = _one("About 9:05 a.m., the freight train left the tracks near the bridge.", "About 9:05 a.m.",
               published="2024-03-05")
    assert off.event == "crash"
    rails = _one("The carriages jumped the rails at 9:06 a.m.", "9:06 a.m.", published="2024-03-05")
    assert rails.event == "crash"
    gone = _one("The freight train left the depot at 6:40 a.m.", "6:40 a.m.", published="2024-03-05")
    assert gone.event == "depart"


def test_recoveries_days_after_a_disaster_are_batches_unless_the_sentence_says_which():
    batch = [c for c in _claims("More bodies were pulled from the river on Friday, three days after the ferry sank.")
             if c.kind == "order"]
    assert batch and batch[0].scope == "?"
    last = [c for c in _claims("The last body was pulled from the river 12 days after the ferry sank.")
            if c.kind == "order"]
    assert last and last[0].scope is None


# --- zones ---------------------------------------------------------------------------------------

def test_a_place_a_distance_is_measured_from_gives_no_local_time_zone():
    text = ("The roof fell in at about 4am local time in the mining town, some 900 kilometres "
            "east of Moscow.")
    far = _one(text, "about 4am local time", published="2024-03-05")
    assert far.value.utc_start is None
    near = _one("The roof fell in at about 4am local time in a suburb of Moscow.", "about 4am local time",
                published="2024-03-05")
    assert near.value.utc_start is not None


# --- people on a vehicle ---------------------------------------------------------------------------

def test_people_on_a_vehicle_are_aboard_unless_a_verb_says_what_they_are_counted_for():
    assert _one("Of the 31 people on the coach, nine were students.", "31 people").measure == "people aboard"
    assert _one("There were 44 people on the ferry when it listed.", "44 people").measure == "people aboard"
    assert _one("Five people on the helicopter were killed.", "Five people").measure == "people killed"
    # a place that is no vehicle says nothing of what the people are counted for
    assert _one("There were 44 people on the square when it began.", "44 people").measure != "people aboard"


def test_a_city_name_after_the_names_a_thing_called_after_it_not_the_city():
    boat = _one("The Phoenix capsized at around 5:45 pm local time.", "around 5:45 pm local time",
                published="2024-03-05")
    assert boat.value.utc_start is None  # no place named: the zone is unknown
    city = _one("In Phoenix, the fire started at 5 pm local time.", "5 pm local time", published="2024-03-05")
    assert city.value.zone == "America/Phoenix"
    area = _one("Storms hit the Phoenix area at 5 pm local time.", "5 pm local time", published="2024-03-05")
    assert area.value.zone == "America/Phoenix"


def test_a_toll_of_what_the_story_came_a_year_after_is_another_events():
    text = ("The derailment comes almost exactly a year after a collision between two freight "
            "trains near the border left 12 people dead.")
    assert _one(text, "12 people").scope == "?"
    own = _one("The derailment left 12 people dead near the border.", "12 people")
    assert own.scope is None


def test_crew_members_count_crew_as_crew_does():
    members = _one("The ferry had 210 passengers and 14 crew members on board.", "14 crew members")
    crew = _one("The ferry had 210 passengers and 14 crew on board.", "14 crew")
    assert members.value.unit == crew.value.unit == "crew"


# --- ages -----------------------------------------------------------------------------------

def test_an_age_in_a_sentence_told_earlier_is_still_the_persons_age():
    text = "Earlier, Anan Roj, 61, skipper of the second launch, was charged. Earlier, police said 12 were killed."
    assert _one(text, "61").modality == "actual"
    assert _one(text, "12").modality == "superseded"


def test_an_age_after_the_in_apposition_to_a_name_is_the_names():
    text = "Police named one suspect: Anan Roj, the 61-year-old skipper of the second launch."
    assert _one(text, "61-year").subject == "Anan Roj"
    plain = _one("Police named the 61-year-old skipper of the second launch.", "61-year")
    assert plain.subject != "Anan Roj"
