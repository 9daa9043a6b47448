"""Values news copy needs: weekdays written with dates, durations, windows and ranges,
datelines, and numbers that count things rather than name years."""

from __future__ import annotations

import datetime as dt

import pytest

from factcheck.extract.dates import DocState, find_dates
from factcheck.extract.sentences import sentences

PUB = dt.date(2025, 6, 13)


def _mentions(text: str, kind: str | None = None, published: dt.date = PUB):
    state = DocState()
    return [m for lo, hi in sentences(text) for m in find_dates(text, lo, hi, published, state)
            if kind is None or m.kind == kind]


def _spans(text: str, kind: str | None = None):
    return [text[m.start:m.end] for m in _mentions(text, kind)]


# --- weekdays written with a date -------------------------------------------------------------

def test_a_weekday_written_with_its_date_is_kept_beside_it():
    (m,) = _mentions("The summit opened on Friday, March 7, 2025.")
    assert (m.value.timex, m.value.weekday) == ("2025-03-07", "Friday")
    assert not any("does not match" in n for n in m.notes)


@pytest.mark.parametrize("text, span, day", [
    # published Friday 13 June 2025 (ISO week 24)
    ("The tower collapsed last week Monday.", "last week Monday", "2025-06-02"),
    ("Talks resume next week on Friday.", "next week on Friday", "2025-06-20"),
])
def test_a_weekday_of_a_named_week_is_that_weeks_day(text, span, day):
    (m,) = _mentions(text, "time")
    assert (text[m.start:m.end], m.value.timex, m.value.weekday) == (span, day, span.split()[-1])


def test_a_weekday_that_does_not_match_is_kept_for_the_rules_to_check():
    (m,) = _mentions("The summit opened on Friday, March 7, 2024.")  # a Thursday
    assert (m.value.timex, m.value.weekday) == ("2024-03-07", "Friday")
    assert any("does not match" in n for n in m.notes)


@pytest.mark.parametrize("text, span", [
    ("Ministers met on Friday (March 7).", "Friday (March 7)"),
    ("Ministers met on March 7 (Friday).", "March 7 (Friday)"),
])
def test_a_weekday_and_a_bracketed_date_are_one_day(text, span):
    (m,) = _mentions(text)
    assert (text[m.start:m.end], m.value.timex, m.value.weekday) == (span, "2025-03-07", "Friday")


@pytest.mark.parametrize("text, timex, matches", [
    ("Ash fell on Sunday (5/12/2021).", "2021-12-05", True),     # day first: 5 December, a Sunday
    ("Ministers met on Friday (3/7/2025).", "2025-03-07", True),  # month first: 7 March, a Friday
    ("Ash fell on Tuesday (5/12/2021).", "2021-05-12", False),   # neither reading is a Tuesday
])
def test_the_weekday_beside_a_date_in_figures_says_which_order_it_is_in(text, timex, matches):
    (m,) = _mentions(text)
    assert m.value.timex == timex
    mismatch_noted = any("does not match" in n for n in m.notes)
    assert mismatch_noted == (not matches)


def test_a_weekday_alone_records_no_written_weekday():
    (m,) = _mentions("Ministers met on Tuesday.")
    assert m.value.weekday is None and m.value.timex == "2025-06-10"


# --- durations -------------------------------------------------------------------------------

@pytest.mark.parametrize("text, span, timex, mod", [
    ("Dockers ended a 41-day strike.", "41-day", "P41D", None),
    ("The walkout lasted 51 days.", "51 days", "P51D", None),
    ("It took 148 days to clear the backlog.", "148 days", "P148D", None),
    ("The crew lost contact 1 hour and 45 minutes into the dive.", "1 hour and 45 minutes", "PT1H45M", None),
    ("The search went on for nearly two hours.", "nearly two hours", "PT2H", "LESS_THAN"),
    ("The applause lasted a minute and a half.", "a minute and a half", "PT1M30S", None),
    ("The repairs took one and a half hours.", "one and a half hours", "PT1H30M", None),
    ("The project ran two years and six months late.", "two years and six months", "P2Y6M", None),
    ("The loan runs for 1.5 years.", "1.5 years", "P1.5Y", None),
])
def test_a_duration_has_an_exact_iso_value_and_its_hedge(text, span, timex, mod):
    (m,) = _mentions(text, "duration")
    assert (text[m.start:m.end], m.value.timex, m.value.mod) == (span, timex, mod)


def test_parts_that_do_not_add_up_stay_apart():
    (m,) = _mentions("Guests stay three days and two nights.", "duration")
    assert m.value.timex == "P3D"


