"""Clock times as instants: the day they fall on, the zone the text gives, the UTC instant."""

from __future__ import annotations

import datetime as dt

import pytest

from factcheck.extract.dates import DocState, find_dates
from factcheck.extract.sentences import sentences

FRIDAY = dt.date(2025, 6, 13)


def _times(text: str, published: dt.date = FRIDAY, state: DocState | None = None):
    """(span text, value) of every time mention, sentence by sentence with one DocState."""
    state = DocState() if state is None else state
    return [(text[m.start:m.end], m.value) for lo, hi in sentences(text)
            for m in find_dates(text, lo, hi, published, state) if m.kind == "time"]


def _one(text: str, published: dt.date = FRIDAY):
    (found,) = _times(text, published)
    return found


def test_a_bare_clock_time_falls_on_the_publication_day_and_keeps_no_zone():
    span, v = _one("The ferry left the harbour at 10:14 am.")
    assert span == "10:14 am"
    assert (v.timex, v.start, v.end, v.grain) == ("2025-06-13T10:14", "2025-06-13T10:14", "2025-06-13T10:15", "minute")
    assert (v.zone, v.utc_start, v.utc_end) == (None, None, None)


@pytest.mark.parametrize("text, span, zone, utc_start", [
    ("Radar lost the aircraft at 04:44 GMT.", "04:44 GMT", "UTC", "2025-06-13T04:44Z"),
    ("The tremor was felt at 7:10 am JST.", "7:10 am JST", "Asia/Tokyo", "2025-06-12T22:10Z"),
    ("The satellite launched at 9:12 am Japan time.", "9:12 am Japan time", "Asia/Tokyo", "2025-06-13T00:12Z"),
    ("Firefighters were called at 00:54 BST.", "00:54 BST", "+01:00", "2025-06-12T23:54Z"),
    ("Vigils began at 8.20pm British time.", "8.20pm British time", "Europe/London", "2025-06-13T19:20Z"),
    ("Polls in Yangon opened at 6 am Myanmar time.", "6 am Myanmar time", "Asia/Yangon", "2025-06-12T23:30Z"),
    ("The verdict came at 3:15 pm Delhi time.", "3:15 pm Delhi time", "Asia/Kolkata", "2025-06-13T09:45Z"),
    ("The rally began at 4 pm WIB.", "4 pm WIB", "Asia/Jakarta", "2025-06-13T09:00Z"),
    ("Markets shut at 4 p.m. EDT.", "4 p.m. EDT", "-04:00", "2025-06-13T20:00Z"),
    ("The ceasefire began at 11 pm CEST.", "11 pm CEST", "+02:00", "2025-06-13T21:00Z"),
    ("Doors open at 7 pm AEST.", "7 pm AEST", "+10:00", "2025-06-13T09:00Z"),
    ("The vote closed at 8 pm Eastern time.", "8 pm Eastern time", "America/New_York", "2025-06-14T00:00Z"),
    # a city the time-zone database names a zone by, beyond the gazetteer
    ("Polls closed at 8 p.m. Bishkek time.", "8 p.m. Bishkek time", "Asia/Bishkek", "2025-06-13T14:00Z"),
])
def test_a_written_zone_gives_the_utc_instant(text, span, zone, utc_start):
    got_span, v = _one(text)
    assert (got_span, v.zone, v.utc_start) == (span, zone, utc_start)
    end = dt.datetime.fromisoformat(v.utc_end[:-1]) - dt.datetime.fromisoformat(v.utc_start[:-1])
    assert end == dt.timedelta(minutes=1)


def test_the_local_value_keeps_wall_time_and_its_offset():
    _, v = _one("The tremor was felt at 7:10 am JST.")
    assert v.timex == "2025-06-13T07:10"  # TIMEX3 writes wall-clock time
    assert (v.start, v.end) == ("2025-06-13T07:10+09:00", "2025-06-13T07:11+09:00")


@pytest.mark.parametrize("published, utc_start", [
    (dt.date(2025, 1, 10), "2025-01-11T01:00Z"),  # EST, UTC-5
    (dt.date(2025, 7, 10), "2025-07-11T00:00Z"),  # EDT, UTC-4
])
def test_a_regional_zone_follows_daylight_saving_on_the_date(published, utc_start):
    _, v = _one("Counting starts at 8 pm ET.", published)
    assert (v.zone, v.utc_start) == ("America/New_York", utc_start)


def test_noon_in_bangkok_and_half_past_ten_in_delhi_are_one_instant():
    (_, bangkok), (_, delhi) = _times("Protesters gathered at 12:00 noon in Bangkok. "
                                      "The court sat at 10:30 am in Delhi.")
    assert (bangkok.zone, delhi.zone) == ("Asia/Bangkok", "Asia/Kolkata")
    assert bangkok.utc_start == delhi.utc_start == "2025-06-13T05:00Z"


def test_a_place_just_before_the_time_gives_its_zone():
    _, v = _one("Crowds formed in Seoul at 8 pm.")
    assert (v.zone, v.utc_start) == ("Asia/Seoul", "2025-06-13T11:00Z")


