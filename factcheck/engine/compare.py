"""Three-valued comparison of two claims under an expectation: consistent, contradictory or
not comparable. Only a contradiction becomes a finding; ``details`` says why."""

from __future__ import annotations

import datetime as dt
import math
from dataclasses import dataclass, field
from enum import Enum

from .. import valuefmt
from ..dsl.rules import Expectation, Tolerance
from ..models import OrderValue, QuantityValue, TimeValue

Value = QuantityValue | TimeValue | OrderValue
from ..units import conversion
from . import timecmp


class Verdict(Enum):
    CONSISTENT = "consistent"
    CONTRADICTORY = "contradictory"
    NOT_COMPARABLE = "not comparable"


@dataclass
class Outcome:
    verdict: Verdict
    details: dict[str, str] = field(default_factory=dict)


def compare(a: Value, b: Value, expect: Expectation, published: tuple[dt.date | None, dt.date | None] = (None, None),
            texts: tuple[str, str] = ("", ""), allowance: float = 0.0) -> Outcome:
    """Compare two values (of claims or facts). ``published`` dates order two reports for
    ``nondecreasing``; ``texts`` are the claims as written (a clock time written without
    minutes may be rounded); ``allowance`` is how far below an earlier toll a later one may
    be for a reason the story gives (the attacker counted or not)."""
    if expect.kind == "same_date":
        return _dates(a, b)
    if expect.kind == "same_order":
        return _orders(a, b)
    if expect.kind == "same_duration":
        a, b = timecmp.as_duration(a), timecmp.as_duration(b)
    if expect.kind in ("same_time", "same_duration"):
        if not (isinstance(a, TimeValue) and isinstance(b, TimeValue)):
            return Outcome(Verdict.NOT_COMPARABLE, {"reason": "not two times"})
        verdict, details = (timecmp.same_time(a, b, *texts) if expect.kind == "same_time"
                            else timecmp.same_duration(a, b, *texts))
        return Outcome(Verdict(verdict), details)
    if isinstance(a, QuantityValue) and isinstance(b, QuantityValue):
        if expect.kind == "nondecreasing":
            return _nondecreasing(a, b, expect, published, allowance)
        return _quantities(a, b, expect)
    return Outcome(Verdict.NOT_COMPARABLE, {"reason": f"cannot compare {type(a).__name__} with {type(b).__name__} by '{expect.kind}'"})


#: A later count below this share of an earlier toll is read as a part of it, not the toll.
PART_OF_TOLL = 0.5

#: Reports of a toll further apart than this are not an update and its correction: a
#: retrospective months or years on counts by its own definition.
RETROSPECTIVE_DAYS = 31


def _nondecreasing(a: QuantityValue, b: QuantityValue, expect: Expectation,
                   published: tuple[dt.date | None, dt.date | None], allowance: float = 0.0) -> Outcome:
    """A figure that may only grow (a death toll): the later report may be higher; it
    contradicts the earlier one only when it lies wholly below the earlier lower bound."""
    pa, pb = published
    if pa is None or pb is None or pa == pb:
        return Outcome(Verdict.NOT_COMPARABLE, {"reason": "reports must have different publication dates to be ordered"})
    earlier, later = (a, b) if pa < pb else (b, a)
    factor = conversion(later.unit, earlier.unit)
    if factor is None:
        return Outcome(Verdict.NOT_COMPARABLE, {"reason": f"{later.unit} does not convert to {earlier.unit}"})
    e_lo = _interval(earlier)[0]
    l_hi = _interval(later)[1] * factor
    slack = _slack(expect.tolerance, (earlier,), earlier.unit) or 0.0
    details = {"earlier": valuefmt.quantity(earlier), "later": valuefmt.quantity(later),
               "published": f"{min(pa, pb)} then {max(pa, pb)}"}
    if abs((pb - pa).days) > RETROSPECTIVE_DAYS:
        # a report a season or years later counts by its own definition (direct deaths only,
        # the identified dead): not an update of the first days' toll
        return Outcome(Verdict.NOT_COMPARABLE, {**details, "reason": f"more than {RETROSPECTIVE_DAYS} days apart: a retrospective counts by its own definition"})
    if l_hi < e_lo * PART_OF_TOLL:
        # "six victims" after "17 people", "15 people" after "89": a later count under half of
        # the toll already given is a part of it (one site, one ward, one nationality, a batch
        # of later deaths) far more often than the toll misreported
        return Outcome(Verdict.NOT_COMPARABLE, {**details, "reason": "under half of the earlier toll: read as a part of it, not the toll"})
    if allowance and l_hi + slack < e_lo <= l_hi + slack + allowance:
        return Outcome(Verdict.CONSISTENT, {**details, "reason": "an attacker died too: one toll counts him, the other not"})
    if l_hi + slack < e_lo:
        details["difference"] = f"{valuefmt.difference(e_lo - l_hi, earlier.unit)} lower"
        return Outcome(Verdict.CONTRADICTORY, details)
    return Outcome(Verdict.CONSISTENT, details)