@pytest.mark.parametrize("text, offset", [
    ("The engine failed 40 seconds after take-off.", "PT40S"),
    ("The pilot turned back four minutes after take-off.", "PT4M"),
])
def test_an_offset_from_an_event_is_the_order_claims_exact_duration(text, offset):
    (order,) = _mentions(text, "order")
    assert (order.value.relation, order.value.second, order.value.offset) == ("after", "take-off", offset)
    assert _mentions(text, "duration") == []  # one claim, not two


# --- windows and ranges ----------------------------------------------------------------------

@pytest.mark.parametrize("text, span, mod", [
    ("A vote could come as soon as May 3.", "May 3", "ON_OR_AFTER"),
    ("Ballots must arrive by May 9.", "May 9", "ON_OR_BEFORE"),
    ("The report is due no later than July 1.", "July 1", "ON_OR_BEFORE"),
    ("Work will start no earlier than September.", "September", "ON_OR_AFTER"),
])
def test_a_window_word_becomes_the_dates_mod(text, span, mod):
    (m,) = _mentions(text)
    assert (text[m.start:m.end], m.value.mod) == (span, mod)


@pytest.mark.parametrize("text, span, timex, start, end", [
    ("Prices climbed between May and December 2022.", "May and December 2022",
     "2022-05/2022-12", "2022-05-01", "2023-01-01"),
    ("The audit covered the period from December 2021 to December 2022.",
     "December 2021 to December 2022", "2021-12/2022-12", "2021-12-01", "2023-01-01"),
    ("The fair runs March 3-5, 2026.", "March 3-5, 2026", "2026-03-03/2026-03-05", "2026-03-03", "2026-03-06"),
    ("The fair ran 3 to 5 March.", "3 to 5 March", "2025-03-03/2025-03-05", "2025-03-03", "2025-03-06"),
    ("Hearings run June 23–July 10.", "June 23–July 10", "2025-06-23/2025-07-10", "2025-06-23", "2025-07-11"),
    ("Sales slumped between November and February 2023.", "November and February 2023",
     "2022-11/2023-02", "2022-11-01", "2023-03-01"),
])
def test_a_range_is_one_interval_value(text, span, timex, start, end):
    (m,) = _mentions(text)
    assert (text[m.start:m.end], m.value.timex, m.value.start, m.value.end) == (span, timex, start, end)


@pytest.mark.parametrize("text, spans", [
    ("The vote was moved from May 3 to June 5.", ["May 3", "June 5"]),  # a change, not a period
    ("The panel sat on March 3 and 5.", ["March 3"]),  # two days, not the days between
    ("Turnout rose from 3% in May to 5% in June.", ["May", "June"]),
])
def test_two_dates_that_are_no_range_stay_apart(text, spans):
    assert _spans(text, "time") == spans


# --- datelines -------------------------------------------------------------------------------

@pytest.mark.parametrize("text, span", [
    ("HOLLIN, Aug 12 — The river burst its banks on Sunday.", "Aug 12"),
    ("WASHINGTON, March 3 (Wire) - The Senate voted on Monday.", "March 3"),
    ("Aug. 12, 2023 /NewsDesk/ -- Acme said its sales rose.", "Aug. 12, 2023"),
    ("SAN JUAN, Puerto Rico, Sept. 20 (Wire) — Power failed across the island.", "Sept. 20"),
    ("Manila, June 4, (dpa/Wire) – The ferry sank on Sunday.", "June 4"),  # a comma before the agency
    ("HOLLIN, Aug 21 (Wire/Agency): The toll rose on Sunday.", "Aug 21"),  # a colon after it
    ("Hollin (HW), Aug. 5 – The hotel collapsed on Friday.", "Aug. 5"),  # the agency after the place
    ("[Wire TV, local time, August 08, 2022]A fire broke out on Sunday.", "August 08, 2022"),  # a bracketed stamp
    ("Hollin, (Daily Wire / Evening Post - 9th Aug, 2022 ) :A fire broke out on Sunday.", "9th Aug, 2022"),  # in round brackets
    ("Rescuers at the site of the blast. – Wire pic, March 14, 2016.The blast struck on Sunday.", "March 14, 2016"),  # a photo credit
    ("Hollin June 10, 2023 (HW) – The group claimed the attack of Friday.", "June 10, 2023"),  # no comma, an agency
    ("HOLLIN (Daily Wire / Evening Post - 9th Aug, 2022) The toll rose on Sunday.", "9th Aug, 2022"),  # the story right after
])
def test_a_dateline_date_is_marked_as_such(text, span):
    dated = {text[m.start:m.end]: m.notes for m in _mentions(text, "time")}
    assert "dateline" in dated[span]
    assert all("dateline" not in notes for s, notes in dated.items() if s != span)


