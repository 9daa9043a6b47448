"""The temporal tagger: every TIMEX3 in a sentence, typed, normalized and with notes."""

from __future__ import annotations

import datetime as dt
import re
from bisect import bisect_right
from dataclasses import dataclass, field

from ...models import TimeValue
from . import calendar as C
from . import clock, durations, named, ranges, relative, years  # noqa: F401  (they register their resolvers)
from .patterns import (BOUND_BEFORE, BOUND_MODS, FIRST_WORD_AT, HEDGE_BEFORE, HEDGE_MODS, KEYWORD, KEYWORD_I, MOD_BEFORE, MOD_WORDS,
                       TEMPORAL, UNIT_KEYS, WORD_START, WORDS_BEFORE, WORDS_BEFORE_OTHER)
from .clock import pair_equivalents
from .dateline import NOTE as DATELINE
from .dateline import dateline_at, place_dateline, post_stamp, zone_of_dateline
from .resolve import REGISTRY, YEAR_NOTE, Ctx

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
    month/quarter named, anchors for "two days later", "10 p.m." and "a year earlier"; and the
    zone of the dateline's place, where "local time" is when a sentence names no place."""

    prev: TimeValue | None = None
    period: TimeValue | None = None
    dateline_seen: bool = False
    dateline: str | None = None


#: A capitalised word right before "Today" that is part of a name ("USA Today", "India
#: Today", "the BBC's Today programme").
_NAME_BEFORE = re.compile(r"(?:[A-Z][\w.&]*|[A-Z][\w.&]*['\u2019]s)[ \t]+\Z")
_LOWER_AFTER = re.compile(r"[ \t]*(?:[a-z]|[.,;:)\u2019'\"\u201d]|\Z)")


def _in_a_name(text: str, lo: int, hi: int, start: int, end: int) -> bool:
    """"USA Today reported", "India Today said": a capitalised "Today" after a capitalised
    word and before a lower-case one is a title (a paper, a programme), not a day. A headline
    in title case ("Plane Crashes Today In Moscow") keeps its date: the word after it is
    capitalised too."""
    word = text[start:end]
    if word[:1].islower() or " " in word:
        return False
    before = text[max(lo, start - 40):start]
    if not _NAME_BEFORE.search(before) or before.rstrip().endswith((".", ":")):
        return False
    return bool(_LOWER_AFTER.match(text[end:min(hi, end + 3)] if end < hi else ""))


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
    state = DocState() if state is None else state
    ctx.prev, ctx.period = state.prev, state.period
    ctx.carried = state.prev
    if not state.dateline_seen and (m := place_dateline(text, lo, hi)):
        state.dateline_seen, state.dateline = zone_of_dateline(m)
    ctx.dateline = state.dateline
    out: list[Timex] = []
    reached = lo  # where the last expression ended, its zone or day included ("… AEST)")
    for m in matches(text, lo, hi):
        if m.start() < reached:
            continue  # "Wednesday" inside "(1:23 a.m. Wednesday AEST)": read with the time
        ctx.notes, ctx.end = [], None
        form = m.lastgroup or ""
        if form == "deictic" and _in_a_name(text, lo, hi, m.start(), m.end()):
            continue
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
        if typ == "DURATION" and form == "duration":
            start, value = _range(text, lo, start, value)
        if typ == "DURATION" or form == "ago":
            start, value = _hedge(text, lo, start, value)
        elif form == "clock" and value.mod is None:
            start, value = _clock_range(text, lo, start, value)
            start, value = _hedge(text, lo, start, value, approx_only=True)
        if typ == "DATE" and _dateline(text, lo, start, end, state):
            notes.append(DATELINE)  # when the story was filed: no anchor for the narrative
        else:
            _remember(ctx, typ, value, m.group())
        out.append(Timex(start, end, typ, value, notes, form))
        reached = max(reached, end)
    state.prev, state.period = ctx.prev, ctx.period
    out = _join_clock(text, _year_said_after(text, out))
    pair_equivalents(text, out)
    return out


_YEAR_GAP = re.compile(r"\s*,?\s*(?:of\s+)?")


