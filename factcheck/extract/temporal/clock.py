"""Clock times as instants: "10:14 am", "04:44 GMT", "1:39 p.m. local time (0809 GMT)".

The day comes from the sentence or the document (the last day named), else the publication
date. The zone comes only from the text: a written zone ("JST", "Japan time"), a place attached
to the time ("12:00 noon in Bangkok"), or, for "local time", the place the sentence names,
else the dateline's. A bare "at 10 am" keeps no zone: the place of the event is not always the
place of the clock, and a wrong instant is worse than none.
"""

from __future__ import annotations

import datetime as dt
import re

from ...models import TimeValue
from . import calendar as C
from .places import PLACE, zone_of
from .resolve import Ctx, Result, _partial, resolver
from .zones import ABBREVIATION_WORD, abbreviation, named_zone, offset_zone

#: A place attached to a clock time: "noon in Bangkok", "local time in Delhi".
_IN_AFTER = re.compile(r"\s*,?\s+in\s+(?:the\s+)?(?=[A-Z])")
_COMMA_AFTER = re.compile(r"\s*,\s*(?=[A-Z])")
_IN_BEFORE = re.compile(r"\bin\s+(?:the\s+)?(?P<p>[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3})\s+"
                        r"(?:(?:at|around|about|shortly|just|after|before|by)\s+)*$")
_UNKNOWN_PLACE = re.compile(r"[A-Z][\w.'’-]*")
#: The zone of a time in brackets, after a comma or a day: "(7:58 p.m., ET)", "(1:23 a.m.
#: Wednesday AEST)".
_BRACKET_ZONE = re.compile(r"\s*(?:,\s*|\s+(?:on\s+)?(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\s+)(?P<z>"
                           + ABBREVIATION_WORD + r")(?=\s*[)\]])")
#: The zone alone in brackets right after a time: "1:30 p.m. (Manila time)", "3 pm (IST)".
_ZONE_IN_BRACKETS = re.compile(r"\s*[(\[]\s*(?:(?P<z>" + ABBREVIATION_WORD + r")|(?P<n>[A-Z][a-z]+(?:\s+[A-Z][a-z]+)"
                               r"{0,2})\s+time|(?P<l>local\s+time))\s*[)\]]")
#: "(06:25 on Tuesday Moscow time)": a conversion in brackets names its zone after the day.
_BRACKET_NAMED = re.compile(r"\s+(?:on\s+)?(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\s+"
                            r"(?P<n>[A-Z][a-z]+(?:\s+[A-Z][a-z]+){0,2})\s+time(?=\s*[)\]])")


@resolver("clock")
def r_clock(m: re.Match[str], ctx: Ctx) -> Result | None:
    hm = _hour_minute(m)
    if hm is None:
        return None
    zone = _zone(m, ctx)
    # the last day named, or the day of the last part of a day or clock time named ("Monday
    # afternoon … at 13.15 local time")
    day = ctx.prev if ctx.prev is not None and ctx.prev.grain in ("day", "hour", "minute") \
        and ctx.prev.start and ctx.prev.start[:4].isdigit() else None
    if day is not None and day is ctx.carried and ctx.pub is not None \
            and abs((dt.date.fromisoformat(day.start[:10]) - ctx.pub).days) > 7:
        # a day named sentences earlier and far from the story's days ("last serviced on
        # January 4") is not the day of a clock time that names none
        day = None
    if day is None:
        if ctx.pub is None:
            return _partial(ctx, f"XXXX-XX-XXT{hm[0]:02d}:{hm[1]:02d}", "minute", typ="TIME")
        day = C.day(ctx.pub)
        ctx.notes.append("day of the clock time taken as the publication date")
    v = C.clock(dt.date.fromisoformat(day.start[:10]), *hm, zone)
    if zone and v.utc_start is None:
        ctx.notes.append(f"time zone {zone} unknown to this machine's tz database")
    return "TIME", v