def _orders(a, b) -> Outcome:
    if not (isinstance(a, OrderValue) and isinstance(b, OrderValue)):
        return Outcome(Verdict.NOT_COMPARABLE, {"reason": "not two order claims"})
    oa, ob = _normal_order(a), _normal_order(b)
    details = {"a": f"{a.first} {a.relation} {a.second}", "b": f"{b.first} {b.relation} {b.second}"}
    if oa is None or ob is None or {oa[0], oa[1]} != {ob[0], ob[1]}:
        return Outcome(Verdict.NOT_COMPARABLE, {**details, "reason": "not the same two events"})
    if oa == ob:
        # The same order. Offsets that differ ("18 minutes after the call" vs "21 minutes
        # after") are lengths of time, which the duration rules compare: reported once, there.
        return Outcome(Verdict.CONSISTENT, details)
    details["difference"] = "opposite order"
    return Outcome(Verdict.CONTRADICTORY, details)


def _normal_order(v: OrderValue) -> tuple[str, str, str] | None:
    """(earlier, later, relation) with relation 'before' or 'same'."""
    first, second = v.first.lower(), v.second.lower()
    if v.relation == "same":
        return (*sorted((first, second)), "same")
    return (first, second, "before") if v.relation == "before" else (second, first, "before")


def _interval(v: QuantityValue) -> tuple[float, float]:
    return (-math.inf if v.low is None else v.low, math.inf if v.high is None else v.high)


def precision(x: float, measured: bool = False) -> float:
    """Half the place value of the last digit a figure was written to: "7.8" is 7.75–7.85,
    "8,900" is 8,850–8,950, "£8.6m" is £8.55m–£8.65m. Counts below 1,000 are exact to the unit
    ("40 fire engines" is not "about 40"); a figure of 1,000 or more written with trailing
    zeros is rounded to its last non-zero digit, by at most 5% ("2,000" is 1,900–2,100).
    Never less than ``NOISE`` of the figure: 67.25% and 67.26% turnout, counted minutes apart,
    are one figure; 19,772 and 19,672 votes are not."""
    x = abs(x)
    if x == 0 or not math.isfinite(x):
        return 0.0
    return max(_places(x, measured), NOISE * x)


#: How far apart, relatively, a measurement and its conversion into another unit may be
#: ("45 miles" and "75 km" are 3.5% apart, 2.5% beyond the mile's own rounding): a converted
#: figure is rounded again.
CONVERTED = 0.03

#: Differences below 0.1% of a figure (half of it either side) are noise, not a contradiction.
NOISE = 0.0005


