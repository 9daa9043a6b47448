"""Three-valued comparison of two claims under an expectation: consistent, contradictory or
not comparable. Only a contradiction becomes a finding; ``details`` says why."""

from __future__ import annotations

import datetime as dt
import math
from dataclasses import dataclass, field
from enum import Enum

from .. import valuefmt
from ..dsl.rules import Expectation, Tolerance
from ..models import Claim, QuantityValue, TimeValue
from ..units import conversion


class Verdict(Enum):
    CONSISTENT = "consistent"
    CONTRADICTORY = "contradictory"
    NOT_COMPARABLE = "not comparable"


@dataclass
class Outcome:
    verdict: Verdict
    details: dict[str, str] = field(default_factory=dict)


def compare(a: Claim, b: Claim, expect: Expectation) -> Outcome:
    if expect.kind == "same_date":
        return _dates(a.value, b.value)
    if isinstance(a.value, QuantityValue) and isinstance(b.value, QuantityValue):
        return _quantities(a.value, b.value, expect)
    return Outcome(Verdict.NOT_COMPARABLE, {"reason": f"cannot compare a {a.kind} with a {b.kind} by '{expect.kind}'"})


def _interval(v: QuantityValue) -> tuple[float, float]:
    return (-math.inf if v.low is None else v.low, math.inf if v.high is None else v.high)


def _quantities(a: QuantityValue, b: QuantityValue, expect: Expectation) -> Outcome:
    factor = conversion(b.unit, a.unit)
    if factor is None:
        return Outcome(Verdict.NOT_COMPARABLE, {"reason": f"{b.unit} does not convert to {a.unit}"})
    if (a.base or "").lower() != (b.base or "").lower():
        return Outcome(Verdict.NOT_COMPARABLE, {"reason": f"shares of different bases ({a.base} vs {b.base})"})
    a_lo, a_hi = _interval(a)
    b_lo, b_hi = sorted((_interval(b)[0] * factor, _interval(b)[1] * factor))
    b_in_a = QuantityValue(low=None if b.low is None else b.low * factor,
                           high=None if b.high is None else b.high * factor, unit=a.unit)
    slack = _slack(expect.tolerance, (a, b_in_a), a.unit)
    if slack is None:
        return Outcome(Verdict.NOT_COMPARABLE, {"reason": f"tolerance {expect.tolerance} does not apply to {a.unit}"})
    details = {"a": valuefmt.quantity(a), "b": valuefmt.quantity(b_in_a)}
    if expect.tolerance is not None:
        details["tolerance"] = str(expect.tolerance)
    if expect.kind == "equal":
        ra, rb = _representative(a_lo, a_hi), _representative(b_lo, b_hi)
        if ra is None or rb is None:
            return Outcome(Verdict.NOT_COMPARABLE, {**details, "reason": "an open-ended bound has no single value"})
        gap = abs(ra - rb)
    else:  # overlap
        gap = max(0.0, b_lo - a_hi, a_lo - b_hi)
    details["difference"] = f"{valuefmt.number(round(gap, 6))}{valuefmt.unit_suffix(a.unit)}"
    ok = gap <= slack + 1e-9 * max(1.0, abs(a_lo) if math.isfinite(a_lo) else 1.0)
    return Outcome(Verdict.CONSISTENT if ok else Verdict.CONTRADICTORY, details)


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
    details = {"a": a.timex, "b": b.timex, "grain": f"{a.grain} vs {b.grain}"}
    if a0 < b1 and b0 < a1:
        return Outcome(Verdict.CONSISTENT, details)
    details["difference"] = f"{abs((a0 - b0).days)} days"
    return Outcome(Verdict.CONTRADICTORY, details)