def _hour_minute(m: re.Match[str]) -> tuple[int, int] | None:
    if m["tm_w"]:
        return (24, 0) if m["tm_w"].lower() == "midnight" else (12, 0)
    if m["tm_ap"]:
        hour, minute = int(m["tm_h"]), int(m["tm_m"] or 0)
        if not 1 <= hour <= 12:
            return None
        hour = hour % 12 + (12 if m["tm_ap"].lower().startswith("p") else 0)
    elif m["tm_h3"]:
        hour, minute = int(m["tm_h3"]), int(m["tm_m3"])
    elif m["tm_h4"]:
        hour, minute = int(m["tm_h4"]), int(m["tm_m4"])
    elif m["tm_h5"]:
        hour, minute = int(m["tm_h5"]), int(m["tm_m5"])
    elif m["tm_h6"]:
        hour, minute = int(m["tm_h6"]), int(m["tm_m6"])  # the seconds are below the grain
    elif m["tm_h7"]:
        hour, minute = int(m["tm_h7"]), int(m["tm_m7"])  # "at 22.22 hours"
    elif m["tm_h8"]:
        hour, minute = int(m["tm_h8"]), int(m["tm_m8"])  # "at 0340"
    elif m["tm_h9"]:
        hour, minute = int(m["tm_h9"]), int(m["tm_m9"])  # "at 19h30"
    elif m["tm_h10"]:
        return _oclock(m["tm_h10"], m["tm_half"])
    else:
        hour, minute = int(m["tm_h2"]), int(m["tm_m2"])
    if hour > 24 or minute > 59 or hour == 24 and minute:
        return None
    return hour, minute


_HOUR_WORDS = {w: n for n, w in enumerate("one two three four five six seven eight nine ten eleven twelve".split(), 1)}


def hour_of(text: str) -> int:
    """An hour on a 12-hour clock written in digits or words: "3", "three"."""
    return int(text) if text.isdigit() else _HOUR_WORDS[text.lower()]


def _oclock(hour_text: str, half: str) -> tuple[int, int]:
    """"three o'clock in the morning" is 03:00, "ten o'clock at night" 22:00, "twelve o'clock
    at night" midnight (24:00, the end of the day, as "midnight" is)."""
    hour = hour_of(hour_text)
    half = " ".join(half.lower().split())
    if half.endswith("morning") or half in ("a.m.", "am"):
        return (0 if hour == 12 else hour), 0
    if half in ("at night", "tonight") and hour <= 4:
        return hour, 0  # "two o'clock at night": after midnight
    return (24 if hour == 12 and "night" in half else 12 if hour == 12 else hour + 12), 0


def _zone(m: re.Match[str], ctx: Ctx) -> str | None:
    """The zone the text gives the clock time, or None; notes say why when it is left open."""
    if m["tm_z"]:
        return _abbreviated(m["tm_z"], ctx)
    if m["tm_named"]:
        zone = named_zone(m["tm_named"])
        if zone is None:  # "10 am Friday time" is no zone we know: leave the words out
            ctx.end = m.start("tm_named")
            while ctx.text[ctx.end - 1].isspace():
                ctx.end -= 1
        return zone
    bracketed = _BRACKET_ZONE.match(ctx.text, m.end(), ctx.hi)
    if bracketed and ctx.text[:m.start()].rstrip().endswith(("(", "[")):
        # "(7:58 p.m., ET)", "(1:23 a.m. Wednesday AEST)": a conversion in brackets names its
        # zone after a comma or after the day
        ctx.end = bracketed.end()  # the zone is part of what the time says
        return _abbreviated(bracketed["z"], ctx)
    named = _BRACKET_NAMED.match(ctx.text, m.end(), ctx.hi)
    if named and ctx.text[:m.start()].rstrip().endswith(("(", "[")) and named_zone(named["n"]):
        ctx.end = named.end()
        return named_zone(named["n"])
    after = _ZONE_IN_BRACKETS.match(ctx.text, m.end(), ctx.hi)
    if after:
        # "1:30 p.m. (Manila time)", "3 pm (IST)", "10.30 am (local time)": the zone in brackets
        # is part of what the time says (and a day after it is the time's day)
        ctx.end = after.end()
        if after["z"]:
            return _abbreviated(after["z"], ctx)
        if after["n"]:
            return named_zone(after["n"])
        return _local_zone(ctx)
    attached = _attached_place(m, ctx)
    if attached is not None:
        return attached[1]
    if not m["tm_local"]:
        return None
    return _local_zone(ctx)


