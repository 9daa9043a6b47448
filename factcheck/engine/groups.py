"""One finding per disputed figure: the claims of one block (same figure by every key) are
split into groups of values that agree, with a sweep over their intervals, and a block whose
values fall into two or more groups from different sources is one finding that lists each
value with its sources. Linear in claims (n log n for the sort), never in pairs: ten outlets
against one give one finding, not ten.

Used for rules that expect intervals to overlap (figures, dates) and compare across sources or
within one document; other expectations are judged pair by pair."""

from __future__ import annotations

import datetime as dt
import math
import re
from collections.abc import Iterator
from dataclasses import dataclass

from ..dsl.rules import Rule
from ..extract.temporal.lexicon import DEICTIC_DAY
from ..models import OrderValue, QuantityValue, TimeValue
from ..units import conversion, dimension
from .compare import _interval as _plain
from .compare import CONVERTED, READINGS, _measured, _slack, _written, readings
from .items import Item
from .timecmp import as_duration, duration_span, instant_span, local_reading

#: Expectations a value-group finding can stand for.
GROUPED = frozenset({"overlap", "same_date", "same_time", "same_duration"})


@dataclass
class Group:
    """Claims whose values agree with one another, in block order: every member's value lies
    in what the others stand for, or theirs in what it stands for."""

    items: list[Item]
    lo: float
    hi: float
    points: tuple[float, float] = (0.0, 0.0)  # the members' values as written (their hull)
    written: tuple[float, float] = (0.0, 0.0)  # what they stand for, rounding allowed (hull)
    common: tuple[float, float] = (0.0, 0.0)  # what every member stands for (intersection)
    neutral: bool = False  # claims consistent with every group ("more than 200" beside 200 and 250)

    def admits(self, points: tuple[float, float], written: tuple[float, float]) -> bool:
        """True when a value agrees with every member: it lies in what they all stand for, or
        all their values lie in what it stands for. A wide value ("Monday afternoon", "nearly
        five months") joins a group without making it admit everything it covers."""
        lo, hi = self.common
        if lo < hi and (points[0] == points[1] and lo <= points[0] < hi or
                        points[0] != points[1] and points[0] < hi and lo < points[1]):
            return True
        lo, hi = self.points
        return written[0] <= lo and (hi < written[1] if lo == hi else hi <= written[1])

    @property
    def sources(self) -> set[str]:
        return {it.doc.group for it in self.items}


def calendar_date(it: Item) -> bool:
    """A date written with its month or in figures ("June 24", "24/06"), not "today" or
    "Sunday": within one article, relative dates of one event name different days more
    often than they contradict each other. The figures of a clock time are no date ("9:55
    a.m. on Sunday" is a relative day)."""
    return any(ch.isdigit() for ch in _CLOCK_FIGURES.sub("", it.claim.text))


#: The figures of a clock time: "9:55", "10 am", "0030 hrs", "2320 GMT".
_CLOCK_FIGURES = re.compile(r"\d{1,2}[:.]\d{2}(?:\s*[ap]\.?\s?m\.?)?|\b\d{1,2}\s*[ap]\.?\s?m\b\.?|"
                            r"\b\d{3,4}\s*(?:GMT|UTC|hrs?|hours)\b", re.I)


def value_groups(rule: Rule, block: list[Item]) -> Iterator[list[Group]]:
    """For each set of mutually comparable claims of ``block`` (one unit family), the groups of
    agreeing values — yielded only when two groups or more exist. When two named bodies give
    the figure differently (the USGS and AFAD magnitudes), that is a dispute to report, not an
    error: each body's figures are then compared only among themselves, and unattributed
    figures, which could be either's, are left out."""
    if rule.compare == "in_document" and rule.expect.kind == "same_date":
        block = [it for it in block if calendar_date(it)]
    for name, family in _families(block).items():
        wall = name == "local"
        named = _by_speaker(family)
        if len(named) >= 2 and _disputed(rule, named):
            parts = [p for p in named.values() if len(p) >= 2]
            for part in parts:
                yield from _sweep(rule, part, wall)
            yield from _outliers(rule, family, named, wall)
            continue
        yield from _sweep(rule, family, wall)