def _year_said_after(text: str, items: list[Timex]) -> list[Timex]:
    """"the Beirut port explosion on August 4 last year", "on 3 March of this year": the year
    the words after a date name is its year, not the one the publication date suggested."""
    out = list(items)
    for k in range(len(out) - 1):
        a, b = out[k], out[k + 1]
        if YEAR_NOTE in a.notes and a.value.grain in ("day", "month") and a.value.start \
                and b.form == "relunit" and b.value.grain == "year" and b.value.start \
                and _YEAR_GAP.fullmatch(text, a.end, b.start):
            year = b.value.start[:4]
            moved = {f: year + getattr(a.value, f)[4:] for f in ("timex", "start", "end")
                     if (getattr(a.value, f) or "")[:4].isdigit()}
            notes = [n for n in a.notes if n != YEAR_NOTE] + [f"year from '{text[b.start:b.end]}'"]
            out[k] = Timex(a.start, a.end, a.type, a.value.model_copy(update=moved), notes, a.form)
    return out


def _remember(ctx: Ctx, typ: str, value: TimeValue, written: str) -> None:
    """Keep the last day and the last month/quarter named, for the expressions that follow."""
    if typ == "DATE" and value.grain == "day" and value.start:
        ctx.prev = value
    elif typ in ("DATE", "TIME") and value.grain == "hour" and value.start and "T" in value.start \
            and value.start[:4].isdigit() and re.search(r"morning|afternoon|evening|night", written, re.I):
        ctx.prev = value  # "Monday afternoon": the day later clock times fall on
    derived = re.search(r"ago|earlier|later|before|after", written, re.I)
    if typ == "DATE" and value.grain in ("month", "quarter") and value.start and not derived:
        ctx.period = value  # a period "a year earlier" derives from is not itself the topic


def _dateline(text: str, lo: int, start: int, end: int, state: DocState) -> bool:
    if post_stamp(text, lo, start):
        return True  # an embedded post's date: when it was written
    m = dateline_at(text, lo, start, end)
    if m is None:
        return False
    if not state.dateline_seen:
        state.dateline_seen, state.dateline = zone_of_dateline(m)
    return True


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
    return sorted(lo + p for p in out if FIRST_WORD_AT(sent, p, len(sent)))


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


def _hedge(text: str, lo: int, start: int, value: TimeValue,
           approx_only: bool = False) -> tuple[int, TimeValue]:
    """"nearly two years", "more than four decades ago": inside the TIMEX3, as its mod.
    A clock time takes only "about/around" ("around 10 am"): "nearly 10 pm" says little."""
    if text.startswith(("the", "The"), start):
        return start, value  # "over the next 10 years": "over" is a preposition there
    m = HEDGE_BEFORE.search(text, max(lo, start - 16), start)
    if not m:
        return start, value
    mod = HEDGE_MODS[re.sub(r"\s+", " ", m["h"].lower())]
    if approx_only and mod != "APPROX":
        return start, value
    return m.start(), value.model_copy(update={"mod": mod})


_RANGE_BEFORE = re.compile(r"(?:\b(?P<between>between|from)\s+)?\b(?P<n>\d+(?:\.\d+)?|[a-z]+)\s*"
                           r"(?P<joint>to|-|\u2013|and|or)\s*$", re.I)
_SIMPLE_DURATION = re.compile(r"P(T?)(\d+(?:\.\d+)?)([YMWDHS])$")


def _range(text: str, lo: int, start: int, value: TimeValue) -> tuple[int, TimeValue]:
    """"between 70 to 96 hours", "two to three days": a length given as a range. Its bounds
    are kept as ISO durations in ``start`` and ``end`` (the value stays the longer one)."""
    m = _RANGE_BEFORE.search(text, max(lo, start - 24), start)
    v = _SIMPLE_DURATION.match(value.timex)
    if not m or not v or (m["joint"].lower() == "and" and not m["between"]):
        return start, value  # "5 years and 3 months" is one length; "1988 and 3 years" two
    low = durations.amount(m["n"])
    high = float(v.group(2))
    if low is None or not (high / 10 <= low < high):
        return start, value  # "2019 to 3 years", "9 to 3 days": not a range of one length
    lo_text = str(int(low)) if low == int(low) else str(low)
    bounds = {"start": f"P{v.group(1)}{lo_text}{v.group(3)}", "end": value.timex}
    return m.start(), value.model_copy(update=bounds)


def _bound(text: str, lo: int, start: int, value: TimeValue) -> TimeValue:
    if value.mod:
        return value
    m = BOUND_BEFORE.search(text, max(lo, start - 20), start)
    if not m:
        return value
    return value.model_copy(update={"mod": BOUND_MODS[re.sub(r"\s+", " ", m["b"].lower())]})