@pytest.mark.parametrize(("text", "zone", "utc_start"), [
    # a city of a country spread over zones fixes the zone the country alone does not
    ("The blast hit Makassar at 10:20 am local time.", "Asia/Makassar", "2025-06-13T02:20Z"),
    ("The blast hit Surabaya at 10:20 am local time.", "Asia/Jakarta", "2025-06-13T03:20Z"),
])
def test_a_city_of_a_country_of_several_zones_gives_its_zone(text, zone, utc_start):
    (_, v), = _times(text)
    assert (v.zone, v.utc_start) == (zone, utc_start)


def test_a_country_of_several_zones_leaves_local_time_unknown():
    (_, v), = _times("The blast hit a church in Indonesia at 10:20 am local time.")
    assert v.utc_start is None


def test_local_time_takes_the_place_named_in_the_sentence():
    (local, v), (gmt, g) = _times("The jet came down at 1:39 p.m. local time (0809 GMT) near Ahmedabad.")
    assert (local, gmt) == ("1:39 p.m. local time", "0809 GMT")
    assert (v.zone, v.utc_start) == ("Asia/Kolkata", "2025-06-13T08:09Z")
    assert (g.zone, g.utc_start) == ("UTC", "2025-06-13T08:09Z")


def test_local_time_without_a_place_takes_the_datelines_place():
    text = "NAIROBI (Wire) - Rescuers reached the site at 9:30 am local time. The road reopened at noon."
    (_, rescue), (_, road) = _times(text)
    assert (rescue.zone, rescue.utc_start) == ("Africa/Nairobi", "2025-06-13T06:30Z")
    assert road.zone is None  # a bare clock time never borrows the dateline's zone


@pytest.mark.parametrize("text", [
    "Rescuers reached the site at 9:30 am local time.",  # no place anywhere
    "Envoys from Tokyo and Paris met at 9 am local time.",  # two places, two zones
    "The quake hit Indonesia at 9 am local time.",  # a country over several zones
    "The storm reached Hollin at 9 am local time in Hollin.",  # a place the gazetteer lacks
])
def test_local_time_stays_unknown_when_the_place_is_not_certain(text):
    _, v = _one(text)
    assert (v.zone, v.utc_start) == (None, None)


@pytest.mark.parametrize("text, zone", [
    ("The blast was reported at 6 am IST.", None),
    ("The blast in Mumbai was reported at 6 am IST.", "Asia/Kolkata"),
    ("Pubs in Dublin closed at 11 pm IST.", "+01:00"),
    ("Sirens sounded in Tel Aviv at 6 am IST.", "+02:00"),
    ("The launch was set for 9 am CST.", None),
    ("Trading in Shanghai opened at 9:30 am CST.", "+08:00"),
    ("The tornado hit Dallas at 4 pm CST.", "-06:00"),
])
def test_an_ambiguous_abbreviation_is_read_by_the_place_or_left_unknown(text, zone):
    _, v = _one(text)
    assert v.zone == zone
    assert (v.utc_start is None) == (zone is None)


def test_a_bracketed_utc_time_keeps_its_own_utc_day():
    # 7:10 in Tokyo on Friday is 22:10 UTC on Thursday: the bracketed time moves back a day
    (_, tokyo), (_, utc) = _times("The quake struck at 7:10 am JST (2210 GMT).")
    assert tokyo.utc_start == utc.utc_start == "2025-06-12T22:10Z"
    assert utc.timex == "2025-06-12T22:10"


def test_a_bracketed_utc_time_gives_an_unnamed_local_time_its_offset():
    (_, local), _ = _times("The jet came down at 1:39 p.m. local time (0809 GMT).")
    assert (local.zone, local.utc_start) == ("+05:30", "2025-06-13T08:09Z")


def test_a_day_after_the_brackets_is_the_local_times_day():
    (_, local), (_, utc), (_, day) = _times("The blast occurred at 10:35 a.m. (0735 GMT) Thursday.")
    assert local.timex == "2025-06-12T10:35" and local.utc_start == utc.utc_start == "2025-06-12T07:35Z"
    assert local.zone == "+03:00"


@pytest.mark.parametrize("text, span, mod", [
    ("The quake struck shortly after 10 am.", "10 am", "AFTER"),
    ("The ship sank shortly before 9pm.", "9pm", "BEFORE"),
    ("The shots were heard at around 11:20 pm.", "around 11:20 pm", "APPROX"),
])
def test_a_clock_time_keeps_its_bound_or_hedge(text, span, mod):
    got, v = _one(text)
    assert (got, v.mod) == (span, mod)


def test_a_twenty_four_hour_time_without_am_or_pm():
    span, v = _one("The last train left at 6:41.")
    assert (span, v.timex) == ("6:41", "2025-06-13T06:41")