def _outliers(rule: Rule, family: list[Item], named: dict[str, list[Item]], wall: bool) -> Iterator[list[Group]]:
    """In a dispute, the unattributed figures that agree with no body's figure ("180 aboard"
    where the bodies say 170 and 176) cannot be either's: they are set against the other
    unattributed figures. Runs that oppose only figures each of which some body gives are not."""
    ref = next(iter(named.values()))[0]
    bodies = [x for items in named.values() for it in items if _firm(it)
              if (x := _interval(rule, it, ref)) is not None]
    loose = [it for it in family if speaker_key(it) is None]
    if not bodies or len(loose) < 2:
        return

    def stray(it: Item) -> bool:
        span = _interval(rule, it, ref)
        return span is not None and _firm(it) and not any(span[0] < hi and lo < span[1] for lo, hi in bodies)

    if not any(stray(it) for it in loose):
        return
    for run in _sweep(rule, loose, wall):
        if any(all(stray(it) for it in g.items) for g in run if not g.neutral):
            yield run


def undisputed(rule: Rule, block: list[Item]) -> list[Item]:
    """A block without the claims that a dispute between named bodies makes ambiguous: when two
    bodies give the figure differently, an unattributed value could be either's and is left
    out (the bodies' own values are then compared only with their own, by ``_skip``)."""
    if rule.expect.kind == "nondecreasing":
        # A toll moves from day to day: two bodies' figures of different days are an update,
        # not a dispute. Only a day on which bodies disagree leaves its unattributed figures out.
        days: dict[str | None, list[Item]] = {}
        for it in block:
            days.setdefault(it.get("reported"), []).append(it)
        left_out: set[int] = set()
        for day_items in days.values():
            named = _by_speaker(day_items)
            if len(named) >= 2 and _disputed(rule, named):
                left_out.update(id(it) for it in day_items if speaker_key(it) is None)
        return [it for it in block if id(it) not in left_out]
    named = _by_speaker(block)
    if len(named) >= 2 and _disputed(rule, named):
        return [it for it in block if speaker_key(it) is not None]
    return block


def _sweep(rule: Rule, part: list[Item], wall: bool = False) -> Iterator[list[Group]]:
    """Groups of agreeing values, in value order. An item joins the group before it when it
    agrees with every member (``Group.admits``: rounding and hedges allowed, in either
    direction), so that a wide value never chains two values that disagree into one group."""
    if len(part) < 2:
        return
    # A clock time whose day was not written (taken from the publication date) may be read on
    # the wrong day: then every time of the family is compared by its time of day.
    of_day = rule.expect.kind == "same_time" and any(_day_inferred(it) for it in part)
    spans = []
    for it in part:
        span = _spans(rule, it, part[0], wall, of_day)
        if span is not None:
            spans.append((span, it))
    spans.sort(key=lambda s: ((s[0][0][0] + s[0][0][1]) / 2 if all(map(math.isfinite, s[0][0])) else s[0][1][0],
                              s[1].doc.id, s[1].claim.start))
    groups: list[Group] = []
    span_of = {id(it): span for span, it in spans}
    for (points, written), it in spans:
        g = groups[-1] if groups else None
        if g is not None and g.admits(points, written):
            g.items.append(it)
            g.common = (max(g.common[0], written[0]), min(g.common[1], written[1]))
            # An open-ended value ("over 5 months") joins the group it meets without stretching
            # it to infinity.
            points, written = _bounded(points), _bounded(written)
            g.points = (min(g.points[0], points[0]), max(g.points[1], points[1]))
            g.written = (min(g.written[0], written[0]), max(g.written[1], written[1]))
            g.hi = max(g.hi, written[1])
        else:
            groups.append(Group([it], written[0], written[1], points, written, written))
    for run in _nearby(rule, groups, span_of):
        run = _without_neutral(run, span_of)
        firm = [g for g in run if not g.neutral]
        sources = set().union(*(g.sources for g in firm)) if firm else set()
        if len(firm) >= 2 and (rule.compare == "in_document" or len(sources) >= 2) \
                and _disagree_across_sources(rule, firm):
            if rule.expect.kind == "same_date" and rule.compare == "across_sources" and _only_relative(firm):
                continue
            if rule.expect.kind == "same_duration" and rule.compare == "across_sources" and _running(firm):
                continue
            yield run


