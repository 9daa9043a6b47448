"""The extractors' common output before context is attached: a span, a kind and a value."""

from __future__ import annotations

from dataclasses import dataclass, field

from ..models import OrderValue, QuantityValue, TimeValue


@dataclass(slots=True)
class Mention:
    start: int
    end: int
    kind: str
    value: QuantityValue | TimeValue | OrderValue
    measure: str | None = None
    subject: str | None = None
    event: str | None = None
    notes: list[str] = field(default_factory=list)