def test_a_clock_time_falls_on_the_last_day_the_document_named():
    text = "The freighter left port on June 10. It sank at 9 pm GMT."
    (_, _), (span, v) = _times(text)
    assert (span, v.timex, v.utc_start) == ("9 pm GMT", "2025-06-10T21:00", "2025-06-10T21:00Z")


def test_a_clock_time_joined_to_its_day_keeps_its_zone():
    span, v = _one("Polls close at 8 pm ET on November 4.", dt.date(2025, 10, 1))
    assert span == "8 pm ET on November 4"
    assert (v.timex, v.zone, v.utc_start) == ("2025-11-04T20:00", "America/New_York", "2025-11-05T01:00Z")


def test_words_before_time_that_name_no_zone_stay_out_of_the_span():
    span, v = _one("The fair opens at 10 am Hollin time.")
    assert (span, v.zone) == ("10 am", None)


@pytest.mark.parametrize("text", [
    "Turnout reached 2022 votes by noon.",
    "The ward has 1230 beds.",
])
def test_four_digits_without_a_zone_are_no_clock_time(text):
    assert [s for s, v in _times(text) if "T" in v.timex and s[:1].isdigit()] == []


def test_a_time_to_the_second_after_at_is_a_clock_time():
    span, value = _one("The aircraft hit the ground at 10:57:32 local time.")
    assert span == "10:57:32 local time" and value.start.startswith(f"{FRIDAY.isoformat()}T10:57")


def test_a_race_time_is_no_clock_time():
    assert not [t for t in _times("She won the marathon in 2:03:45 on the day.") if "03:45" in t[0]]


def test_a_conversion_in_brackets_names_its_zone_after_a_comma_or_a_day():
    got = dict(_times("The jet landed at around 11:23 a.m. (1:23 a.m. Wednesday AEST).", dt.date(2018, 4, 17)))
    assert "1:23 a.m. Wednesday AEST" in got  # the day and the zone are part of the time
    assert "Wednesday" not in got  # not read a second time on its own
    v = got["1:23 a.m. Wednesday AEST"]
    assert v.start.startswith("2018-04-18T01:23")  # the day after the time it converts
    assert v.utc_start == "2018-04-17T15:23Z"
    eastern = dict(_times("The quake struck at 11:58 p.m. local time (7:58 p.m., ET).", dt.date(2016, 4, 17)))
    assert eastern["7:58 p.m., ET"].utc_start == "2016-04-17T23:58Z"


def test_a_local_time_takes_its_zone_from_the_conversion_in_brackets_after_the_day():
    # the place in "Moscow time" is the zone of the time in brackets, not where it happened
    (a_span, a), (b_span, b) = _times(
        "The overpass collapsed on Monday at 22:25 local time (06:25 on Tuesday Moscow time).",
        published=dt.date(2021, 5, 4))
    assert b_span == "06:25 on Tuesday Moscow time" and b.zone == "Europe/Moscow"
    assert a.utc_start == b.utc_start == "2021-05-04T03:25Z"
    assert a.zone == "-05:00"


@pytest.mark.parametrize("text, span, zone, utc_start", [
    ("The attack began at about 1:30 p.m. (Manila time) on Thursday.",
     "about 1:30 p.m. (Manila time) on Thursday", "Asia/Manila", "2025-06-12T05:30Z"),
    ("The plane left Port Vessa at 10.30 am (local time) for Kathmandu.",
     "10.30 am (local time)", "Asia/Kathmandu", "2025-06-13T04:45Z"),
    ("Polls closed at 8 pm (JST).", "8 pm (JST)", "Asia/Tokyo", "2025-06-13T11:00Z"),
])
def test_a_zone_alone_in_brackets_is_the_times_zone(text, span, zone, utc_start):
    got = dict(_times(text))
    assert span in got, got
    assert (got[span].zone, got[span].utc_start) == (zone, utc_start)


@pytest.mark.parametrize("text, span, start", [
    # a 24-hour clock read out with "hours" is a time of day after "at", not a length of time
    ("The train derailed at 22.22 hours local time.", "22.22 hours local time", "2025-06-13T22:22"),
    ("The operation ended at 0830 hours.", "0830 hours", "2025-06-13T08:30"),
    ("The aircraft departed at 14:22 hrs.", "14:22", "2025-06-13T14:22"),
    # four digits with a leading zero after "at" are a clock time when no unit follows
    ("The plane crashed at 0340 near the airport.", "0340", "2025-06-13T03:40"),
    # the French way of writing a 24-hour time, after a word that places a moment
    ("The assault on the camp began at 19h30.", "19h30", "2025-06-13T19:30"),
])
def test_military_times_after_at_are_clock_times(text, span, start):
    got_span, v = _one(text)
    assert (got_span, v.start) == (span, start)


@pytest.mark.parametrize("text", [
    "The crew worked for 22.5 hours without a break.",
    "The aircraft levelled off at 0400 feet.",
    "Rescuers searched for 14 hours.",
    "She won the marathon in 2h30.",
])
def test_lengths_and_heights_stay_what_they_are(text):
    assert _times(text) == []