#: Days either way two reports' starts of one running length may differ: the day of a report
#: is its publication's, and a count of days is one more or less as the first day is counted.
RUNNING_SLACK_DAYS = 1.5


def _running(groups: list[Group]) -> bool:
    """True when lengths of one event that differ agree on when it began, counted back from
    the day of each report: "the 31-day strike" in a report of 16 October, "37 days" on the
    22nd and "the 40-day strike" after it ended are one strike, measured as it went on. Every
    pair of groups must have such members; offsets between two events ("45 minutes after
    submerging") are fixed and never running."""
    starts = []
    for g in groups:
        days = set()
        for it in g.items:
            start = _start_counted_back(it)
            if start is not None:
                days.add(start)
        if not days:
            return False
        starts.append(days)
    return all(any(abs(x - y) <= RUNNING_SLACK_DAYS for x in a for y in b)
               for i, a in enumerate(starts) for b in starts[i + 1:])


def _start_counted_back(it: Item) -> float | None:
    """The day (an ordinal) a length of something began, if it ran up to the day of its report:
    the report's day less the length. None for offsets between two events, open lengths and
    lengths under two days."""
    value = it.claim.value
    if not isinstance(value, TimeValue) or it.claim.kind != "duration" or " after " in (it.get("event") or ""):
        return None
    span = duration_span(value)
    day = it.get("reported") or it.get("published")
    if span is None or day is None or not all(map(math.isfinite, span)) or span[1] < 2 * 86400:
        return None  # minutes and hours: the day of a report cannot tell how far they ran
    return dt.date.fromisoformat(day).toordinal() - (span[0] + span[1]) / 2 / 86400


def _only_relative(groups: list[Group]) -> bool:
    """True when every date of a disputed day is written only relative to its article
    ("Friday", "yesterday", "Monday afternoon") and its event is a free phrase, not one of the
    pack's events. Across outlets such days name follow-ups of the story more often than they
    contradict each other ("died Monday" after "Saturday's shooting"); a date written out
    ("October 26") or an event the pack names (talks, a landfall) is compared."""
    return not any(calendar_date(it) or it.get("named event") for g in groups for it in g.items)


def _without_neutral(run: list[Group], span_of: dict) -> list[Group]:
    """The run with the claims that agree with every group taken out of their groups and put
    in one neutral group at the end: a hedged figure ("more than 200 firefighters") beside
    200 and 250 sides with neither, and no finding sets it against either."""
    if len(run) < 2:
        return run
    neutral = []
    for g in run:
        for it in list(g.items):
            points, written = span_of[id(it)]
            if all(h is g or h.admits(points, written) for h in run):
                neutral.append(it)
    if not neutral:
        return run
    ids = {id(it) for it in neutral}
    kept = []
    for g in run:
        rest = [it for it in g.items if id(it) not in ids]
        if rest:
            kept.append(Group(rest, g.lo, g.hi, g.points, g.written, g.common))
    return kept + [Group(neutral, 0.0, 0.0, neutral=True)]


def _bounded(span: tuple[float, float]) -> tuple[float, float]:
    lo, hi = span
    if not math.isfinite(hi):
        hi = lo
    if not math.isfinite(lo):
        lo = hi
    return lo, hi


#: Dates of one kind of event this far apart are different occurrences of it (this year's
#: talks in February and in October), not one event dated twice.
OCCURRENCE_GAP_DAYS = 62


#: Clock times of one kind of event this far apart are two occurrences of it (two quakes the
#: same day), not one event timed twice.
OCCURRENCE_GAP_SECONDS = 3 * 3600