#: The first hour of a clock range written before its second: "between two and |three
#: o'clock in the morning", "between 2 and |3 a.m.".
_BETWEEN_HOURS = re.compile(r"\bbetween\s+(?P<h>1[0-2]|[1-9]|one|two|three|four|five|six|seven|eight|nine|ten|"
                            r"eleven|twelve)(?:[:.](?P<m>[0-5]\d))?\s+and\s+$", re.I)


def _clock_range(text: str, lo: int, start: int, value: TimeValue) -> tuple[int, TimeValue]:
    """"between two and three o'clock in the morning": from the first hour to the second, in
    the second's half of the day (the span then opens at "between")."""
    m = _BETWEEN_HOURS.search(text, max(lo, start - 30), start)
    if m is None or not value.start or "T" not in value.start or not value.end:
        return start, value
    hour = clock.hour_of(m["h"])
    end_hour = int(value.start[11:13])
    first = hour % 12 + (end_hour // 12) * 12
    if first > end_hour:
        first -= 12  # "between 11 and 1 p.m.": 11 a.m.
    if first < 0:
        return start, value
    opening = f"{value.start[:11]}{first:02d}:{m['m'] or '00'}"
    if opening >= value.start[:16]:
        return start, value
    return m.start(), _opened_at(value, opening)


def _opened_at(value: TimeValue, opening: str) -> TimeValue:
    """``value`` (one clock time) as the range from the wall-clock time ``opening`` to it."""
    update = {"start": opening + value.start[16:], "timex": f"{opening}/{value.timex}"}
    if value.utc_start:
        shift = dt.datetime.fromisoformat(value.start[:16]) - dt.datetime.fromisoformat(opening)
        utc = dt.datetime.fromisoformat(value.utc_start.rstrip("Z")) - shift
        update["utc_start"] = utc.isoformat(timespec="minutes") + ("Z" if value.utc_start.endswith("Z") else "")
    return value.model_copy(update=update)


def _clock_on_day(time: TimeValue, day: TimeValue) -> TimeValue:
    """``C.on_day`` for a clock time or a clock range ("between 2 and 3 a.m. on Sunday")."""
    if "/" not in time.timex:
        return C.on_day(time, day)
    first, last = time.timex.split("/", 1)
    moved = C.on_day(time.model_copy(update={"timex": last}), day)
    return _opened_at(moved, C.on_day(time.model_copy(update={"timex": first}), day).start[:16])


_GAP = re.compile(r"\s*,?\s*(?:on|at)?\s*", re.I)


_PART_OF_DAY_TIMEX = re.compile(r"^\d{4}-\d\d-\d\dT(?:MO|AF|EV|NI)$")


def _dated_part_of_day(v: TimeValue) -> bool:
    """"Wednesday morning" with its date: a part of a day a clock time beside it may fall in."""
    return v.grain == "hour" and bool(_PART_OF_DAY_TIMEX.match(v.timex)) and bool(v.start) and bool(v.end)


def _join_clock(text: str, items: list[Timex]) -> list[Timex]:
    """"midnight on April 3", "Friday at 3 p.m.": one TIME on that day."""
    out: list[Timex] = []
    i = 0
    while i < len(items):
        cur = items[i]
        nxt = items[i + 1] if i + 1 < len(items) else None
        if nxt is not None and _GAP.fullmatch(text, cur.end, nxt.start):
            clock, day = (cur, nxt) if cur.form == "clock" else (nxt, cur) if nxt.form == "clock" else (None, None)
            dated = clock and day.type == "DATE" and day.value.grain == "day" and "-" in day.value.timex
            # "7:35 a.m. Wednesday morning": the part of the day only repeats where the time falls
            held = clock and not dated and _dated_part_of_day(day.value)
            moved = _clock_on_day(clock.value, day.value) if dated or held else None
            if moved is not None and (dated or moved.start and day.value.start <= moved.start[:16] < day.value.end) \
                    and DATELINE not in day.notes:
                notes = [n for n in clock.notes + day.notes if "publication date" not in n or n.startswith("year")]
                out.append(Timex(cur.start, nxt.end, "TIME", moved, notes, "clock_day"))
                i += 2
                continue
        out.append(cur)
        i += 1
    return out