def _abbreviated(word: str, ctx: Ctx) -> str | None:
    """The zone of an abbreviation ("ET", "IST"), read with the sentence's places; a note
    when it stays open."""
    zone, note = abbreviation(word, ctx.place_zones())
    if note:
        ctx.notes.append(note)
    return zone


def _attached_place(m: re.Match[str], ctx: Ctx) -> tuple[str, str | None] | None:
    """(name, zone) of "in <Place>" right after or right before the time; zone None for a place
    that is unknown or spans several zones."""
    comma = _COMMA_AFTER.match(ctx.text, m.end(), ctx.hi)
    if comma and ctx.text[:m.start()].rstrip().endswith(("(", "[")):
        # "(1.30pm, UAE)": a conversion in brackets names its place after a comma
        known = PLACE.match(ctx.text, comma.end(), ctx.hi)
        if known and ctx.text[known.end():known.end() + 1] in (")", "]"):
            return known.group(), zone_of(known.group())
    after = _IN_AFTER.match(ctx.text, m.end(), ctx.hi)
    if after:
        known = PLACE.match(ctx.text, after.end(), ctx.hi)
        if known:
            return known.group(), zone_of(known.group())
        unknown = _UNKNOWN_PLACE.match(ctx.text, after.end(), ctx.hi)
        if m["tm_local"] and unknown:
            ctx.notes.append(f"local time in {unknown.group()}: place not in the gazetteer")
            return unknown.group(), None
        return None
    before = _IN_BEFORE.search(ctx.text, max(ctx.lo, m.start() - 60), m.start())
    if before:
        known = PLACE.match(before["p"])
        if known and known.end() == len(before["p"]):
            return known.group(), zone_of(known.group())
    return None


#: Words that name a place as the point a distance or a direction is measured from ("1,700
#: kilometres east of Moscow", "50 miles from Seattle"): where the event is not.
_REFERENCE_POINT = (r"\b(?:(?:north|south|east|west)(?:-?(?:east|west))?(?:ern)?\s+of|"
                    r"(?:km|kms|kilometres|kilometers|miles|mi)\s+(?:away\s+)?from)\s+(?:the\s+)?")


def _local_zone(ctx: Ctx) -> str | None:
    """"local time": the one zone of the places the sentence names, else the dateline's. A
    place named as the zone of another time ("(06:25 on Tuesday Moscow time)") is not where
    the local time is."""
    sentence = ctx.text[ctx.lo:ctx.hi]
    named = [(name, zone) for name, zone in ctx.places()
             if not re.search(rf"\b{re.escape(name)}\s+time\b", sentence)
             and not re.search(_REFERENCE_POINT + re.escape(name), sentence, re.I)]
    zones = {zone for _, zone in named}
    if named:
        if len(zones) == 1 and None not in zones:
            return zones.pop()
        ctx.notes.append("local time: the places named have different zones; left unknown")
        return None
    if ctx.dateline:
        ctx.notes.append("local time taken as the dateline's")
        return ctx.dateline
    ctx.notes.append("local time of an unnamed place: zone unknown")
    return None


_PAREN = re.compile(r"\s*[(\[]\s*")
_CLOSE = re.compile(r"\s*[)\]]")
CLOCK_FORMS = ("clock", "clock_day")


