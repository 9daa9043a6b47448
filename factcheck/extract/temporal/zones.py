"""Time zones of clock times: what a written zone means, and the UTC instant it gives.

A zone is an IANA name ("Asia/Tokyo"), "UTC", or a fixed offset ("-05:00"). Abbreviations that
name a season's offset (EST, CEST, AEDT) are fixed offsets: "EST" in July still says -05:00.
Names of a region's civil time (ET, "Eastern time", JST, "Japan time") are IANA zones, so the
offset follows daylight saving on the date. Abbreviations with several meanings (IST: India,
Ireland, Israel; CST: US Central, China, Cuba) take the reading the places of the sentence or
the dateline select, and stay unknown otherwise.
"""

from __future__ import annotations

import datetime as dt
from functools import lru_cache
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from .places import zone_of

ABBREVIATIONS = {
    "UTC": "UTC", "GMT": "UTC", "Z": "UTC",
    "EST": "-05:00", "EDT": "-04:00", "CDT": "-05:00", "MST": "-07:00", "MDT": "-06:00",
    "PST": "-08:00", "PDT": "-07:00", "AKST": "-09:00", "AKDT": "-08:00", "HST": "-10:00",
    "ET": "America/New_York", "CT": "America/Chicago", "MT": "America/Denver",
    "PT": "America/Los_Angeles",
    "WET": "+00:00", "WEST": "+01:00", "CET": "+01:00", "CEST": "+02:00", "EET": "+02:00",
    "EEST": "+03:00", "MSK": "Europe/Moscow",
    "PKT": "Asia/Karachi", "NPT": "Asia/Kathmandu", "MMT": "Asia/Yangon", "ICT": "+07:00",
    "WIB": "Asia/Jakarta", "WITA": "Asia/Makassar", "WIT": "Asia/Jayapura",
    "SGT": "Asia/Singapore", "HKT": "Asia/Hong_Kong", "PHT": "Asia/Manila", "JST": "Asia/Tokyo",
    "KST": "Asia/Seoul",
    "AWST": "+08:00", "ACST": "+09:30", "ACDT": "+10:30", "AEST": "+10:00", "AEDT": "+11:00",
    "NZST": "+12:00", "NZDT": "+13:00",
}
_US_CENTRAL = {"America/Chicago", "America/Mexico_City", "America/Guatemala",
               "America/El_Salvador", "America/Tegucigalpa", "America/Managua", "America/Costa_Rica"}
#: Abbreviation -> [(zone, the place zones that select it)]; first reading = default, if any.
AMBIGUOUS: dict[str, list[tuple[str, frozenset[str]]]] = {
    "IST": [("Asia/Kolkata", frozenset({"Asia/Kolkata"})), ("+01:00", frozenset({"Europe/Dublin"})),
            ("+02:00", frozenset({"Asia/Jerusalem"}))],
    "CST": [("-06:00", frozenset(_US_CENTRAL)), ("+08:00", frozenset({"Asia/Shanghai", "Asia/Taipei",
            "Asia/Hong_Kong", "Asia/Macau"})), ("-05:00", frozenset({"America/Havana"}))],
    "BST": [("+01:00", frozenset({"Europe/London"})), ("Asia/Dhaka", frozenset({"Asia/Dhaka"}))],
}
#: British Summer Time is what English news means by BST unless Bangladesh is the place.
DEFAULT_READING = {"BST": "+01:00"}
ABBREVIATION_WORD = "|".join(sorted([*ABBREVIATIONS, *AMBIGUOUS], key=len, reverse=True))

#: Spelled-out zones: the capitalized words before "time" ("Eastern Standard Time").
NAMED = {
    "eastern": "America/New_York", "central": "America/Chicago", "mountain": "America/Denver",
    "pacific": "America/Los_Angeles", "eastern standard": "-05:00", "eastern daylight": "-04:00",
    "central standard": "-06:00", "central daylight": "-05:00", "mountain standard": "-07:00",
    "pacific standard": "-08:00", "pacific daylight": "-07:00", "greenwich mean": "UTC",
    "greenwich": "UTC", "universal": "UTC", "coordinated universal": "UTC",
    "british summer": "+01:00", "british": "Europe/London", "uk": "Europe/London",
    "central european": "+01:00", "central european summer": "+02:00",
    "eastern european": "+02:00", "indian standard": "Asia/Kolkata", "india standard": "Asia/Kolkata",
    "japan standard": "Asia/Tokyo", "korea standard": "Asia/Seoul", "china standard": "+08:00",
    "beijing": "Asia/Shanghai", "australian eastern standard": "+10:00",
    "australian eastern daylight": "+11:00",
}


