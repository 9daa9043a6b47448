"""Comparing times: instants (clock times, in UTC when both zones are known, as local wall
clock when neither is), durations, offsets between two events, and a weekday against its date.

Every value stands for an interval: "1:24 p.m." is that minute; "around 2 a.m." 1:45–2:15;
"just after 1:30" 1:30–1:45; "Sunday afternoon" 12:00–18:00. Two values agree when their
intervals overlap (half-open)."""

from __future__ import annotations

import datetime as dt
import math
import re

from .. import valuefmt
from ..extract.hedges import NEARLY
from ..models import OrderValue, TimeValue

#: How far a hedged clock time reaches: "around 2 a.m.", "shortly after 10", "just before noon".
HEDGE_MINUTES = 15
_DURATION = re.compile(r"^P(?:(?P<y>\d+(?:\.\d+)?)Y)?(?:(?P<mo>\d+(?:\.\d+)?)M)?(?:(?P<w>\d+(?:\.\d+)?)W)?"
                       r"(?:(?P<d>\d+(?:\.\d+)?)D)?(?:T(?:(?P<h>\d+(?:\.\d+)?)H)?(?:(?P<mi>\d+(?:\.\d+)?)M)?"
                       r"(?:(?P<s>\d+(?:\.\d+)?)S)?)?$")
_SECONDS = {"y": 365.25 * 86400, "mo": 30.44 * 86400, "w": 7 * 86400, "d": 86400, "h": 3600,
            "mi": 60, "s": 1}
WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")


def has_clock(v: TimeValue) -> bool:
    """True for a value that names a time of day ("13:11", "Sunday afternoon")."""
    return bool(v.start and "T" in v.start)


_EXPLICIT_ZONE = re.compile(r"(?:\b|(?<=\d))(?!(?:AM|PM|A\.M|P\.M)\b)(?:GMT|UTC|[A-Z]{2,5}|Z)\b"
                            r"|\b[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?\s+(?i:time)\b")


def hedge_reach(minute: int) -> int:
    """Minutes a hedge ("around", "shortly after") reaches from a clock time, by how precisely
    the time is written: "around 7 p.m." or "around 7.30" are rounded to the quarter hour
    (15 minutes either way); "around 6.55" names its five minutes (10); "around 6.52" its
    minute (5)."""
    if minute % 15 == 0:
        return HEDGE_MINUTES
    return 10 if minute % 5 == 0 else 5


def local_reading(v: TimeValue, written: str) -> bool:
    """True when a clock time is the place's own time ("6:20 a.m. local time", "10 am in
    Delhi", a bare "1:11 p.m."), so that its wall clock can be set against another local time;
    False for a time given in another zone ("2320 GMT", "5:24 p.m. ET")."""
    if "local time" in written.lower():
        return True
    return not _EXPLICIT_ZONE.search(written)


def instant_span(v: TimeValue, written: str = "", wall: bool = False) -> tuple[dt.datetime, dt.datetime, bool] | None:
    """(start, end, in UTC) of what a clock time stands for, or None. ``written`` is the claim's
    text: a time written without minutes ("2 a.m.") may be rounded. ``wall``: the local wall
    clock even when the zone is known."""
    utc = bool(v.utc_start and v.utc_end) and not wall
    raw_start, raw_end = (v.utc_start, v.utc_end) if utc else (v.start, v.end)
    if not raw_start or not raw_end or "T" not in raw_start:
        return None
    try:
        start = dt.datetime.fromisoformat(raw_start.rstrip("Z"))
        end = dt.datetime.fromisoformat(raw_end.rstrip("Z"))
    except ValueError:
        return None
    if wall:
        start, end = start.replace(tzinfo=None), end.replace(tzinfo=None)
    elif start.tzinfo is not None or end.tzinfo is not None:  # an offset written in the value
        start = start.astimezone(dt.timezone.utc).replace(tzinfo=None) if start.tzinfo else start
        end = end.astimezone(dt.timezone.utc).replace(tzinfo=None) if end.tzinfo else end
        utc = True
    reach = dt.timedelta(minutes=hedge_reach(start.minute))
    mod = (v.mod or "").upper()
    rounded = v.grain in ("minute", "hour") and written and not re.search(r"\d[:.]\d\d|\d{4}\s*(?:GMT|UTC|hrs|h)", written)
    if mod in ("AFTER", "ON_OR_AFTER", "MORE_THAN"):
        end = end + 2 * reach  # "just after noon" for 12:19, "shortly after 6" for 6:25
    elif mod in ("BEFORE", "ON_OR_BEFORE", "LESS_THAN"):
        start = start - 2 * reach
    elif mod in ("APPROX",) or (rounded and end - start <= dt.timedelta(hours=1)):
        # reach either side of the moment written: "around 10.30" is 10:15 to 10:45, which
        # meets "around 11" (10:45 to 11:15) without overlapping it: half an hour apart
        moment = start if end - start <= dt.timedelta(minutes=1) else end
        start, end = start - reach, moment + reach
    return start, end, utc