@pytest.mark.parametrize("text", [
    "Aug 12 — Floods hit the town.",  # a timeline entry: an event date
    "On Aug 12 — a Tuesday — floods hit the town.",
    "Floods hit the town on Aug 12 — the worst in years.",
    "Aug 21 (Sunday): floods hit the town.",  # a bracket and a colon with no place before
    "On Aug 12 (a Tuesday) – floods hit the town.",  # no comma and no agency in the brackets
    "The plant [opened on Aug 21] flooded on Sunday.",  # a bracket that does not open the line
    "Hollin, (the river rose on Aug 21) and the town flooded.",  # no colon or dash after the bracket
    "Hollin, (the river rose on Aug 21) The town flooded.",  # no agency in the bracket
])
def test_a_date_that_opens_no_dateline_is_not_marked(text):
    assert all("dateline" not in m.notes for m in _mentions(text, "time"))


def test_the_next_day_does_not_count_from_a_dateline():
    text = "HOLLIN, Aug 12 — The levee held. The next day, it failed."
    values = {text[m.start:m.end]: m.value for m in _mentions(text, "time")}
    assert values["The next day"].start is None  # no narrative day named yet


# --- numbers that count things ---------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "About 2000 people were evacuated.",
    "Floodwater reached 1500 homes.",
    "The winner had 2022 votes.",
    "The 1500 police on duty were stood down.",
    "A 2000-strong crowd marched.",
    "Builders finished 1900 new homes.",
])
def test_a_number_before_what_it_counts_is_no_year(text):
    assert _mentions(text) == []


def test_a_year_before_a_plural_that_names_a_kind_of_figure_is_still_a_year():
    (m,) = _mentions("Output returned to 2019 levels.")
    assert m.value.timex == "2019"


def test_an_evening_begins_at_four():
    # news dates a 5:40 p.m. shooting, and one at 4:20 p.m., to "Sunday evening": the evening
    # covers both
    (m,) = _mentions("Shots rang out on Sunday evening near the park.", "time")
    assert (m.value.start, m.value.end) == ("2025-06-08T16:00", "2025-06-09T00:00")


@pytest.mark.parametrize("text", ["The 1991 mass shooting killed 23 people.",
                                  "The 2020 census counted the town.",
                                  "The 2008 crisis cost many jobs."])
def test_a_year_before_a_singular_in_s_is_a_year(text):
    # "mass", "census" and "crisis" end in s but count nothing: the number is the year
    (m,) = _mentions(text, "time")
    assert m.value.grain == "year"


def test_a_weekday_beside_a_relative_day_fixes_it_within_a_day():
    # a piece stamped a day off: "yesterday (Tuesday)" says which day it was
    (m,) = _mentions("The blast happened yesterday (Tuesday), police said.", published=dt.date(2015, 11, 24))
    assert (m.value.start, m.value.weekday) == ("2015-11-24", "Tuesday")
    # three days off is no stamp error: the weekday and the date still disagree
    (m,) = _mentions("The vote was held yesterday (Friday).", published=dt.date(2015, 11, 24))
    assert m.value.start == "2015-11-23"


@pytest.mark.parametrize("text, span, timex", [
    ("The boy was found Thanksgiving Day clinging to a door.", "Thanksgiving Day", "2024-11-28"),
    ("Prices have risen since last Thanksgiving following the deal.", "Thanksgiving", "2024-11-28"),
    ("The ferry sank on Christmas Eve after a storm.", "Christmas Eve", "2024-12-24"),
])
def test_a_holiday_followed_by_a_preposition_or_named_as_a_day_is_a_date(text, span, timex):
    got = {text[m.start:m.end]: getattr(m.value, "timex", None) for m in _mentions(text)}
    assert got.get(span) == timex, got


def test_a_holiday_that_modifies_a_noun_is_no_date():
    assert _mentions("Christmas shopping was slow in the port town.") == []


@pytest.mark.parametrize("text, timex", [("In April, a fire killed 82 people.", "2025-04"),
                                         ("By March, the works were done.", "2025-03")])
def test_a_month_after_the_word_that_opens_a_sentence_is_a_month(text, timex):
    (m,) = _mentions(text, "time")
    assert m.value.timex == timex


def test_a_month_after_a_capitalised_name_is_part_of_the_name():
    # (not "Theresa May": "may" needs a word of dates before it anyway, and would pass without
    # the name check)
    assert _mentions("Senator Teresa June said so.", "time") == []


# --- a year named after a date ---------------------------------------------------------------

@pytest.mark.parametrize(("text", "written", "timex"), [
    ("The blast recalled the port fire on August 4 last year.", "August 4", "2024-08-04"),
    ("The mill reopened on 3 March of last year.", "3 March", "2024-03-03"),
    ("Talks are set for June 30 next year.", "June 30", "2026-06-30"),
    ("The levee broke on May 2 this year.", "May 2", "2025-05-02"),
])
def test_a_year_named_after_a_date_is_its_year(text, written, timex):
    found = {text[m.start:m.end]: m.value.timex for m in _mentions(text, "time")}
    assert found[written] == timex
