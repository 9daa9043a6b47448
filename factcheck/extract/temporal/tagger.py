"""The temporal tagger: every TIMEX3 in a sentence, typed, normalized and with notes."""

from __future__ import annotations

import datetime as dt
import re
from bisect import bisect_right
from dataclasses import dataclass, field

from ...models import TimeValue
from . import calendar as C
from . import named, relative  # noqa: F401  (they register their resolvers)
from .patterns import (BOUND_BEFORE, BOUND_MODS, FIRST_WORD, HEDGE_BEFORE, HEDGE_MODS, KEYWORD, KEYWORD_I, MOD_BEFORE, MOD_WORDS,
                       TEMPORAL, UNIT_KEYS, WORD_START, WORDS_BEFORE, WORDS_BEFORE_OTHER)
from .resolve import REGISTRY, Ctx

_REFS = {"PRESENT_REF", "PAST_REF", "FUTURE_REF"}
#: "the" before a hyphenated modifier: "the 30-day ban", "the third-quarter results".
_ADJECTIVAL_THE = re.compile(r"the\s(?=[\w]+-(?:second|minute|hour|day|week|month|quarter|year|decade)\b)", re.I)
#: Publication dates outside this range are treated as wrong rather than resolved against.
PLAUSIBLE_YEARS = (1800, 2200)


@dataclass(slots=True)
class Timex:
    start: int
    end: int
    type: str  # TIMEX3 type: DATE, TIME, DURATION, SET
    value: TimeValue
    notes: list[str] = field(default_factory=list)
    form: str = ""  # the pattern alternative that matched

    @property
    def is_ref(self) -> bool:
        return self.value.timex in _REFS


@dataclass(slots=True)
class DocState:
    """What one sentence leaves for the next in the same document: the last day and the last
    month/quarter named, anchors for "two days later", "10 p.m." and "a year earlier"."""

    prev: TimeValue | None = None
    period: TimeValue | None = None


def usable(published: dt.date | None) -> tuple[dt.date | None, str | None]:
    if published is None:
        return None, None
    if not PLAUSIBLE_YEARS[0] <= published.year <= PLAUSIBLE_YEARS[1]:
        return None, f"publication date {published.isoformat()} is implausible; relative dates left unresolved"
    return published, None


def tag(text: str, lo: int, hi: int, published: dt.date | None,
        state: DocState | None = None) -> list[Timex]:
    """The temporal expressions of sentence ``text[lo:hi]`` resolved against ``published``.

    With ``state`` (one per document, sentences in order) anaphoric expressions may use a
    date named in an earlier sentence.
    """
    pub, pub_note = usable(published)
    ctx = Ctx(text=text, lo=lo, hi=hi, pub=pub)
    if state is not None:
        ctx.prev, ctx.period = state.prev, state.period
    out: list[Timex] = []
    for m in matches(text, lo, hi):
        ctx.notes, ctx.end = [], None
        form = m.lastgroup or ""
        try:
            res = REGISTRY[form](m, ctx)
        except (ValueError, OverflowError, KeyError, IndexError, StopIteration) as exc:
            res = "DATE", TimeValue(timex="XXXX")
            ctx.notes.append(f"could not resolve: {exc.__class__.__name__}")
        if res is None:
            continue
        typ, value = res
        start, end = m.start(), ctx.end or m.end()
        if _ADJECTIVAL_THE.match(text, start, end):
            start = m.start() + 4  # "the 30-day ban": the determiner belongs to "ban" (TimeML)
        if form == "anniv":
            end = m.end() - 2  # the match ends with "of"; the event after it is not a time
            while text[end - 1] == " ":
                end -= 1
        notes = list(dict.fromkeys(ctx.notes))
        if pub_note and value.start is None and typ != "DURATION":
            notes.append(pub_note)
        if typ in ("DATE", "TIME") and value.timex not in _REFS:
            try:
                start, value = _modifier(text, lo, start, value)
                value = _bound(text, lo, start, value)
            except (ValueError, OverflowError):  # a modifier never costs the expression
                notes.append("modifier not applied")
        if typ == "DURATION" or form == "ago":
            start, value = _hedge(text, lo, start, value)
        if typ == "DATE" and value.grain == "day" and value.start:
            ctx.prev = value
        derived = re.search(r"ago|earlier|later|before|after", m.group(), re.I)
        if typ == "DATE" and value.grain in ("month", "quarter") and value.start and not derived:
            ctx.period = value  # a period "a year earlier" derives from is not itself the topic
        out.append(Timex(start, end, typ, value, notes, form))
    if state is not None:
        state.prev, state.period = ctx.prev, ctx.period
    return _join_clock(text, out)