def _nearby(rule: Rule, groups: list[Group], span_of: dict) -> list[list[Group]]:
    """Groups split where two consecutive ones lie far apart: dates more than two months
    apart, clock times more than three hours apart, and, when the rule says ``distinct: over N
    times apart``, quantities more than N times apart: a party's seats and the chamber's, one
    town's homes destroyed and the province's, two victims' ages are figures the keys did not
    tell apart, not one figure misreported (a reporting error is a slip of rounding, of a
    revision or of a digit, ``_slip``, not a doubling)."""
    if not groups:
        return [groups]
    if rule.distinct is not None and _ratio_scale(groups):
        return _split_far_apart(rule, groups, span_of)
    if rule.expect.kind == "same_time":
        gap = OCCURRENCE_GAP_SECONDS
    elif rule.expect.kind == "same_date" and all(
            it.claim.value.grain in ("hour", "day", "week", "month") for g in groups for it in g.items):
        gap = OCCURRENCE_GAP_DAYS
    else:
        return [groups]
    runs = [[groups[0]]]
    for g in groups[1:]:
        if g.lo - runs[-1][-1].hi > gap and not _restates_any(g, runs[-1]) \
                and not (gap == OCCURRENCE_GAP_SECONDS and _half_day_apart(g, runs[-1])):
            runs.append([g])
        else:
            runs[-1].append(g)
    return runs


#: Twelve hours, in seconds: "10:50 a.m." and "10:50 p.m." for one event is a slip of the
#: half of the day, not two occurrences.
HALF_DAY_SECONDS = 12 * 3600


def _half_day_apart(g: Group, run: list[Group]) -> bool:
    """True when a time of ``g`` is one of ``run``'s read in the other half of the day (the same
    clock figures, twelve hours later): "10:50 p.m." against "10:50am" is one time with its
    a.m. or p.m. slipped, though twelve hours is far beyond the gap between occurrences."""
    if not any(_TO_THE_MINUTE.search(it.claim.text) for it in g.items):
        return False  # "6 a.m." and "6 p.m.", "midday" and "overnight": too round to tell a slip
    mine = (g.points[0] + g.points[1]) / 2
    return any(abs(mine - (h.points[0] + h.points[1]) / 2 - HALF_DAY_SECONDS) <= 60
               and any(_TO_THE_MINUTE.search(it.claim.text) for it in h.items) for h in run)


#: A clock time written to the minute ("10:50", "8.29").
_TO_THE_MINUTE = re.compile(r"\d[:.]\d\d")


def _ratio_scale(groups: list[Group]) -> bool:
    """True for quantities whose values are all positive and on a scale where a ratio means
    something (counts, lengths, money, shares; not temperatures)."""
    for g in groups:
        if g.neutral:
            continue
        for it in g.items:
            value = it.claim.value
            if not isinstance(value, QuantityValue) or dimension(value.unit) == "temperature":
                return False
        if not (g.points[0] > 0 and math.isfinite(g.points[0])):
            return False
    return True


def _digits(value: float) -> str:
    """The significant digits of a value, in the unit the sweep put it in ("3,014" → "3014",
    "3 km" against metres → "3", "0.057" → "57"); empty when there are none to read."""
    text = f"{value:.10g}"
    if "e" in text or "inf" in text or "nan" in text:
        return ""
    return text.replace(".", "").lstrip("-").strip("0") or "0"


def _slips(digits: str) -> set[str]:
    """The digits themselves and every string one slip away from them: a digit left out, or
    two side by side swapped."""
    out = {digits}
    out.update(digits[:i] + digits[i + 1:] for i in range(len(digits)))
    out.update(digits[:i] + digits[i + 1] + digits[i] + digits[i + 2:] for i in range(len(digits) - 1))
    return out


def _top(g: Group) -> float:
    """The highest value a group's members give as written; an open one ("more than 150")
    counts as its bound."""
    return g.points[1] if math.isfinite(g.points[1]) else max(g.points[0], g.written[0])


#: How many times larger than the figure it misreports a slip of one digit or zero can make
#: it ("800" for "8,000", "304" for "3,014"; "seven" for "17").
SLIP_RATIO = 12


