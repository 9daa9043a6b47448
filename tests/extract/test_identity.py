"""What makes two figures one figure: the identity read from the words around each claim
(measure, subject, scope, event, period). Sentences are written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest

from factcheck.extract import extract_document
from factcheck.models import Document


def _claims(text: str, published: str = "2025-02-07"):
    doc = Document(id="t", path="t.txt", group="t", text=text,
                   published=dt.date.fromisoformat(published))
    return extract_document(doc)


def _one(text: str, written: str, published: str = "2025-02-07"):
    found = [c for c in _claims(text, published) if c.text == written]
    assert found, [c.text for c in _claims(text, published)]
    return found[0]


# --- measures and scopes ------------------------------------------------------------------

def test_a_quake_depth_is_an_agency_figure_apart_from_other_depths():
    quake = _one("The quake struck at a depth of 10 km, the institute said.", "10 km")
    dive = _one("The submersible reached a depth of 3,800 metres.", "3,800 metres")
    assert quake.measure == "focal depth"
    assert dive.measure == "depth"


def test_a_magnitude_read_from_its_verb_is_not_a_count_of_people():
    c = _one("The agency said the quake measured 7.4 and was felt far away.", "7.4")
    assert c.measure == "magnitude"


def test_counts_before_all_results_are_in_are_running_counts():
    c = _one("Based on results for 649 out of 650 constituencies, the Greens won 364 seats.",
             "364 seats")
    assert c.scope == "running count"
    whole = _one("The Greens won 365 of the 650 seats in the chamber.", "650 seats")
    assert whole.scope == "whole"


def test_a_count_still_to_be_declared_is_what_remains():
    c = _one("The Greens had won 361 seats, with results in five seats still to be declared.",
             "five seats")
    assert c.scope == "remaining"
    # people still unaccounted for are a level, not what is left of a count
    missing = _one("Officials said 151 people were still unaccounted for.", "151 people")
    assert missing.scope != "remaining"


def test_an_election_result_shown_by_the_poll_is_not_an_opinion_poll():
    c = _one("Official results from Thursday's poll showed the Greens had won 361 seats.", "361 seats")
    assert c.modality == "actual"
    poll = _one("Polls show the Greens winning 300 seats.", "300 seats")
    assert poll.modality == "forecast"


def test_a_possessor_holds_the_figure_and_the_story_object_is_no_subject():
    speed = _one("The aircraft's final speed was 1,010 kilometers per hour.", "1,010 kilometers per hour")
    assert speed.subject is None
    majority = _one("She tried to defend her majority of just 5,339 in the seat.", "5,339")
    assert majority.subject == "?"  # someone's, but whose is not written here


def test_names_in_any_script_are_read_whole():
    c = _one("The quake struck 7 km below the surface in Kahramanmaraş on Monday.", "7 km")
    # the one place the article names is its topic: kept as evidence, whole
    assert c.evidence["subject"].startswith("Kahramanmaraş ")


def test_an_agency_named_with_and_and_its_initials_is_one_speaker():
    c = _one("The quake measured 7.7, according to the Disaster and Emergency Management "
             "Authority (AFAD).", "7.7")
    assert c.speaker == "Disaster and Emergency Management Authority (AFAD)"


# --- periods ----------------------------------------------------------------------------------

def test_a_date_of_an_earlier_year_is_the_period_of_its_figures():
    c = _one("The quake of August 17, 1999 left some 17,000 dead and 45,000 injured.", "45,000 injured")
    assert c.period == "1999"
    now = _one("The quake of February 6, 2025 left 5,000 dead.", "5,000 dead")
    assert now.period is None  # this year's date says when, not which year's figure


def test_a_sentence_pointing_back_keeps_the_earlier_year():
    claims = _claims("The strongest was the one that shook the east on December 26, 1939. "
                     "That earthquake left more than 32,000 dead.")
    c = next(c for c in claims if "32,000" in c.text)
    assert c.period == "1939"


# --- events of dates, times and durations -----------------------------------------------------

def test_a_second_verb_after_and_dates_its_own_event():
    claims = _claims("The jet took off at 1:16pm and climbed to 8,900 meters at 1:27pm.")
    events = {c.text: c.event for c in claims if c.kind == "time"}
    assert events["1:16pm"] == "depart"
    assert events["1:27pm"] == "climb"


def test_a_dotted_time_with_local_time_is_a_clock_time():
    c = _one("The plane took off at 6.20 local time (2320 GMT Sunday).", "6.20 local time")
    assert c.kind == "time" and c.value.timex.endswith("T06:20")
    gmt = _one("The plane took off at 6.20 local time (2320 GMT Sunday).", "2320 GMT Sunday")
    assert gmt.event == "depart"  # the converted time restates the event


@pytest.mark.parametrize(("text", "written", "event"), [
    ("The strike, which began in May, has lasted over 5 months.", "over 5 months", "strike"),
    ("It trails the strike of 1988 that lasted 153 days.", "153 days", "strike of 1988"),
    ("The 2007 strike lasted 100 days.", "100 days", "strike of 2007"),
])
def test_what_lasted(text, written, event):
    assert _one(text, written).event == event


def test_a_length_given_twice_is_one_length():
    claims = _claims("The strike has lasted over 5 months, a total of 148 days.")
    durations = [c for c in claims if c.kind == "duration"]
    assert [c.event for c in durations] == ["strike", "strike"]
    assert durations[0].value.mod == "MORE_THAN"


def test_a_range_of_hours_keeps_both_bounds():
    c = _one("The vessel has between 70 to 96 hours of oxygen left.", "between 70 to 96 hours")
    assert (c.value.start, c.value.end) == ("PT70H", "PT96H")
    assert c.scope == "remaining"
    plain = _one("He served 5 years and 3 months in office.", "5 years and 3 months")
    assert plain.value.start is None


def test_a_predicate_said_once_of_a_list_of_groups_is_each_groups():
    claims = _claims("There were 178 adult passengers, one child and two infants on board.")
    adults = next(c for c in claims if c.text == "178 adult passengers")
    assert (adults.measure, adults.scope) == ("people aboard", "adult passenger")


def test_some_of_a_group_named_by_a_noun_after_were_is_a_part_of_it():
    c = _one("Reportedly, 20 passengers were staff of the Finance Ministry.", "20 passengers")
    assert c.scope == "staff"
    killed = _one("Five passengers were killed in the crash.", "Five passengers")
    assert killed.measure == "people killed"


def test_the_noun_an_amount_is_worth():
    c = _one("The UN issued a flash appeal worth $71.4 million for the region.", "$71.4 million")
    assert c.measure == "appeal"


def test_a_count_reported_as_missing():
    c = _one("The toll stands at 11,300, with another 10,100 reported as still missing.", "10,100")
    assert c.measure == "people missing"


def test_a_verb_after_people_in_a_headline_is_not_the_counted_noun():
    c = _one("Plane carrying 133 people crashes in the mountains", "133 people")
    assert c.measure == "people aboard"


def test_a_length_of_time_later_than_the_event_before():
    c = _one("The sub dived on Sunday morning, and its support ship lost contact with it about an "
             "hour and 45 minutes later.", "about an hour and 45 minutes")
    assert c.event == "lose contact after begin dive"
