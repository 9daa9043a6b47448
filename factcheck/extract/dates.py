"""Temporal mentions of one sentence: dates and periods ("time"), durations and order relations.

The work is done in :mod:`factcheck.extract.temporal`; this module turns its TIMEX3 results
into mentions. Vague references ("now", "recently") and sets ("a year" in "3% a year") are
tagged but not claims: no rule can compare them.
"""

from __future__ import annotations

import datetime as dt
import re
from bisect import bisect_left

from .mention import Mention
from .temporal import DocState, combine, event_for, find_orders, tag

__all__ = ["DocState", "find_dates"]


def find_dates(text: str, start: int, end: int, published: dt.date | None,
               state: DocState | None = None) -> list[Mention]:
    """Mentions of kind time, duration and order in ``text[start:end]`` (one sentence).

    Pass one ``DocState`` for all sentences of a document, in order, to let "two days later"
    or "a year earlier" use a date named in an earlier sentence.
    """
    out: list[Mention] = []
    timexes = combine(text, tag(text, start, end, published, state))
    orders = find_orders(text, start, end, [(t.start, t.end) for t in timexes])
    order_starts = [lo for lo, _, _ in orders]
    for t in timexes:
        if t.is_ref or t.type == "SET":
            continue
        if t.form == "ago" and t.type == "DURATION" and _in_order(t.start, t.end, order_starts, orders):
            continue  # "a day" of "a day after X" lives on in the order claim's offset
        kind = "duration" if t.type == "DURATION" else "time"
        value = _early_hours(text, start, t.start, t.value) if kind == "time" else t.value
        if t.form == "anniv":
            event = _anniversary_event(text, t.end, end)
        else:
            event = event_for(text, start, end, t.start, t.end)
        out.append(Mention(start=t.start, end=t.end, kind=kind, value=value, event=event,
                           notes=t.notes))
    for lo, hi, value in orders:
        out.append(Mention(start=lo, end=hi, kind="order", value=value, event=value.first))
    out.sort(key=lambda m: (m.start, m.end))
    return out


_EARLY_HOURS = re.compile(r"\b(?:early|wee|small)\s+hours\s+of\s+(?:the\s+)?$", re.I)


def _early_hours(text: str, lo: int, pos: int, value):
    """"in the early hours of this morning", "the early hours of Saturday": from midnight to
    6 a.m. of that day, not the morning (from 6 a.m.) nor the whole day."""
    if not value.start or not _EARLY_HOURS.search(text, max(lo, pos - 30), pos):
        return value
    day = value.start[:10]
    if value.grain not in ("day", "hour") or (value.grain == "hour" and not value.timex.endswith("MO")):
        return value
    return value.model_copy(update={"timex": f"{value.timex[:10]}TMO", "grain": "hour", "mod": "START",
                                    "start": f"{day}T00:00", "end": f"{day}T06:00"})


def _in_order(lo: int, hi: int, starts: list[int], orders: list) -> bool:
    """Whether [lo, hi) overlaps an order claim's span (orders sorted by start, apart)."""
    i = bisect_left(starts, hi) - 1
    return i >= 0 and orders[i][1] > lo


def _anniversary_event(text: str, pos: int, end: int) -> str | None:
    """The event an anniversary counts from: "…anniversary of the Battle of Iwo Jima"."""
    from .temporal.events import noun_phrase, phrase_end
    of = text.find("of", pos, end)
    if of < 0:
        return None
    return noun_phrase(text[of + 2:phrase_end(text, of + 2, end)])