def _split_far_apart(rule: Rule, groups: list[Group], span_of: dict) -> list[list[Group]]:
    """Runs of groups no further apart than the rule's ``distinct`` ratio. A group that far
    from the one before still joins it when the significant digits of one of its values (zeros
    set aside) are one of the run's, or one of the run's with a digit left out, added or
    swapped ("304" and "3,014", "800" and "8,000", "1.2m" and "12m", "300 metres" and "3 km",
    "seven" and "17", "14 million" and "40 million"): a slip of the keyboard or of the ear
    ("fourteen", "forty") makes one figure look like another many times its size. Linear in
    claims; the digits are read (from the values the sweep already placed, ``span_of``) only
    for runs that meet a group that far away."""

    def written(it: Item) -> float:
        # the figure as written ("about 300", not the 270 its hedge widens it to), in the
        # unit the sweep put it in
        low = span_of[id(it)][0][0]
        value = it.claim.value
        if isinstance(value, QuantityValue) and value.exact is not None and value.low:
            return value.exact * (low / value.low)
        return low

    def digits(g: Group) -> list[str]:
        return [d for d in (_digits(written(it)) for it in g.items) if d]

    runs = [[groups[0]]]
    seen: set[str] | None = None  # the run's digits, once a far group asks for them
    near: set[str] = set()  # strings one slip away from the run's digits
    for g in groups[1:]:
        mine = None
        if g.points[0] > rule.distinct * _top(runs[-1][-1]):
            if seen is None:
                seen = {d for h in runs[-1] for d in digits(h)}
                near = set().union(*(_slips(d) for d in seen))
            mine = digits(g)
            if g.points[0] > SLIP_RATIO * _top(runs[-1][-1]) or not any(d in near or _slips(d) & seen for d in mine):
                # (a slip of a digit or a zero makes a figure at most about ten times another:
                # "six" and "600", "90" and "1,900" are two figures, whatever their digits)
                runs.append([g])
                seen, near = None, set()
                continue
        runs[-1].append(g)
        if seen is not None:
            for d in mine if mine is not None else digits(g):
                seen.add(d)
                near |= _slips(d)
    return runs


def _restates_any(g: Group, run: list[Group]) -> bool:
    """True when a time of ``g`` restates one of ``run`` in another zone ("1:24 p.m. (5:24 p.m.
    ET)"): the article says they are one moment, however far apart the values are."""
    said = {(it.doc.id, it.claim.evidence.get("restates")) for it in g.items} - {(None, None)}
    texts = {(it.doc.id, it.claim.text) for h in run for it in h.items}
    back = {(it.doc.id, it.claim.evidence.get("restates")) for h in run for it in h.items}
    mine = {(it.doc.id, it.claim.text) for it in g.items}
    return bool(said & texts) or bool(back & mine)


def _disagree_across_sources(rule: Rule, groups: list[Group]) -> bool:
    """Two groups that only differ inside one source (or one document, for within-document
    rules) are not a contradiction between sources. Within a document, two groups whose only
    opposed claims are moments or figures one sentence tells apart are not one either."""
    if rule.compare == "in_document":
        return any(not moments_of_one_sentence(x, y) and not figures_of_one_sentence(x, y)
                   for i, a in enumerate(groups) for b in groups[i + 1:] for x in a.items for y in b.items)
    seen = [g.sources for g in groups]
    return any(a != b or len(a) > 1 for i, a in enumerate(seen) for b in seen[i + 1:])


def _families(block: list[Item]) -> dict[str, list[Item]]:
    """Split a block by unit family: counted nouns that do not convert never compare."""
    parts: dict[str, list[Item]] = {}
    walls: list[Item] = []
    for it in block:
        family = _family(it.claim.value)
        if family == "local" and not local_reading(it.claim.value, it.claim.text):
            family = "zone not known"  # "11.30 am IST" where IST could be India's or Israel's
        if family.startswith("count:") and (it.claim.measure or "").startswith("people "):
            family = "count:person"  # "five cabin crew" and "six flight attendants": both people
        parts.setdefault(family, []).append(it)
        if family == "utc" and local_reading(it.claim.value, it.claim.text):
            walls.append(it)
    if "local" in parts:
        # "13.15 local time" is also a wall-clock reading, comparable with a bare "1:11 p.m."
        # whose zone is unknown (a bare time read in the story's zone is in "utc" already:
        # joining it here too would report one contradiction twice)
        parts["local"].extend(walls)
    parts.pop("zone not known", None)  # a zone written but not read is compared with nothing
    return {k: p for k, p in parts.items() if len(p) >= 2}


