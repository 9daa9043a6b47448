"""A weekday on a page stamped in a time zone behind the story's place.

"The attack took place early Tuesday" on a page stamped Monday 11 December (US time) about an
attack in Pakistan early on Tuesday 12 December: read against the stamp, "Tuesday" is the
Tuesday before it, six days back, as a week-old day would be. The extractor notes such weekdays
(``DAY_AFTER_STAMP``); here the other reports of the run decide. When another source dates
the same event to the day after the stamp, or three or more date anything to it, and none dates
the event (or anything, for the second test) to the day six days back, the page's stamp is
behind the story's clock: its weekdays six days back, and the times each dates, are read a week
on, and the page reports its figures as of that day at least (so that a toll it gives is not
taken for an earlier, higher one).
"""

from __future__ import annotations

import datetime as dt
from collections import Counter, defaultdict

from ..extract.identity import TOPIC_EVENT
from ..extract.temporal.relative import DAY_AFTER_STAMP
from ..models import Claim, Document, TimeValue

#: The note on a weekday moved to the day after its page's stamp.
MOVED = "read as the day after the page's date: the other reports date this event so (time zones)"
#: Independent sources (source groups) that must date the same event to the later day, or
#: date anything to it, with none dating anything of the kind to the earlier day.
_SAME_EVENT = 1
_ANY_EVENT = 3
_WEEK = dt.timedelta(days=7)


def days_after_stamp(claims: list[Claim], documents: dict[str, Document]) -> tuple[list[Claim], dict[str, str]]:
    """``claims`` with each weekday noted ``DAY_AFTER_STAMP`` moved a week on (to the day after
    its page's stamp) when the other reports of its event say so; and, for each page with such
    a weekday, that day (the page reports as of it at least: its stamp is behind the story's
    clock)."""
    flagged = [c for c in claims if DAY_AFTER_STAMP in c.notes and _day(c) is not None]
    if not flagged:
        return claims, {}
    votes: dict[str, dict[dt.date, set[str]]] = defaultdict(lambda: defaultdict(set))
    events: Counter[str] = Counter()
    for c in claims:
        day = _day(c)
        if day is None or DAY_AFTER_STAMP in c.notes or c.doc not in documents or not c.event:
            continue
        votes[c.event][day].add(documents[c.doc].group)
        if c.event != TOPIC_EVENT:
            events[c.event] += 1
    story = events.most_common(1)[0][0] if events else None
    behind: set[str] = set()  # pages whose stamp is behind the story's clock
    for c in flagged:
        doc = documents.get(c.doc)
        if doc is None or not c.event:
            continue
        day = _day(c)
        assert day is not None
        own = {c.event} | ({TOPIC_EVENT, story} - {None} if c.event == TOPIC_EVENT else set())
        if _later(votes, own, day, doc.group) >= _SAME_EVENT or _later(votes, set(votes), day, doc.group) >= _ANY_EVENT:
            behind.add(c.doc)
    if not behind:
        return claims, {}
    # the other times of those pages' sentences, read once: "at 3 a.m. (1900 GMT) on Friday"
    sentences: dict[tuple, list[Claim]] = defaultdict(list)
    for c in claims:
        if c.doc in behind and DAY_AFTER_STAMP not in c.notes:
            sentences[c.doc, c.sentence].append(c)
    moved: dict[str, Claim] = {}
    ahead: dict[str, str] = {}
    for c in flagged:  # every such weekday of those pages, and the times each dated
        if c.doc not in behind:
            continue
        day = _day(c)
        assert day is not None
        moved[c.id] = _shifted(c)
        ahead[c.doc] = max(ahead.get(c.doc, ""), (day + _WEEK).isoformat())
        for other in sentences.get((c.doc, c.sentence), ()):
            if _day(other) in (day, day - dt.timedelta(days=1)):
                moved[other.id] = _shifted(other)
    return [moved.get(c.id, c) for c in claims], ahead


def _later(votes, events: set, day: dt.date, group: str) -> int:
    """How many other source groups date one of ``events`` to the day a week after ``day`` (0
    when any dates one of them to ``day`` itself)."""
    later = set().union(*(votes[e].get(day + _WEEK, set()) for e in events if e in votes)) - {group}
    earlier = set().union(*(votes[e].get(day, set()) for e in events if e in votes)) - {group}
    return 0 if earlier else len(later)


def _day(c: Claim) -> dt.date | None:
    v = c.value
    if c.kind != "time" or not isinstance(v, TimeValue) or not v.start or v.grain not in ("day", "hour", "minute"):
        return None
    try:
        return dt.date.fromisoformat(v.start[:10])
    except ValueError:
        return None


def _shifted(c: Claim) -> Claim:
    v = c.value
    assert isinstance(v, TimeValue)

    def later(text: str | None) -> str | None:
        if not text or len(text) < 10 or not text[:4].isdigit():
            return text
        try:
            day = dt.date.fromisoformat(text[:10])
        except ValueError:
            return text
        return (day + _WEEK).isoformat() + text[10:]

    value = v.model_copy(update={"timex": later(v.timex), "start": later(v.start), "end": later(v.end),
                                 "utc_start": later(v.utc_start), "utc_end": later(v.utc_end)})
    return c.model_copy(update={"value": value, "notes": [*c.notes, MOVED]})
