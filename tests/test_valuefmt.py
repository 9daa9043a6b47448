"""How values, differences, durations and dates read in reports: one rounding policy, units a
reader expects, plurals that agree, times spelled out."""

from __future__ import annotations

import datetime as dt

import pytest

from factcheck import valuefmt
from factcheck.models import OrderValue, QuantityValue, TimeValue


@pytest.mark.parametrize(("amount", "unit", "shown"), [
    (2.66472, "kilometer", "2.66 km"),        # conversion noise cut to three significant figures
    (2695.2, "meter", "2.7 km"),              # and the same distance in metres reads in km too
    (300, "meter", "300 m"),
    (0.3, "kilometer", "300 m"),              # a fraction of a km reads in metres
    (1000, "foot", "1,000 ft"),               # no ladder for feet: they stay feet
    (94_800, "person", "94,800 people"),
    (1, "person", "1 person"),                # singular
    (26_000_000, "EUR", "EUR 26 million"),    # currency first, as values are written
    (0.5, "percent", "0.5 percentage points"),  # a gap between two percentages is in points
    (1, "percentage_point", "1 percentage point"),
    (2, "count", "2"),
    (123_456, "troop", "123,000 troops"),
])
def test_difference_has_one_rounding_policy_and_a_sensible_unit(amount, unit, shown):
    assert valuefmt.difference(amount, unit) == shown


@pytest.mark.parametrize(("seconds", "shown"), [
    (1096 * 86_400, "3 years"),               # not "1096 days"
    (1095 * 86_400, "3 years"),
    (86_400, "1 day"),                        # not "1 days"
    (2.5 * 3600, "2 hours 30 minutes"),       # the minutes are kept, not rounded to "3 hours"
    (105 * 60, "1 hour 45 minutes"),
    (400 * 86_400, "1 year 1 month"),
    (45, "45 seconds"),
    (59.6, "1 minute"),
    (0, "0 seconds"),
])
def test_duration_reads_in_its_two_largest_units(seconds, shown):
    assert valuefmt.duration(seconds) == shown


def test_duration_takes_a_timedelta():
    assert valuefmt.duration(dt.timedelta(hours=-2)) == "2 hours"


@pytest.mark.parametrize(("a", "b", "grain", "shown"), [
    (dt.date(1975, 1, 1), dt.date(1978, 1, 1), "year", "3 years"),
    (dt.date(2025, 10, 16), dt.date(2025, 10, 15), "day", "1 day"),
    (dt.date(2024, 1, 1), dt.date(2025, 3, 1), "month", "1 year 2 months"),
    (dt.date(2024, 1, 1), dt.date(2024, 6, 1), "day", "5 months"),
    (dt.date(2024, 1, 31), dt.date(2025, 3, 3), "day", "1 year 1 month 3 days"),
    (dt.date(2024, 1, 1), dt.date(2024, 1, 15), "week", "2 weeks"),
])
def test_date_gap_is_told_at_the_grain_of_the_dates(a, b, grain, shown):
    assert valuefmt.date_gap(a, b, grain) == shown


def test_coarser_picks_the_coarsest_grain():
    assert valuefmt.coarser("day", "year") == "year" and valuefmt.coarser("day", "week") == "week"


@pytest.mark.parametrize(("value", "shown"), [
    (dict(timex="2025-10-16"), "Thursday 16 October 2025"),
    (dict(timex="2020-08-05T17:11", zone="+03:00", utc_start="2020-08-05T14:11Z"),
     "Wednesday 5 August 2020, 17:11 UTC+03:00 (14:11 UTC)"),
    (dict(timex="2023-06-22T07:10", zone="America/New_York", utc_start="2023-06-22T11:10Z"),
     "Thursday 22 June 2023, 07:10 America/New_York (11:10 UTC)"),
    (dict(timex="2020-08-05T08:40"), "Wednesday 5 August 2020, 08:40 (time zone not stated)"),
    (dict(timex="2018-10-29TMO", mod="START"), "Monday 29 October 2018, early morning"),
    (dict(timex="2014-06"), "June 2014"),
    (dict(timex="2013", mod="ON_OR_BEFORE"), "by 2013"),
    (dict(timex="2019-W49"), "week 49 of 2019"),
    (dict(timex="2025-Q1"), "Q1 2025"),
    (dict(timex="FY2027"), "fiscal 2027"),
    (dict(timex="196"), "the 1960s"),
    (dict(timex="20"), "the 21st century"),
    (dict(timex="2023-09-10/2023-09-11"), "10–11 September 2023"),
    (dict(timex="XXXX-02"), "February (year not known)"),
    (dict(timex="P3Y"), "3 years"),
    (dict(timex="PT1H45M", mod="APPROX"), "about 1 hour 45 minutes"),
    (dict(timex="P1D"), "1 day"),
    (dict(timex="PXY"), "several years"),
    (dict(timex="2025-XX-XX"), "2025-XX-XX"),  # a form it does not know stays as written
])
def test_times_read_as_a_reader_says_them(value, shown):
    assert valuefmt.readable(TimeValue(**value)) == shown


def test_order_says_the_offset_between_the_events():
    assert valuefmt.readable(OrderValue(relation="after", first="talks", second="visit", offset="P1D")) \
        == "talks 1 day after visit"
    assert valuefmt.readable(OrderValue(relation="before", first="a", second="b")) == "a before b"


def test_readable_quantities_are_the_stable_value():
    v = QuantityValue(low=10_800, high=13_200, unit="person", exact=12_000, hedge="about")
    assert valuefmt.readable(v) == valuefmt.value(v) == "about 12,000 people (10,800–13,200)"


def test_value_of_a_time_stays_the_timex_messages_and_fingerprints_are_built_from():
    assert valuefmt.value(TimeValue(timex="2025-10-16", grain="day")) == "2025-10-16"