def _by_speaker(items: list[Item]) -> dict[str, list[Item]]:
    """Claims by the body they are attributed to ("AFAD", "local authorities")."""
    named: dict[str, list[Item]] = {}
    for it in items:
        key = speaker_key(it)
        if key is not None:
            named.setdefault(key, []).append(it)
    return named


def _disputed(rule: Rule, named: dict[str, list[Item]]) -> bool:
    """True when two named bodies give values that do not overlap (each body's values taken as
    one range). Pairs of bodies, not of claims: a story quotes a handful of bodies at most."""
    ref = next(iter(named.values()))[0]
    ranges = []
    for items in named.values():
        # a hedged figure ("around 6am", "some 17,000") takes no side in a dispute
        spans = [x for x in (_interval(rule, it, ref) for it in items if _firm(it)) if x is not None]
        if spans:
            ranges.append((min(lo for lo, _ in spans), max(hi for _, hi in spans)))
    ranges = ranges[:64]  # enough bodies to see a dispute; bounded whatever the archive
    # values further apart than two occurrences of an event are (two quakes the same day) are
    # about different events, not a dispute over one
    reach = OCCURRENCE_GAP_SECONDS if rule.expect.kind == "same_time" else \
        OCCURRENCE_GAP_DAYS if rule.expect.kind == "same_date" else math.inf
    for i, (lo1, hi1) in enumerate(ranges):
        for lo2, hi2 in ranges[i + 1:]:
            if not (lo1 < hi2 and lo2 < hi1) and max(lo2 - hi1, lo1 - hi2) <= reach:
                return True
    return False


def _firm(it: Item) -> bool:
    value = it.claim.value
    if isinstance(value, QuantityValue):
        return value.hedge is None
    if isinstance(value, TimeValue):
        return value.mod is None
    return True


def _family(value) -> str:
    if isinstance(value, OrderValue):
        return "duration"
    if isinstance(value, TimeValue) and value.timex.startswith("P"):
        return "duration"
    if isinstance(value, TimeValue):
        return "utc" if value.utc_start else "local"
    if isinstance(value, QuantityValue):
        from ..units import dimension, noun_key
        dim = dimension(value.unit)
        if dim == "count" and value.unit != "count":
            return f"count:{noun_key(value.unit)}"
        if value.unit in ("count",):
            return "count:*"
        if dim == "currency":
            return f"currency:{value.unit}"
        return dim
    return type(value).__name__


def speaker_key(it: Item) -> str | None:
    """The speaker as the engine keys it (``items._speaker``): by the pack's alias, else by the
    word that names it ("Turkish Vice President Fuat Oktay" and "Oktay" are one speaker, "the
    council" and "the charity" two); None when the claim is not attributed."""
    return it.get("speaker")


def _interval(rule: Rule, it: Item, ref: Item) -> tuple[float, float] | None:
    spans = _spans(rule, it, ref)
    return spans[1] if spans is not None else None


def _day_inferred(it: Item) -> bool:
    return any("taken as the publication date" in n for n in it.claim.notes)