def candidates(text: str, lo: int, hi: int) -> list[int]:
    """Word starts where a temporal expression may begin: a few words before each keyword,
    kept only when the word can open an expression. Trying the full pattern only there keeps
    tagging fast on long text."""
    sent = text[lo:hi]
    low = sent.lower()
    hits = KEYWORD.finditer(low) if len(low) == len(sent) else KEYWORD_I.finditer(sent)
    starts: list[int] | None = None
    out: set[int] = set()
    for h in hits:
        if starts is None:
            starts = [w.start() for w in WORD_START.finditer(sent)]
        i = bisect_right(starts, h.start())
        back = WORDS_BEFORE if h.group().lower() in UNIT_KEYS else WORDS_BEFORE_OTHER
        out.update(starts[max(0, i - 1 - back):i])
        if h.start() > 0 and sent[h.start() - 1] in "'’":
            out.add(h.start() - 1)
    return sorted(lo + p for p in out if FIRST_WORD.match(sent, p))


def matches(text: str, lo: int, hi: int):
    """Leftmost, non-overlapping matches of the temporal pattern, like ``finditer``."""
    cursor = lo
    for pos in candidates(text, lo, hi):
        if pos < cursor:
            continue
        m = TEMPORAL.match(text, pos, hi)
        if m and m.end() > m.start():
            yield m
            cursor = m.end()


def _modifier(text: str, lo: int, start: int, value: TimeValue) -> tuple[int, TimeValue]:
    """"early 2024", "mid-March", "the end of next year": extend the span, narrow the value."""
    window_start = max(lo, start - 24)
    m = MOD_BEFORE.search(text, window_start, start)
    if not m:
        return start, value
    words = m["mod"].lower().split()
    key = words[-2] if words[-1] == "of" else words[-1]
    if key in ("earlier", "later") and value.grain != "day":
        return start, value  # "earlier this month" is its own form; "later 2024" is no English
    mod = MOD_WORDS.get(key)
    if mod is None:
        return start, value
    return m.start(), C.narrow(value, mod)


def _hedge(text: str, lo: int, start: int, value: TimeValue) -> tuple[int, TimeValue]:
    """"nearly two years", "more than four decades ago": inside the TIMEX3, as its mod."""
    if text.startswith(("the", "The"), start):
        return start, value  # "over the next 10 years": "over" is a preposition there
    m = HEDGE_BEFORE.search(text, max(lo, start - 16), start)
    if not m:
        return start, value
    mod = HEDGE_MODS[re.sub(r"\s+", " ", m["h"].lower())]
    return m.start(), value.model_copy(update={"mod": mod})


def _bound(text: str, lo: int, start: int, value: TimeValue) -> TimeValue:
    if value.mod:
        return value
    m = BOUND_BEFORE.search(text, max(lo, start - 20), start)
    if not m:
        return value
    return value.model_copy(update={"mod": BOUND_MODS[re.sub(r"\s+", " ", m["b"].lower())]})


_GAP = re.compile(r"\s*(?:on|at|,)?\s*", re.I)