def _places(x: float, measured: bool = False) -> float:
    digits = f"{x:.10g}"
    if "e" in digits:
        mantissa, exp = digits.split("e")
        decimals = len(mantissa.split(".")[1]) if "." in mantissa else 0
        return 0.5 * 10 ** (int(exp) - decimals)
    if "." in digits:
        return 0.5 * 10 ** -len(digits.split(".")[1])
    if x < 1000 and not (measured and x >= 10 and digits.endswith("0")):
        return 0.5
    zeros = len(digits) - len(digits.rstrip("0"))
    # "2,000" may be rounded, but not from 1,500: at most 5% either way
    return max(0.5, min(0.5 * 10 ** zeros, 0.05 * x))


def _written(v: QuantityValue) -> tuple[float, float]:
    """The interval a value stands for: its hedge interval, widened by the precision it was
    written to (rounding is not a contradiction; see ``precision``). A measurement (a length,
    a mass, a speed) written with trailing zeros is rounded at any size: "400 metres" may be
    395–405 (5% at most), where "400 people" is a count."""
    lo, hi = _interval(v)
    measured = _measured(v.unit)
    if math.isfinite(lo):
        lo -= precision(lo, measured)
    if math.isfinite(hi):
        hi += precision(hi, measured)
    return lo, hi


def _measured(unit: str) -> bool:
    from ..units import dimension
    return dimension(unit) not in ("count", "currency", "percent", "percentage_point", None)


def agree(points_a: tuple[float, float], written_a: tuple[float, float],
          points_b: tuple[float, float], written_b: tuple[float, float]) -> bool:
    """Two figures agree when either one's value (its hedge interval, or its exact point) falls
    inside what the other stands for once rounding is allowed: "43.6%" agrees with "44%"
    (43.5–44.5), "2.5%" does not agree with "2%" (1.5–2.5, half-open), "132" does not agree
    with "133"."""
    return _meets(points_a, written_b) or _meets(points_b, written_a)


def _meets(points: tuple[float, float], written: tuple[float, float]) -> bool:
    lo, hi = points
    wlo, whi = written
    if lo == hi:
        return wlo <= lo < whi
    return lo < whi and wlo < hi


#: Unit words that name several units: "tons" may be short, long or metric tons (news copy
#: seldom says which), a "gallon" US or imperial. A figure in one of them agrees with another
#: when any reading does.
READINGS = {"ton": ("ton", "metric_ton", "long_ton"), "gallon": ("gallon", "imperial_gallon")}


def readings(unit: str) -> tuple[str, ...]:
    return READINGS.get(unit, (unit,))


def _quantities(a: QuantityValue, b: QuantityValue, expect: Expectation) -> Outcome:
    first = _quantities_read(a, b, expect)
    if first.verdict is Verdict.CONTRADICTORY and (a.unit in READINGS or b.unit in READINGS):
        for ua in readings(a.unit):
            for ub in readings(b.unit):
                other = _quantities_read(a.model_copy(update={"unit": ua}), b.model_copy(update={"unit": ub}), expect)
                if other.verdict is Verdict.CONSISTENT:
                    return other
    return first