def _spans(rule: Rule, it: Item, ref: Item, wall: bool = False,
           of_day: bool = False) -> tuple[tuple[float, float], tuple[float, float]] | None:
    """(the value as written, what it stands for) in the unit of ``ref``."""
    value = it.claim.value
    if isinstance(value, QuantityValue):
        ref_value = ref.claim.value
        assert isinstance(ref_value, QuantityValue)
        target = readings(ref_value.unit)[-1] if ref_value.unit in READINGS else ref_value.unit
        # a unit word with several readings ("tons") stands for all of them
        factors = [f for f in (conversion(u, target) for u in readings(value.unit)) if f is not None]
        if not factors and dimension(value.unit) == "count" == dimension(ref_value.unit):
            factors = [1.0]  # counts of people in other words (the family was checked before)
        if not factors:
            return None
        lo, hi = _written(value)
        plo, phi = _plain(value)
        slack = _slack(rule.expect.tolerance, (value,), value.unit) or 0.0
        if any(abs(f - 1.0) > 1e-9 for f in factors) and _measured(value.unit):
            # "45 miles" beside "75 km": a conversion is rounded again in its own unit (by a
            # share of its finite bound: "under 5 miles" is no wider for it)
            bound = max((abs(x) for x in (lo, hi) if math.isfinite(x)), default=0.0)
            slack = max(slack, CONVERTED * bound)
        written = [x * f for f in factors for x in (lo - slack, hi + slack)]
        points = [x * f for f in factors for x in (plo, phi)]
        return (min(points), max(points)), (min(written), max(written))
    if isinstance(value, TimeValue) and rule.expect.kind == "same_time":
        span = instant_span(value, it.claim.text, wall=wall)
        if span is None:
            return None
        lo = span[0].replace(tzinfo=dt.timezone.utc).timestamp()
        hi = span[1].replace(tzinfo=dt.timezone.utc).timestamp()
        if of_day:
            midnight = dt.datetime.combine(span[0].date(), dt.time(), dt.timezone.utc).timestamp()
            lo, hi = lo - midnight, hi - midnight
        if hi - lo == 60:
            # a time to the minute may have its seconds cut or rounded: "8:29 a.m." and "8:30
            # a.m." are one moment (8:29:40), two minutes apart are two
            return (lo, hi - 1e-6), (lo - 60, hi + 60)
        return (lo, hi - 1e-6), (lo, hi)
    if rule.expect.kind == "same_duration":
        value = as_duration(value)
        span = duration_span(value, it.claim.text) if value is not None else None
        return (span, span) if span is not None else None
    if isinstance(value, TimeValue) and value.start and value.end:
        try:
            start = dt.date.fromisoformat(value.start[:10])
            end = dt.date.fromisoformat(value.end[:10])
        except ValueError:
            return None
        span = (float(start.toordinal()), float(max(end.toordinal(), start.toordinal() + 1)))
        if _DEICTIC_DAY.match(it.claim.text.strip()):
            # "yesterday", "today", "last night": a day counted from the page's stamp, whose
            # zone is not known (a New Zealand page's "yesterday" is Guatemala's day before):
            # it stands for its day or either next to it
            return (span[0], span[1] - 1e-9), (span[0] - 1, span[1] + 1)
        return (span[0], span[1] - 1e-9), span
    return None


#: Days named from the day a page was stamped ("yesterday", "early today", "last night").
_DEICTIC_DAY = re.compile(rf"(?:(?:early|late)\s+)?{DEICTIC_DAY}\b", re.I)


def spread(groups: list[Group]) -> float:
    """How far apart the outermost groups lie (for ordering findings)."""
    return groups[-1].lo - groups[0].hi if groups and math.isfinite(groups[0].hi) else 0.0


def figures_of_one_sentence(a: Item, b: Item) -> bool:
    """Two values one sentence gives for one measure are two figures it tells apart ("51.9%
    voted Leave and 48.1% Remain", "119 areas to 263"): a writer does not contradict a figure
    in the same sentence."""
    ca, cb = a.claim, b.claim
    return ca.kind == cb.kind == "quantity" and ca.sentence is not None and ca.sentence == cb.sentence


def moments_of_one_sentence(a: Item, b: Item) -> bool:
    """Two times one sentence gives in the same zone are two moments it tells apart ("from
    around 2 a.m. to around 5 a.m.", "extended to 26 August and again to 29 August"); only a
    time and its conversion into another zone ("2:20 pm (Bangladesh time 3:05 pm)") can be
    one moment written twice."""
    ca, cb = a.claim, b.claim
    if ca.kind != "time" or cb.kind != "time" or ca.sentence is None or ca.sentence != cb.sentence:
        return False
    first, second = (ca, cb) if ca.start <= cb.start else (cb, ca)
    if "(" in a.doc.text[first.end:second.start][:40]:
        return False  # "at 2:20 pm (Bangladesh time 3:05 pm)": a conversion, zone read or not
    za = ca.value.zone if isinstance(ca.value, TimeValue) else None
    zb = cb.value.zone if isinstance(cb.value, TimeValue) else None
    return za == zb