def same_time(a: TimeValue, b: TimeValue, text_a: str = "", text_b: str = "") -> tuple[str, dict[str, str]]:
    """("consistent" | "contradictory" | "not comparable", details) for two clock times."""
    sa, sb = instant_span(a, text_a), instant_span(b, text_b)
    details = {"a": a.timex + (f" ({a.zone})" if a.zone else ""), "b": b.timex + (f" ({b.zone})" if b.zone else "")}
    if sa is None or sb is None:
        return "not comparable", {**details, "reason": "not two clock times"}
    for v, text, span in ((a, text_a, sa), (b, text_b, sb)):
        if not span[2] and text and not local_reading(v, text):
            return "not comparable", {**details, "reason": f"the zone of {text!r} is written but not known"}
    if sa[2] != sb[2]:
        # a local time against a bare one: compare the place's wall clocks
        if local_reading(a, text_a) and local_reading(b, text_b):
            sa, sb = instant_span(a, text_a, wall=True), instant_span(b, text_b, wall=True)
        else:
            return "not comparable", {**details, "reason": "one time is in another zone, the other has none"}
    if sa[0] < sb[1] and sb[0] < sa[1]:
        return "consistent", details
    gap = min(abs(sa[0] - sb[1]), abs(sb[0] - sa[1]))
    if gap > dt.timedelta(hours=3):
        return "not comparable", {**details, "reason": "more than three hours apart: two occurrences of the event"}
    details["difference"] = valuefmt.duration(abs((sa[0] + (sa[1] - sa[0]) / 2) - (sb[0] + (sb[1] - sb[0]) / 2)))
    details["gap"] = valuefmt.duration(gap)
    return "contradictory", details


#: Hedges that put a length just under its figure ("nearly five hours" is 4.5 to 5), not
#: anywhere under it as "up to" and "less than" do.
_JUST_UNDER = re.compile(r"^(?:nearly|almost|close to|just under|just shy of|not quite)\b", re.I)
#: TIMEX3 mods of a length at most its figure.
_AT_MOST = frozenset({"LESS_THAN", "BEFORE", "ON_OR_BEFORE", "END", "EQUAL_OR_LESS"})


def duration_span(v: TimeValue, written: str = "") -> tuple[float, float] | None:
    """The interval of seconds a duration stands for ("over 5 months": 5 months and up;
    "up to five months": at most 5; "nearly five months", written so in ``written``: 4.5 to 5;
    "148 days": that day count; "70 to 96 hours": both and what lies between)."""
    m = _DURATION.match(v.timex or "")
    if not m or not any(m.groupdict().values()):
        return None
    if v.start and v.end and v.start.startswith("P") and v.end.startswith("P"):
        low = duration_span(TimeValue(timex=v.start))
        high = duration_span(TimeValue(timex=v.end))
        if low is not None and high is not None:
            return low[0], high[1]
    seconds = sum(float(x) * _SECONDS[k] for k, x in m.groupdict().items() if x)
    unit = max((_SECONDS[k] for k, x in m.groupdict().items() if x), default=1)
    lo, hi = seconds - unit / 2, seconds + unit / 2
    if unit == _SECONDS["d"] and seconds >= 2 * unit:
        # a count of days is one more or less as the first and last days are counted or not
        # ("trapped for 17 days", "18 days" from June 23 to July 10)
        lo, hi = seconds - unit, seconds + unit
    mod = (v.mod or "").upper()
    if mod in ("MORE_THAN", "AFTER", "ON_OR_AFTER", "EQUAL_OR_MORE"):  # "at least 12 hours"
        lo, hi = seconds, float("inf")
    elif mod in _AT_MOST and _JUST_UNDER.match(written.strip()):
        lo, hi = seconds * (1 - NEARLY), seconds  # "nearly four hours": under four, not by much
    elif mod in _AT_MOST:  # "up to", "at most"
        lo, hi = max(0.0, seconds - 0.25 * seconds), seconds + unit / 2
    elif mod == "APPROX":
        lo, hi = seconds * 0.9 - unit / 2, seconds * 1.1 + unit / 2
    return lo, hi


def as_duration(v):
    """A duration, or the offset of an order claim ("13 minutes after take-off") as one."""
    if isinstance(v, OrderValue):
        return TimeValue(timex=v.offset, mod=v.mod) if v.offset and "X" not in v.offset else None
    return v


def same_duration(a: TimeValue, b: TimeValue, text_a: str = "", text_b: str = "") -> tuple[str, dict[str, str]]:
    sa, sb = duration_span(a, text_a), duration_span(b, text_b)
    details = {"a": a.timex, "b": b.timex}
    if sa is None or sb is None:
        return "not comparable", {**details, "reason": "not two durations"}
    if sa[0] < sb[1] and sb[0] < sa[1]:
        return "consistent", details
    if all(math.isfinite(x) for x in (*sa, *sb)):
        apart = abs((sa[0] + sa[1]) - (sb[0] + sb[1])) / 2
    else:  # an open-ended length ("over 5 months"): how far the other lies beyond its bound
        apart = max(sb[0] - sa[1], sa[0] - sb[1])
    return "contradictory", {**details, "difference": valuefmt.duration(apart)}


def weekday_mismatch(v: TimeValue) -> str | None:
    """The weekday the date really fell on, when the text names another one."""
    if not v.weekday or not v.start:
        return None
    try:
        day = dt.date.fromisoformat(v.start[:10])
    except ValueError:
        return None
    actual = WEEKDAYS[day.weekday()]
    return actual.capitalize() if actual != v.weekday.lower() else None