def _join_clock(text: str, items: list[Timex]) -> list[Timex]:
    """"midnight on April 3", "Friday at 3 p.m.": one TIME on that day."""
    out: list[Timex] = []
    i = 0
    while i < len(items):
        cur = items[i]
        nxt = items[i + 1] if i + 1 < len(items) else None
        if nxt is not None and _GAP.fullmatch(text, cur.end, nxt.start):
            clock, day = (cur, nxt) if cur.form == "clock" else (nxt, cur) if nxt.form == "clock" else (None, None)
            if clock and day.type == "DATE" and day.value.grain == "day" and "-" in day.value.timex:
                out.append(Timex(cur.start, nxt.end, "TIME", _on_day(clock.value, day.value),
                                 [n for n in clock.notes + day.notes if "publication date" not in n
                                  or n.startswith("year")], "clock"))
                i += 2
                continue
        out.append(cur)
        i += 1
    return out


def _on_day(clock: TimeValue, day: TimeValue) -> TimeValue:
    """The clock time of ``clock`` moved onto ``day``."""
    _, _, tail = clock.timex.partition("T")
    if day.start is None:  # an undated "midnight on April 3": XXXX-04-03T24:00
        return TimeValue(timex=f"{day.timex}T{tail}", grain=clock.grain)
    old_day = clock.timex.partition("T")[0]
    start = clock.start.replace(old_day, day.start, 1) if clock.start and old_day[0] != "X" else None
    new = clock.model_copy(update={"timex": f"{day.start}T{tail}"})
    if tail.startswith("24:00"):
        nxt = (dt.date.fromisoformat(day.start) + dt.timedelta(days=1)).isoformat()
        suffix = tail[5:]
        return new.model_copy(update={"start": f"{nxt}T00:00{suffix}", "end": f"{nxt}T00:01{suffix}"})
    if start is None:
        hhmm = tail[:5]
        suffix = tail[5:]
        a = dt.datetime.fromisoformat(f"{day.start}T{hhmm}")
        return new.model_copy(update={"start": a.isoformat(timespec="minutes") + suffix,
                                      "end": (a + dt.timedelta(minutes=1)).isoformat(timespec="minutes") + suffix})
    end = (dt.datetime.fromisoformat(start[:16]) + dt.timedelta(minutes=1)).isoformat(timespec="minutes") + start[16:]
    return new.model_copy(update={"start": start, "end": end})


_OFFSET_GAP = re.compile(r"\s+(?P<dir>before|after|prior\s+to|following)\s+(?:(?:on|the)\s+)?", re.I)
_SHIFT_UNITS = {"D": "day", "W": "week", "M": "month", "Y": "year"}


def combine_offsets(text: str, items: list[Timex]) -> list[Timex]:
    """"two days after March 3" -> one date, 2025-03-05; "a week before the vote" is left to
    the order relations. TimeML tags the two parts apart; a claim wants the date."""
    out: list[Timex] = []
    i = 0
    while i < len(items):
        cur, nxt = items[i], items[i + 1] if i + 1 < len(items) else None
        m = _OFFSET_GAP.fullmatch(text, cur.end, nxt.start) if nxt is not None else None
        dur = re.fullmatch(r"P(\d+)([DWMY])", cur.value.timex)
        if m and dur and cur.type == "DURATION" and nxt.type == "DATE" and nxt.value.grain == "day" \
                and nxt.value.start:
            sign = -1 if m["dir"].lower().startswith(("before", "prior")) else 1
            day = dt.date.fromisoformat(nxt.value.start)
            try:
                moved = C.shift(day, _SHIFT_UNITS[dur[2]], sign * int(dur[1]))
            except (ValueError, OverflowError):
                moved = None
            if moved is not None:
                value = C.day(moved).model_copy(update={"anchor": nxt.value.timex})
                out.append(Timex(cur.start, nxt.end, "DATE", value, nxt.notes, "offset"))
                i += 2
                continue
        out.append(cur)
        i += 1
    return out
