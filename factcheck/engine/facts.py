"""Reference facts as the engine sees them: the same fields as a claim, and a value to compare."""

from __future__ import annotations

import re
from typing import Any

from .. import valuefmt
from ..dsl.rules import Fact, RuleSet
from ..models import QuantityValue, TimeValue
from ..units import dimension


class FactItem:
    __slots__ = ("fact", "value", "_fields")

    def __init__(self, fact: Fact, ruleset: RuleSet) -> None:
        self.fact = fact
        self.value = fact_value(fact)
        unit = fact.unit if fact.kind == "quantity" else None
        self._fields: dict[str, Any] = {
            "kind": fact.kind,
            # A fact names its measure and event by a pack's name or by a phrase, like a claim.
            "measure": fact.measure if fact.measure in ruleset.measures else ruleset.canonical_measure(fact.measure),
            "subject": ruleset.canonical_alias(fact.subject),
            "event": ruleset.canonical_event(fact.event),
            "base": fact.base.lower() if fact.base else None,
            "period": fact.period,
            "unit": unit,
            "dimension": dimension(unit) if unit else None,
            "year": _year(fact.date or fact.period),
        }

    def get(self, name: str) -> Any:
        return self._fields.get(name)

    def describe(self) -> str:
        return valuefmt.value(self.value)


def _year(text: str | None) -> str | None:
    m = re.match(r"(?:FY)?(\d{4})", text or "")
    return m.group(1) if m else None


def fact_value(fact: Fact) -> QuantityValue | TimeValue:
    if fact.date:
        import datetime as dt

        day = dt.date.fromisoformat(fact.date)
        return TimeValue(timex=fact.date, start=fact.date, end=(day + dt.timedelta(days=1)).isoformat(), grain="day")
    return QuantityValue(low=fact.low, high=fact.high, unit=fact.unit or "count",
                         exact=fact.low if fact.low == fact.high else None, base=fact.base)