def _quantities_read(a: QuantityValue, b: QuantityValue, expect: Expectation) -> Outcome:
    factor = conversion(b.unit, a.unit)
    if factor is None:
        return Outcome(Verdict.NOT_COMPARABLE, {"reason": f"{b.unit} does not convert to {a.unit}"})
    if (a.base or "").lower() != (b.base or "").lower():
        return Outcome(Verdict.NOT_COMPARABLE, {"reason": f"shares of different bases ({a.base} vs {b.base})"})
    a_lo, a_hi = _written(a)
    b_lo, b_hi = sorted((_written(b)[0] * factor, _written(b)[1] * factor))
    b_in_a = QuantityValue(low=None if b.low is None else b.low * factor,
                           high=None if b.high is None else b.high * factor, unit=a.unit)
    slack = _slack(expect.tolerance, (a, b_in_a), a.unit)
    if slack is None:
        return Outcome(Verdict.NOT_COMPARABLE, {"reason": f"tolerance {expect.tolerance} does not apply to {a.unit}"})
    if abs(factor - 1.0) > 1e-9 and _measured(a.unit):
        # "45 miles" for "75 km": a figure converted from another unit is rounded again in
        # its own, to a round number, so two units' figures agree within CONVERTED of the larger
        finite = [abs(x) for v in (a, b_in_a) for x in (v.low, v.high) if x is not None]
        slack = max(slack, CONVERTED * (max(finite) if finite else 0.0))
    details = {"a": valuefmt.quantity(a), "b": valuefmt.quantity(b_in_a)}
    if expect.tolerance is not None:
        details["tolerance"] = str(expect.tolerance)
    if expect.kind == "equal":
        ra, rb = _representative(*_interval(a)), _representative(*_interval(b_in_a))
        if ra is None or rb is None:
            return Outcome(Verdict.NOT_COMPARABLE, {**details, "reason": "an open-ended bound has no single value"})
        gap = abs(ra - rb)
        ok = gap <= slack + 1e-9 * max(1.0, abs(ra))
    else:
        pa = _interval(a)
        pb = tuple(sorted((_interval(b)[0] * factor, _interval(b)[1] * factor)))
        ok = agree(pa, (a_lo - slack, a_hi + slack), pb, (b_lo - slack, b_hi + slack))
    diff = _distance(a, b_in_a)
    details["difference"] = valuefmt.difference(diff, a.unit)
    return Outcome(Verdict.CONSISTENT if ok else Verdict.CONTRADICTORY, details)


def _distance(a: QuantityValue, b: QuantityValue) -> float:
    """How far apart two figures are as written (hedges aside), for the message."""
    a_lo, a_hi = _interval(a)
    b_lo, b_hi = _interval(b)
    return max(0.0, b_lo - a_hi, a_lo - b_hi)


def _representative(lo: float, hi: float) -> float | None:
    if math.isinf(lo) or math.isinf(hi):
        return None
    return (lo + hi) / 2


def _slack(tol: Tolerance | None, values: tuple[QuantityValue, ...], unit: str) -> float | None:
    """How far apart two figures may be; a relative tolerance is taken of the larger figure,
    so the verdict does not depend on which claim is ``a``."""
    if tol is None:
        return 0.0
    if tol.relative:
        finite = [abs(x) for v in values for x in (v.low, v.high) if x is not None]
        return tol.value * (max(finite) if finite else 0.0)
    if tol.unit is None:
        return tol.value
    factor = conversion(tol.unit, unit)
    return None if factor is None else tol.value * factor


def _dates(a, b) -> Outcome:
    if not (isinstance(a, TimeValue) and isinstance(b, TimeValue)):
        return Outcome(Verdict.NOT_COMPARABLE, {"reason": "not two dates"})
    if not (a.start and a.end and b.start and b.end):
        return Outcome(Verdict.NOT_COMPARABLE, {"reason": "a date is unresolved"})
    a0, a1, b0, b1 = (dt.date.fromisoformat(x[:10]) for x in (a.start, a.end, b.start, b.end))
    # a time within a day ("3:40 p.m.", "Tuesday afternoon") stands for its whole day here
    a1, b1 = max(a1, a0 + dt.timedelta(days=1)), max(b1, b0 + dt.timedelta(days=1))
    details = {"a": a.timex, "b": b.timex, "grain": f"{a.grain} vs {b.grain}"}
    if a0 < b1 and b0 < a1:
        return Outcome(Verdict.CONSISTENT, details)
    details["difference"] = valuefmt.date_gap(a0, b0, valuefmt.coarser(a.grain, b.grain))
    if a.grain in ("day", "week", "month") and b.grain in ("day", "week", "month") \
            and min(abs((a0 - b1).days), abs((b0 - a1).days)) > 62:
        return Outcome(Verdict.NOT_COMPARABLE, {**details, "reason": "more than two months apart: two occurrences of the event"})
    return Outcome(Verdict.CONTRADICTORY, details)