def named_zone(words: str) -> str | None:
    """The zone of "<words> time": a zone name ("Eastern"), a place of the gazetteer ("Japan",
    "Delhi"), or a city the time-zone database names a zone by ("Bishkek time" is
    Asia/Bishkek, "Almaty time" Asia/Almaty)."""
    key = " ".join(words.split()).lower()
    return NAMED.get(key) or zone_of(key) or _database_cities().get(key)


#: Areas of the time-zone database whose last part is a city of the world; the others (Etc,
#: US/Eastern, SystemV…) are aliases or offsets, not places.
_AREAS = frozenset({"Africa", "America", "Antarctica", "Asia", "Atlantic", "Australia", "Europe",
                    "Indian", "Pacific"})


@lru_cache(maxsize=1)
def _database_cities() -> dict[str, str]:
    """Lower-case city names of the time-zone database ("bishkek", "almaty") and their zone. A
    name that two zones end with is left out ("buenos aires": America/Buenos_Aires and
    America/Argentina/Buenos_Aires; the gazetteer has it)."""
    from zoneinfo import available_timezones

    seen: dict[str, set[str]] = {}
    for key in sorted(available_timezones()):
        parts = key.split("/")
        if len(parts) >= 2 and parts[0] in _AREAS:
            seen.setdefault(parts[-1].replace("_", " ").lower(), set()).add(key)
    return {city: next(iter(keys)) for city, keys in seen.items() if len(keys) == 1}


def abbreviation(abbr: str, place_zones: list[str]) -> tuple[str | None, str | None]:
    """(zone, note) for a written abbreviation; ambiguous ones are read by the places named."""
    if abbr in ABBREVIATIONS:
        return ABBREVIATIONS[abbr], None
    readings = [z for z, selectors in AMBIGUOUS[abbr] if selectors & set(place_zones)]
    if len(readings) == 1:
        return readings[0], None
    if abbr in DEFAULT_READING and not readings:
        return DEFAULT_READING[abbr], None
    return None, f"time zone {abbr} is ambiguous here: left unknown"


@lru_cache(maxsize=256)
def _tzinfo(zone: str) -> dt.tzinfo | None:
    if zone == "UTC":
        return dt.timezone.utc
    if zone[:1] in "+-":
        sign = -1 if zone[0] == "-" else 1
        hours, minutes = int(zone[1:3]), int(zone[4:6])
        return dt.timezone(sign * dt.timedelta(hours=hours, minutes=minutes))
    try:
        return ZoneInfo(zone)
    except (ZoneInfoNotFoundError, ValueError):  # no tz database on this machine
        return None


def offset_text(delta: dt.timedelta) -> str:
    """"+05:30" for five and a half hours; "Z" for none (the TIMEX3 suffix of UTC)."""
    if not delta:
        return "Z"
    sign = "-" if delta < dt.timedelta(0) else "+"
    minutes = abs(int(delta.total_seconds())) // 60
    return f"{sign}{minutes // 60:02d}:{minutes % 60:02d}"


def utc_text(moment: dt.datetime) -> str:
    return moment.astimezone(dt.timezone.utc).strftime("%Y-%m-%dT%H:%MZ")


def localize(wall: dt.datetime, zone: str | None) -> tuple[str, dt.datetime | None]:
    """(suffix for the local value, the aware instant) of wall-clock time ``wall`` in ``zone``.

    In a daylight-saving gap or fold the earlier reading is taken (``fold=0``), as a clock
    would show it before the change."""
    tz = _tzinfo(zone) if zone else None
    if tz is None:
        return "", None
    aware = wall.replace(tzinfo=tz)
    return offset_text(aware.utcoffset() or dt.timedelta(0)), aware


def offset_zone(local: dt.datetime, utc: dt.datetime) -> str | None:
    """The fixed zone that makes wall time ``local`` the instant ``utc`` (both naive), when it is
    a real one: within UTC-12 to UTC+14 and on a quarter hour."""
    delta = local - utc
    if not dt.timedelta(hours=-12) <= delta <= dt.timedelta(hours=14) or delta.total_seconds() % 900:
        return None
    return "UTC" if not delta else offset_text(delta)