_DAY_AFTER = re.compile(r"\s*[)\]]\s*,?\s*(?:on\s+)?")


def pair_equivalents(text: str, items: list) -> None:
    """"1:39 p.m. local time (0809 GMT)": the time in brackets is the same instant. It fixes the
    UTC day of the bracketed time (which may fall on the day before) and, when only one of the
    two has a zone, gives the other its offset. A day right after the brackets ("10:35 a.m.
    (0735 GMT) Friday") is the local time's day. ``items`` are Timex objects, changed in place."""
    for i, (a, b) in enumerate(zip(items, items[1:])):
        if a.form in CLOCK_FORMS and b.form in CLOCK_FORMS and _PAREN.fullmatch(text, a.end, b.start) \
                and _CLOSE.match(text, b.end) and a.value.start and b.value.start:
            day = items[i + 2] if i + 2 < len(items) else None
            if a.form == "clock" and day is not None and _DAY_AFTER.fullmatch(text, b.end, day.start) \
                    and day.type == "DATE" and day.value.grain == "day" and day.value.start \
                    and "dateline" not in day.notes:
                for t in (a, b) if b.form == "clock" else (a,):
                    t.value = C.on_day(t.value, day.value).model_copy(update={"weekday": None})
                    t.notes = [n for n in t.notes if "clock time taken" not in n]
                    t.form = "clock_day" if t is a else t.form
            _reconcile(a, b)


def _reconcile(a, b) -> None:
    # the time whose day is written stays; the other may move a day
    fixed, moving = (b, a) if b.form == "clock_day" and a.form != "clock_day" else (a, b)
    shifts = (0,) if moving.form == "clock_day" else (0, -1, 1)
    f_utc, m_utc = _utc(fixed.value), _utc(moving.value)
    if f_utc is None and m_utc is None:
        return  # neither time has a zone: nothing to learn
    if f_utc is not None and m_utc is not None:
        s = min(shifts, key=lambda s: abs(m_utc + s * _DAY - f_utc))
        if abs(m_utc + s * _DAY - f_utc) > 12 * _HOUR:
            return
        zone = None
    else:
        fits = [(s, z) for s in shifts
                if (z := offset_zone(_wall(moving.value) + s * _DAY, f_utc) if f_utc is not None
                    else offset_zone(_wall(fixed.value), m_utc + s * _DAY)) is not None]
        if len(fits) != 1:
            return  # no reading, or two: leave both as they are
        s, zone = fits[0]
    if s:
        moving.value = _shifted(moving.value, s)
        moving.notes = [n for n in moving.notes if "clock time taken" not in n] + [
            "day from the time given with it"]
    if zone is not None:
        target = fixed if f_utc is None else moving
        target.value = _with_zone(target.value, zone)
        target.notes = [n for n in target.notes if "unknown" not in n] + ["zone from the time given with it"]


_DAY, _HOUR = dt.timedelta(days=1), dt.timedelta(hours=1)


def _utc(v: TimeValue) -> dt.datetime | None:
    return dt.datetime.fromisoformat(v.utc_start[:-1]) if v.utc_start else None


def _wall(v: TimeValue) -> dt.datetime:
    return dt.datetime.fromisoformat(v.start[:16])


def _shifted(v: TimeValue, days: int) -> TimeValue:
    if not days:
        return v
    d = dt.date.fromisoformat(v.timex[:10]) + dt.timedelta(days=days)
    return C.clock(d, *C.hour_minute(v.timex), v.zone).model_copy(update={"mod": v.mod, "weekday": v.weekday})


def _with_zone(v: TimeValue, zone: str) -> TimeValue:
    d = dt.date.fromisoformat(v.timex[:10])
    return C.clock(d, *C.hour_minute(v.timex), zone).model_copy(update={"mod": v.mod, "weekday": v.weekday})
